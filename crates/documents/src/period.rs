//! The training period the forms name (app. 6, 11 and 13: "… бастап … дейінгі кезеңде"): it ends
//! on or after the day it starts, and it lasts as p. 43 sets. These are the forms of chapter 3,
//! the paid track's procedure, so the length is the paid track's: «өтеулі негізде – … күнтізбелік
//! 40 күннен 46 күнге дейін» (p. 43, 2)). The free track's 90 to 100 days (p. 43, 1)) is named
//! when a period has that length, since that is the likely mix-up.

use dayarlyq_rules::Date;
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::text::Localized;
use dayarlyq_rules::timeline::{FREE_TRAINING_DAYS, PAID_TRAINING_DAYS, period_end};

/// Where the Rules set the training's length.
pub const LENGTH_CITATION: Citation = Citation::Paragraph(43);

/// What is wrong with a period from `from` to `to`, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodIssue {
    /// The end comes before the start: no period at all, so the end cannot fill its blank.
    EndsBeforeStart { from: Date, to: Date },
    /// A length other than the paid track's 40 to 46 calendar days (p. 43, 2)); `free` when it
    /// is the free track's 90 to 100 (p. 43, 1)).
    Length {
        from: Date,
        to: Date,
        days: i64,
        free: bool,
    },
}

/// Whether `to` is within `range` calendar days of a period starting on `from`:
/// between [`period_end`] of its shortest and of its longest.
fn lasts(from: Date, to: Date, range: (i64, i64)) -> bool {
    match (period_end(from, range.0), period_end(from, range.1)) {
        (Ok(first), Ok(last)) => first <= to && to <= last,
        // Days past the calendar's range: nothing to say about the length.
        _ => true,
    }
}

/// The period's issue, if it has one.
///
/// ```
/// use dayarlyq_documents::period::{check, PeriodIssue};
/// use dayarlyq_rules::Date;
///
/// let may_4 = Date::constant(2026, 5, 4);
/// // p. 43, 2): 44 calendar days, 4 May to 16 June, both included.
/// assert_eq!(check(may_4, Date::constant(2026, 6, 16)), None);
/// assert!(matches!(check(may_4, Date::constant(2026, 5, 3)), Some(PeriodIssue::EndsBeforeStart { .. })));
/// ```
pub fn check(from: Date, to: Date) -> Option<PeriodIssue> {
    if to < from {
        return Some(PeriodIssue::EndsBeforeStart { from, to });
    }
    if lasts(from, to, PAID_TRAINING_DAYS) {
        return None;
    }
    let days = from.until(to).map_or(0, |span| i64::from(span.get_days())) + 1;
    Some(PeriodIssue::Length {
        from,
        to,
        days,
        free: lasts(from, to, FREE_TRAINING_DAYS),
    })
}

impl PeriodIssue {
    /// What is wrong, in both languages, without the field's name (the caller names it).
    pub fn problem(self) -> Localized {
        match self {
            PeriodIssue::EndsBeforeStart { from, to } => Localized::new(
                format!(
                    "{} — оқудың басталу күнінен ({}) бұрын. Аяқталу күні басталу күнінен \
                     ерте болмауы керек.",
                    Dmy(to),
                    Dmy(from)
                ),
                format!(
                    "{} — раньше даты начала обучения ({}). Дата окончания должна быть не \
                     раньше даты начала.",
                    Dmy(to),
                    Dmy(from)
                ),
            ),
            PeriodIssue::Length {
                from,
                to,
                days,
                free,
            } => {
                let (min, max) = PAID_TRAINING_DAYS;
                let (free_min, free_max) = FREE_TRAINING_DAYS;
                let kk = format!(
                    "{} – {}: {days} күнтізбелік күн. Ақылы (өтеулі) негізде оқу {min}–{max} \
                     күнтізбелік күн ({}, 2) тармақша); күндерді тексеріңіз.",
                    Dmy(from),
                    Dmy(to),
                    LENGTH_CITATION.label(dayarlyq_rules::text::Lang::Kk),
                );
                let ru = format!(
                    "{} – {}: {days} календарных дней. Обучение на возмездной основе длится \
                     {min}–{max} календарных дней ({}, подп. 2)); проверьте даты.",
                    Dmy(from),
                    Dmy(to),
                    LENGTH_CITATION.label(dayarlyq_rules::text::Lang::Ru),
                );
                if free {
                    Localized::new(
                        format!(
                            "{kk} {free_min}–{free_max} күн — тегін (өтеусіз) оқудың мерзімі, ал \
                             бұл құжаттар ақылы оқуға арналған."
                        ),
                        format!(
                            "{ru} {free_min}–{free_max} дней — срок обучения на безвозмездной \
                             основе, а эти документы — для возмездной."
                        ),
                    )
                } else {
                    Localized::new(kk, ru)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::constant(y, m, day)
    }

    #[test]
    fn p43_lengths() {
        let start = d(2026, 5, 4);
        // (end, the issue's length or None)
        // p. 43, 2): from 40 to 46 calendar days, both ends of the period counted.
        let rows: [(Date, Option<(i64, bool)>); 9] = [
            (d(2026, 6, 12), None),              // 40 days
            (d(2026, 6, 18), None),              // 46 days
            (d(2026, 6, 11), Some((39, false))), // one short
            (d(2026, 6, 19), Some((47, false))), // one over
            (d(2026, 5, 4), Some((1, false))),   // a single day
            // p. 43, 1): 90 to 100 days is the free track's, named as such.
            (d(2026, 8, 1), Some((90, true))),
            (d(2026, 8, 11), Some((100, true))),
            (d(2026, 8, 12), Some((101, false))),
            (d(2027, 5, 3), Some((365, false))),
        ];
        for (end, want) in rows {
            let got = match check(start, end) {
                None => None,
                Some(PeriodIssue::Length { days, free, .. }) => Some((days, free)),
                Some(other) => panic!("{end}: {other:?}"),
            };
            assert_eq!(got, want, "{start} – {end}");
        }
    }

    #[test]
    fn an_end_before_the_start_is_no_period() {
        let issue = check(d(2026, 5, 4), d(2026, 5, 3));
        assert_eq!(
            issue,
            Some(PeriodIssue::EndsBeforeStart {
                from: d(2026, 5, 4),
                to: d(2026, 5, 3)
            })
        );
        let message = issue
            .map(PeriodIssue::problem)
            .unwrap_or_else(|| unreachable!());
        assert!(message.kk.contains("03.05.2026") && message.kk.contains("04.05.2026"));
        assert!(
            message
                .ru
                .contains("раньше даты начала обучения (04.05.2026)")
        );
    }

    #[test]
    fn the_length_message_names_the_rule_and_the_days() {
        let Some(issue) = check(d(2026, 5, 4), d(2026, 8, 1)) else {
            panic!("90 days is not the paid track's length");
        };
        let message = issue.problem();
        assert!(message.kk.contains("90 күнтізбелік күн"), "{}", message.kk);
        assert!(message.kk.contains("40–46"), "{}", message.kk);
        assert!(message.kk.contains("43-тармағы"), "{}", message.kk);
        assert!(message.ru.contains("90 календарных дней"), "{}", message.ru);
        assert!(message.ru.contains("п. 43 Правил"), "{}", message.ru);
        assert!(message.ru.contains("безвозмездной"), "{}", message.ru);
    }

    #[test]
    fn the_ends_of_the_calendar_do_not_panic() {
        for (from, to) in [
            (Date::MIN, Date::MAX),
            (Date::MAX, Date::MIN),
            (Date::MAX, Date::MAX),
        ] {
            let _ = check(from, to).map(PeriodIssue::problem);
        }
    }
}
