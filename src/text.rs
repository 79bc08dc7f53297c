//! The page's texts in its language, from the locale files through leptos_i18n's `td_string!`,
//! as one type. Every text is drawn by the same closure type, so the renderer's code exists
//! once, not once per text (a closure per text in `view!` would multiply it: the first build of
//! this app was 175 KB of brotli WASM that way).

use std::borrow::Cow;
use std::sync::Arc;

use dayarlyq_rules::text::Lang;
use leptos::prelude::*;

use crate::i18n::Locale;
use crate::lang::{rules_lang, use_language};

/// A text that follows the page's language.
#[derive(Clone)]
pub enum Text {
    /// A text of the locale files.
    Static(fn(Locale) -> &'static str),
    /// A text made for the language: an interpolation, or the rules crate's wording.
    Owned(Arc<dyn Fn(Locale) -> String + Send + Sync>),
}

impl Text {
    pub fn owned(f: impl Fn(Locale) -> String + Send + Sync + 'static) -> Text {
        Text::Owned(Arc::new(f))
    }

    /// A text of the rules crate, in both languages.
    pub fn rules(f: impl Fn(Lang) -> String + Send + Sync + 'static) -> Text {
        Text::owned(move |locale| f(rules_lang(locale)))
    }

    pub fn get(&self, locale: Locale) -> Cow<'static, str> {
        match self {
            Text::Static(f) => Cow::Borrowed(f(locale)),
            Text::Owned(f) => Cow::Owned(f(locale)),
        }
    }

    /// The text as a view, redrawn when the language changes.
    pub fn view(self) -> impl IntoView + use<> {
        let locale = use_language().locale;
        move || self.get(locale.get()).into_owned()
    }
}

/// Keeps the document's title as "`page` — Даярлық", prefixed while `errors` says the page
/// shows errors (so a screen reader hears it first).
pub fn page_title(page: Text, errors: Option<Signal<bool>>) {
    let locale = use_language().locale;
    Effect::new(move |_| {
        let l = locale.get();
        let prefix = if errors.is_some_and(|e| e.get()) {
            crate::i18n::td_string!(l, common.title_error_prefix)
        } else {
            ""
        };
        let app = crate::i18n::td_string!(l, common.app_name);
        crate::dom::set_title(&format!("{prefix}{} — {app}", page.get(l)));
    });
}

/// A [`Text`] of the locale files: `text!(check.form.title)`, or with values,
/// `text!(|locale| check.result.summary, date = Dmy(d), age = AgeText(a, rules_lang(locale)))`.
macro_rules! text {
    (|$locale:ident| $($key:ident).+, $($arg:tt)+) => {
        $crate::text::Text::owned(move |$locale| {
            $crate::i18n::td_string!($locale, $($key).+, $($arg)+).to_string()
        })
    };
    ($($key:ident).+, $($arg:tt)+) => {
        $crate::text::Text::owned(move |locale| {
            $crate::i18n::td_string!(locale, $($key).+, $($arg)+).to_string()
        })
    };
    ($($key:ident).+) => {
        $crate::text::Text::Static(|locale| $crate::i18n::td_string!(locale, $($key).+))
    };
}

/// A text of the locale files as a view: `tr!(check.form.title)`.
macro_rules! tr {
    ($($t:tt)+) => {
        $crate::text::text!($($t)+).view()
    };
}

pub(crate) use {text, tr};
