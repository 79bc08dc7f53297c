//! From the case file as typed to the verdict: the rules crate validates and judges; this only
//! wires the case file's places to it, the way the CLI reads a case file (`submitted_at` of the
//! application when the applicant has none; "as of" today when blank).

use dayarlyq_rules::Date;
use dayarlyq_rules::applicant::{Applicant, fields};
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::eligibility::{Verdict, assess};
use dayarlyq_rules::finding::Warning;
use dayarlyq_rules::input::FieldError;
use dayarlyq_rules::moment::{Moment, parse_date};

use super::answer::Answer;
use crate::case::given;

/// The applicant, validated, and the verdict on the "as of" date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judged {
    pub applicant: Applicant,
    /// A typed birth date or sex that disagrees with the IIN.
    pub iin_warnings: Vec<Warning>,
    pub verdict: Verdict,
}

/// Validates and judges the applicant of `file`; every error, in the order of the questions.
/// A submission moment that does not parse is left out (the timeline reports it by its field).
pub fn judge(file: &CaseFile, today: Date) -> Result<Judged, Vec<FieldError>> {
    let mut data = file.applicant.clone();
    data.submitted_at = Answer::SubmittedAt
        .get(file)
        .filter(|s| Moment::parse(fields::SUBMITTED_AT, s).is_ok())
        .map(str::to_owned);
    let as_of = match given(&data.as_of) {
        None => Ok(today),
        Some(s) => parse_date(fields::AS_OF, s),
    };
    let (validated, as_of) = match (Applicant::from_data(&data), as_of) {
        (Ok(v), Ok(d)) => (v, d),
        (v, d) => {
            let mut errors = v.err().unwrap_or_default();
            errors.extend(d.err());
            return Err(in_page_order(errors, file));
        }
    };
    let verdict =
        assess(&validated.applicant, as_of, &WorkingCalendar::kazakhstan()).map_err(|e| vec![e])?;
    Ok(Judged {
        applicant: validated.applicant,
        iin_warnings: validated.warnings,
        verdict,
    })
}

/// `errors` in the order of the questions they belong to (errors of no question last), the
/// rules' order kept within a question.
fn in_page_order(errors: Vec<FieldError>, file: &CaseFile) -> Vec<FieldError> {
    let position =
        |e: &FieldError| Answer::for_error(e.field, file).map_or(usize::MAX, Answer::order);
    let mut ordered: Vec<FieldError> = Vec::with_capacity(errors.len());
    for error in errors {
        let at = ordered
            .iter()
            .position(|o| position(o) > position(&error))
            .unwrap_or(ordered.len());
        ordered.insert(at, error);
    }
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::constant(2026, 3, 20);

    fn file(pairs: &[(Answer, &str)]) -> CaseFile {
        let mut f = CaseFile::default();
        for (a, v) in pairs {
            a.set(&mut f, (*v).to_owned());
        }
        f
    }

    fn complete() -> Vec<(Answer, &'static str)> {
        vec![
            (Answer::BirthDate, "1992-10-29"),
            (Answer::Sex, "male"),
            (Answer::Status, "reservist"),
            (Answer::Fitness, "fit"),
            (Answer::Education, "higher"),
        ]
    }

    #[test]
    fn a_blank_as_of_is_today() {
        let judged = judge(&file(&complete()), TODAY).map_err(|e| format!("{e:?}"));
        assert_eq!(judged.map(|j| j.verdict.as_of), Ok(TODAY));
    }

    #[test]
    fn the_application_gives_the_submission_moment_and_a_bad_one_is_left_out() {
        let mut answers = complete();
        answers.push((Answer::SubmittedAt, "2026-03-20T19:30"));
        let judged = judge(&file(&answers), TODAY).map_err(|e| format!("{e:?}"));
        // App. 7 item 7: after 18:00 on Friday 20 March 2026 (Nauryz follows), acceptance moves on.
        let accepted = judged.map(|j| j.verdict.acceptance.map(|a| a.accepted_on));
        assert!(matches!(accepted, Ok(Some(d)) if d > TODAY), "{accepted:?}");

        answers.pop();
        answers.push((Answer::SubmittedAt, "20.03.2026"));
        let judged = judge(&file(&answers), TODAY).map_err(|e| format!("{e:?}"));
        assert_eq!(judged.map(|j| j.verdict.acceptance), Ok(None));
    }

    #[test]
    fn errors_come_in_the_order_of_the_questions() {
        let f = file(&[(Answer::AsOf, "2026-13-01"), (Answer::Iin, "123")]);
        let errors = judge(&f, TODAY).err().unwrap_or_default();
        let order: Vec<_> = errors
            .iter()
            .filter_map(|e| Answer::for_error(e.field, &f))
            .collect();
        let mut sorted = order.clone();
        sorted.sort_by_key(|a| a.order());
        assert_eq!(order, sorted);
        assert_eq!(order.first(), Some(&Answer::Iin));
        assert_eq!(order.last(), Some(&Answer::AsOf));
        assert!(order.contains(&Answer::Status) && order.contains(&Answer::Fitness));
    }
}
