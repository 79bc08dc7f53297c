//! The Rules as tables: each row names the paragraph it comes from. Dates are worked out by hand
//! from the text and the 2024–2026 calendars of Kazakhstan (rows that need a real holiday or a
//! transfer of days off say so: `// calendar: …`). Native only: `wasm.rs` runs a few of these in
//! the browser.
#![cfg(not(target_arch = "wasm32"))]

use dayarlyq_rules::Date;
use dayarlyq_rules::age::Age;
use dayarlyq_rules::applicant::Applicant;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::{ApplicantData, CaseFile};
use dayarlyq_rules::eligibility::{Verdict, assess};
use dayarlyq_rules::iin::{Iin, IinError};
use dayarlyq_rules::medical_card::{self, CardVerdict};
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::person::{Education, Fitness, Sex, Status};
use dayarlyq_rules::text::Lang;
use dayarlyq_rules::timeline;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn at(s: &str) -> Moment {
    Moment::parse("submitted_at", s).unwrap()
}

fn cal() -> WorkingCalendar {
    WorkingCalendar::kazakhstan()
}

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

fn failed(checks: &[dayarlyq_rules::finding::Check]) -> Vec<&'static str> {
    checks
        .iter()
        .filter(|c| !c.passed)
        .map(|c| c.id.code())
        .collect()
}

fn warning_ids(w: &[dayarlyq_rules::finding::Warning]) -> Vec<&'static str> {
    w.iter().map(|w| w.id.code()).collect()
}

mod iin {
    use super::*;

    #[test]
    fn valid_numbers() {
        // (IIN, birth date, sex): YYMMDD, the 7th digit for century and sex, the check digit.
        let rows = [
            ("921029350851", "1992-10-29", Sex::Male), // example-case.json: 3 → 1900s, male
            ("050228601234", "2005-02-28", Sex::Female), // 6 → 2000s, female
            ("000229504566", "2000-02-29", Sex::Male), // 29 February of a leap year
            ("991231400002", "1999-12-31", Sex::Female), // first weighting gives 10, second gives 2
            ("080831500015", "2008-08-31", Sex::Male),
        ];
        for (text, birth, sex) in rows {
            let iin = Iin::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!((iin.birth_date(), iin.sex()), (d(birth), sex), "{text}");
            assert_eq!(iin.to_string(), text);
        }
        // Spaces around the number are not part of it.
        assert!(Iin::parse(" 921029350851 ").is_ok());
    }

    #[test]
    fn invalid_numbers() {
        let rows = [
            ("", "length"),
            ("92102935085", "length"),
            ("9210293508511", "length"),
            ("92102935085a", "not_digits"),
            ("9210293508 1", "not_digits"),
            ("９２１０２９３５０８５１", "not_digits"), // full-width digits: 12 characters, not ASCII
            ("921029050851", "century"),                // 0: foreign or unknown
            ("921029750851", "century"),                // 7: no such century code
            ("920230350851", "date"),                   // 30 February
            ("010229500000", "date"),                   // 29 February 2001, a common year
            ("921029350852", "checksum"),               // one digit off
            ("880229300840", "checksum"),               // both weightings give 10: never valid
            ("880229300849", "checksum"),
        ];
        for (text, code) in rows {
            let err = Iin::parse(text).map(|_| ()).unwrap_err();
            assert_eq!(err.code(), code, "{text:?}");
            let msg = err.message();
            assert!(!msg.kk.is_empty() && !msg.ru.is_empty());
        }
        assert_eq!(
            Iin::parse("123").unwrap_err(),
            IinError::Length { found: 3 }
        );
    }

    #[test]
    fn check_digit_rule() {
        // weights 1..11 mod 11; when 10, weights 3..11,1,2 mod 11; a second 10 is invalid.
        let digits = |s: &str| -> [u8; 12] {
            let mut out = [0; 12];
            for (o, c) in out.iter_mut().zip(s.bytes()) {
                *o = c - b'0';
            }
            out
        };
        assert_eq!(
            dayarlyq_rules::iin::check_digit(&digits("921029350851")),
            Some(1)
        );
        assert_eq!(
            dayarlyq_rules::iin::check_digit(&digits("991231400002")),
            Some(2)
        );
        assert_eq!(
            dayarlyq_rules::iin::check_digit(&digits("880229300840")),
            None
        );
    }
}

mod age {
    use super::*;

    #[test]
    fn whole_years_and_months() {
        // RULES.md: ages are whole years and months reached on the day; a month without the
        // birth day ends on its last day.
        let rows = [
            ("1992-10-29", "2026-06-15", 33, 7),
            ("1992-10-29", "2026-10-28", 33, 11),
            ("1992-10-29", "2026-10-29", 34, 0), // the birthday itself: reached
            ("2008-08-31", "2026-02-28", 17, 6), // 31 Aug + 17y6m → 28 Feb (common year)
            ("2008-08-31", "2026-02-27", 17, 5),
            ("2006-08-31", "2024-02-29", 17, 6), // leap year: 29 Feb
            ("2006-08-31", "2024-02-28", 17, 5),
            ("2000-02-29", "2025-02-28", 25, 0), // 29 Feb birthday reached on 28 Feb
            ("2000-02-29", "2025-02-27", 24, 11),
            ("2000-02-29", "2024-02-29", 24, 0),
            ("2000-02-29", "2024-02-28", 23, 11),
            ("2000-01-31", "2000-02-29", 0, 1),
            ("2000-03-31", "2000-04-30", 0, 1),
            ("2000-03-31", "2000-04-29", 0, 0),
            ("2000-03-31", "2000-03-31", 0, 0),
        ];
        for (birth, on, years, months) in rows {
            assert_eq!(
                Age::on(d(birth), d(on)),
                Some(Age::new(years, months)),
                "{birth} on {on}"
            );
        }
        assert_eq!(Age::on(d("2000-01-02"), d("2000-01-01")), None);
    }

    #[test]
    fn reached_days() {
        let rows = [
            ("2008-08-31", Age::new(17, 6), "2026-02-28"),
            ("2000-02-29", Age::new(26, 0), "2026-02-28"),
            ("2000-02-29", Age::new(24, 0), "2024-02-29"),
            ("2002-03-20", Age::new(27, 0), "2029-03-20"),
        ];
        for (birth, age, day) in rows {
            assert_eq!(age.reached_by(d(birth)), Some(d(day)), "{birth} + {age}");
        }
        assert_eq!(Age::new(27, 0).reached_by(d("9990-01-01")), None);
    }
}

mod free_track {
    use super::*;

    #[test]
    fn age_window() {
        // p. 10: «он жеті жас алты айдан жиырма алты жасқа дейінгі» — from 17y6m (the day
        // included) to under 26 (the 26th birthday excluded).
        let rows = [
            ("2008-08-31", "2026-02-27", false), // 17y5m
            ("2008-08-31", "2026-02-28", true),  // 17y6m reached on the month's last day
            ("2000-06-15", "2026-06-14", true),  // 25y11m, the last day
            ("2000-06-15", "2026-06-15", false), // 26
            ("2000-02-29", "2026-02-27", true),  // leap-day birth: the last day is 27 Feb
            ("2000-02-29", "2026-02-28", false), // 26 reached on 28 Feb in a common year
        ];
        for (birth, as_of, passed) in rows {
            let v = judge(
                &person(birth, Status::Conscript, Fitness::Fit, Education::Higher),
                as_of,
            );
            let age = v.free.checks.iter().find(|c| c.id.code() == "age").unwrap();
            assert_eq!(age.passed, passed, "{birth} on {as_of}");
            assert_eq!(v.free.eligible, passed, "{birth} on {as_of}");
        }
    }

    #[test]
    fn window_dates_and_leap_day_explanation() {
        // p. 10: eligible from the day 17y6m is reached through the day before the 26th birthday.
        let v = judge(
            &person(
                "2000-02-29",
                Status::Conscript,
                Fitness::Fit,
                Education::Higher,
            ),
            "2020-01-01",
        );
        assert_eq!(v.free.eligible_from, Some(d("2017-08-29")));
        assert_eq!(v.free.eligible_until, Some(d("2026-02-27")));
        let age = v.free.checks.iter().find(|c| c.id.code() == "age").unwrap();
        assert!(
            age.explanation().kk.contains("28 ақпан"),
            "{}",
            age.explanation().kk
        );
        assert!(
            age.explanation().ru.contains("28 февраля"),
            "{}",
            age.explanation().ru
        );
    }

    #[test]
    fn registration_sex_fitness_education() {
        // p. 10: conscripts (әскерге шақырылушылар), fit (жарамды), basic secondary or higher.
        type Row = (Status, Sex, Fitness, Education, &'static [&'static str]);
        let rows: [Row; 14] = [
            (
                Status::Conscript,
                Sex::Male,
                Fitness::Fit,
                Education::BasicSecondary,
                &[],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::FitMinor,
                Education::GeneralSecondary,
                &[],
            ), // Б counts as fit
            (
                Status::Conscript,
                Sex::Male,
                Fitness::Fit,
                Education::Vocational,
                &[],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::Limited,
                Education::Higher,
                &["fitness"],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::TemporarilyUnfit,
                Education::Higher,
                &["fitness"],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::UnfitPeacetime,
                Education::Higher,
                &["fitness"],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::Unfit,
                Education::Higher,
                &["fitness"],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::Fit,
                Education::Primary,
                &["education"],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::Fit,
                Education::None,
                &["education"],
            ),
            // p. 10: selection among conscripts only; reservists go to the paid track (p. 19).
            (
                Status::Reservist,
                Sex::Male,
                Fitness::Fit,
                Education::Higher,
                &["registration"],
            ),
            // app. 7 item 10: on military registration; status none → refused.
            (
                Status::Unregistered,
                Sex::Male,
                Fitness::Fit,
                Education::Higher,
                &["registration"],
            ),
            // conscripts are men (Law on military service).
            (
                Status::Conscript,
                Sex::Female,
                Fitness::Fit,
                Education::Higher,
                &["sex"],
            ),
            (
                Status::Reservist,
                Sex::Female,
                Fitness::Limited,
                Education::Primary,
                &["registration", "sex", "fitness", "education"],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::Fit,
                Education::Higher,
                &[],
            ),
        ];
        for (status, sex, fitness, education, fails) in rows {
            let mut a = person("2004-05-10", status, fitness, education);
            a.sex = sex;
            let v = judge(&a, "2026-06-15");
            assert_eq!(
                failed(&v.free.checks),
                fails,
                "{status:?} {sex:?} {fitness:?} {education:?}"
            );
            assert_eq!(v.free.eligible, fails.is_empty());
        }
    }

    #[test]
    fn guardian_consent_under_18() {
        // p. 12: from 17y6m to under 18, the legal representative's consent is attached.
        let rows = [
            ("2008-03-01", "2026-01-15", true),  // 17y10m
            ("2008-03-01", "2026-02-28", true),  // the day before 18
            ("2008-03-01", "2026-03-01", false), // 18
            ("2008-03-01", "2025-08-31", false), // 17y5m: not eligible at all
        ];
        for (birth, as_of, consent) in rows {
            let v = judge(
                &person(
                    birth,
                    Status::Conscript,
                    Fitness::Fit,
                    Education::BasicSecondary,
                ),
                as_of,
            );
            assert_eq!(v.free.needs_guardian_consent, consent, "{birth} on {as_of}");
            assert_eq!(
                warning_ids(&v.free.warnings).contains(&"guardian_consent"),
                consent
            );
        }
    }

    #[test]
    fn deferment_is_not_a_refusal() {
        // p. 10 takes those "subject to call-up after training"; a deferment keeps the conscript
        // status: eligible, with a warning.
        let mut a = person(
            "2004-05-10",
            Status::Conscript,
            Fitness::Fit,
            Education::Higher,
        );
        a.deferment = true;
        let v = judge(&a, "2026-06-15");
        assert!(v.free.eligible);
        assert_eq!(warning_ids(&v.free.warnings), ["deferment"]);
    }
}

mod paid_track {
    use super::*;

    #[test]
    fn age() {
        // p. 19: conscripts from 24 to under 27; p. 21 and app. 7 item 10: over 24 for everyone
        // (read as 24 full years); p. 19 sets no upper age for reservists.
        let rows = [
            (Status::Conscript, "2002-03-20", "2026-03-19", false),
            (Status::Conscript, "2002-03-20", "2026-03-20", true),
            (Status::Conscript, "2002-03-20", "2029-03-19", true),
            (Status::Conscript, "2002-03-20", "2029-03-20", false),
            (Status::Reservist, "2002-03-20", "2026-03-19", false),
            (Status::Reservist, "2002-03-20", "2026-03-20", true),
            (Status::Reservist, "1976-03-20", "2026-03-20", true), // 50: no upper limit in the Rules
            (Status::Conscript, "2000-02-29", "2024-02-28", false), // leap-day birth, 24 on 29 Feb 2024
            (Status::Conscript, "2000-02-29", "2024-02-29", true),
        ];
        for (status, birth, as_of, passed) in rows {
            let v = judge(&person(birth, status, Fitness::Fit, Education::None), as_of);
            let age = v.paid.checks.iter().find(|c| c.id.code() == "age").unwrap();
            assert_eq!(age.passed, passed, "{status:?} {birth} on {as_of}");
        }
        let v = judge(
            &person(
                "2002-03-20",
                Status::Conscript,
                Fitness::Fit,
                Education::None,
            ),
            "2027-01-01",
        );
        assert_eq!(
            (v.paid.eligible_from, v.paid.eligible_until),
            (Some(d("2026-03-20")), Some(d("2029-03-19")))
        );
        let v = judge(
            &person(
                "2002-03-20",
                Status::Reservist,
                Fitness::Fit,
                Education::None,
            ),
            "2027-01-01",
        );
        assert_eq!(
            (v.paid.eligible_from, v.paid.eligible_until),
            (Some(d("2026-03-20")), None)
        );
    }

    #[test]
    fn registration_sex_fitness() {
        // p. 19: reservists fit; conscripts fit or limited. App. 7 item 10: on registration, male.
        // Education is no condition of the paid track.
        type Row = (
            Status,
            Sex,
            Fitness,
            &'static [&'static str],
            &'static [&'static str],
        );
        let rows: [Row; 10] = [
            (Status::Reservist, Sex::Male, Fitness::Fit, &[], &[]),
            (Status::Reservist, Sex::Male, Fitness::FitMinor, &[], &[]),
            (
                Status::Reservist,
                Sex::Male,
                Fitness::Limited,
                &["fitness"],
                &[],
            ),
            // contradiction 1: limited fit conscripts eligible under p. 19, warned (app. 7 item 10).
            (
                Status::Conscript,
                Sex::Male,
                Fitness::Limited,
                &[],
                &["limited_fit_portal"],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::TemporarilyUnfit,
                &["fitness"],
                &[],
            ),
            (
                Status::Conscript,
                Sex::Male,
                Fitness::UnfitPeacetime,
                &["fitness"],
                &[],
            ),
            (
                Status::Reservist,
                Sex::Male,
                Fitness::Unfit,
                &["fitness"],
                &[],
            ),
            (
                Status::Unregistered,
                Sex::Male,
                Fitness::Fit,
                &["registration"],
                &[],
            ),
            (Status::Reservist, Sex::Female, Fitness::Fit, &["sex"], &[]),
            (
                Status::Conscript,
                Sex::Female,
                Fitness::Limited,
                &["sex"],
                &["limited_fit_portal"],
            ),
        ];
        for (status, sex, fitness, fails, warns) in rows {
            let mut a = person("2001-01-15", status, fitness, Education::None);
            a.sex = sex;
            let v = judge(&a, "2026-02-01");
            assert_eq!(
                failed(&v.paid.checks),
                fails,
                "{status:?} {sex:?} {fitness:?}"
            );
            let w: Vec<_> = warning_ids(&v.paid.warnings)
                .into_iter()
                .filter(|w| *w != "medical_card_missing")
                .collect();
            assert_eq!(w, warns, "{status:?} {sex:?} {fitness:?}");
            assert_eq!(v.paid.eligible, fails.is_empty());
        }
    }

    #[test]
    fn deferment_allowed() {
        // p. 19: «оның ішінде әскери қызметке шақыру кейінге қалдырылған әскерге шақырылушылар».
        let mut a = person(
            "2001-01-15",
            Status::Conscript,
            Fitness::Fit,
            Education::None,
        );
        a.deferment = true;
        let v = judge(&a, "2026-02-01");
        assert!(v.paid.eligible);
        assert!(
            v.paid
                .checks
                .iter()
                .any(|c| c.id.code() == "deferment" && c.passed)
        );
    }

    #[test]
    fn over_24_reading_warned_at_24() {
        // contradiction 2: «24 жастан асқан» may be read as 25+; warn while the person is 24.
        let a = person(
            "2001-06-01",
            Status::Reservist,
            Fitness::Fit,
            Education::None,
        );
        assert!(
            warning_ids(&judge(&a, "2025-12-01").paid.warnings).contains(&"age_over_24_reading")
        );
        assert!(
            !warning_ids(&judge(&a, "2026-06-01").paid.warnings).contains(&"age_over_24_reading")
        );
    }

    #[test]
    fn both_tracks_refused_without_registration() {
        let v = judge(
            &person(
                "2001-06-01",
                Status::Unregistered,
                Fitness::Fit,
                Education::Higher,
            ),
            "2026-06-01",
        );
        assert!(!v.free.eligible && !v.paid.eligible);
        assert_eq!(
            v.free.first_failure().map(|c| c.id.code()),
            Some("registration")
        );
        assert_eq!(
            v.paid.first_failure().map(|c| c.id.code()),
            Some("registration")
        );
    }

    #[test]
    fn medical_card_judged_on_acceptance_day() {
        // p. 21: the card is valid 10 working days; an expired card is a ground to refuse.
        // Conclusion Wed 8 April 2026 → valid through Wed 22 April.
        let mut a = person(
            "2000-01-15",
            Status::Reservist,
            Fitness::Fit,
            Education::None,
        );
        a.medical_conclusion = Some(d("2026-04-08"));
        let v = judge(&a, "2026-04-22");
        assert!(v.paid.eligible);
        let v = judge(&a, "2026-04-23");
        assert_eq!(failed(&v.paid.checks), ["medical_card"]);
        // contradiction 5: sent 22 April 18:30, accepted 23 April — valid on sending only.
        a.submitted_at = Some(at("2026-04-22T18:30"));
        let v = judge(&a, "2026-04-22");
        assert_eq!(failed(&v.paid.checks), ["medical_card"]);
        assert!(warning_ids(&v.paid.warnings).contains(&"medical_card_valid_on_sending_only"));
        let card = v.medical_card.unwrap();
        assert!(card.valid); // on as_of
        assert_eq!(
            (card.accepted_on, card.valid_on_acceptance),
            (Some(d("2026-04-23")), Some(false))
        );
        // 17:59 the same day: accepted that day, valid.
        a.submitted_at = Some(at("2026-04-22T17:59"));
        assert!(judge(&a, "2026-04-22").paid.eligible);
    }
}

mod medical_card_validity {
    use super::*;

    #[test]
    fn ten_working_days_after_the_conclusion() {
        // p. 21: «қорытындыны алған сәттен бастап 10 жұмыс күні ішінде жарамды»; the term starts
        // the day after the conclusion (Civil Code, art. 170).
        let rows = [
            ("2026-04-08", "2026-04-22"), // Wed → Wed, two weekends
            ("2026-04-10", "2026-04-24"), // Fri → Fri
            ("2026-04-11", "2026-04-24"), // received on a Saturday: counting starts Monday
            ("2026-03-18", "2026-04-06"), // calendar: Nauryz 2026, 21–25 March off (example-case.json)
            ("2025-12-26", "2026-01-14"), // calendar: 1–2 and 7 January 2026 off
            ("2024-12-27", "2025-01-15"), // calendar: 3 Jan 2025 off, Sunday 5 Jan 2025 a working day
        ];
        for (conclusion, through) in rows {
            assert_eq!(
                medical_card::valid_through(d(conclusion), &cal()),
                Ok(d(through)),
                "{conclusion}"
            );
        }
    }

    #[test]
    fn valid_on_and_days_left() {
        let c = CardVerdict::judge(d("2026-04-08"), d("2026-04-08"), None, &cal()).unwrap();
        assert!(c.valid);
        assert_eq!(c.working_days_left, 10);
        let c = CardVerdict::judge(d("2026-04-08"), d("2026-04-22"), None, &cal()).unwrap();
        assert!(c.valid);
        assert_eq!(c.working_days_left, 0);
        let c = CardVerdict::judge(d("2026-04-08"), d("2026-04-23"), None, &cal()).unwrap();
        assert!(!c.valid);
        let c = CardVerdict::judge(d("2026-04-08"), d("2026-04-07"), None, &cal()).unwrap();
        assert!(!c.valid, "no card before its conclusion");
    }
}

mod moments {
    use super::*;

    #[test]
    fn parsing() {
        let rows = [
            ("2026-03-20T19:30", "2026-03-20T19:30:00+05:00"),
            ("2026-03-20T19:30:15", "2026-03-20T19:30:15+05:00"),
            ("2026-03-20T14:30:00Z", "2026-03-20T19:30:00+05:00"),
            ("2026-03-20T20:30:00+06:00", "2026-03-20T19:30:00+05:00"),
            ("2026-03-20T17:30+0300", "2026-03-20T19:30:00+05:00"),
            ("2026-03-20T19:30:00.123+05:00", "2026-03-20T19:30:00+05:00"),
            ("2026-03-20T23:30:00+00:00", "2026-03-21T04:30:00+05:00"), // crosses midnight
        ];
        for (text, shown) in rows {
            assert_eq!(at(text).to_string(), shown, "{text}");
        }
        let bad = [
            ("", "format"),
            ("2026-03-20", "format"),
            ("2026-03-20T1930", "format"),
            ("20.03.2026 19:30", "format"),
            ("2026-03-20T19:30+5", "format"),
            ("2026-02-30T10:00", "not_a_date"),
            ("2026-03-20T24:00", "not_a_time"),
            ("2026-03-20T19:60", "not_a_time"),
            ("2026-03-20T19:30:00+25:00", "out_of_range"),
        ];
        for (text, code) in bad {
            let e = Moment::parse("applicant.submitted_at", text).unwrap_err();
            assert_eq!(
                (e.field, e.code.code()),
                ("applicant.submitted_at", code),
                "{text:?}"
            );
        }
        assert_eq!(parse_date("as_of", "2024-02-29"), Ok(d("2024-02-29")));
        for (text, code) in [
            ("2025-02-29", "not_a_date"),
            ("2025-2-1", "format"),
            ("2025-02-01T00:00", "format"),
        ] {
            assert_eq!(parse_date("as_of", text).unwrap_err().code, code, "{text}");
        }
    }
}

mod timelines {
    use super::*;

    #[test]
    fn acceptance_day() {
        // app. 7 item 7: after the working day (18:00) or on a day off → the next working day;
        // before 9:00 on a working day → that day (decision of the product).
        let rows = [
            ("2026-03-17T17:59", "2026-03-17"),
            ("2026-03-17T18:00", "2026-03-18"),
            ("2026-03-17T08:30", "2026-03-17"),
            ("2026-03-17T00:00", "2026-03-17"),
            ("2026-03-17T13:00:00Z", "2026-03-18"), // 18:00 in Kazakhstan
            ("2026-03-17T18:30+06:00", "2026-03-17"), // 17:30 in Kazakhstan
            ("2026-03-14T10:00", "2026-03-16"),     // Saturday → Monday
            ("2026-04-10T18:00", "2026-04-13"),     // Friday evening → Monday
            ("2026-03-20T19:30", "2026-03-26"),     // calendar: Nauryz 21–25 March 2026
            ("2026-03-23T10:00", "2026-03-26"),     // calendar: a Monday of Nauryz
            ("2025-01-04T12:00", "2025-01-05"),     // calendar: Saturday → the working Sunday
            ("2025-01-05T10:00", "2025-01-05"),     // calendar: the working Sunday itself
            ("2025-01-05T18:00", "2025-01-06"),
            ("2025-01-03T10:00", "2025-01-05"), // calendar: 3 January 2025, a transferred day off
            ("2025-12-31T18:00", "2026-01-05"), // calendar: New Year
            ("2026-01-06T18:00", "2026-01-08"), // calendar: 7 January, Orthodox Christmas
        ];
        for (sent, day) in rows {
            assert_eq!(
                timeline::acceptance_day(at(sent), &cal()),
                Ok(d(day)),
                "{sent}"
            );
        }
    }

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
        // p. 45: 3, 5, 15 working days.
        let c = timeline::complaint_deadlines(d("2026-04-06"), &cal()).unwrap();
        assert_eq!(
            (c.forward_by, c.review_by, c.authority_review_by),
            (d("2026-04-09"), d("2026-04-13"), d("2026-04-27"))
        );
    }

    #[test]
    fn example_case() {
        // example-case.json: sent Friday 20 March 2026 19:30, training from 4 May 2026.
        // calendar: Nauryz 2026 and 1 May.
        let t =
            timeline::paid_timeline(at("2026-03-20T19:30:00"), d("2026-05-04"), &cal()).unwrap();
        assert_eq!(t.accepted_on, d("2026-03-26"));
        assert_eq!(t.decision_due, d("2026-03-27"));
        assert_eq!(t.registration_check_on, d("2026-04-15"));
        assert_eq!(t.payment_deadline, d("2026-04-17"));
        assert_eq!(t.payment_deadline_calendar, d("2026-04-17"));
        assert_eq!(t.rerun_check_on, d("2026-04-23"));
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
}

mod input {
    use super::*;
    use dayarlyq_rules::applicant::Validated;

    /// A case whose applicant is `json`.
    fn data(json: &str) -> CaseFile {
        CaseFile {
            applicant: serde_json::from_str::<ApplicantData>(json).unwrap(),
            ..CaseFile::default()
        }
    }

    fn validate(json: &str) -> Result<Validated, Vec<(&'static str, &'static str)>> {
        Applicant::from_case(&data(json))
            .map_err(|errs| errs.iter().map(|e| (e.field, e.code.code())).collect())
    }

    #[test]
    fn example_case_file() {
        let text = include_str!("data/example-case.json");
        let case: CaseFile = serde_json::from_str(text).unwrap();
        let v = Applicant::from_case(&case).unwrap();
        assert!(v.warnings.is_empty());
        assert_eq!(v.applicant.birth_date, d("1992-10-29"));
        assert_eq!(v.applicant.status, Status::Reservist);
    }

    #[test]
    fn errors_name_the_field() {
        let rows: [(&str, &[(&str, &str)]); 8] = [
            (
                r#"{}"#,
                &[
                    ("applicant.status", "required"),
                    ("applicant.fitness", "required"),
                    ("applicant.education", "required"),
                    ("applicant.birth_date", "required"),
                    ("applicant.sex", "required"),
                ],
            ),
            (
                r#"{"birth_date":"29.02.2004","sex":"m","status":"conscript","fitness":"fit","education":"higher"}"#,
                &[
                    ("applicant.birth_date", "format"),
                    ("applicant.sex", "unknown_value"),
                ],
            ),
            (
                r#"{"birth_date":"2005-02-29","sex":"male","status":"soldier","fitness":"A","education":"college"}"#,
                &[
                    ("applicant.birth_date", "not_a_date"),
                    ("applicant.status", "unknown_value"),
                    ("applicant.fitness", "unknown_value"),
                    ("applicant.education", "unknown_value"),
                ],
            ),
            (
                r#"{"iin":"921029350852","status":"reservist","fitness":"fit","education":"higher"}"#,
                &[("applicant.iin", "checksum")],
            ),
            (
                r#"{"iin":"92102935085","birth_date":"1992-10-29","sex":"male","status":"reservist","fitness":"fit","education":"higher"}"#,
                &[("applicant.iin", "length")],
            ),
            (
                r#"{"birth_date":"1992-10-29","sex":"male","status":"reservist","fitness":"fit","education":"higher","medical_conclusion_date":"2026-13-01"}"#,
                &[("applicant.medical_conclusion_date", "not_a_date")],
            ),
            (
                r#"{"birth_date":"1992-10-29","sex":"male","status":"reservist","fitness":"fit","education":"higher","submitted_at":"yesterday"}"#,
                &[("applicant.submitted_at", "format")],
            ),
            (
                r#"{"birth_date":"  ","sex":"","status":"reservist","fitness":"fit","education":"higher"}"#,
                &[
                    ("applicant.birth_date", "required"),
                    ("applicant.sex", "required"),
                ],
            ),
        ];
        for (json, expected) in rows {
            let mut got = validate(json).map(|_| ()).unwrap_err();
            let mut expected = expected.to_vec();
            got.sort();
            expected.sort();
            assert_eq!(got, expected, "{json}");
        }
        let e = Applicant::from_case(&data(r#"{"sex":"m"}"#)).unwrap_err();
        let sex = e.iter().find(|e| e.field == "applicant.sex").unwrap();
        assert!(sex.message.kk.contains("male | female") && sex.message.ru.contains("«m»"));
    }

    #[test]
    fn iin_fills_in_and_cross_checks() {
        // The IIN gives the birth date and sex when they are not typed.
        let v = validate(
            r#"{"iin":"921029350851","status":"reservist","fitness":"fit","education":"higher"}"#,
        )
        .unwrap();
        assert_eq!(
            (v.applicant.birth_date, v.applicant.sex),
            (d("1992-10-29"), Sex::Male)
        );
        // A mismatch is a warning; the typed values are used.
        let v = validate(
            r#"{"iin":"921029350851","birth_date":"1992-10-30","sex":"female","status":"reservist","fitness":"fit","education":"higher"}"#,
        )
        .unwrap();
        assert_eq!(
            warning_ids(&v.warnings),
            ["iin_birth_date_mismatch", "iin_sex_mismatch"]
        );
        assert_eq!(
            (v.applicant.birth_date, v.applicant.sex),
            (d("1992-10-30"), Sex::Female)
        );
    }

    #[test]
    fn birth_after_as_of() {
        let a = person(
            "2026-06-16",
            Status::Conscript,
            Fitness::Fit,
            Education::Higher,
        );
        let e = assess(&a, d("2026-06-15"), &cal()).unwrap_err();
        assert_eq!(
            (e.field, e.code.code()),
            ("applicant.birth_date", "after_as_of")
        );
    }

    #[test]
    fn fitness_names() {
        // The medical card's wording, category by category.
        let rows = [
            (Fitness::Fit, 'А', "жарамды"),
            (Fitness::FitMinor, 'Б', "болмашы шектеулермен жарамды"),
            (Fitness::Limited, 'В', "шектеулі жарамды"),
            (Fitness::TemporarilyUnfit, 'Г', "уақытша жарамсыз"),
            (
                Fitness::UnfitPeacetime,
                'Д',
                "бейбіт уақытта жарамсыз, соғыс уақытында шектеулі жарамды",
            ),
            (Fitness::Unfit, 'Е', "жарамсыз"),
        ];
        for (f, letter, short) in rows {
            assert_eq!((f.letter(), f.short_name(Lang::Kk)), (letter, short));
            assert_eq!(Fitness::from_code(f.code()), Some(f));
            assert!(
                f.official_name(Lang::Kk).starts_with("бейбіт")
                    || f.official_name(Lang::Kk).contains("әскери қызметке")
            );
        }
    }
}

mod explanations {
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
}

mod quotes {
    use dayarlyq_rules::quotes::{EXTRACTION_REPAIRS, QUOTES};

    fn normalise(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn every_quote_is_in_the_rules() {
        let mut source = normalise(include_str!("data/order-357-kk.txt"));
        for (extracted, repaired) in EXTRACTION_REPAIRS {
            assert!(
                source.contains(extracted),
                "repair not needed any more: {extracted}"
            );
            source = source.replace(extracted, repaired);
        }
        for q in QUOTES {
            assert!(
                source.contains(&normalise(q.text)),
                "{} is not verbatim",
                q.cite
            );
        }
    }

    #[test]
    fn the_copy_is_the_shared_text() {
        // The tests read a copy kept in the repository; it must stay the shared regulation text.
        let shared = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/regulation/order-357-kk.txt"
        );
        if let Ok(text) = std::fs::read_to_string(shared) {
            assert_eq!(text, include_str!("data/order-357-kk.txt"));
        }
    }

    #[test]
    fn fee_is_the_quoted_amount() {
        // app. 12 item 6: 390 000 tenge.
        use dayarlyq_rules::track::{PAID_TRAINING_FEE_CITATION, PAID_TRAINING_FEE_TENGE};
        let quote = dayarlyq_rules::quotes::quote(PAID_TRAINING_FEE_CITATION).unwrap();
        let shown = format!(
            "{} {:03} теңге",
            PAID_TRAINING_FEE_TENGE / 1000,
            PAID_TRAINING_FEE_TENGE % 1000
        );
        assert!(quote.contains(&shown), "{shown}");
    }

    #[test]
    fn every_citation_used_is_quoted() {
        use dayarlyq_rules::citation::Citation;
        for cite in [
            Citation::paragraph(10),
            Citation::paragraph(11),
            Citation::paragraph(12),
            Citation::paragraph(19),
            Citation::paragraph(21),
            Citation::paragraph(22),
            Citation::paragraph(23),
            Citation::paragraph(43),
            Citation::paragraph(44),
            Citation::paragraph(45),
            Citation::appendix(7, 3),
            Citation::appendix(7, 7),
            Citation::appendix(7, 10),
            Citation::appendix(12, 3),
            Citation::appendix(12, 6),
            Citation::Appendix(11),
        ] {
            assert!(dayarlyq_rules::quotes::quote(cite).is_some(), "{cite}");
        }
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn date() -> impl Strategy<Value = Date> {
        (1950i16..2100, 1i8..=12, 1i8..=31).prop_map(|(y, m, day)| {
            Date::new(y, m, day.min(Date::new(y, m, 1).unwrap().days_in_month())).unwrap()
        })
    }

    proptest! {
        #[test]
        fn age_reached_on_its_day_not_before(birth in date(), months in 0u32..1300) {
            let age = Age::from_months(months);
            let day = age.reached_by(birth).unwrap();
            prop_assert_eq!(Age::on(birth, day), Some(age));
            if months > 0 {
                prop_assert_eq!(Age::on(birth, day.yesterday().unwrap()), Some(Age::from_months(months - 1)));
            }
        }

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
            let cal = cal();
            let through = medical_card::valid_through(day, &cal).unwrap();
            prop_assert!(cal.is_working_day(through));
            prop_assert_eq!(medical_card::working_days_left(day, through, &cal), 10);
        }
    }
}
