//! The documents' form, as a person fills it: each form's blanks in the order they are asked, in
//! groups; how a number is typed; and the attachment of app. 6 the form offers to tick. The view
//! (the web app's documents section) only draws it.

use dayarlyq_rules::case_file::{CaseFile, Place};
use dayarlyq_rules::text::Lang;

use crate::form::Form;

/// The part of the form a blank is asked in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Person,
    Provider,
    Period,
    Application,
    /// The notice's registration number and the application's date, at its top.
    Registration,
    /// What the notice says: the queue number, the reason, the fee, the arrival.
    Notice,
    /// What a complaint says: the decision contested, why, what is asked, its date (p. 45).
    Complaint,
}

/// The application's blanks in the order they are asked: the person, the provider, the period,
/// the application.
const APPLICATION_ORDER: [Place; 20] = [
    Place::ApplicantSurname,
    Place::ApplicantName,
    Place::ApplicantPatronymic,
    Place::ApplicantAddress,
    Place::ApplicantPhone,
    Place::ProviderRegion,
    Place::ProviderDistrict,
    Place::ProviderName,
    Place::Employee,
    Place::PeriodFrom,
    Place::PeriodTo,
    Place::Attachments,
    Place::SubmittedAt,
    Place::RegistrationNumber,
    Place::ApplicationDate,
    Place::QueueNumber,
    Place::Reason,
    Place::Fee,
    Place::ArrivalAt,
    Place::OrganisationAddress,
];

/// A notice's blanks top to bottom, as the notices lay them out: the registration, the person,
/// the period, what the notice says, and the provider who signs it.
const NOTICE_ORDER: [Place; 20] = [
    Place::RegistrationNumber,
    Place::ApplicationDate,
    Place::ApplicantSurname,
    Place::ApplicantName,
    Place::ApplicantPatronymic,
    Place::ApplicantAddress,
    Place::ApplicantPhone,
    Place::PeriodFrom,
    Place::PeriodTo,
    Place::QueueNumber,
    Place::Reason,
    Place::Fee,
    Place::ArrivalAt,
    Place::OrganisationAddress,
    Place::ProviderRegion,
    Place::ProviderDistrict,
    Place::ProviderName,
    Place::Employee,
    Place::Attachments,
    Place::SubmittedAt,
];

/// The complaint's blanks as a person fills them: himself, the provider he writes to, the
/// notice he contests (its number and reason as the notice gives them), then the letter's own.
const COMPLAINT_ORDER: [Place; 14] = [
    Place::ApplicantSurname,
    Place::ApplicantName,
    Place::ApplicantPatronymic,
    Place::ApplicantIin,
    Place::ApplicantAddress,
    Place::ApplicantPhone,
    Place::ProviderName,
    Place::ComplaintAgainst,
    Place::RegistrationNumber,
    Place::ComplaintNoticeDate,
    Place::Reason,
    Place::ComplaintGrounds,
    Place::ComplaintDemand,
    Place::ComplaintDate,
];

/// The blanks of `form` ([`Form::blanks`]) in the order they are asked.
pub fn asked(form: Form) -> Vec<Place> {
    let order: &[Place] = match form {
        Form::Application => &APPLICATION_ORDER,
        Form::Complaint => &COMPLAINT_ORDER,
        _ => &NOTICE_ORDER,
    };
    order
        .iter()
        .copied()
        .filter(|p| form.blanks().contains(p))
        .collect()
}

/// The group a blank of `form` is asked in; `None` for a place no form has. The complaint asks
/// the notice's number and reason with the rest of what it says of the notice.
pub const fn group(form: Form, place: Place) -> Option<Group> {
    if matches!(form, Form::Complaint) && matches!(place, Place::RegistrationNumber | Place::Reason)
    {
        return Some(Group::Complaint);
    }
    Some(match place {
        Place::ApplicantSurname
        | Place::ApplicantName
        | Place::ApplicantPatronymic
        | Place::ApplicantAddress
        | Place::ApplicantPhone
        | Place::ApplicantIin => Group::Person,
        Place::ProviderRegion | Place::ProviderDistrict | Place::ProviderName | Place::Employee => {
            Group::Provider
        }
        Place::PeriodFrom | Place::PeriodTo => Group::Period,
        Place::Attachments | Place::SubmittedAt => Group::Application,
        Place::RegistrationNumber | Place::ApplicationDate => Group::Registration,
        Place::QueueNumber
        | Place::Reason
        | Place::Fee
        | Place::ArrivalAt
        | Place::OrganisationAddress => Group::Notice,
        Place::ComplaintAgainst
        | Place::ComplaintNoticeDate
        | Place::ComplaintGrounds
        | Place::ComplaintDemand
        | Place::ComplaintDate => Group::Complaint,
        _ => return None,
    })
}

/// A number typed into a blank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number {
    Blank,
    Whole(u64),
    /// Not a whole number (or one too large to be a queue place or an amount).
    NotWhole,
}

/// A whole number as typed: digits, with spaces between thousands allowed (`390 000`).
///
/// ```
/// use dayarlyq_documents::blanks::{number, Number};
///
/// assert_eq!(number("390 000"), Number::Whole(390_000));
/// assert_eq!(number("17-ші"), Number::NotWhole);
/// ```
pub fn number(text: &str) -> Number {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        Number::Blank
    } else if !digits.chars().all(|c| c.is_ascii_digit()) {
        Number::NotWhole
    } else {
        digits.parse().map_or(Number::NotWhole, Number::Whole)
    }
}

/// The attachment app. 6 offers to tick: the medical card's electronic copy (p. 21: «медициналық
/// куәландыру картасының электрондық көшірмесін қоса тіркейді»), in the words of the document's
/// language.
pub const MEDICAL_CARD_COPY: [&str; 2] = [
    "Медициналық куәландыру картасының электрондық көшірмесі",
    "Электронная копия карты медицинского освидетельствования",
];

/// [`MEDICAL_CARD_COPY`] in `lang`.
pub const fn medical_card_copy(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => MEDICAL_CARD_COPY[0],
        Lang::Ru => MEDICAL_CARD_COPY[1],
    }
}

/// Whether `text` is the medical card's copy, in either language.
pub fn is_medical_card_copy(text: &str) -> bool {
    MEDICAL_CARD_COPY.contains(&text.trim())
}

/// The case as the document in `lang` shows it: the medical card's copy, ticked in one language
/// of the page, is written in the document's.
pub fn for_document(case: &CaseFile, lang: Lang) -> CaseFile {
    let mut case = case.clone();
    for item in &mut case.application.attachments {
        if is_medical_card_copy(item) {
            *item = medical_card_copy(lang).to_owned();
        }
    }
    case
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_blank_of_every_form_is_asked_once() {
        // App. 6, 8–11, 13, 14 and the complaint (p. 45): the form asks for each blank the
        // form has, and no other.
        for form in Form::ALL.into_iter().chain([Form::Complaint]) {
            let mut asked = asked(form);
            let mut listed = form.blanks().to_vec();
            asked.sort();
            listed.sort();
            assert_eq!(asked, listed, "app. {form}");
            assert!(
                asked.iter().all(|p| group(form, *p).is_some()),
                "app. {form}"
            );
            // Each group is asked in one run: its heading is shown once.
            let mut seen: Vec<Group> = Vec::new();
            for place in self::asked(form) {
                let g = group(form, place);
                if seen.last().copied() != g {
                    assert!(
                        g.is_some_and(|g| !seen.contains(&g)),
                        "app. {form}: {place:?}"
                    );
                    seen.extend(g);
                }
            }
        }
        for order in [&APPLICATION_ORDER[..], &NOTICE_ORDER, &COMPLAINT_ORDER] {
            let mut all = order.to_vec();
            all.sort();
            all.dedup();
            assert_eq!(all.len(), order.len());
        }
    }

    #[test]
    fn numbers_are_whole_and_may_group_thousands() {
        let rows: [(&str, Number); 8] = [
            ("", Number::Blank),
            ("  ", Number::Blank),
            ("17", Number::Whole(17)),
            ("390 000", Number::Whole(390_000)),
            ("390\u{a0}000", Number::Whole(390_000)),
            ("-5", Number::NotWhole),
            ("1.5", Number::NotWhole),
            ("17-ші", Number::NotWhole),
        ];
        for (text, expected) in rows {
            assert_eq!(number(text), expected, "{text:?}");
        }
        assert_eq!(number("99999999999999999999999"), Number::NotWhole);
    }

    #[test]
    fn the_medical_card_copy_follows_the_document_language() {
        let mut case = CaseFile::default();
        case.application.attachments = vec![MEDICAL_CARD_COPY[0].into(), "Анықтама".into()];
        let ru = for_document(&case, Lang::Ru);
        assert_eq!(
            ru.application.attachments,
            [MEDICAL_CARD_COPY[1], "Анықтама"]
        );
        let kk = for_document(&ru, Lang::Kk);
        assert_eq!(
            kk.application.attachments,
            [MEDICAL_CARD_COPY[0], "Анықтама"]
        );
    }
}
