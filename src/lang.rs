//! The page's language: Kazakh (the default) or Russian, switchable at any moment. Every text
//! follows one signal; `<html lang>`, the address (`?lang=ru`) and the tab's session storage
//! follow it too.

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
    /// Provides the language asked for by the address (an embedding page chooses it there), else
    /// this tab's last, else Kazakh — whatever the browser's own language; keeps `<html lang>`,
    /// the web app manifest, the address and the tab's storage in step.
    pub fn provide() -> Language {
        let locale = RwSignal::new(if crate::browser::asked_ru() {
            Locale::ru
        } else {
            Locale::kk
        });
        Effect::new(move |_| {
            let locale = locale.get();
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", rules_lang(locale).code());
            }
            // A reload, a link copied from the address, a tab the phone discarded and brought
            // back: each opens in the language the person chose.
            crate::browser::show_lang(locale == Locale::ru);
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
