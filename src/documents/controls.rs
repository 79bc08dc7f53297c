//! The controls of the documents' blanks, in the GOV.UK pattern the self-check uses: a label
//! (or legend), a hint, an inline error and the control, tied by `aria-describedby`. Each reads
//! and writes the shared case file, so nothing typed is lost when the form or the language
//! changes.

use dayarlyq_documents::dates::amount;
use dayarlyq_documents::{
    Field, Form, RefusalGround, TRAINING_FEE_CITATION, TRAINING_FEE_TENGE, invalid_fields,
};
use leptos::html;
use leptos::prelude::*;

use super::store::{self, Kind, Number};
use super::{Docs, known_attachment};
use crate::case::use_case;
use crate::i18n::*;
use crate::lang::{rules_lang, use_lang, use_language};
use crate::text::{Text, text, tr};

/// The control of `field` on `form`, with its label, hint and error.
pub fn control(field: Field, form: Form, docs: Docs) -> AnyView {
    let label = Text::rules(move |lang| field.label().get(lang).to_owned());
    // The patronymic's label says "(if any)" itself.
    let optional = !form.requires(field) && field != Field::ApplicantPatronymic;
    let hint = hint(field);
    let error = error_for(field, form, docs);
    match store::kind(field) {
        Kind::Text(kind) => line(field, label, optional, hint, error, kind, "").into_any(),
        Kind::Date => line(field, label, optional, hint, error, "date", "input--date").into_any(),
        Kind::Moment => line(
            field,
            label,
            optional,
            hint,
            error,
            "datetime-local",
            "input--datetime",
        )
        .into_any(),
        Kind::Number => number(field, label, optional, hint, error, docs).into_any(),
        Kind::Attachments => attachments(error).into_any(),
        Kind::Reason if form == Form::Refusal => refusal_reason(label, error, docs).into_any(),
        Kind::Reason => removal_reason(label, error, docs).into_any(),
    }
}

fn hint(field: Field) -> Option<Text> {
    Some(match field {
        Field::ProviderRegion => text!(documents.hint_region),
        Field::ProviderDistrict => text!(documents.hint_district),
        Field::ApplicantAddress => text!(documents.hint_address),
        Field::ApplicantPhone => text!(documents.hint_phone),
        Field::ProviderName => text!(documents.hint_provider_name),
        Field::Employee => text!(documents.hint_employee),
        Field::SubmittedAt => text!(documents.hint_submitted),
        Field::ApplicationDate => text!(documents.hint_application_date),
        Field::ArrivalAt => text!(documents.hint_arrival),
        Field::Fee => text!(
            |locale| documents.hint_fee,
            fee = amount(TRAINING_FEE_TENGE),
            cite = TRAINING_FEE_CITATION.label(rules_lang(locale))
        ),
        _ => return None,
    })
}

/// The message shown under `field`: a value the form cannot read (from the documents crate),
/// or a number that is not whole.
pub fn error_for(field: Field, form: Form, docs: Docs) -> Signal<Option<String>> {
    let case = use_case();
    let page_locale = use_language().locale;
    let typed = docs.number_text(field);
    Signal::derive(move || {
        let locale = page_locale.get();
        let lang = rules_lang(locale);
        if let Some(typed) = typed {
            return typed.with(|value| number_error(field, value, locale));
        }
        case.file.with(|f| {
            invalid_fields(form, f)
                .into_iter()
                .find(|e| e.field == field)
                .map(|e| e.message(lang).to_owned())
        })
    })
}

/// Why the number typed into `field` cannot fill its blank, naming the field.
pub fn number_error(field: Field, value: &str, locale: Locale) -> Option<String> {
    if store::number(value) != Number::NotWhole {
        return None;
    }
    let label = field.label();
    let message = td_string!(
        locale,
        documents.number_error,
        label = label.get(rules_lang(locale)),
        value = value.trim()
    );
    Some(message.to_string())
}

/// A one-line input: text, telephone, date or date and time.
fn line(
    field: Field,
    label: Text,
    optional: bool,
    hint: Option<Text>,
    error: Signal<Option<String>>,
    kind: &'static str,
    width: &'static str,
) -> impl IntoView {
    let case = use_case();
    let id = store::id(field);
    let input = NodeRef::<html::Input>::new();
    // Write the stored value only when it differs from what the control shows: a date control
    // reports "" while a date is half typed, and writing "" back would wipe the typed parts.
    Effect::new(move |_| {
        let stored = case
            .file
            .with(|f| store::get(f, field).unwrap_or_default().to_owned());
        if let Some(el) = input.get()
            && el.value() != stored
        {
            el.set_value(&stored);
        }
    });
    let control = view! {
        <input
            node_ref=input
            class=format!("input {width}")
            id=id.clone()
            name=id.clone()
            type=kind
            autocomplete="off"
            aria-describedby=described_by(&id, hint.is_some(), error)
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            on:input:target=move |ev| {
                let value = ev.target().value();
                case.file.update(|f| store::set(f, field, value));
            }
        />
    };
    shell(id, label, optional, hint, error, control)
}

/// A whole number, kept as typed beside the case file (which holds numbers only).
fn number(
    field: Field,
    label: Text,
    optional: bool,
    hint: Option<Text>,
    error: Signal<Option<String>>,
    docs: Docs,
) -> impl IntoView {
    let case = use_case();
    let id = store::id(field);
    let typed = docs.number_text(field).unwrap_or(docs.queue_text);
    let control = view! {
        <input
            class="input input--number"
            id=id.clone()
            name=id.clone()
            type="text"
            inputmode="numeric"
            autocomplete="off"
            prop:value=move || typed.get()
            aria-describedby=described_by(&id, hint.is_some(), error)
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            on:input:target=move |ev| {
                let value = ev.target().value();
                let n = match store::number(&value) {
                    Number::Whole(n) => Some(n),
                    Number::Blank | Number::NotWhole => None,
                };
                typed.set(value);
                case.file.update(|f| match field {
                    Field::QueueNumber => {
                        f.notice.queue_number = n.and_then(|n| u32::try_from(n).ok());
                    }
                    _ => f.notice.fee_tenge = n,
                });
            }
        />
    };
    shell(id, label, optional, hint, error, control)
}

/// The attachments of app. 6: the medical card's electronic copy (p. 21) to tick, and any other
/// documents, one a line.
fn attachments(error: Signal<Option<String>>) -> impl IntoView {
    let case = use_case();
    let lang = use_lang();
    let known = known_attachment();
    let id = store::id(Field::Attachments);
    let other_id = format!("{id}-other");
    let ticked = move || {
        case.file
            .with(|f| f.application.attachments.iter().any(|a| known.is(a)))
    };
    let tick = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        case.file.update(|f| {
            let list = &mut f.application.attachments;
            list.retain(|a| !known.is(a));
            if on {
                list.insert(0, known.get(lang()).to_owned());
            }
        });
    };
    let others = move || {
        case.file.with(|f| {
            f.application
                .attachments
                .iter()
                .filter(|a| !known.is(a))
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        })
    };
    let area = NodeRef::<html::Textarea>::new();
    Effect::new(move |_| {
        let stored = others();
        if let Some(el) = area.get()
            && el.value() != stored
        {
            el.set_value(&stored);
        }
    });
    let type_others = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        case.file.update(|f| {
            let list = &mut f.application.attachments;
            list.retain(|a| known.is(a));
            // Every line as typed, empty ones too, so the text reads back as typed; the
            // documents crate leaves empty ones out.
            if !value.is_empty() {
                list.extend(value.split('\n').map(str::to_owned));
            }
        });
    };
    let hint_id = format!("{id}-hint");
    let described = hint_id.clone();
    let item_described = hint_id.clone();
    let other_hint_id = format!("{other_id}-hint");
    let other_described = other_hint_id.clone();
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend">{tr!(documents.attachments_legend)}</legend>
                <ErrorMessage id=format!("{id}-error") error />
                <div class="checkboxes">
                    <div class="checkboxes__item">
                        <input
                            class="checkboxes__input"
                            type="checkbox"
                            id=id.clone()
                            name=id.clone()
                            aria-describedby=item_described
                            prop:checked=ticked
                            on:change=tick
                        />
                        <label class="checkboxes__label" for=id.clone()>
                            {tr!(documents.attachment_medical)}
                        </label>
                        <div class="hint checkboxes__hint" id=hint_id>
                            {tr!(
                                |locale| documents.attachment_medical_hint, cite = dayarlyq_rules::citation::Citation::paragraph(21).label(rules_lang(locale))
                            )}
                        </div>
                    </div>
                </div>
                <label class="field__label field__label--small" for=other_id.clone()>
                    {tr!(documents.attachments_other)}
                    " "
                    <span class="optional">{tr!(documents.optional)}</span>
                </label>
                <div class="hint" id=other_hint_id.clone()>
                    {tr!(documents.attachments_other_hint)}
                </div>
                <textarea
                    node_ref=area
                    class="textarea"
                    id=other_id.clone()
                    name=other_id
                    rows="3"
                    aria-describedby=other_described
                    on:input=type_others
                ></textarea>
            </fieldset>
        </div>
    }
}

/// The consent sentence of app. 6, ticked by the applicant.
pub fn consent(docs: Docs) -> impl IntoView {
    let id = CONSENT_ID;
    view! {
        <div class="field">
            <fieldset class="fieldset" aria-describedby="doc-consent-hint">
                <legend class="fieldset__legend">{tr!(documents.consent_legend)}</legend>
                <div class="hint" id="doc-consent-hint">
                    {tr!(documents.consent_hint)}
                </div>
                <div class="checkboxes">
                    <div class="checkboxes__item">
                        <input
                            class="checkboxes__input"
                            type="checkbox"
                            id=id
                            name=id
                            prop:checked=move || docs.consent.get()
                            on:change=move |ev| docs.consent.set(event_target_checked(&ev))
                        />
                        <label class="checkboxes__label" for=id>
                            {tr!(documents.consent)}
                        </label>
                    </div>
                </div>
            </fieldset>
        </div>
    }
}

/// The id of the consent checkbox, the target of its link in the list of blanks.
pub const CONSENT_ID: &str = "doc-consent";

/// The reason of app. 9: one of the two grounds of app. 7 item 9, or one's own words.
fn refusal_reason(label: Text, error: Signal<Option<String>>, docs: Docs) -> impl IntoView {
    let case = use_case();
    let id = store::id(Field::Reason);
    let other_id = format!("{id}-other");
    let text_id = format!("{id}-text");
    let write = move |reason: String| {
        docs.refusal_reason.set(reason.clone());
        case.file.update(|f| store::set(f, Field::Reason, reason));
    };
    let chosen = move || RefusalGround::from_reason(&docs.refusal_reason.get());
    let items = RefusalGround::ALL
        .into_iter()
        .enumerate()
        .map(|(i, ground)| {
            let input_id = if i == 0 {
                id.clone()
            } else {
                format!("{id}-{}", ground.code())
            };
            view! {
                <div class="radios__item">
                    <input
                        class="radios__input"
                        type="radio"
                        id=input_id.clone()
                        name=id.clone()
                        value=ground.code()
                        prop:checked=move || {
                            !docs.refusal_other.get() && chosen() == Some(ground)
                        }
                        on:change=move |_| {
                            docs.refusal_other.set(false);
                            write(ground.code().to_owned());
                        }
                    />
                    <label class="radios__label" for=input_id>
                        {Text::rules(move |lang| ground.text().get(lang).to_owned()).view()}
                    </label>
                </div>
            }
        })
        .collect_view();
    let other = move || {
        docs.refusal_other.get()
            || (chosen().is_none() && !docs.refusal_reason.with(String::is_empty))
    };
    let hint_id = format!("{id}-hint");
    let described = hint_id.clone();
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend">{tr!(documents.reason_legend)}</legend>
                <div class="hint" id=hint_id>
                    {tr!(
                        |locale| documents.reason_hint, cite = RefusalGround::CITATION.label(rules_lang(locale))
                    )}
                </div>
                <ErrorMessage id=format!("{id}-error") error />
                <div class="radios">
                    {items}
                    <div class="radios__item">
                        <input
                            class="radios__input"
                            type="radio"
                            id=other_id.clone()
                            name=id.clone()
                            value="other"
                            prop:checked=other
                            on:change=move |_| {
                                docs.refusal_other.set(true);
                                if chosen().is_some() {
                                    write(String::new());
                                }
                            }
                        />
                        <label class="radios__label" for=other_id>
                            {tr!(documents.reason_other)}
                        </label>
                    </div>
                </div>
                {move || {
                    other()
                        .then(|| {
                            view! {
                                <div class="conditional">
                                    <label class="field__label" for=text_id.clone()>
                                        {label.clone().view()}
                                    </label>
                                    <textarea
                                        class="textarea"
                                        id=text_id.clone()
                                        name=text_id.clone()
                                        rows="3"
                                        prop:value=move || docs.refusal_reason.get()
                                        on:input=move |ev| write(event_target_value(&ev))
                                    ></textarea>
                                </div>
                            }
                        })
                }}
            </fieldset>
        </div>
    }
}

/// The reason of app. 10, in one's own words.
fn removal_reason(label: Text, error: Signal<Option<String>>, docs: Docs) -> impl IntoView {
    let case = use_case();
    let id = store::id(Field::Reason);
    let hint = Some(text!(documents.reason_removal_hint));
    let control = view! {
        <textarea
            class="textarea"
            id=id.clone()
            name=id.clone()
            rows="2"
            aria-describedby=described_by(&id, true, error)
            prop:value=move || docs.removal_reason.get()
            on:input=move |ev| {
                let value = event_target_value(&ev);
                docs.removal_reason.set(value.clone());
                case.file.update(|f| store::set(f, Field::Reason, value));
            }
        ></textarea>
    };
    shell(id, label, false, hint, error, control)
}

/// A label, a hint, an inline error, then the control.
fn shell(
    id: String,
    label: Text,
    optional: bool,
    hint: Option<Text>,
    error: Signal<Option<String>>,
    control: impl IntoView,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <label class="field__label" for=id.clone()>
                {label.view()}
                {optional
                    .then(|| view! { " " <span class="optional">{tr!(documents.optional)}</span> })}
            </label>
            {hint.map(|h| view! { <div class="hint" id=hint_id>{h.view()}</div> })}
            <ErrorMessage id=format!("{id}-error") error />
            {control}
        </div>
    }
}

/// The inline error of a control, read by screen readers with it (`aria-describedby`).
#[component]
fn ErrorMessage(id: String, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="error-message" id=id.clone()>
                    <span class="visually-hidden">{tr!(documents.error_prefix)} " "</span>
                    {message}
                </p>
            }
        })
    }
}

/// The ids that describe a control: its hint and, while shown, its error.
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
