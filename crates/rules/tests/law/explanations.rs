//! Every decision explains itself, in Kazakh and in Russian, and lists its checks in the order
//! of the Rules' conditions (p. 10; p. 19, 21 and app. 7 item 10), so that the first that failed
//! is the one a person reads first.

use super::*;

#[test]
fn every_check_explains_itself_in_both_languages() {
    let mut a = person(
        "2008-03-01",
        Status::Conscript,
        Fitness::Limited,
        Education::Primary,
    );
    a.deferment = true;
    a.medical_conclusion = Some(d("2026-01-05"));
    a.submitted_at = Some(at("2026-01-16T19:00"));
    for as_of in ["2025-08-31", "2026-01-15", "2033-01-01"] {
        let v = judge(&a, as_of);
        let checks = v.free.checks.iter().chain(&v.paid.checks);
        for c in checks {
            let e = c.explanation();
            assert!(e.kk.len() > 10 && e.ru.len() > 10, "{}", c.id.code());
            assert_ne!(e.kk, e.ru);
        }
        for w in v.free.warnings.iter().chain(&v.paid.warnings) {
            let e = w.explanation();
            assert!(e.kk.len() > 10 && e.ru.len() > 10, "{}", w.id.code());
        }
    }
}

#[test]
fn checks_come_in_the_order_of_the_rules() {
    // The rows of tests/cases/ compare the failed checks in any order; the order is here.
    let mut a = person(
        "2004-05-10",
        Status::Reservist,
        Fitness::Limited,
        Education::Primary,
    );
    a.sex = Sex::Female;
    let v = judge(&a, "2026-06-15");
    assert_eq!(
        ids(&v.free.checks),
        ["registration", "age", "fitness", "education"]
    );
    assert_eq!(
        failed(&v.free.checks),
        ["registration", "fitness", "education"]
    );
    assert_eq!(
        v.free.first_failure().map(|c| c.id.code()),
        Some("registration")
    );
    let mut a = person(
        "2001-01-15",
        Status::Conscript,
        Fitness::Fit,
        Education::None,
    );
    a.deferment = true;
    a.medical_conclusion = Some(d("2026-01-20"));
    let v = judge(&a, "2026-02-01");
    assert_eq!(
        ids(&v.paid.checks),
        ["registration", "sex", "age", "fitness", "deferment"]
    );
    // The card is a document of the application, not a condition: no check of its own.
}
