//! Embedded in another site's page (`?embed=1`, framed by `assets/embed.js`): no header or
//! footer (hidden by the style sheet), compact. The host chooses the language (`lang`) and the
//! track shown (`track`), hears when the app is ready (`dayarlyq:ready`) and each result
//! (`dayarlyq:result`: the verdict only — what the person typed never leaves the frame), and
//! keeps the frame as tall as the page. Messages go to the host's origin only and are taken only
//! from it (`src/browser.js`).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

use crate::browser;
use crate::check::use_check;
use crate::i18n::Locale;
use crate::lang::{rules_lang, use_language};
use crate::route::{Route, use_router};

/// `?embed=1&track=paid`: whether the embedded mode is asked for, and the class of the page (a
/// track chosen hides the other by the style sheet).
fn asked() -> (bool, &'static str) {
    let search = window().location().search().unwrap_or_default();
    let mut asked = (false, "embed");
    for pair in search.trim_start_matches('?').split('&') {
        match pair {
            "embed=1" => asked.0 = true,
            "track=free" => asked.1 = "embed embed--free",
            "track=paid" => asked.1 = "embed embed--paid",
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
pub fn provide() {
    let (on, class) = asked();
    if !on {
        return;
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
    if let Some(host) = host {
        tell(host);
    }
}

/// Tells the host each result while the result page shows it: the date it is judged on and
/// whether each track is open, nothing else.
fn tell(host: String) {
    let locale = use_language().locale;
    let check = use_check();
    let route = use_router().route;
    Effect::new(move |_| {
        if route.get() != Route::Result {
            return;
        }
        let lang = rules_lang(locale.get()).code();
        let verdict = check.judged.with(|j| {
            let verdict = &j.as_ref().ok()?.verdict;
            Some((
                verdict.as_of.to_string(),
                verdict.free.eligible,
                verdict.paid.eligible,
            ))
        });
        if let Some((as_of, free, paid)) = verdict {
            browser::tell_result(&host, lang, &as_of, free, paid);
        }
    });
}
