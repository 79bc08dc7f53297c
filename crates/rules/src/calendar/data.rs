//! The dated data of Kazakhstan's working-day calendar, each entry with its source.
//!
//! Three kinds of entries:
//! - [`FIXED_RULES`]: holidays on a fixed day of the year, with the years they apply.
//! - [`KURBAN_AIT`]: the first day of Kurban Ait, a date of the Muslim calendar announced each year.
//! - [`TRANSFERS`]: the yearly transfers of days off ordered under the Labour Code, art. 85 p. 3.
//!
//! How each fact was checked (and what was not) is written next to it: `Certainty` says how far
//! it goes, `note` says what was found. The sources and notes are compiled with the feature
//! `sources` (on by default: the command line and the tests have them); the web app, which shows
//! neither, leaves their text out of its WASM. "Press" below means Kazakh news sites (zakon.kz,
//! tengrinews.kz, inform.kz, baq.kz and others) quoting the Ministry of Labour and Social
//! Protection of the Population (МТСЗН) or the egov.kz holiday calendar; the official texts on
//! adilet.zan.kz were not read directly.

use jiff::civil::{Date, date};

use super::Coverage;
use crate::text::{Lang, Localized};

/// A name in Kazakh and in Russian, known at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    pub kk: &'static str,
    pub ru: &'static str,
}

impl Name {
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
        }
    }
}

impl From<Name> for Localized {
    fn from(name: Name) -> Localized {
        Localized::new(name.kk, name.ru)
    }
}

/// Why a holiday is a day off, which decides whether it moves when it falls on a weekend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidayKind {
    /// A national holiday (ұлттық мереке) of the Law on holidays, art. 2: a day off that moves
    /// to the next working day when it falls on a weekend (art. 5).
    National,
    /// A state holiday (мемлекеттік мереке) of the Law on holidays, art. 3: likewise moves (art. 5).
    State,
    /// A day off by the Labour Code, art. 84 p. 5 (7 January, the first day of Kurban Ait): not a
    /// holiday of the Law, so art. 5 does not apply and the day off never moves.
    FixedDayOff,
}

impl HolidayKind {
    /// Whether a day off of this kind moves to the next working day when it falls on a weekend.
    pub const fn moves(self) -> bool {
        matches!(self, HolidayKind::National | HolidayKind::State)
    }
}

/// How far a fact of the data was checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// Found in published sources (the official act or the press quoting the ministry).
    Confirmed,
    /// The content is confirmed, but a detail of the citation (such as an order's number) is not.
    CitationIncomplete,
    /// Not announced yet: computed or estimated (for example a date of the Muslim calendar).
    Estimated,
}

/// A day off: a holiday of the Law on holidays or a day off of the Labour Code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holiday {
    /// Stable identifier, e.g. `nauryz`, `kurban_ait`.
    pub id: &'static str,
    pub name: Name,
    pub kind: HolidayKind,
    /// The act (law and article, or order with its date) that makes the day a day off.
    #[cfg(feature = "sources")]
    pub source: &'static str,
    pub certainty: Certainty,
    /// What the check found, when there is more to say than the source (empty when nothing).
    #[cfg(feature = "sources")]
    pub note: &'static str,
}

/// A holiday on a fixed day of the year, in force for `first_year..=last_year`.
#[derive(Clone, Copy, Debug)]
pub struct FixedRule {
    pub month: i8,
    pub day: i8,
    pub first_year: i16,
    pub last_year: i16,
    pub holiday: &'static Holiday,
}

impl FixedRule {
    pub const fn applies(&self, year: i16) -> bool {
        self.first_year <= year && year <= self.last_year
    }
}

/// The first day of Kurban Ait in one year.
#[derive(Clone, Copy, Debug)]
pub struct DatedDayOff {
    pub date: Date,
    pub holiday: &'static Holiday,
}

/// One transfer of a day off: `working_day` (a Saturday or Sunday) becomes a working day and
/// `day_off` (a weekday) becomes a day off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transfer {
    pub working_day: Date,
    pub day_off: Date,
    /// The order (or decree) with its date.
    #[cfg(feature = "sources")]
    pub source: &'static str,
    pub certainty: Certainty,
    #[cfg(feature = "sources")]
    pub note: &'static str,
}

/// How well the data covers a year; years not listed are [`Coverage::Unknown`].
pub const COVERAGE: &[(i16, Coverage)] = &[
    (2024, Coverage::Full),
    (2025, Coverage::Full),
    (2026, Coverage::Full),
    // Kurban Ait 2027 is estimated; transfers for 2027 not published yet.
    (2027, Coverage::Partial),
];

// ---------------------------------------------------------------------------------------------
// Sources, named once.

const LAW: &str =
    "Law of the RK of 13.12.2001 No. 267-II \"On holidays in the Republic of Kazakhstan\"";
#[cfg(feature = "sources")]
const LABOUR_CODE_84_5: &str = "Labour Code of the RK of 23.11.2015 No. 414-V, art. 84 p. 5";
const HISTORY: &str = "years in force per the history of the Law (adilet.zan.kz Z010000267_/history), \
     as encoded and reviewed in the vacanza/holidays project";

/// The last year a rule can apply; the date type ends at 9999.
const OPEN: i16 = 9999;

// ---------------------------------------------------------------------------------------------
// Holidays of the Law on holidays (art. 2 national, art. 3 state): days off that move (art. 5).

pub static NEW_YEAR: Holiday = Holiday {
    id: "new_year",
    name: Name {
        kk: "Жаңа жыл",
        ru: "Новый год",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 3 (1–2 January); day off and moved by art. 5",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "Listed in the egov.kz calendars for 2024–2026 (press).",
};

pub static WOMENS_DAY: Holiday = Holiday {
    id: "womens_day",
    name: Name {
        kk: "Халықаралық әйелдер күні",
        ru: "Международный женский день",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 3 (8 March)",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "2025: Saturday, moved to Monday 10 March; 2026: Sunday, moved to Monday 9 March (egov.kz, press).",
};

pub static NAURYZ: Holiday = Holiday {
    id: "nauryz",
    name: Name {
        kk: "Наурыз мейрамы",
        ru: "Наурыз мейрамы",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 3 (21–23 March since 2010; 22 March only in 2002–2009)",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "2024: 23 March (Sat) moved to 25 March; 2025: 22–23 March moved to 24–25 March; \
           2026: 21–22 March moved to 24–25 March (egov.kz, press).",
};

pub static UNITY_DAY: Holiday = Holiday {
    id: "unity_day",
    name: Name {
        kk: "Қазақстан халқының бірлігі мерекесі",
        ru: "Праздник единства народа Казахстана",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 3 (1 May)",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "",
};

pub static DEFENDER_DAY: Holiday = Holiday {
    id: "defender_day",
    name: Name {
        kk: "Отан қорғаушы күні",
        ru: "День защитника Отечества",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 3 (7 May, since 2013)",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "",
};

pub static VICTORY_DAY: Holiday = Holiday {
    id: "victory_day",
    name: Name {
        kk: "Жеңіс күні",
        ru: "День Победы",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 3 (9 May)",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "2026: Saturday, moved to Monday 11 May (egov.kz, press).",
};

pub static CAPITAL_DAY: Holiday = Holiday {
    id: "capital_day",
    name: Name {
        kk: "Астана күні",
        ru: "День столицы",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 3 (6 July, since 2009)",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "2024: Saturday, moved to 8 July; 2025: Sunday, moved to 7 July (egov.kz, press).",
};

pub static CONSTITUTION_DAY_1995: Holiday = Holiday {
    id: "constitution_day",
    name: Name {
        kk: "Қазақстан Республикасының Конституциясы күні",
        ru: "День Конституции Республики Казахстан",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 3 (30 August, the day the Constitution of 1995 was adopted), until 2025",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "Not a holiday from 2026: the new Constitution adopted by the referendum of 15.03.2026 makes \
           the day of its adoption Constitution Day (paraphrased, see CONSTITUTION_DAY_2026). МТСЗН, 18.03.2026 (taspanews.kz): \
           30 August is no longer a day off from 2026. The Law on holidays was amended accordingly \
           (adilet history, vacanza/holidays PR #3690 of 10.07.2026). 2025: Saturday, moved to 1 September.",
};

pub static CONSTITUTION_DAY_2026: Holiday = Holiday {
    id: "constitution_day",
    name: Name {
        kk: "Қазақстан Республикасының Конституциясы күні",
        ru: "День Конституции Республики Казахстан",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Constitution of the RK adopted by referendum on 15.03.2026: the day the Constitution was \
             adopted at the republican referendum is a state holiday (our paraphrase, not a quotation); \
             Law No. 267-II, art. 3 as amended; a day off from 2027",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "15 March from 2027 per МТСЗН, 18.03.2026 (taspanews.kz) and the amended Law (vacanza/holidays \
           PR #3690); 15.03.2026 itself (a Sunday) was not a holiday. The Constitution's article is \
           paraphrased: its wording and number were seen only in press reports of the draft, not checked \
           against the published text, and found inexact.",
};

pub static REPUBLIC_DAY: Holiday = Holiday {
    id: "republic_day",
    name: Name {
        kk: "Республика күні",
        ru: "День Республики",
    },
    kind: HolidayKind::National,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 2 (25 October): national holiday again from 2022 by the Law of the RK of \
             29.09.2022 on cinematography, culture and holidays (adilet Z2200000143); also 2002–2008",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "2025: Saturday, moved to Monday 27 October (egov.kz, press).",
};

pub static REPUBLIC_DAY_2026: Holiday = Holiday {
    id: "republic_day",
    name: Name {
        kk: "Қазақстан Республикасы күні",
        ru: "День Республики Казахстан",
    },
    kind: HolidayKind::National,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 2 (25 October), name as amended in 2026",
    certainty: Certainty::CitationIncomplete,
    #[cfg(feature = "sources")]
    note: "Renamed in 2026 per the adilet history of the Law (vacanza/holidays PR #3690); the amending act \
           and the official Russian name were not read (the Russian name here is our rendering). \
           2026: Sunday, moved to Monday 26 October (egov.kz, press).",
};

pub static FIRST_PRESIDENT_DAY: Holiday = Holiday {
    id: "first_president_day",
    name: Name {
        kk: "Қазақстан Республикасының Тұңғыш Президенті күні",
        ru: "День Первого Президента Республики Казахстан",
    },
    kind: HolidayKind::National,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 2 (1 December), 2012–2021; excluded by the Law of 29.09.2022 (adilet Z2200000143)",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "",
};

pub static INDEPENDENCE_DAY_NATIONAL: Holiday = Holiday {
    id: "independence_day",
    name: Name {
        kk: "Тәуелсіздік күні",
        ru: "День Независимости",
    },
    kind: HolidayKind::National,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 2 (16–17 December), until 2021",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "",
};

pub static INDEPENDENCE_DAY: Holiday = Holiday {
    id: "independence_day",
    name: Name {
        kk: "Тәуелсіздік күні",
        ru: "День Независимости",
    },
    kind: HolidayKind::State,
    #[cfg(feature = "sources")]
    source: "Law No. 267-II, art. 3 (16 December) as amended by the Law of 29.09.2022 (adilet Z2200000143): \
             a state holiday of one day; 17 December is no longer a day off",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "",
};

// ---------------------------------------------------------------------------------------------
// Days off of the Labour Code, art. 84 p. 5: never moved.

pub static ORTHODOX_CHRISTMAS: Holiday = Holiday {
    id: "orthodox_christmas",
    name: Name {
        kk: "Православиелік Рождество",
        ru: "Православное Рождество",
    },
    kind: HolidayKind::FixedDayOff,
    #[cfg(feature = "sources")]
    source: LABOUR_CODE_84_5,
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "A day off since 2006; not moved when it falls on a weekend (2024: Sunday, no extra day; egov.kz, press).",
};

/// The name of the first day of Kurban Ait, shared by the yearly entries.
const KURBAN_AIT_NAME: Name = Name {
    kk: "Құрбан айттың бірінші күні",
    ru: "Первый день Курбан айта",
};

pub static KURBAN_AIT_2024: Holiday = Holiday {
    id: "kurban_ait",
    name: KURBAN_AIT_NAME,
    kind: HolidayKind::FixedDayOff,
    #[cfg(feature = "sources")]
    source: "Labour Code art. 84 p. 5; date: Spiritual Administration of Muslims of Kazakhstan (ДУМК/ҚМДБ), 07.06.2024",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "16.06.2024 (Sunday): ДУМК moved it from the planned 17 June, so Monday 17 June 2024 was a working \
           day (tengrinews.kz, golos-naroda.kz, June 2024).",
};

pub static KURBAN_AIT_2025: Holiday = Holiday {
    id: "kurban_ait",
    name: KURBAN_AIT_NAME,
    kind: HolidayKind::FixedDayOff,
    #[cfg(feature = "sources")]
    source: "Labour Code art. 84 p. 5; date set by МТСЗН with ДУМК: 06.06.2025",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "Friday 6 June 2025 (egov.kz calendar 2025; kursiv.media, mgorod.kz).",
};

pub static KURBAN_AIT_2026: Holiday = Holiday {
    id: "kurban_ait",
    name: KURBAN_AIT_NAME,
    kind: HolidayKind::FixedDayOff,
    #[cfg(feature = "sources")]
    source: "Labour Code art. 84 p. 5; date: ДУМК's calendar of religious dates for 2026 and the egov.kz \
             calendar 2026: 27.05.2026",
    certainty: Certainty::Confirmed,
    #[cfg(feature = "sources")]
    note: "Wednesday 27 May 2026. The day ДУМК published its calendar is not given: the date first \
           noted here was found inexact. ДУМК warned the date may shift by one day with the new moon; no shift \
           was found in the sources.",
};

pub static KURBAN_AIT_2027: Holiday = Holiday {
    id: "kurban_ait",
    name: KURBAN_AIT_NAME,
    kind: HolidayKind::FixedDayOff,
    #[cfg(feature = "sources")]
    source: "Labour Code art. 84 p. 5; date ESTIMATED (10 Dhu al-Hijjah 1448 by the astronomical \
             Umm al-Qura calendar): 16.05.2027",
    certainty: Certainty::Estimated,
    #[cfg(feature = "sources")]
    note: "ДУМК's calendar for 2027 was not found; the date may be 17.05.2027 (a Monday, which would then \
           be a day off).",
};

// ---------------------------------------------------------------------------------------------
// The tables.

/// Holidays on a fixed day of the year (kept in date order for reading).
pub static FIXED_RULES: &[FixedRule] = &[
    FixedRule {
        month: 1,
        day: 1,
        first_year: 2002,
        last_year: OPEN,
        holiday: &NEW_YEAR,
    },
    FixedRule {
        month: 1,
        day: 2,
        first_year: 2002,
        last_year: OPEN,
        holiday: &NEW_YEAR,
    },
    FixedRule {
        month: 1,
        day: 7,
        first_year: 2006,
        last_year: OPEN,
        holiday: &ORTHODOX_CHRISTMAS,
    },
    FixedRule {
        month: 3,
        day: 8,
        first_year: 2002,
        last_year: OPEN,
        holiday: &WOMENS_DAY,
    },
    FixedRule {
        month: 3,
        day: 15,
        first_year: 2027,
        last_year: OPEN,
        holiday: &CONSTITUTION_DAY_2026,
    },
    FixedRule {
        month: 3,
        day: 21,
        first_year: 2010,
        last_year: OPEN,
        holiday: &NAURYZ,
    },
    FixedRule {
        month: 3,
        day: 22,
        first_year: 2002,
        last_year: OPEN,
        holiday: &NAURYZ,
    },
    FixedRule {
        month: 3,
        day: 23,
        first_year: 2010,
        last_year: OPEN,
        holiday: &NAURYZ,
    },
    FixedRule {
        month: 5,
        day: 1,
        first_year: 2002,
        last_year: OPEN,
        holiday: &UNITY_DAY,
    },
    FixedRule {
        month: 5,
        day: 7,
        first_year: 2013,
        last_year: OPEN,
        holiday: &DEFENDER_DAY,
    },
    FixedRule {
        month: 5,
        day: 9,
        first_year: 2002,
        last_year: OPEN,
        holiday: &VICTORY_DAY,
    },
    FixedRule {
        month: 7,
        day: 6,
        first_year: 2009,
        last_year: OPEN,
        holiday: &CAPITAL_DAY,
    },
    FixedRule {
        month: 8,
        day: 30,
        first_year: 2002,
        last_year: 2025,
        holiday: &CONSTITUTION_DAY_1995,
    },
    FixedRule {
        month: 10,
        day: 25,
        first_year: 2002,
        last_year: 2008,
        holiday: &REPUBLIC_DAY,
    },
    FixedRule {
        month: 10,
        day: 25,
        first_year: 2022,
        last_year: 2025,
        holiday: &REPUBLIC_DAY,
    },
    FixedRule {
        month: 10,
        day: 25,
        first_year: 2026,
        last_year: OPEN,
        holiday: &REPUBLIC_DAY_2026,
    },
    FixedRule {
        month: 12,
        day: 1,
        first_year: 2012,
        last_year: 2021,
        holiday: &FIRST_PRESIDENT_DAY,
    },
    FixedRule {
        month: 12,
        day: 16,
        first_year: 2002,
        last_year: 2021,
        holiday: &INDEPENDENCE_DAY_NATIONAL,
    },
    FixedRule {
        month: 12,
        day: 16,
        first_year: 2022,
        last_year: OPEN,
        holiday: &INDEPENDENCE_DAY,
    },
    FixedRule {
        month: 12,
        day: 17,
        first_year: 2002,
        last_year: 2021,
        holiday: &INDEPENDENCE_DAY_NATIONAL,
    },
];

/// The first day of Kurban Ait, by year. Years not listed have no Kurban Ait in the calendar.
pub static KURBAN_AIT: &[DatedDayOff] = &[
    DatedDayOff {
        date: date(2024, 6, 16),
        holiday: &KURBAN_AIT_2024,
    },
    DatedDayOff {
        date: date(2025, 6, 6),
        holiday: &KURBAN_AIT_2025,
    },
    DatedDayOff {
        date: date(2026, 5, 27),
        holiday: &KURBAN_AIT_2026,
    },
    DatedDayOff {
        date: date(2027, 5, 16),
        holiday: &KURBAN_AIT_2027,
    },
];

/// Transfers of days off (Labour Code art. 85 p. 3: by Government decree up to 2023, by order of
/// the Minister of Labour and Social Protection of the Population from 2024).
///
/// 2026: none (МТСЗН: no transfers in January 2026; the production calendar for 2026, 119 days off
/// and 246 working days before the Constitution Day change, has none). 2027: none published.
pub static TRANSFERS: &[Transfer] = &[
    Transfer {
        working_day: date(2024, 5, 4),
        day_off: date(2024, 5, 8),
        #[cfg(feature = "sources")]
        source: "Order of the acting Minister of Labour and Social Protection of the Population of the RK \
                 of 17.04.2024 \"On the transfer of a day of rest in 2024\" (adilet G24G0000109)",
        certainty: Certainty::CitationIncomplete,
        #[cfg(feature = "sources")]
        note: "Content and date: zakon.kz via mail.kz, 18.04.2024 (\"Перенести день отдыха с субботы 4 мая \
               2024 года на среду 8 мая 2024 года\"). The number (109?) is read off the adilet code only.",
    },
    Transfer {
        working_day: date(2025, 1, 5),
        day_off: date(2025, 1, 3),
        #[cfg(feature = "sources")]
        source: "Order of the Minister of Labour and Social Protection of the Population of the RK of \
                 21.11.2024 \"On the transfer of a day of rest in 2025\" (adilet G24G0000436)",
        certainty: Certainty::CitationIncomplete,
        #[cfg(feature = "sources")]
        note: "Content: МТСЗН press release, Nov 2024 (energy-city.kz, informburo.kz); date 21.11.2024 per \
               МТСЗН (smartnews.kz). The number (436?) is read off the adilet code only.",
    },
];

/// The law in force, for messages about years beyond the data.
pub const LAW_ON_HOLIDAYS: &str = LAW;
/// How the years of the fixed rules were established.
pub const RULE_YEARS_SOURCE: &str = HISTORY;
