//! A complaint against the provider's decision (chapter 6, p. 45): which notice it contests. The
//! complaint's dates are the [`crate::timeline`]'s ([`crate::timeline::complaint_deadlines`]);
//! its letter is the documents crate's.

use crate::citation::Citation;
use crate::text::Localized;

/// Where the right to complain is: «Көрсетілетін қызметті алушы мемлекеттік қызметті көрсету
/// мәселесі бойынша шағымды шешіміне, әрекетіне (әрекетсіздігіне) шағым жасалатын көрсетілетін
/// қызметті берушіге, лауазымды адамға береді» (p. 45).
pub const COMPLAINT_CITATION: Citation = Citation::Paragraph(45);

/// The notice whose decision a complaint contests: a refusal or a removal. The case file writes
/// it as the appendix number (`complaint.against`: `"9"`, `"10"`, `"14"`), as the CLI names the
/// forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Contested {
    /// App. 9: the service refused (p. 21, app. 7 item 9).
    Refusal,
    /// App. 10: removed from the queue (p. 22).
    Removal,
    /// App. 14: the proactive service refused, the payment not confirmed (p. 23).
    ProactiveRefusal,
}

impl Contested {
    pub const ALL: [Contested; 3] = [
        Contested::Refusal,
        Contested::Removal,
        Contested::ProactiveRefusal,
    ];

    pub const CODES: [&'static str; 3] = ["9", "10", "14"];

    /// The appendix that holds the notice.
    pub const fn appendix(self) -> u8 {
        match self {
            Contested::Refusal => 9,
            Contested::Removal => 10,
            Contested::ProactiveRefusal => 14,
        }
    }

    pub const fn code(self) -> &'static str {
        match self {
            Contested::Refusal => "9",
            Contested::Removal => "10",
            Contested::ProactiveRefusal => "14",
        }
    }

    pub fn from_code(code: &str) -> Option<Contested> {
        Contested::ALL.into_iter().find(|c| c.code() == code.trim())
    }

    /// The notice's name, as its form's title gives it.
    pub fn name(self) -> Localized {
        let (kk, ru) = match self {
            Contested::Refusal => (
                "Мемлекеттік қызметті көрсетуден бас тарту туралы хабарлама",
                "Уведомление об отказе в оказании государственной услуги",
            ),
            Contested::Removal => (
                "Кезектен шығару туралы хабарлама",
                "Уведомление об исключении из очереди",
            ),
            Contested::ProactiveRefusal => (
                "Проактивті қызметті көрсетуден бас тарту туралы хабарлама",
                "Уведомление об отказе в оказании проактивной услуги",
            ),
        };
        Localized::new(kk, ru)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_appendix_numbers() {
        // App. 9, 10 and 14 are the notices of a refusal or a removal (p. 21–23).
        for (c, code) in Contested::ALL.into_iter().zip(Contested::CODES) {
            assert_eq!(c.code(), code);
            assert_eq!(c.appendix().to_string(), code);
            assert_eq!(Contested::from_code(code), Some(c));
        }
        assert_eq!(Contested::from_code("8"), None);
    }
}
