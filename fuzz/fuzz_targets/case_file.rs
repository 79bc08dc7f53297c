//! A case file as the web app imports it (JSON → `CaseFile`), then everything the product does
//! with it: its schema (the entries read back to the same case; every place's value, as a form
//! shows it, stored back and shown again the same), the case judged (`judge`, the one entry: the
//! applicant validated, both tracks assessed), the procedure's dates (`paid_timeline`,
//! `free_timeline`, the complaint's deadlines), and every document in both languages (`build`, the
//! HTML and text renderers, the hand-off to the PDF worker, the lists of missing and invalid
//! fields, the file name). Nothing may panic or hang, whatever
//! the values.
#![no_main]

use dayarlyq_documents::{
    Form, Lang, build, file_name, html, invalid_fields, missing_required, text, wire,
};
use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::{CaseFile, Place};
use dayarlyq_rules::judge::judge;
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::timeline::{
    complaint_deadlines, earliest_reachable_start, free_timeline, paid_timeline,
};
use libfuzzer_sys::fuzz_target;

/// The day a case without its own "as of" day is judged on.
const TODAY: Date = Date::constant(2026, 6, 15);

fuzz_target!(|data: &[u8]| {
    let Ok(case) = serde_json::from_slice::<CaseFile>(data) else { return };
    let cal = WorkingCalendar::kazakhstan();

    // The schema. The web app's modules hand a case to each other as its entries.
    let entries = case.entries();
    let back = CaseFile::from_entries(entries.iter().map(|(path, value)| (*path, value.as_str())));
    assert_eq!(back, case);
    // A form shows a place's value (`get`) and stores what is typed (`set`): storing what it
    // shows changes nothing it shows (a blank value stays blank).
    for &place in Place::ALL {
        let shown = case.get(place).unwrap_or_default();
        let mut copy = case.clone();
        copy.set(place, &shown);
        assert_eq!(copy.get(place).unwrap_or_default(), shown, "{}", place.path());
    }

    // The verdict, through the one entry.
    match judge(&case, TODAY, &cal) {
        Ok(judged) => {
            let verdict = &judged.verdict;
            assert_eq!(Ok(verdict.as_of), case.as_of(TODAY));
            for track in [&verdict.free, &verdict.paid] {
                assert_eq!(track.eligible, track.checks.iter().all(|c| c.passed));
                for check in &track.checks {
                    let text = check.explanation();
                    assert!(!text.kk.is_empty() && !text.ru.is_empty() && text.kk != text.ru);
                }
            }
            let json = serde_json::to_vec(verdict).expect("a verdict serializes");
            assert!(serde_json::from_slice::<serde_json::Value>(&json).is_ok());
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in &errors {
                // Every error is in a place of the case, said in both languages.
                assert!(e.place().is_some(), "{e}");
                assert!(!e.message.kk.is_empty() && !e.message.ru.is_empty(), "{e}");
            }
        }
    }
    let as_of = case.as_of(TODAY).unwrap_or(TODAY);

    // The procedure's dates, from the places the case gives them at.
    let sent = case.submitted_at().and_then(|(place, s)| Moment::parse(place.path(), s).ok());
    let start = case
        .given(Place::PeriodFrom)
        .and_then(|s| parse_date(Place::PeriodFrom.path(), s).ok());
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
    // The complaint's deadlines (p. 45), from its two days.
    let day = |place: Place| case.given(place).and_then(|s| parse_date(place.path(), s).ok());
    if let Some(received) = day(Place::ComplaintReceivedOn) {
        let _ = complaint_deadlines(received, day(Place::ComplaintRegisteredOn), &cal);
    }

    // Every document, the complaint of p. 45 too; each crosses to the PDF worker whole.
    for form in Form::EVERY {
        for lang in Lang::ALL {
            let doc = build(form, lang, &case);
            assert!(!html::render(&doc).is_empty());
            assert!(!text::render(&doc).is_empty());
            assert_eq!(wire::from_parts(&wire::to_parts(&doc)).as_ref(), Some(&doc));
        }
        let _ = missing_required(form, &case);
        for invalid in invalid_fields(form, &case) {
            assert!(!invalid.message(Lang::Kk).is_empty());
        }
        assert!(!file_name(form, &case, as_of).is_empty());
    }
});
