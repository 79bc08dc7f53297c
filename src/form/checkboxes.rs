//! Options ticked each on its own, under a legend (a lone checkbox, its label saying it all, has
//! none); what follows them in the same group (a text for "other") comes as children.

use leptos::prelude::*;

use super::{ErrorMessage, Fieldset};
use crate::text::Text;

/// One checkbox.
pub struct CheckItem {
    pub id: String,
    pub label: Text,
    pub hint: Option<Text>,
    pub checked: Signal<bool>,
    pub set: Callback<bool>,
}

#[component]
pub fn Checkboxes(
    id: String,
    #[prop(optional_no_strip, into)] legend: Option<Text>,
    items: Vec<CheckItem>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional_no_strip, into)] hint: Option<Text>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let items = items
        .into_iter()
        .map(|item| {
            let CheckItem {
                id,
                label,
                hint,
                checked,
                set,
            } = item;
            let hint_id = format!("{id}-item-hint");
            let described = hint.is_some().then(|| hint_id.clone());
            view! {
                <div class="checkboxes__item">
                    <input
                        class="checkboxes__input"
                        type="checkbox"
                        id=id.clone()
                        name=id.clone()
                        aria-describedby=described
                        prop:checked=move || checked.get()
                        on:change:target=move |ev| set.run(ev.target().checked())
                    />
                    <label class="checkboxes__label" for=id>
                        {label.view()}
                    </label>
                    {hint
                        .map(|h| {
                            view! {
                                <div class="hint checkboxes__hint" id=hint_id>
                                    {h.view()}
                                </div>
                            }
                        })}
                </div>
            }
        })
        .collect_view();
    match legend {
        Some(legend) => view! {
            <Fieldset id legend hint error>
                <div class="checkboxes">{items}</div>
                {children.map(|c| c())}
            </Fieldset>
        }
        .into_any(),
        None => view! {
            <div class="field" class:field--error=move || error.with(Option::is_some)>
                <ErrorMessage id=format!("{id}-error") error />
                <div class="checkboxes">{items}</div>
                {children.map(|c| c())}
            </div>
        }
        .into_any(),
    }
}
