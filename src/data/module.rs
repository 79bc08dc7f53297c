//! The page "Your data" as part of the module fetched on demand (`src/bin/dayarlyq-docs.rs`), run
//! in the same page as the app ([`crate::section`]), as the documents are: the app hands it the
//! case as flat entries and hears a case opened from a file back the same way; the language
//! follows the app's switch.

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::page::DataPage;
use crate::case::Case;
use crate::i18n::Locale;
use crate::lang::Language;

/// The page of the current visit: its language, and its view (the unmount handle).
struct Visit {
    locale: RwSignal<Locale>,
    _view: Box<dyn Any>,
}

thread_local! {
    static VISIT: RefCell<Option<Visit>> = const { RefCell::new(None) };
}

/// Shows the page inside `parent`, with the app's `case` (flat entries) in the language `lang`
/// (`kk`, `ru`); `on_change` is called with the case's entries when the page replaces it.
pub fn mount(
    parent: web_sys::HtmlElement,
    lang: &str,
    case: js_sys::Array,
    on_change: js_sys::Function,
) -> Result<(), JsValue> {
    unmount();
    let locale = RwSignal::new(if lang == "ru" { Locale::ru } else { Locale::kk });
    let file = crate::case::read_entries(&case);
    let view = leptos::mount::mount_to(parent, move || {
        let case = Case::provide(crate::dom::today_in_kazakhstan());
        case.file.set(file);
        provide_context(Language { locale });
        Effect::new(move |first: Option<()>| {
            let entries = case.file.with(crate::case::write_entries);
            // Only what the page changes goes back (a file opened, confirmed).
            if first.is_some() {
                let _ = on_change.call1(&JsValue::NULL, &entries);
            }
        });
        view! { <DataPage /> }
    });
    VISIT.with_borrow_mut(|visit| {
        *visit = Some(Visit {
            locale,
            _view: Box::new(view),
        });
    });
    Ok(())
}

/// Takes the page off.
pub fn unmount() {
    // Dropped outside the borrow: unmounting runs the view's cleanups.
    let visit = VISIT.with_borrow_mut(Option::take);
    drop(visit);
}

/// Follows the app's language switch.
pub fn set_lang(lang: &str) {
    VISIT.with_borrow(|visit| {
        if let Some(visit) = visit {
            visit
                .locale
                .set(if lang == "ru" { Locale::ru } else { Locale::kk });
        }
    });
}
