//! A one-line input: text, telephone, a whole number, a date, a date and time.

use leptos::html;
use leptos::prelude::*;

use super::{Bound, Question, described_by, show};
use crate::text::Text;

/// What an input takes, and so its type, keyboard and width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Text,
    /// A telephone number: the phone's dialling keyboard.
    Tel,
    /// Digits (an IIN, a queue number, an amount): the numeric keyboard, a short field.
    Digits,
    /// The browser's date control (`YYYY-MM-DD`).
    Date,
    /// The browser's date and time control (`YYYY-MM-DDTHH:MM`).
    DateTime,
}

impl InputKind {
    /// The input's `type`, its `inputmode` (the phone's keyboard) and its class (its width).
    const fn attributes(self) -> (&'static str, Option<&'static str>, &'static str) {
        match self {
            InputKind::Text => ("text", None, "input"),
            InputKind::Tel => ("tel", None, "input"),
            InputKind::Digits => ("text", Some("numeric"), "input input--digits"),
            InputKind::Date => ("date", None, "input input--date"),
            InputKind::DateTime => ("datetime-local", None, "input input--datetime"),
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
    show(input, value.value);
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
            on:input:target=move |ev| value.set.run(ev.target().value())
        />
    };
    view! {
        <Question id label hint optional error>
            {control}
        </Question>
    }
}
