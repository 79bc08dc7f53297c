//! The applicant as the rules see it: typed, validated values, read from the places of a
//! [`CaseFile`]. Every wrong value is a [`FieldError`] naming its place (`applicant.birth_date`,
//! …); an IIN that disagrees with a typed birth date or sex is a [`Warning`], never a refusal.

use crate::Date;
use crate::case_file::{CaseFile, Kind, Place};
use crate::finding::{Finding, Warning, WarningId};
use crate::iin::Iin;
use crate::input::FieldError;
use crate::moment::{Moment, parse_date};
use crate::person::{Education, Fitness, Sex, Status};

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
    /// When the application was sent on the portal ([`CaseFile::submitted_at`]).
    pub submitted_at: Option<Moment>,
    pub iin: Option<Iin>,
}

/// The applicant typed, and what to tell the person about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Validated {
    pub applicant: Applicant,
    /// IIN cross-check: a typed birth date or sex that disagrees with the IIN.
    pub warnings: Vec<Warning>,
}

impl Applicant {
    /// Checks every place of the applicant in `case` and returns the typed applicant, or every
    /// error found (not only the first). Required: the birth date or the IIN; the sex (or an
    /// IIN); the status; the fitness; the education. Optional: the deferment (no), the medical
    /// conclusion's date, the moment of sending. Blank counts as missing.
    pub fn from_case(case: &CaseFile) -> Result<Validated, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut warnings = Vec::new();

        let iin = case
            .given(Place::ApplicantIin)
            .and_then(|s| match Iin::parse(s) {
                Ok(iin) => Some(iin),
                Err(e) => {
                    errors.push(e.in_field(Place::ApplicantIin.path()));
                    None
                }
            });
        let typed_birth = date(case, Place::BirthDate, &mut errors);
        let typed_sex = choice(case, Place::Sex, Sex::from_code, &mut errors);
        let status = required(case, Place::Status, Status::from_code, &mut errors);
        let fitness = required(case, Place::Fitness, Fitness::from_code, &mut errors);
        let education = required(case, Place::Education, Education::from_code, &mut errors);
        let medical_conclusion = date(case, Place::MedicalConclusionDate, &mut errors);
        let submitted_at = case.submitted_at().and_then(|(place, text)| {
            Moment::parse(place.path(), text)
                .map_err(|e| errors.push(e))
                .ok()
        });

        let birth_date = match (typed_birth, iin) {
            (Some(typed), Some(iin)) => {
                if typed != iin.birth_date() {
                    warnings.push(Warning::new(
                        WarningId::IinBirthDateMismatch,
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
                if case.given(Place::BirthDate).is_none()
                    && case.given(Place::ApplicantIin).is_none()
                {
                    errors.push(FieldError::required(Place::BirthDate.path()));
                }
                None
            }
        };
        let sex = match (typed_sex, iin) {
            (Some(typed), Some(iin)) => {
                if typed != iin.sex() {
                    warnings.push(Warning::new(
                        WarningId::IinSexMismatch,
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
                if case.given(Place::Sex).is_none() && case.given(Place::ApplicantIin).is_none() {
                    errors.push(FieldError::required(Place::Sex.path()));
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
                        deferment: case.applicant.deferment.unwrap_or(false),
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

impl Applicant {
    /// The birth date `case` gives when it reads: as typed, or the IIN's when none is typed. It is
    /// what [`crate::judge::judge`] holds against the day judged on even when other places of the
    /// case do not read, so that every error is said at once.
    pub fn birth_date_of(case: &CaseFile) -> Option<Date> {
        match case.given(Place::BirthDate) {
            Some(typed) => crate::moment::read_date(typed),
            None => case
                .given(Place::ApplicantIin)
                .and_then(|s| Iin::parse(s).ok())
                .map(Iin::birth_date),
        }
    }
}

/// The date typed at a [`Kind::Date`] place, read.
fn date(case: &CaseFile, place: Place, errors: &mut Vec<FieldError>) -> Option<Date> {
    let text = case.given(place)?;
    parse_date(place.path(), text)
        .map_err(|e| errors.push(e))
        .ok()
}

/// The code typed at a [`Kind::Choice`] place, read; an unknown code is an error naming the
/// codes the place takes.
fn choice<T>(
    case: &CaseFile,
    place: Place,
    from_code: fn(&str) -> Option<T>,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let typed = case.given(place)?;
    let found = from_code(typed);
    if found.is_none() {
        let codes = match place.kind() {
            Kind::Choice(codes) => codes,
            _ => &[],
        };
        errors.push(FieldError::unknown_value(place.path(), typed, codes));
    }
    found
}

/// As [`choice`], and missing is an error too.
fn required<T>(
    case: &CaseFile,
    place: Place,
    from_code: fn(&str) -> Option<T>,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    if case.given(place).is_none() {
        errors.push(FieldError::required(place.path()));
        return None;
    }
    choice(case, place, from_code, errors)
}
