//! The browser's side of the offline app, the user's data and the embed, written in JS
//! (`src/browser.js`, shipped by Trunk as a wasm-bindgen snippet): a few small functions, so the
//! WASM needs no binding per browser API they use.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/browser.js")]
extern "C" {
    /// Registers the service worker; calls `on_waiting` when a new release waits to take over.
    #[wasm_bindgen(js_name = watchReleases)]
    pub fn watch_releases(on_waiting: &Closure<dyn Fn()>);

    /// Lets the waiting release take over and reloads the page with it.
    #[wasm_bindgen(js_name = applyRelease)]
    pub fn apply_release();

    /// The text under `key` in local (`local`) or session storage.
    #[wasm_bindgen(js_name = storedText)]
    pub fn stored_text(local: bool, key: &str) -> Option<String>;

    /// Stores `value` under `key`; false when the browser refuses.
    #[wasm_bindgen(js_name = storeText)]
    pub fn store_text(local: bool, key: &str, value: &str) -> bool;

    #[wasm_bindgen(js_name = forgetText)]
    pub fn forget_text(local: bool, key: &str);

    /// Clears this origin's local and session storage and every cache but the app's own files
    /// (Workbox's precache), then reloads the page at `hash`.
    #[wasm_bindgen(js_name = forgetEverything)]
    pub fn forget_everything(hash: &str);

    /// The file chosen in `input`: a promise of `[name, text]`, or `[name]` when larger than `max`
    /// bytes, or `undefined`.
    #[wasm_bindgen(js_name = readChosen)]
    pub fn read_chosen(input: &web_sys::HtmlElement, max: u32) -> js_sys::Promise;

    /// In a frame of another site: the host page's origin (messages are taken only from it), and
    /// `on_lang` for its language requests. `None` when not framed.
    #[wasm_bindgen(js_name = embedHost)]
    pub fn embed_host(on_lang: &Closure<dyn Fn(String)>) -> Option<String>;

    /// Tells the host page that the app is ready (`dayarlyq:ready`), to its origin only.
    #[wasm_bindgen(js_name = tellReady)]
    pub fn tell_ready(host: &str, lang: &str);

    /// Tells the host page the verdict (`dayarlyq:result`), with the answers when `answers` is
    /// not `undefined`, to its origin only.
    #[wasm_bindgen(js_name = tellResult)]
    pub fn tell_result(
        host: &str,
        lang: &str,
        as_of: &str,
        free: bool,
        paid: bool,
        answers: &JsValue,
    );

    /// `value` as indented JSON text.
    #[wasm_bindgen(js_name = prettyJson)]
    pub fn pretty_json(value: &JsValue) -> String;
}
