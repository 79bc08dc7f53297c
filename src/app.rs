//! The shell: skip link, header with the language switch, the two sections' navigation, the
//! current view, the footer. The case file, the router and the self-check's verdict are provided
//! here, above the sections, so switching section or language keeps every answer.

use leptos::prelude::*;

use crate::case::Case;
use crate::check;
use crate::dom;
use crate::lang::{self, Language};
use crate::route::{Route, Router};
use crate::text::{text, tr};

#[component]
pub fn App() -> impl IntoView {
    Case::provide(dom::today_in_kazakhstan());
    Router::provide();
    Language::provide();
    view! { <Shell /> }
}

#[component]
fn Shell() -> impl IntoView {
    let locale = lang::use_language().locale;
    check::provide();
    let router = crate::route::use_router();
    let route = router.route;

    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        dom::focus_now("main");
    };
    let switch = move |_| locale.update(|l| *l = lang::other(*l));
    let other_code = move || lang::rules_lang(lang::other(locale.get())).code();
    let nav_label = text!(common.nav_label);
    let current = move |check: bool| move || (route.get().is_check() == check).then_some("page");

    view! {
        <a class="skip-link" href="#main" on:click=skip>{tr!(common.skip_link)}</a>
        <header class="header">
            <div class="header__bar">
                <div class="container header__inner">
                    <a class="brand" href="#/">
                        <img class="brand__icon" src="icon.svg" alt="" width="36" height="36" />
                        <span class="brand__name">{tr!(common.app_name)}</span>
                    </a>
                    <button type="button" class="lang-switch" lang=other_code on:click=switch>
                        {tr!(common.lang_other)}
                    </button>
                </div>
            </div>
            <nav class="nav" aria-label=move || nav_label.get(locale.get())>
                <ul class="container nav__list">
                    <li>
                        <a class="nav__link" href="#/" aria-current=current(true)>
                            {tr!(common.nav_check)}
                        </a>
                    </li>
                    <li>
                        <a class="nav__link" href="#/documents" aria-current=current(false)>
                            {tr!(common.nav_documents)}
                        </a>
                    </li>
                </ul>
            </nav>
        </header>
        <main id="main" class="container main" tabindex="-1">
            {move || match route.get() {
                Route::Documents => view! { <crate::section::DocumentsSection /> }.into_any(),
                r => view! { <check::Check route=r /> }.into_any(),
            }}
        </main>
        <footer class="footer">
            <div class="container">
                <p>{tr!(common.privacy)}</p>
                <p>{tr!(common.source)}</p>
                <p>{tr!(common.disclaimer)}</p>
            </div>
        </footer>
    }
}
