//! The self-check's questions, each bound to its place in the case file and to the rules'
//! field path, in the order the page asks them.

use dayarlyq_rules::applicant::fields;
use dayarlyq_rules::case_file::CaseFile;

use crate::case::given;

/// One answer of the self-check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Iin,
    BirthDate,
    Sex,
    Status,
    Deferment,
    Fitness,
    Education,
    MedicalConclusion,
    AsOf,
    /// The timeline's training start (`application.period_from`).
    TrainingStart,
    /// The timeline's submission moment (`application.submitted_at`).
    SubmittedAt,
}

/// `deferment` is a yes/no question; the case file keeps a bool.
pub const YES: &str = "yes";
pub const NO: &str = "no";

impl Answer {
    /// The questions page, in order.
    pub const QUESTIONS: [Answer; 9] = [
        Answer::Iin,
        Answer::BirthDate,
        Answer::Sex,
        Answer::Status,
        Answer::Deferment,
        Answer::Fitness,
        Answer::Education,
        Answer::MedicalConclusion,
        Answer::AsOf,
    ];

    /// The id of the answer's input (a radio group's first option), the target of error links.
    pub const fn id(self) -> &'static str {
        match self {
            Answer::Iin => "iin",
            Answer::BirthDate => "birth-date",
            Answer::Sex => "sex",
            Answer::Status => "status",
            Answer::Deferment => "deferment",
            Answer::Fitness => "fitness",
            Answer::Education => "education",
            Answer::MedicalConclusion => "medical-conclusion-date",
            Answer::AsOf => "as-of",
            Answer::TrainingStart => "training-start",
            Answer::SubmittedAt => "submitted-at",
        }
    }

    /// The answer a rules error names; a missing birth date is asked through the IIN first.
    pub fn for_error(field: &str, file: &CaseFile) -> Option<Answer> {
        let answer = match field {
            fields::IIN => Answer::Iin,
            fields::BIRTH_DATE if given(&file.applicant.birth_date).is_none() => Answer::Iin,
            fields::BIRTH_DATE => Answer::BirthDate,
            fields::SEX => Answer::Sex,
            fields::STATUS => Answer::Status,
            fields::FITNESS => Answer::Fitness,
            fields::EDUCATION => Answer::Education,
            fields::MEDICAL_CONCLUSION_DATE => Answer::MedicalConclusion,
            fields::AS_OF => Answer::AsOf,
            fields::SUBMITTED_AT => Answer::SubmittedAt,
            _ => return None,
        };
        Some(answer)
    }

    /// Position on the questions page (errors are listed in this order).
    pub fn order(self) -> usize {
        Answer::QUESTIONS
            .iter()
            .position(|a| *a == self)
            .unwrap_or(Answer::QUESTIONS.len())
    }

    /// The value as typed; `None` when missing or blank.
    pub fn get(self, file: &CaseFile) -> Option<&str> {
        let a = &file.applicant;
        let value = match self {
            Answer::Iin => &a.iin,
            Answer::BirthDate => &a.birth_date,
            Answer::Sex => &a.sex,
            Answer::Status => &a.status,
            Answer::Fitness => &a.fitness,
            Answer::Education => &a.education,
            Answer::MedicalConclusion => &a.medical_conclusion_date,
            Answer::AsOf => &a.as_of,
            Answer::TrainingStart => &file.application.period_from,
            Answer::SubmittedAt => {
                return given(&a.submitted_at).or(given(&file.application.submitted_at));
            }
            Answer::Deferment => {
                return a.deferment.map(|d| if d { YES } else { NO });
            }
        };
        given(value)
    }

    /// Stores `value` as typed (blank: missing).
    pub fn set(self, file: &mut CaseFile, value: String) {
        let value = Some(value).filter(|v| !v.trim().is_empty());
        let a = &mut file.applicant;
        let slot = match self {
            Answer::Iin => &mut a.iin,
            Answer::BirthDate => &mut a.birth_date,
            Answer::Sex => &mut a.sex,
            Answer::Status => &mut a.status,
            Answer::Fitness => &mut a.fitness,
            Answer::Education => &mut a.education,
            Answer::MedicalConclusion => &mut a.medical_conclusion_date,
            Answer::AsOf => &mut a.as_of,
            Answer::TrainingStart => &mut file.application.period_from,
            Answer::SubmittedAt => {
                // The case file's application carries it (as the CLI reads it); an applicant's
                // own copy would take precedence, so it goes.
                a.submitted_at = None;
                &mut file.application.submitted_at
            }
            Answer::Deferment => {
                a.deferment = value.as_deref().map(|v| v == YES);
                return;
            }
        };
        *slot = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_reads_back_what_was_stored() {
        let all = [
            (Answer::Iin, "921029350851"),
            (Answer::BirthDate, "1992-10-29"),
            (Answer::Sex, "male"),
            (Answer::Status, "reservist"),
            (Answer::Deferment, YES),
            (Answer::Fitness, "limited"),
            (Answer::Education, "higher"),
            (Answer::MedicalConclusion, "2026-03-18"),
            (Answer::AsOf, "2026-03-20"),
            (Answer::TrainingStart, "2026-05-04"),
            (Answer::SubmittedAt, "2026-03-20T19:30"),
        ];
        let mut file = CaseFile::default();
        for (answer, value) in all {
            answer.set(&mut file, value.to_owned());
        }
        for (answer, value) in all {
            assert_eq!(answer.get(&file), Some(value), "{answer:?}");
        }
        Answer::Deferment.set(&mut file, NO.to_owned());
        assert_eq!(file.applicant.deferment, Some(false));
        Answer::Iin.set(&mut file, "  ".to_owned());
        assert_eq!(file.applicant.iin, None);
    }

    #[test]
    fn a_missing_birth_date_is_asked_through_the_iin() {
        let mut file = CaseFile::default();
        assert_eq!(
            Answer::for_error(fields::BIRTH_DATE, &file),
            Some(Answer::Iin)
        );
        file.applicant.birth_date = Some("2000-01-01".into());
        assert_eq!(
            Answer::for_error(fields::BIRTH_DATE, &file),
            Some(Answer::BirthDate)
        );
    }
}
