//! Kazakhstan's working-day calendar against the law and the published calendars.
//!
//! Sources of the expected values are named above each table; "egov.kz" means the official
//! holiday calendar of the year as published on egov.kz and reported by the press (Kazinform,
//! Tengrinews, Zakon.kz, NUR.KZ); МТСЗН is the Ministry of Labour and Social Protection of the
//! Population; ДУМК the Spiritual Administration of Muslims of Kazakhstan.

use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::{Coverage, DataHorizon, DayKind, HolidayKind, WorkingCalendar};

const KZ: WorkingCalendar = WorkingCalendar::kazakhstan();

fn d(s: &str) -> Date {
    s.parse().expect("a date in the table")
}

/// A short, comparable description of a [`DayKind`].
fn describe(kind: DayKind) -> String {
    match kind {
        DayKind::Working => "working".into(),
        DayKind::Weekend => "weekend".into(),
        DayKind::Holiday(h) => format!("holiday {}", h.id),
        DayKind::MovedDayOff { from, holiday } => format!("moved {} from {from}", holiday.id),
        DayKind::TransferredDayOff(t) => format!("transferred from {}", t.working_day),
        DayKind::WorkingWeekend(t) => format!("working weekend for {}", t.day_off),
    }
}

// ---------------------------------------------------------------------------------------------
// Complete non-working days (five-day week), month by month.

type YearTable = [(i8, &'static [i8]); 12];

// 2024: egov.kz calendar 2024 (Nauryz 23.03 Sat → 25.03; Astana Day 06.07 Sat → 08.07; 7 January a
// Sunday, not moved); order of the acting Minister of Labour of 17.04.2024: day off from Sat 04.05 to
// Wed 08.05; Kurban Ait 16.06 (Sunday, not moved; ДУМК 07.06.2024, 17 June stayed a working day).
// Published total: 117 days off (aqshamnews.kz / mugalzhar.kz, egov.kz 2024).
const NON_WORKING_2024: YearTable = [
    (1, &[1, 2, 6, 7, 13, 14, 20, 21, 27, 28]),
    (2, &[3, 4, 10, 11, 17, 18, 24, 25]),
    (3, &[2, 3, 8, 9, 10, 16, 17, 21, 22, 23, 24, 25, 30, 31]),
    (4, &[6, 7, 13, 14, 20, 21, 27, 28]),
    (5, &[1, 5, 7, 8, 9, 11, 12, 18, 19, 25, 26]),
    (6, &[1, 2, 8, 9, 15, 16, 22, 23, 29, 30]),
    (7, &[6, 7, 8, 13, 14, 20, 21, 27, 28]),
    (8, &[3, 4, 10, 11, 17, 18, 24, 25, 30, 31]),
    (9, &[1, 7, 8, 14, 15, 21, 22, 28, 29]),
    (10, &[5, 6, 12, 13, 19, 20, 25, 26, 27]),
    (11, &[2, 3, 9, 10, 16, 17, 23, 24, 30]),
    (12, &[1, 7, 8, 14, 15, 16, 21, 22, 28, 29]),
];

// 2025: egov.kz calendar 2025 (8 March Sat → 10.03; Nauryz 22–23 Sat–Sun → 24–25.03; Astana Day
// Sun → 07.07; Constitution Day 30.08 Sat → 01.09; Republic Day 25.10 Sat → 27.10); order of the
// Minister of Labour of 21.11.2024: day off from Sun 05.01 to Fri 03.01; Kurban Ait Fri 06.06.
// Published totals: 119 days off, 246 working days (azattyq-ruhy.kz, pobipb.kz); March 14 days off;
// December 9 days off (aqshamnews.kz).
const NON_WORKING_2025: YearTable = [
    (1, &[1, 2, 3, 4, 7, 11, 12, 18, 19, 25, 26]),
    (2, &[1, 2, 8, 9, 15, 16, 22, 23]),
    (3, &[1, 2, 8, 9, 10, 15, 16, 21, 22, 23, 24, 25, 29, 30]),
    (4, &[5, 6, 12, 13, 19, 20, 26, 27]),
    (5, &[1, 3, 4, 7, 9, 10, 11, 17, 18, 24, 25, 31]),
    (6, &[1, 6, 7, 8, 14, 15, 21, 22, 28, 29]),
    (7, &[5, 6, 7, 12, 13, 19, 20, 26, 27]),
    (8, &[2, 3, 9, 10, 16, 17, 23, 24, 30, 31]),
    (9, &[1, 6, 7, 13, 14, 20, 21, 27, 28]),
    (10, &[4, 5, 11, 12, 18, 19, 25, 26, 27]),
    (11, &[1, 2, 8, 9, 15, 16, 22, 23, 29, 30]),
    (12, &[6, 7, 13, 14, 16, 20, 21, 27, 28]),
];

// 2026: egov.kz calendar 2026 (Kazinform 02.01.2026: 8 March Sun → 09.03; Nauryz 21–22 Sat–Sun →
// 24–25.03; Victory Day 09.05 Sat → 11.05; Republic Day 25.10 Sun → 26.10; Kurban Ait Wed 27.05), no
// transfers (МТСЗН); as published in December 2025 it had 119 days off and 246 working days, with
// Constitution Day 30.08 (Sun) → Mon 31.08. The Constitution adopted on 15.03.2026 moved Constitution
// Day to 15 March from 2027 and МТСЗН (18.03.2026) said 30 August is no day off in 2026: so 31 August
// is a working day and the year has 118 days off, 247 working days. January: 12 days off (alau.kz).
const NON_WORKING_2026: YearTable = [
    (1, &[1, 2, 3, 4, 7, 10, 11, 17, 18, 24, 25, 31]),
    (2, &[1, 7, 8, 14, 15, 21, 22, 28]),
    (3, &[1, 7, 8, 9, 14, 15, 21, 22, 23, 24, 25, 28, 29]),
    (4, &[4, 5, 11, 12, 18, 19, 25, 26]),
    (5, &[1, 2, 3, 7, 9, 10, 11, 16, 17, 23, 24, 27, 30, 31]),
    (6, &[6, 7, 13, 14, 20, 21, 27, 28]),
    (7, &[4, 5, 6, 11, 12, 18, 19, 25, 26]),
    (8, &[1, 2, 8, 9, 15, 16, 22, 23, 29, 30]),
    (9, &[5, 6, 12, 13, 19, 20, 26, 27]),
    (10, &[3, 4, 10, 11, 17, 18, 24, 25, 26, 31]),
    (11, &[1, 7, 8, 14, 15, 21, 22, 28, 29]),
    (12, &[5, 6, 12, 13, 16, 19, 20, 26, 27]),
];

fn expected(year: i16, table: &YearTable) -> Vec<Date> {
    let mut out = Vec::new();
    for (month, days) in table {
        for day in *days {
            out.push(Date::new(year, *month, *day).expect("a date in the table"));
        }
    }
    out
}

#[test]
fn non_working_days_match_the_published_calendars() {
    for (year, table, days_off) in [
        (2024, &NON_WORKING_2024, 117),
        (2025, &NON_WORKING_2025, 119),
        (2026, &NON_WORKING_2026, 118),
    ] {
        let want = expected(year, table);
        assert_eq!(
            want.len(),
            days_off,
            "the table of {year} has the published total"
        );
        let got = KZ.non_working_days(year);
        let missing: Vec<_> = want.iter().filter(|x| !got.contains(x)).collect();
        let extra: Vec<_> = got.iter().filter(|x| !want.contains(x)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{year}: missing {missing:?}, extra {extra:?}"
        );
        assert_eq!(got, want, "{year}: ascending");
    }
}

#[test]
fn working_day_totals_match_the_published_calendars() {
    // 2024: 366 − 117; 2025: 246 (azattyq-ruhy.kz); 2026: 246 as published, + 31 August (see above).
    for (year, working) in [(2024, 249), (2025, 246), (2026, 247)] {
        let last_of_previous = Date::new(year - 1, 12, 31).expect("a date");
        let last = Date::new(year, 12, 31).expect("a date");
        assert_eq!(
            KZ.working_days_between(last_of_previous, last),
            working,
            "{year}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Why a day is or is not a working day, row by row.

#[test]
fn day_kinds_follow_the_law_and_the_orders() {
    let rows: &[(&str, &str)] = &[
        // Law on holidays, art. 3 and art. 5: Nauryz 21–23 March; a day on a weekend moves to the
        // next working day after the whole block.
        ("2024-03-22", "holiday nauryz"),
        ("2024-03-23", "holiday nauryz"),
        ("2024-03-25", "moved nauryz from 2024-03-23"),
        ("2025-03-21", "holiday nauryz"),
        ("2025-03-24", "moved nauryz from 2025-03-22"),
        ("2025-03-25", "moved nauryz from 2025-03-23"),
        ("2025-03-26", "working"),
        ("2026-03-21", "holiday nauryz"),
        ("2026-03-23", "holiday nauryz"),
        ("2026-03-24", "moved nauryz from 2026-03-21"),
        ("2026-03-25", "moved nauryz from 2026-03-22"),
        ("2026-03-26", "working"),
        // Art. 3 and art. 5: New Year 1–2 January; 2 January 2027 is a Saturday → Monday 4 January.
        ("2025-01-01", "holiday new_year"),
        ("2026-01-02", "holiday new_year"),
        ("2027-01-02", "holiday new_year"),
        ("2027-01-04", "moved new_year from 2027-01-02"),
        // Labour Code art. 84 p. 5: 7 January is a day off that never moves.
        ("2024-01-07", "holiday orthodox_christmas"),
        ("2024-01-08", "working"),
        ("2025-01-07", "holiday orthodox_christmas"),
        ("2026-01-07", "holiday orthodox_christmas"),
        // Labour Code art. 84 p. 5: the first day of Kurban Ait never moves; 2024 on a Sunday (ДУМК,
        // 07.06.2024), so Monday 17 June 2024 was a working day.
        ("2024-06-16", "holiday kurban_ait"),
        ("2024-06-17", "working"),
        ("2025-06-06", "holiday kurban_ait"),
        ("2026-05-27", "holiday kurban_ait"),
        // Order of the Minister of Labour of 21.11.2024: day off from Sunday 5 January 2025 to Friday 3.
        ("2025-01-03", "transferred from 2025-01-05"),
        ("2025-01-05", "working weekend for 2025-01-03"),
        ("2025-01-04", "weekend"),
        // Order of the acting Minister of Labour of 17.04.2024: from Saturday 4 May to Wednesday 8 May.
        ("2024-05-04", "working weekend for 2024-05-08"),
        ("2024-05-08", "transferred from 2024-05-04"),
        // Constitution Day: 30 August until 2025 (2025: Saturday → Monday 1 September); not in 2026
        // (Constitution of 15.03.2026, paraphrased in data.rs; МТСЗН 18.03.2026); 15 March from 2027.
        ("2025-08-30", "holiday constitution_day"),
        ("2025-09-01", "moved constitution_day from 2025-08-30"),
        ("2026-08-30", "weekend"),
        ("2026-08-31", "working"),
        ("2026-03-15", "weekend"),
        ("2027-03-15", "holiday constitution_day"),
        ("2027-08-30", "working"),
        // Art. 2 and art. 5: Republic Day 25 October (national holiday again since 2022).
        ("2025-10-25", "holiday republic_day"),
        ("2025-10-27", "moved republic_day from 2025-10-25"),
        ("2026-10-26", "moved republic_day from 2026-10-25"),
        // Art. 3 and art. 5: other movable holidays.
        ("2025-03-10", "moved womens_day from 2025-03-08"),
        ("2026-03-09", "moved womens_day from 2026-03-08"),
        ("2026-05-11", "moved victory_day from 2026-05-09"),
        ("2024-07-08", "moved capital_day from 2024-07-06"),
        ("2025-07-07", "moved capital_day from 2025-07-06"),
        // Law of 29.09.2022: 16 December only (17 December and 1 December are working days).
        ("2025-12-16", "holiday independence_day"),
        ("2024-12-17", "working"),
        ("2025-12-01", "working"),
        // Art. 5 also in years beyond the data (Coverage::Unknown): 15 March 2031 is a Saturday.
        ("2031-03-15", "holiday constitution_day"),
        ("2031-03-17", "moved constitution_day from 2031-03-15"),
    ];
    for (date, want) in rows {
        let kind = KZ.day_kind(d(date));
        assert_eq!(describe(kind), *want, "{date}");
        assert_eq!(kind.is_working(), KZ.is_working_day(d(date)), "{date}");
    }
}

#[test]
fn holidays_carry_their_kind_and_source() {
    let rows: &[(&str, HolidayKind, &str)] = &[
        // Law, art. 3: a state holiday, movable.
        ("2026-03-23", HolidayKind::State, "art. 3"),
        // Law, art. 2: the national holiday.
        ("2025-10-25", HolidayKind::National, "art. 2"),
        // Labour Code art. 84 p. 5: never moves.
        ("2026-01-07", HolidayKind::FixedDayOff, "art. 84 p. 5"),
        ("2026-05-27", HolidayKind::FixedDayOff, "art. 84 p. 5"),
    ];
    for (date, kind, cited) in rows {
        let DayKind::Holiday(h) = KZ.day_kind(d(date)) else {
            panic!("{date} is a holiday")
        };
        assert_eq!(h.kind, *kind, "{date}");
        assert!(h.source.contains(cited), "{date}: {}", h.source);
        assert!(!h.name.kk.is_empty() && !h.name.ru.is_empty(), "{date}");
    }
    // The transfer orders name their dates.
    let DayKind::TransferredDayOff(t) = KZ.day_kind(d("2025-01-03")) else {
        panic!("a transfer")
    };
    assert!(t.source.contains("21.11.2024"), "{}", t.source);
    let DayKind::WorkingWeekend(t) = KZ.day_kind(d("2024-05-04")) else {
        panic!("a transfer")
    };
    assert!(t.source.contains("17.04.2024"), "{}", t.source);
}

// ---------------------------------------------------------------------------------------------
// Counting working days.

#[test]
fn add_working_days_rows() {
    let rows: &[(&str, i32, &str)] = &[
        // n == 0: the date itself, working or not.
        ("2025-01-04", 0, "2025-01-04"),
        // The day after Thursday 2 January 2025: Friday 3 is a day off and Saturday 4 a weekend, but
        // Sunday 5 is a working day (order of 21.11.2024).
        ("2025-01-02", 1, "2025-01-05"),
        // Nauryz 2026 with its moves: the first working day after Friday 20 March is Thursday 26.
        ("2026-03-20", 1, "2026-03-26"),
        // Medical card valid 10 working days (Rules, p. 21) from Monday 2 June 2025: Kurban Ait on
        // Friday 6 June is skipped.
        ("2025-06-02", 10, "2025-06-17"),
        // 12 working days before Monday 1 June 2026 (Rules, p. 22): Kurban Ait on 27 May skipped.
        ("2026-06-01", -12, "2026-05-13"),
        // Backwards over a transfer: the working day before Monday 6 January 2025 is Sunday 5.
        ("2025-01-06", -1, "2025-01-05"),
        // Across the year end: 31 December 2025 (Wednesday) + 1 → Monday 5 January 2026.
        ("2025-12-31", 1, "2026-01-05"),
        ("2026-01-05", -1, "2025-12-31"),
    ];
    for (from, n, want) in rows {
        assert_eq!(
            KZ.add_working_days(d(from), *n),
            Ok(d(want)),
            "{from} {n:+}"
        );
    }
}

#[test]
fn working_day_on_or_after_rows() {
    let rows: &[(&str, &str)] = &[
        // A working day: itself.
        ("2026-03-20", "2026-03-20"),
        // A working Sunday (order of 21.11.2024): itself.
        ("2025-01-05", "2025-01-05"),
        // Nauryz 2026 and its moved days off.
        ("2026-03-21", "2026-03-26"),
        ("2026-03-24", "2026-03-26"),
        // Kurban Ait 2026 (Wednesday) → Thursday.
        ("2026-05-27", "2026-05-28"),
    ];
    for (from, want) in rows {
        assert_eq!(KZ.working_day_on_or_after(d(from)), Ok(d(want)), "{from}");
    }
}

#[test]
fn working_days_between_rows() {
    let rows: &[(&str, &str, i32)] = &[
        ("2025-01-02", "2025-01-02", 0),
        // (2 Jan, 6 Jan 2025]: 3 off, 4 weekend, 5 working (transfer), 6 working.
        ("2025-01-02", "2025-01-06", 2),
        ("2025-01-06", "2025-01-02", -2),
        // (20 Mar, 26 Mar 2026]: only 26 March works.
        ("2026-03-20", "2026-03-26", 1),
    ];
    for (a, b, want) in rows {
        assert_eq!(KZ.working_days_between(d(a), d(b)), *want, "({a}, {b}]");
    }
}

#[test]
fn out_of_range_is_an_error() {
    let last = Date::new(9999, 12, 31).expect("the last date");
    let first = Date::new(-9999, 1, 1).expect("the first date");
    assert!(KZ.add_working_days(last, 1).is_err());
    assert!(KZ.add_working_days(first, -1).is_err());
}

// ---------------------------------------------------------------------------------------------
// What the data covers.

#[test]
fn coverage_and_horizon() {
    let rows: &[(i16, Coverage)] = &[
        // Every holiday, Kurban Ait date and transfer order published.
        (2024, Coverage::Full),
        (2025, Coverage::Full),
        (2026, Coverage::Full),
        // Kurban Ait estimated (16.05.2027), transfers not published.
        (2027, Coverage::Partial),
        (2023, Coverage::Unknown),
        (2028, Coverage::Unknown),
    ];
    for (year, want) in rows {
        assert_eq!(KZ.coverage(*year), *want, "{year}");
    }
    assert_eq!(
        KZ.data_horizon(),
        DataHorizon {
            first_year: 2024,
            last_full_year: 2026,
            last_year: 2027
        }
    );
}

#[test]
fn estimated_and_unknown_years_say_so() {
    // Kurban Ait 2027: estimated, not announced.
    let DayKind::Holiday(h) = KZ.day_kind(d("2027-05-16")) else {
        panic!("Kurban Ait 2027")
    };
    assert_eq!(h.certainty, dayarlyq_rules::calendar::Certainty::Estimated);
    // Unknown years have no Kurban Ait at all (its date is not in the data).
    let kurban_2028 = KZ
        .non_working_days(2028)
        .into_iter()
        .any(|x| matches!(KZ.day_kind(x), DayKind::Holiday(h) if h.id == "kurban_ait"));
    assert!(!kurban_2028);
}

// ---------------------------------------------------------------------------------------------
// Properties (native only: proptest is not built for wasm).

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const BASE: Date = jiff::civil::date(2000, 1, 1);

    fn date_in(range: std::ops::Range<i32>) -> impl Strategy<Value = Date> {
        range.prop_map(|n| {
            BASE.checked_add(jiff::Span::new().days(n))
                .expect("within the date range")
        })
    }

    /// Working days in (a, b] counted one day at a time.
    fn naive_between(a: Date, b: Date) -> i32 {
        let (lo, hi, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
        let mut n = 0;
        let mut x = lo;
        while x < hi {
            x = x.tomorrow().expect("within the date range");
            if KZ.is_working_day(x) {
                n += 1;
            }
        }
        sign * n
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn forward_then_back_returns_to_a_working_start(start in date_in(0..15_000), n in 1..400i32) {
            let start = KZ.working_day_on_or_after(start).expect("in range");
            let there = KZ.add_working_days(start, n).expect("in range");
            prop_assert_eq!(KZ.add_working_days(there, -n).expect("in range"), start);
        }

        #[test]
        fn every_step_lands_on_a_working_day(start in date_in(0..15_000), n in -400..400i32) {
            prop_assume!(n != 0);
            let end = KZ.add_working_days(start, n).expect("in range");
            prop_assert!(KZ.is_working_day(end));
            prop_assert_eq!(end > start, n > 0);
        }

        #[test]
        fn counting_agrees_with_stepping(start in date_in(0..15_000), n in -400..400i32) {
            let end = KZ.add_working_days(start, n).expect("in range");
            if n >= 0 {
                // N working days in (start, end], and end is the first day with N counted.
                prop_assert_eq!(KZ.working_days_between(start, end), n);
                if n > 0 {
                    let before = end.yesterday().expect("in range");
                    prop_assert_eq!(KZ.working_days_between(start, before), n - 1);
                }
            } else {
                // |N| working days in [end, start): (end − 1, start − 1].
                let (e, s) = (end.yesterday().expect("in range"), start.yesterday().expect("in range"));
                prop_assert_eq!(KZ.working_days_between(e, s), -n);
            }
        }

        #[test]
        fn counting_agrees_with_enumeration(a in date_in(0..15_000), gap in -800..800i32) {
            let b = a.checked_add(jiff::Span::new().days(gap)).expect("in range");
            prop_assert_eq!(KZ.working_days_between(a, b), naive_between(a, b));
            prop_assert_eq!(KZ.working_days_between(b, a), -KZ.working_days_between(a, b));
        }

    }

    proptest! {
        // Each case walks a whole year, asking day_kind (which classifies the year) every day.
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn non_working_days_agree_with_is_working_day(year in 1990i16..2100) {
            let listed = KZ.non_working_days(year);
            prop_assert!(listed.windows(2).all(|w| w[0] < w[1]));
            let mut x = Date::new(year, 1, 1).expect("a date");
            while x.year() == year {
                prop_assert_eq!(listed.binary_search(&x).is_ok(), !KZ.is_working_day(x), "{}", x);
                prop_assert_eq!(KZ.day_kind(x).is_working(), KZ.is_working_day(x), "{}", x);
                x = x.tomorrow().expect("in range");
            }
        }
    }
}
