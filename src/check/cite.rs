//! A citation of the Rules that opens onto the paragraph it names, quoted in Kazakh (the only
//! text of the Rules we hold) and, on a Russian page, with our translation beside it (not the
//! official Russian text). The texts are not in the app: they come from the data file
//! `quotes.json` (written from the rules crate's quotes by `cargo xtask dist`), fetched the first
//! time a citation is opened and kept for the others; the service worker keeps it offline.

use std::cell::RefCell;

use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::quotes::is_quoted;
use dayarlyq_rules::text::Lang;
use js_sys::Reflect;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::lang::use_lang;
use crate::text::tr;

/// The data file of the quotes, beside `index.html`: `{"p. 21": {"kk": "…", "ru": "…"}, …}`.
const QUOTES: &str = "quotes.json";

thread_local! {
    /// The data file once read.
    static LOADED: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The quotes, fetched once.
async fn quotes() -> Result<JsValue, JsValue> {
    if let Some(quotes) = LOADED.with_borrow(Clone::clone) {
        return Ok(quotes);
    }
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(QUOTES))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::NULL);
    }
    let quotes = JsFuture::from(response.json()?).await?;
    LOADED.with_borrow_mut(|loaded| *loaded = Some(quotes.clone()));
    Ok(quotes)
}

/// A text of a quote, its paragraphs apart.
type Paragraphs = Vec<String>;

/// The Kazakh text of `cite` and our Russian translation.
async fn quote(cite: Citation) -> Option<(Paragraphs, Paragraphs)> {
    let quotes = quotes().await.ok()?;
    let entry = Reflect::get(&quotes, &JsValue::from_str(&cite.to_string())).ok()?;
    let text = |lang| {
        let text = Reflect::get(&entry, &JsValue::from_str(lang))
            .ok()?
            .as_string()?;
        Some(text.split('\n').map(str::to_owned).collect())
    };
    Some((text("kk")?, text("ru")?))
}

/// A text of a quote in its language.
fn quoted(lang: &'static str, paragraphs: Paragraphs) -> impl IntoView {
    let paragraphs = paragraphs
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view();
    view! { <blockquote class="cite__quote" lang=lang>{paragraphs}</blockquote> }
}

/// Where the quote of an opened citation stands.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Shown {
    Closed,
    Loading,
    Text(Paragraphs, Paragraphs),
    Failed,
}

#[component]
pub fn Cite(cite: Citation) -> impl IntoView {
    let lang = use_lang();
    let label = move || cite.label(lang());
    if !is_quoted(cite) {
        return view! { <span class="cite cite--plain">{label}</span> }.into_any();
    }
    let shown = RwSignal::new(Shown::Closed);
    let toggle = move |ev: leptos::ev::Event| {
        let open = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|d| d.open());
        if open && matches!(shown.get_untracked(), Shown::Closed | Shown::Failed) {
            shown.set(Shown::Loading);
            spawn_local(async move {
                let quote = quote(cite).await;
                shown.set(quote.map_or(Shown::Failed, |(kk, ru)| Shown::Text(kk, ru)));
            });
        }
    };
    view! {
        <details class="cite" on:toggle=toggle>
            <summary class="cite__label">{label}</summary>
            <div class="cite__body" aria-live="polite">
                {move || match shown.get() {
                    Shown::Closed => ().into_any(),
                    Shown::Loading => view! { <p class="cite__note">"…"</p> }.into_any(),
                    Shown::Failed => {
                        view! { <p class="cite__note">{tr!(check.result.quote_failed)}</p> }
                            .into_any()
                    }
                    Shown::Text(kk, ru) => {
                        let translation = (lang() == Lang::Ru)
                            .then(|| {
                                view! {
                                    <p class="cite__note">
                                        {tr!(check.result.quote_translation_note)}
                                    </p>
                                    {quoted("ru", ru)}
                                }
                            });
                        view! {
                            <p class="cite__note">{tr!(check.result.quote_note)}</p>
                            {quoted("kk", kk)}
                            {translation}
                        }
                            .into_any()
                    }
                }}
            </div>
        </details>
    }
    .into_any()
}
