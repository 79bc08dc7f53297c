//! Kazakhstan's working-day calendar.
//!
//! A working day is Monday–Friday, except the days off of the Law "On holidays in the Republic of
//! Kazakhstan" (art. 5) and the yearly transfers of days off; a Saturday or Sunday made a working
//! day by a transfer is a working day. See `data.rs` for the dated data and its sources.
//!
//! PLACEHOLDER IMPLEMENTATION: weekends and fixed holidays only — being completed (moves under
//! art. 5, transfers, Kurban Ait, the data horizon).

use jiff::civil::{Date, Weekday};
use thiserror::Error;

/// Something the calendar cannot answer.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CalendarError {
    /// The result would fall outside the dates the date type can hold (years -9999..=9999).
    #[error("date out of range")]
    OutOfRange,
}

/// How well the calendar knows a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// Every holiday and transfer of the year is in the data, with its source.
    Full,
    /// Published only in part (for example a transfer order not yet issued, or a movable feast
    /// whose date is estimated): weekends and fixed holidays are right, the rest may change.
    Partial,
    /// Beyond the data: weekends and the fixed holidays of the law only.
    Unknown,
}

/// Kazakhstan's working-day calendar, built from the dated data in this module.
#[derive(Clone, Copy, Debug, Default)]
pub struct WorkingCalendar {
    _private: (),
}

impl WorkingCalendar {
    /// The calendar of the Republic of Kazakhstan, as far as the data goes.
    pub const fn kazakhstan() -> WorkingCalendar {
        WorkingCalendar { _private: () }
    }

    /// How well the data covers `year`.
    pub fn coverage(&self, year: i16) -> Coverage {
        match year {
            2024..=2026 => Coverage::Full,
            2027 => Coverage::Partial,
            _ => Coverage::Unknown,
        }
    }

    /// Whether `date` is a working day.
    pub fn is_working_day(&self, date: Date) -> bool {
        !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
            && !matches!((date.month(), date.day()), (1, 1) | (1, 2) | (3, 8) | (5, 1) | (12, 16))
    }

    /// Every non-working day of `year`, ascending.
    pub fn non_working_days(&self, year: i16) -> Vec<Date> {
        let Ok(mut d) = Date::new(year, 1, 1) else { return Vec::new() };
        let mut out = Vec::new();
        while d.year() == year {
            if !self.is_working_day(d) {
                out.push(d);
            }
            match d.tomorrow() {
                Ok(next) => d = next,
                Err(_) => break,
            }
        }
        out
    }

    /// The date `n` working days after `date` (before it when `n < 0`), `date` itself not
    /// counted. With `n == 0`, `date` itself.
    pub fn add_working_days(&self, date: Date, n: i32) -> Result<Date, CalendarError> {
        let mut d = date;
        let mut left = n.unsigned_abs();
        while left > 0 {
            d = if n > 0 { d.tomorrow() } else { d.yesterday() }
                .map_err(|_| CalendarError::OutOfRange)?;
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        Ok(d)
    }

    /// The first working day on or after `date`.
    pub fn working_day_on_or_after(&self, date: Date) -> Result<Date, CalendarError> {
        if self.is_working_day(date) { Ok(date) } else { self.add_working_days(date, 1) }
    }
}
