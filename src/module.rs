//! The modules fetched on demand, seen from inside: the documents' (`src/bin/dayarlyq-docs.rs`:
//! the documents, the page "Your data", the result's dates) and the officials' nominal list's
//! (`src/bin/dayarlyq-nominal.rs`, with its CSV and XLSX readers and the rules' judge, which no
//! applicant needs). Each runs in the same page as the app, which fetches it the first time one
//! of its pages is opened ([`crate::section`]). The app hands it the case file as flat entries
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

/// A page of the documents' module: `documents`, `data` or `dates` (the result's timeline), as
/// the app names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Page {
    Documents,
    Data,
    Dates,
}

/// The view of the documents' module's page `page` (`documents`, `data`, `dates`).
pub fn docs_page(page: &str) -> AnyView {
    let page = match page {
        "data" => Page::Data,
        "dates" => Page::Dates,
        _ => Page::Documents,
    };
    match page {
        Page::Documents => view! { <Documents /> }.into_any(),
        Page::Data => view! { <DataPage /> }.into_any(),
        Page::Dates => view! { <crate::check::timeline::TimelineDates /> }.into_any(),
    }
}

/// The view of the nominal list's module: its one page.
pub fn nominal_page(_page: &str) -> AnyView {
    view! { <crate::nominal::NominalPage /> }.into_any()
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

/// Shows the page `page` of this module (its view made by `page_view`: [`docs_page`],
/// [`nominal_page`]) inside `parent`, with the app's `case` (flat
/// entries) in the language `lang`; `on_change` is called with the case's entries each time the
/// page changes it.
pub fn mount(
    page_view: fn(&str) -> AnyView,
    page: &str,
    parent: web_sys::HtmlElement,
    lang: &str,
    case: js_sys::Array,
    on_change: js_sys::Function,
) -> Result<(), JsValue> {
    let page = page.to_owned();
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
                page_view(&page)
            })
        });
        module.view = Some(Box::new(handle));
    });
    Ok(())
}

/// The exports every module fetched on demand gives the app (`mount`, `unmount`, `set_lang`,
/// `set_case`: see [`crate::section`]), its pages' views made by `$pages` ([`docs_page`],
/// [`nominal_page`]). Written in each module's bin: exports in this library would be roots of
/// the first load's WASM too.
#[macro_export]
macro_rules! module_exports {
    ($pages:path) => {
        /// Shows the page `page` inside `parent` in the language `lang` (`kk`, `ru`), filled from
        /// `case` (the case file's flat entries: path, value, …); `on_change` hears the case back
        /// the same way each time the page changes it.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn mount(
            page: &str,
            parent: web_sys::HtmlElement,
            lang: &str,
            case: js_sys::Array,
            on_change: js_sys::Function,
        ) -> Result<(), wasm_bindgen::JsValue> {
            $crate::module::mount($pages, page, parent, lang, case, on_change)
        }

        /// Takes the page off; what was typed stays for the next visit.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn unmount() {
            $crate::module::unmount();
        }

        /// Follows the app's language switch.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn set_lang(lang: &str) {
            $crate::module::set_lang(lang);
        }

        /// Takes the app's case (flat entries) when the app changes it while a page is shown.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn set_case(case: js_sys::Array) {
            $crate::module::set_case(case);
        }
    };
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
