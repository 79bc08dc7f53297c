//! Ages as the Rules count them — «он жеті жас алты айдан» (p. 10, 12), «жиырма төрт жастан
//! жиырма жеті жасқа дейінгі» (p. 19), «24 жастан асқан» (p. 21; app. 7 item 10): whole years and
//! months reached on the day; a month without the birth day ends on its last day (RULES.md).
//! The tracks' windows built on them are rows of `tests/cases/`.

use super::*;
use proptest::prelude::*;

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
}
