//! The documents section: the application of app. 6 with a live preview, the notifications for
//! staff, PDF export. A placeholder for now; its answers come from the shared case file
//! ([`crate::case::use_case`]), its strings from `locales/*/documents.json`.

use leptos::prelude::*;

use crate::dom;
use crate::i18n::*;
use crate::text::tr;

#[component]
pub fn Documents() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        dom::set_title(&format!(
            "{} — {}",
            t_string!(i18n, common.nav_documents),
            t_string!(i18n, common.app_name)
        ));
    });
    view! {
        <h1 id="page-title" tabindex="-1">{tr!(common.nav_documents)}</h1>
        <p>{tr!(common.documents_soon)}</p>
    }
}
