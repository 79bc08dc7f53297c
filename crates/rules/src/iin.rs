//! The individual identification number (ЖСН / ИИН): twelve digits that carry the birth date,
//! the century and sex, and a check digit.
//!
//! Layout: `YYMMDD` birth date, then the century-and-sex digit (1/2: born in the 1800s,
//! male/female; 3/4: 1900s; 5/6: 2000s; 0 marks a foreign or unknown record), four digits of the
//! registration, and the check digit: the first eleven digits weighted 1…11, modulo 11; when that
//! gives 10, weighted 3, 4, …, 11, 1, 2, modulo 11; a second 10 makes the number invalid.
//!
//! The product uses the IIN as a cross-check only: a birth date or sex typed elsewhere that
//! disagrees with it is a warning, never a refusal.

use core::fmt;

use serde::{Serialize, Serializer};
use thiserror::Error;

use crate::Date;
use crate::input::{ErrorCode, FieldError};
use crate::person::Sex;
use crate::text::Localized;

/// Number of digits of an IIN.
pub const IIN_LENGTH: usize = 12;

const FIRST_WEIGHTS: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/// A valid IIN: twelve digits, a real birth date, a known century, a right check digit.
///
/// ```
/// use dayarlyq_rules::{person::Sex, iin::Iin, Date};
///
/// let iin: Iin = "921029350851".parse().unwrap();
/// assert_eq!(iin.birth_date(), Date::constant(1992, 10, 29));
/// assert_eq!(iin.sex(), Sex::Male);
/// assert_eq!("921029350852".parse::<Iin>().unwrap_err().code(), "checksum");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Iin {
    digits: [u8; IIN_LENGTH],
    birth_date: Date,
    sex: Sex,
}

/// Why a string is not a valid IIN.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum IinError {
    /// Not twelve characters.
    #[error("an IIN has 12 digits, this has {found} characters")]
    Length { found: usize },
    /// Twelve characters, not all digits.
    #[error("an IIN has only digits")]
    NotDigits,
    /// The seventh digit is 0 (foreign or unknown) or 7–9: no century.
    #[error("the 7th digit ({digit}) gives no century (expected 1–6)")]
    Century { digit: u8 },
    /// The first six digits are not a real date `YYMMDD`.
    #[error("the first six digits are not a real date YYMMDD")]
    Date,
    /// The check digit does not match.
    #[error("the check digit does not match")]
    Checksum,
}

impl IinError {
    /// The stable code: `length`, `not_digits`, `century`, `date`, `checksum`.
    pub const fn code(self) -> ErrorCode {
        match self {
            IinError::Length { .. } => ErrorCode::Length,
            IinError::NotDigits => ErrorCode::NotDigits,
            IinError::Century { .. } => ErrorCode::Century,
            IinError::Date => ErrorCode::Date,
            IinError::Checksum => ErrorCode::Checksum,
        }
    }

    /// What is wrong, in Kazakh and Russian.
    pub fn message(self) -> Localized {
        match self {
            IinError::Length { found } => Localized::new(
                format!("ЖСН 12 цифрдан тұрады, енгізілгені — {found} таңба."),
                format!("ИИН состоит из 12 цифр, введено символов: {found}."),
            ),
            IinError::NotDigits => {
                Localized::new("ЖСН тек цифрлардан тұрады.", "ИИН состоит только из цифр.")
            }
            IinError::Century { digit } => Localized::new(
                format!(
                    "ЖСН-нің 7-цифры ({digit}) ғасыр мен жынысты көрсетпейді (1–6 болуы керек; 0 — шетелдік немесе белгісіз)."
                ),
                format!(
                    "7-я цифра ИИН ({digit}) не указывает век и пол (должна быть 1–6; 0 — иностранец или неизвестно)."
                ),
            ),
            IinError::Date => Localized::new(
                "ЖСН-нің алғашқы алты цифры (ЖЖААКК) нақты туған күн емес.",
                "Первые шесть цифр ИИН (ГГММДД) — не существующая дата рождения.",
            ),
            IinError::Checksum => Localized::new(
                "ЖСН-нің бақылау цифры сәйкес келмейді: нөмір қате терілген.",
                "Контрольная цифра ИИН не совпадает: номер набран с ошибкой.",
            ),
        }
    }

    /// The error as an error of the form field `field`.
    pub fn in_field(self, field: &'static str) -> FieldError {
        FieldError::new(field, self.code(), self.message())
    }
}

impl Iin {
    /// Checks `text` (surrounding spaces ignored): shape, century digit, birth date, check digit,
    /// in that order.
    pub fn parse(text: &str) -> Result<Iin, IinError> {
        let text = text.trim();
        let found = text.chars().count();
        if found != IIN_LENGTH {
            return Err(IinError::Length { found });
        }
        let mut digits = [0u8; IIN_LENGTH];
        for (slot, c) in digits.iter_mut().zip(text.bytes()) {
            if !c.is_ascii_digit() {
                return Err(IinError::NotDigits);
            }
            *slot = c - b'0';
        }
        // Twelve chars, all ASCII digits: twelve bytes, so `digits` is filled.
        if text.len() != IIN_LENGTH {
            return Err(IinError::NotDigits);
        }
        let [y1, y2, m1, m2, d1, d2, century_sex, ..] = digits;
        let (century, sex) = match century_sex {
            1 => (1800, Sex::Male),
            2 => (1800, Sex::Female),
            3 => (1900, Sex::Male),
            4 => (1900, Sex::Female),
            5 => (2000, Sex::Male),
            6 => (2000, Sex::Female),
            digit => return Err(IinError::Century { digit }),
        };
        let year = century + i16::from(y1 * 10 + y2);
        let month = (m1 * 10 + m2) as i8;
        let day = (d1 * 10 + d2) as i8;
        let birth_date = Date::new(year, month, day).map_err(|_| IinError::Date)?;
        if check_digit(&digits) != Some(digits[IIN_LENGTH - 1]) {
            return Err(IinError::Checksum);
        }
        Ok(Iin {
            digits,
            birth_date,
            sex,
        })
    }

    /// The birth date the IIN carries.
    pub const fn birth_date(self) -> Date {
        self.birth_date
    }

    /// The sex the IIN carries.
    pub const fn sex(self) -> Sex {
        self.sex
    }
}

/// The check digit of the first eleven digits, or `None` when both weightings give 10 (no valid
/// IIN has those eleven digits).
pub fn check_digit(digits: &[u8; IIN_LENGTH]) -> Option<u8> {
    let weighted = |weights: &[u32; 11]| {
        digits
            .iter()
            .zip(weights)
            .map(|(d, w)| u32::from(*d) * w)
            .sum::<u32>()
            % 11
    };
    match weighted(&FIRST_WEIGHTS) {
        10 => match weighted(&SECOND_WEIGHTS) {
            10 => None,
            c => Some(c as u8),
        },
        c => Some(c as u8),
    }
}

impl core::str::FromStr for Iin {
    type Err = IinError;
    fn from_str(s: &str) -> Result<Iin, IinError> {
        Iin::parse(s)
    }
}

impl fmt::Display for Iin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.digits.iter().try_for_each(|d| write!(f, "{d}"))
    }
}

impl Serialize for Iin {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
