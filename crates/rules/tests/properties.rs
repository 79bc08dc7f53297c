//! Properties of the whole engine over generated applicants, days and moments (proptest):
//! - the verdict does not depend on the language its explanations are written in: every decision
//!   (eligible, passed, ids, citations, dates) is the same whichever language is rendered, the
//!   explanations say the same dates in Kazakh and Russian, and differ in wording;
//! - every date the engine returns is a well-formed `YYYY-MM-DD`, and every date it counted in
//!   working days lies in a year the calendar's data covers fully, or the result warns about that
//!   year (`calendar_coverage`);
//! - a form's date and date-and-time fields keep every text typed: a real day comes back as the
//!   person wrote it (`dd.mm.yyyy`), anything else as typed (`form_fields_keep_what_was_typed`);
//! - and regressions found by the fuzz targets (`fuzz/`).
//!
//! Native only: proptest is not built for wasm.
#![cfg(not(target_arch = "wasm32"))]

use dayarlyq_rules::Date;
use dayarlyq_rules::applicant::Applicant;
use dayarlyq_rules::calendar::{Coverage, WorkingCalendar};
use dayarlyq_rules::eligibility::{TrackVerdict, Verdict, assess};
use dayarlyq_rules::finding::{Finding, Warning};
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::moment::{
    Moment, date_for_form, date_from_form, moment_for_form, moment_from_form, parse_date,
    read_typed_date,
};
use dayarlyq_rules::person::{Education, Fitness, Sex, Status};
use dayarlyq_rules::text::Lang;
use dayarlyq_rules::timeline::{free_timeline, paid_timeline};
use jiff::civil::Time;
use proptest::prelude::*;
use proptest::sample::select;

const KZ: WorkingCalendar = WorkingCalendar::kazakhstan();

fn day(days_from_2000: i32) -> Date {
    Date::constant(2000, 1, 1)
        .checked_add(jiff::Span::new().days(days_from_2000))
        .unwrap()
}

/// A day of the years `from..to`.
fn date_in(from: i16, to: i16) -> impl Strategy<Value = Date> {
    let first = (i32::from(from) - 2000) * 366;
    let last = (i32::from(to) - 2000) * 365;
    (first..last).prop_map(day)
}

fn moment_on(date: Date, minutes: i32) -> Moment {
    let time = Time::new((minutes / 60) as i8, (minutes % 60) as i8, 0, 0).unwrap();
    Moment::local(date.to_datetime(time))
}

/// An applicant judged on `as_of` (2023–2028: years the calendar covers fully, in part, and not
/// at all): every status, fitness and education, ages from 10 to 50, a medical conclusion and a
/// submission around `as_of` or none.
fn case() -> impl Strategy<Value = (Applicant, Date)> {
    let enums = (
        select(Status::ALL.to_vec()),
        select(Fitness::ALL.to_vec()),
        select(Education::ALL.to_vec()),
        select(vec![Sex::Male, Sex::Male, Sex::Female]),
        any::<bool>(),
    );
    let when = (
        date_in(2023, 2029),
        10 * 365..50 * 365i32,
        proptest::option::of(-5..40i32),
        proptest::option::of((0..12i32, 0..1440i32)),
    );
    (enums, when).prop_map(
        |((status, fitness, education, sex, deferment), (as_of, age_days, card, sent))| {
            let back = |n: i32| as_of.checked_sub(jiff::Span::new().days(n)).unwrap();
            let applicant = Applicant {
                birth_date: back(age_days),
                sex,
                status,
                fitness,
                education,
                deferment,
                medical_conclusion: card.map(back),
                submitted_at: sent.map(|(days, minutes)| moment_on(back(days), minutes)),
                iin: None,
            };
            (applicant, as_of)
        },
    )
}

/// What a track decided, without words.
fn track_decisions(t: &TrackVerdict) -> String {
    let checks: Vec<String> = t
        .checks
        .iter()
        .map(|c| format!("{}:{}:{}", c.id.code(), c.passed, c.cite))
        .collect();
    let warnings: Vec<String> = t.warnings.iter().map(warning_decision).collect();
    format!(
        "{:?} eligible={} consent={} from={:?} until={:?} checks={checks:?} warnings={warnings:?}",
        t.track, t.eligible, t.needs_guardian_consent, t.eligible_from, t.eligible_until
    )
}

fn warning_decision(w: &Warning) -> String {
    format!("{}:{:?}", w.id.code(), w.cite.map(|c| c.to_string()))
}

/// Every decision of the verdict, and every explanation written in `lang`.
fn view(v: &Verdict, lang: Lang) -> (String, Vec<String>) {
    let decisions = format!(
        "as_of={} age={:?} free=[{}] paid=[{}] card={:?} acceptance={:?} warnings={:?}",
        v.as_of,
        v.age,
        track_decisions(&v.free),
        track_decisions(&v.paid),
        v.medical_card,
        v.acceptance,
        v.warnings.iter().map(warning_decision).collect::<Vec<_>>(),
    );
    let checks = v
        .free
        .checks
        .iter()
        .chain(&v.paid.checks)
        .map(|c| c.text(lang).to_string());
    let warnings = v
        .free
        .warnings
        .iter()
        .chain(&v.paid.warnings)
        .chain(&v.warnings);
    let texts = checks
        .chain(warnings.map(|w| w.text(lang).to_string()))
        .collect();
    (decisions, texts)
}

/// The `dd.mm.yyyy` dates a text states, in order.
fn stated_dates(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let shape = |w: &[u8]| {
        w.iter().enumerate().all(|(i, c)| {
            if i == 2 || i == 5 {
                *c == b'.'
            } else {
                c.is_ascii_digit()
            }
        })
    };
    (0..b.len().saturating_sub(9))
        .filter(|&i| shape(&b[i..i + 10]))
        .filter_map(|i| text.get(i..i + 10))
        .collect()
}

/// `date` as the engine writes it (`YYYY-MM-DD`), read back by the engine's own reader.
fn well_formed(date: Date) -> bool {
    parse_date("date", &date.to_string()) == Ok(date)
}

/// The year of `date` is fully known to the calendar, or `warnings` say it is not.
fn covered_or_warned(date: Date, warnings: &[Warning]) -> bool {
    let year = date.year();
    KZ.coverage(year) == Coverage::Full
        || warnings
            .iter()
            .any(|w| w.finding == Finding::CalendarCoverage { year })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_verdict_does_not_depend_on_the_language((applicant, as_of) in case()) {
        // Judged twice, the explanations written in Kazakh after one and in Russian after the
        // other: the decisions are the same, and so is the verdict itself.
        let first = assess(&applicant, as_of, &KZ).unwrap();
        let (kk_decisions, kk) = view(&first, Lang::Kk);
        let second = assess(&applicant, as_of, &KZ).unwrap();
        let (ru_decisions, ru) = view(&second, Lang::Ru);
        prop_assert_eq!(&kk_decisions, &ru_decisions);
        prop_assert_eq!(&first, &second);
        prop_assert_eq!(kk.len(), ru.len());
        for (k, r) in kk.iter().zip(&ru) {
            prop_assert!(!k.is_empty() && !r.is_empty());
            prop_assert_ne!(k, r);
            // The same facts in both languages: the dates each explanation states.
            prop_assert_eq!(stated_dates(k), stated_dates(r), "{} / {}", k, r);
        }
        // The contract's JSON: the same texts under "explanation" and "explanation_ru".
        let json = serde_json::to_value(&first).unwrap();
        let first_check = &json["paid"]["checks"][0];
        let (kk0, ru0) = (first.paid.checks[0].text(Lang::Kk).to_string(), first.paid.checks[0].text(Lang::Ru).to_string());
        prop_assert_eq!(first_check["explanation"].as_str(), Some(kk0.as_str()));
        prop_assert_eq!(first_check["explanation_ru"].as_str(), Some(ru0.as_str()));
    }

    #[test]
    fn verdict_dates_are_well_formed_and_covered_or_warned((applicant, as_of) in case()) {
        let v = assess(&applicant, as_of, &KZ).unwrap();
        // The age windows (calendar months, no working days): well-formed.
        for t in [&v.free, &v.paid] {
            for d in [t.eligible_from, t.eligible_until].into_iter().flatten() {
                prop_assert!(well_formed(d), "{}", d);
            }
            if let (Some(from), Some(until)) = (t.eligible_from, t.eligible_until) {
                prop_assert!(from <= until);
            }
        }
        // Counted in working days: the card's last day, the acceptance and the decision.
        let mut counted = Vec::new();
        if let Some(card) = v.medical_card {
            counted.extend([card.conclusion, card.valid_through]);
            counted.extend(card.accepted_on);
        }
        if let Some(acc) = v.acceptance {
            counted.extend([acc.submitted_at.date(), acc.accepted_on, acc.decision_due]);
        }
        for d in counted {
            prop_assert!(well_formed(d), "{}", d);
            prop_assert!(covered_or_warned(d, &v.warnings), "{} without a coverage warning", d);
        }
    }

    #[test]
    fn timeline_dates_are_well_formed_and_covered_or_warned(
        sent in date_in(2022, 2030),
        minutes in 0..1440i32,
        start in date_in(2022, 2030),
    ) {
        let sent = moment_on(sent, minutes);
        let t = paid_timeline(sent, start, &KZ).unwrap();
        let warnings = t.warnings(&KZ);
        for (id, d) in t.dates() {
            prop_assert!(well_formed(d), "{} {}", id.code(), d);
            prop_assert!(covered_or_warned(d, &warnings), "{} {} without a coverage warning", id.code(), d);
        }
        let free = free_timeline(start).unwrap();
        for (id, d) in free.dates() {
            prop_assert!(well_formed(d), "{} {}", id.code(), d);
        }
    }

    #[test]
    fn dates_in_explanations_are_dd_mm_yyyy(days in -3_000_000..3_000_000i32) {
        // Every date jiff holds, negative years included.
        let Ok(d) = Date::constant(2000, 1, 1).checked_add(jiff::Span::new().days(days)) else {
            return Ok(());
        };
        prop_assert_eq!(Dmy(d).to_string(), format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year()));
    }

    #[test]
    fn a_moment_reads_back_from_what_it_shows(
        date in (0..3_652_000i32).prop_map(|n| Date::constant(0, 1, 1).checked_add(jiff::Span::new().days(n)).unwrap()),
        minutes in 0..1440i32,
        offset_minutes in -14 * 60..=14 * 60i32,
    ) {
        // Found by the fuzz target `moment`: 0000-01-01T00:00+14:00 was shown as
        // "-001-12-31T15:00:00+05:00", which nothing reads. Now every moment accepted shows as
        // text that reads back to it, and one before year 0 in Kazakhstan is out of range.
        let sign = if offset_minutes < 0 { '-' } else { '+' };
        let text = format!(
            "{}T{:02}:{:02}{sign}{:02}:{:02}",
            date,
            minutes / 60,
            minutes % 60,
            offset_minutes.abs() / 60,
            offset_minutes.abs() % 60
        );
        match Moment::parse("submitted_at", &text) {
            Ok(m) => {
                let shown = m.to_string();
                prop_assert_eq!(Moment::parse("submitted_at", &shown), Ok(m), "{} → {}", text, shown);
            }
            Err(e) => prop_assert_eq!(e.code, "out_of_range", "{}", text),
        }
    }
}

#[test]
fn a_moment_before_year_zero_in_kazakhstan_is_out_of_range() {
    // fuzz/artifacts/moment/crash-2e93a1ba…: "0000-01-01T00:00+14:00" was accepted and shown as
    // "-001-12-31T15:00:00+05:00". Kazakhstan time is UTC+5.
    let rows: [(&str, Result<&str, &str>); 4] = [
        ("0000-01-01T00:00+14:00", Err("out_of_range")),
        ("0000-01-01T04:59:59+10:00", Err("out_of_range")),
        ("0000-01-01T05:00+05:00", Ok("0000-01-01T05:00:00+05:00")),
        ("0000-01-01T00:00-00:01", Ok("0000-01-01T05:01:00+05:00")),
    ];
    for (text, expected) in rows {
        let got = Moment::parse("submitted_at", text)
            .map(|m| m.to_string())
            .map_err(|e| e.code.code());
        assert_eq!(got, expected.map(str::to_owned), "{text}");
    }
}

#[test]
fn a_span_of_thousands_of_years_warns_once_a_year() {
    // fuzz/artifacts/case_file/timeout-3b513dcf…: submitted in 9004 for an intake in 2026. The
    // coverage warnings were looked up one by one against all before them (quadratic: seconds).
    // Now: one warning for each year from 2026 to 9004 the calendar does not fully know.
    let sent = Moment::parse("submitted_at", "9004-03-20T19:30").unwrap();
    let t = paid_timeline(sent, Date::constant(2026, 5, 4), &KZ).unwrap();
    let years: Vec<i16> = t
        .warnings(&KZ)
        .iter()
        .filter_map(|w| match w.finding {
            Finding::CalendarCoverage { year } => Some(year),
            _ => None,
        })
        .collect();
    let expected: Vec<i16> = (2026..=9004)
        .filter(|y| KZ.coverage(*y) != Coverage::Full)
        .collect();
    assert_eq!(years, expected);
}

#[test]
fn a_moment_at_the_end_of_year_9999_reads_back() {
    // fuzz/artifacts/moment/crash-8d6cf93c…: "9999-12-31T23:59:59.123" was accepted and shown
    // as "9999-12-31T23:59:59+05:00", which was then out of range (converted through UTC, whose
    // range ends on 9999-12-30). Kazakhstan time is UTC+5.
    let rows: [(&str, Result<&str, &str>); 4] = [
        ("9999-12-31T23:59:59.123", Ok("9999-12-31T23:59:59+05:00")),
        ("9999-12-31T23:59:59+05:00", Ok("9999-12-31T23:59:59+05:00")),
        ("9999-12-31T18:59:59Z", Ok("9999-12-31T23:59:59+05:00")),
        ("9999-12-31T19:00Z", Err("out_of_range")),
    ];
    for (text, expected) in rows {
        let got = Moment::parse("submitted_at", text)
            .map(|m| m.to_string())
            .map_err(|e| e.code.code());
        assert_eq!(got, expected.map(str::to_owned), "{text}");
    }
}

/// A case file with any of its places filled, built through its JSON format (so the test does
/// not use the flat entries it checks).
fn any_case_file() -> impl Strategy<Value = dayarlyq_rules::case_file::CaseFile> {
    use dayarlyq_rules::case_file::Place;
    let text = proptest::option::of("[a-zA-Zа-яәғқңөұүһі0-9 <>&\"'\n-]{0,12}");
    (
        proptest::collection::vec(text, Place::ALL.len()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<u32>()),
        proptest::option::of(any::<u64>()),
        proptest::collection::vec("[a-zа-я ]{0,8}", 0..3),
    )
        .prop_map(|(texts, deferment, queue, fee, attachments)| {
            let mut json = serde_json::json!({});
            for (place, value) in Place::ALL.iter().zip(texts) {
                let path = place.path();
                let value = match path {
                    "applicant.deferment" => deferment.map(serde_json::Value::from),
                    "notice.queue_number" => queue.map(serde_json::Value::from),
                    "notice.fee_tenge" => fee.map(serde_json::Value::from),
                    "application.attachments" => Some(serde_json::Value::from(attachments.clone())),
                    _ => value.map(serde_json::Value::from),
                };
                if let Some(value) = value {
                    match path.split_once('.') {
                        Some((part, member)) => json[part][member] = value,
                        None => json[path] = value,
                    }
                }
            }
            serde_json::from_value(json).unwrap()
        })
}

proptest! {
    // The flat entries the web app's two modules exchange give back the very same case.
    #[test]
    fn a_case_file_reads_back_from_its_entries(case in any_case_file()) {
        use dayarlyq_rules::case_file::CaseFile;
        let entries = case.entries();
        let back = CaseFile::from_entries(entries.iter().map(|(p, v)| (*p, v.as_str())));
        prop_assert_eq!(back, case);
    }
}

proptest! {
    #[test]
    fn form_fields_keep_what_was_typed(
        date in (0i16..=9999, 1i8..=12, 1i8..=31).prop_map(|(y, m, d)| {
            Date::new(y, m, d.min(Date::constant(y, m, 1).days_in_month())).unwrap()
        }),
        hour in 0i8..24,
        minute in 0i8..60,
        text in "\\PC{0,24}",
    ) {
        // A real day typed as people write it is kept as the case file writes it, and shown again
        // as it was typed.
        let typed = Dmy(date).to_string();
        let kept = date_from_form(&typed);
        prop_assert_eq!(parse_date("date", &kept), Ok(date));
        prop_assert_eq!(date_for_form(&kept), typed.clone());
        prop_assert_eq!(read_typed_date(&typed.replace('.', "")), Some(date));
        let typed = format!("{typed} {hour:02}:{minute:02}");
        let kept = moment_from_form(&typed);
        let moment = Moment::parse("submitted_at", &kept);
        prop_assert_eq!(moment.map(|m| (m.date(), m.time().hour(), m.time().minute())), Ok((date, hour, minute)));
        prop_assert_eq!(moment_for_form(&kept), typed);
        // Any other text is kept as typed, to be said wrong at its field.
        for kept in [date_from_form(&text), moment_from_form(&text)] {
            prop_assert!(kept == text || parse_date("date", kept.get(..10).unwrap_or_default()).is_ok(), "{:?} → {:?}", text, kept);
        }
        if read_typed_date(&text).is_none() {
            prop_assert_eq!(date_from_form(&text), text.clone());
        }
    }
}
