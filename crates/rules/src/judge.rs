//! From a case file to its verdict: the one way in that the command line (`check`), the web app's
//! self-check, the documents and the case-file import all take, so that one case gives one day of
//! acceptance, one age and one verdict wherever it is read.
//!
//! Precedence, where a case file can say a thing twice (see [`CaseFile::submitted_at`] and
//! [`CaseFile::as_of_text`]): the application's moment of sending before the applicant's own copy;
//! the case file's "as of" day before the applicant's; a blank value is a missing one; a missing
//! "as of" day is today.

use crate::Date;
use crate::applicant::Applicant;
use crate::calendar::WorkingCalendar;
use crate::case_file::CaseFile;
use crate::eligibility::{Verdict, assess};
use crate::input::{BornBy, FieldError};
use crate::moment::{Moment, parse_date};

/// A case judged: the applicant as validated, and the verdict on the case's "as of" day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judged {
    pub applicant: Applicant,
    /// Its warnings begin with the IIN cross-check's (a typed birth date or sex that disagrees
    /// with the IIN).
    pub verdict: Verdict,
}

impl CaseFile {
    /// The day to judge on: as typed ([`CaseFile::as_of_text`]), or `today` when none is.
    ///
    /// ```
    /// use dayarlyq_rules::{case_file::CaseFile, Date};
    ///
    /// let today = Date::constant(2026, 12, 3);
    /// let mut case = CaseFile::default();
    /// assert_eq!(case.as_of(today), Ok(today));
    /// case.applicant.as_of = Some("2026-06-15".into());
    /// assert_eq!(case.as_of(today), Ok(Date::constant(2026, 6, 15)));
    /// case.as_of = Some("2027-01-20".into());
    /// assert_eq!(case.as_of(today), Ok(Date::constant(2027, 1, 20)));
    /// ```
    pub fn as_of(&self, today: Date) -> Result<Date, FieldError> {
        match self.as_of_text() {
            None => Ok(today),
            Some((place, text)) => parse_date(place.path(), text),
        }
    }
}

/// Validates the applicant of `case` and judges both tracks on the case's "as of" day (`today`
/// when it gives none); every error in the case otherwise, all at once: each place that does not
/// read, in the order of the applicant's places, a birth date after the day judged on (or after
/// the day of sending) beside them, the "as of" day's last.
///
/// ```
/// use dayarlyq_rules::{calendar::WorkingCalendar, case_file::CaseFile, judge::judge, Date};
///
/// let case: CaseFile = serde_json::from_str(r#"{"applicant": {"iin": "921029350851",
///     "status": "reservist", "fitness": "fit", "education": "higher"}}"#).unwrap();
/// let judged = judge(&case, Date::constant(2026, 6, 15), &WorkingCalendar::kazakhstan()).unwrap();
/// assert!(judged.verdict.paid.eligible);
/// assert!(!judged.verdict.free.eligible);
/// ```
pub fn judge(
    case: &CaseFile,
    today: Date,
    cal: &WorkingCalendar,
) -> Result<Judged, Vec<FieldError>> {
    match (Applicant::from_case(case), case.as_of(today)) {
        (Ok(validated), Ok(as_of)) => {
            let mut verdict = assess(&validated.applicant, as_of, cal).map_err(|e| vec![e])?;
            verdict.warnings.splice(0..0, validated.warnings);
            Ok(Judged {
                applicant: validated.applicant,
                verdict,
            })
        }
        (validated, as_of) => {
            let mut errors = validated.err().unwrap_or_default();
            errors.extend(born_after(case, as_of.as_ref().ok().copied()));
            errors.extend(as_of.err());
            Err(errors)
        }
    }
}

/// A birth date that reads but falls after the day judged on, or after the day the application
/// is sent (the paid track's age is judged then, p. 21), while other places of `case` do not read:
/// [`assess`] says it of a case that reads.
fn born_after(case: &CaseFile, as_of: Option<Date>) -> Option<FieldError> {
    let birth = Applicant::birth_date_of(case)?;
    if let Some(as_of) = as_of
        && birth > as_of
    {
        return Some(FieldError::born_after(BornBy::AsOf(as_of)));
    }
    let (place, text) = case.submitted_at()?;
    let sent = Moment::parse(place.path(), text).ok()?.date();
    (birth > sent).then(|| FieldError::born_after(BornBy::Sending(sent)))
}
