//! Small bridges to the browser: focus, the page title, today's date, a file download.

use dayarlyq_rules::Date;
use dayarlyq_rules::moment::Moment;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Focuses the element `id` after the next render (views are updated before the next frame),
/// and scrolls it into view. Missing elements are ignored.
pub fn focus_later(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || focus_now(&id));
}

/// Focuses the element `id` now; for a form control, scrolls its label (or legend) into view
/// too, so the question stays readable (the pattern of the GOV.UK error summary).
pub fn focus_now(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Ok(el) = el.clone().dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
    let context = el
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|f| f.query_selector("legend").ok().flatten())
        .or_else(|| {
            document()
                .query_selector(&format!("label[for='{id}']"))
                .ok()
                .flatten()
        });
    if let Some(target) = context {
        target.scroll_into_view();
    }
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The browser's clock.
pub fn now() -> jiff::Timestamp {
    let millis = js_sys::Date::now() as i64;
    jiff::Timestamp::from_millisecond(millis).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// Today in Kazakhstan (UTC+5), by the browser's clock.
pub fn today_in_kazakhstan() -> Date {
    Moment::from_timestamp(now()).date()
}

/// Offers `content` as a file `name` to download, made in the page (no request).
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has started from the object URL by the time the page gets back to it.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}
