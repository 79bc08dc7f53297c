//! The person's data, theirs to keep or not: the answers are kept in this browser between visits
//! only when they switch it on (off by default); they can save the case file (the CLI's format)
//! and open one again — checked, and put in place only when they confirm — and delete
//! everything at once. Nothing leaves the browser.

mod file;
mod js;

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::CaseFile;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::browser;
use crate::case::{Case, use_case};
use crate::i18n::{Locale, td_string};
use crate::lang::rules_lang;
use crate::text::{Text, page_title, text, tr};
use file::{Expected, FileError};

/// Local storage: the answers, while the person keeps them.
const KEPT: &str = "dayarlyq.case";
/// Session storage: the answers across the one reload into a new release, then removed.
const CARRIED: &str = "dayarlyq.carry";
/// The address the page reloads to once everything is deleted.
const DELETED_HASH: &str = "#/data/deleted";

/// Whether the answers are kept between visits.
#[derive(Clone, Copy, Debug)]
pub struct Data {
    pub keep: RwSignal<bool>,
    /// The browser refused to store them (private mode, full, blocked in a frame).
    refused: RwSignal<bool>,
}

/// Puts back the answers carried over a release's reload, or else those kept, and keeps them
/// in step from then on while the person wants it.
pub fn provide(case: Case) -> Data {
    let carried = browser::stored_text(false, CARRIED);
    if carried.is_some() {
        browser::forget_text(false, CARRIED);
    }
    let kept = browser::stored_text(true, KEPT);
    let keep = RwSignal::new(kept.is_some());
    if let Some(file) = carried.or(kept).and_then(|t| read(&t).ok()) {
        case.file.set(with_today(file.0, case.today));
    }
    let refused = RwSignal::new(false);
    Effect::new(move |_| {
        if keep.get() {
            let text = case.file.with(|f| to_text(&for_keeping(f, case.today)));
            refused.set(!browser::store_text(true, KEPT, &text));
        } else {
            browser::forget_text(true, KEPT);
        }
    });
    let data = Data { keep, refused };
    provide_context(data);
    data
}

/// Keeps the answers for the reload into a new release (this tab only; removed once read).
pub fn carry(case: Case) {
    let text = case.file.with_untracked(to_text);
    browser::store_text(false, CARRIED, &text);
}

/// A case file from JSON text, with the members it has that a case file does not.
fn read(text: &str) -> Result<(CaseFile, Vec<String>), FileError> {
    file::read(&js::parse(text)?)
}

/// The case file as the browser's JSON value (for the embedding host, when the person agrees).
pub fn as_json(file: &CaseFile) -> JsValue {
    file::write(file)
}

fn to_text(file: &CaseFile) -> String {
    browser::pretty_json(&file::write::<JsValue>(file))
}

/// The "as of" date is kept (and exported) only when the person chose one: left at today, it is
/// today again on the next visit, and a file opened later is judged on its day.
fn for_keeping(file: &CaseFile, today: Date) -> CaseFile {
    let mut file = file.clone();
    if file.applicant.as_of.as_deref() == Some(today.to_string().as_str()) {
        file.applicant.as_of = None;
    }
    file
}

fn with_today(mut file: CaseFile, today: Date) -> CaseFile {
    file.applicant
        .as_of
        .get_or_insert_with(|| today.to_string());
    file
}

/// Forgets everything stored (this origin's storage, any cache but the app's own files) and
/// reloads: nothing of the answers is left in storage or memory.
fn delete_everything(data: Data) {
    data.keep.set(false);
    browser::forget_everything(DELETED_HASH);
}

/// Where opening a file stands.
#[derive(Clone)]
enum Opening {
    Idle,
    Failed(Text),
    /// Read and checked, waiting for the person to confirm.
    Offered {
        name: String,
        file: CaseFile,
        ignored: Vec<String>,
    },
    Done(String),
}

/// The page "Your data" (`#/data`).
#[component]
pub fn DataPage() -> impl IntoView {
    let data = use_context::<Data>().unwrap_or_else(|| provide(use_case()));
    crate::route::focus_when_mounted();
    page_title(text!(data.title), None);
    let deleted = window().location().hash().is_ok_and(|h| h == DELETED_HASH);
    let on_keep = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        data.keep.set(checked);
    };
    view! {
        <h1 id="page-title" tabindex="-1">{tr!(data.title)}</h1>
        {deleted.then(|| view! { <p class="notice notice--yes" role="status">{tr!(data.deleted)}</p> })}
        <p class="lead">{tr!(data.intro)}</p>
        <div class="field radios checkbox">
            <div class="radios__item">
                <input
                    class="radios__input"
                    type="checkbox"
                    id="keep"
                    aria-describedby="keep-hint"
                    prop:checked=move || data.keep.get()
                    on:change=on_keep
                />
                <label class="radios__label" for="keep">{tr!(data.keep_label)}</label>
                <div class="hint radios__hint" id="keep-hint">{tr!(data.keep_hint)}</div>
            </div>
            {move || (data.keep.get() && data.refused.get())
                .then(|| view! { <p class="error-message">{tr!(data.keep_failed)}</p> })}
        </div>
        <Export />
        <Open />
        <Delete data />
    }
}

#[component]
fn Export() -> impl IntoView {
    let case = use_case();
    let save = move |_| {
        let text = case.file.with_untracked(|f| to_text(&for_keeping(f, case.today)));
        let _ = crate::dom::download(
            &format!("dayarlyq-{}.json", case.today),
            "application/json",
            &text,
        );
    };
    view! {
        <section class="panel" aria-labelledby="export-title">
            <h2 class="panel__title" id="export-title">{tr!(data.export_title)}</h2>
            <p>{tr!(data.export_text)}</p>
            <button type="button" class="button button--secondary" on:click=save>
                {tr!(data.export_button)}
            </button>
        </section>
    }
}

#[component]
fn Open() -> impl IntoView {
    let case = use_case();
    let state = RwSignal::new(Opening::Idle);
    let input = NodeRef::<html::Input>::new();
    let chosen = move |_| {
        let Some(el) = input.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let picked = wasm_bindgen_futures::JsFuture::from(browser::read_chosen(
                &el,
                file::MAX_FILE_BYTES,
            ))
            .await;
            let Some(parts) = picked.ok().and_then(|v| v.dyn_into::<js_sys::Array>().ok()) else {
                return;
            };
            let name = parts.get(0).as_string().unwrap_or_default();
            let outcome = match parts.get(1).as_string() {
                Some(text) => read(text.as_str()),
                None => Err(FileError::TooLarge),
            };
            state.set(match outcome {
                Ok((file, ignored)) => Opening::Offered {
                    name,
                    file,
                    ignored,
                },
                Err(e) => Opening::Failed(failure(name, e)),
            });
        });
    };
    let replace = move |_| {
        if let Opening::Offered { name, file, .. } = state.get_untracked() {
            case.file.set(with_today(file, case.today));
            state.set(Opening::Done(name));
        }
    };
    let cancel = move |_| state.set(Opening::Idle);
    let error = move || matches!(state.get(), Opening::Failed(_));
    view! {
        <section class="panel" aria-labelledby="open-title">
            <h2 class="panel__title" id="open-title">{tr!(data.import_title)}</h2>
            <div class="field" class:field--error=error>
                <label class="field__label" for="open-file">{tr!(data.import_label)}</label>
                <div class="hint" id="open-file-hint">{tr!(data.import_hint)}</div>
                {move || match state.get() {
                    Opening::Failed(message) => Some(view! {
                        <p class="error-message" id="open-file-error" role="alert">{message.view()}</p>
                    }),
                    _ => None,
                }}
                <input
                    node_ref=input
                    class="file-input"
                    type="file"
                    id="open-file"
                    accept=".json,application/json"
                    aria-describedby=move || if error() { "open-file-hint open-file-error" } else { "open-file-hint" }
                    on:change=chosen
                />
            </div>
            {move || match state.get() {
                Opening::Offered { name, file, ignored } => {
                    view! { <Offer name file ignored on_replace=replace on_cancel=cancel /> }.into_any()
                }
                Opening::Done(name) => view! {
                    <p class="notice notice--yes" role="status">{tr!(data.import_done, file = name.clone())}</p>
                }
                    .into_any(),
                _ => ().into_any(),
            }}
        </section>
    }
}

/// The file's contents offered in place of the answers: how many, what it has that Dayarlyq
/// ignores; replace or cancel. Wrong values are the check's business once they are in place.
#[component]
fn Offer(
    name: String,
    file: CaseFile,
    ignored: Vec<String>,
    on_replace: impl Fn(leptos::ev::MouseEvent) + 'static,
    on_cancel: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let count = file::answered(&file);
    let ignored = (!ignored.is_empty()).then(|| {
        let list = ignored.join(", ");
        view! { <p>{tr!(data.import_ignored, list = list.clone())}</p> }
    });
    view! {
        <div class="notice" role="status">
            <p>{tr!(data.import_confirm, file = name.clone(), count = count)}</p>
            {ignored}
            <p class="actions">
                <button type="button" class="button" on:click=on_replace>{tr!(data.import_replace)}</button>
                <button type="button" class="button button--secondary" on:click=on_cancel>{tr!(data.cancel)}</button>
            </p>
        </div>
    }
}

/// What is wrong with the file `name`, in the page's language.
fn failure(name: String, error: FileError) -> Text {
    Text::owned(move |locale| {
        let reason = match &error {
            FileError::NotJson(detail) => {
                td_string!(locale, data.error_not_json, detail = detail).to_string()
            }
            FileError::TooLarge => td_string!(locale, data.error_too_large).to_owned(),
            FileError::NotCaseFile => td_string!(locale, data.error_not_case).to_owned(),
            FileError::WrongType { path, expected } => {
                let field = field_name(path, locale);
                let expected = expected_name(*expected, locale);
                td_string!(
                    locale,
                    data.error_wrong_type,
                    field = field,
                    expected = expected
                )
                .to_string()
            }
        };
        td_string!(locale, data.import_error, file = &name, reason = reason).to_string()
    })
}

/// A member as the forms name it, with its path (`Отсрочка от призыва (applicant.deferment)`).
fn field_name(path: &str, locale: Locale) -> String {
    if path.is_empty() {
        return td_string!(locale, data.the_file).to_owned();
    }
    let key = path.rsplit('.').next().unwrap_or(path);
    let label = dayarlyq_rules::input::field_label(key);
    let label = label.get(rules_lang(locale));
    if label == key {
        path.to_owned()
    } else {
        format!("{label} ({path})")
    }
}

fn expected_name(expected: Expected, locale: Locale) -> &'static str {
    match expected {
        Expected::Object => td_string!(locale, data.expected_object),
        Expected::Text => td_string!(locale, data.expected_text),
        Expected::Flag => td_string!(locale, data.expected_flag),
        Expected::WholeNumber => td_string!(locale, data.expected_number),
        Expected::TextList => td_string!(locale, data.expected_list),
    }
}

#[component]
fn Delete(data: Data) -> impl IntoView {
    let asking = RwSignal::new(false);
    view! {
        <section class="panel" aria-labelledby="delete-title">
            <h2 class="panel__title" id="delete-title">{tr!(data.delete_title)}</h2>
            <p>{tr!(data.delete_text)}</p>
            {move || if asking.get() {
                view! {
                    <div class="notice notice--no" role="alert">
                        <p>{tr!(data.delete_confirm)}</p>
                        <p class="actions">
                            <button type="button" class="button button--warning" on:click=move |_| delete_everything(data)>
                                {tr!(data.delete_yes)}
                            </button>
                            <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                                {tr!(data.cancel)}
                            </button>
                        </p>
                    </div>
                }
                    .into_any()
            } else {
                view! {
                    <button type="button" class="button button--warning" on:click=move |_| asking.set(true)>
                        {tr!(data.delete_button)}
                    </button>
                }
                    .into_any()
            }}
        </section>
    }
}
