//! A case file as the web app imports it (JSON → `CaseFile`), then everything the product does
//! with it: the applicant typed and judged (`Applicant::from_data`, `assess`), the procedure's
//! dates (`paid_timeline`, `free_timeline`), and every document in both languages (`build`, the
//! HTML and text renderers, the lists of missing and invalid fields, the file name). Nothing may
//! panic or hang, whatever the values.
#![no_main]

use dayarlyq_documents::{Form, Lang, build, file_name, html, invalid_fields, missing_required, text};
use dayarlyq_rules::Date;
use dayarlyq_rules::applicant::Applicant;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::eligibility::assess;
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::timeline::{earliest_reachable_start, free_timeline, paid_timeline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(case) = serde_json::from_slice::<CaseFile>(data) else { return };
    let cal = WorkingCalendar::kazakhstan();
    let as_of = case
        .applicant
        .as_of
        .as_deref()
        .and_then(|s| parse_date("applicant.as_of", s).ok())
        .unwrap_or(Date::constant(2026, 6, 15));

    match Applicant::from_data(&case.applicant) {
        Ok(valid) => {
            if let Ok(verdict) = assess(&valid.applicant, as_of, &cal) {
                for track in [&verdict.free, &verdict.paid] {
                    assert_eq!(track.eligible, track.checks.iter().all(|c| c.passed));
                    for check in &track.checks {
                        let text = check.explanation();
                        assert!(!text.kk.is_empty() && !text.ru.is_empty() && text.kk != text.ru);
                    }
                }
                let json = serde_json::to_vec(&verdict).expect("a verdict serializes");
                assert!(serde_json::from_slice::<serde_json::Value>(&json).is_ok());
            }
        }
        Err(errors) => assert!(!errors.is_empty()),
    }

    let sent = case.application.submitted_at.as_deref().and_then(|s| Moment::parse("submitted_at", s).ok());
    let start = case.application.period_from.as_deref().and_then(|s| parse_date("period_from", s).ok());
    if let Some(start) = start {
        if let Ok(t) = free_timeline(start) {
            assert!(serde_json::to_vec(&t).is_ok());
        }
        if let Some(sent) = sent
            && let Ok(t) = paid_timeline(sent, start, &cal)
        {
            let _ = t.warnings(&cal);
            assert!(serde_json::to_vec(&t).is_ok());
        }
    }
    if let Some(sent) = sent {
        let _ = earliest_reachable_start(sent, &cal);
    }

    for form in Form::ALL {
        for lang in Lang::ALL {
            let doc = build(form, lang, &case);
            assert!(!html::render(&doc).is_empty());
            assert!(!text::render(&doc).is_empty());
        }
        let _ = missing_required(form, &case);
        for invalid in invalid_fields(form, &case) {
            assert!(!invalid.message(Lang::Kk).is_empty());
        }
        assert!(!file_name(form, &case, as_of).is_empty());
    }
});
