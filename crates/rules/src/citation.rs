//! Where in the Rules a decision comes from.

use core::fmt;

use serde::{Serialize, Serializer};

use crate::text::Lang;

/// The Rules' official texts on adilet.zan.kz, the Ministry of Justice's register (order No. 357,
/// registered under No. 15517 in 2017: adilet's address is `V` + the year + the number). Linked,
/// never fetched: we hold the Kazakh text only, and our Russian is our translation.
pub const OFFICIAL_TEXT_KK: &str = "https://adilet.zan.kz/kaz/docs/V1700015517";
pub const OFFICIAL_TEXT_RU: &str = "https://adilet.zan.kz/rus/docs/V1700015517";

/// A place in the Rules: a paragraph (тармақ) of the Rules' body, or an appendix (қосымша),
/// optionally one item of the appendix's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Citation {
    /// "Rules, p. N".
    Paragraph(u8),
    /// "Rules, app. N".
    Appendix(u8),
    /// "Rules, app. N item K" (a numbered row of a service standard, app. 7 or 12).
    AppendixItem(u8, u8),
}

impl Citation {
    pub const fn paragraph(n: u8) -> Citation {
        Citation::Paragraph(n)
    }

    pub const fn appendix(n: u8, item: u8) -> Citation {
        Citation::AppendixItem(n, item)
    }

    /// The citation in the product's language: `10-тармақ` / `п. 10`.
    pub fn label(self, lang: Lang) -> String {
        match (self, lang) {
            (Citation::Paragraph(n), Lang::Kk) => format!("Қағидалардың {n}-тармағы"),
            (Citation::Paragraph(n), Lang::Ru) => format!("п. {n} Правил"),
            (Citation::Appendix(n), Lang::Kk) => format!("Қағидалардың {n}-қосымшасы"),
            (Citation::Appendix(n), Lang::Ru) => format!("прил. {n} к Правилам"),
            (Citation::AppendixItem(n, i), Lang::Kk) => {
                format!("Қағидалардың {n}-қосымшасы, {i}-тармақ")
            }
            (Citation::AppendixItem(n, i), Lang::Ru) => format!("прил. {n} к Правилам, п. {i}"),
        }
    }
}

/// The contract's short form, language-neutral: `p. 10`, `app. 7`, `app. 7 item 10`.
impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Citation::Paragraph(n) => write!(f, "p. {n}"),
            Citation::Appendix(n) => write!(f, "app. {n}"),
            Citation::AppendixItem(n, i) => write!(f, "app. {n} item {i}"),
        }
    }
}

impl Serialize for Citation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_forms() {
        assert_eq!(Citation::paragraph(10).to_string(), "p. 10");
        assert_eq!(Citation::appendix(7, 10).to_string(), "app. 7 item 10");
        assert_eq!(Citation::Appendix(6).to_string(), "app. 6");
    }
}
