//! The documents section as a module of its own (`src/bin/dayarlyq-docs.rs`), run in the same page
//! as the app, which fetches it the first time the documents are opened ([`crate::section`]). The
//! app hands it the case file as flat entries (`CaseFile::entries`: path, value, path, value…, a
//! JS array of strings; no JSON codec in the first load) and hears every change back the same
//! way; the language
//! follows the app's switch. The section's state (the case as the section holds it, the mode,
//! the chosen notice, the PDF worker) outlives each visit: it is made once, under an owner of its
//! own, and every visit mounts a view under that owner.

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::Documents;
use crate::case::Case;
use crate::i18n::Locale;
use crate::lang::Language;

/// What outlives a visit.
struct Section {
    owner: Owner,
    case: Case,
    locale: RwSignal<Locale>,
    /// The view of the current visit (its unmount handle): dropped when the visit ends.
    view: Option<Box<dyn Any>>,
}

thread_local! {
    static SECTION: RefCell<Option<Section>> = const { RefCell::new(None) };
}

/// The locale of a language code as the app passes it (`kk`, `ru`); Kazakh otherwise.
fn locale(code: &str) -> Locale {
    match code {
        "ru" => Locale::ru,
        _ => Locale::kk,
    }
}

/// Shows the section inside `parent`, with the app's `case` (flat entries) in the language
/// `lang`; `on_change` is called with the case's entries each time the section changes it.
pub fn mount(
    parent: web_sys::HtmlElement,
    lang: &str,
    case: js_sys::Array,
    on_change: js_sys::Function,
) -> Result<(), JsValue> {
    let file = crate::case::read_entries(&case);
    unmount();
    SECTION.with_borrow_mut(|section| {
        let section = section.get_or_insert_with(|| {
            let owner = Owner::new();
            let (case, locale) = owner.with(|| {
                let case = Case::provide(crate::dom::today_in_kazakhstan());
                let locale = RwSignal::new(Locale::kk);
                provide_context(Language { locale });
                (case, locale)
            });
            Section {
                owner,
                case,
                locale,
                view: None,
            }
        });
        section.locale.set(locale(lang));
        section.case.file.set(file);
        let case = section.case;
        let handle = section.owner.with(|| {
            leptos::mount::mount_to(parent, move || {
                // Every change the section makes goes back to the app.
                Effect::new(move |_| {
                    let entries = case.file.with(crate::case::write_entries);
                    let _ = on_change.call1(&JsValue::NULL, &entries);
                });
                view! { <Documents /> }
            })
        });
        section.view = Some(Box::new(handle));
    });
    Ok(())
}

/// Takes the section's view off the page; its state stays for the next visit.
pub fn unmount() {
    // Dropped outside the borrow: unmounting runs the view's cleanups.
    let view = SECTION.with_borrow_mut(|section| section.as_mut().and_then(|s| s.view.take()));
    drop(view);
}

/// Follows the app's language switch.
pub fn set_lang(lang: &str) {
    SECTION.with_borrow(|section| {
        if let Some(section) = section {
            section.locale.set(locale(lang));
        }
    });
}
