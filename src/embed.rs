//! Embedded in another site's page (`?embed=1`, framed by `assets/embed.js`): no header or
//! footer, compact. The host chooses the language (`lang`) and the track shown (`track`), hears
//! when the app is ready (`dayarlyq:ready`) and each result (`dayarlyq:result`: the verdict
//! only; the answers too when the host asks, `share`, and the person ticks it), and keeps the
//! frame as tall as the page. Messages go to the host's origin only and are taken only from it
//! (`src/browser.js`).

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use crate::browser;
use crate::case::use_case;
use crate::check::use_check;
use crate::i18n::Locale;
use crate::lang::{rules_lang, use_language};
use crate::route::{Route, use_router};
use crate::text::tr;

/// The embedded mode, as the address asks for it.
#[derive(Clone, Debug, Default)]
pub struct Embed {
    pub on: bool,
    /// The host page's origin, when the app is framed by one.
    host: Option<String>,
    /// The host asks for the answers with the result.
    share_asked: bool,
    /// The person agreed to send them.
    share: RwSignal<bool>,
}

/// `?embed=1&track=paid&share=1`: the embedded mode's parameters: on, the class of the page (the
/// track chosen hides the other by the style sheet), the answers asked for.
fn asked() -> (bool, &'static str, bool) {
    let search = window().location().search().unwrap_or_default();
    let mut asked = (false, "embed", false);
    for pair in search.trim_start_matches('?').split('&') {
        match pair {
            "embed=1" => asked.0 = true,
            "track=free" => asked.1 = "embed embed--free",
            "track=paid" => asked.1 = "embed embed--paid",
            "share=1" => asked.2 = true,
            _ => {}
        }
    }
    asked
}

/// Whether the address asks for the embedded mode (`?embed=1`).
pub fn requested() -> bool {
    asked().0
}

/// Sets up the embedded mode when the address asks for it; called once by the shell.
pub fn provide() -> Embed {
    let (on, class, share_asked) = asked();
    if !on {
        let embed = Embed::default();
        provide_context(embed.clone());
        return embed;
    }
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("class", class);
    }
    let locale = use_language().locale;
    let on_lang = Closure::<dyn Fn(String)>::new(move |lang: String| {
        locale.set(if lang == "ru" { Locale::ru } else { Locale::kk });
    });
    let lang = rules_lang(locale.get_untracked()).code();
    let host = browser::embed_host(lang, &on_lang);
    // Called for as long as the page lives.
    on_lang.forget();
    let embed = Embed {
        on,
        host,
        share_asked,
        share: RwSignal::new(false),
    };
    provide_context(embed.clone());
    if let Some(host) = embed.host.clone() {
        tell(&host, embed.share);
    }
    embed
}

/// Tells the host each result while the result page shows it.
fn tell(host: &str, share: RwSignal<bool>) {
    let locale = use_language().locale;
    let case = use_case();
    let check = use_check();
    let route = use_router().route;
    let host = host.to_owned();
    Effect::new(move |_| {
        if route.get() != Route::Result {
            return;
        }
        let lang = rules_lang(locale.get()).code();
        let Some((as_of, free, paid)) = check.judged.with(|j| {
            let verdict = &j.as_ref().ok()?.verdict;
            Some((
                verdict.as_of.to_string(),
                verdict.free.eligible,
                verdict.paid.eligible,
            ))
        }) else {
            return;
        };
        let answers = if share.get() {
            case.file.with(crate::case::write_entries).into()
        } else {
            JsValue::UNDEFINED
        };
        browser::tell_result(&host, lang, &as_of, free, paid, &answers);
    });
}

pub fn use_embed() -> Embed {
    use_context::<Embed>().unwrap_or_default()
}

/// The person's consent to send their answers to the host with the result: asked only when the
/// host asks for them, unticked until they tick it.
#[component]
pub fn ShareConsent() -> impl IntoView {
    let embed = use_embed();
    let (Some(host), true) = (embed.host.clone(), embed.share_asked) else {
        return None;
    };
    let share = embed.share;
    Some(view! {
        <div class="field radios checkbox no-print">
            <div class="radios__item">
                <input
                    class="radios__input"
                    type="checkbox"
                    id="share"
                    aria-describedby="share-hint"
                    prop:checked=move || share.get()
                    on:change=move |ev| share.set(event_target_checked(&ev))
                />
                <label class="radios__label" for="share">
                    {tr!(embed.share_label)} " " <strong>{host}</strong>
                </label>
                <div class="hint radios__hint" id="share-hint">{tr!(embed.share_hint)}</div>
            </div>
        </div>
    })
}
