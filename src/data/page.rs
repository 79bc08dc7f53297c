//! The page "Your data" (`#/data`): keep the answers in this browser or not, save them as the
//! case file, open one (checked in full first — JSON, every member's type and code, the values
//! the forms will call wrong — and put in place only once the person confirms), delete
//! everything. Part of the module fetched on demand ([`super::module`]).
//!
//! Whatever replaces what had the focus takes it: the offer to confirm (scrolled into view), the
//! message that the file is in place, the question before deleting, the message after it.

mod messages;

use js_sys::Array;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::file::{self, FileError, MAX_FILE_BYTES, Read, SyntaxError};
use super::{DELETED_HASH, KEPT, for_keeping, js, with_today};
use crate::case::{use_case, write_entries};
use crate::form::{CheckItem, Checkboxes};
use crate::i18n::td_string;
use crate::lang::{rules_lang, use_language};
use crate::text::{page_title, text, tr};

/// Where answers come from: a file the person opened (its name), or the link the page was
/// opened with ([`super::link`]).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Source {
    File(String),
    Link,
}

/// A file's or a link's contents read and checked, waiting for the person to confirm.
#[derive(Clone, Debug)]
struct Offered {
    source: Source,
    read: Read,
}

/// Where opening a file or a link stands.
#[derive(Clone)]
enum Opening {
    Idle,
    /// Where from, what is wrong, and, for a text that is not JSON, where.
    Failed(Source, FileError, Option<SyntaxError>),
    Offered(Box<Offered>),
    Done(Source),
}

/// The ids of what takes the focus.
const FILE_ID: &str = "open-file";
const OFFER_ID: &str = "open-offer";
const DONE_ID: &str = "open-done";
const LINK_ERROR_ID: &str = "link-error";
const DELETE_ID: &str = "delete-button";
const DELETE_CONFIRM_ID: &str = "delete-confirm";
const DELETED_ID: &str = "data-deleted";

/// Focuses the element `id` once it is on the page, scrolled into view as little as needed.
pub(super) fn show(id: &'static str) {
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(id) else {
            return;
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });
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
    // Reloaded once everything went: the focus goes to the message saying so.
    if deleted {
        show(DELETED_ID);
    }
    view! {
        <h1 id="page-title" tabindex="-1">{tr!(data.title)}</h1>
        {deleted.then(|| view! {
            <p class="notice notice--yes" id=DELETED_ID tabindex="-1" role="status">
                {tr!(data.deleted)}
            </p>
        })}
        <p class="lead">{tr!(data.intro)}</p>
        <Keep />
        <Export />
        <super::link::Share />
        <Open link=super::link::opened() />
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

/// Opening a file the person chooses, or the link the app was opened with (`link`): checked,
/// then offered in place of the answers; a link's put in place at once when nothing was answered.
#[component]
fn Open(link: Option<String>) -> impl IntoView {
    let case = use_case();
    let state = RwSignal::new(Opening::Idle);
    if let Some(payload) = link {
        leptos::task::spawn_local(async move {
            match super::link::open(&payload).await {
                Ok(read) => {
                    let answered = case
                        .file
                        .with_untracked(|f| for_keeping(f, case.today).answered());
                    if answered == 0 {
                        case.file.set(with_today(read.file, case.today));
                        state.set(Opening::Done(Source::Link));
                        show(DONE_ID);
                    } else {
                        let source = Source::Link;
                        state.set(Opening::Offered(Box::new(Offered { source, read })));
                        show(OFFER_ID);
                    }
                }
                Err(e) => {
                    state.set(Opening::Failed(Source::Link, e, None));
                    show(LINK_ERROR_ID);
                }
            }
        });
    }
    let input = NodeRef::<html::Input>::new();
    let chosen = move |_| {
        let Some(el) = input.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let Some((name, text)) = chosen(&el).await else {
                return;
            };
            let outcome = match &text {
                Some(text) => js::parse(text).and_then(|root| file::read(&root)),
                None => Err(FileError::TooLarge),
            };
            match outcome {
                Ok(read) => {
                    let source = Source::File(name);
                    state.set(Opening::Offered(Box::new(Offered { source, read })));
                    show(OFFER_ID);
                }
                Err(e) => {
                    // The browser's words are English: say where, in the page's language.
                    let syntax = match (&e, &text) {
                        (FileError::NotJson(_), Some(text)) => file::locate(text),
                        _ => None,
                    };
                    state.set(Opening::Failed(Source::File(name), e, syntax));
                }
            }
        });
    };
    let replace = move |_| {
        if let Opening::Offered(offered) = state.get_untracked() {
            case.file.set(with_today(offered.read.file, case.today));
            state.set(Opening::Done(offered.source));
            show(DONE_ID);
        }
    };
    let cancel = move |_| {
        state.set(Opening::Idle);
        show(FILE_ID);
    };
    let error = move || matches!(state.get(), Opening::Failed(Source::File(_), ..));
    view! {
        <section class="panel" aria-labelledby="open-title">
            <h2 class="panel__title" id="open-title">{tr!(data.import_title)}</h2>
            <div class="field" class:field--error=error>
                <label class="field__label" for=FILE_ID>{tr!(data.import_label)}</label>
                <div class="hint" id="open-file-hint">{tr!(data.import_hint)}</div>
                {move || match state.get() {
                    Opening::Failed(source @ Source::File(_), error, syntax) => {
                        Some(view! { <Failure source error syntax /> })
                    }
                    _ => None,
                }}
                <input
                    node_ref=input
                    class="file-input"
                    type="file"
                    id=FILE_ID
                    accept=".json,application/json"
                    aria-describedby=move || {
                        if error() { "open-file-hint open-file-error" } else { "open-file-hint" }
                    }
                    on:change=chosen
                />
            </div>
            {move || match state.get() {
                Opening::Offered(offered) => {
                    view! { <Offer offered=*offered on_replace=replace on_cancel=cancel /> }
                        .into_any()
                }
                Opening::Done(Source::File(name)) => {
                    view! {
                        <p class="notice notice--yes" id=DONE_ID tabindex="-1" role="status">
                            {tr!(data.import_done, file = name.clone())}
                        </p>
                    }
                        .into_any()
                }
                Opening::Done(Source::Link) => {
                    view! {
                        <div class="notice notice--yes" id=DONE_ID tabindex="-1" role="status">
                            <p>{tr!(data.link_done)}</p>
                            <p><a href="#/answers">{tr!(data.link_review)}</a></p>
                        </div>
                    }
                        .into_any()
                }
                Opening::Failed(source @ Source::Link, error, syntax) => {
                    view! {
                        <div class="field field--error" id=LINK_ERROR_ID tabindex="-1">
                            <Failure source error syntax />
                        </div>
                    }
                        .into_any()
                }
                _ => ().into_any(),
            }}
        </section>
    }
}

/// The file's contents offered in place of the answers: how many, what it has that Dayarlyq
/// ignores, which answers the forms will say are wrong; replace or cancel.
#[component]
fn Offer(
    offered: Offered,
    on_replace: impl Fn(leptos::ev::MouseEvent) + 'static,
    on_cancel: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let locale = use_language().locale;
    let Offered { source, read } = offered;
    let count = read.file.answered();
    let ignored = (!read.ignored.is_empty()).then(|| {
        let list = read.ignored.join(", ");
        view! { <p>{tr!(data.import_ignored, list = list.clone())}</p> }
    });
    let unusable = (!read.unusable.is_empty()).then(|| {
        let errors = read.unusable;
        let items = move || {
            let lang = rules_lang(locale.get());
            errors
                .iter()
                .map(|e| view! { <li>{e.message(lang).to_owned()}</li> })
                .collect_view()
        };
        view! {
            <p>{tr!(data.import_unusable)}</p>
            <ul class="notice__list">{items}</ul>
        }
    });
    view! {
        <div class="notice" id=OFFER_ID tabindex="-1">
            <p>
                {match source {
                    Source::File(name) => {
                        tr!(data.import_confirm, file = name.clone(), count = count).into_any()
                    }
                    Source::Link => tr!(data.link_confirm, count = count).into_any(),
                }}
            </p>
            {ignored}
            {unusable}
            <p class="actions">
                <button type="button" class="button" on:click=on_replace>
                    {tr!(data.import_replace)}
                </button>
                <button type="button" class="button button--secondary" on:click=on_cancel>
                    {tr!(data.cancel)}
                </button>
            </p>
        </div>
    }
}

/// What is wrong with the file or the link, in the page's language: one reason in a sentence, or
/// every member in a list. A file's is read with the file input (its `aria-describedby`).
#[component]
fn Failure(source: Source, error: FileError, syntax: Option<SyntaxError>) -> impl IntoView {
    let locale = use_language().locale;
    move || {
        let locale = locale.get();
        let reasons = messages::reasons(&error, syntax.as_ref(), locale);
        let body = match reasons.as_slice() {
            [one] => {
                let text = match &source {
                    Source::File(name) => {
                        td_string!(locale, data.import_error, file = name, reason = one).to_string()
                    }
                    Source::Link => td_string!(locale, data.link_error, reason = one).to_string(),
                };
                view! { <p class="error-message__text">{text}</p> }.into_any()
            }
            many => {
                let intro = match &source {
                    Source::File(name) => {
                        td_string!(locale, data.import_error_list, file = name).to_string()
                    }
                    Source::Link => td_string!(locale, data.link_error_list).to_string(),
                };
                let items = many
                    .iter()
                    .map(|r| view! { <li>{r.clone()}</li> })
                    .collect_view();
                view! {
                    <p class="error-message__text">{intro}</p>
                    <ul class="error-message__list">{items}</ul>
                }
                .into_any()
            }
        };
        view! {
            <div class="error-message" id="open-file-error" role="alert">
                <span class="visually-hidden">{td_string!(locale, common.error_prefix)} " "</span>
                {body}
            </div>
        }
    }
}

/// Delete everything, once the person confirms: this origin's storage and every cache but the
/// app's own files, then a reload, so nothing of the answers is left in memory either.
#[component]
fn Delete() -> impl IntoView {
    let asking = RwSignal::new(false);
    // The button pressed leaves the page: the focus goes to what replaces it.
    let ask = move |on: bool| {
        asking.set(on);
        show(if on { DELETE_CONFIRM_ID } else { DELETE_ID });
    };
    view! {
        <section class="panel" aria-labelledby="delete-title">
            <h2 class="panel__title" id="delete-title">{tr!(data.delete_title)}</h2>
            <p>{tr!(data.delete_text)}</p>
            {move || if asking.get() {
                view! {
                    <div class="notice notice--no" id=DELETE_CONFIRM_ID tabindex="-1">
                        <p>{tr!(data.delete_confirm)}</p>
                        <p class="actions">
                            <button
                                type="button"
                                class="button button--warning"
                                on:click=move |_| leptos::task::spawn_local(forget_everything())
                            >
                                {tr!(data.delete_yes)}
                            </button>
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| ask(false)
                            >
                                {tr!(data.cancel)}
                            </button>
                        </p>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <button
                        type="button"
                        class="button button--warning"
                        id=DELETE_ID
                        on:click=move |_| ask(true)
                    >
                        {tr!(data.delete_button)}
                    </button>
                }
                .into_any()
            }}
        </section>
    }
}
