//! The applicant as the rules see it: typed, validated values, built from the strings of a
//! [`crate::case_file::ApplicantData`]. Every wrong value is a [`FieldError`] naming its JSON key
//! path (`applicant.birth_date`, …); an IIN that disagrees with a typed birth date or sex is a
//! [`Warning`], never a refusal.

use serde::Serialize;

use crate::Date;
use crate::case_file::ApplicantData;
use crate::finding::{Finding, Warning};
use crate::iin::Iin;
use crate::input::FieldError;
use crate::moment::{Moment, parse_date};
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
    /// category of its own that p. 19 names separately).
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

/// The applicant, validated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Applicant {
    /// As typed, or taken from the IIN when no birth date was typed.
    pub birth_date: Date,
    /// As typed, or taken from the IIN when no sex was typed.
    pub sex: Sex,
    pub status: Status,
    pub fitness: Fitness,
    pub education: Education,
    /// Call-up deferred (әскери қызметке шақыру кейінге қалдырылған).
    pub deferment: bool,
    /// The day the conclusion on the fitness category was received.
    pub medical_conclusion: Option<Date>,
    /// When the application was sent on the portal.
    pub submitted_at: Option<Moment>,
    pub iin: Option<Iin>,
}

/// Field paths of the applicant's members, as the errors name them.
pub mod fields {
    pub const IIN: &str = "applicant.iin";
    pub const BIRTH_DATE: &str = "applicant.birth_date";
    pub const SEX: &str = "applicant.sex";
    pub const STATUS: &str = "applicant.status";
    pub const FITNESS: &str = "applicant.fitness";
    pub const EDUCATION: &str = "applicant.education";
    pub const MEDICAL_CONCLUSION_DATE: &str = "applicant.medical_conclusion_date";
    pub const SUBMITTED_AT: &str = "applicant.submitted_at";
    pub const AS_OF: &str = "applicant.as_of";
}

/// The applicant typed, and what to tell the person about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Validated {
    pub applicant: Applicant,
    /// IIN cross-check: a typed birth date or sex that disagrees with the IIN.
    pub warnings: Vec<Warning>,
}

impl Applicant {
    /// Checks every field of `data` and returns the typed applicant, or every error found (not
    /// only the first). Required: `birth_date` or `iin`; `sex` (or an `iin`); `status`;
    /// `fitness`; `education`. Optional: `deferment` (false), `medical_conclusion_date`,
    /// `submitted_at`. Empty strings count as missing.
    pub fn from_data(data: &ApplicantData) -> Result<Validated, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut warnings = Vec::new();

        let iin = given(&data.iin).and_then(|s| match Iin::parse(s) {
            Ok(iin) => Some(iin),
            Err(e) => {
                errors.push(e.in_field(fields::IIN));
                None
            }
        });
        let typed_birth = given(&data.birth_date).and_then(|s| {
            parse_date(fields::BIRTH_DATE, s)
                .map_err(|e| errors.push(e))
                .ok()
        });
        let typed_sex = given(&data.sex).and_then(|s| {
            let found = Sex::from_code(s);
            if found.is_none() {
                errors.push(FieldError::unknown_value(fields::SEX, s, &Sex::CODES));
            }
            found
        });
        let status = required_code(
            &data.status,
            fields::STATUS,
            Status::from_code,
            &Status::CODES,
            &mut errors,
        );
        let fitness = required_code(
            &data.fitness,
            fields::FITNESS,
            Fitness::from_code,
            &Fitness::CODES,
            &mut errors,
        );
        let education = required_code(
            &data.education,
            fields::EDUCATION,
            Education::from_code,
            &Education::CODES,
            &mut errors,
        );
        let medical_conclusion = given(&data.medical_conclusion_date).and_then(|s| {
            parse_date(fields::MEDICAL_CONCLUSION_DATE, s)
                .map_err(|e| errors.push(e))
                .ok()
        });
        let submitted_at = given(&data.submitted_at).and_then(|s| {
            Moment::parse(fields::SUBMITTED_AT, s)
                .map_err(|e| errors.push(e))
                .ok()
        });

        let birth_date = match (typed_birth, iin) {
            (Some(typed), Some(iin)) => {
                if typed != iin.birth_date() {
                    warnings.push(Warning::new(
                        "iin_birth_date_mismatch",
                        None,
                        Finding::IinBirthDate {
                            iin: iin.birth_date(),
                            typed,
                        },
                    ));
                }
                Some(typed)
            }
            (Some(typed), None) => Some(typed),
            (None, Some(iin)) => Some(iin.birth_date()),
            (None, None) => {
                // A wrong IIN or date was already reported; only a missing one is new.
                if given(&data.birth_date).is_none() && given(&data.iin).is_none() {
                    errors.push(FieldError::required(fields::BIRTH_DATE));
                }
                None
            }
        };
        let sex = match (typed_sex, iin) {
            (Some(typed), Some(iin)) => {
                if typed != iin.sex() {
                    warnings.push(Warning::new(
                        "iin_sex_mismatch",
                        None,
                        Finding::IinSex {
                            iin: iin.sex(),
                            typed,
                        },
                    ));
                }
                Some(typed)
            }
            (Some(typed), None) => Some(typed),
            (None, Some(iin)) => Some(iin.sex()),
            (None, None) => {
                if given(&data.sex).is_none() && given(&data.iin).is_none() {
                    errors.push(FieldError::required(fields::SEX));
                }
                None
            }
        };

        match (birth_date, sex, status, fitness, education) {
            (Some(birth_date), Some(sex), Some(status), Some(fitness), Some(education))
                if errors.is_empty() =>
            {
                Ok(Validated {
                    applicant: Applicant {
                        birth_date,
                        sex,
                        status,
                        fitness,
                        education,
                        deferment: data.deferment.unwrap_or(false),
                        medical_conclusion,
                        submitted_at,
                        iin,
                    },
                    warnings,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The trimmed value, `None` when missing or blank.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn required_code<T>(
    value: &Option<String>,
    field: &'static str,
    from_code: fn(&str) -> Option<T>,
    codes: &[&str],
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    match given(value) {
        None => {
            errors.push(FieldError::required(field));
            None
        }
        Some(s) => {
            let found = from_code(s);
            if found.is_none() {
                errors.push(FieldError::unknown_value(field, s, codes));
            }
            found
        }
    }
}
