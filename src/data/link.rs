//! The hand-off with no server, in the browser: an address whose fragment carries the case file
//! (`#case=`, packed as `dayarlyq link` packs it: `dayarlyq_rules::link`). A browser never sends
//! a fragment to any server.
//!
//! Made on the page "Your data" ([`Share`], copied to the clipboard, with the warning that it
//! holds personal data) and drawn as a QR code on the printed result ([`result_qr`]); opened by
//! the first load's script, which takes it off the address before anything reads it
//! (`browser.js`) and keeps it for the page "Your data" ([`opened`], [`open`]), where it is checked
//! as a file is and put in place — at once when nothing was answered yet, else once the person
//! confirms. The browser's own Compression- and DecompressionStream pack and unpack it
//! (`link.js`): no DEFLATE code in the WASM.

use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::link::{FRAGMENT_KEY, MAX_JSON_BYTES};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::file::{self, FileError, Read};
use super::{for_keeping, js};
use crate::case::{read_entries, use_case};
use crate::text::tr;

#[wasm_bindgen(module = "/src/data/link.js")]
extern "C" {
    /// The payload of the link to answers the page was opened with, once.
    #[wasm_bindgen(js_name = takeOpened)]
    fn take_opened() -> Option<String>;

    /// The payload of a link (base64url of the raw DEFLATE of `json`).
    #[wasm_bindgen(js_name = packLink, catch)]
    async fn pack_link(json: &str) -> Result<JsValue, JsValue>;

    /// The JSON text of a link's payload; fails when it does not unpack to at most `max` bytes
    /// of UTF-8.
    #[wasm_bindgen(js_name = unpackLink, catch)]
    async fn unpack_link(payload: &str, max: u32) -> Result<JsValue, JsValue>;

    /// Puts `text` on the clipboard; fails when the browser refuses.
    #[wasm_bindgen(js_name = copyText, catch)]
    async fn copy_text(text: &str) -> Result<JsValue, JsValue>;
}

/// The payload of the link to answers the page was opened with, if any and not yet taken: the
/// first load's script (`browser.js`) takes it off the address before the app reads it, and keeps
/// it in the page's memory for this page.
pub fn opened() -> Option<String> {
    take_opened()
}

/// The address that opens this app with `file`'s answers: this page's address without its
/// fragment, then `#case=` and the packed case file.
pub async fn address(file: &CaseFile) -> Option<String> {
    let value: JsValue = file::write(file);
    let json = String::from(js_sys::JSON::stringify(&value).ok()?);
    let payload = pack_link(&json).await.ok()?.as_string()?;
    let here = window().location().href().ok()?;
    let base = here.split_once('#').map_or(here.as_str(), |(base, _)| base);
    Some(format!("{base}#{FRAGMENT_KEY}{payload}"))
}

/// The case file a link's payload holds, checked as an opened file is.
pub async fn open(payload: &str) -> Result<Read, FileError> {
    let max = u32::try_from(MAX_JSON_BYTES).unwrap_or(u32::MAX);
    let text = unpack_link(payload, max)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FileError::BrokenLink)?;
    js::parse(&text).and_then(|root| file::read(&root))
}

/// Draws into `slot` the QR code, as SVG, of a link to the answers of `case` (flat entries, as
/// the app passes them), and its caption in `lang` — for the printed result, never the official
/// forms. Empty when the link is too long for a QR code (a case file is a few hundred bytes
/// packed; a QR code holds over 2 000).
pub async fn draw_result_qr(case: js_sys::Array, slot: web_sys::HtmlElement, lang: &str) {
    let today = crate::dom::today_in_kazakhstan();
    let file = for_keeping(&read_entries(&case), today);
    let code = match address(&file).await {
        Some(address) => qr_svg(&address),
        None => None,
    };
    let locale = crate::module::locale(lang);
    let html = code.map_or_else(String::new, |svg| {
        let caption =
            dayarlyq_documents::html::escape(crate::i18n::td_string!(locale, data.qr_caption));
        format!("<div class=\"result-qr__code\">{svg}</div><figcaption>{caption}</figcaption>")
    });
    slot.set_inner_html(&html);
}

/// `text` as a QR code in SVG (the `qrcode` crate), error correction M (15 %: a creased or
/// smudged sheet still reads), the quiet zone around it, sized by the style sheet.
fn qr_svg(text: &str) -> Option<String> {
    use qrcode::render::svg;
    use qrcode::{EcLevel, QrCode};
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let svg = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .min_dimensions(1, 1)
        .build();
    // Inline in HTML: without the XML declaration.
    let start = svg.find("<svg")?;
    Some(
        svg.get(start..)?
            .replacen("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", 1),
    )
}

/// The ids of what takes the focus.
const SHARE_STATUS: &str = "share-status";
const SHARE_FIELD: &str = "share-link";

/// "Copy a link to these answers": the address made, put on the clipboard, and shown in a field
/// to copy by hand where the browser refuses; the warning that it holds personal data always
/// above the button. A link made is taken off the page when the answers change.
#[component]
pub fn Share() -> impl IntoView {
    let case = use_case();
    let made = RwSignal::new(None::<(String, bool)>);
    Effect::new(move |before: Option<()>| {
        case.file.track();
        if before.is_some() {
            made.set(None);
        }
    });
    let make = move |_| {
        leptos::task::spawn_local(async move {
            let file = case.file.with_untracked(|f| for_keeping(f, case.today));
            let Some(link) = address(&file).await else {
                return;
            };
            let copied = copy_text(&link).await.is_ok();
            made.set(Some((link, copied)));
            super::page::show(if copied { SHARE_STATUS } else { SHARE_FIELD });
        });
    };
    let select = move |ev: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <section class="panel" aria-labelledby="share-title">
            <h2 class="panel__title" id="share-title">{tr!(data.share_title)}</h2>
            <p>{tr!(data.share_text)}</p>
            <p class="notice notice--no">{tr!(data.share_warning)}</p>
            <button type="button" class="button button--secondary" on:click=make>
                {tr!(data.share_button)}
            </button>
            {move || made.get().map(|(link, copied)| view! {
                <p class="notice notice--yes" id=SHARE_STATUS tabindex="-1" role="status">
                    {if copied {
                        tr!(data.share_copied).into_any()
                    } else {
                        tr!(data.share_copy_yourself).into_any()
                    }}
                </p>
                <div class="field">
                    <label class="field__label" for=SHARE_FIELD>{tr!(data.share_field)}</label>
                    <input
                        class="input share-link"
                        id=SHARE_FIELD
                        type="text"
                        readonly
                        value=link
                        on:focus=select
                    />
                </div>
            })}
        </section>
    }
}
