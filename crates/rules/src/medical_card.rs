//! The medical examination card (app. 3) and its ten working days.
//!
//! Rules, p. 21: «Медициналық куәландыру картасы әскери қызметке жарамдылық дәрежесі туралы
//! қорытындыны алған сәттен бастап 10 жұмыс күні ішінде жарамды.» An expired document is a
//! ground to refuse acceptance (p. 21), so the card must be valid on the day the application is
//! accepted, not only on the day it is sent (contradiction 5 of RULES.md).
//!
//! The ten days are counted from the day after the conclusion: a term defined by a period of
//! time begins on the day after the date or the event that defines its beginning, the general
//! rule on terms of the Civil Code of the Republic of Kazakhstan (General Part, the chapter on the
//! calculation of terms). We have not verified the article's number against a published text of
//! the Code, so the product names the rule, not the article. The card is valid on the day of the
//! conclusion itself and through the 10th working day after it.
//!
//! The other reading, an office counting the conclusion's own working day as the first of the
//! ten, ends a working day earlier ([`valid_through_counting_conclusion_day`]): on the days
//! between, the product warns.

use serde::Serialize;

use crate::Date;
use crate::calendar::{CalendarError, WorkingCalendar};
use crate::citation::Citation;

/// How long a card is valid, in working days after the conclusion (p. 21).
pub const VALIDITY_WORKING_DAYS: i32 = 10;

/// Where the validity comes from.
pub const VALIDITY_CITATION: Citation = Citation::paragraph(21);

/// The last day a card whose conclusion was received on `conclusion` is valid: the 10th working
/// day after it.
///
/// ```
/// use dayarlyq_rules::{calendar::WorkingCalendar, medical_card::valid_through, Date};
///
/// let cal = WorkingCalendar::kazakhstan();
/// // Wednesday 18 March 2026: ten working days after it, across Nauryz (21–25 March).
/// let through = valid_through(Date::constant(2026, 3, 18), &cal).unwrap();
/// assert!(through > Date::constant(2026, 3, 31));
/// ```
pub fn valid_through(conclusion: Date, cal: &WorkingCalendar) -> Result<Date, CalendarError> {
    cal.add_working_days(conclusion, VALIDITY_WORKING_DAYS)
}

/// The last valid day if the conclusion's own day were counted as the first of the ten: the 9th
/// working day after it when the conclusion falls on a working day (the product does not count
/// so; see the module's comment), `valid_through` otherwise.
///
/// ```
/// use dayarlyq_rules::{calendar::WorkingCalendar, medical_card::*, Date};
///
/// let cal = WorkingCalendar::kazakhstan();
/// // Wednesday 8 April 2026: our count ends on Wednesday 22 April, the other on Tuesday 21.
/// let conclusion = Date::constant(2026, 4, 8);
/// assert_eq!(valid_through(conclusion, &cal), Ok(Date::constant(2026, 4, 22)));
/// assert_eq!(valid_through_counting_conclusion_day(conclusion, &cal), Ok(Date::constant(2026, 4, 21)));
/// ```
pub fn valid_through_counting_conclusion_day(
    conclusion: Date,
    cal: &WorkingCalendar,
) -> Result<Date, CalendarError> {
    if cal.is_working_day(conclusion) {
        cal.add_working_days(conclusion, VALIDITY_WORKING_DAYS - 1)
    } else {
        valid_through(conclusion, cal)
    }
}

/// Whether the card is valid on `on`: from the conclusion through `valid_through`.
pub fn is_valid_on(conclusion: Date, valid_through: Date, on: Date) -> bool {
    conclusion <= on && on <= valid_through
}

/// Working days of validity left after `on` (not counting `on` itself): 10 on a working day of
/// the conclusion, 0 on the last valid day and after it.
pub fn working_days_left(on: Date, valid_through: Date, cal: &WorkingCalendar) -> u32 {
    // After the last day nothing is left; not counting back spares a walk over the years between
    // (an application typed as sent in 4054 took a tenth of a second, found by fuzzing).
    if on >= valid_through {
        return 0;
    }
    u32::try_from(cal.working_days_between(on, valid_through)).unwrap_or(0)
}

/// A card judged on a day, and on the day of acceptance when an application was sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CardVerdict {
    pub conclusion: Date,
    pub valid_through: Date,
    /// The last valid day if the conclusion's day were counted as the first of the ten
    /// ([`valid_through_counting_conclusion_day`]); not in the JSON.
    #[serde(skip)]
    pub valid_through_if_conclusion_day_counted: Date,
    /// Judged on the evaluation day (`as_of`).
    pub valid: bool,
    /// Working days left after the evaluation day.
    pub working_days_left: u32,
    /// The day of acceptance of the application, when one was sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_on: Option<Date>,
    /// Valid on the day of acceptance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_on_acceptance: Option<bool>,
}

impl CardVerdict {
    /// Judges the card of `conclusion` on `as_of` and, when given, on `accepted_on`.
    pub fn judge(
        conclusion: Date,
        as_of: Date,
        accepted_on: Option<Date>,
        cal: &WorkingCalendar,
    ) -> Result<CardVerdict, CalendarError> {
        let through = valid_through(conclusion, cal)?;
        Ok(CardVerdict {
            conclusion,
            valid_through: through,
            valid_through_if_conclusion_day_counted: valid_through_counting_conclusion_day(
                conclusion, cal,
            )?,
            valid: is_valid_on(conclusion, through, as_of),
            working_days_left: if as_of < conclusion {
                0
            } else {
                working_days_left(as_of, through, cal)
            },
            accepted_on,
            valid_on_acceptance: accepted_on.map(|d| is_valid_on(conclusion, through, d)),
        })
    }
}
