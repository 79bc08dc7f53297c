//! The two tracks of training and the Rules' numbers for each: the age windows (free track p. 10,
//! paid track p. 19, p. 21 and app. 7 item 10), the guardian's consent under 18 (p. 12), the
//! least education (p. 10) and the price (app. 12 item 6). The conditions themselves are judged
//! in [`crate::eligibility`].

use serde::Serialize;

use crate::Date;
use crate::age::Age;
use crate::citation::Citation;
use crate::person::Education;
use crate::text::Lang;

/// Free track: from 17 years 6 months (p. 10: «он жеті жас алты айдан»).
pub const FREE_MIN_AGE: Age = Age::new(17, 6);
/// Free track: under 26 years (p. 10: «жиырма алты жасқа дейінгі»).
pub const FREE_AGE_LIMIT: Age = Age::new(26, 0);
/// Free track: under 18 the legal representative's consent is attached to the list (p. 12).
pub const CONSENT_AGE_LIMIT: Age = Age::new(18, 0);
/// Free track: basic secondary education or higher (p. 10: «негізгі орта және одан жоғары»).
pub const FREE_MIN_EDUCATION: Education = Education::BasicSecondary;
/// Paid track: 24 full years, for everyone (p. 21, app. 7 item 10: «24 жастан асқан»;
/// p. 19: «жиырма төрт жастан» for conscripts).
pub const PAID_MIN_AGE: Age = Age::new(24, 0);
/// Paid track, conscripts: under 27 (p. 19: «жиырма жеті жасқа дейінгі»).
pub const PAID_CONSCRIPT_AGE_LIMIT: Age = Age::new(27, 0);

/// The price of paid training, in tenge: app. 12 item 6 «… көрсетілетін қызметтің құны – 390 000
/// теңге» (MoD order No. 1507 of 30.12.2024).
pub const PAID_TRAINING_FEE_TENGE: u64 = 390_000;
/// Where the price is set.
pub const PAID_TRAINING_FEE_CITATION: Citation = Citation::appendix(12, 6);

/// The two tracks of training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    /// Өтеусіз негізде: chapter 2.
    Free,
    /// Өтеулі негізде: chapter 3.
    Paid,
}

impl Track {
    pub const CODES: [&'static str; 2] = ["free", "paid"];

    pub const fn code(self) -> &'static str {
        match self {
            Track::Free => "free",
            Track::Paid => "paid",
        }
    }

    pub fn from_code(code: &str) -> Option<Track> {
        match code {
            "free" => Some(Track::Free),
            "paid" => Some(Track::Paid),
            _ => None,
        }
    }
}

/// Which age window applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AgeRule {
    /// 17 years 6 months to under 26 (p. 10).
    Free,
    /// 24 to under 27 (p. 19).
    PaidConscript,
    /// Over 24 (p. 21; app. 7 item 10); p. 19 sets no age for reservists.
    PaidReservist,
}

impl AgeRule {
    /// The lower bound (inclusive) and the limit (exclusive).
    pub const fn bounds(self) -> (Age, Option<Age>) {
        match self {
            AgeRule::Free => (FREE_MIN_AGE, Some(FREE_AGE_LIMIT)),
            AgeRule::PaidConscript => (PAID_MIN_AGE, Some(PAID_CONSCRIPT_AGE_LIMIT)),
            AgeRule::PaidReservist => (PAID_MIN_AGE, None),
        }
    }

    pub const fn cite(self) -> Citation {
        match self {
            AgeRule::Free => Citation::paragraph(10),
            AgeRule::PaidConscript => Citation::paragraph(19),
            AgeRule::PaidReservist => Citation::paragraph(21),
        }
    }

    /// The requirement in words, with its source.
    pub const fn requirement(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (AgeRule::Free, Lang::Kk) => {
                "он жеті жас алты айдан жиырма алты жасқа дейін (10-тармақ)"
            }
            (AgeRule::Free, Lang::Ru) => "от 17 лет 6 месяцев до 26 лет (п. 10)",
            (AgeRule::PaidConscript, Lang::Kk) => {
                "әскерге шақырылушылар үшін жиырма төрт жастан жиырма жеті жасқа дейін (19-тармақ)"
            }
            (AgeRule::PaidConscript, Lang::Ru) => "для призывников от 24 до 27 лет (п. 19)",
            (AgeRule::PaidReservist, Lang::Kk) => {
                "24 жастан асқан (21-тармақ; 7-қосымша, 10-тармақ; 19-тармақ әскери міндеттілерге жас шегін қоймайды, бірақ портал жасты тексереді)"
            }
            (AgeRule::PaidReservist, Lang::Ru) => {
                "старше 24 лет (п. 21; прил. 7, п. 10; п. 19 не устанавливает возраст для военнообязанных, но портал возраст проверяет)"
            }
        }
    }

    /// The first and the last day (inclusive) the window holds for a person born on `birth`;
    /// `None` where the day is beyond the calendar (year 9999) or there is no limit.
    pub fn window(self, birth: Date) -> (Option<Date>, Option<Date>) {
        let (min, limit) = self.bounds();
        let from = min.reached_by(birth);
        let until = limit
            .and_then(|l| l.reached_by(birth))
            .and_then(|d| d.yesterday().ok());
        (from, until)
    }

    /// Whether `age` is inside the window: from the minimum (reached that day) to under the limit.
    pub fn admits(self, age: Age) -> bool {
        let (min, limit) = self.bounds();
        age >= min && limit.is_none_or(|l| age < l)
    }
}
