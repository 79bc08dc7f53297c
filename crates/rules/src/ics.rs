//! The procedure's dates as an iCalendar file (RFC 5545), for the person's own calendar app: one
//! all-day event per date, with reminders before the person's own deadlines. The content lines
//! are written and folded at 75 octets (§3.1) by `ical_vcard`; this module says which lines there
//! are, and escapes text values (§3.3.11).

use ical_vcard::{Contentline, Writer};
use jiff::Timestamp;
use jiff::tz::Offset;

use crate::Date;
use crate::text::Lang;

/// The product that wrote the file (`PRODID`), in the file's language.
pub const fn product_id(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "-//Dayarlyq//Dayarlyq//KK",
        Lang::Ru => "-//Dayarlyq//Dayarlyq//RU",
    }
}

/// The reminders of a deadline: the day before at 9:00, when the provider's working day begins,
/// and the day itself at 16:00, two hours before it ends at 18:00 (app. 7 item 7). An all-day
/// event starts at 00:00 of its day, which the triggers are counted from.
pub const REMINDERS: [&str; 2] = ["-PT15H", "PT16H"];

/// One date of the procedure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayEvent {
    /// A stable name of the date (`decision_due`, …): with the date, it makes the event's UID,
    /// so that importing the file again updates the same events.
    pub key: &'static str,
    pub date: Date,
    pub summary: String,
    pub description: String,
    /// A deadline of the person's own: with [`REMINDERS`].
    pub remind: bool,
}

/// `events` as an iCalendar file in `lang` made at `stamp`, lines ending in CRLF and folded at 75
/// octets.
///
/// ```
/// use dayarlyq_rules::{Date, ics::{calendar, DayEvent}, text::Lang};
///
/// let event = DayEvent {
///     key: "training_start",
///     date: Date::constant(2026, 5, 4),
///     summary: "Оқудың басталуы".into(),
///     description: "Қағидалардың 44-тармағы".into(),
///     remind: true,
/// };
/// let text = calendar(&[event], jiff::Timestamp::UNIX_EPOCH, Lang::Kk);
/// assert!(text.contains("DTSTART;VALUE=DATE:20260504\r\n"));
/// assert!(text.contains("UID:training_start-20260504@dayarlyq\r\n"));
/// assert!(text.contains("TRIGGER:-PT15H\r\n"));
/// ```
pub fn calendar(events: &[DayEvent], stamp: Timestamp, lang: Lang) -> String {
    let stamp = utc_stamp(stamp);
    let mut lines = vec![
        line("BEGIN", "VCALENDAR"),
        line("VERSION", "2.0"),
        line("PRODID", product_id(lang)),
        line("CALSCALE", "GREGORIAN"),
        line("METHOD", "PUBLISH"),
    ];
    for e in events {
        let day = basic_date(e.date);
        lines.extend([
            line("BEGIN", "VEVENT"),
            line("UID", &format!("{}-{day}@dayarlyq", e.key)),
            line("DTSTAMP", &stamp),
            date_line("DTSTART", e.date),
            // An all-day event ends on the next day (exclusive).
            e.date
                .tomorrow()
                .ok()
                .and_then(|next| date_line("DTEND", next)),
            line("SUMMARY", &escape(&e.summary)),
            line("DESCRIPTION", &escape(&e.description)),
            line("TRANSP", "TRANSPARENT"),
        ]);
        if e.remind {
            for trigger in REMINDERS {
                lines.extend([
                    line("BEGIN", "VALARM"),
                    line("ACTION", "DISPLAY"),
                    line("DESCRIPTION", &escape(&e.summary)),
                    line("TRIGGER", trigger),
                    line("END", "VALARM"),
                ]);
            }
        }
        lines.push(line("END", "VEVENT"));
    }
    lines.push(line("END", "VCALENDAR"));
    let mut out = Vec::new();
    // Writing to memory cannot fail; a line that would not be valid was left out above.
    let _ = Writer::new(&mut out).write_all(lines.into_iter().flatten());
    String::from_utf8(out).unwrap_or_default()
}

/// A content line; `None` for a value no content line can hold (a control character).
fn line(name: &str, value: &str) -> Option<Contentline> {
    Contentline::try_new(name, value).ok()
}

fn date_line(name: &str, date: Date) -> Option<Contentline> {
    line(name, &basic_date(date))?
        .try_add_param("VALUE", ["DATE"])
        .ok()
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, a line break as `\n`;
/// other control characters, which no content line holds, dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
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
            remind: false,
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
            Lang::Ru,
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.contains("PRODID:-//Dayarlyq//Dayarlyq//RU\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), 2);
        assert_eq!(text.matches("BEGIN:VALARM\r\n").count(), 0);
        assert!(text.contains("DTSTAMP:20260320T143000Z\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20260326\r\nDTEND;VALUE=DATE:20260327\r\n"));
        // The year turns.
        assert!(text.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(text.contains("UID:decision_due-20260326@dayarlyq\r\n"));
        // Every line ends in CRLF: no bare LF.
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    }

    #[test]
    fn a_deadline_is_reminded_the_day_before_and_two_hours_before_the_day_ends() {
        let mut deadline = event(
            "payment_deadline",
            Date::constant(2026, 4, 8),
            "Төлем",
            "23",
        );
        deadline.remind = true;
        let text = calendar(&[deadline], stamp(), Lang::Kk);
        assert_eq!(
            text.matches("BEGIN:VALARM\r\nACTION:DISPLAY\r\n").count(),
            2
        );
        assert!(text.contains("TRIGGER:-PT15H\r\n") && text.contains("TRIGGER:PT16H\r\n"));
        assert!(text.contains("PRODID:-//Dayarlyq//Dayarlyq//KK\r\n"));
    }

    #[test]
    fn text_is_escaped_and_long_lines_are_folded_at_75_octets() {
        let long = "Өтеулі негізде: медициналық куәландыру картасы қорытынды алынған сәттен бастап 10 жұмыс күні ішінде жарамды; портал, ЖӘБО.\nЕкінші жол.";
        let text = calendar(
            &[event(
                "payment_deadline",
                Date::constant(2026, 4, 8),
                "a, b; c\\d",
                long,
            )],
            stamp(),
            Lang::Kk,
        );
        assert!(text.contains("SUMMARY:a\\, b\\; c\\\\d\r\n"));
        for line in text.split("\r\n") {
            // RFC 5545 §3.1: 75 octets, the leading space of a continuation line included.
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        let escaped = long
            .replace(';', "\\;")
            .replace(',', "\\,")
            .replace('\n', "\\n");
        assert!(unfolded.contains(&format!("DESCRIPTION:{escaped}\r\n")));
    }
}
