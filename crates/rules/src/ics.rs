//! The procedure's dates as an iCalendar file (RFC 5545), for the person's own calendar app: one
//! all-day event per date. Folding long lines and escaping text are the `ics` crate's; this
//! module only says which events there are and how they are named.

use ics::parameters::Value;
use ics::properties::{Description, DtEnd, DtStart, Summary, Transp};
use ics::{Event, ICalendar, escape_text};
use jiff::Timestamp;
use jiff::tz::Offset;

use crate::Date;

/// The product that wrote the file (`PRODID`).
pub const PRODUCT_ID: &str = "-//Dayarlyq//Dayarlyq//KK";

/// One date of the procedure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayEvent {
    /// A stable name of the date (`decision_due`, …): with the date, it makes the event's UID,
    /// so that importing the file again updates the same events.
    pub key: &'static str,
    pub date: Date,
    pub summary: String,
    pub description: String,
}

/// `events` as an iCalendar file made at `stamp`, lines ending in CRLF.
///
/// ```
/// use dayarlyq_rules::{Date, ics::{calendar, DayEvent}};
///
/// let event = DayEvent {
///     key: "training_start",
///     date: Date::constant(2026, 5, 4),
///     summary: "Оқудың басталуы".into(),
///     description: "Қағидалардың 44-тармағы".into(),
/// };
/// let text = calendar(&[event], jiff::Timestamp::UNIX_EPOCH);
/// assert!(text.contains("DTSTART;VALUE=DATE:20260504\r\n"));
/// assert!(text.contains("UID:training_start-20260504@dayarlyq\r\n"));
/// ```
pub fn calendar(events: &[DayEvent], stamp: Timestamp) -> String {
    let stamp = utc_stamp(stamp);
    let mut cal = ICalendar::new("2.0", PRODUCT_ID);
    for e in events {
        let day = basic_date(e.date);
        let mut event = Event::new(format!("{}-{day}@dayarlyq", e.key), stamp.clone());
        let mut start = DtStart::new(day);
        start.add(Value::DATE);
        event.push(start);
        // An all-day event ends on the next day (exclusive); without DTEND it lasts one day too.
        if let Ok(next) = e.date.tomorrow() {
            let mut end = DtEnd::new(basic_date(next));
            end.add(Value::DATE);
            event.push(end);
        }
        event.push(Summary::new(escape_text(e.summary.clone())));
        event.push(Description::new(escape_text(e.description.clone())));
        event.push(Transp::transparent());
        cal.add_event(event);
    }
    cal.to_string()
}

/// `20260504`.
fn basic_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `20260320T143000Z`.
fn utc_stamp(t: Timestamp) -> String {
    let d = Offset::UTC.to_datetime(t);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.year(),
        d.month(),
        d.day(),
        d.hour(),
        d.minute(),
        d.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(key: &'static str, date: Date, summary: &str, description: &str) -> DayEvent {
        DayEvent {
            key,
            date,
            summary: summary.to_owned(),
            description: description.to_owned(),
        }
    }

    fn stamp() -> Timestamp {
        // 2026-03-20 19:30 in Kazakhstan (UTC+5).
        Timestamp::from_second(1_774_017_000).unwrap_or(Timestamp::UNIX_EPOCH)
    }

    #[test]
    fn a_calendar_of_all_day_events() {
        let text = calendar(
            &[
                event(
                    "decision_due",
                    Date::constant(2026, 3, 26),
                    "Нәтиже",
                    "21-тармақ",
                ),
                event(
                    "training_start",
                    Date::constant(2026, 12, 31),
                    "Оқу",
                    "44-тармақ",
                ),
            ],
            stamp(),
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), 2);
        assert!(text.contains("DTSTAMP:20260320T143000Z\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20260326\r\nDTEND;VALUE=DATE:20260327\r\n"));
        // The year turns.
        assert!(text.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(text.contains("UID:decision_due-20260326@dayarlyq\r\n"));
        // Every line ends in CRLF: no bare LF.
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    }

    #[test]
    fn text_is_escaped_and_long_lines_are_folded_between_characters() {
        let long = "Өтеулі негізде: медициналық куәландыру картасы қорытынды алынған сәттен бастап 10 жұмыс күні ішінде жарамды; портал, ЖӘБО.";
        let text = calendar(
            &[event(
                "payment_deadline",
                Date::constant(2026, 4, 8),
                "a, b; c\\d",
                long,
            )],
            stamp(),
        );
        assert!(text.contains("SUMMARY:a\\, b\\; c\\\\d\r\n"));
        for line in text.split("\r\n") {
            // 75 octets, and the leading space of a continuation line.
            assert!(line.len() <= 76, "{} octets: {line}", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        let escaped = long.replace(';', "\\;").replace(',', "\\,");
        assert!(unfolded.contains(&format!("DESCRIPTION:{escaped}\r\n")));
    }
}
