//! The language of the page, as the rules crate names it.

use dayarlyq_rules::text::Lang;
use leptos::prelude::*;

use crate::i18n::{Locale, use_i18n};

/// The rules' language for a locale of the app.
pub const fn rules_lang(locale: Locale) -> Lang {
    match locale {
        Locale::kk => Lang::Kk,
        Locale::ru => Lang::Ru,
    }
}

/// The current language, tracked: call it inside a reactive closure.
pub fn use_lang() -> impl Fn() -> Lang + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || rules_lang(i18n.get_locale())
}

/// The locale asked for by `?lang=kk|ru` in the address (an embedding page can choose it), else
/// Kazakh, the default.
pub fn initial_locale() -> Locale {
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

/// Both locales' `<html lang>` value stays in sync through leptos_i18n's provider; this is the
/// other language, offered by the switch.
pub const fn other(locale: Locale) -> Locale {
    match locale {
        Locale::kk => Locale::ru,
        Locale::ru => Locale::kk,
    }
}
