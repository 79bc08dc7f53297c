//! The page's language: Kazakh (the default) or Russian, switchable at any moment. Every text
//! follows one signal; `<html lang>` follows it too.

use dayarlyq_rules::text::Lang;
use leptos::prelude::*;

use crate::i18n::Locale;

/// The rules' language for a locale of the app.
pub const fn rules_lang(locale: Locale) -> Lang {
    match locale {
        Locale::kk => Lang::Kk,
        Locale::ru => Lang::Ru,
    }
}

/// The other language, offered by the switch.
pub const fn other(locale: Locale) -> Locale {
    match locale {
        Locale::kk => Locale::ru,
        Locale::ru => Locale::kk,
    }
}

/// The language of the page, provided by the shell.
#[derive(Clone, Copy, Debug)]
pub struct Language {
    pub locale: RwSignal<Locale>,
}

impl Language {
    /// Provides the language asked for by the address, and keeps `<html lang>` and the web app
    /// manifest in step.
    pub fn provide() -> Language {
        let locale = RwSignal::new(initial_locale());
        Effect::new(move |_| {
            let locale = locale.get();
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", rules_lang(locale).code());
            }
            // The installed app's name and start page in the page's language.
            if let Ok(Some(manifest)) = document().query_selector("link[rel=manifest]") {
                let href = match locale {
                    Locale::kk => "manifest.webmanifest",
                    Locale::ru => "manifest-ru.webmanifest",
                };
                let _ = manifest.set_attribute("href", href);
            }
        });
        let language = Language { locale };
        provide_context(language);
        language
    }
}

pub fn use_language() -> Language {
    use_context::<Language>().unwrap_or_else(Language::provide)
}

/// The current language, tracked: call it inside a reactive closure.
pub fn use_lang() -> impl Fn() -> Lang + Copy + Send + Sync + 'static {
    let locale = use_language().locale;
    move || rules_lang(locale.get())
}

/// The locale asked for by `?lang=kk|ru` in the address (an embedding page can choose it), else
/// Kazakh, the default — whatever the browser's own language.
fn initial_locale() -> Locale {
    let search = window().location().search().unwrap_or_default();
    let asked = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="));
    match asked {
        Some("ru") => Locale::ru,
        _ => Locale::kk,
    }
}
