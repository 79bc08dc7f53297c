//! The procedure's dates: p. 11 (the selection ends 10 days before classes), p. 21 and app. 7
//! item 3 (the decision in one working day), p. 22–23 and app. 11–12 (the checks 12 and 6
//! working days before the start, payment in 2 working days), p. 43 (the lengths of training),
//! p. 45 (complaints). The day of acceptance (app. 7 item 7) and the card's 10 working days
//! (p. 21) are rows of `tests/cases/chapter-3-paid.json`; their properties are here.

use super::*;
use proptest::prelude::*;

#[test]
fn procedure_dates() {
    // p. 21 / app. 7 item 3: 1 working day, acceptance day not counted.
    assert_eq!(
        timeline::decision_due(d("2026-04-10"), &cal()),
        Ok(d("2026-04-13"))
    );
    // p. 22: 12 working days before the start; p. 23: re-run 6 working days before.
    assert_eq!(
        timeline::registration_check_on(d("2026-06-15"), &cal()),
        Ok(d("2026-05-28"))
    );
    assert_eq!(
        timeline::rerun_check_on(d("2026-06-15"), &cal()),
        Ok(d("2026-06-05"))
    );
    // p. 23, app. 12 item 3: 2 working days; app. 11: 2 calendar days.
    assert_eq!(
        timeline::payment_deadline(d("2026-04-16"), &cal()),
        Ok(d("2026-04-20"))
    );
    assert_eq!(
        timeline::payment_deadline_calendar(d("2026-04-16")),
        Ok(d("2026-04-18"))
    );
    // p. 11: selection ends 10 calendar days before classes.
    assert_eq!(
        timeline::selection_deadline(d("2026-01-05")),
        Ok(d("2025-12-26"))
    );
    // p. 43: 90–100 days (free), 40–46 days (paid); a period of N days from T ends on T+N−1.
    let free = timeline::free_timeline(d("2026-01-05")).unwrap();
    assert_eq!(
        (free.training_end_earliest, free.training_end_latest),
        (d("2026-04-04"), d("2026-04-14"))
    );
    // p. 45: forwarded within 3 working days of receipt; considered within 5 (15 at the
    // authorised body) working days of its registration there — not of the provider's receipt.
    let c = timeline::complaint_deadlines(d("2026-04-06"), Some(d("2026-04-09")), &cal()).unwrap();
    assert_eq!(
        (c.forward_by, c.review_by, c.authority_review_by),
        (
            d("2026-04-09"),
            Some(d("2026-04-16")),
            Some(d("2026-04-30"))
        )
    );
    // p. 45 across holidays: received Wed 6 May 2026; Defender's Day Thu 7 May and Victory Day
    // (Sat 9 May, moved to Mon 11 May) are not working days: forwarded by Wed 13 May.
    // Registered that day: 5 working days → Wed 20 May; 15 working days, Kurban ait (Wed 27
    // May) skipped → Thu 4 June.
    let c = timeline::complaint_deadlines(d("2026-05-06"), Some(d("2026-05-13")), &cal()).unwrap();
    assert_eq!(
        (c.forward_by, c.review_by, c.authority_review_by),
        (
            d("2026-05-13"),
            Some(d("2026-05-20")),
            Some(d("2026-06-04"))
        )
    );
    assert_eq!(
        c.dates()
            .iter()
            .map(|(id, _)| id.cite())
            .collect::<Vec<_>>(),
        [dayarlyq_rules::citation::Citation::paragraph(45); 3]
    );
    // p. 45: the day of registration not known yet, the consideration's deadlines neither.
    let c = timeline::complaint_deadlines(d("2026-04-06"), None, &cal()).unwrap();
    assert_eq!(
        (c.forward_by, c.review_by, c.authority_review_by),
        (d("2026-04-09"), None, None)
    );
}

#[test]
fn example_case() {
    // example-case.json: sent Friday 20 March 2026 19:30, training from 4 May 2026.
    // calendar: Nauryz 2026 and 1 May.
    let t = timeline::paid_timeline(at("2026-03-20T19:30:00"), d("2026-05-04"), &cal()).unwrap();
    assert_eq!(t.accepted_on, d("2026-03-26"));
    assert_eq!(t.decision_due, d("2026-03-27"));
    assert_eq!(t.registration_check_on, d("2026-04-15"));
    assert_eq!(t.payment_deadline, d("2026-04-17"));
    assert_eq!(t.payment_deadline_calendar, d("2026-04-17"));
    // p. 22: the check takes up to 1 working day (Wed 15 → Thu 16 April), so the notice and its
    // 2 working days may come a day later: Friday 17 or Monday 20 April.
    assert_eq!(t.payment_deadline_latest, d("2026-04-20"));
    assert_eq!(t.rerun_check_on, d("2026-04-23"));
    // p. 23: those reached in the re-run (Thu 23 April, 6 working days before) pay within 2
    // working days of their notice: Monday 27 April, or Tuesday 28 if the check takes its day.
    assert_eq!(t.rerun_payment_deadline, d("2026-04-27"));
    assert_eq!(t.rerun_payment_deadline_latest, d("2026-04-28"));
    assert_eq!(
        (t.training_end_earliest, t.training_end_latest),
        (d("2026-06-12"), d("2026-06-18"))
    );
    assert!(t.reaches_training);
    assert_eq!(t.earliest_reachable_start, d("2026-04-14"));
}

#[test]
fn reachability_at_17_59_and_18_00() {
    // p. 22: the intake of Wed 29 April 2026 is checked on Mon 13 April. Sent Friday 10 April
    // at 17:59 the decision is due on 13 April (reached); at 18:00, on 14 April (missed).
    let start = d("2026-04-29");
    let early = timeline::paid_timeline(at("2026-04-10T17:59"), start, &cal()).unwrap();
    let late = timeline::paid_timeline(at("2026-04-10T18:00"), start, &cal()).unwrap();
    assert_eq!(early.registration_check_on, d("2026-04-13"));
    assert!(early.reaches_training);
    assert!(!late.reaches_training);
    assert_eq!(late.earliest_reachable_start, d("2026-04-30"));
    let plan = [
        d("2026-06-01"),
        d("2026-04-29"),
        d("2026-05-04"),
        d("2026-04-29"),
    ];
    assert_eq!(
        timeline::reachable_starts(at("2026-04-10T18:00"), &plan, &cal()),
        Ok(vec![d("2026-05-04"), d("2026-06-01")])
    );
}

proptest! {
    #[test]
    fn earliest_reachable_start_is_the_boundary(day in date(), minutes in 0i32..1440) {
        let cal = cal();
        let moment = Moment::local(day.to_datetime(jiff::civil::Time::new((minutes / 60) as i8, (minutes % 60) as i8, 0, 0).unwrap()));
        let first = timeline::earliest_reachable_start(moment, &cal).unwrap();
        prop_assert!(timeline::paid_timeline(moment, first, &cal).unwrap().reaches_training);
        prop_assert!(!timeline::paid_timeline(moment, first.yesterday().unwrap(), &cal).unwrap().reaches_training);
    }

    #[test]
    fn card_valid_through_is_a_working_day_ten_working_days_on(day in date()) {
        // p. 21: the card's last day, 10 working days after the conclusion.
        let cal = cal();
        let through = medical_card::valid_through(day, &cal).unwrap();
        prop_assert!(cal.is_working_day(through));
        prop_assert_eq!(medical_card::working_days_left(day, through, &cal), 10);
    }
}
