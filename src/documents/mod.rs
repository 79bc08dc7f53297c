//! The documents section: the application of app. 6 with a live preview, the notifications for
//! staff, PDF export. A placeholder for now; its answers come from the shared case file
//! ([`crate::case::use_case`]), its strings from `locales/*/documents.json`.

use leptos::prelude::*;

use crate::text::{page_title, text, tr};

#[component]
pub fn Documents() -> impl IntoView {
    crate::route::focus_when_mounted();
    page_title(text!(common.nav_documents), None);
    view! {
        <h1 id="page-title" tabindex="-1">{tr!(common.nav_documents)}</h1>
        <p>{tr!(common.documents_soon)}</p>
    }
}
