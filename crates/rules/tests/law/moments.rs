//! Moments and dates as typed: the moment an application is sent, from which app. 7 item 7
//! counts the day of acceptance, in Kazakhstan time (UTC+5) or with an offset; dates
//! `YYYY-MM-DD`.

use super::*;

#[test]
fn parsing() {
    let rows = [
        ("2026-03-20T19:30", "2026-03-20T19:30:00+05:00"),
        ("2026-03-20T19:30:15", "2026-03-20T19:30:15+05:00"),
        ("2026-03-20T14:30:00Z", "2026-03-20T19:30:00+05:00"),
        ("2026-03-20T20:30:00+06:00", "2026-03-20T19:30:00+05:00"),
        ("2026-03-20T17:30+0300", "2026-03-20T19:30:00+05:00"),
        ("2026-03-20T19:30:00.123+05:00", "2026-03-20T19:30:00+05:00"),
        ("2026-03-20T23:30:00+00:00", "2026-03-21T04:30:00+05:00"), // crosses midnight
    ];
    for (text, shown) in rows {
        assert_eq!(at(text).to_string(), shown, "{text}");
    }
    let bad = [
        ("", "format"),
        ("2026-03-20", "format"),
        ("2026-03-20T1930", "format"),
        ("20.03.2026 19:30", "format"),
        ("2026-03-20T19:30+5", "format"),
        ("2026-02-30T10:00", "not_a_date"),
        ("2026-03-20T24:00", "not_a_time"),
        ("2026-03-20T19:60", "not_a_time"),
        ("2026-03-20T19:30:00+25:00", "out_of_range"),
        // Written day first, as a form's field takes it: a real moment is the case file's only
        // written `YYYY-MM-DDTHH:MM`; one that is no moment says what is wrong with it.
        ("31.02.2026 10:00", "not_a_date"),
        ("00.00.0000 10:00", "not_a_date"),
        ("20.03.2026 25:00", "not_a_time"),
        ("20.03.2026 19:30+06:00", "format"),
    ];
    for (text, code) in bad {
        let e = Moment::parse("applicant.submitted_at", text).unwrap_err();
        assert_eq!(
            (e.field, e.code.code()),
            ("applicant.submitted_at", code),
            "{text:?}"
        );
    }
    assert_eq!(parse_date("as_of", "2024-02-29"), Ok(d("2024-02-29")));
    for (text, code) in [
        ("2025-02-29", "not_a_date"),
        ("2025-2-1", "format"),
        ("2025-02-01T00:00", "format"),
        // Written day first: a day that does not exist is none in either shape; a real one is
        // refused for its shape.
        ("31.02.2007", "not_a_date"),
        ("00.00.0000", "not_a_date"),
        ("31/04/2026", "not_a_date"),
        ("15.03.2007", "format"),
        ("15.03.07", "format"),
        ("15032007", "format"),
    ] {
        assert_eq!(parse_date("as_of", text).unwrap_err().code, code, "{text}");
    }
}
