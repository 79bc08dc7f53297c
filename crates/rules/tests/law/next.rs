//! What to do next (`dayarlyq_rules::next`), written from the verdict: the step each status asks
//! for, and one step for each failed condition a person can act on, each with its paragraph.

use dayarlyq_rules::finding::ActionId;
use dayarlyq_rules::next::{Link, Step, next_steps};
use dayarlyq_rules::track::Track;

use super::*;

fn steps(a: &Applicant, as_of: &str) -> Vec<Step> {
    next_steps(&judge(a, as_of))
}

#[test]
fn each_status_asks_for_its_step() {
    // p. 10–11: an adult fit conscript — the ЖӘБО's selection; not old enough for the paid track
    // (p. 19: from 24), which opens on his 24th birthday.
    let s = steps(
        &person(
            "2004-05-10",
            Status::Conscript,
            Fitness::Fit,
            Education::Higher,
        ),
        "2026-06-15",
    );
    assert_eq!(
        s,
        [
            Step::FreeSelection,
            Step::Opens {
                track: Track::Paid,
                on: d("2028-05-10")
            }
        ]
    );
    assert_eq!(s[0].cite().map(|c| c.to_string()).as_deref(), Some("p. 11"));

    // p. 12: under 18, the consent is a step of its own.
    let s = steps(
        &person(
            "2008-03-01",
            Status::Conscript,
            Fitness::Fit,
            Education::BasicSecondary,
        ),
        "2026-01-15",
    );
    assert!(
        matches!(s[1], Step::Act(a) if a.id == ActionId::GuardianConsent),
        "{s:?}"
    );

    // p. 21: a fit reservist of 30 without a conclusion — apply on the portal, get the
    // conclusion; the free track, past its age, asks for nothing.
    let s = steps(
        &person(
            "1996-06-15",
            Status::Reservist,
            Fitness::Fit,
            Education::Higher,
        ),
        "2026-12-03",
    );
    assert_eq!(s[0], Step::PaidApply { card_through: None });
    assert_eq!(s[0].links(), [Link::Egov, Link::Documents]);
    assert!(matches!(s[1], Step::Act(a) if a.id == ActionId::GetMedicalConclusion));
    assert_eq!(s.len(), 2);
    // A reservist of 22: the free track is the conscripts' (p. 19), the paid one opens at 24.
    let s = steps(
        &person(
            "2004-05-10",
            Status::Reservist,
            Fitness::Fit,
            Education::Higher,
        ),
        "2026-12-03",
    );
    assert_eq!(
        s,
        [
            Step::PaidForReservists,
            Step::Opens {
                track: Track::Paid,
                on: d("2028-05-10")
            }
        ]
    );
}

#[test]
fn a_failed_condition_says_what_can_be_done() {
    // Not on registration (p. 10; app. 7 item 10): register first — said once for both tracks.
    let s = steps(
        &person(
            "2000-01-01",
            Status::Unregistered,
            Fitness::Fit,
            Education::Higher,
        ),
        "2026-06-15",
    );
    assert_eq!(s, [Step::Register]);
    // Primary education (p. 10); temporarily unfit (Г): the re-examination.
    let s = steps(
        &person(
            "2004-05-10",
            Status::Conscript,
            Fitness::TemporarilyUnfit,
            Education::Primary,
        ),
        "2026-06-15",
    );
    assert!(
        s.contains(&Step::Education) && s.contains(&Step::ReExamination),
        "{s:?}"
    );
    // A woman on the free track: nothing she can do, and nothing opens.
    let mut a = person(
        "2000-01-01",
        Status::Unregistered,
        Fitness::Unfit,
        Education::None,
    );
    a.sex = Sex::Female;
    a.status = Status::Reservist;
    assert_eq!(steps(&a, "2026-06-15"), [Step::Nothing]);
}

#[test]
fn every_step_speaks_both_languages_with_its_dates() {
    let s = steps(
        &person(
            "2009-09-03",
            Status::Conscript,
            Fitness::Fit,
            Education::BasicSecondary,
        ),
        "2026-12-03",
    );
    let opens = Step::Opens {
        track: Track::Free,
        on: d("2027-03-03"),
    };
    assert!(s.contains(&opens), "{s:?}");
    assert!(opens.text(Lang::Kk).to_string().contains("03.03.2027"));
    assert!(opens.text(Lang::Ru).to_string().contains("03.03.2027"));
    for step in [
        Step::FreeSelection,
        Step::PaidApply {
            card_through: Some(d("2026-12-10")),
        },
        Step::Register,
        Step::PaidForReservists,
        Step::Education,
        Step::ReExamination,
        Step::Nothing,
    ] {
        let (kk, ru) = (
            step.text(Lang::Kk).to_string(),
            step.text(Lang::Ru).to_string(),
        );
        assert!(kk.len() > 40 && ru.len() > 40 && kk != ru, "{step:?}");
    }
}
