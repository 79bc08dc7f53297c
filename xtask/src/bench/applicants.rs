//! The input of the bulk run: many applicants, as varied as the real ones and the same every
//! time. The codes, the dates and the IINs' check digits are the rules crate's own
//! ([`dayarlyq_rules::person`], [`dayarlyq_rules::Date`], [`dayarlyq_rules::iin::check_digit`]),
//! so what is generated is what the product reads.

use std::fmt::Write as _;

use dayarlyq_rules::Date;
use dayarlyq_rules::iin::{IIN_LENGTH, check_digit};
use dayarlyq_rules::person::{Education, Fitness, Sex, Status};
use jiff::Span;

/// The typing errors, one of which one applicant in a hundred carries (a member repeated, or
/// added, with a value that does not read).
const TYPOS: [&str; 5] = [
    r#""birth_date":"29.02.2004""#,
    r#""birth_date":"2005-02-30""#,
    r#""fitness":"годен""#,
    r#""submitted_at":"2026-13-01T10:00""#,
    r#""iin":"921029350852""#,
];

/// SplitMix64: a small, fixed generator, so that every run judges the same applicants.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0; the bias of the modulo does not matter here).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A number of days, uniform in `0..n`.
    fn days_below(&mut self, n: u64) -> Span {
        days(i64::try_from(self.below(n)).unwrap_or(0))
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One of `items` (not empty), each as likely as its number of copies.
    fn pick<T: Copy, const N: usize>(&mut self, items: &[T; N]) -> T {
        items[usize::try_from(self.below(N as u64)).unwrap_or(0)]
    }
}

/// `n` days (the generator's are a few thousand at most).
fn days(n: i64) -> Span {
    Span::new().days(n)
}

/// A valid IIN for a birth date and sex, its check digit the rules' ([`check_digit`]); `None`
/// when the serial's eleven digits have no check digit, or the birth year is outside 1900–2099.
fn iin(birth: Date, sex: Sex, serial: u64) -> Option<String> {
    let century_sex = match (birth.year() / 100, sex) {
        (19, Sex::Male) => 3,
        (19, Sex::Female) => 4,
        (20, Sex::Male) => 5,
        (20, Sex::Female) => 6,
        _ => return None,
    };
    let first_eleven = format!(
        "{:02}{:02}{:02}{century_sex}{:04}",
        birth.year() % 100,
        birth.month(),
        birth.day(),
        serial % 10_000
    );
    let mut digits = [0u8; IIN_LENGTH];
    for (digit, byte) in digits.iter_mut().zip(first_eleven.bytes()) {
        *digit = byte - b'0';
    }
    let check = check_digit(&digits)?;
    Some(format!("{first_eleven}{check}"))
}

/// `n` applicants, one JSON object a line, as varied as the real ones: ages from 13 to 41, both
/// tracks' statuses, every fitness category and education, with and without deferment, medical
/// conclusion, submission moment and IIN (some disagreeing with the typed birth date), judged on
/// days across 2025–2027 (so some fall on years the calendar knows only in part); one in a
/// hundred has a typing error.
pub fn applicants(n: usize) -> Vec<u8> {
    // Repeated entries are the likelier ones.
    const SEX: [Sex; 7] = [
        Sex::Male,
        Sex::Male,
        Sex::Male,
        Sex::Male,
        Sex::Male,
        Sex::Male,
        Sex::Female,
    ];
    const STATUS: [Status; 6] = [
        Status::Conscript,
        Status::Conscript,
        Status::Conscript,
        Status::Reservist,
        Status::Reservist,
        Status::Unregistered,
    ];
    const FITNESS: [Fitness; 8] = [
        Fitness::Fit,
        Fitness::Fit,
        Fitness::Fit,
        Fitness::FitMinor,
        Fitness::Limited,
        Fitness::TemporarilyUnfit,
        Fitness::UnfitPeacetime,
        Fitness::Unfit,
    ];
    const EDUCATION: [Education; 6] = Education::ALL;
    const FIRST_AS_OF: Date = Date::constant(2025, 1, 1);
    let mut rng = Rng(0x0DA7_A51A_2026);
    let mut out = Vec::with_capacity(n * 260);
    for _ in 0..n {
        let as_of = FIRST_AS_OF.saturating_add(rng.days_below(3 * 365));
        // Aged 13 years (of 365 days) and up to 28 more.
        let birth = as_of
            .saturating_sub(days(13 * 365))
            .saturating_sub(rng.days_below(28 * 365));
        let sex = rng.pick(&SEX);
        let mut line = format!(
            r#"{{"birth_date":"{birth}","sex":"{}","status":"{}","fitness":"{}","education":"{}""#,
            sex.code(),
            rng.pick(&STATUS).code(),
            rng.pick(&FITNESS).code(),
            rng.pick(&EDUCATION).code()
        );
        if rng.chance(20) {
            line.push_str(r#","deferment":true"#);
        }
        if rng.chance(70) {
            let conclusion = as_of.saturating_sub(rng.days_below(40));
            let _ = write!(line, r#","medical_conclusion_date":"{conclusion}""#);
        }
        if rng.chance(50) {
            let day = as_of.saturating_sub(rng.days_below(10));
            let (h, m) = (rng.below(24), rng.below(60));
            let _ = write!(line, r#","submitted_at":"{day}T{h:02}:{m:02}""#);
        }
        if rng.chance(30) {
            // One in ten IINs carries another birth date (a warning, not an error).
            let iin_birth = if rng.chance(10) {
                birth.saturating_add(days(1))
            } else {
                birth
            };
            if let Some(iin) = iin(iin_birth, sex, rng.next()) {
                let _ = write!(line, r#","iin":"{iin}""#);
            }
        }
        let _ = write!(line, r#","as_of":"{as_of}""#);
        if rng.chance(1) {
            line.push(',');
            line.push_str(rng.pick(&TYPOS));
        }
        line.push_str("}\n");
        out.extend_from_slice(line.as_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use dayarlyq_rules::iin::Iin;
    use dayarlyq_rules::moment::parse_date;
    use serde_json::Value;

    use super::*;

    #[test]
    fn generated_iins_have_the_check_digit_of_the_rules() {
        // The example of `dayarlyq_rules::iin`: 921029350851, born 29.10.1992, male, serial 5085.
        let birth = Date::constant(1992, 10, 29);
        assert_eq!(iin(birth, Sex::Male, 5085).as_deref(), Some("921029350851"));
        assert_eq!(
            iin(birth, Sex::Female, 5085)
                .as_deref()
                .map(|s| s.get(6..7)),
            Some(Some("4"))
        );
        assert_eq!(iin(Date::constant(1899, 12, 31), Sex::Male, 5085), None);
    }

    #[test]
    fn applicants_are_one_json_object_a_line_and_the_same_every_time() {
        let text = applicants(500);
        assert_eq!(text, applicants(500));
        let lines: Vec<&[u8]> = text
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines.len(), 500);
        for line in lines {
            let value: Value = serde_json::from_slice(line).unwrap();
            assert!(
                value.get("birth_date").is_some() && value.get("as_of").is_some(),
                "{value}"
            );
        }
    }

    /// Without a typing error, what is generated reads as the rules read it: real dates, ages
    /// from 13 to 41, IINs of the applicant's sex and (nine in ten) birth date.
    #[test]
    fn applicants_read_as_the_rules_read_them() {
        let text = String::from_utf8(applicants(2000)).unwrap();
        let (mut iins, mut same_birth) = (0, 0);
        for line in text
            .lines()
            .filter(|l| !TYPOS.iter().any(|t| l.contains(t)))
        {
            let value: Value = serde_json::from_str(line).unwrap();
            let text = |key: &str| value.get(key).and_then(Value::as_str);
            let birth = parse_date("birth_date", text("birth_date").unwrap()).unwrap();
            let as_of = parse_date("as_of", text("as_of").unwrap()).unwrap();
            let age = birth.until(as_of).unwrap().get_days();
            assert!((13 * 365..41 * 365).contains(&age), "{line}");
            if let Some(iin) = text("iin") {
                let iin = Iin::parse(iin).unwrap();
                assert_eq!(Some(iin.sex()), text("sex").and_then(Sex::from_code));
                iins += 1;
                same_birth += usize::from(iin.birth_date() == birth);
            }
            for (key, codes) in [
                ("status", &Status::CODES[..]),
                ("fitness", &Fitness::CODES[..]),
                ("education", &Education::CODES[..]),
            ] {
                assert!(codes.contains(&text(key).unwrap()), "{line}");
            }
        }
        assert!(iins > 400, "{iins} IINs");
        assert!(same_birth * 10 > iins * 8, "{same_birth} of {iins}");
    }
}
