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
    /// Not twelve digits (spaces and hyphens between them not counted).
    #[error("an IIN has 12 digits, this has {found}")]
    Length { found: usize },
    /// A character that is neither a digit nor a space or hyphen between digits.
    #[error("an IIN has only digits, not {found:?}")]
    NotDigits { found: char },
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
            IinError::NotDigits { .. } => ErrorCode::NotDigits,
            IinError::Century { .. } => ErrorCode::Century,
            IinError::Date => ErrorCode::Date,
            IinError::Checksum => ErrorCode::Checksum,
        }
    }

    /// What is wrong, in Kazakh and Russian, naming the field (ЖСН, ИИН) and saying what it must
    /// be.
    pub fn message(self) -> Localized {
        match self {
            IinError::Length { found } => Localized::new(
                format!("ЖСН 12 цифрдан тұруы керек (енгізілгені: {found})."),
                format!("ИИН должен состоять из 12 цифр (введено: {found})."),
            ),
            IinError::NotDigits { found } => {
                // A character that shows as itself; one that would not (a control character)
                // by its code point. Not `escape_debug`: its Unicode tables are kilobytes of WASM.
                let found = if found.is_control() {
                    format!("U+{:04X}", u32::from(found))
                } else {
                    found.to_string()
                };
                Localized::new(
                    format!("ЖСН тек цифрлардан тұруы керек: «{found}» — цифр емес."),
                    format!("ИИН должен состоять только из цифр: «{found}» — не цифра."),
                )
            }
            IinError::Century { digit } => Localized::new(
                format!(
                    "ЖСН-нің 7-цифры 1-ден 6-ға дейін болуы керек: ол ғасыр мен жынысты көрсетеді (енгізілгені: {digit}; 0 — шетелдіктің немесе белгісіз жазбаның нөмірі)."
                ),
                format!(
                    "7-я цифра ИИН должна быть от 1 до 6: она указывает век и пол (введено: {digit}; 0 — номер иностранца или неизвестной записи)."
                ),
            ),
            IinError::Date => Localized::new(
                "ЖСН-нің алғашқы алты цифры (ЖЖААКК) нақты туған күн болуы керек.",
                "Первые шесть цифр ИИН (ГГММДД) должны быть настоящей датой рождения.",
            ),
            IinError::Checksum => Localized::new(
                "ЖСН-нің бақылау цифры (соңғысы) сәйкес келмейді: нөмірді тексеріңіз.",
                "Контрольная цифра ИИН (последняя) не совпадает: проверьте номер.",
            ),
        }
    }

    /// The error as an error of the form field `field`.
    pub fn in_field(self, field: &'static str) -> FieldError {
        FieldError::new(field, self.code(), self.message())
    }
}

/// What people type between the digits of a number, or paste around them, and is not part of
/// it: spaces (a no-break space too) and hyphens or dashes (`0705 1050 1234`, `070510-501234`).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2013}' | '\u{2212}')
}

impl Iin {
    /// Checks `text`: only digits, and spaces or hyphens between them ([`is_separator`]), twelve
    /// digits, the century digit, the birth date, the check digit, in that order.
    ///
    /// ```
    /// use dayarlyq_rules::iin::{Iin, IinError};
    ///
    /// let iin = Iin::parse("921029350851").unwrap();
    /// assert_eq!(Iin::parse("9210 2935 0851"), Ok(iin));
    /// assert_eq!(Iin::parse("921029-350851"), Ok(iin));
    /// assert_eq!(iin.to_string(), "921029350851");
    /// assert_eq!(Iin::parse("9210_2935_0851"), Err(IinError::NotDigits { found: '_' }));
    /// assert_eq!(Iin::parse("9210 2935 085"), Err(IinError::Length { found: 11 }));
    /// ```
    pub fn parse(text: &str) -> Result<Iin, IinError> {
        let mut digits = [0u8; IIN_LENGTH];
        let mut found = 0;
        for c in text.chars().filter(|c| !is_separator(*c)) {
            if !c.is_ascii_digit() {
                return Err(IinError::NotDigits { found: c });
            }
            if let Some(slot) = digits.get_mut(found) {
                *slot = c as u8 - b'0';
            }
            found += 1;
        }
        if found != IIN_LENGTH {
            return Err(IinError::Length { found });
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
