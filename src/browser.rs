//! The browser's side of the offline app, the user's data, the language and the embed, in JS
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

    /// The case's flat entries stored under `key` (a JSON list of texts) in local (`local`) or
    /// session storage, if any and if it reads.
    #[wasm_bindgen(js_name = storedEntries)]
    pub fn stored_entries(local: bool, key: &str) -> Option<js_sys::Array>;

    /// Stores the case's flat entries under `key` in session storage, or removes the key when
    /// there are none.
    #[wasm_bindgen(js_name = tabEntries)]
    pub fn tab_entries(key: &str, entries: &js_sys::Array);

    /// Stores the entries under `key` in local storage if the person keeps them (the key is there).
    #[wasm_bindgen(js_name = keepEntries)]
    pub fn keep_entries(key: &str, entries: &js_sys::Array);

    /// Whether Russian is asked for: by the address (`?lang=kk|ru`), else as this tab's last.
    #[wasm_bindgen(js_name = askedRu)]
    pub fn asked_ru() -> bool;

    /// Puts the page's language, Russian (`ru`) or Kazakh, in the address (`?lang=ru`; none for
    /// Kazakh, the default; the rest of the address as it was, without a new history entry) and
    /// in this tab's storage.
    #[wasm_bindgen(js_name = showLang)]
    pub fn show_lang(ru: bool);

    /// In a frame of another site: the host page's origin (messages are taken only from it),
    /// `on_lang` for its language requests; the frame's height is posted to it as it changes, and
    /// `dayarlyq:ready` with `lang` once the first view is mounted. `None` when not framed.
    #[wasm_bindgen(js_name = embedHost)]
    pub fn embed_host(lang: &str, on_lang: &Closure<dyn Fn(String)>) -> Option<String>;

    /// Tells the host page the verdict (`dayarlyq:result`), to its origin only.
    #[wasm_bindgen(js_name = tellResult)]
    pub fn tell_result(host: &str, lang: &str, as_of: &str, free: bool, paid: bool);

    /// What was typed or chosen in the first screen's copy drawn at build time, and where the
    /// focus was; the copy removed. `undefined` when the page had no copy.
    #[wasm_bindgen(js_name = takePrerender)]
    pub fn take_prerender() -> JsValue;

    /// Gives the mounted app what [`take_prerender`] took, as the person's own input.
    #[wasm_bindgen(js_name = givePrerender)]
    pub fn give_prerender(taken: &JsValue);

    /// The module at `url`, fetched and started once, with its stylesheets `sheets`: a promise of
    /// its exports once both are there (so the section never shows unstyled).
    #[wasm_bindgen(js_name = loadModule)]
    pub fn load_module(url: &str, sheets: Vec<String>) -> js_sys::Promise;
}
