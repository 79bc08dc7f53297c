//! Dates (`YYYY-MM-DD`) and moments (`YYYY-MM-DDTHH:MM[:SS[.f]]`, Kazakhstan time or with an
//! offset) on any text: never panic; what is accepted prints back in a form that parses again to
//! the same value; a refusal names the field and says why in Kazakh and Russian. A form's date and
//! date-and-time fields keep any text typed: as typed, or as a whole real date or moment that
//! reads and shows back.
#![no_main]

use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::moment::{
    Moment, date_for_form, date_from_form, moment_for_form, moment_from_form, parse_date,
};
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
    let kept = date_from_form(&text);
    if kept != *text {
        let date = parse_date(FIELD, &kept).expect("a date the form read is a date");
        assert_eq!(date_from_form(&date_for_form(&kept)), kept);
    }
    let kept = moment_from_form(&text);
    if kept != *text {
        let moment = Moment::parse(FIELD, &kept).expect("a moment the form read is a moment");
        assert_eq!(moment_from_form(&moment_for_form(&kept)), kept, "{moment}");
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
