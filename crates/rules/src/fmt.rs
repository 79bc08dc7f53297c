//! How dates, ages and amounts are written in Kazakh and Russian text: one place for the web app,
//! the documents and the command line (as jiff keeps its formatting in `fmt/`).
//!
//! - a date standing alone: `03.12.2026` ([`Dmy`]);
//! - an age: `25 жас 11 ай`, `25 лет 11 мес.` ([`AgeText`]);
//! - an amount of tenge: `390 000`, thousands apart by a no-break space ([`Tenge`]).
//!
//! The documents' dates inside a sentence ("2026 жылғы 4 мамырдан", "«4» мая 2026 года") follow
//! the grammar of each form and are the documents crate's (`dayarlyq_documents::dates`).

use core::fmt;

use crate::Date;
use crate::age::Age;
use crate::text::Lang;

/// A date as `dd.mm.yyyy`, as Kazakh and Russian texts write it.
///
/// ```
/// use dayarlyq_rules::{fmt::Dmy, Date};
///
/// assert_eq!(Dmy(Date::constant(2026, 12, 3)).to_string(), "03.12.2026");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Dmy(pub Date);

impl fmt::Display for Dmy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (day, month, year) = (self.0.day(), self.0.month(), self.0.year());
        // Written by hand in one piece: explanations hold many dates, and `check --jsonl` writes
        // hundreds of thousands of them (the padded `{:02}` formatting cost an eighth of its time).
        match (u8::try_from(day), u8::try_from(month), u16::try_from(year)) {
            (Ok(d), Ok(m), Ok(y)) if y <= 9999 => {
                let digit = |n: u16| b'0' + (n % 10) as u8;
                let (d, m) = (u16::from(d), u16::from(m));
                let text = [
                    digit(d / 10),
                    digit(d),
                    b'.',
                    digit(m / 10),
                    digit(m),
                    b'.',
                    digit(y / 1000),
                    digit(y / 100),
                    digit(y / 10),
                    digit(y),
                ];
                f.write_str(core::str::from_utf8(&text).map_err(|_| fmt::Error)?)
            }
            _ => write!(f, "{day:02}.{month:02}.{year:04}"),
        }
    }
}

/// An age in words: `25 жас 11 ай`, `25 лет 11 мес.`.
///
/// ```
/// use dayarlyq_rules::{age::Age, fmt::AgeText, text::Lang};
///
/// assert_eq!(AgeText(Age::new(21, 3), Lang::Ru).to_string(), "21 год 3 мес.");
/// assert_eq!(AgeText(Age::new(17, 6), Lang::Kk).to_string(), "17 жас 6 ай");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct AgeText(pub Age, pub Lang);

impl fmt::Display for AgeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let AgeText(age, lang) = *self;
        match lang {
            Lang::Kk => write!(f, "{} жас {} ай", age.years, age.months),
            Lang::Ru => write!(
                f,
                "{} {} {} мес.",
                age.years,
                ru_years(age.years),
                age.months
            ),
        }
    }
}

/// год / года / лет.
fn ru_years(n: u16) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=14) => "лет",
        (1, _) => "год",
        (2..=4, _) => "года",
        _ => "лет",
    }
}

/// An amount of tenge, its thousands apart by a no-break space, as Kazakh and Russian documents
/// write amounts ("390 000 теңге", app. 12 item 6): the no-break space keeps it on one line.
///
/// ```
/// use dayarlyq_rules::fmt::Tenge;
///
/// assert_eq!(Tenge(390_000).to_string(), "390\u{a0}000");
/// assert_eq!(Tenge(1_234_567).to_string(), "1\u{a0}234\u{a0}567");
/// assert_eq!(Tenge(999).to_string(), "999");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Tenge(pub u64);

impl fmt::Display for Tenge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut digits = [0u8; 20];
        let mut n = self.0;
        let mut len = 0;
        loop {
            digits[len] = b'0' + (n % 10) as u8;
            len += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for i in (0..len).rev() {
            if i + 1 < len && (i + 1) % 3 == 0 {
                f.write_str("\u{a0}")?;
            }
            let c = [digits[i]];
            f.write_str(core::str::from_utf8(&c).map_err(|_| fmt::Error)?)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_years_agree_with_the_number() {
        let rows = [
            (1, "год"),
            (2, "года"),
            (5, "лет"),
            (11, "лет"),
            (21, "год"),
            (24, "года"),
            (112, "лет"),
        ];
        for (n, word) in rows {
            assert_eq!(ru_years(n), word, "{n}");
        }
    }

    #[test]
    fn amounts_group_thousands() {
        let rows = [
            (0, "0"),
            (7, "7"),
            (1_000, "1\u{a0}000"),
            (390_000, "390\u{a0}000"),
            (
                u64::MAX,
                "18\u{a0}446\u{a0}744\u{a0}073\u{a0}709\u{a0}551\u{a0}615",
            ),
        ];
        for (n, text) in rows {
            assert_eq!(Tenge(n).to_string(), text, "{n}");
        }
    }
}
