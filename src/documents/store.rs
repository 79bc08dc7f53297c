//! Where each blank of the documents lives in the shared case file, how it is typed, and in what
//! order and groups the section asks for it. The documents crate says which blanks a form has
//! ([`Form::fields`]) and which it needs ([`Form::requires`]); this is only the wiring.

use dayarlyq_documents::{CaseFile, Field, Form, Lang};

/// How a blank is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of text (`type` is the input's type: `text`, `tel`).
    Text(&'static str),
    /// A date: `YYYY-MM-DD`.
    Date,
    /// A date and a time: `YYYY-MM-DDTHH:MM`, Kazakhstan time.
    Moment,
    /// A whole number (the queue number, the fee), kept as typed beside the case file.
    Number,
    /// The list of attachments of app. 6.
    Attachments,
    /// The reason of app. 9 (a ground of app. 7 item 9, or one's own words) or app. 10.
    Reason,
}

/// The part of the page a blank is asked in.
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
}

/// The application's blanks in the order the section asks for them: the person, the provider,
/// the period, the application.
const APPLICATION_ORDER: [Field; 20] = [
    Field::ApplicantSurname,
    Field::ApplicantName,
    Field::ApplicantPatronymic,
    Field::ApplicantAddress,
    Field::ApplicantPhone,
    Field::ProviderRegion,
    Field::ProviderDistrict,
    Field::ProviderName,
    Field::Employee,
    Field::PeriodFrom,
    Field::PeriodTo,
    Field::Attachments,
    Field::SubmittedAt,
    Field::RegistrationNumber,
    Field::ApplicationDate,
    Field::QueueNumber,
    Field::Reason,
    Field::Fee,
    Field::ArrivalAt,
    Field::OrganisationAddress,
];

/// A notice's blanks top to bottom, as the notices lay them out: the registration, the
/// person, the period, what the notice says, and the provider who signs it.
const NOTICE_ORDER: [Field; 20] = [
    Field::RegistrationNumber,
    Field::ApplicationDate,
    Field::ApplicantSurname,
    Field::ApplicantName,
    Field::ApplicantPatronymic,
    Field::ApplicantAddress,
    Field::ApplicantPhone,
    Field::PeriodFrom,
    Field::PeriodTo,
    Field::QueueNumber,
    Field::Reason,
    Field::Fee,
    Field::ArrivalAt,
    Field::OrganisationAddress,
    Field::ProviderRegion,
    Field::ProviderDistrict,
    Field::ProviderName,
    Field::Employee,
    Field::Attachments,
    Field::SubmittedAt,
];

/// The blanks of `form` in the order they are asked.
pub fn asked(form: Form) -> Vec<Field> {
    let order = if form == Form::Application {
        APPLICATION_ORDER
    } else {
        NOTICE_ORDER
    };
    order
        .into_iter()
        .filter(|f| form.fields().contains(f))
        .collect()
}

pub const fn kind(field: Field) -> Kind {
    match field {
        Field::ApplicantPhone => Kind::Text("tel"),
        Field::PeriodFrom | Field::PeriodTo | Field::ApplicationDate => Kind::Date,
        Field::SubmittedAt | Field::ArrivalAt => Kind::Moment,
        Field::QueueNumber | Field::Fee => Kind::Number,
        Field::Attachments => Kind::Attachments,
        Field::Reason => Kind::Reason,
        _ => Kind::Text("text"),
    }
}

pub const fn group(field: Field) -> Group {
    match field {
        Field::ApplicantSurname
        | Field::ApplicantName
        | Field::ApplicantPatronymic
        | Field::ApplicantAddress
        | Field::ApplicantPhone => Group::Person,
        Field::ProviderRegion | Field::ProviderDistrict | Field::ProviderName | Field::Employee => {
            Group::Provider
        }
        Field::PeriodFrom | Field::PeriodTo => Group::Period,
        Field::Attachments | Field::SubmittedAt => Group::Application,
        Field::RegistrationNumber | Field::ApplicationDate => Group::Registration,
        Field::QueueNumber
        | Field::Reason
        | Field::Fee
        | Field::ArrivalAt
        | Field::OrganisationAddress => Group::Notice,
    }
}

/// The id of the blank's control (for a choice, its first option): `doc-applicant-surname`.
pub fn id(field: Field) -> String {
    format!("doc-{}", field.path().replace(['.', '_'], "-"))
}

/// The text typed into a one-line blank (text, date, moment); `None` for the others. The blank's
/// place in the case is the rules' text place at its path (`CaseFile::text`).
pub fn get(case: &CaseFile, field: Field) -> Option<&str> {
    // The self-check may have stored the applicant's own copy; the documents read either.
    if field == Field::SubmittedAt {
        return given(&case.application.submitted_at).or_else(|| given(&case.applicant.submitted_at));
    }
    case.text(field.path()).and_then(given)
}

/// Stores `value` as typed into a one-line blank; blank is missing.
pub fn set(case: &mut CaseFile, field: Field, value: String) {
    if field == Field::SubmittedAt {
        // One moment for the whole case, as the self-check keeps it.
        case.applicant.submitted_at = None;
    }
    if let Some(slot) = case.text_mut(field.path()) {
        *slot = Some(value).filter(|v| !v.trim().is_empty());
    }
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|s| !s.trim().is_empty())
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

/// The attachment the section offers to tick, in both languages (the page's locale files).
#[derive(Clone, Copy, Debug)]
pub struct KnownAttachment {
    pub kk: &'static str,
    pub ru: &'static str,
}

impl KnownAttachment {
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
        }
    }

    pub fn is(self, text: &str) -> bool {
        let text = text.trim();
        text == self.kk || text == self.ru
    }
}

/// The case as the document in `lang` shows it: an attachment ticked in one language of the
/// page is written in the document's.
pub fn for_document(case: &CaseFile, lang: Lang, known: KnownAttachment) -> CaseFile {
    let mut case = case.clone();
    for item in &mut case.application.attachments {
        if known.is(item) {
            *item = known.get(lang).to_owned();
        }
    }
    case
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_blank_of_every_form_is_asked_once() {
        // App. 6, 8–11, 13, 14: the section asks for each blank the crate lists, and no other.
        for form in Form::ALL {
            let mut asked = asked(form);
            let mut listed = form.fields().to_vec();
            asked.sort();
            listed.sort();
            assert_eq!(asked, listed, "app. {form}");
        }
        for order in [APPLICATION_ORDER, NOTICE_ORDER] {
            let mut all = order.to_vec();
            all.sort();
            all.dedup();
            assert_eq!(all.len(), Field::ALL.len());
        }
    }

    #[test]
    fn every_one_line_blank_reads_back_what_was_stored() {
        let mut case = CaseFile::default();
        let lines: Vec<Field> = Field::ALL
            .into_iter()
            .filter(|f| {
                matches!(
                    kind(*f),
                    Kind::Text(_) | Kind::Date | Kind::Moment | Kind::Reason
                )
            })
            .collect();
        for (i, field) in lines.iter().enumerate() {
            set(&mut case, *field, format!("value {i}"));
        }
        for (i, field) in lines.iter().enumerate() {
            assert_eq!(
                get(&case, *field),
                Some(format!("value {i}").as_str()),
                "{field:?}"
            );
        }
        // The JSON key path is where the value went: the case file round-trips through it.
        let json = serde_json::to_value(&case).unwrap();
        for field in &lines {
            let mut at = &json;
            for key in field.path().split('.') {
                at = &at[key];
            }
            assert!(at.is_string(), "{}", field.path());
        }
        set(&mut case, Field::ApplicantSurname, "  ".to_owned());
        assert_eq!(case.applicant.surname, None);
    }

    #[test]
    fn the_submission_moment_is_one_for_the_case() {
        let mut case = CaseFile::default();
        case.applicant.submitted_at = Some("2026-03-20T19:30".into());
        assert_eq!(get(&case, Field::SubmittedAt), Some("2026-03-20T19:30"));
        set(&mut case, Field::SubmittedAt, "2026-03-23T10:00".into());
        assert_eq!(case.applicant.submitted_at, None);
        assert_eq!(get(&case, Field::SubmittedAt), Some("2026-03-23T10:00"));
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
    fn a_ticked_attachment_follows_the_document_language() {
        let known = KnownAttachment {
            kk: "Медициналық куәландыру картасының электрондық көшірмесі",
            ru: "Электронная копия карты медицинского освидетельствования",
        };
        let mut case = CaseFile::default();
        case.application.attachments = vec![known.kk.into(), "Анықтама".into()];
        let ru = for_document(&case, Lang::Ru, known);
        assert_eq!(ru.application.attachments, [known.ru, "Анықтама"]);
        let kk = for_document(&ru, Lang::Kk, known);
        assert_eq!(kk.application.attachments, [known.kk, "Анықтама"]);
    }
}
