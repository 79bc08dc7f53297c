//! The case file read for the forms: raw strings as typed → the values the blanks take.
//! A value that is missing, empty or unreadable is `None`: its blank stays a line.

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::{CaseFile, Place};
use dayarlyq_rules::complaint::Contested;
use dayarlyq_rules::moment::{Moment, read_date};
use dayarlyq_rules::person::Sex;
use dayarlyq_rules::text::Lang;
use dayarlyq_rules::track::PAID_TRAINING_FEE_TENGE;

use crate::glyphs;

pub(crate) struct Values<'a> {
    case: &'a CaseFile,
}

impl<'a> Values<'a> {
    pub(crate) fn new(case: &'a CaseFile) -> Values<'a> {
        Values { case }
    }

    /// The text typed at a text, date or moment place, trimmed; the moment of sending by the
    /// case's precedence ([`CaseFile::submitted_at`]), as the self-check reads it.
    pub(crate) fn raw(&self, place: Place) -> Option<&'a str> {
        match place {
            Place::SubmittedAt => self.case.submitted_at().map(|(_, text)| text),
            _ => self.case.given(place),
        }
    }

    /// A text place, its whitespace made single spaces and control characters dropped.
    pub(crate) fn text(&self, place: Place) -> Option<String> {
        self.raw(place).map(clean).filter(|s| !s.is_empty())
    }

    /// A date place (`YYYY-MM-DD`); the application date falls back to the day the application
    /// was submitted. A period's end before its start is no end ([`crate::period`]).
    pub(crate) fn date(&self, place: Place) -> Option<Date> {
        match self.raw(place) {
            Some(raw) => {
                let date = read_date(raw)?;
                let before_start = place == Place::PeriodTo
                    && self.date(Place::PeriodFrom).is_some_and(|from| date < from);
                (!before_start).then_some(date)
            }
            None if place == Place::ApplicationDate => {
                self.moment(Place::SubmittedAt).map(Moment::date)
            }
            None => None,
        }
    }

    /// A moment place (`YYYY-MM-DDTHH:MM[:SS]`, Kazakhstan time or with an offset).
    pub(crate) fn moment(&self, place: Place) -> Option<Moment> {
        self.raw(place).and_then(Moment::read)
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
        self.case
            .notice
            .fee_tenge
            .unwrap_or(PAID_TRAINING_FEE_TENGE)
    }

    /// The notice a complaint contests.
    pub(crate) fn contested(&self) -> Option<Contested> {
        self.case
            .given(Place::ComplaintAgainst)
            .and_then(Contested::from_code)
    }

    pub(crate) fn sex(&self) -> Option<Sex> {
        self.case.given(Place::Sex).and_then(Sex::from_code)
    }

    /// The full name in the order the caption under it gives: Kazakh "аты, әкесінің аты
    /// (болса), тегі" (name, patronymic if any, surname), Russian "фамилия, имя, отчество (при
    /// его наличии)" (surname, name, patronymic if any).
    pub(crate) fn full_name(&self, lang: Lang) -> Option<String> {
        let order = match lang {
            Lang::Kk => [
                Place::ApplicantName,
                Place::ApplicantPatronymic,
                Place::ApplicantSurname,
            ],
            Lang::Ru => [
                Place::ApplicantSurname,
                Place::ApplicantName,
                Place::ApplicantPatronymic,
            ],
        };
        let parts: Vec<String> = order.into_iter().filter_map(|f| self.text(f)).collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// "инициалдары мен тегі": `Ә.Ө. Қуаңышбаев`.
    pub(crate) fn initials_and_surname(&self) -> Option<String> {
        let surname = self.text(Place::ApplicantSurname)?;
        let initials: String = [Place::ApplicantName, Place::ApplicantPatronymic]
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

    /// Whether the document fills `place`'s blank.
    pub(crate) fn is_filled(&self, place: Place) -> bool {
        match place {
            Place::PeriodFrom
            | Place::PeriodTo
            | Place::ApplicationDate
            | Place::ComplaintNoticeDate
            | Place::ComplaintDate => self.date(place).is_some(),
            Place::ComplaintAgainst => self.contested().is_some(),
            Place::SubmittedAt | Place::ArrivalAt => self.moment(place).is_some(),
            Place::Attachments => !self.attachments().is_empty(),
            Place::QueueNumber => self.queue_number().is_some(),
            Place::Fee => true,
            _ => self.text(place).is_some(),
        }
    }
}

/// Whitespace runs (tabs, new lines) become one space; other control characters go, and so do
/// the characters that draw nothing ([`glyphs::invisible`]: a direction override would turn the
/// preview's text around, and the PDF would leave a gap for each).
pub(crate) fn clean(s: &str) -> String {
    let kept: String = s
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control() && !glyphs::invisible(*c))
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
        assert_eq!(clean("\u{202e}Ерлан\u{200b} ❤\u{fe0f}"), "Ерлан ❤");
    }
}
