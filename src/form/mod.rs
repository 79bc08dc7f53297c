//! The form controls, one component per control in the GOV.UK pattern (a label or legend, a
//! hint, an inline error, the control, tied together by `aria-describedby`), used alike by the
//! self-check and the documents: [`TextInput`] (text, telephone, number, date, date and time),
//! [`Textarea`], [`Radios`], [`Checkboxes`], and the errors, [`ErrorMessage`] at a field and
//! [`ErrorSummary`] at the top of a page.
//!
//! A control shows a [`Bound`] value and writes through it: a place of the shared case file
//! ([`Bound::place`]), so nothing typed is lost when the view or the language changes, or what a
//! section keeps of its own.

mod checkboxes;
mod error;
mod input;
mod radios;
mod textarea;

use dayarlyq_rules::case_file::Place;
use leptos::prelude::*;

pub use checkboxes::{CheckItem, Checkboxes};
pub use error::{ErrorMessage, ErrorSummary, SUMMARY_ID, field_links};
pub use input::{InputKind, TextInput, format_message};
pub use radios::{Choice, Radios};
pub use textarea::Textarea;

use crate::case::use_case;
use crate::text::{Text, tr};

/// What a control shows, and where what is typed goes.
#[derive(Clone, Copy)]
pub struct Bound {
    pub value: Signal<String>,
    pub set: Callback<String>,
}

impl Bound {
    /// The value at `place` of the shared case file, as a form shows it
    /// (`CaseFile::get`/`CaseFile::set`).
    pub fn place(place: Place) -> Bound {
        let case = use_case();
        Bound {
            value: Signal::derive(move || case.file.with(|f| f.get(place).unwrap_or_default())),
            set: Callback::new(move |value: String| case.file.update(|f| f.set(place, &value))),
        }
    }
}

/// The id of the control of `place` (for a choice, its first option), the target of error
/// links: its path, `applicant.birth_date` → `applicant-birth-date`.
pub fn id(place: Place) -> String {
    place.path().replace(['.', '_'], "-")
}

/// Keeps the control `node` showing `value`, written only when what the control shows differs,
/// or when read by `keep` (what a field keeps of a text typed) it differs: a date typed
/// `1.3.2007` is not rewritten `01.03.2007` under the caret, and an echo of what was just typed
/// would move the caret.
fn show<E>(node: NodeRef<E>, value: Signal<String>, keep: Option<fn(&str) -> String>)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        let shown = value.get();
        let Some(el) = node.get() else { return };
        let el: &wasm_bindgen::JsValue = el.as_ref();
        let key = wasm_bindgen::JsValue::from_str("value");
        let now = js_sys::Reflect::get(el, &key)
            .ok()
            .and_then(|v| v.as_string());
        let same = now.is_some_and(|now| match keep {
            Some(keep) => keep(&now) == keep(&shown),
            None => now == shown,
        });
        if !same {
            let _ = js_sys::Reflect::set(el, &key, &wasm_bindgen::JsValue::from_str(&shown));
        }
    });
}

/// The ids that describe a control: its hint, and its error while one is shown.
fn described_by(
    id: &str,
    has_hint: bool,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static + use<> {
    let hint_id = has_hint.then(|| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    move || {
        let ids: Vec<&str> = hint_id
            .as_deref()
            .into_iter()
            .chain(error.with(Option::is_some).then_some(error_id.as_str()))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A question answered by one control: its label (with "optional" when it may stay blank), its
/// hint, its error, then the control.
#[component]
fn Question(
    id: String,
    label: Text,
    hint: Option<Text>,
    optional: bool,
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <label class="field__label" for=id.clone()>
                {label.view()}
                {optional
                    .then(|| view! { " " <span class="optional">{tr!(common.optional)}</span> })}
            </label>
            {hint.map(|h| view! { <div class="hint" id=hint_id>{h.view()}</div> })}
            <ErrorMessage id=format!("{id}-error") error />
            {children()}
        </div>
    }
}

/// A group of options under a legend, with its hint and error.
#[component]
fn Fieldset(
    id: String,
    legend: Text,
    hint: Option<Text>,
    error: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = described_by(&id, hint.is_some(), error);
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend">{legend.view()}</legend>
                {hint.map(|h| view! { <div class="hint" id=hint_id>{h.view()}</div> })}
                <ErrorMessage id=format!("{id}-error") error />
                {children()}
            </fieldset>
        </div>
    }
}
