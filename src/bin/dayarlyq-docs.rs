//! The module fetched on demand: the documents section, the page "Your data" and the timeline's
//! calendar file, fetched by the app the first time one is asked for and run in the same page (see the library's `module`).
//! Built by Trunk beside the app (`index.html`), with the same optimisations; not part of the
//! first load.

use wasm_bindgen::prelude::*;

/// Shows the page `page` (`documents` or `data`) inside `parent` in the language `lang` (`kk`,
/// `ru`), filled from `case` (the case file's flat entries: path, value, …); `on_change` hears
/// the case back the same way each time the page changes it.
#[wasm_bindgen]
pub fn mount(
    page: &str,
    parent: web_sys::HtmlElement,
    lang: &str,
    case: js_sys::Array,
    on_change: js_sys::Function,
) -> Result<(), JsValue> {
    dayarlyq_web::module::mount(page, parent, lang, case, on_change)
}

/// Takes the page off; what was typed stays for the next visit.
#[wasm_bindgen]
pub fn unmount() {
    dayarlyq_web::module::unmount();
}

/// Follows the app's language switch.
#[wasm_bindgen]
pub fn set_lang(lang: &str) {
    dayarlyq_web::module::set_lang(lang);
}

/// The app's timeline as an iCalendar file in `lang`, from `case` (flat entries); `undefined`
/// while the case lacks the dates.
#[wasm_bindgen]
pub fn ics(lang: &str, case: js_sys::Array) -> Option<String> {
    dayarlyq_web::module::ics(lang, case)
}

fn main() {}
