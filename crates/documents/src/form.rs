//! Which document: the appendices of the Rules that the product fills, and the complaint letter
//! of p. 45 (a document the Rules call for but give no form of).

use core::fmt;
use core::str::FromStr;

use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::complaint::{COMPLAINT_CITATION, Contested};
use dayarlyq_rules::text::{Lang, Localized};

/// A document of the Rules, named by what it is; [`Form::appendix`] gives its number, and
/// [`Form::code`] the name the CLI takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    /// App. 4: the nominal list of conscripts selected for the free track, p. 12; drawn from a
    /// list of people ([`crate::nominal`]), not from a case file, so not in [`Form::ALL`].
    NominalList,
    /// App. 6: the application for queueing (өтініш), p. 21.
    Application,
    /// App. 8: notice of queueing, with the queue number, p. 21.
    Queued,
    /// App. 9: notice of refusal of the service, p. 21; grounds: app. 7 item 9.
    Refusal,
    /// App. 10: notice of removal from the queue, p. 22.
    Removal,
    /// App. 11: notice that payment is needed, p. 22.
    PaymentNeeded,
    /// App. 13: referral to training, p. 23.
    Referral,
    /// App. 14: proactive refusal (payment not confirmed), p. 23.
    ProactiveRefusal,
    /// The applicant's complaint against the decision of app. 9, 10 or 14, p. 45. The Rules
    /// give it no form: the letter is ours, so it is in no appendix and not in [`Form::ALL`].
    Complaint,
}

impl Form {
    /// Every form, in the order of the appendices.
    pub const ALL: [Form; 7] = [
        Form::Application,
        Form::Queued,
        Form::Refusal,
        Form::Removal,
        Form::PaymentNeeded,
        Form::Referral,
        Form::ProactiveRefusal,
    ];

    /// Every document the product makes: the forms, the nominal list, the complaint.
    pub const EVERY: [Form; 9] = [
        Form::NominalList,
        Form::Application,
        Form::Queued,
        Form::Refusal,
        Form::Removal,
        Form::PaymentNeeded,
        Form::Referral,
        Form::ProactiveRefusal,
        Form::Complaint,
    ];

    /// The number of the appendix (қосымша) of the Rules that holds the form; the complaint is
    /// in none.
    pub const fn appendix(self) -> Option<u8> {
        Some(match self {
            Form::NominalList => 4,
            Form::Application => 6,
            Form::Queued => 8,
            Form::Refusal => 9,
            Form::Removal => 10,
            Form::PaymentNeeded => 11,
            Form::Referral => 13,
            Form::ProactiveRefusal => 14,
            Form::Complaint => return None,
        })
    }

    /// The document's name on the command line and between the web app's modules: the appendix
    /// number (`6`), or `complaint`.
    pub const fn code(self) -> &'static str {
        match self {
            Form::NominalList => "4",
            Form::Application => "6",
            Form::Queued => "8",
            Form::Refusal => "9",
            Form::Removal => "10",
            Form::PaymentNeeded => "11",
            Form::Referral => "13",
            Form::ProactiveRefusal => "14",
            Form::Complaint => "complaint",
        }
    }

    /// The form held by appendix `number`, if it is one the product fills.
    pub fn from_appendix(number: u8) -> Option<Form> {
        Form::EVERY
            .into_iter()
            .find(|f| f.appendix() == Some(number))
    }

    /// Where the form is in the Rules: `app. 6`; the complaint, p. 45.
    pub const fn citation(self) -> Citation {
        match self.appendix() {
            Some(n) => Citation::Appendix(n),
            None => COMPLAINT_CITATION,
        }
    }

    /// A short name for lists and file titles (not the form's own title).
    pub fn name(self) -> Localized {
        let (kk, ru) = match self {
            Form::NominalList => ("Атаулы тізім", "Именной список"),
            Form::Application => (
                "Кезекке қою туралы өтініш",
                "Заявление о постановке в очередь",
            ),
            Form::Queued => (
                "Кезекке қою туралы хабарлама",
                "Уведомление о постановке в очередь",
            ),
            Form::PaymentNeeded => (
                "Оқуға ақы төлеу қажеттілігі туралы хабарлама",
                "Уведомление о необходимости оплаты обучения",
            ),
            Form::Referral => ("Даярлауға жіберу", "Направление на подготовку"),
            Form::Refusal => return Contested::Refusal.name(),
            Form::Removal => return Contested::Removal.name(),
            Form::ProactiveRefusal => return Contested::ProactiveRefusal.name(),
            Form::Complaint => (
                "Көрсетілетін қызметті берушінің шешіміне шағым",
                "Жалоба на решение услугодателя",
            ),
        };
        Localized::new(kk, ru)
    }

    /// The document's title for the PDF metadata and the browser tab: `6-қосымша. …`.
    pub fn document_title(self, lang: Lang) -> String {
        let name = self.name();
        match (self.appendix(), lang) {
            (Some(n), Lang::Kk) => format!("{n}-қосымша. {}", name.kk),
            (Some(n), Lang::Ru) => format!("Приложение {n}. {}", name.ru),
            (None, lang) => name.get(lang).to_owned(),
        }
    }
}

impl Form {
    /// The places of the case file the form fills, in the order it shows them.
    pub const fn blanks(self) -> &'static [Place] {
        use Place::*;
        match self {
            Form::Application => &[
                ProviderRegion,
                ProviderDistrict,
                ApplicantAddress,
                ApplicantName,
                ApplicantPatronymic,
                ApplicantSurname,
                ApplicantPhone,
                PeriodFrom,
                PeriodTo,
                Attachments,
                SubmittedAt,
            ],
            Form::Queued => &[
                RegistrationNumber,
                ApplicationDate,
                ApplicantName,
                ApplicantPatronymic,
                ApplicantSurname,
                QueueNumber,
                ProviderName,
                Employee,
            ],
            Form::Refusal => &[
                RegistrationNumber,
                ApplicationDate,
                Reason,
                ProviderName,
                Employee,
            ],
            Form::Removal => &[RegistrationNumber, ApplicationDate, Reason],
            Form::PaymentNeeded => &[PeriodFrom, PeriodTo, Fee],
            Form::Referral => &[
                ApplicantName,
                ApplicantPatronymic,
                ApplicantSurname,
                PeriodFrom,
                PeriodTo,
                ArrivalAt,
                OrganisationAddress,
            ],
            Form::Complaint => &[
                ProviderName,
                ApplicantSurname,
                ApplicantName,
                ApplicantPatronymic,
                ApplicantIin,
                ApplicantAddress,
                ApplicantPhone,
                ComplaintAgainst,
                RegistrationNumber,
                ComplaintNoticeDate,
                Reason,
                ComplaintGrounds,
                ComplaintDemand,
                ComplaintDate,
            ],
            Form::ProactiveRefusal | Form::NominalList => &[],
        }
    }

    /// Whether the form cannot be complete without `place`. The patronymic is asked "(болса)"
    /// — if any — and the fee has its default (app. 12 item 6), so neither is required; nor are
    /// a complaint's notice number and reason, which app. 14 does not give.
    pub fn requires(self, place: Place) -> bool {
        let optional = match place {
            Place::ApplicantPatronymic | Place::Fee => true,
            Place::RegistrationNumber | Place::Reason => self == Form::Complaint,
            _ => false,
        };
        self.blanks().contains(&place) && !optional
    }
}

/// The code, as the CLI takes it: `6`, `complaint`.
impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// `"4"`, `"6"`, … `"14"`, `"complaint"`: [`Form::code`].
impl FromStr for Form {
    type Err = UnknownForm;

    fn from_str(s: &str) -> Result<Form, UnknownForm> {
        let code = s.trim();
        Form::EVERY
            .into_iter()
            .find(|f| f.code() == code)
            .ok_or_else(|| UnknownForm(s.to_owned()))
    }
}

/// Not the number of a form the product fills.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownForm(pub String);

impl UnknownForm {
    /// What was wrong, in both languages.
    pub fn message(&self) -> Localized {
        let list = Form::EVERY.map(Form::code).join(" ");
        Localized::new(
            format!(
                "«{}» — мұндай нысан жоқ; қосымша нөмірі немесе complaint күтіледі: {list}.",
                self.0
            ),
            format!(
                "«{}» — такой формы нет; ожидается номер приложения или complaint: {list}.",
                self.0
            ),
        )
    }
}

impl fmt::Display for UnknownForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.message();
        write!(f, "{} / {}", m.kk, m.ru)
    }
}

impl std::error::Error for UnknownForm {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appendix_numbers_round_trip() {
        // Rules, app. 6, 8–11, 13, 14: the documents the product fills.
        let numbers: Vec<u8> = Form::ALL.iter().filter_map(|f| f.appendix()).collect();
        assert_eq!(numbers, [6, 8, 9, 10, 11, 13, 14]);
        for form in Form::EVERY {
            assert_eq!(form.to_string().parse::<Form>(), Ok(form));
            if let Some(n) = form.appendix() {
                assert_eq!(Form::from_appendix(n), Some(form));
            }
        }
        assert_eq!("4".parse::<Form>(), Ok(Form::NominalList));
        // P. 45: the complaint has no appendix; the CLI names it.
        assert_eq!("complaint".parse::<Form>(), Ok(Form::Complaint));
        assert_eq!(Form::Complaint.appendix(), None);
        for bad in ["7", "12", "0", "", "six", "300", "Complaint"] {
            assert!(bad.parse::<Form>().is_err(), "{bad}");
        }
    }
}
