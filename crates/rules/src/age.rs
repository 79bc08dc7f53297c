//! Ages in whole years and months, as the Rules count them.
//!
//! "From X" (…-дан бастап) includes the day X is reached; "up to / under Y" (…-ға дейінгі)
//! excludes it. A term counted in months or years that ends in a month without the starting day
//! ends on that month's last day, as Kazakh law counts terms (the Civil Code's rule on the end of
//! terms counted in months): so a person born on 29 February reaches a birthday on 28 February
//! in common years, and 17 years 6 months after 31 August falls on the last day of February.

use core::cmp::Ordering;
use core::fmt;

use jiff::Span;
use serde::Serialize;

use crate::Date;

/// An age (or any term) in whole years and months.
///
/// ```
/// use dayarlyq_rules::{age::Age, Date};
///
/// let birth = Date::constant(2008, 8, 31);
/// // 17 years 6 months after 31 August 2008 ends on the last day of February 2026.
/// assert_eq!(Age::new(17, 6).reached_by(birth), Some(Date::constant(2026, 2, 28)));
/// assert_eq!(Age::on(birth, Date::constant(2026, 2, 28)), Some(Age::new(17, 6)));
/// assert_eq!(Age::on(birth, Date::constant(2026, 2, 27)), Some(Age::new(17, 5)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Age {
    pub years: u16,
    pub months: u8,
}

impl Age {
    /// `years` and `months`; months beyond 11 carry into years.
    pub const fn new(years: u16, months: u8) -> Age {
        let total = years as u32 * 12 + months as u32;
        Age::from_months(total)
    }

    /// The age of `total` whole months.
    pub const fn from_months(total: u32) -> Age {
        let years = total / 12;
        Age {
            years: if years > u16::MAX as u32 {
                u16::MAX
            } else {
                years as u16
            },
            months: (total % 12) as u8,
        }
    }

    /// The age in whole months.
    pub const fn total_months(self) -> u32 {
        self.years as u32 * 12 + self.months as u32
    }

    /// The day a person born on `birth` reaches this age: `birth` plus the age's months, on the
    /// month's last day when that month has no such day. `None` beyond the dates the calendar
    /// holds (year 9999).
    pub fn reached_by(self, birth: Date) -> Option<Date> {
        add_months(birth, i64::from(self.total_months()))
    }

    /// The whole years and months reached on `on` by a person born on `birth`; `None` when `on`
    /// is before `birth`.
    pub fn on(birth: Date, on: Date) -> Option<Age> {
        if on < birth {
            return None;
        }
        let months = (i64::from(on.year()) - i64::from(birth.year())) * 12
            + (i64::from(on.month()) - i64::from(birth.month()));
        // The candidate is at most one month too many: the day of the month may not be reached.
        let reached = add_months(birth, months).is_some_and(|d| d <= on);
        let total = if reached { months } else { months - 1 };
        u32::try_from(total).ok().map(Age::from_months)
    }
}

impl PartialOrd for Age {
    fn partial_cmp(&self, other: &Age) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Age {
    fn cmp(&self, other: &Age) -> Ordering {
        self.total_months().cmp(&other.total_months())
    }
}

/// `17y 6m`: language-neutral, for logs and tests.
impl fmt::Display for Age {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}y {}m", self.years, self.months)
    }
}

/// `date` plus `months` (negative: minus), on the month's last day when that month has no such
/// day; `None` outside the dates the calendar holds.
pub fn add_months(date: Date, months: i64) -> Option<Date> {
    let span = Span::new().try_months(months).ok()?;
    // jiff constrains the day to the target month's last day (31 Jan + 1 month = 28/29 Feb).
    date.checked_add(span).ok()
}

/// Whether `birth` is 29 February: such a person's birthday is reached on 28 February in common
/// years, which explanations say.
pub fn is_leap_day(birth: Date) -> bool {
    birth.month() == 2 && birth.day() == 29
}
