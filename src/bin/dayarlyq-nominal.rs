//! The officials' module fetched on demand: the nominal list (app. 4, `#/documents/nominal`), with
//! its CSV and XLSX readers and the rules' judge, fetched by the app the first time the page is
//! opened and run in the same page (see the library's `module`). Apart from the documents'
//! module, so that an applicant opening the documents, "Your data" or the result's dates never
//! fetches what only officials use.
//! Built by Trunk beside the app (`index.html`), with the same optimisations; not part of the
//! first load.

use wasm_bindgen::prelude::*;

/// Shows the page (`nominal`) inside `parent` in the language `lang` (`kk`,
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
    dayarlyq_web::module::mount(
        dayarlyq_web::module::nominal_page,
        page,
        parent,
        lang,
        case,
        on_change,
    )
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

/// Takes the app's case (flat entries) when the app changes it while a page is shown.
#[wasm_bindgen]
pub fn set_case(case: js_sys::Array) {
    dayarlyq_web::module::set_case(case);
}

fn main() {}
