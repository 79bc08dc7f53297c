//! Dates (`YYYY-MM-DD`) and moments (`YYYY-MM-DDTHH:MM[:SS[.f]]`, Kazakhstan time or with an
//! offset) on any text: never panic; what is accepted prints back in a form that parses again to
//! the same value; a refusal names the field and says why in Kazakh and Russian.
#![no_main]

use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::moment::{Moment, parse_date};
use libfuzzer_sys::fuzz_target;

const FIELD: &str = Place::ApplicantSubmittedAt.path();

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match parse_date(FIELD, &text) {
        Ok(date) => assert_eq!(date.to_string(), text.trim()),
        Err(e) => {
            assert_eq!(e.field, FIELD);
            assert!(!e.message.kk.is_empty() && !e.message.ru.is_empty());
        }
    }
    match Moment::parse(FIELD, &text) {
        Ok(moment) => {
            let shown = moment.to_string();
            assert_eq!(Moment::parse(FIELD, &shown), Ok(moment), "{shown}");
            assert_eq!(parse_date(FIELD, shown.get(..10).unwrap_or_default()), Ok(moment.date()));
        }
        Err(e) => {
            assert_eq!(e.field, FIELD);
            assert!(!e.message.kk.is_empty() && !e.message.ru.is_empty());
        }
    }
});
