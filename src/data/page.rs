//! The page "Your data" (`#/data`): keep the answers in this browser or not, save them as the
//! case file, open one (checked by the browser against the format, put in place only once the
//! person confirms), delete everything. Part of the module fetched on demand ([`super::module`]).

use dayarlyq_rules::case_file::{CaseFile, Place};
use js_sys::Array;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::file::{self, Expected, FileError, MAX_FILE_BYTES};
use super::{DELETED_HASH, KEPT, for_keeping, js, with_today};
use crate::case::{use_case, write_entries};
use crate::form::{CheckItem, Checkboxes};
use crate::i18n::{Locale, td_string};
use crate::lang::rules_lang;
use crate::text::{Text, page_title, text, tr};

/// A file's contents read and checked, waiting for the person to confirm.
#[derive(Clone, Debug)]
struct Offered {
    name: String,
    file: CaseFile,
    /// The members the case file does not have, by path.
    ignored: Vec<String>,
}

/// Where opening a file stands.
#[derive(Clone)]
enum Opening {
    Idle,
    Failed(Text),
    Offered(Box<Offered>),
    Done(String),
}

/// The file chosen in `input`: its name, and its text unless it is larger than any case file.
/// The input is emptied, so that choosing the same file again reads it again.
async fn chosen(input: &web_sys::HtmlInputElement) -> Option<(String, Option<String>)> {
    let file = input.files()?.get(0)?;
    input.set_value("");
    if file.size() > f64::from(MAX_FILE_BYTES) {
        return Some((file.name(), None));
    }
    let text = JsFuture::from(file.text()).await.ok()?.as_string();
    Some((file.name(), text))
}

/// Forgets everything this origin keeps of the person (local and session storage, every cache
/// but Workbox's precache of the app's own files, which holds nothing typed) and reloads at
/// [`DELETED_HASH`], so nothing is left in memory either.
async fn forget_everything() {
    let window = window();
    for storage in [window.local_storage(), window.session_storage()] {
        if let Ok(Some(storage)) = storage {
            let _ = storage.clear();
        }
    }
    if let Ok(caches) = window.caches()
        && let Ok(names) = JsFuture::from(caches.keys()).await
    {
        for name in Array::from(&names).iter().filter_map(|n| n.as_string()) {
            if !name.starts_with("workbox-precache") {
                let _ = JsFuture::from(caches.delete(&name)).await;
            }
        }
    }
    let location = window.location();
    let _ = location.set_hash(DELETED_HASH);
    let _ = location.reload();
}

#[component]
pub fn DataPage() -> impl IntoView {
    crate::route::focus_when_mounted();
    page_title(text!(data.title), None);
    let deleted = window().location().hash().is_ok_and(|h| h == DELETED_HASH);
    view! {
        <h1 id="page-title" tabindex="-1">{tr!(data.title)}</h1>
        {deleted.then(|| view! { <p class="notice notice--yes" role="status">{tr!(data.deleted)}</p> })}
        <p class="lead">{tr!(data.intro)}</p>
        <Keep />
        <Export />
        <Open />
        <Delete />
    }
}

/// The switch: kept answers are in local storage under [`KEPT`] (the case's flat entries), and
/// the app keeps them in step while they are there ([`super::provide`]).
#[component]
fn Keep() -> impl IntoView {
    let case = use_case();
    let storage = window().local_storage().ok().flatten();
    let kept = storage
        .as_ref()
        .and_then(|s| s.get_item(KEPT).ok().flatten());
    let keep = RwSignal::new(kept.is_some());
    let refused = RwSignal::new(false);
    let on_keep = Callback::new(move |on: bool| {
        keep.set(on);
        let Some(storage) = window().local_storage().ok().flatten() else {
            refused.set(true);
            return;
        };
        if on {
            let entries = case
                .file
                .with_untracked(|f| write_entries(&for_keeping(f, case.today)));
            let text = js_sys::JSON::stringify(&entries)
                .map(String::from)
                .unwrap_or_default();
            refused.set(storage.set_item(KEPT, &text).is_err());
        } else {
            let _ = storage.remove_item(KEPT);
        }
    });
    let locale = crate::lang::use_language().locale;
    let error = Signal::derive(move || {
        (keep.get() && refused.get()).then(|| td_string!(locale.get(), data.keep_failed).to_owned())
    });
    let item = CheckItem {
        id: "keep".to_owned(),
        label: text!(data.keep_label),
        hint: Some(text!(data.keep_hint)),
        checked: keep.into(),
        set: on_keep,
    };
    view! { <Checkboxes id="keep-group".to_owned() items=vec![item] error /> }
}

#[component]
fn Export() -> impl IntoView {
    let case = use_case();
    let save = move |_| {
        let value: JsValue = case
            .file
            .with_untracked(|f| file::write(&for_keeping(f, case.today)));
        let name = format!("dayarlyq-{}.json", case.today);
        let _ = crate::dom::download(&name, "application/json", &js::text(&value));
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
            let Some((name, text)) = chosen(&el).await else {
                return;
            };
            let outcome =
                match text {
                    Some(text) => js::parse(&text).and_then(|root| file::read(&root)).map(
                        |(file, ignored)| Offered {
                            name: name.clone(),
                            file,
                            ignored,
                        },
                    ),
                    None => Err(FileError::TooLarge),
                };
            state.set(match outcome {
                Ok(offered) => Opening::Offered(Box::new(offered)),
                Err(e) => Opening::Failed(failure(name, e)),
            });
        });
    };
    let replace = move |_| {
        if let Opening::Offered(offered) = state.get_untracked() {
            case.file.set(with_today(offered.file, case.today));
            state.set(Opening::Done(offered.name));
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
                Opening::Offered(offered) => view! { <Offer offered=*offered on_replace=replace on_cancel=cancel /> }.into_any(),
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
    offered: Offered,
    on_replace: impl Fn(leptos::ev::MouseEvent) + 'static,
    on_cancel: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let Offered {
        name,
        file,
        ignored,
    } = offered;
    let count = file.answered();
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
    match Place::from_path(path) {
        Some(place) => format!("{} ({path})", place.label(rules_lang(locale))),
        None => path.to_owned(),
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

/// Delete everything, once the person confirms: this origin's storage and every cache but the
/// app's own files, then a reload, so nothing of the answers is left in memory either.
#[component]
fn Delete() -> impl IntoView {
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
                            <button
                                type="button"
                                class="button button--warning"
                                on:click=move |_| leptos::task::spawn_local(forget_everything())
                            >
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
