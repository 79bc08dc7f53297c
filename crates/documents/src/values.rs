//! The case file read for the forms: raw strings as typed → the values the blanks take.
//! A value that is missing, empty or unreadable is `None`: its blank stays a line.

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::text::Localized;

use crate::field::{Field, InvalidField};
use crate::templates::TRAINING_FEE_TENGE;

/// The applicant's sex as typed (`applicant.sex`), for the Russian greeting of app. 13.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sex {
    Male,
    Female,
}

pub(crate) struct Values<'a> {
    case: &'a CaseFile,
}

impl<'a> Values<'a> {
    pub(crate) fn new(case: &'a CaseFile) -> Values<'a> {
        Values { case }
    }

    /// The string typed into a text or date field, as typed.
    fn raw(&self, field: Field) -> Option<&'a str> {
        let c = self.case;
        let s = match field {
            Field::ProviderRegion => c.provider.region.as_deref(),
            Field::ProviderDistrict => c.provider.district.as_deref(),
            Field::ApplicantAddress => c.applicant.address.as_deref(),
            Field::ApplicantName => c.applicant.name.as_deref(),
            Field::ApplicantPatronymic => c.applicant.patronymic.as_deref(),
            Field::ApplicantSurname => c.applicant.surname.as_deref(),
            Field::ApplicantPhone => c.applicant.phone.as_deref(),
            Field::PeriodFrom => c.application.period_from.as_deref(),
            Field::PeriodTo => c.application.period_to.as_deref(),
            // The application's moment; the applicant's (`check` input) when only that is given.
            Field::SubmittedAt => c
                .application
                .submitted_at
                .as_deref()
                .filter(|s| !s.trim().is_empty())
                .or(c.applicant.submitted_at.as_deref()),
            Field::RegistrationNumber => c.notice.registration_number.as_deref(),
            Field::ApplicationDate => c.notice.application_date.as_deref(),
            Field::Reason => c.notice.reason.as_deref(),
            Field::ProviderName => c.provider.name.as_deref(),
            Field::Employee => c.provider.employee.as_deref(),
            Field::ArrivalAt => c.notice.arrival_at.as_deref(),
            Field::OrganisationAddress => c.notice.organisation_address.as_deref(),
            Field::Attachments | Field::QueueNumber | Field::Fee => None,
        };
        s.filter(|s| !s.trim().is_empty())
    }

    /// A text field, its whitespace made single spaces and control characters dropped.
    pub(crate) fn text(&self, field: Field) -> Option<String> {
        self.raw(field).map(clean).filter(|s| !s.is_empty())
    }

    /// A date field (`YYYY-MM-DD`); the application date falls back to the day the application
    /// was submitted.
    pub(crate) fn date(&self, field: Field) -> Option<Date> {
        match self.raw(field) {
            Some(raw) => parse_date(field.path(), raw).ok(),
            None if field == Field::ApplicationDate => {
                self.moment(Field::SubmittedAt).map(Moment::date)
            }
            None => None,
        }
    }

    /// A moment field (`YYYY-MM-DDTHH:MM[:SS]`, Kazakhstan time or with an offset).
    pub(crate) fn moment(&self, field: Field) -> Option<Moment> {
        self.raw(field)
            .and_then(|raw| Moment::parse(field.path(), raw).ok())
    }

    pub(crate) fn attachments(&self) -> Vec<String> {
        self.case
            .application
            .attachments
            .iter()
            .map(|s| clean(s))
            .filter(|s| !s.is_empty())
            .collect()
    }

    pub(crate) fn queue_number(&self) -> Option<u32> {
        self.case.notice.queue_number
    }

    /// The fee in tenge: as typed, or 390 000 (app. 12 item 6).
    pub(crate) fn fee(&self) -> u64 {
        self.case.notice.fee_tenge.unwrap_or(TRAINING_FEE_TENGE)
    }

    pub(crate) fn sex(&self) -> Option<Sex> {
        match self.case.applicant.sex.as_deref().map(str::trim) {
            Some("male") => Some(Sex::Male),
            Some("female") => Some(Sex::Female),
            _ => None,
        }
    }

    /// "аты, әкесінің аты (болса), тегі" — name, patronymic if any, surname, in that order.
    pub(crate) fn full_name(&self) -> Option<String> {
        let parts: Vec<String> = [
            Field::ApplicantName,
            Field::ApplicantPatronymic,
            Field::ApplicantSurname,
        ]
        .into_iter()
        .filter_map(|f| self.text(f))
        .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// "инициалдары мен тегі": `Ә.Ө. Қуаңышбаев`.
    pub(crate) fn initials_and_surname(&self) -> Option<String> {
        let surname = self.text(Field::ApplicantSurname)?;
        let initials: String = [Field::ApplicantName, Field::ApplicantPatronymic]
            .into_iter()
            .filter_map(|f| self.text(f))
            .filter_map(|s| s.chars().next())
            .flat_map(|c| c.to_uppercase().chain(['.']))
            .collect();
        Some(if initials.is_empty() {
            surname
        } else {
            format!("{initials} {surname}")
        })
    }

    /// Whether the document fills `field`'s blank.
    pub(crate) fn is_filled(&self, field: Field) -> bool {
        match field {
            Field::PeriodFrom | Field::PeriodTo | Field::ApplicationDate => {
                self.date(field).is_some()
            }
            Field::SubmittedAt | Field::ArrivalAt => self.moment(field).is_some(),
            Field::Attachments => !self.attachments().is_empty(),
            Field::QueueNumber => self.queue_number().is_some(),
            Field::Fee => true,
            _ => self.text(field).is_some(),
        }
    }

    /// Why the value typed into `field` cannot fill its blank, if it cannot.
    pub(crate) fn invalid(&self, field: Field) -> Option<InvalidField> {
        let raw = self.raw(field)?;
        let problem = match field {
            Field::PeriodFrom | Field::PeriodTo | Field::ApplicationDate => {
                let e = parse_date(field.path(), raw).err()?;
                if e.code == "format" {
                    Localized::new(
                        "күн ЖЖЖЖ-АА-КК түрінде жазылуы керек (мысалы, 2026-05-04).",
                        "дата должна быть в виде ГГГГ-ММ-ДД (например, 2026-05-04).",
                    )
                } else {
                    Localized::new("күнтізбеде мұндай күн жоқ.", "такой даты в календаре нет.")
                }
            }
            Field::SubmittedAt | Field::ArrivalAt => {
                Moment::parse(field.path(), raw).err()?;
                Localized::new(
                    "күн мен уақыт ЖЖЖЖ-АА-ККTСС:ММ түрінде жазылуы керек (мысалы, 2026-05-04T09:00).",
                    "дата и время должны быть в виде ГГГГ-ММ-ДДTЧЧ:ММ (например, 2026-05-04T09:00).",
                )
            }
            _ => return None,
        };
        Some(InvalidField::new(field, raw, problem))
    }
}

/// Whitespace runs (tabs, new lines) become one space; other control characters go.
fn clean(s: &str) -> String {
    let kept: String = s
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    kept.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_keeps_words_and_drops_controls() {
        assert_eq!(clean("  Алматы\tқаласы\n\u{0}7 "), "Алматы қаласы 7");
        assert_eq!(clean(" \u{7} "), "");
    }
}
