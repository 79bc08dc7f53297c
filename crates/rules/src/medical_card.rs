//! The medical examination card (app. 3) and its ten working days.
//!
//! Rules, p. 21: «Медициналық куәландыру картасы әскери қызметке жарамдылық дәрежесі туралы
//! қорытындыны алған сәттен бастап 10 жұмыс күні ішінде жарамды.» An expired document is a
//! ground to refuse acceptance (p. 21), so the card must be valid on the day the application is
//! accepted, not only on the day it is sent (contradiction 5 of RULES.md).
//!
//! The ten days are counted from the day after the conclusion, by the general rule on the start
//! of terms of the Civil Code of the Republic of Kazakhstan (General Part, chapter 6 "Calculation
//! of terms", art. 170 "Beginning of a term": a term defined by a period of time begins on the
//! day after the calendar date or the event that defines its beginning). The card is valid on the
//! day of the conclusion itself and through the 10th working day after it.

use serde::Serialize;

use crate::Date;
use crate::calendar::{CalendarError, WorkingCalendar};
use crate::citation::Citation;

/// How long a card is valid, in working days after the conclusion (p. 21).
pub const VALIDITY_WORKING_DAYS: i32 = 10;

/// Where the validity comes from.
pub const VALIDITY_CITATION: Citation = Citation::paragraph(21);

/// The rule that a term starts on the day after its event: Civil Code of the RK (General Part),
/// art. 170.
pub const TERM_START_RULE: &str =
    "Civil Code of the Republic of Kazakhstan (General Part), art. 170";

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
