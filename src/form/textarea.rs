//! Text on several lines.

use leptos::html;
use leptos::prelude::*;

use super::{Bound, Question, described_by, show};
use crate::text::Text;

#[component]
pub fn Textarea(
    id: String,
    label: Text,
    value: Bound,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional_no_strip, into)] hint: Option<Text>,
    #[prop(optional)] optional: bool,
    #[prop(default = 3)] rows: u8,
) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    show(area, value.value, None);
    let described = described_by(&id, hint.is_some(), error);
    let control = view! {
        <textarea
            node_ref=area
            class="textarea"
            id=id.clone()
            name=id.clone()
            rows=rows
            aria-describedby=described
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            on:input:target=move |ev| value.set.run(ev.target().value())
        ></textarea>
    };
    view! {
        <Question id label hint optional error>
            {control}
        </Question>
    }
}
