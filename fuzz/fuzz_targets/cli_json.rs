//! The JSON the command line reads, through the same functions the commands call: `check`
//! (an applicant, or a case file: `judge_text`), `timeline` (`timeline_json`) and `render
//! --data` (`parse_object`, `from_value`). Never a panic; a verdict is written by the
//! `--jsonl` writer (sonic-rs) exactly as serde_json writes it.
#![no_main]

use dayarlyq_cli::check::judge_text;
use dayarlyq_cli::input::{from_value, parse_object};
use dayarlyq_cli::timeline::timeline_json;
use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::CaseFile;
use libfuzzer_sys::fuzz_target;

fn member(_path: &str) -> &'static str {
    "data"
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let cal = WorkingCalendar::kazakhstan();
    match judge_text(text, Date::constant(2026, 6, 15), &cal) {
        Ok(verdict) => {
            let mut fast = Vec::new();
            sonic_rs::to_writer(&mut fast, &verdict).expect("a verdict is written");
            assert_eq!(fast, serde_json::to_vec(&verdict).expect("a verdict serializes"));
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in &errors {
                assert!(!e.message.kk.is_empty() && !e.message.ru.is_empty(), "{e}");
            }
        }
    }
    if let Err(errors) = timeline_json(text, &cal) {
        assert!(!errors.is_empty());
    }
    if let Ok(map) = parse_object(text) {
        let _ = from_value::<CaseFile>(&serde_json::Value::Object(map), member);
    }
});
