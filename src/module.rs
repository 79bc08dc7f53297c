//! The module fetched on demand (`src/bin/dayarlyq-docs.rs`), seen from inside: it runs in the
//! same page as the app, which fetches it the first time the documents or the page "Your data"
//! are opened ([`crate::section`]). The app hands it the case file as flat entries
//! (`CaseFile::entries`: path, value, path, value…, a JS array of strings; no JSON codec in the
//! first load) and hears every change back the same way; the language follows the app's switch.
//!
//! The module's state (the case as it holds it, the language, the documents' mode, chosen notice
//! and PDF worker) outlives each visit: it is made once, under an owner of its own, and every
//! visit mounts a page's view under that owner.

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::case::Case;
use crate::data::page::DataPage;
use crate::documents::Documents;
use crate::i18n::Locale;
use crate::lang::Language;

/// A page of the module: `documents`, `data` or `dates` (the result's timeline), as the app
/// names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Page {
    Documents,
    Data,
    Dates,
}

/// What outlives a visit.
struct Module {
    owner: Owner,
    case: Case,
    locale: RwSignal<Locale>,
    /// The view of the current visit (its unmount handle): dropped when the visit ends.
    view: Option<Box<dyn Any>>,
}

thread_local! {
    static MODULE: RefCell<Option<Module>> = const { RefCell::new(None) };
}

/// The locale of a language code as the app passes it (`kk`, `ru`); Kazakh otherwise.
pub(crate) fn locale(code: &str) -> Locale {
    match code {
        "ru" => Locale::ru,
        _ => Locale::kk,
    }
}

/// Shows the page `page` (`documents`, `data`) inside `parent`, with the app's `case` (flat
/// entries) in the language `lang`; `on_change` is called with the case's entries each time the
/// page changes it.
pub fn mount(
    page: &str,
    parent: web_sys::HtmlElement,
    lang: &str,
    case: js_sys::Array,
    on_change: js_sys::Function,
) -> Result<(), JsValue> {
    let page = match page {
        "data" => Page::Data,
        "dates" => Page::Dates,
        _ => Page::Documents,
    };
    let file = crate::case::read_entries(&case);
    unmount();
    MODULE.with_borrow_mut(|module| {
        let module = module.get_or_insert_with(|| {
            let owner = Owner::new();
            let (case, locale) = owner.with(|| {
                let case = Case::provide(crate::dom::today_in_kazakhstan());
                let locale = RwSignal::new(Locale::kk);
                provide_context(Language { locale });
                (case, locale)
            });
            Module {
                owner,
                case,
                locale,
                view: None,
            }
        });
        module.locale.set(locale(lang));
        module.case.file.set(file);
        let case = module.case;
        let handle = module.owner.with(|| {
            leptos::mount::mount_to(parent, move || {
                // Every change the page makes goes back to the app (not the case it was given).
                Effect::new(move |first: Option<()>| {
                    let entries = case.file.with(crate::case::write_entries);
                    if first.is_some() {
                        let _ = on_change.call1(&JsValue::NULL, &entries);
                    }
                });
                match page {
                    Page::Documents => view! { <DocumentsOrList /> }.into_any(),
                    Page::Data => view! { <DataPage /> }.into_any(),
                    Page::Dates => view! { <crate::check::timeline::TimelineDates /> }.into_any(),
                }
            })
        });
        module.view = Some(Box::new(handle));
    });
    Ok(())
}

/// The address of the nominal list's page (app. 4), within the documents' `#/documents…`.
const NOMINAL_HASH: &str = "#/documents/nominal";

/// The documents, or the nominal list's page when the address says so: the app mounts the
/// module once for every `#/documents…`, so the module follows the address from there.
#[component]
fn DocumentsOrList() -> impl IntoView {
    let hash = || window().location().hash().unwrap_or_default();
    let nominal = RwSignal::new(hash().starts_with(NOMINAL_HASH));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        // In-page fragments (`#iin`) are not addresses of a page: only `#/…` is.
        let h = hash();
        if h.starts_with("#/") {
            nominal.set(h.starts_with(NOMINAL_HASH));
        }
    });
    on_cleanup(move || handle.remove());
    move || {
        if nominal.get() {
            view! { <crate::nominal::NominalPage /> }.into_any()
        } else {
            view! { <Documents /> }.into_any()
        }
    }
}

/// Takes the page's view off; the module's state stays for the next visit.
pub fn unmount() {
    // Dropped outside the borrow: unmounting runs the view's cleanups.
    let view = MODULE.with_borrow_mut(|module| module.as_mut().and_then(|m| m.view.take()));
    drop(view);
}

/// Takes the app's `case` (flat entries) when the app changes it while a page is shown (the
/// result's timeline: its fields are the app's, its dates the module's).
pub fn set_case(case: js_sys::Array) {
    let file = crate::case::read_entries(&case);
    // Set outside the borrow: what follows the case may reach the module again.
    let held = MODULE.with_borrow(|module| module.as_ref().map(|m| m.case));
    if let Some(held) = held
        && held.file.with_untracked(|f| *f != file)
    {
        held.file.set(file);
    }
}

/// Follows the app's language switch.
pub fn set_lang(lang: &str) {
    MODULE.with_borrow(|module| {
        if let Some(module) = module {
            module.locale.set(locale(lang));
        }
    });
}
