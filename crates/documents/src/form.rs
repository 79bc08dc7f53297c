//! Which document: the seven appendices of the Rules that the product fills.

use core::fmt;
use core::str::FromStr;

use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::text::{Lang, Localized};
use serde::{Deserialize, Serialize};

/// A document of the Rules, named by what it is; [`Form::appendix`] gives its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
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

    /// The number of the appendix (қосымша) of the Rules that holds the form.
    pub const fn appendix(self) -> u8 {
        match self {
            Form::NominalList => 4,
            Form::Application => 6,
            Form::Queued => 8,
            Form::Refusal => 9,
            Form::Removal => 10,
            Form::PaymentNeeded => 11,
            Form::Referral => 13,
            Form::ProactiveRefusal => 14,
        }
    }

    /// The form held by appendix `number`, if it is one the product fills.
    pub fn from_appendix(number: u8) -> Option<Form> {
        Form::ALL
            .into_iter()
            .chain([Form::NominalList])
            .find(|f| f.appendix() == number)
    }

    /// Where the form is in the Rules: `app. 6`.
    pub const fn citation(self) -> Citation {
        Citation::Appendix(self.appendix())
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
            Form::Refusal => (
                "Мемлекеттік қызметті көрсетуден бас тарту туралы хабарлама",
                "Уведомление об отказе в оказании государственной услуги",
            ),
            Form::Removal => (
                "Кезектен шығару туралы хабарлама",
                "Уведомление об исключении из очереди",
            ),
            Form::PaymentNeeded => (
                "Оқуға ақы төлеу қажеттілігі туралы хабарлама",
                "Уведомление о необходимости оплаты обучения",
            ),
            Form::Referral => ("Даярлауға жіберу", "Направление на подготовку"),
            Form::ProactiveRefusal => (
                "Проактивті қызметті көрсетуден бас тарту туралы хабарлама",
                "Уведомление об отказе в оказании проактивной услуги",
            ),
        };
        Localized::new(kk, ru)
    }

    /// The document's title for the PDF metadata and the browser tab: `6-қосымша. …`.
    pub fn document_title(self, lang: Lang) -> String {
        let n = self.appendix();
        match lang {
            Lang::Kk => format!("{n}-қосымша. {}", self.name().kk),
            Lang::Ru => format!("Приложение {n}. {}", self.name().ru),
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
            Form::ProactiveRefusal | Form::NominalList => &[],
        }
    }

    /// Whether the form cannot be complete without `place`. The patronymic is asked "(болса)"
    /// — if any — and the fee has its default (app. 12 item 6), so neither is required.
    pub fn requires(self, place: Place) -> bool {
        self.blanks().contains(&place) && !matches!(place, Place::ApplicantPatronymic | Place::Fee)
    }
}

/// The appendix number, as the CLI takes it: `6`.
impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.appendix())
    }
}

impl From<Form> for u8 {
    fn from(form: Form) -> u8 {
        form.appendix()
    }
}

impl TryFrom<u8> for Form {
    type Error = UnknownForm;

    fn try_from(number: u8) -> Result<Form, UnknownForm> {
        Form::from_appendix(number).ok_or_else(|| UnknownForm(number.to_string()))
    }
}

/// `"6"`, `"8"`, … `"14"`: the appendix number.
impl FromStr for Form {
    type Err = UnknownForm;

    fn from_str(s: &str) -> Result<Form, UnknownForm> {
        s.trim()
            .parse::<u8>()
            .ok()
            .and_then(Form::from_appendix)
            .ok_or_else(|| UnknownForm(s.to_owned()))
    }
}

/// Not the number of a form the product fills.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownForm(pub String);

impl UnknownForm {
    /// What was wrong, in both languages.
    pub fn message(&self) -> Localized {
        let list = [Form::NominalList]
            .iter()
            .chain(&Form::ALL)
            .map(|f| f.appendix().to_string())
            .collect::<Vec<_>>()
            .join(" ");
        Localized::new(
            format!(
                "«{}» — мұндай нысан жоқ; қосымша нөмірлерінің бірі күтіледі: {list}.",
                self.0
            ),
            format!(
                "«{}» — такой формы нет; ожидается номер приложения: {list}.",
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
        let numbers: Vec<u8> = Form::ALL.iter().map(|f| f.appendix()).collect();
        assert_eq!(numbers, [6, 8, 9, 10, 11, 13, 14]);
        for form in Form::ALL {
            assert_eq!(form.to_string().parse::<Form>(), Ok(form));
        }
        assert_eq!("4".parse::<Form>(), Ok(Form::NominalList));
        for bad in ["7", "12", "0", "", "six", "300"] {
            assert!(bad.parse::<Form>().is_err(), "{bad}");
        }
    }
}
