//! The module fetched on demand: the documents section, the page "Your data" and the dates of the
//! result's timeline (with their calendar file), fetched by the app the first time one is asked for and run in the same page (see the library's `module`).
//! Built by Trunk beside the app (`index.html`), with the same optimisations; not part of the
//! first load.

use wasm_bindgen::prelude::*;

dayarlyq_web::module_exports!(dayarlyq_web::module::docs_page);

/// Draws into `slot` the QR code of a link to the answers of `case` (flat entries) and its caption
/// in `lang` (`kk`, `ru`), for the printed result; leaves it empty when the link is too long for
/// one.
#[wasm_bindgen]
pub async fn draw_result_qr(case: js_sys::Array, slot: web_sys::HtmlElement, lang: String) {
    dayarlyq_web::data::link::draw_result_qr(case, slot, &lang).await;
}

fn main() {}
