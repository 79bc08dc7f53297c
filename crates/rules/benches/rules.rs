//! How long the rules take, natively (`cargo bench -p dayarlyq-rules`; `cargo xtask bench` puts
//! the figures in its report): judging one applicant, the working-day arithmetic, and the
//! procedure's dates. Each benchmark goes round a fixed, varied set of inputs, so that no single
//! easy case is measured.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dayarlyq_rules::Date;
use dayarlyq_rules::applicant::Applicant;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::{ApplicantData, CaseFile};
use dayarlyq_rules::eligibility::assess;
use dayarlyq_rules::iin::Iin;
use dayarlyq_rules::judge::judge;
use dayarlyq_rules::medical_card::valid_through;
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::person::{Education, Fitness, Status};
use dayarlyq_rules::timeline::{earliest_reachable_start, free_timeline, paid_timeline};

/// 48 applicants as typed: every status, fitness and education, both sexes, ages from 16 to 30
/// (around the limits of p. 10, 19 and 21), with and without a medical conclusion, a submission
/// (in and out of working hours), an IIN, a deferment.
fn applicants() -> Vec<CaseFile> {
    let (statuses, fitness, education) = (Status::CODES, Fitness::CODES, Education::CODES);
    let births = [
        "2009-12-15",
        "2008-02-29",
        "2002-06-15",
        "2000-06-16",
        "1999-01-01",
        "1996-05-05",
    ];
    let cards = [
        None,
        Some("2026-06-01"),
        Some("2026-06-10"),
        Some("2026-05-20"),
    ];
    let sent = [
        None,
        Some("2026-06-12T19:30"),
        Some("2026-06-11T10:00"),
        Some("2026-06-13T09:00+06:00"),
    ];
    (0..48)
        .map(|i: usize| CaseFile {
            applicant: ApplicantData {
                iin: i.is_multiple_of(7).then(|| "921029350851".to_owned()),
                birth_date: Some(births[i % births.len()].to_owned()),
                sex: Some(if i % 9 == 4 { "female" } else { "male" }.to_owned()),
                status: Some(statuses[i % statuses.len()].to_owned()),
                fitness: Some(fitness[(i / 3) % fitness.len()].to_owned()),
                education: Some(education[(i / 2 + 3) % education.len()].to_owned()),
                deferment: Some(i.is_multiple_of(5)),
                medical_conclusion_date: cards[(i / 4) % cards.len()].map(str::to_owned),
                submitted_at: sent[(i / 5) % sent.len()].map(str::to_owned),
                ..ApplicantData::default()
            },
            ..CaseFile::default()
        })
        .collect()
}

/// Dates from 2024 to 2027, a little over a week apart, on every weekday.
fn dates() -> Vec<Date> {
    let first = Date::constant(2024, 1, 1);
    (0..160)
        .filter_map(|i| first.checked_add(jiff::Span::new().days(i * 9)).ok())
        .collect()
}

/// Calls `f` with the inputs in turn.
fn round<T, R>(items: &[T], mut f: impl FnMut(&T) -> R) -> impl FnMut() -> R {
    let mut i = 0;
    move || {
        i = (i + 1) % items.len();
        f(black_box(&items[i]))
    }
}

fn rules(c: &mut Criterion) {
    let cal = WorkingCalendar::kazakhstan();
    let as_of = Date::constant(2026, 6, 15);
    let people = applicants();
    let typed: Vec<Applicant> = people
        .iter()
        .filter_map(|case| Applicant::from_case(case).ok())
        .map(|v| v.applicant)
        .collect();
    let days = dates();
    let moments: Vec<Moment> = days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let time = jiff::civil::Time::constant((i % 24) as i8, (i * 7 % 60) as i8, 0, 0);
            Moment::local(d.to_datetime(time))
        })
        .collect();

    // One case as the CLI and the web app judge one (the rules' `judge`): the typed fields
    // checked, then both tracks, the medical card and the acceptance judged.
    c.bench_function("check/applicant", |b| {
        b.iter(round(&people, |case| judge(case, as_of, &cal).ok()))
    });
    c.bench_function("check/assess", |b| {
        b.iter(round(&typed, |a| assess(a, as_of, &cal)))
    });
    // The verdict with its explanations written out in both languages, as the page shows it.
    c.bench_function("check/assess+explanations", |b| {
        b.iter(round(&typed, |a| {
            assess(a, as_of, &cal).map(|v| {
                let checks = v.free.checks.iter().chain(&v.paid.checks);
                checks.map(|c| c.explanation().kk.len()).sum::<usize>()
            })
        }))
    });
    // The CLI's `check` output of one applicant (serde_json, with the explanations).
    c.bench_function("check/assess+json", |b| {
        b.iter(round(&typed, |a| {
            assess(a, as_of, &cal).map(|v| serde_json::to_vec(&v).map(|j| j.len()))
        }))
    });

    c.bench_function("workdays/is_working_day", |b| {
        b.iter(round(&days, |d| cal.is_working_day(*d)))
    });
    c.bench_function("workdays/add_10 (medical card)", |b| {
        b.iter(round(&days, |d| valid_through(*d, &cal)))
    });
    c.bench_function("workdays/add_-12 (registration check)", |b| {
        b.iter(round(&days, |d| cal.add_working_days(*d, -12)))
    });
    c.bench_function("workdays/add_250 (a year)", |b| {
        b.iter(round(&days, |d| cal.add_working_days(*d, 250)))
    });
    c.bench_function("workdays/between (a year)", |b| {
        b.iter(round(&days, |d| {
            d.checked_add(jiff::Span::new().days(365))
                .map(|e| cal.working_days_between(*d, e))
        }))
    });

    let start = Date::constant(2026, 9, 1);
    c.bench_function("timeline/paid", |b| {
        b.iter(round(&moments, |m| {
            paid_timeline(*m, start, &cal).map(|t| t.warnings(&cal).len())
        }))
    });
    c.bench_function("timeline/free", |b| {
        b.iter(round(&days, |d| free_timeline(*d)))
    });
    c.bench_function("timeline/earliest_reachable_start", |b| {
        b.iter(round(&moments, |m| earliest_reachable_start(*m, &cal)))
    });

    let iins = [
        "921029350851",
        "921029350852",
        "050229612344",
        " 921029350851 ",
        "9210293508",
    ];
    c.bench_function("input/iin", |b| {
        b.iter(round(&iins, |s| Iin::parse(s).is_ok()))
    });
    let texts = [
        "2026-03-20T19:30",
        "2026-03-20T14:30:00Z",
        "2026-03-20T19:30:05+06:00",
        "20.03.2026",
    ];
    c.bench_function("input/moment", |b| {
        b.iter(round(&texts, |s| Moment::parse("submitted_at", s).is_ok()))
    });
    c.bench_function("input/date", |b| {
        b.iter(round(&texts, |s| {
            parse_date("birth_date", s.get(..10).unwrap_or(s)).is_ok()
        }))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(50)
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = rules
}
criterion_main!(benches);
