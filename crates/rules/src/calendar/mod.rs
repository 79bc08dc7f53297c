//! Kazakhstan's working-day calendar.
//!
//! A working day is Monday–Friday, except the days off of the Law of the RK "On holidays in the
//! Republic of Kazakhstan" (13.12.2001 No. 267-II) and of the Labour Code (art. 84 p. 5), and
//! except the yearly transfers of days off (Labour Code art. 85 p. 3); a Saturday or Sunday made a
//! working day by a transfer is a working day.
//!
//! The Law, art. 5 (the wording of the egov.kz holiday calendar as quoted by the press; the
//! official text on adilet.zan.kz was not read, nor for the next quote): «Демалыс және мереке күндері сәйкес келген жағдайда мерекеден
//! кейінгі жұмыс күні демалыс болып есептеледі» — a national or state holiday falling on a
//! weekend moves its day off to the next working day (skipping other holidays). The Labour Code,
//! art. 84 p. 5: «Мұсылман күнтізбесі бойынша атап өтілетін Құрбан айттың бірінші күні, 7 қаңтар
//! – православиелік Рождество демалыс күндері болып саналады» — days off that are not holidays
//! of the Law, so they never move.
//!
//! The dated data, each entry with its source, is in [`data`]. Years 2024–2026 are fully covered,
//! 2027 in part; other years get weekends, the fixed holidays of the Law in force that year and
//! the moves of art. 5, but no Kurban Ait and no transfers (see [`Coverage`]). The calendar is the
//! five-day week's: a six-day week (Saturday working) is not modelled.
//!
//! ```
//! use dayarlyq_rules::Date;
//! use dayarlyq_rules::calendar::{Coverage, WorkingCalendar};
//!
//! let kz = WorkingCalendar::kazakhstan();
//! // Nauryz 2026: 21–23 March, 21–22 on a weekend, so 24–25 March are days off too (art. 5).
//! let friday: Date = "2026-03-20".parse()?;
//! assert_eq!(kz.add_working_days(friday, 1)?, "2026-03-26".parse()?);
//! // Sunday 5 January 2025 was a working day (transfer order of 21.11.2024).
//! assert!(kz.is_working_day("2025-01-05".parse()?));
//! assert_eq!(kz.coverage(2027), Coverage::Partial);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Speed: each year is reduced once to a bitset of its working days (a few dozen bytes, cached
//! for 1900–2199 in a static), so [`WorkingCalendar::is_working_day`] allocates nothing.

pub mod data;

use std::sync::OnceLock;

use jiff::civil::{Date, Weekday};
use thiserror::Error;

pub use data::{Certainty, Holiday, HolidayKind, Name, Transfer};

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
    /// Beyond the data: weekends and the fixed holidays of the law only (with their moves under
    /// art. 5); no Kurban Ait and no transfers.
    Unknown,
}

/// The years the data covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataHorizon {
    /// The first year with any dated data (a Kurban Ait date, a transfer).
    pub first_year: i16,
    /// The last year of [`Coverage::Full`]: every later year may still change.
    pub last_full_year: i16,
    /// The last year with any dated data ([`Coverage::Partial`] or better).
    pub last_year: i16,
}

/// Why a day is or is not a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    /// Monday–Friday with nothing on it.
    Working,
    /// Saturday or Sunday with nothing on it.
    Weekend,
    /// A holiday or a day off on its own date (possibly a weekend, then its day off may move).
    Holiday(&'static Holiday),
    /// A weekday that is a day off because `holiday`, on `from`, fell on a weekend (Law, art. 5).
    MovedDayOff {
        from: Date,
        holiday: &'static Holiday,
    },
    /// A weekday made a day off by a transfer order.
    TransferredDayOff(&'static Transfer),
    /// A Saturday or Sunday made a working day by a transfer order.
    WorkingWeekend(&'static Transfer),
}

impl DayKind {
    /// Whether a day of this kind is a working day.
    pub const fn is_working(self) -> bool {
        matches!(self, DayKind::Working | DayKind::WorkingWeekend(_))
    }

    /// The act behind this kind of day, when there is one.
    #[cfg(feature = "sources")]
    pub const fn source(self) -> Option<&'static str> {
        match self {
            DayKind::Working | DayKind::Weekend => None,
            DayKind::Holiday(h) | DayKind::MovedDayOff { holiday: h, .. } => Some(h.source),
            DayKind::TransferredDayOff(t) | DayKind::WorkingWeekend(t) => Some(t.source),
        }
    }
}

/// Kazakhstan's working-day calendar, built from the dated data in [`data`].
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
        data::COVERAGE
            .iter()
            .find(|(y, _)| *y == year)
            .map_or(Coverage::Unknown, |(_, c)| *c)
    }

    /// The years the dated data covers: beyond `last_full_year` say so to the user.
    pub fn data_horizon(&self) -> DataHorizon {
        let mut first_year = i16::MAX;
        let mut last_full_year = i16::MIN;
        let mut last_year = i16::MIN;
        for &(year, coverage) in data::COVERAGE {
            first_year = first_year.min(year);
            last_year = last_year.max(year);
            if coverage == Coverage::Full {
                last_full_year = last_full_year.max(year);
            }
        }
        DataHorizon {
            first_year,
            last_full_year,
            last_year,
        }
    }

    /// Whether `date` is a working day: Monday–Friday that is no day off, or a Saturday or
    /// Sunday made a working day by a transfer. Allocation-free (a cached bitset per year).
    ///
    /// Law on holidays, art. 5: «мерекеден кейінгі жұмыс күні демалыс болып есептеледі»; Labour
    /// Code art. 84 p. 5: «Құрбан айттың бірінші күні, 7 қаңтар … демалыс күндері болып саналады»
    /// (see the module documentation for the whole sentences and their provenance).
    pub fn is_working_day(&self, date: Date) -> bool {
        year_bits(date.year()).is_working(date.day_of_year())
    }

    /// Why `date` is or is not a working day, with the holiday or order behind it.
    ///
    /// ```
    /// use dayarlyq_rules::calendar::{DayKind, WorkingCalendar};
    ///
    /// let kz = WorkingCalendar::kazakhstan();
    /// match kz.day_kind("2025-09-01".parse()?) {
    ///     // Constitution Day, Saturday 30 August 2025, moved to Monday (Law, art. 5).
    ///     DayKind::MovedDayOff { from, holiday } => {
    ///         assert_eq!(from.to_string(), "2025-08-30");
    ///         assert_eq!(holiday.name.ru, "День Конституции Республики Казахстан");
    ///     }
    ///     other => panic!("{other:?}"),
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn day_kind(&self, date: Date) -> DayKind {
        // A working Monday–Friday can only be a plain working day: answer from the bitset.
        if !is_weekend(date) && self.is_working_day(date) {
            return DayKind::Working;
        }
        let year = classify(date.year());
        let index = usize::try_from(date.day_of_year() - 1).unwrap_or(0);
        year.kinds.get(index).copied().unwrap_or(DayKind::Working)
    }

    /// Every non-working day of `year`, ascending.
    pub fn non_working_days(&self, year: i16) -> Vec<Date> {
        let Ok(first) = Date::new(year, 1, 1) else {
            return Vec::new();
        };
        let bits = year_bits(year);
        let mut out = Vec::with_capacity(128);
        let mut d = first;
        for doy in 1..=bits.days {
            if !bits.is_working(doy) {
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
    ///
    /// "N working days after D" counts D+1, D+2, … and ends on the N-th working day (the general
    /// rule on terms: a period starts on the day after the event; see RULES.md, "Terms and
    /// counting"). "N working days before T" is the N-th working day counted back from T.
    ///
    /// ```
    /// use dayarlyq_rules::calendar::WorkingCalendar;
    ///
    /// let kz = WorkingCalendar::kazakhstan();
    /// // 10 working days from Monday 2 June 2025: Kurban Ait (Friday 6 June) does not count.
    /// assert_eq!(kz.add_working_days("2025-06-02".parse()?, 10)?, "2025-06-17".parse()?);
    /// // 12 working days before Monday 1 June 2026 (Kurban Ait on Wednesday 27 May).
    /// assert_eq!(kz.add_working_days("2026-06-01".parse()?, -12)?, "2026-05-13".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_working_days(&self, date: Date, n: i32) -> Result<Date, CalendarError> {
        if n == 0 {
            return Ok(date);
        }
        let forward = n > 0;
        let mut left = n.unsigned_abs();
        let mut year = date.year();
        let mut doy = date.day_of_year();
        let mut bits = year_bits(year);
        loop {
            if forward {
                doy += 1;
                if doy > bits.days {
                    year = next_year(year, 1)?;
                    bits = year_bits(year);
                    doy = 1;
                }
            } else {
                doy -= 1;
                if doy < 1 {
                    year = next_year(year, -1)?;
                    bits = year_bits(year);
                    doy = bits.days;
                }
            }
            if bits.is_working(doy) {
                left -= 1;
                if left == 0 {
                    return date_of(year, doy);
                }
            }
        }
    }

    /// The number of working days in `(a, b]`: after `a`, up to and including `b`; negative,
    /// `-(working days in (b, a])`, when `b < a`. So `add_working_days(a, n)` is the first date
    /// `b` with `working_days_between(a, b) == n` (for `n > 0`).
    pub fn working_days_between(&self, a: Date, b: Date) -> i32 {
        if a == b {
            return 0;
        }
        let (lo, hi, sign) = if a < b { (a, b, 1) } else { (b, a, -1) };
        // Working days in (lo, hi] = in [lo+1 .. hi], year by year.
        let mut total: i32 = 0;
        let mut year = lo.year();
        let mut from = lo.day_of_year() + 1;
        loop {
            let bits = year_bits(year);
            let to = if year == hi.year() {
                hi.day_of_year()
            } else {
                bits.days
            };
            total += bits.count(from, to);
            if year >= hi.year() {
                break;
            }
            year += 1;
            from = 1;
        }
        sign * total
    }

    /// The first working day on or after `date`.
    pub fn working_day_on_or_after(&self, date: Date) -> Result<Date, CalendarError> {
        if self.is_working_day(date) {
            Ok(date)
        } else {
            self.add_working_days(date, 1)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A year's working days as a bitset.

/// Bit `doy - 1` is set when day-of-year `doy` is a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct YearBits {
    working: [u64; 6],
    days: i16,
}

impl YearBits {
    fn is_working(&self, doy: i16) -> bool {
        let Ok(bit) = usize::try_from(doy - 1) else {
            return false;
        };
        self.working
            .get(bit / 64)
            .is_some_and(|w| w >> (bit % 64) & 1 == 1)
    }

    /// Working days with `lo <= doy <= hi` (zero when `lo > hi`).
    fn count(&self, lo: i16, hi: i16) -> i32 {
        let (Ok(lo), Ok(hi)) = (u32::try_from(lo - 1), u32::try_from(hi - 1)) else {
            return 0;
        };
        if lo > hi {
            return 0;
        }
        let mut n = 0;
        for (i, word) in (0u32..).zip(self.working) {
            let (start, end) = (i * 64, i * 64 + 63);
            if end < lo || start > hi {
                continue;
            }
            let from = lo.max(start) - start;
            let to = hi.min(end) - start;
            let width = to - from + 1;
            let mask = if width == 64 {
                u64::MAX
            } else {
                ((1u64 << width) - 1) << from
            };
            n += (word & mask).count_ones();
        }
        i32::try_from(n).unwrap_or(i32::MAX)
    }
}

const FIRST_CACHED_YEAR: i16 = 1900;
const CACHED_YEARS: usize = 300;
static CACHE: [OnceLock<YearBits>; CACHED_YEARS] = [const { OnceLock::new() }; CACHED_YEARS];

fn year_bits(year: i16) -> YearBits {
    let cached = usize::try_from(year - FIRST_CACHED_YEAR)
        .ok()
        .and_then(|i| CACHE.get(i));
    match cached {
        Some(cell) => *cell.get_or_init(|| classify(year).bits()),
        None => classify(year).bits(),
    }
}

fn next_year(year: i16, step: i16) -> Result<i16, CalendarError> {
    let next = year.checked_add(step).ok_or(CalendarError::OutOfRange)?;
    if (-9999..=9999).contains(&next) {
        Ok(next)
    } else {
        Err(CalendarError::OutOfRange)
    }
}

fn date_of(year: i16, doy: i16) -> Result<Date, CalendarError> {
    Date::new(year, 1, 1)
        .and_then(|d| d.with().day_of_year(doy).build())
        .map_err(|_| CalendarError::OutOfRange)
}

// ---------------------------------------------------------------------------------------------
// Classifying a year from the data.

/// Every day of one year with its [`DayKind`] (index `doy - 1`; `days` are in use).
struct YearKinds {
    kinds: [DayKind; 366],
    days: i16,
}

impl YearKinds {
    fn slot(&mut self, date: Date) -> Option<&mut DayKind> {
        let index = usize::try_from(date.day_of_year() - 1).ok()?;
        self.kinds.get_mut(index)
    }

    fn bits(&self) -> YearBits {
        let mut working = [0u64; 6];
        for (i, kind) in self
            .kinds
            .iter()
            .enumerate()
            .take(usize::try_from(self.days).unwrap_or(0))
        {
            if kind.is_working()
                && let Some(word) = working.get_mut(i / 64)
            {
                *word |= 1 << (i % 64);
            }
        }
        YearBits {
            working,
            days: self.days,
        }
    }
}

/// More days off on their own dates than any year has (20 fixed rules, one Kurban Ait).
const MAX_DAYS_OFF: usize = 32;

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Applies the data to one year, in the order the law works:
/// 1. weekends;
/// 2. days off on their own dates (holidays of the Law first, then the days off of the Labour
///    Code where no holiday already is);
/// 3. art. 5: each national or state holiday on a weekend, in date order, moves its day off to
///    the next plain weekday (neither a holiday nor already a moved day off);
/// 4. the transfer orders, which are made on top of that.
fn classify(year: i16) -> YearKinds {
    let mut out = YearKinds {
        kinds: [DayKind::Working; 366],
        days: 0,
    };
    let Ok(first) = Date::new(year, 1, 1) else {
        return out;
    };
    out.days = first.days_in_year();
    let mut d = first;
    for kind in out
        .kinds
        .iter_mut()
        .take(usize::try_from(out.days).unwrap_or(0))
    {
        if is_weekend(d) {
            *kind = DayKind::Weekend;
        }
        match d.tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }

    // Every day off of the year on its own date, in date order (at most MAX_DAYS_OFF; a unit
    // test checks the data stays below it).
    let fixed = data::FIXED_RULES.iter().filter(|r| r.applies(year));
    let fixed = fixed.filter_map(|r| Some((Date::new(year, r.month, r.day).ok()?, r.holiday)));
    let kurban = data::KURBAN_AIT
        .iter()
        .filter(|k| k.date.year() == year)
        .map(|k| (k.date, k.holiday));
    let mut days_off: [Option<(Date, &'static Holiday)>; MAX_DAYS_OFF] = [None; MAX_DAYS_OFF];
    for (slot, day_off) in days_off.iter_mut().zip(fixed.chain(kurban)) {
        *slot = Some(day_off);
    }
    days_off.sort_unstable_by_key(|x| x.map_or((1, None), |(date, _)| (0, Some(date))));
    let days_off = days_off.iter().flatten();

    // Holidays of the Law first, so a day off of the Labour Code on the same date does not hide one.
    for moving_pass in [true, false] {
        for &(date, holiday) in days_off.clone() {
            if holiday.kind.moves() != moving_pass {
                continue;
            }
            if let Some(slot) = out.slot(date)
                && matches!(*slot, DayKind::Working | DayKind::Weekend)
            {
                *slot = DayKind::Holiday(holiday);
            }
        }
    }

    // Art. 5, in date order: only national and state holidays move.
    for &(from, holiday) in days_off {
        if !holiday.kind.moves() || !is_weekend(from) {
            continue;
        }
        let mut target = from;
        loop {
            let Ok(next) = target.tomorrow() else { break };
            if next.year() != year {
                // Never happens with the holidays of the Law (the last is 16 December); a unit
                // test checks it for 1900–2199.
                break;
            }
            target = next;
            if let Some(slot) = out.slot(target)
                && *slot == DayKind::Working
            {
                *slot = DayKind::MovedDayOff { from, holiday };
                break;
            }
        }
    }

    for transfer in data::TRANSFERS {
        if transfer.working_day.year() == year
            && let Some(slot) = out.slot(transfer.working_day)
        {
            *slot = DayKind::WorkingWeekend(transfer);
        }
        if transfer.day_off.year() == year
            && let Some(slot) = out.slot(transfer.day_off)
        {
            *slot = DayKind::TransferredDayOff(transfer);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_off_fit_the_classification_buffer() {
        for year in FIRST_CACHED_YEAR..FIRST_CACHED_YEAR + 300 {
            let fixed = data::FIXED_RULES.iter().filter(|r| r.applies(year)).count();
            let kurban = data::KURBAN_AIT
                .iter()
                .filter(|k| k.date.year() == year)
                .count();
            assert!(fixed + kurban <= MAX_DAYS_OFF, "{year}");
        }
    }

    #[test]
    fn no_move_leaves_its_year() {
        // Art. 5 moves are looked for within the year; check none would cross into the next.
        for year in FIRST_CACHED_YEAR..FIRST_CACHED_YEAR + 300 {
            let kinds = classify(year);
            let used = usize::try_from(kinds.days).unwrap_or(0);
            let moved = kinds.kinds[..used]
                .iter()
                .filter(|k| matches!(k, DayKind::MovedDayOff { .. }))
                .count();
            let fixed = data::FIXED_RULES.iter().filter(|r| r.applies(year));
            let fixed =
                fixed.filter_map(|r| Some((Date::new(year, r.month, r.day).ok()?, r.holiday)));
            let kurban = data::KURBAN_AIT.iter().map(|k| (k.date, k.holiday));
            let to_move = fixed
                .chain(kurban.filter(|(d, _)| d.year() == year))
                .filter(|(d, h)| h.kind.moves() && is_weekend(*d))
                .count();
            assert_eq!(moved, to_move, "{year}");
        }
    }

    #[test]
    fn transfers_pair_a_weekend_with_a_weekday() {
        for t in data::TRANSFERS {
            assert!(is_weekend(t.working_day), "{t:?}");
            assert!(!is_weekend(t.day_off), "{t:?}");
        }
    }

    #[test]
    fn kurban_ait_dates_are_unique_per_year() {
        for (i, a) in data::KURBAN_AIT.iter().enumerate() {
            for b in &data::KURBAN_AIT[i + 1..] {
                assert_ne!(a.date.year(), b.date.year());
            }
        }
    }

    #[test]
    fn bit_count_matches_bit_tests() {
        let bits = year_bits(2024);
        for (lo, hi) in [
            (1, 366),
            (1, 1),
            (60, 130),
            (64, 65),
            (128, 192),
            (300, 200),
        ] {
            let by_test = (lo..=hi).filter(|d| bits.is_working(*d)).count();
            assert_eq!(
                bits.count(lo, hi),
                i32::try_from(by_test).unwrap_or(-1),
                "{lo}..={hi}"
            );
        }
    }
}
