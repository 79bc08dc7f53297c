//! The names of the answers' values in the page's language, shared by the questions and "check
//! your answers".

use dayarlyq_rules::person::{Education, Sex, Status};

use crate::text::{Text, text};

pub fn sex(sex: Sex) -> Text {
    match sex {
        Sex::Male => text!(check.form.sex_male),
        Sex::Female => text!(check.form.sex_female),
    }
}

pub fn status(status: Status) -> Text {
    match status {
        Status::Conscript => text!(check.form.status_conscript),
        Status::Reservist => text!(check.form.status_reservist),
        Status::Unregistered => text!(check.form.status_none),
    }
}

pub fn education(education: Education) -> Text {
    match education {
        Education::None => text!(check.form.edu_none),
        Education::Primary => text!(check.form.edu_primary),
        Education::BasicSecondary => text!(check.form.edu_basic_secondary),
        Education::GeneralSecondary => text!(check.form.edu_general_secondary),
        Education::Vocational => text!(check.form.edu_vocational),
        Education::Higher => text!(check.form.edu_higher),
    }
}

pub fn yes_no(yes: bool) -> Text {
    if yes {
        text!(check.form.yes)
    } else {
        text!(check.form.no)
    }
}
