//! Who the person is, as the Rules and the medical card name it: sex, standing on military
//! registration, the fitness category, the level of education. Each kind has its JSON codes
//! (`code`, `from_code`, `CODES`: the case file's values) and its names in both languages.

use serde::Serialize;

use crate::text::{Lang, Localized};

/// Sex, as the IIN and the forms record it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    pub const CODES: [&'static str; 2] = ["male", "female"];

    pub const fn code(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }

    pub fn from_code(code: &str) -> Option<Sex> {
        match code {
            "male" => Some(Sex::Male),
            "female" => Some(Sex::Female),
            _ => None,
        }
    }

    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Sex::Male, Lang::Kk) => "ер",
            (Sex::Female, Lang::Kk) => "әйел",
            (Sex::Male, Lang::Ru) => "мужской",
            (Sex::Female, Lang::Ru) => "женский",
        }
    }
}

/// Standing on military registration (әскери есеп).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Әскерге шақырылушы: on registration, subject to call-up.
    Conscript,
    /// Әскери міндетті: on registration in the reserve.
    Reservist,
    /// Not on military registration (`none` in the JSON).
    #[serde(rename = "none")]
    Unregistered,
}

impl Status {
    /// Every standing.
    pub const ALL: [Status; 3] = [Status::Conscript, Status::Reservist, Status::Unregistered];

    pub const CODES: [&'static str; 3] = ["conscript", "reservist", "none"];

    pub const fn code(self) -> &'static str {
        match self {
            Status::Conscript => "conscript",
            Status::Reservist => "reservist",
            Status::Unregistered => "none",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        match code {
            "conscript" => Some(Status::Conscript),
            "reservist" => Some(Status::Reservist),
            "none" => Some(Status::Unregistered),
            _ => None,
        }
    }

    pub fn name(self) -> Localized {
        match self {
            Status::Conscript => Localized::new("әскерге шақырылушы", "призывник"),
            Status::Reservist => Localized::new("әскери міндетті", "военнообязанный"),
            Status::Unregistered => {
                Localized::new("әскери есепте тұрмайды", "не состоит на воинском учёте")
            }
        }
    }
}

/// The category of fitness for military service the medical commission concludes (the medical
/// examination card, app. 3; categories А–Е of the health requirements, MoD order No. 722 of
/// 22.12.2020).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fitness {
    /// А — жарамды.
    Fit,
    /// Б — болмашы шектеулермен жарамды.
    FitMinor,
    /// В — шектеулі жарамды.
    Limited,
    /// Г — уақытша жарамсыз.
    TemporarilyUnfit,
    /// Д — бейбіт уақытта жарамсыз, соғыс уақытында шектеулі жарамды.
    UnfitPeacetime,
    /// Е — жарамсыз (removed from registration).
    Unfit,
}

impl Fitness {
    /// Every category, А to Е.
    pub const ALL: [Fitness; 6] = [
        Fitness::Fit,
        Fitness::FitMinor,
        Fitness::Limited,
        Fitness::TemporarilyUnfit,
        Fitness::UnfitPeacetime,
        Fitness::Unfit,
    ];

    pub const CODES: [&'static str; 6] = [
        "fit",
        "fit_minor",
        "limited",
        "temporarily_unfit",
        "unfit_peacetime",
        "unfit",
    ];

    pub const fn code(self) -> &'static str {
        match self {
            Fitness::Fit => "fit",
            Fitness::FitMinor => "fit_minor",
            Fitness::Limited => "limited",
            Fitness::TemporarilyUnfit => "temporarily_unfit",
            Fitness::UnfitPeacetime => "unfit_peacetime",
            Fitness::Unfit => "unfit",
        }
    }

    pub fn from_code(code: &str) -> Option<Fitness> {
        match code {
            "fit" => Some(Fitness::Fit),
            "fit_minor" => Some(Fitness::FitMinor),
            "limited" => Some(Fitness::Limited),
            "temporarily_unfit" => Some(Fitness::TemporarilyUnfit),
            "unfit_peacetime" => Some(Fitness::UnfitPeacetime),
            "unfit" => Some(Fitness::Unfit),
            _ => None,
        }
    }

    /// The category letter: А, Б, В, Г, Д, Е.
    pub const fn letter(self) -> char {
        match self {
            Fitness::Fit => 'А',
            Fitness::FitMinor => 'Б',
            Fitness::Limited => 'В',
            Fitness::TemporarilyUnfit => 'Г',
            Fitness::UnfitPeacetime => 'Д',
            Fitness::Unfit => 'Е',
        }
    }

    /// The short name, as a form's list shows it.
    pub const fn short_name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Fitness::Fit, Lang::Kk) => "жарамды",
            (Fitness::FitMinor, Lang::Kk) => "болмашы шектеулермен жарамды",
            (Fitness::Limited, Lang::Kk) => "шектеулі жарамды",
            (Fitness::TemporarilyUnfit, Lang::Kk) => "уақытша жарамсыз",
            (Fitness::UnfitPeacetime, Lang::Kk) => {
                "бейбіт уақытта жарамсыз, соғыс уақытында шектеулі жарамды"
            }
            (Fitness::Unfit, Lang::Kk) => "жарамсыз",
            (Fitness::Fit, Lang::Ru) => "годен",
            (Fitness::FitMinor, Lang::Ru) => "годен с незначительными ограничениями",
            (Fitness::Limited, Lang::Ru) => "ограниченно годен",
            (Fitness::TemporarilyUnfit, Lang::Ru) => "временно не годен",
            (Fitness::UnfitPeacetime, Lang::Ru) => {
                "не годен в мирное время, ограниченно годен в военное время"
            }
            (Fitness::Unfit, Lang::Ru) => "не годен",
        }
    }

    /// The conclusion as the medical card words it.
    pub const fn official_name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Fitness::Fit, Lang::Kk) => "әскери қызметке жарамды",
            (Fitness::FitMinor, Lang::Kk) => "әскери қызметке болмашы шектеулермен жарамды",
            (Fitness::Limited, Lang::Kk) => "әскери қызметке шектеулі жарамды",
            (Fitness::TemporarilyUnfit, Lang::Kk) => "әскери қызметке уақытша жарамсыз",
            (Fitness::UnfitPeacetime, Lang::Kk) => {
                "бейбіт уақытта әскери қызметке жарамсыз, соғыс уақытында шектеулі жарамды"
            }
            (Fitness::Unfit, Lang::Kk) => "әскери есептен шығарыла отырып әскери қызметке жарамсыз",
            (Fitness::Fit, Lang::Ru) => "годен к воинской службе",
            (Fitness::FitMinor, Lang::Ru) => {
                "годен к воинской службе с незначительными ограничениями"
            }
            (Fitness::Limited, Lang::Ru) => "ограниченно годен к воинской службе",
            (Fitness::TemporarilyUnfit, Lang::Ru) => "временно не годен к воинской службе",
            (Fitness::UnfitPeacetime, Lang::Ru) => {
                "не годен к воинской службе в мирное время, ограниченно годен в военное время"
            }
            (Fitness::Unfit, Lang::Ru) => {
                "не годен к воинской службе с исключением с воинского учёта"
            }
        }
    }

    /// Fit for military service (жарамды) as p. 10 and p. 19 use the word: category А, and
    /// category Б, "fit with minor restrictions", which is a kind of fitness, not a restriction of
    /// it — the restrictions touch the choice of troops, not being fit (limited fitness, В, is a
    /// category of its own that p. 19 names separately). The Rules do not name category Б: this
    /// is our reading, and the explanation of a category-Б check says so.
    pub const fn is_fit(self) -> bool {
        matches!(self, Fitness::Fit | Fitness::FitMinor)
    }
}

/// The level of education reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    None,
    Primary,
    BasicSecondary,
    GeneralSecondary,
    Vocational,
    Higher,
}

impl Education {
    /// Every level, lowest first.
    pub const ALL: [Education; 6] = [
        Education::None,
        Education::Primary,
        Education::BasicSecondary,
        Education::GeneralSecondary,
        Education::Vocational,
        Education::Higher,
    ];

    pub const CODES: [&'static str; 6] = [
        "none",
        "primary",
        "basic_secondary",
        "general_secondary",
        "vocational",
        "higher",
    ];

    pub const fn code(self) -> &'static str {
        match self {
            Education::None => "none",
            Education::Primary => "primary",
            Education::BasicSecondary => "basic_secondary",
            Education::GeneralSecondary => "general_secondary",
            Education::Vocational => "vocational",
            Education::Higher => "higher",
        }
    }

    pub fn from_code(code: &str) -> Option<Education> {
        match code {
            "none" => Some(Education::None),
            "primary" => Some(Education::Primary),
            "basic_secondary" => Some(Education::BasicSecondary),
            "general_secondary" => Some(Education::GeneralSecondary),
            "vocational" => Some(Education::Vocational),
            "higher" => Some(Education::Higher),
            _ => None,
        }
    }

    /// The order of levels: none < primary < basic secondary < general secondary = technical and
    /// vocational < higher (both middle levels follow basic secondary school).
    pub const fn rank(self) -> u8 {
        match self {
            Education::None => 0,
            Education::Primary => 1,
            Education::BasicSecondary => 2,
            Education::GeneralSecondary | Education::Vocational => 3,
            Education::Higher => 4,
        }
    }

    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Education::None, Lang::Kk) => "білімі жоқ",
            (Education::Primary, Lang::Kk) => "бастауыш",
            (Education::BasicSecondary, Lang::Kk) => "негізгі орта",
            (Education::GeneralSecondary, Lang::Kk) => "жалпы орта",
            (Education::Vocational, Lang::Kk) => "техникалық және кәсіптік",
            (Education::Higher, Lang::Kk) => "жоғары",
            (Education::None, Lang::Ru) => "нет образования",
            (Education::Primary, Lang::Ru) => "начальное",
            (Education::BasicSecondary, Lang::Ru) => "основное среднее",
            (Education::GeneralSecondary, Lang::Ru) => "общее среднее",
            (Education::Vocational, Lang::Ru) => "техническое и профессиональное",
            (Education::Higher, Lang::Ru) => "высшее",
        }
    }
}
