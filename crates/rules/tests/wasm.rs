//! A few of the law's checks, run in the browser (wasm-bindgen-test), to prove the rules engine
//! works there as it does natively. The full tables are in `law/` and `cases/`.
#![cfg(target_arch = "wasm32")]

use dayarlyq_rules::Date;
use dayarlyq_rules::age::Age;
use dayarlyq_rules::applicant::Applicant;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::eligibility::assess;
use dayarlyq_rules::iin::Iin;
use dayarlyq_rules::judge::judge;
use dayarlyq_rules::medical_card;
use dayarlyq_rules::moment::Moment;
use dayarlyq_rules::person::{Education, Fitness, Sex, Status};
use dayarlyq_rules::timeline;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

#[wasm_bindgen_test]
fn iin_of_the_example_case() {
    let iin = Iin::parse("921029350851").unwrap();
    assert_eq!((iin.birth_date(), iin.sex()), (d("1992-10-29"), Sex::Male));
    assert_eq!(Iin::parse("921029350852").unwrap_err().code(), "checksum");
}

#[wasm_bindgen_test]
fn free_track_from_17_years_6_months() {
    // p. 10: 17y6m after 31 August ends on the last day of February.
    let a = Applicant {
        birth_date: d("2008-08-31"),
        sex: Sex::Male,
        status: Status::Conscript,
        fitness: Fitness::Fit,
        education: Education::BasicSecondary,
        deferment: false,
        medical_conclusion: None,
        submitted_at: None,
        iin: None,
    };
    let cal = WorkingCalendar::kazakhstan();
    assert!(!assess(&a, d("2026-02-27"), &cal).unwrap().free.eligible);
    let v = assess(&a, d("2026-02-28"), &cal).unwrap();
    assert!(v.free.eligible && v.free.needs_guardian_consent);
    assert_eq!(v.age, Age::new(17, 6));
}

#[wasm_bindgen_test]
fn example_case_verdict_and_timeline() {
    let case: CaseFile = serde_json::from_str(include_str!("data/example-case.json")).unwrap();
    let cal = WorkingCalendar::kazakhstan();
    let v = judge(&case, d("2026-03-20"), &cal).unwrap().verdict;
    assert!(v.paid.eligible && !v.free.eligible);
    // p. 21: 10 working days after Wednesday 8 April 2026.
    assert_eq!(
        medical_card::valid_through(d("2026-04-08"), &cal),
        Ok(d("2026-04-22"))
    );
    // app. 7 item 7: 18:00 on a Tuesday → Wednesday.
    let sent = Moment::parse("submitted_at", "2026-03-17T18:00").unwrap();
    assert_eq!(timeline::acceptance_day(sent, &cal), Ok(d("2026-03-18")));
    let json = serde_json::to_string(&v).unwrap();
    assert!(json.contains("\"paid\":{\"eligible\":true"));
}
