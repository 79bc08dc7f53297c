//! Dates and moments as typed: `YYYY-MM-DD`, and `YYYY-MM-DDTHH:MM[:SS]` in Kazakhstan time
//! (UTC+5) or with an explicit offset, which is converted to Kazakhstan time.
//!
//! Kazakhstan keeps one time zone, UTC+5, since 1 March 2024; the Rules' working hours (app. 7
//! item 7) are local hours, so every moment is kept as the local date and time at +05:00.

use core::fmt;

use jiff::Timestamp;
use jiff::civil::{DateTime, Time};
use jiff::tz::Offset;
use serde::{Serialize, Serializer};

use crate::Date;
use crate::input::{ErrorCode, FieldError, field_label, shorten};
use crate::text::Localized;

/// Kazakhstan's offset from UTC, in hours.
pub const KAZAKHSTAN_UTC_OFFSET_HOURS: i8 = 5;

/// Kazakhstan's offset from UTC.
pub const KAZAKHSTAN_OFFSET: Offset = Offset::constant(KAZAKHSTAN_UTC_OFFSET_HOURS);

/// The largest offset from UTC in use anywhere (UTC+14).
const MAX_OFFSET_SECONDS: i32 = 14 * 3600;

/// A moment in Kazakhstan local time (UTC+5), to the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment {
    local: DateTime,
}

impl Moment {
    /// The moment at `local`, a Kazakhstan date and time.
    pub const fn local(local: DateTime) -> Moment {
        Moment { local }
    }

    /// The Kazakhstan local date and time of the instant `timestamp`.
    pub fn from_timestamp(timestamp: Timestamp) -> Moment {
        Moment {
            local: KAZAKHSTAN_OFFSET.to_datetime(timestamp),
        }
    }

    /// Parses `text` typed into `field`: `YYYY-MM-DDTHH:MM[:SS[.fff]]`, Kazakhstan time, or
    /// followed by `Z` or an offset `±HH:MM` (`±HHMM`, `±HH`), converted to Kazakhstan time.
    ///
    /// ```
    /// use dayarlyq_rules::moment::Moment;
    ///
    /// let m = Moment::parse("submitted_at", "2026-03-20T19:30").unwrap();
    /// assert_eq!(m.to_string(), "2026-03-20T19:30:00+05:00");
    /// let utc = Moment::parse("submitted_at", "2026-03-20T14:30:00Z").unwrap();
    /// assert_eq!(utc, m);
    /// assert_eq!(Moment::parse("submitted_at", "2026-03-20").unwrap_err().code, "format");
    /// ```
    pub fn parse(field: &'static str, text: &str) -> Result<Moment, FieldError> {
        let text = text.trim();
        let bad_format = || moment_format_error(field, text);
        let (date_part, rest) = text.split_at_checked(10).ok_or_else(bad_format)?;
        let date = parse_date(field, date_part).map_err(|e| {
            if e.code == ErrorCode::Format {
                bad_format()
            } else {
                e
            }
        })?;
        let rest = rest.strip_prefix(['T', 't', ' ']).ok_or_else(bad_format)?;
        let b = rest.as_bytes();
        let hour = two_digits(b, 0).ok_or_else(bad_format)?;
        if b.get(2) != Some(&b':') {
            return Err(bad_format());
        }
        let minute = two_digits(b, 3).ok_or_else(bad_format)?;
        let mut i = 5;
        let mut second = 0;
        if b.get(i) == Some(&b':') {
            second = two_digits(b, i + 1).ok_or_else(bad_format)?;
            i += 3;
            if b.get(i) == Some(&b'.') || b.get(i) == Some(&b',') {
                i += 1;
                let digits = b
                    .get(i..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if digits == 0 || digits > 9 {
                    return Err(bad_format());
                }
                i += digits;
            }
        }
        let offset = parse_offset(b.get(i..).unwrap_or_default()).ok_or_else(bad_format)?;
        let time = Time::new(hour, minute, second, 0).map_err(|_| {
            let label = field_label(field);
            FieldError::new(
                field,
                ErrorCode::NotATime,
                Localized::new(
                    format!(
                        "«{}»: «{}» — мұндай уақыт жоқ (сағат 00–23, минут 00–59).",
                        label.kk,
                        shorten(text)
                    ),
                    format!(
                        "«{}»: «{}» — такого времени нет (часы 00–23, минуты 00–59).",
                        label.ru,
                        shorten(text)
                    ),
                ),
            )
        })?;
        let datetime = date.to_datetime(time);
        match offset {
            None => Ok(Moment { local: datetime }),
            Some(seconds) => {
                let out_of_range = || {
                    FieldError::new(
                        field,
                        ErrorCode::OutOfRange,
                        Localized::new(
                            format!(
                                "«{}»: «{}» — уақыт белдеуі немесе күн рұқсат етілген шектен тыс.",
                                field_label(field).kk,
                                shorten(text)
                            ),
                            format!(
                                "«{}»: «{}» — смещение или дата вне допустимых пределов.",
                                field_label(field).ru,
                                shorten(text)
                            ),
                        ),
                    )
                };
                // Real offsets lie within ±14:00.
                if seconds.abs() > MAX_OFFSET_SECONDS {
                    return Err(out_of_range());
                }
                // The same instant at +05:00, by civil arithmetic rather than through a UTC
                // timestamp, whose range ends a day earlier: 9999-12-31T23:59+05:00 is a moment
                // (the fuzz target `moment` found one shown that way but not read back).
                let to_kazakhstan = i64::from(KAZAKHSTAN_OFFSET.seconds()) - i64::from(seconds);
                // Seconds of the day and whole days apart: `DateTime` arithmetic would link jiff's
                // error formatting into the web app (37 KB of its 150 KB brotli budget).
                let of_day = i64::from(datetime.hour()) * 3600
                    + i64::from(datetime.minute()) * 60
                    + i64::from(datetime.second())
                    + to_kazakhstan;
                let days = jiff::Span::new()
                    .try_days(of_day.div_euclid(86_400))
                    .map_err(|_| out_of_range())?;
                let date = datetime
                    .date()
                    .checked_add(days)
                    .map_err(|_| out_of_range())?;
                let rem = of_day.rem_euclid(86_400);
                let part = |v: i64| i8::try_from(v).map_err(|_| out_of_range());
                let time = Time::new(
                    part(rem / 3600)?,
                    part(rem % 3600 / 60)?,
                    part(rem % 60)?,
                    0,
                )
                .map_err(|_| out_of_range())?;
                let local = date.to_datetime(time);
                let moment = Moment { local };
                // 0000-01-01T00:00+14:00 is in year −1 in Kazakhstan: no `YYYY-MM-DD` shows it
                // (found by the fuzz target `moment`).
                if !(0..=9999).contains(&moment.date().year()) {
                    return Err(out_of_range());
                }
                Ok(moment)
            }
        }
    }

    /// The Kazakhstan local date and time.
    pub const fn datetime(self) -> DateTime {
        self.local
    }

    /// The Kazakhstan local date.
    pub fn date(self) -> Date {
        self.local.date()
    }

    /// The Kazakhstan local time of day.
    pub fn time(self) -> Time {
        self.local.time()
    }
}

/// `2026-03-20T19:30:00+05:00`.
impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.local;
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+{:02}:00",
            d.year(),
            d.month(),
            d.day(),
            d.hour(),
            d.minute(),
            d.second(),
            KAZAKHSTAN_UTC_OFFSET_HOURS
        )
    }
}

impl Serialize for Moment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Parses a date typed into `field`: exactly `YYYY-MM-DD`, a real calendar date.
///
/// ```
/// use dayarlyq_rules::{moment::parse_date, Date};
///
/// assert_eq!(parse_date("birth_date", "2024-02-29"), Ok(Date::constant(2024, 2, 29)));
/// assert_eq!(parse_date("birth_date", "2025-02-29").unwrap_err().code, "not_a_date");
/// assert_eq!(parse_date("birth_date", "29.02.2024").unwrap_err().code, "format");
/// ```
pub fn parse_date(field: &'static str, text: &str) -> Result<Date, FieldError> {
    let text = text.trim();
    let b = text.as_bytes();
    let shape_ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape_ok {
        let label = field_label(field);
        return Err(FieldError::new(
            field,
            ErrorCode::Format,
            Localized::new(
                format!(
                    "«{}»: «{}» — күн ЖЖЖЖ-АА-КК түрінде жазылуы керек (мысалы, 2026-03-18).",
                    label.kk,
                    shorten(text)
                ),
                format!(
                    "«{}»: «{}» — дата должна быть в виде ГГГГ-ММ-ДД (например, 2026-03-18).",
                    label.ru,
                    shorten(text)
                ),
            ),
        ));
    }
    let num = |r: core::ops::Range<usize>| {
        b.get(r)
            .unwrap_or_default()
            .iter()
            .fold(0i16, |n, c| n * 10 + i16::from(c - b'0'))
    };
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    let month = i8::try_from(month).unwrap_or(i8::MAX);
    let day = i8::try_from(day).unwrap_or(i8::MAX);
    Date::new(year, month, day).map_err(|_| {
        let label = field_label(field);
        FieldError::new(
            field,
            ErrorCode::NotADate,
            Localized::new(
                format!("«{}»: «{text}» — күнтізбеде мұндай күн жоқ.", label.kk),
                format!("«{}»: «{text}» — такой даты в календаре нет.", label.ru),
            ),
        )
    })
}

fn moment_format_error(field: &'static str, text: &str) -> FieldError {
    let label = field_label(field);
    FieldError::new(
        field,
        ErrorCode::Format,
        Localized::new(
            format!(
                "«{}»: «{}» — уақыт ЖЖЖЖ-АА-ККTСС:ММ[:СС] түрінде (Қазақстан уақыты, UTC+5) немесе уақыт белдеуімен жазылуы керек (мысалы, 2026-03-20T19:30).",
                label.kk,
                shorten(text)
            ),
            format!(
                "«{}»: «{}» — время должно быть в виде ГГГГ-ММ-ДДTЧЧ:ММ[:СС] (время Казахстана, UTC+5) или со смещением (например, 2026-03-20T19:30).",
                label.ru,
                shorten(text)
            ),
        ),
    )
}

fn two_digits(b: &[u8], at: usize) -> Option<i8> {
    let hi = *b.get(at)?;
    let lo = *b.get(at + 1)?;
    if hi.is_ascii_digit() && lo.is_ascii_digit() {
        Some(((hi - b'0') * 10 + (lo - b'0')) as i8)
    } else {
        None
    }
}

/// `None` for no offset; `Some(seconds)` for `Z`, `±HH`, `±HHMM`, `±HH:MM`; an error otherwise.
#[allow(clippy::option_option)]
fn parse_offset(b: &[u8]) -> Option<Option<i32>> {
    match b {
        [] => Some(None),
        [b'Z' | b'z'] => Some(Some(0)),
        [sign @ (b'+' | b'-'), rest @ ..] => {
            let hours = i32::from(two_digits(rest, 0)?);
            let minutes = match rest.len() {
                2 => 0,
                4 => i32::from(two_digits(rest, 2)?),
                5 if rest.get(2) == Some(&b':') => i32::from(two_digits(rest, 3)?),
                _ => return None,
            };
            if minutes > 59 {
                return None;
            }
            let seconds = hours * 3600 + minutes * 60;
            Some(Some(if *sign == b'-' { -seconds } else { seconds }))
        }
        _ => None,
    }
}
