//! The documents section as a module of its own, fetched by the app the first time the documents
//! are opened and run in the same page (see the library's `documents::module`). Built by Trunk
//! beside the app (`index.html`), with the same optimisations; not part of the first load. The
//! page "Your data" is part of it too (`data::module`): the person's files, not every visit's.

use wasm_bindgen::prelude::*;

/// Shows the section inside `parent` in the language `lang` (`kk`, `ru`), filled from `case` (the
/// case file's flat entries: path, value, …); `on_change` hears the case back the same way each
/// time the section changes it.
#[wasm_bindgen]
pub fn mount(
    parent: web_sys::HtmlElement,
    lang: &str,
    case: js_sys::Array,
    on_change: js_sys::Function,
) -> Result<(), JsValue> {
    dayarlyq_web::documents::module::mount(parent, lang, case, on_change)
}

/// Takes the section off the page; what was typed stays for the next visit.
#[wasm_bindgen]
pub fn unmount() {
    dayarlyq_web::documents::module::unmount();
}

/// Follows the app's language switch.
#[wasm_bindgen]
pub fn set_lang(lang: &str) {
    dayarlyq_web::documents::module::set_lang(lang);
}

/// Shows the page "Your data" inside `parent`, as [`mount`] shows the documents; `on_change`
/// hears a case opened from a file.
#[wasm_bindgen]
pub fn mount_data(
    parent: web_sys::HtmlElement,
    lang: &str,
    case: js_sys::Array,
    on_change: js_sys::Function,
) -> Result<(), JsValue> {
    dayarlyq_web::data::module::mount(parent, lang, case, on_change)
}

/// Takes the page "Your data" off the page.
#[wasm_bindgen]
pub fn unmount_data() {
    dayarlyq_web::data::module::unmount();
}

/// The page "Your data" follows the app's language switch.
#[wasm_bindgen]
pub fn set_data_lang(lang: &str) {
    dayarlyq_web::data::module::set_lang(lang);
}

fn main() {}
