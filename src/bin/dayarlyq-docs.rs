//! The module fetched on demand: the documents section, the page "Your data" and the dates of the
//! result's timeline (with their calendar file), fetched by the app the first time one is asked for and run in the same page (see the library's `module`).
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
    dayarlyq_web::module::mount(
        dayarlyq_web::module::docs_page,
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

/// Draws into `slot` the QR code of a link to the answers of `case` (flat entries) and its caption
/// in `lang` (`kk`, `ru`), for the printed result; leaves it empty when the link is too long for
/// one.
#[wasm_bindgen]
pub async fn draw_result_qr(case: js_sys::Array, slot: web_sys::HtmlElement, lang: String) {
    dayarlyq_web::data::link::draw_result_qr(case, slot, &lang).await;
}

fn main() {}
