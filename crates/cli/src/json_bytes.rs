//! `check --jsonl` writes its lines with sonic-rs (SIMD string scanning: a verdict is mostly long
//! Kazakh and Russian explanations, where serde_json's byte-by-byte escaping was the bottleneck).
//! These tests hold sonic-rs to serde_json's bytes — the output of `check` and `check --jsonl` is
//! the same JSON, escapes included — for every kind of string and for real verdicts.

use std::collections::BTreeMap;

use dayarlyq_rules::Date;
use dayarlyq_rules::applicant::Applicant;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::eligibility::assess;
use dayarlyq_rules::input::{ErrorCode, FieldError};
use dayarlyq_rules::moment::Moment;
use dayarlyq_rules::person::{Education, Fitness, Sex, Status};
use dayarlyq_rules::text::Localized;
use serde::Serialize;

use crate::check::Compact;

fn same<T: ?Sized + Serialize>(value: &T) {
    let mut ours = Vec::new();
    sonic_rs::to_writer(&mut ours, value).unwrap();
    let theirs = serde_json::to_vec(value).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&ours),
        String::from_utf8_lossy(&theirs)
    );
}

#[test]
fn strings_are_escaped_as_serde_json_escapes_them() {
    // Every byte that needs escaping, at every place of short and long strings (the two
    // paths of `needs_escape`), among Kazakh and Russian letters.
    let specials: Vec<char> = (0u8..0x20)
        .map(char::from)
        .chain(['"', '\\', '\u{7f}'])
        .collect();
    for len in [0usize, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 100] {
        for at in 0..len.max(1) {
            for &c in &specials {
                let mut s: String = "әқ-ru-ж".chars().cycle().take(len).collect();
                if len > 0 {
                    let i = s.char_indices().nth(at).map_or(s.len(), |(i, _)| i);
                    s.insert(i, c);
                }
                same(&s);
                same(&c);
                let mut map = BTreeMap::new();
                map.insert(s.clone(), s.len());
                same(&map);
            }
        }
    }
    same("«тырнақша» \"quotes\" \\ / \u{2028} 🙂");
}

#[test]
fn the_data_model_is_written_as_serde_json_writes_it() {
    #[derive(Serialize)]
    enum E {
        Unit,
        Newtype(u8),
        Tuple(i8, i64),
        Struct { a: Option<u32>, b: () },
    }
    #[derive(Serialize)]
    struct Wrapper(String);
    #[derive(Serialize)]
    struct Point(i16, u16);
    same(&(
        true,
        false,
        i8::MIN,
        i16::MIN,
        i32::MIN,
        i64::MIN,
        u8::MAX,
        u16::MAX,
    ));
    same(&(
        u32::MAX,
        u64::MAX,
        i128::MIN,
        u128::MAX,
        0u64,
        -1i64,
        10u8,
        100u16,
    ));
    same(&(0.1f64, -2.5e300f64, f64::NAN, f64::INFINITY, 1.5f32, 0.0f32));
    same(&vec![
        E::Unit,
        E::Newtype(7),
        E::Tuple(-1, 2),
        E::Struct { a: Some(3), b: () },
    ]);
    same(&E::Struct { a: None, b: () });
    same(&(
        Wrapper("x\ny".into()),
        Point(-3, 4),
        (),
        Option::<u8>::None,
        'é',
    ));
    same(&Vec::<u8>::new());
    same(&serde_bytes_like());
    let mut keys = BTreeMap::new();
    keys.insert(10u32, "ten");
    keys.insert(2u32, "two");
    same(&keys);
    let mut bools = BTreeMap::new();
    bools.insert(true, 1);
    same(&bools);
    same(&serde_json::json!({"a": [1, 2.5, null, "x\u{1}"], "b": {"c": false}, "": -0.0}));
}

/// `check --jsonl`'s hand-written verdict (`verdict_json`) against serde_json's bytes.
fn by_hand(verdict: &dayarlyq_rules::eligibility::Verdict) {
    let mut ours = Vec::new();
    crate::verdict_json::write(&mut ours, verdict).unwrap();
    let theirs = serde_json::to_vec(verdict).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&ours),
        String::from_utf8_lossy(&theirs)
    );
}

fn serde_bytes_like() -> impl Serialize {
    struct Bytes;
    impl Serialize for Bytes {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(&[0, 1, 255])
        }
    }
    Bytes
}

#[test]
fn verdicts_are_written_as_serde_json_writes_them() {
    // Every status, fitness, education and sex; with and without deferment, a medical
    // conclusion and a submission (working hours, evening, weekend); ages around the limits
    // of p. 10, 19 and 21; judged in years the calendar knows fully, in part, and not at all.
    let cal = WorkingCalendar::kazakhstan();
    let (statuses, fitness, education) = (Status::ALL, Fitness::ALL, Education::ALL);
    let births = [
        "2008-12-01",
        "2008-02-29",
        "2002-06-15",
        "2000-06-16",
        "1999-01-01",
        "1980-05-05",
    ];
    let as_ofs = ["2026-06-15", "2025-01-02", "2027-03-08", "2031-12-31"];
    let cards = [
        None,
        Some("2026-06-01"),
        Some("2026-06-15"),
        Some("2024-12-20"),
    ];
    let sent = [
        None,
        Some("2026-06-12T19:30"),
        Some("2026-06-13T10:00"),
        Some("2026-06-15T08:59:59+06:00"),
    ];
    let mut n = 0;
    for (i, status) in statuses.into_iter().enumerate() {
        for (j, fitness) in fitness.into_iter().enumerate() {
            for (k, education) in education.into_iter().enumerate() {
                for (m, birth) in births.into_iter().enumerate() {
                    let pick = i + j + k + m;
                    let applicant = Applicant {
                        birth_date: birth.parse().unwrap(),
                        sex: if pick % 5 == 0 {
                            Sex::Female
                        } else {
                            Sex::Male
                        },
                        status,
                        fitness,
                        education,
                        deferment: pick % 3 == 0,
                        medical_conclusion: cards[pick % 4].map(|d| d.parse().unwrap()),
                        submitted_at: sent[(pick / 2) % 4]
                            .map(|s| Moment::parse("submitted_at", s).unwrap()),
                        iin: None,
                    };
                    let as_of: Date = as_ofs[(pick / 3) % 4].parse().unwrap();
                    let verdict = assess(&applicant, as_of, &cal).unwrap();
                    same(&verdict);
                    same(&Compact(&verdict));
                    by_hand(&verdict);
                    n += 1;
                }
            }
        }
    }
    assert_eq!(n, 3 * 6 * 6 * 6);
    let error = FieldError::new(
        Place::Sex.path(),
        ErrorCode::UnknownValue,
        Localized::new("«x\"y»", "a\\b\tc"),
    );
    same(&serde_json::json!({"line": 3, "errors": [error]}));
}
