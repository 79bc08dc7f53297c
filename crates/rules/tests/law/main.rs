//! The Rules as tests, one file a subject; each file's header says what part of the Rules it
//! covers. Who is eligible on which track, the medical card and the day of acceptance are data —
//! a row a case, in case-file shape, by chapter (`tests/cases/*.json`, run by [`cases`] here and
//! through the `dayarlyq` binary by the CLI's tests). What stays in Rust is what a case file
//! cannot say: the IIN, ages and moments, the procedure's dates, the explanations and the Rules'
//! quotes. Native only: `wasm.rs` runs a few of these in the browser.
#![cfg(not(target_arch = "wasm32"))]

mod age;
mod cases;
mod explanations;
mod iin;
mod input;
mod moments;
mod next;
mod quotes;
mod timelines;

use dayarlyq_rules::Date;
use dayarlyq_rules::age::Age;
use dayarlyq_rules::applicant::Applicant;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::{ApplicantData, CaseFile};
use dayarlyq_rules::eligibility::{Verdict, assess};
use dayarlyq_rules::finding::{Check, Warning};
use dayarlyq_rules::iin::{Iin, IinError};
use dayarlyq_rules::medical_card;
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::person::{Education, Fitness, Sex, Status};
use dayarlyq_rules::text::Lang;
use dayarlyq_rules::timeline;
use proptest::prelude::Strategy;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn at(s: &str) -> Moment {
    Moment::parse("submitted_at", s).unwrap()
}

fn cal() -> WorkingCalendar {
    WorkingCalendar::kazakhstan()
}

/// Any day of 1950–2099.
fn date() -> impl Strategy<Value = Date> {
    (1950i16..2100, 1i8..=12, 1i8..=31).prop_map(|(y, m, day)| {
        Date::new(y, m, day.min(Date::new(y, m, 1).unwrap().days_in_month())).unwrap()
    })
}

/// A man of `birth`, as the rules see him.
fn person(birth: &str, status: Status, fitness: Fitness, education: Education) -> Applicant {
    Applicant {
        birth_date: d(birth),
        sex: Sex::Male,
        status,
        fitness,
        education,
        deferment: false,
        medical_conclusion: None,
        submitted_at: None,
        iin: None,
    }
}

fn judge(a: &Applicant, as_of: &str) -> Verdict {
    assess(a, d(as_of), &cal()).unwrap()
}

fn ids(checks: &[Check]) -> Vec<&'static str> {
    checks.iter().map(|c| c.id.code()).collect()
}

fn failed(checks: &[Check]) -> Vec<&'static str> {
    checks
        .iter()
        .filter(|c| !c.passed)
        .map(|c| c.id.code())
        .collect()
}

fn warning_ids(w: &[Warning]) -> Vec<&'static str> {
    w.iter().map(|w| w.id.code()).collect()
}
