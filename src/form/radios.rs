//! A question answered by one of a few options.

use leptos::prelude::*;

use super::{Bound, Fieldset};
use crate::lang::{other, rules_lang, use_language};
use crate::text::Text;

/// One option of a radio group.
pub struct Choice {
    pub code: &'static str,
    pub label: Text,
    pub hint: Option<Text>,
    /// The same wording in the other language (`lang` attribute set), after the hint.
    pub other_language: Option<(Text, Text)>,
}

impl Choice {
    pub fn new(code: &'static str, label: Text) -> Choice {
        Choice {
            code,
            label,
            hint: None,
            other_language: None,
        }
    }

    pub fn hint(mut self, hint: Text) -> Choice {
        self.hint = Some(hint);
        self
    }

    /// `wording` in the other language than the page's, under the label.
    pub fn other_language(mut self, prefix: Text, wording: Text) -> Choice {
        self.other_language = Some((prefix, wording));
        self
    }
}

/// The options under a legend. The first option's id is `id` (the target of error links), the
/// others' `id-code`.
#[component]
pub fn Radios(
    id: String,
    legend: Text,
    value: Bound,
    choices: Vec<Choice>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional_no_strip, into)] hint: Option<Text>,
    /// Side by side (two short options: yes and no).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let name = id.clone();
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let Choice {
                code,
                label,
                hint,
                other_language,
            } = choice;
            let input_id = if i == 0 {
                id.clone()
            } else {
                format!("{id}-{code}")
            };
            let hint_id = format!("{id}-{code}-hint");
            let described = (hint.is_some() || other_language.is_some()).then(|| hint_id.clone());
            let other_language = other_language.map(|(prefix, wording)| {
                let locale = use_language().locale;
                let other = move || rules_lang(other(locale.get())).code();
                view! {
                    " "
                    {prefix.view()}
                    " "
                    <span lang=other>"«" {wording.view()} "»"</span>
                }
            });
            let hint = described.is_some().then(|| {
                view! {
                    <div class="hint radios__hint" id=hint_id>
                        {hint.map(Text::view)}
                        {other_language}
                    </div>
                }
            });
            view! {
                <div class="radios__item">
                    <input
                        class="radios__input"
                        type="radio"
                        id=input_id.clone()
                        name=name.clone()
                        value=code
                        aria-describedby=described
                        prop:checked=move || value.value.with(|v| v == code)
                        on:change=move |_| value.set.run(code.to_owned())
                    />
                    <label class="radios__label" for=input_id>
                        {label.view()}
                    </label>
                    {hint}
                </div>
            }
        })
        .collect_view();
    view! {
        <Fieldset id legend hint error>
            <div class="radios" class:radios--inline=inline>
                {items}
            </div>
        </Fieldset>
    }
}
