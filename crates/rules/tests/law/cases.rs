//! The Rules' cases as data, `tests/cases/*.json`: chapter 2 (the free track, p. 10–12),
//! chapter 3 (the paid track, p. 19–23: the medical card of p. 21, the day of acceptance of
//! app. 7 item 7, app. 7 item 10) and what the case file must say. Judged natively: each row
//! read as the case file it is, judged by [`judge`] on its `as_of`, the verdict written by serde
//! as `dayarlyq check` writes it, and compared by the harness the CLI's run of the same rows
//! shares (`tests/cases/harness.rs`, which says the rows' format).

use std::path::Path;

use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::judge::judge;

#[path = "../cases/harness.rs"]
mod harness;

use harness::{Outcome, Refusal, Row};

fn judged(row: &Row) -> Outcome {
    let case: CaseFile = match serde_json::from_value(row.case.clone()) {
        Ok(case) => case,
        Err(e) => return Outcome::Broken(format!("not a case file: {e}")),
    };
    // The case's own `as_of` is the day judged on; today is only its default.
    let today: Date = row.as_of.parse().unwrap_or(Date::MIN);
    match judge(&case, today, &WorkingCalendar::kazakhstan()) {
        Ok(judged) => Outcome::Verdict(serde_json::to_value(&judged.verdict).unwrap()),
        Err(errors) => Outcome::Refused(
            errors
                .iter()
                .map(|e| Refusal {
                    field: e.field.to_owned(),
                    code: e.code.code().to_owned(),
                    kk: e.message.kk.clone(),
                    ru: e.message.ru.clone(),
                })
                .collect(),
        ),
    }
}

fn dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases"))
}

#[test]
fn the_rules_cases() {
    harness::run(dir(), judged);
}

#[test]
fn a_wrong_expectation_fails() {
    // A conscript of 17 years 5 months, judged: each expectation below is wrong in one way.
    let case = |expect: &str| {
        let text = format!(
            r#"{{"name": "n", "paragraph": "p. 10", "as_of": "2026-02-27",
                "applicant": {{"birth_date": "2008-08-31", "sex": "male", "status": "conscript",
                               "fitness": "fit", "education": "higher"}},
                "expect": {expect}}}"#
        );
        Row::from_value("test", 1, serde_json::from_str(&text).unwrap()).unwrap()
    };
    let right = case(
        r#"{"age": {"years": 17, "months": 5}, "free": {"eligible": false, "status": "not_yet", "failed": ["age"]}}"#,
    );
    assert_eq!(
        harness::differences(&right.expect, &judged(&right)),
        Vec::<String>::new()
    );
    for wrong in [
        r#"{"free": {"eligible": true}}"#,
        r#"{"free": {"failed": []}}"#,
        r#"{"free": {"failed": ["age", "sex"]}}"#,
        r#"{"free": {"passed": ["registration", "sex", "fitness"]}}"#,
        r#"{"free": {"needs_guardian_consent": true}}"#,
        r#"{"free": {"eligible_until": null}}"#,
        r#"{"free": {"explains": {"age": {"kk": "28 ақпан"}}}}"#,
        r#"{"free": {"explains": {"deferment": {"ru": "отсрочка"}}}}"#,
        r#"{"paid": {"warnings": ["age_over_24_reading"]}}"#,
        r#"{"free": {"status": "not_eligible"}}"#,
        r#"{"free": {"actions": ["guardian_consent"]}}"#,
        r#"{"age": {"months": 6}}"#,
        r#"{"medical_card": {"valid": true}}"#,
        r#"{"acceptance": {"accepted_on": "2026-02-27"}}"#,
        r#"{"warnings": ["deferment"]}"#,
        r#"{"errors": [{"field": "applicant.birth_date", "code": "after_as_of"}]}"#,
    ] {
        let row = case(wrong);
        assert_ne!(
            harness::differences(&row.expect, &judged(&row)),
            Vec::<String>::new(),
            "{wrong}"
        );
    }
    // A refusal's messages are held to the words its row says they say.
    let refused = |says: &str| {
        let text = format!(
            r#"{{"name": "n", "paragraph": "case file", "as_of": "2026-02-27",
                "applicant": {{"birth_date": "31.02.2007", "sex": "male", "status": "reservist",
                               "fitness": "fit", "education": "higher"}},
                "expect": {{"errors": [{{"field": "applicant.birth_date", "code": "not_a_date",
                                         "says": {says}}}]}}}}"#
        );
        Row::from_value("test", 1, serde_json::from_str(&text).unwrap()).unwrap()
    };
    let right = refused(r#"{"kk": "нақты күн", "ru": "настоящей датой"}"#);
    assert_eq!(
        harness::differences(&right.expect, &judged(&right)),
        Vec::<String>::new()
    );
    let wrong = refused(r#"{"ru": "такой даты нет"}"#);
    assert_ne!(
        harness::differences(&wrong.expect, &judged(&wrong)),
        Vec::<String>::new()
    );
    // A misspelt key would check nothing: it is refused.
    let text = r#"{"name": "n", "paragraph": "p. 10", "as_of": "2026-02-27", "expect": {"free": {"elligible": true}}}"#;
    assert!(Row::from_value("test", 1, serde_json::from_str(text).unwrap()).is_err());
}
