//! The documents section, seen from the app: a module of its own (`dayarlyq-docs.js` and its
//! WASM, built by Trunk beside the app), fetched the first time the documents are opened and kept
//! for later visits, so the first load carries the self-check only. The section gets the case file
//! as flat entries (`CaseFile::entries`) and gives every change back the same way; nothing leaves
//! the page. While it loads, a status says so;
//! if it cannot be fetched (offline before the first visit), the person is told and can retry.
//! The page "Your data" is in the same module ([`DataSection`]), and so are the dates of the
//! result's timeline ([`DatesSection`]): one fetch serves all three.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use js_sys::{Array, Function, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::case::{Case, use_case};
use crate::i18n::{Locale, td_string};
use crate::lang::{rules_lang, use_language};
use crate::text::{Text, tr};

/// A module fetched on demand: its script (written by Trunk next to `index.html`) and its
/// stylesheets (copied by Trunk): the documents' screens, the documents' A4 page, and the page
/// "Your data" (the file input's look, which the nominal list's import shares).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Module {
    script: &'static str,
    sheets: &'static [&'static str],
}

const SHEETS: &[&str] = &["documents.css", "document.css", "data.css"];

/// The documents' module: the documents, "Your data", the result's dates and its QR code.
pub const DOCS: Module = Module {
    script: "dayarlyq-docs.js",
    sheets: SHEETS,
};

/// The officials' module: the nominal list (app. 4), with its CSV and XLSX readers.
pub const NOMINAL: Module = Module {
    script: "dayarlyq-nominal.js",
    sheets: SHEETS,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Loading,
    Shown,
    Failed,
}

thread_local! {
    /// The exports of each module once started, by its script.
    static EXPORTS: std::cell::RefCell<Vec<(&'static str, JsValue)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn exports(module: Module) -> Option<JsValue> {
    EXPORTS.with_borrow(|all| {
        all.iter()
            .find(|(script, _)| *script == module.script)
            .map(|(_, exports)| exports.clone())
    })
}

/// Calls `module`'s export `name` with `args`, if the module is there ([`load`]).
pub fn call(module: Module, name: &str, args: &Array) -> Result<JsValue, JsValue> {
    let exports = exports(module).ok_or(JsValue::NULL)?;
    let f: Function = Reflect::get(&exports, &JsValue::from_str(name))?.dyn_into()?;
    f.apply(&JsValue::NULL, args)
}

/// A page of a module (its name for the module's `mount(page, parent, lang, entries,
/// on_change)`), and what the app says while it loads or when it cannot.
#[derive(Clone, Copy)]
struct Page {
    module: Module,
    name: &'static str,
    loading: fn(Locale) -> &'static str,
    failed: fn(Locale) -> &'static str,
}

const DOCUMENTS: Page = Page {
    module: DOCS,
    name: "documents",
    loading: |l| td_string!(l, common.documents_loading),
    failed: |l| td_string!(l, common.documents_failed),
};

const DATA: Page = Page {
    module: DOCS,
    name: "data",
    loading: |l| td_string!(l, common.data_loading),
    failed: |l| td_string!(l, common.data_failed),
};

/// The dates of the result's timeline (and their calendar file): their views and texts come with
/// the module, after the first load.
const DATES: Page = Page {
    module: DOCS,
    name: "dates",
    loading: |l| td_string!(l, common.dates_loading),
    failed: |l| td_string!(l, common.dates_failed),
};

/// The nominal list (app. 4), the officials' page, from its own module.
const NOMINAL_LIST: Page = Page {
    module: NOMINAL,
    name: "nominal",
    loading: |l| td_string!(l, common.documents_loading),
    failed: |l| td_string!(l, common.documents_failed),
};

/// Fetches `module`, once; its exports are then there for [`call`].
pub async fn load(module: Module) -> Result<(), JsValue> {
    if exports(module).is_some() {
        return Ok(());
    }
    let base = document().base_uri()?.unwrap_or_default();
    let url = web_sys::Url::new_with_base(module.script, &base)?;
    let sheets = module.sheets.iter().map(|s| (*s).to_owned()).collect();
    let exports = JsFuture::from(crate::browser::load_module(&url.href(), sheets)).await?;
    EXPORTS.with_borrow_mut(|all| all.push((module.script, exports)));
    Ok(())
}

/// Fetches the page's module (once) and shows the page in `parent`.
async fn open(
    page: Page,
    parent: web_sys::HtmlElement,
    case: Case,
    lang: &str,
) -> Result<(), JsValue> {
    load(page.module).await?;
    let entries = case.file.with_untracked(crate::case::write_entries);
    let file = case.file;
    let on_change = Closure::<dyn Fn(Array)>::new(move |entries: Array| {
        let changed = crate::case::read_entries(&entries);
        if file.try_with_untracked(|f| *f != changed) == Some(true) {
            file.set(changed);
        }
    });
    let args = Array::of5(
        &JsValue::from_str(page.name),
        &parent,
        &JsValue::from_str(lang),
        &entries,
        on_change.as_ref(),
    );
    // The section calls back for as long as the page lives.
    on_change.forget();
    call(page.module, "mount", &args).map(drop)
}

#[component]
pub fn DocumentsSection() -> impl IntoView {
    view! { <ModuleSection page=DOCUMENTS /> }
}

/// The page "Your data", from the same module.
#[component]
pub fn DataSection() -> impl IntoView {
    view! { <ModuleSection page=DATA /> }
}

/// The dates of the result's timeline, from the same module, kept in step with the app's case.
#[component]
pub fn DatesSection() -> impl IntoView {
    view! { <ModuleSection page=DATES /> }
}

/// The nominal list (app. 4), from the officials' module.
#[component]
pub fn NominalSection() -> impl IntoView {
    view! { <ModuleSection page=NOMINAL_LIST /> }
}

#[component]
fn ModuleSection(page: Page) -> impl IntoView {
    let case = use_case();
    let locale = use_language().locale;
    let slot = NodeRef::<leptos::html::Div>::new();
    let status = RwSignal::new(Status::Loading);
    let attempt = RwSignal::new(0_u32);
    // Whether this visit is still on the page when the module arrives.
    let here = Arc::new(AtomicBool::new(true));

    let visit = here.clone();
    Effect::new(move |_| {
        attempt.track();
        let Some(parent) = slot.get() else {
            return;
        };
        status.set(Status::Loading);
        let lang = rules_lang(locale.get_untracked()).code();
        let visit = visit.clone();
        spawn_local(async move {
            // Left before it arrived: the module stays fetched, the section is not shown.
            let shown = if visit.load(Ordering::Relaxed) {
                open(page, parent.into(), case, lang).await
            } else {
                Ok(())
            };
            if !visit.load(Ordering::Relaxed) {
                let _ = call(page.module, "unmount", &Array::new());
                return;
            }
            status.set(if shown.is_ok() {
                Status::Shown
            } else {
                Status::Failed
            });
        });
    });
    Effect::new(move |_| {
        let lang = rules_lang(locale.get()).code();
        let _ = call(
            page.module,
            "set_lang",
            &Array::of1(&JsValue::from_str(lang)),
        );
    });
    // The app's changes while the page is shown (the timeline's fields are the app's); the
    // module's own come back through `on_change` and are equal by then.
    Effect::new(move |_| {
        let entries = case.file.with(crate::case::write_entries);
        if status.get_untracked() == Status::Shown {
            let _ = call(page.module, "set_case", &Array::of1(&entries));
        }
    });
    on_cleanup(move || {
        here.store(false, Ordering::Relaxed);
        let _ = call(page.module, "unmount", &Array::new());
    });

    view! {
        {move || match status.get() {
            Status::Loading => view! {
                <p class="docs-loading" role="status">{Text::Static(page.loading).view()}</p>
            }
            .into_any(),
            Status::Failed => view! {
                <div class="docs-failed" role="alert">
                    <p>{Text::Static(page.failed).view()}</p>
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| attempt.update(|n| *n += 1)
                    >
                        {tr!(common.retry)}
                    </button>
                </div>
            }
            .into_any(),
            Status::Shown => ().into_any(),
        }}
        <div class="docs-slot" node_ref=slot></div>
    }
}
