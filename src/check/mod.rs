//! The self-check: the questions (one short page, progressive disclosure), "check your answers",
//! and the result with the paid track's timeline. The verdict is a memo of the case file, so an
//! answer changes the result within the frame it is typed in.

mod answer;
mod answers;
mod cite;
mod errors;
mod fields;
mod judge;
mod labels;
mod questions;
mod result;
mod timeline;
mod track;

use dayarlyq_rules::input::FieldError;
use leptos::prelude::*;

pub use answer::Answer;
pub use judge::Judged;

use crate::case::use_case;
use crate::i18n::{Locale, td_string};
use crate::lang::{rules_lang, use_language};
use crate::route::Route;

/// The self-check's state, above the views so that going between them keeps it.
#[derive(Clone, Copy, Debug)]
pub struct CheckState {
    /// The verdict, or every error in the answers (in page order).
    pub judged: Memo<Result<Judged, Vec<FieldError>>>,
    /// The person asked to continue once: errors are shown from then on.
    pub show_errors: RwSignal<bool>,
    /// The errors shown, each with the answer it belongs to.
    pub visible_errors: Memo<Vec<(Answer, FieldError)>>,
}

impl CheckState {
    /// The message of the first error shown for `answer`, in the page's language.
    pub fn error_for(self, answer: Answer) -> Signal<Option<String>> {
        let locale = use_language().locale;
        let visible = self.visible_errors;
        Signal::derive(move || {
            visible.with(|errors| {
                errors
                    .iter()
                    .find(|(a, _)| *a == answer)
                    .map(|(a, e)| message(*a, e, locale.get()))
            })
        })
    }
}

/// What to tell the person about `error` in `answer`: a missing answer says what to do (the
/// GOV.UK way: "Select …"); any other error is the rules' own message, which names the field.
pub fn message(answer: Answer, error: &FieldError, locale: Locale) -> String {
    let missing = match (error.code, answer) {
        ("required", Answer::Iin) => Some(td_string!(locale, check.form.need_iin_or_birth)),
        ("required", Answer::Sex) => Some(td_string!(locale, check.form.need_sex)),
        ("required", Answer::Status) => Some(td_string!(locale, check.form.need_status)),
        ("required", Answer::Fitness) => Some(td_string!(locale, check.form.need_fitness)),
        ("required", Answer::Education) => Some(td_string!(locale, check.form.need_education)),
        _ => None,
    };
    missing.map_or_else(
        || error.message.get(rules_lang(locale)).to_owned(),
        str::to_owned,
    )
}

/// Provides the self-check's state; called once by the shell.
pub fn provide() -> CheckState {
    let case = use_case();
    let judged = Memo::new(move |_| case.file.with(|f| judge::judge(f, case.today)));
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
                    .map(|e| {
                        (
                            Answer::for_error(e.field, f).unwrap_or(Answer::Iin),
                            e.clone(),
                        )
                    })
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
        Route::Questions | Route::Documents | Route::Data => {
            view! { <questions::Questions /> }.into_any()
        }
    }
}
