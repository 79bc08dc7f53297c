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
use crate::fmt::Dmy;
use crate::input::{ErrorCode, FieldError, field_label};
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
        Moment::read_why(text).map_err(|why| why.error(field))
    }

    /// [`Moment::parse`] without the message: `None` when the text is no moment. What only
    /// needs the moment (the documents, the PDF worker) so leaves the messages out of its WASM.
    ///
    /// ```
    /// use dayarlyq_rules::moment::Moment;
    ///
    /// assert_eq!(Moment::read("2026-03-20T19:30"), Moment::parse("", "2026-03-20T19:30").ok());
    /// assert_eq!(Moment::read("20.03.2026 19:30"), None);
    /// ```
    pub fn read(text: &str) -> Option<Moment> {
        Moment::read_why(text).ok()
    }

    /// The moment `text` writes, or why it writes none.
    fn read_why(text: &str) -> Result<Moment, Unread> {
        let text = text.trim();
        let at = text.find(['T', 't', ' ']).ok_or(Unread::Format(None))?;
        // `get`, not `split_at`: the same split, with no panic (and its messages) in the WASM.
        let (date_part, rest) = text
            .get(..at)
            .zip(text.get(at..))
            .ok_or(Unread::Format(None))?;
        let (shape, year, month, day) = date_parts(date_part).ok_or(Unread::Format(None))?;
        let date = Date::new(year, month, day).map_err(|_| Unread::NotADate)?;
        let rest = rest
            .strip_prefix(['T', 't', ' '])
            .ok_or(Unread::Format(None))?;
        let b = rest.as_bytes();
        let hour = two_digits(b, 0).ok_or(Unread::Format(None))?;
        if b.get(2) != Some(&b':') {
            return Err(Unread::Format(None));
        }
        let minute = two_digits(b, 3).ok_or(Unread::Format(None))?;
        let mut i = 5;
        let mut second = 0;
        if b.get(i) == Some(&b':') {
            second = two_digits(b, i + 1).ok_or(Unread::Format(None))?;
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
                    return Err(Unread::Format(None));
                }
                i += digits;
            }
        }
        let offset = parse_offset(b.get(i..).unwrap_or_default()).ok_or(Unread::Format(None))?;
        let time = Time::new(hour, minute, second, 0).map_err(|_| Unread::NotATime)?;
        // A real day written day first (`20.03.2026 19:30`): the case file writes it
        // `2026-03-20T19:30`, and the message shows it so.
        if let Shape::DayFirst = shape {
            return Err(Unread::Format(Some(date.to_datetime(time))));
        }
        let datetime = date.to_datetime(time);
        let Some(seconds) = offset else {
            return Ok(Moment { local: datetime });
        };
        // Real offsets lie within ±14:00.
        if seconds.abs() > MAX_OFFSET_SECONDS {
            return Err(Unread::OutOfRange);
        }
        // The same instant at +05:00, by civil arithmetic rather than through a UTC timestamp,
        // whose range ends a day earlier: 9999-12-31T23:59+05:00 is a moment (the fuzz target
        // `moment` found one shown that way but not read back).
        let to_kazakhstan = i64::from(KAZAKHSTAN_OFFSET.seconds()) - i64::from(seconds);
        // Seconds of the day and whole days apart: `DateTime` arithmetic would link jiff's error
        // formatting into the web app (37 KB of its 150 KB brotli budget).
        let of_day = i64::from(datetime.hour()) * 3600
            + i64::from(datetime.minute()) * 60
            + i64::from(datetime.second())
            + to_kazakhstan;
        let days = jiff::Span::new()
            .try_days(of_day.div_euclid(86_400))
            .map_err(|_| Unread::OutOfRange)?;
        let date = datetime
            .date()
            .checked_add(days)
            .map_err(|_| Unread::OutOfRange)?;
        let rem = of_day.rem_euclid(86_400);
        let part = |v: i64| i8::try_from(v).map_err(|_| Unread::OutOfRange);
        let time = Time::new(
            part(rem / 3600)?,
            part(rem % 3600 / 60)?,
            part(rem % 60)?,
            0,
        )
        .map_err(|_| Unread::OutOfRange)?;
        let moment = Moment {
            local: date.to_datetime(time),
        };
        // 0000-01-01T00:00+14:00 is in year −1 in Kazakhstan: no `YYYY-MM-DD` shows it (found by
        // the fuzz target `moment`).
        if !(0..=9999).contains(&moment.date().year()) {
            return Err(Unread::OutOfRange);
        }
        Ok(moment)
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

/// Why a text is no moment ([`Moment::read_why`]); its message is made only when asked
/// ([`Unread::error`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unread {
    /// Not `YYYY-MM-DDTHH:MM…`; with the real moment it says when written day first.
    Format(Option<DateTime>),
    NotADate,
    NotATime,
    /// An offset beyond ±14:00, or a year outside 0000–9999 once in Kazakhstan time.
    OutOfRange,
}

impl Unread {
    /// The message for the field `field`.
    fn error(self, field: &'static str) -> FieldError {
        let label = field_label(field);
        match self {
            Unread::Format(typed) => moment_format_error(field, typed),
            Unread::NotADate => FieldError::new(
                field,
                ErrorCode::NotADate,
                Localized::new(
                    format!("{} нақты күн мен уақыт болуы керек.", label.kk),
                    format!("{} должны быть настоящими датой и временем.", label.ru),
                ),
            ),
            Unread::NotATime => FieldError::new(
                field,
                ErrorCode::NotATime,
                Localized::new(
                    format!(
                        "{}: уақыт нақты болуы керек — сағат 00–23, минут 00–59.",
                        label.kk
                    ),
                    format!(
                        "{}: время должно быть настоящим — часы от 00 до 23, минуты от 00 до 59.",
                        label.ru
                    ),
                ),
            ),
            Unread::OutOfRange => FieldError::new(
                field,
                ErrorCode::OutOfRange,
                Localized::new(
                    format!(
                        "{} рұқсат етілген шектен тыс болмауы керек: уақыт белдеуі ±14:00 дейін, жыл 0000–9999.",
                        label.kk
                    ),
                    format!(
                        "{} должны быть в допустимых пределах: смещение до ±14:00, год от 0000 до 9999.",
                        label.ru
                    ),
                ),
            ),
        }
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

/// Parses a date typed into `field`: exactly `YYYY-MM-DD`, a real calendar date. A date written
/// day first (`29.02.2024`) is refused for its shape, but a day that does not exist is said to be
/// none in either shape (`31.02.2007`, `00.00.0000`): that is what is wrong with it.
///
/// ```
/// use dayarlyq_rules::{moment::parse_date, Date};
///
/// assert_eq!(parse_date("birth_date", "2024-02-29"), Ok(Date::constant(2024, 2, 29)));
/// assert_eq!(parse_date("birth_date", "2025-02-29").unwrap_err().code, "not_a_date");
/// assert_eq!(parse_date("birth_date", "31.02.2007").unwrap_err().code, "not_a_date");
/// assert_eq!(parse_date("birth_date", "29.02.2024").unwrap_err().code, "format");
/// ```
pub fn parse_date(field: &'static str, text: &str) -> Result<Date, FieldError> {
    let (shape, year, month, day) =
        date_parts(text.trim()).ok_or_else(|| date_format_error(field, None))?;
    match (Date::new(year, month, day), shape) {
        (Ok(date), Shape::Iso) => Ok(date),
        (Ok(date), Shape::DayFirst) => Err(date_format_error(field, Some(date))),
        (Err(_), _) => {
            let label = field_label(field);
            Err(FieldError::new(
                field,
                ErrorCode::NotADate,
                Localized::new(
                    format!("{} нақты күн болуы керек.", label.kk),
                    format!("{} должна быть настоящей датой.", label.ru),
                ),
            ))
        }
    }
}

/// [`parse_date`] without the message: the date `text` writes as the case file writes dates
/// (`YYYY-MM-DD`), or `None`. What only needs the date (the documents, the PDF worker) so leaves
/// the messages out of its WASM.
///
/// ```
/// use dayarlyq_rules::{moment::read_date, Date};
///
/// assert_eq!(read_date(" 2024-02-29 "), Some(Date::constant(2024, 2, 29)));
/// assert_eq!(read_date("2025-02-29"), None);
/// assert_eq!(read_date("29.02.2024"), None);
/// ```
pub fn read_date(text: &str) -> Option<Date> {
    match date_parts(text.trim())? {
        (Shape::Iso, year, month, day) => Date::new(year, month, day).ok(),
        (Shape::DayFirst, ..) => None,
    }
}

/// How a date was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// `YYYY-MM-DD`, as the case file writes it.
    Iso,
    /// `dd.mm.yyyy`, as people write a date in Kazakh and Russian: the day and the month of one or
    /// two digits, a dot, slash, hyphen or space between the parts, the year of four digits.
    DayFirst,
}

/// The year, month and day of a date written in either [`Shape`], not yet known to be a day.
fn date_parts(text: &str) -> Option<(Shape, i16, i8, i8)> {
    let b = text.as_bytes();
    let iso = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if iso {
        let num = |r: core::ops::Range<usize>| number(b.get(r).unwrap_or_default());
        return Some((Shape::Iso, num(0..4), num(5..7) as i8, num(8..10) as i8));
    }
    let mut parts = text
        .split(['.', '/', '-', ' '])
        .filter(|p| !p.is_empty())
        .map(str::as_bytes);
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let fits = |p: &[u8], len: core::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.iter().all(u8::is_ascii_digit)
    };
    if parts.next().is_some() || !fits(day, 1..=2) || !fits(month, 1..=2) || !fits(year, 4..=4) {
        return None;
    }
    Some((
        Shape::DayFirst,
        number(year),
        number(month) as i8,
        number(day) as i8,
    ))
}

/// The number written by at most four ASCII digits.
fn number(digits: &[u8]) -> i16 {
    digits
        .iter()
        .fold(0i16, |n, c| n * 10 + i16::from(c.wrapping_sub(b'0') % 10))
}

/// The date a person typed into a form's date field: `dd.mm.yyyy` as people write it (see
/// [`parse_date`]), eight digits `ddmmyyyy` (a phone's number pad may have no dot), or the case
/// file's `YYYY-MM-DD`; `None` unless the text is a whole real date.
///
/// ```
/// use dayarlyq_rules::{moment::read_typed_date, Date};
///
/// let day = Some(Date::constant(2007, 3, 15));
/// for typed in ["15.03.2007", "15.3.2007", "15/03/2007", "15 03 2007", "15032007", "2007-03-15"] {
///     assert_eq!(read_typed_date(typed), day, "{typed}");
/// }
/// for typed in ["31.02.2007", "00.00.0000", "15.03.07", "15.03", "2007"] {
///     assert_eq!(read_typed_date(typed), None, "{typed}");
/// }
/// ```
pub fn read_typed_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let b = text.as_bytes();
    let (year, month, day) = match date_parts(text) {
        Some((_, year, month, day)) => (year, month, day),
        None if b.len() == 8 && b.iter().all(u8::is_ascii_digit) => {
            let num = |r: core::ops::Range<usize>| number(b.get(r).unwrap_or_default());
            (num(4..8), num(2..4) as i8, num(0..2) as i8)
        }
        None => return None,
    };
    Date::new(year, month, day).ok()
}

/// What a form's date field keeps in the case file of the text typed into it: the date as the
/// case file writes it (`YYYY-MM-DD`) when the text is a whole real date ([`read_typed_date`]),
/// else the text as typed, so that nothing typed is lost and [`parse_date`] says, at the field,
/// what is wrong with it.
///
/// ```
/// use dayarlyq_rules::moment::date_from_form;
///
/// assert_eq!(date_from_form("15.03.2007"), "2007-03-15");
/// assert_eq!(date_from_form("31.02.2007"), "31.02.2007");
/// ```
pub fn date_from_form(typed: &str) -> String {
    match read_typed_date(typed) {
        Some(date) => date.to_string(),
        None => typed.to_owned(),
    }
}

/// How a form's date field shows a date of the case file: `dd.mm.yyyy` for `YYYY-MM-DD`, anything
/// else as it is.
///
/// ```
/// use dayarlyq_rules::moment::date_for_form;
///
/// assert_eq!(date_for_form("2007-03-15"), "15.03.2007");
/// assert_eq!(date_for_form("31.02.2007"), "31.02.2007");
/// ```
pub fn date_for_form(kept: &str) -> String {
    match parse_date("", kept) {
        Ok(date) => Dmy(date).to_string(),
        Err(_) => kept.to_owned(),
    }
}

/// The moment a person typed into a form's date-and-time field: a date as [`read_typed_date`]
/// reads it, then a space (a comma, or `T`), then the time `HH:MM` (the hour may have one digit,
/// and a dot may stand for the colon); `None` unless the text is a whole real moment.
///
/// ```
/// use dayarlyq_rules::moment::read_typed_moment;
///
/// let moment = read_typed_moment("20.03.2026 19:30").unwrap();
/// assert_eq!(moment.to_string(), "2026-03-20T19:30:00+05:00");
/// for typed in ["20.03.2026, 19.30", "2026-03-20T19:30", "20032026 19:30"] {
///     assert_eq!(read_typed_moment(typed), Some(moment), "{typed}");
/// }
/// for typed in ["31.02.2026 19:30", "20.03.2026 24:00", "20.03.2026", "20.03.2026 1930"] {
///     assert_eq!(read_typed_moment(typed), None, "{typed}");
/// }
/// ```
pub fn read_typed_moment(text: &str) -> Option<Moment> {
    let (date, time) = text.trim().rsplit_once([' ', ',', 'T', 't'])?;
    let date = read_typed_date(date.trim_end_matches([' ', ',']))?;
    let (hour, minute) = time.split_once([':', '.'])?;
    let fits = |p: &str, len: core::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
    };
    if !fits(hour, 1..=2) || !fits(minute, 2..=2) {
        return None;
    }
    let time = Time::new(
        number(hour.as_bytes()) as i8,
        number(minute.as_bytes()) as i8,
        0,
        0,
    )
    .ok()?;
    Some(Moment::local(date.to_datetime(time)))
}

/// What a form's date-and-time field keeps in the case file of the text typed into it:
/// `YYYY-MM-DDTHH:MM` when the text is a whole real moment ([`read_typed_moment`]), else the text
/// as typed (an offset, `…+06:00`, is kept so and read by [`Moment::parse`]).
///
/// ```
/// use dayarlyq_rules::moment::moment_from_form;
///
/// assert_eq!(moment_from_form("20.03.2026 19:30"), "2026-03-20T19:30");
/// assert_eq!(moment_from_form("20.03.2026 25:00"), "20.03.2026 25:00");
/// ```
pub fn moment_from_form(typed: &str) -> String {
    match read_typed_moment(typed) {
        Some(moment) => {
            let (date, time) = (moment.date(), moment.time());
            format!("{date}T{:02}:{:02}", time.hour(), time.minute())
        }
        None => typed.to_owned(),
    }
}

/// How a form's date-and-time field shows a moment of the case file: `dd.mm.yyyy HH:MM` for
/// `YYYY-MM-DDTHH:MM`, anything else (seconds, an offset, what does not read) as it is.
///
/// ```
/// use dayarlyq_rules::moment::moment_for_form;
///
/// assert_eq!(moment_for_form("2026-03-20T19:30"), "20.03.2026 19:30");
/// assert_eq!(moment_for_form("2026-03-20T19:30+06:00"), "2026-03-20T19:30+06:00");
/// ```
pub fn moment_for_form(kept: &str) -> String {
    let simple = kept.len() == 16
        && kept
            .get(10..11)
            .is_some_and(|t| t.eq_ignore_ascii_case("t"));
    match Moment::parse("", kept) {
        Ok(moment) if simple => {
            let time = moment.time();
            format!(
                "{} {:02}:{:02}",
                Dmy(moment.date()),
                time.hour(),
                time.minute()
            )
        }
        _ => kept.to_owned(),
    }
}

/// A date that is not written `YYYY-MM-DD`; `typed` is the real day it says written day first,
/// shown in the message as the case file writes it.
fn date_format_error(field: &'static str, typed: Option<Date>) -> FieldError {
    let label = field_label(field);
    let example = typed.unwrap_or(Date::constant(2026, 3, 18));
    FieldError::new(
        field,
        ErrorCode::Format,
        Localized::new(
            format!(
                "{} ЖЖЖЖ-АА-КК түрінде болуы керек, мысалы, {example}.",
                label.kk
            ),
            format!(
                "{} должна быть в виде ГГГГ-ММ-ДД, например {example}.",
                label.ru
            ),
        ),
    )
}

/// A moment that is not written `YYYY-MM-DDTHH:MM[:SS][offset]`; `typed` is the real moment it
/// says written day first, shown in the message as the case file writes it.
fn moment_format_error(field: &'static str, typed: Option<DateTime>) -> FieldError {
    let label = field_label(field);
    let example = typed.unwrap_or(jiff::civil::datetime(2026, 3, 20, 19, 30, 0, 0));
    let example = format!(
        "{}T{:02}:{:02}",
        example.date(),
        example.hour(),
        example.minute()
    );
    FieldError::new(
        field,
        ErrorCode::Format,
        Localized::new(
            format!(
                "{} ЖЖЖЖ-АА-ККTСС:ММ түрінде (Қазақстан уақытымен, UTC+5; уақыт белдеуімен де болады) болуы керек, мысалы, {example}.",
                label.kk
            ),
            format!(
                "{} должны быть в виде ГГГГ-ММ-ДДTЧЧ:ММ (время Казахстана, UTC+5; можно со смещением), например {example}.",
                label.ru
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
