//! Form controls in the GOV.UK pattern: a label (or legend), a hint, an inline error and the
//! control, tied together by `aria-describedby`. Each reads and writes one [`Answer`] of the
//! shared case file, so nothing typed is lost when the view or the language changes.

use leptos::html;
use leptos::prelude::*;

use super::Answer;
use crate::case::use_case;
use crate::text::{Text, tr};

/// A text-like input (`text`, `date`, `datetime-local`).
#[component]
pub fn InputField(
    answer: Answer,
    label: Text,
    #[prop(optional)] hint: Option<Text>,
    /// The question may be left blank: the label says so.
    #[prop(optional)]
    optional: bool,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// A width modifier: `input--iin`, `input--date`.
    #[prop(optional)]
    width: &'static str,
) -> impl IntoView {
    let case = use_case();
    let id = answer.id();
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let described = described_by(id, hint_id.clone(), error);
    let input = NodeRef::<html::Input>::new();
    // Write the stored value only when it differs from what the control shows: a date control
    // reports "" while a date is half typed, and writing "" back would wipe the typed parts.
    Effect::new(move |_| {
        let stored = case
            .file
            .with(|f| answer.get(f).unwrap_or_default().to_owned());
        if let Some(el) = input.get()
            && el.value() != stored
        {
            el.set_value(&stored);
        }
    });
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <label class="field__label" for=id>
                {label.view()}
                {optional
                    .then(|| view! { " " <span class="optional">{tr!(check.form.optional)}</span> })}
            </label>
            {hint.map(|h| view! { <div class="hint" id=hint_id>{h.view()}</div> })}
            <ErrorMessage id=format!("{id}-error") error />
            <input
                node_ref=input
                class=format!("input {width}")
                id=id
                name=id
                type=kind
                inputmode=inputmode
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                on:input:target=move |ev| {
                    let value = ev.target().value();
                    case.file.update(|f| answer.set(f, value));
                }
            />
        </div>
    }
}

/// One option of a radio group.
pub struct Choice {
    pub code: &'static str,
    pub label: Text,
    pub hint: Option<Text>,
    /// The same wording in the other language (`lang` attribute set), after the hint.
    pub other_language: Option<(Text, Text)>,
}

impl Choice {
    pub fn new(code: &'static str, label: Text) -> Choice {
        Choice {
            code,
            label,
            hint: None,
            other_language: None,
        }
    }

    pub fn hint(mut self, hint: Text) -> Choice {
        self.hint = Some(hint);
        self
    }

    /// `wording` in the other language than the page's, under the label.
    pub fn other_language(mut self, prefix: Text, wording: Text) -> Choice {
        self.other_language = Some((prefix, wording));
        self
    }
}

/// A question answered by one of a few options. The first option's id is the answer's id (the
/// target of error links).
#[component]
pub fn Radios(
    answer: Answer,
    legend: Text,
    #[prop(optional)] hint: Option<Text>,
    #[prop(into)] error: Signal<Option<String>>,
    choices: Vec<Choice>,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let case = use_case();
    let id = answer.id();
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let described = described_by(id, hint_id.clone(), error);
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let input_id = if i == 0 {
                id.to_owned()
            } else {
                format!("{id}-{code}", code = choice.code)
            };
            let item_hint_id = format!("{id}-{code}-hint", code = choice.code);
            let Choice {
                code,
                label,
                hint,
                other_language,
            } = choice;
            let described =
                (hint.is_some() || other_language.is_some()).then(|| item_hint_id.clone());
            let other_language = other_language.map(|(prefix, wording)| {
                let locale = crate::lang::use_language().locale;
                let other =
                    move || crate::lang::rules_lang(crate::lang::other(locale.get())).code();
                view! {
                    " "
                    {prefix.view()}
                    " "
                    <span lang=other>"«" {wording.view()} "»"</span>
                }
            });
            let hint = (hint.is_some() || other_language.is_some()).then(|| {
                view! {
                    <div class="hint radios__hint" id=item_hint_id.clone()>
                        {hint.map(Text::view)}
                        {other_language}
                    </div>
                }
            });
            let checked = move || case.file.with(|f| answer.get(f) == Some(code));
            view! {
                <div class="radios__item">
                    <input
                        class="radios__input"
                        type="radio"
                        id=input_id.clone()
                        name=id
                        value=code
                        aria-describedby=described
                        prop:checked=checked
                        on:change=move |_| case.file.update(|f| answer.set(f, code.to_owned()))
                    />
                    <label class="radios__label" for=input_id>
                        {label.view()}
                    </label>
                    {hint}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend">{legend.view()}</legend>
                {hint.map(|h| view! { <div class="hint" id=hint_id>{h.view()}</div> })}
                <ErrorMessage id=format!("{id}-error") error />
                <div class="radios" class:radios--inline=inline>
                    {items}
                </div>
            </fieldset>
        </div>
    }
}

/// The inline error of a field, read by screen readers with the field (`aria-describedby`).
#[component]
fn ErrorMessage(id: String, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="error-message" id=id.clone()>
                    <span class="visually-hidden">{tr!(check.form.error_prefix)} " "</span>
                    {message}
                </p>
            }
        })
    }
}

/// The ids that describe a control: its hint and, while shown, its error.
fn described_by(
    id: &'static str,
    hint_id: Option<String>,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let error_id = error.with(Option::is_some).then(|| format!("{id}-error"));
        let ids: Vec<String> = hint_id.iter().cloned().chain(error_id).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}
