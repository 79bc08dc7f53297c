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

/// As its short form, written whole into a buffer on the stack, then serialized as one string
/// (not piece by piece through `collect_str`: see `finding::AsStr`); the test holds it to
/// `Display`.
impl Serialize for Citation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Digits by hand: `{n}` goes through the formatter's padding, a tenth of `check
        // --jsonl`'s time for a score of citations a verdict.
        s.serialize_str(self.short().as_str())
    }
}

impl Citation {
    /// The short form (`Display`'s), written on the stack.
    pub fn short(self) -> Short {
        let mut text = Short::default();
        match self {
            Citation::Paragraph(n) => text.push("p. ").number(n),
            Citation::Appendix(n) => text.push("app. ").number(n),
            Citation::AppendixItem(n, i) => text.push("app. ").number(n).push(" item ").number(i),
        };
        text
    }
}

/// A short text on the stack: "app. 255 item 255" is the longest citation.
#[derive(Clone, Copy, Debug, Default)]
pub struct Short {
    bytes: [u8; 24],
    len: usize,
}

impl Short {
    pub fn as_str(&self) -> &str {
        self.bytes
            .get(..self.len)
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or_default()
    }
}

impl Short {
    fn push(&mut self, s: &str) -> &mut Short {
        let end = self.len + s.len();
        if let Some(slot) = self.bytes.get_mut(self.len..end) {
            slot.copy_from_slice(s.as_bytes());
            self.len = end;
        }
        self
    }

    fn number(&mut self, n: u8) -> &mut Short {
        let digits = [b'0' + n / 100, b'0' + n / 10 % 10, b'0' + n % 10];
        let from = match n {
            100.. => 0,
            10.. => 1,
            _ => 2,
        };
        let text = core::str::from_utf8(digits.get(from..).unwrap_or_default()).unwrap_or_default();
        self.push(text)
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
        // Serialized as displayed, the longest too.
        for c in [
            Citation::paragraph(1),
            Citation::paragraph(10),
            Citation::Appendix(6),
            Citation::appendix(7, 10),
            Citation::appendix(255, 100),
        ] {
            assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{c}\""));
        }
    }
}
