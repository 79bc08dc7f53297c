//! A one-line input: text, telephone, a whole number, a date, a date and time.
//!
//! Dates are typed as people write them, `15.03.2007` (and a date and time `20.03.2026 19:30`),
//! into a text field, not the browser's date control: that control drops a day that does not
//! exist (31.02.2007) without a word, and its value is then empty. Here the case file keeps the
//! date as it writes dates (`2007-03-15`) once the text is a whole real date, and the text as
//! typed otherwise, so the rules say at the field what is wrong with it; the field shows the text
//! as typed until the case changes from elsewhere (an import, the answers' page).

use dayarlyq_rules::case_file::{Kind, Place};
use dayarlyq_rules::moment::{date_for_form, date_from_form, moment_for_form, moment_from_form};
use leptos::html;
use leptos::prelude::*;

use super::{Bound, Question, described_by, show};
use crate::i18n::{Locale, td_string};
use crate::lang::rules_lang;
use crate::text::{Text, text};

/// A value written another way: the case file's as the field shows it, or the reverse.
type Rewrite = fn(&str) -> String;

/// What an input takes, and so its type, keyboard and width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Text,
    /// A telephone number: the phone's dialling keyboard.
    Tel,
    /// Digits (an IIN, a queue number, an amount): the numeric keyboard, a short field.
    Digits,
    /// A date, `dd.mm.yyyy` (the numeric keyboard; eight digits without dots read too).
    Date,
    /// A date and time, `dd.mm.yyyy HH:MM`.
    DateTime,
}

impl InputKind {
    /// The input's `type`, its `inputmode` (the phone's keyboard) and its class (its width).
    const fn attributes(self) -> (&'static str, Option<&'static str>, &'static str) {
        match self {
            InputKind::Text => ("text", None, "input"),
            InputKind::Tel => ("tel", None, "input"),
            InputKind::Digits => ("text", Some("numeric"), "input input--digits"),
            InputKind::Date => ("text", Some("numeric"), "input input--date"),
            InputKind::DateTime => ("text", None, "input input--datetime"),
        }
    }

    /// How the field shows a value of the case file, and what it keeps of a text typed.
    fn format(self) -> Option<(Rewrite, Rewrite)> {
        match self {
            InputKind::Date => Some((date_for_form, date_from_form)),
            InputKind::DateTime => Some((moment_for_form, moment_from_form)),
            _ => None,
        }
    }

    /// The example under the label that shows how to write the value.
    fn example(self) -> Option<Text> {
        match self {
            InputKind::Date => Some(text!(common.date_example)),
            InputKind::DateTime => Some(text!(common.moment_example)),
            _ => None,
        }
    }
}

#[component]
pub fn TextInput(
    id: String,
    label: Text,
    value: Bound,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(default = InputKind::Text)] kind: InputKind,
    #[prop(optional_no_strip, into)] hint: Option<Text>,
    /// The question may be left blank: the label says so.
    #[prop(optional)]
    optional: bool,
    /// What the browser may fill in (`family-name`, `tel`, …); off when not given.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let input = NodeRef::<html::Input>::new();
    let (shown, keep) = match kind.format() {
        Some((for_form, from_form)) => {
            let kept = value.value;
            let shown = Signal::derive(move || kept.with(|v| for_form(v)));
            (shown, Some(from_form))
        }
        None => (value.value, None),
    };
    show(input, shown, keep);
    let hint = match (hint, kind.example()) {
        (Some(hint), Some(example)) => Some(Text::owned(move |locale| {
            format!("{} {}", hint.get(locale), example.get(locale))
        })),
        (hint, example) => hint.or(example),
    };
    let described = described_by(&id, hint.is_some(), error);
    let (input_type, inputmode, class) = kind.attributes();
    let control = view! {
        <input
            node_ref=input
            class=class
            id=id.clone()
            name=id.clone()
            type=input_type
            inputmode=inputmode
            autocomplete=autocomplete.unwrap_or("off")
            spellcheck="false"
            aria-describedby=described
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            on:input:target=move |ev| {
                let typed = ev.target().value();
                value.set.run(match keep {
                    Some(from_form) => from_form(&typed),
                    None => typed,
                })
            }
        />
    };
    view! {
        <Question id label hint optional error>
            {control}
        </Question>
    }
}

/// What to say of a value at `place` that its field cannot read (an error of code `format`), in
/// the way the field takes it: a date `dd.mm.yyyy`, a date and time `dd.mm.yyyy HH:MM` (the rules'
/// own message names the case file's way, `YYYY-MM-DD`). `None` for places of other kinds.
pub fn format_message(place: Place, locale: Locale) -> Option<String> {
    let label = place.label(rules_lang(locale));
    match place.kind() {
        Kind::Date => Some(td_string!(locale, common.date_format, label = label)),
        Kind::Moment => Some(td_string!(locale, common.moment_format, label = label)),
        _ => None,
    }
}
