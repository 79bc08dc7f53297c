//! The self-check: the questions (one short page, progressive disclosure), "check your answers",
//! and the result with the paid track's timeline. The verdict is a memo of the case file, judged
//! by the rules' one `judge`, so an answer changes the result within the frame it is typed in.

mod answers;
pub(crate) mod cite;
mod labels;
mod questions;
mod result;
pub mod timeline;
mod track;

use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::{CaseFile, Place};
use dayarlyq_rules::input::{ErrorCode, FieldError};
use dayarlyq_rules::judge::{Judged, judge};
use dayarlyq_rules::person::Status;
use leptos::prelude::*;

use crate::case::use_case;
use crate::form;
use crate::i18n::{Locale, td_string};
use crate::lang::{rules_lang, use_language};
use crate::route::Route;

/// The questions page, in order.
pub const QUESTIONS: [Place; 9] = [
    Place::ApplicantIin,
    Place::BirthDate,
    Place::Sex,
    Place::Status,
    Place::Deferment,
    Place::Fitness,
    Place::Education,
    Place::MedicalConclusionDate,
    Place::AsOf,
];

/// The self-check's state, above the views so that going between them keeps it.
#[derive(Clone, Copy, Debug)]
pub struct CheckState {
    /// The verdict, or every error in the answers (in page order).
    pub judged: Memo<Result<Judged, Vec<FieldError>>>,
    /// The person asked to continue once: errors are shown from then on.
    pub show_errors: RwSignal<bool>,
    /// The errors shown, each with the question it belongs to.
    pub visible_errors: Memo<Vec<(Place, FieldError)>>,
}

impl CheckState {
    /// The message of the first error shown for the question of `place`, in the page's language.
    pub fn error_for(self, place: Place) -> Signal<Option<String>> {
        let locale = use_language().locale;
        let visible = self.visible_errors;
        Signal::derive(move || {
            visible.with(|errors| {
                errors
                    .iter()
                    .find(|(p, _)| *p == place)
                    .map(|(p, e)| message(*p, e, locale.get()))
            })
        })
    }
}

/// The question of the questions page that an error in `file` belongs to: its place, but a
/// missing birth date is asked through the IIN first, and the applicant's own copies of the
/// case's moment and day are the case's questions.
pub fn question_of(error: &FieldError, file: &CaseFile) -> Option<Place> {
    Some(match error.place()? {
        Place::BirthDate if file.given(Place::BirthDate).is_none() => Place::ApplicantIin,
        Place::ApplicantAsOf => Place::AsOf,
        Place::ApplicantSubmittedAt => Place::SubmittedAt,
        place => place,
    })
}

/// What to tell the person about `error` in the question of `place`: a missing answer says what
/// to do (the GOV.UK way: "Select …"); a date the field cannot read says how the field takes it
/// (`15.03.2007`); any other error is the rules' own message, which names the field.
pub fn message(place: Place, error: &FieldError, locale: Locale) -> String {
    if error.code == ErrorCode::Format
        && let Some(message) = form::format_message(place, locale)
    {
        return message;
    }
    let missing = match (error.code, place) {
        (ErrorCode::Required, Place::ApplicantIin) => {
            Some(td_string!(locale, check.form.need_iin_or_birth))
        }
        (ErrorCode::Required, Place::Sex) => Some(td_string!(locale, check.form.need_sex)),
        (ErrorCode::Required, Place::Status) => Some(td_string!(locale, check.form.need_status)),
        (ErrorCode::Required, Place::Deferment) => {
            Some(td_string!(locale, check.form.need_deferment))
        }
        (ErrorCode::Required, Place::Fitness) => Some(td_string!(locale, check.form.need_fitness)),
        (ErrorCode::Required, Place::Education) => {
            Some(td_string!(locale, check.form.need_education))
        }
        _ => None,
    };
    missing.map_or_else(
        || error.message(rules_lang(locale)).to_owned(),
        str::to_owned,
    )
}

/// The case judged by the rules, every error at once in the order of the questions. A moment of
/// sending that cannot be read is left out of the verdict and of the questions' errors here: it is
/// asked on the result page, beside the verdict it belongs to, and its field there says what is
/// wrong (the timeline). A conscript
/// must answer the deferment question the page asks him: unanswered is not "no" (the command
/// line, which asks nothing, reads a missing one as no).
fn judge_case(file: &CaseFile, today: Date) -> Result<Judged, Vec<FieldError>> {
    let unanswered = file.given(Place::Status) == Some(Status::Conscript.code())
        && file.applicant.deferment.is_none();
    let judged = judge_answers(file, today);
    if !unanswered {
        return judged;
    }
    let mut errors = judged.err().unwrap_or_default();
    errors.push(FieldError::required(Place::Deferment.path()));
    Err(in_page_order(errors, file))
}

/// [`judge_case`] but for the deferment question.
fn judge_answers(file: &CaseFile, today: Date) -> Result<Judged, Vec<FieldError>> {
    let cal = WorkingCalendar::kazakhstan();
    match judge(file, today, &cal) {
        Err(errors) if errors.iter().any(|e| is_sending(e, file)) => {
            let mut without = file.clone();
            without.set(Place::SubmittedAt, "");
            without.set(Place::ApplicantSubmittedAt, "");
            judge(&without, today, &cal).map_err(|e| in_page_order(e, file))
        }
        judged => judged.map_err(|e| in_page_order(e, file)),
    }
}

fn is_sending(error: &FieldError, file: &CaseFile) -> bool {
    question_of(error, file) == Some(Place::SubmittedAt)
}

/// `errors` in the order of the questions they belong to (errors of no question last), the
/// rules' order kept within a question.
fn in_page_order(errors: Vec<FieldError>, file: &CaseFile) -> Vec<FieldError> {
    let position = |e: &FieldError| {
        question_of(e, file)
            .and_then(|q| QUESTIONS.iter().position(|p| *p == q))
            .unwrap_or(QUESTIONS.len())
    };
    // Inserted in turn after those not later (a handful of errors: no sort's code in the app).
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

/// Provides the self-check's state; called once by the shell.
pub fn provide() -> CheckState {
    let case = use_case();
    let judged = Memo::new(move |_| case.file.with(|f| judge_case(f, case.today)));
    let show_errors = RwSignal::new(false);
    let visible_errors = Memo::new(move |_| {
        if !show_errors.get() {
            return Vec::new();
        }
        judged.with(|j| match j {
            Ok(_) => Vec::new(),
            Err(errors) => case.file.with(|f| {
                errors
                    .iter()
                    .map(|e| (question_of(e, f).unwrap_or(Place::ApplicantIin), e.clone()))
                    .collect()
            }),
        })
    });
    let state = CheckState {
        judged,
        show_errors,
        visible_errors,
    };
    provide_context(state);
    state
}

pub fn use_check() -> CheckState {
    use_context::<CheckState>().unwrap_or_else(provide)
}

/// The self-check's view for `route`.
#[component]
pub fn Check(route: Route) -> impl IntoView {
    match route {
        Route::Answers => view! { <answers::Answers /> }.into_any(),
        Route::Result => view! { <result::ResultPage /> }.into_any(),
        Route::Questions | Route::Documents | Route::Nominal | Route::Data => {
            view! { <questions::Questions /> }.into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::constant(2026, 3, 20);

    fn file(pairs: &[(Place, &str)]) -> CaseFile {
        let mut f = CaseFile::default();
        for (place, value) in pairs {
            f.set(*place, value);
        }
        f
    }

    #[test]
    fn a_conscript_must_answer_the_deferment_question() {
        // Unanswered is not "no": the page asks it of every conscript.
        let mut answers = complete();
        answers[2] = (Place::Status, "conscript");
        let errors = judge_case(&file(&answers), TODAY).err().unwrap_or_default();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, [Place::Deferment.path()]);
        answers.push((Place::Deferment, "false"));
        assert!(judge_case(&file(&answers), TODAY).is_ok());
    }

    fn complete() -> Vec<(Place, &'static str)> {
        vec![
            (Place::BirthDate, "1992-10-29"),
            (Place::Sex, "male"),
            (Place::Status, "reservist"),
            (Place::Fitness, "fit"),
            (Place::Education, "higher"),
        ]
    }

    #[test]
    fn a_blank_as_of_is_today() {
        let judged = judge_case(&file(&complete()), TODAY).map_err(|e| format!("{e:?}"));
        assert_eq!(judged.map(|j| j.verdict.as_of), Ok(TODAY));
    }

    #[test]
    fn a_moment_of_sending_that_cannot_be_read_is_left_to_its_field() {
        let mut answers = complete();
        answers.push((Place::SubmittedAt, "2026-03-20T19:30"));
        let judged = judge_case(&file(&answers), TODAY).map_err(|e| format!("{e:?}"));
        // App. 7 item 7: after 18:00 on Friday 20 March 2026 (Nauryz follows), acceptance moves on.
        let accepted = judged.map(|j| j.verdict.acceptance.map(|a| a.accepted_on));
        assert!(matches!(accepted, Ok(Some(d)) if d > TODAY), "{accepted:?}");

        answers.pop();
        answers.push((Place::SubmittedAt, "20.03.2026"));
        let judged = judge_case(&file(&answers), TODAY).map_err(|e| format!("{e:?}"));
        assert_eq!(judged.map(|j| j.verdict.acceptance), Ok(None));
    }

    #[test]
    fn the_application_gives_the_moment_of_sending() {
        // As `dayarlyq check` and app. 6 read it (crates/cli/src/check.rs tests the two): the
        // application's moment before the applicant's own copy.
        let mut f = file(&complete());
        f.applicant.submitted_at = Some("2026-03-17T10:00".into());
        f.application.submitted_at = Some("2026-03-20T19:30".into());
        let accepted = judge_case(&f, TODAY).map(|j| j.verdict.acceptance.map(|a| a.accepted_on));
        assert_eq!(accepted, Ok(Some(Date::constant(2026, 3, 26))));
    }

    #[test]
    fn errors_come_in_the_order_of_the_questions() {
        let f = file(&[(Place::AsOf, "2026-13-01"), (Place::ApplicantIin, "123")]);
        let errors = judge_case(&f, TODAY).err().unwrap_or_default();
        let order: Vec<Place> = errors.iter().filter_map(|e| question_of(e, &f)).collect();
        let position = |p: &Place| QUESTIONS.iter().position(|q| q == p);
        let mut sorted = order.clone();
        sorted.sort_by_key(position);
        assert_eq!(order, sorted);
        assert_eq!(order.first(), Some(&Place::ApplicantIin));
        assert_eq!(order.last(), Some(&Place::AsOf));
        assert!(order.contains(&Place::Status) && order.contains(&Place::Fitness));
    }

    #[test]
    fn every_error_is_said_at_once() {
        // An IIN of 11 digits, a birth date after the day judged on and no status: all three at
        // once (the birth date's was once said only after the IIN was put right).
        let f = file(&[
            (Place::ApplicantIin, "0705 1050 123"),
            (Place::Sex, "male"),
            (Place::Fitness, "fit"),
            (Place::Education, "higher"),
        ]);
        let f = file_typed(f, Place::BirthDate, "21.03.2026");
        let errors = judge_case(&f, TODAY).err().unwrap_or_default();
        let said: Vec<(Option<Place>, &str)> = errors
            .iter()
            .map(|e| (question_of(e, &f), e.code.code()))
            .collect();
        assert_eq!(
            said,
            [
                (Some(Place::ApplicantIin), "length"),
                (Some(Place::BirthDate), "after_as_of"),
                (Some(Place::Status), "required"),
            ]
        );
        let birth = message(Place::BirthDate, &errors[1], Locale::kk);
        assert_eq!(
            birth,
            "Туған күні тексеру күні (20.03.2026) немесе одан ертерек болуы керек."
        );
    }

    #[test]
    fn a_day_that_does_not_exist_is_said_at_its_own_field() {
        // 31.02.2007 typed into the birth date: kept as typed, said at the birth date (not at the
        // IIN as "enter the IIN or the birth date").
        for (typed, kk, ru) in [
            (
                "31.02.2007",
                "Туған күні нақты күн болуы керек.",
                "Дата рождения должна быть настоящей датой.",
            ),
            (
                "00.00.0000",
                "Туған күні нақты күн болуы керек.",
                "Дата рождения должна быть настоящей датой.",
            ),
            (
                "15.03.07",
                "Туған күні КК.АА.ЖЖЖЖ түрінде болуы керек, мысалы, 15.03.2007.",
                "Дата рождения должна быть в виде ДД.ММ.ГГГГ, например 15.03.2007.",
            ),
        ] {
            let f = file_typed(file(&complete()), Place::BirthDate, typed);
            assert_eq!(f.given(Place::BirthDate), Some(typed));
            let errors = judge_case(&f, TODAY).err().unwrap_or_default();
            assert_eq!(errors.len(), 1, "{typed}: {errors:?}");
            assert_eq!(question_of(&errors[0], &f), Some(Place::BirthDate));
            assert_eq!(message(Place::BirthDate, &errors[0], Locale::kk), kk);
            assert_eq!(message(Place::BirthDate, &errors[0], Locale::ru), ru);
        }
    }

    #[test]
    fn a_moment_of_sending_that_cannot_be_read_is_no_error_of_the_questions() {
        // It is said at its own field, on the result page; the questions' summary could not link
        // to it.
        let mut answers = complete();
        answers.remove(2);
        let f = file_typed(file(&answers), Place::SubmittedAt, "31.02.2026 10:00");
        let errors = judge_case(&f, TODAY).err().unwrap_or_default();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, [Place::Status.path()]);
    }

    /// `case` with `typed` at `place` as its form field keeps it.
    fn file_typed(mut case: CaseFile, place: Place, typed: &str) -> CaseFile {
        let kept = match place.kind() {
            dayarlyq_rules::case_file::Kind::Moment => {
                dayarlyq_rules::moment::moment_from_form(typed)
            }
            _ => dayarlyq_rules::moment::date_from_form(typed),
        };
        case.set(place, &kept);
        case
    }

    #[test]
    fn a_missing_birth_date_is_asked_through_the_iin() {
        let error = FieldError::required(Place::BirthDate.path());
        let mut f = CaseFile::default();
        assert_eq!(question_of(&error, &f), Some(Place::ApplicantIin));
        f.set(Place::BirthDate, "2000-01-01");
        assert_eq!(question_of(&error, &f), Some(Place::BirthDate));
    }
}
