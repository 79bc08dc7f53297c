//! The real `dayarlyq` binary against `shared/contracts/CLI.md`, section by section: names, JSON
//! keys and exit codes; bad input exits 2 and never panics.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

#[path = "../../rules/tests/cases/harness.rs"]
mod harness;

use harness::{Outcome, Refusal, Row};

const EXAMPLE_CASE: &str = include_str!("../../rules/tests/data/example-case.json");

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dayarlyq"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // The command may exit before reading; a closed pipe is fine.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().unwrap()
}

fn code(o: &Output) -> i32 {
    o.status
        .code()
        .expect("exited by a signal (a panic with panic=abort?)")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

/// Exit 2, nothing on stdout, a message on stderr naming `field`, no panic.
fn rejected(o: &Output, field: &str) {
    assert_eq!(code(o), 2, "stdout: {} stderr: {}", stdout(o), stderr(o));
    assert!(stdout(o).is_empty(), "{}", stdout(o));
    let err = stderr(o);
    assert!(err.contains(field), "{field} not named in: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

mod calendar {
    use super::*;

    #[test]
    fn non_working_days_ascending() {
        let o = run(&["calendar", "2026"], b"");
        assert_eq!(code(&o), 0);
        let text = stdout(&o);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "ascending");
        // Weekends, New Year, Orthodox Christmas, Nauryz (21–25 March 2026 with the moves).
        for day in [
            "2026-01-01",
            "2026-01-02",
            "2026-01-03",
            "2026-01-07",
            "2026-03-21",
            "2026-03-23",
            "2026-03-25",
        ] {
            assert!(lines.contains(&day), "{day}");
        }
        assert!(!lines.contains(&"2026-03-26"));
        assert!(
            lines
                .iter()
                .all(|l| l.len() == 10 && l.starts_with("2026-"))
        );
    }

    #[test]
    fn working_sunday_of_2025() {
        // 5 January 2025 was a working Sunday (transfer), 3 January a day off.
        let text = stdout(&run(&["calendar", "2025"], b""));
        assert!(!text.lines().any(|l| l == "2025-01-05"));
        assert!(text.lines().any(|l| l == "2025-01-03"));
    }

    #[test]
    fn beyond_the_data_warns() {
        let o = run(&["calendar", "2040"], b"");
        assert_eq!(code(&o), 0);
        assert!(stdout(&o).lines().any(|l| l == "2040-01-01"));
        assert!(stderr(&o).contains("warning"), "{}", stderr(&o));
    }

    #[test]
    fn bad_years() {
        for year in [
            "0",
            "10000",
            "-1",
            "abc",
            "",
            "2026.5",
            "99999999999999999999",
        ] {
            rejected(&run(&["calendar", year], b""), "YEAR");
        }
        rejected(&run(&["calendar"], b""), "calendar");
        rejected(&run(&["calendar", "2026", "2027"], b""), "calendar");
    }
}

mod workdays {
    use super::*;

    #[test]
    fn after_and_before() {
        let rows = [
            ("2026-03-18", "10", "2026-04-06"), // p. 21: the example case's medical card
            ("2026-03-18", "0", "2026-03-18"),
            ("2026-05-04", "-12", "2026-04-15"), // p. 22: 12 working days before the start
            ("2024-12-27", "3", "2025-01-05"),   // the working Sunday of 5 January 2025
        ];
        for (date, n, expected) in rows {
            let o = run(&["workdays", date, n], b"");
            assert_eq!((code(&o), stdout(&o).trim()), (0, expected), "{date} {n}");
        }
    }

    #[test]
    fn bad_input() {
        rejected(&run(&["workdays", "2026-01-01", "99999999999"], b""), "N");
        rejected(&run(&["workdays", "2026-01-01", "2000000000"], b""), "N");
        rejected(&run(&["workdays", "2026-01-01", "-2147483648"], b""), "N");
        rejected(&run(&["workdays", "2026-01-01", "ten"], b""), "N");
        rejected(&run(&["workdays", "2026-02-30", "1"], b""), "DATE");
        rejected(&run(&["workdays", "01.01.2026", "1"], b""), "DATE");
        rejected(&run(&["workdays", "", ""], b""), "DATE");
        rejected(&run(&["workdays", "2026-01-01"], b""), "workdays");
    }
}

mod iin {
    use super::*;

    #[test]
    fn valid() {
        let o = run(&["iin", "921029350851"], b"");
        assert_eq!(code(&o), 0);
        let v = json(&o);
        assert_eq!(
            (&v["valid"], &v["birth_date"], &v["sex"]),
            (
                &Value::Bool(true),
                &Value::from("1992-10-29"),
                &Value::from("male")
            )
        );
    }

    #[test]
    fn invalid_exits_1_with_the_code() {
        let rows = [
            ("92102935085", "length"),
            ("92102935085x", "not_digits"),
            ("921029050851", "century"),
            ("920230350851", "date"),
            ("921029350852", "checksum"),
            ("", "length"),
        ];
        for (text, error) in rows {
            let o = run(&["iin", text], b"");
            assert_eq!(code(&o), 1, "{text}");
            let v = json(&o);
            assert_eq!(
                (&v["valid"], &v["error"]),
                (&Value::Bool(false), &Value::from(error)),
                "{text}"
            );
            assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()));
        }
        rejected(&run(&["iin"], b""), "iin");
    }

    #[test]
    fn spaces_and_hyphens_between_the_digits_are_not_part_of_the_number() {
        // The contract: «Spaces and hyphens around or between the digits, as people type and
        // paste numbers (`9210 2935 0851`), are not part of the number».
        for text in [
            "9210 2935 0851",
            "921029-350851",
            "9210-2935-0851",
            " 921029350851 ",
            "9210\u{a0}2935\u{a0}0851",
        ] {
            let o = run(&["iin", text], b"");
            assert_eq!(code(&o), 0, "{text:?}: {}", stdout(&o));
            let v = json(&o);
            assert_eq!(
                (&v["birth_date"], &v["sex"]),
                (&Value::from("1992-10-29"), &Value::from("male"))
            );
        }
        // Anything else between them is still refused, and the message names the field.
        let o = run(&["iin", "9210_2935_0851"], b"");
        assert_eq!(code(&o), 1);
        let v = json(&o);
        assert_eq!(v["error"], "not_digits");
        assert!(
            v["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("ЖСН") && m.contains("«_»"))
        );
        assert!(
            v["message_ru"]
                .as_str()
                .is_some_and(|m| m.starts_with("ИИН"))
        );
        let o = run(&["iin", "9210 2935 085"], b"");
        assert_eq!((code(&o), &json(&o)["error"]), (1, &Value::from("length")));
        // `check` reads an applicant's IIN the same way.
        let o = run(
            &["check"],
            br#"{"iin": "9210 2935 0851", "status": "reservist", "fitness": "fit",
                 "education": "higher", "as_of": "2026-06-15"}"#,
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(json(&o)["age"]["years"], 33);
    }
}

mod check {
    use super::*;

    fn applicant(extra: &str) -> String {
        format!(
            r#"{{"birth_date":"1992-10-29","sex":"male","status":"reservist","fitness":"fit","education":"higher"{extra}}}"#
        )
    }

    #[test]
    fn contract_keys() {
        let o = run(
            &["check", "-"],
            applicant(r#","as_of":"2026-03-20","medical_conclusion_date":"2026-03-18""#).as_bytes(),
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let v = json(&o);
        assert_eq!(v["as_of"], "2026-03-20");
        assert_eq!(
            (v["age"]["years"].as_u64(), v["age"]["months"].as_u64()),
            (Some(33), Some(4))
        );
        for track in ["free", "paid"] {
            for key in [
                "eligible",
                "eligible_from",
                "eligible_until",
                "checks",
                "warnings",
            ] {
                assert!(v[track].get(key).is_some(), "{track}.{key}");
            }
            for c in v[track]["checks"].as_array().unwrap() {
                for key in ["id", "passed", "cite", "explanation"] {
                    assert!(c.get(key).is_some(), "{track} check {key}");
                }
            }
        }
        assert!(v["free"].get("needs_guardian_consent").is_some());
        assert_eq!(v["free"]["eligible"], false); // a reservist: p. 10 is for conscripts
        assert_eq!(v["paid"]["eligible"], true);
        assert_eq!(v["medical_card"]["conclusion"], "2026-03-18");
        assert_eq!(v["medical_card"]["valid_through"], "2026-04-06");
        assert_eq!(v["medical_card"]["valid"], true);
        let age = v["paid"]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "age")
            .unwrap();
        assert_eq!(age["cite"], "p. 21");
    }

    #[test]
    fn whole_case_file_and_acceptance_day() {
        // example-case.json: sent Friday 20 March 2026 19:30 → accepted Thursday 26 March (Nauryz).
        let mut case: Value = serde_json::from_str(EXAMPLE_CASE).unwrap();
        case["as_of"] = Value::from("2026-03-20");
        let o = run(&["check"], case.to_string().as_bytes());
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let v = json(&o);
        assert_eq!(v["acceptance"]["accepted_on"], "2026-03-26");
        assert_eq!(v["medical_card"]["accepted_on"], "2026-03-26");
        assert_eq!(v["medical_card"]["valid_on_acceptance"], true);
    }

    #[test]
    fn medical_card_null_without_a_date_and_default_as_of() {
        let o = run(&["check"], applicant("").as_bytes());
        assert_eq!(code(&o), 0);
        let v = json(&o);
        assert!(v["medical_card"].is_null());
        assert_eq!(
            v["as_of"].as_str().map(str::len),
            Some(10),
            "today in Kazakhstan"
        );
    }

    #[test]
    fn iin_mismatch_is_a_warning() {
        let o = run(
            &["check"],
            applicant(r#","iin":"921029350851","as_of":"2026-03-20""#)
                .replace("\"male\"", "\"female\"")
                .as_bytes(),
        );
        assert_eq!(code(&o), 0);
        let v = json(&o);
        let ids: Vec<&str> = v["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|w| w["id"].as_str())
            .collect();
        assert_eq!(ids, ["iin_sex_mismatch"]);
    }

    #[test]
    fn from_a_file() {
        let path = std::env::temp_dir().join(format!("dayarlyq-check-{}.json", std::process::id()));
        std::fs::write(&path, applicant(r#","as_of":"2026-03-20""#)).unwrap();
        let o = run(&["check", path.to_str().unwrap()], b"");
        let _ = std::fs::remove_file(&path);
        assert_eq!(code(&o), 0);
        assert_eq!(json(&o)["paid"]["eligible"], true);
        rejected(&run(&["check", "/nonexistent/dir/file.json"], b""), "FILE");
    }

    #[test]
    fn bad_input_names_the_field() {
        let rows: [(&str, &str); 12] = [
            ("", "input"),
            ("   ", "input"),
            ("[]", "input"),
            ("42", "input"),
            ("{not json", "input"),
            (r#"{"sex":"male"}"#, "applicant.status"),
            (
                r#"{"birth_date":1992,"sex":"male","status":"reservist","fitness":"fit","education":"higher"}"#,
                "applicant.birth_date",
            ),
            (
                r#"{"birth_date":"1992-10-29","sex":"male","status":"reservist","fitness":"fit","education":"higher","deferment":"no"}"#,
                "applicant.deferment",
            ),
            (
                r#"{"birth_date":"1992-10-29","sex":["male"],"status":"reservist","fitness":"fit","education":"higher"}"#,
                "applicant.sex",
            ),
            (
                r#"{"birth_date":"1992-10-29","sex":"male","status":"reservist","fitness":"fit","education":"higher","as_of":"someday"}"#,
                "applicant.as_of",
            ),
            (
                r#"{"birth_date":"2030-01-01","sex":"male","status":"reservist","fitness":"fit","education":"higher","as_of":"2026-01-01"}"#,
                "applicant.birth_date",
            ),
            (
                r#"{"birth_date":"9999-12-31","sex":"male","status":"reservist","fitness":"fit","education":"higher","as_of":"9999-12-31","medical_conclusion_date":"9999-12-30"}"#,
                "applicant.medical_conclusion_date",
            ),
        ];
        for (input, field) in rows {
            rejected(&run(&["check"], input.as_bytes()), field);
        }
        rejected(&run(&["check"], b"\xff\xfe{}"), "UTF-8");
        // A key given twice is ambiguous.
        rejected(
            &run(&["check"], applicant(r#","sex":"female""#).as_bytes()),
            "sex",
        );
        rejected(&run(&["check", "--verbose"], b"{}"), "--verbose");
    }

    #[test]
    fn compact_keeps_the_verdict_without_prose() {
        let input = applicant(r#","as_of":"2026-03-20""#);
        let full = json(&run(&["check"], input.as_bytes()));
        let o = run(&["check", "--compact"], input.as_bytes());
        assert_eq!(code(&o), 0);
        let compact = json(&o);
        assert_eq!(compact["paid"]["eligible"], full["paid"]["eligible"]);
        assert_eq!(
            compact["free"]["eligible_until"],
            full["free"]["eligible_until"]
        );
        let checks = compact["free"]["checks"].as_array().unwrap();
        assert_eq!(
            checks.len(),
            full["free"]["checks"].as_array().unwrap().len()
        );
        assert!(
            checks
                .iter()
                .all(|c| c.get("explanation").is_none() && c.get("cite").is_some())
        );
    }

    #[test]
    fn jsonl_streams_and_reports_bad_lines() {
        let good = applicant(r#","as_of":"2026-03-20""#);
        let input = format!("{good}\n{{\"sex\":\"m\"}}\nnot json\n\n\u{0}\n{good}");
        let mut bytes = input.into_bytes();
        bytes.extend_from_slice(b"\n\xff\n");
        let o = run(&["check", "--jsonl"], &bytes);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let lines: Vec<Value> = stdout(&o)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 6, "one output per non-empty input line");
        assert_eq!(lines[0]["paid"]["eligible"], true);
        assert_eq!(lines[1]["line"], 2);
        assert_eq!(lines[1]["errors"][0]["field"], "applicant.sex");
        assert_eq!(lines[2]["errors"][0]["code"], "json");
        assert_eq!(lines[3]["line"], 5);
        assert_eq!(lines[4]["paid"]["eligible"], true);
        assert_eq!(lines[5]["errors"][0]["field"], "input");
        assert!(stderr(&o).contains("4 of 7"), "{}", stderr(&o));
    }

    #[test]
    fn jsonl_keeps_the_order_of_the_input_across_batches() {
        // Lines are judged in batches on every core; the output must still follow the input,
        // with the right line numbers in the error objects. Each line is judged on its own day.
        let mut input = String::new();
        let mut expect = Vec::new();
        for i in 0..2_500u32 {
            let as_of = format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
            match i % 97 {
                13 => {
                    input.push('\n');
                    continue;
                }
                41 => {
                    input.push_str("{\"sex\":\"m\"}\n");
                    expect.push(format!("line {}", i + 1));
                }
                _ => {
                    input.push_str(&applicant(&format!(r#","as_of":"{as_of}""#)));
                    input.push('\n');
                    expect.push(as_of);
                }
            }
        }
        for args in [
            &["check", "--jsonl"][..],
            &["check", "--jsonl", "--compact"],
        ] {
            let o = run(args, input.as_bytes());
            assert_eq!(code(&o), 0, "{}", stderr(&o));
            let got: Vec<String> = stdout(&o)
                .lines()
                .map(|l| {
                    let v: Value = serde_json::from_str(l).unwrap();
                    match v["as_of"].as_str() {
                        Some(d) => d.to_owned(),
                        None => format!("line {}", v["line"]),
                    }
                })
                .collect();
            assert_eq!(got, expect, "{args:?}");
        }
    }
}

mod timeline {
    use super::*;

    #[test]
    fn contract_keys_and_dates() {
        let input = r#"{"submitted_at":"2026-03-20T19:30:00","training_start":"2026-05-04","track":"paid"}"#;
        let o = run(&["timeline"], input.as_bytes());
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let v = json(&o);
        let rows = [
            ("accepted_on", "2026-03-26", "app. 7 item 7"),
            ("decision_due", "2026-03-27", "p. 21"),
            ("registration_check_on", "2026-04-15", "p. 22"),
            ("payment_deadline", "2026-04-17", "p. 23"),
            ("payment_deadline_calendar", "2026-04-17", "app. 11"),
            // p. 22: the check takes up to 1 working day; the notice may come a day later.
            ("payment_deadline_latest", "2026-04-20", "p. 22"),
            ("rerun_check_on", "2026-04-23", "p. 23"),
            // p. 23: those reached in the re-run, 6 working days before the start.
            ("rerun_payment_deadline", "2026-04-27", "p. 23"),
            ("rerun_payment_deadline_latest", "2026-04-28", "p. 23"),
            ("training_end_earliest", "2026-06-12", "p. 43"),
            ("training_end_latest", "2026-06-18", "p. 43"),
        ];
        for (key, date, cite) in rows {
            assert_eq!(
                (v[key].as_str(), v["cites"][key].as_str()),
                (Some(date), Some(cite)),
                "{key}"
            );
        }
        assert_eq!(v["reaches_training"], true);
    }

    #[test]
    fn case_file_and_free_track() {
        let o = run(&["timeline", "-"], EXAMPLE_CASE.as_bytes());
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(json(&o)["training_start"], "2026-05-04");
        let o = run(
            &["timeline"],
            br#"{"training_start":"2026-01-05","track":"free"}"#,
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let v = json(&o);
        assert_eq!(
            (
                v["selection_deadline"].as_str(),
                v["cites"]["selection_deadline"].as_str()
            ),
            (Some("2025-12-26"), Some("p. 11"))
        );
    }

    #[test]
    fn bad_input_names_the_field() {
        let rows = [
            (r#"{"training_start":"2026-05-04"}"#, "submitted_at"),
            (r#"{"submitted_at":"2026-03-20T19:30"}"#, "training_start"),
            (
                r#"{"submitted_at":"2026-03-20","training_start":"2026-05-04"}"#,
                "submitted_at",
            ),
            (
                r#"{"submitted_at":"2026-03-20T19:30","training_start":"2026-05-04","track":"cheap"}"#,
                "track",
            ),
            (
                r#"{"submitted_at":"2026-03-20T19:30","training_start":20260504}"#,
                "training_start",
            ),
            (
                r#"{"submitted_at":"9999-12-31T19:30","training_start":"9999-12-31"}"#,
                "training_start",
            ),
            ("[", "input"),
        ];
        for (input, field) in rows {
            rejected(&run(&["timeline"], input.as_bytes()), field);
        }
    }
}

mod render {
    use super::*;

    #[test]
    fn dispatched() {
        // The renderer lives in the documents crate; whatever it answers, it answers itself.
        let o = run(&["render", "--form", "99"], b"");
        assert_eq!(code(&o), 2);
    }
}

#[test]
fn usage() {
    rejected(&run(&[], b""), "usage");
    rejected(&run(&["frobnicate"], b""), "frobnicate");
    let o = run(&["help"], b"");
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("timeline"));
}

/// A row of the Rules' cases (`crates/rules/tests/cases/*.json`) given to `dayarlyq check -` as
/// written (a case file: `check` ignores the row's own members `name`, `expect`, …), its output
/// read for the harness the rules' `law` test uses, so that the two runs cannot drift. A row
/// refused as input must exit 2 with nothing on stdout, and stderr must name each field and code
/// (`applicant.sex: … (unknown_value)`).
fn checked(row: &Row) -> Outcome {
    let out = run(&["check", "-"], &serde_json::to_vec(&row.case).unwrap());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => match serde_json::from_str(&stdout) {
            Ok(verdict) => Outcome::Verdict(verdict),
            Err(e) => Outcome::Broken(format!("exit 0, stdout not JSON ({e}): {stdout}")),
        },
        Some(2) if stdout.is_empty() => Outcome::Refused(named(&stderr)),
        code => Outcome::Broken(format!(
            "exit {code:?} (a signal: a panic?), stdout: {stdout}, stderr: {stderr}"
        )),
    }
}

/// Each error on stderr: `dayarlyq: applicant.sex: not one of the accepted values
/// (unknown_value)`, the next errors without the prefix, each followed by its Kazakh and Russian
/// messages, indented (`  kk: …`, `  ru: …`). A line of neither shape comes back whole, to differ.
fn named(stderr: &str) -> Vec<Refusal> {
    let mut errors: Vec<Refusal> = Vec::new();
    for line in stderr.lines() {
        if let Some(message) = line.strip_prefix("  kk: ") {
            if let Some(e) = errors.last_mut() {
                e.kk = message.to_owned();
            }
            continue;
        }
        if let Some(message) = line.strip_prefix("  ru: ") {
            if let Some(e) = errors.last_mut() {
                e.ru = message.to_owned();
            }
            continue;
        }
        let line = line.strip_prefix("dayarlyq: ").unwrap_or(line);
        let field_code = line.split_once(": ").and_then(|(field, rest)| {
            let (_, code) = rest.strip_suffix(')')?.rsplit_once('(')?;
            Some((field.to_owned(), code.to_owned()))
        });
        let (field, code) = field_code.unwrap_or_else(|| ("stderr".to_owned(), line.to_owned()));
        errors.push(Refusal {
            field,
            code,
            ..Refusal::default()
        });
    }
    errors
}

#[test]
fn the_rules_cases_through_check() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../rules/tests/cases"));
    harness::run(dir, checked);
}

/// `link` (contract, "added 2026-12"): the case file in the address's fragment, read back whole.
mod link {
    use super::*;
    use dayarlyq_rules::case_file::CaseFile;

    #[test]
    fn the_address_carries_the_case_file_in_its_fragment() {
        let o = run(
            &[
                "link",
                "-",
                "--base",
                "https://example.kz/dayarlyq/#/result",
            ],
            EXAMPLE_CASE.as_bytes(),
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let out = String::from_utf8(o.stdout).unwrap();
        let line = out.strip_suffix('\n').expect("one line");
        assert!(!line.contains('\n'));
        // The app's own address, its route replaced by the case: a fragment, never sent.
        assert!(
            line.starts_with("https://example.kz/dayarlyq/#case="),
            "{line}"
        );
        let expected: CaseFile = serde_json::from_str(EXAMPLE_CASE).unwrap();
        assert_eq!(dayarlyq_rules::link::read(line), Ok(expected));
    }

    #[test]
    fn a_bad_case_file_or_no_base_is_refused() {
        let o = run(
            &["link", "--base", "https://x.kz/"],
            br#"{"applicant": {"status": 3}}"#,
        );
        assert_eq!(code(&o), 2);
        assert!(stderr(&o).contains("applicant.status"), "{}", stderr(&o));
        let o = run(&["link", "--base", "https://x.kz/"], b"[1]");
        assert_eq!(code(&o), 2);
        let o = run(&["link"], EXAMPLE_CASE.as_bytes());
        assert_eq!(code(&o), 2);
        assert!(stderr(&o).contains("--base"), "{}", stderr(&o));
    }
}
