//! The error summary (GOV.UK pattern): at the top of the page, focused when the person tries to
//! continue, each error a link that focuses its field.

use leptos::prelude::*;

use super::{message, use_check};
use crate::dom;
use crate::lang::use_language;
use crate::text::tr;

/// The id the summary is focused by.
pub const SUMMARY_ID: &str = "error-summary";

#[component]
pub fn ErrorSummary() -> impl IntoView {
    let locale = use_language().locale;
    let errors = use_check().visible_errors;
    move || {
        let items = errors.with(|errors| {
            errors
                .iter()
                .map(|(answer, error)| {
                    let (answer, error) = (*answer, error.clone());
                    let id = answer.id();
                    let follow = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        dom::focus_now(id);
                    };
                    view! {
                        <li>
                            <a href=format!("#{id}") on:click=follow>
                                {move || message(answer, &error, locale.get())}
                            </a>
                        </li>
                    }
                })
                .collect_view()
        });
        let shown = !errors.with(Vec::is_empty);
        shown.then(|| {
            view! {
                <div
                    class="error-summary"
                    id=SUMMARY_ID
                    tabindex="-1"
                    aria-labelledby="error-summary-title"
                >
                    <div role="alert">
                        <h2 class="error-summary__title" id="error-summary-title">
                            {tr!(check.form.error_summary_title)}
                        </h2>
                        <ul class="error-summary__list">{items}</ul>
                    </div>
                </div>
            }
        })
    }
}
