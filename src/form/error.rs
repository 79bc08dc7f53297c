//! Errors: at the field ([`ErrorMessage`]), and all of a page's at its top ([`ErrorSummary`],
//! focused when the person tries to go on, each error a link that focuses its field).

use leptos::prelude::*;

use crate::dom;
use crate::text::{Text, tr};

/// The id an error summary is focused by.
pub const SUMMARY_ID: &str = "error-summary";

/// The inline error of a field, read by screen readers with the field (`aria-describedby`).
#[component]
pub fn ErrorMessage(id: String, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="error-message" id=id.clone()>
                    <span class="visually-hidden">{tr!(common.error_prefix)} " "</span>
                    {message}
                </p>
            }
        })
    }
}

/// Links to fields, each `(the id of the field, its text)`: following one focuses the field and
/// brings its question into view.
pub fn field_links(items: Vec<(String, String)>) -> impl IntoView {
    items
        .into_iter()
        .map(|(id, text)| {
            let href = format!("#{id}");
            let follow = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                dom::focus_now(&id);
            };
            view! {
                <li>
                    <a href=href on:click=follow>{text}</a>
                </li>
            }
        })
        .collect_view()
}

/// Every error of the page: (the id of the field, the message), in the page's order; nothing
/// while there are none.
#[component]
pub fn ErrorSummary(title: Text, errors: Signal<Vec<(String, String)>>) -> impl IntoView {
    move || {
        let items = errors.get();
        (!items.is_empty()).then(|| {
            let items = field_links(items);
            view! {
                <div
                    class="error-summary"
                    id=SUMMARY_ID
                    tabindex="-1"
                    aria-labelledby="error-summary-title"
                >
                    <div role="alert">
                        <h2 class="error-summary__title" id="error-summary-title">
                            {title.clone().view()}
                        </h2>
                        <ul class="error-summary__list">{items}</ul>
                    </div>
                </div>
            }
        })
    }
}
