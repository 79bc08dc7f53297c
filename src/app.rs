//! The shell: skip link, header with the language switch, the sections' navigation, the
//! current view, the footer. The case file, the router and the self-check's verdict are provided
//! here, above the sections, so switching section or language keeps every answer. Embedded in
//! another site's page ([`crate::embed`]) the shell is only the current view.

use dayarlyq_rules::citation::{OFFICIAL_TEXT_KK, OFFICIAL_TEXT_RU};
use leptos::prelude::*;

use crate::case::Case;
use crate::check;
use crate::data;
use crate::dom;
use crate::embed;
use crate::lang::{self, Language};
use crate::release::ReleaseBanner;
use crate::route::{Route, Router};
use crate::text::{text, tr};

/// Mounts the app in the page's body. On a slow network the page may already show the first
/// screen's copy drawn at build time (`pwa/prerender.mjs`), which the person may have begun to
/// answer: what they typed and chose there, and the focus, carry over into the app, which
/// replaces the copy in the same task.
pub fn mount() {
    let taken = crate::browser::take_prerender();
    leptos::mount::mount_to_body(App);
    crate::browser::give_prerender(&taken);
}

#[component]
pub fn App() -> impl IntoView {
    let case = Case::provide(dom::today_in_kazakhstan());
    Router::provide();
    Language::provide();
    data::provide(case, embed::requested());
    view! { <Shell /> }
}

/// The sections of the navigation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Check,
    Documents,
    Data,
}

impl Section {
    fn of(route: Route) -> Section {
        match route {
            Route::Documents | Route::Nominal => Section::Documents,
            Route::Data => Section::Data,
            _ => Section::Check,
        }
    }
}

#[component]
fn Shell() -> impl IntoView {
    check::provide();
    let route = crate::route::use_router().route;
    // Embedded, the header and the footer are there but hidden by the style sheet (`.embed`):
    // one view for both ways, so the first load carries no second one.
    embed::provide();
    let page = move || match route.get() {
        Route::Documents => view! { <crate::section::DocumentsSection /> }.into_any(),
        Route::Nominal => view! { <crate::section::NominalSection /> }.into_any(),
        Route::Data => view! { <crate::section::DataSection /> }.into_any(),
        r => view! { <check::Check route=r /> }.into_any(),
    };
    view! {
        <Header route />
        <main id="main" class="container main" tabindex="-1">
            {page}
        </main>
        <Footer />
    }
}

/// The new-release banner, the skip link, the brand, the language switch and the navigation.
#[component]
fn Header(route: RwSignal<Route>) -> impl IntoView {
    let locale = lang::use_language().locale;
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        dom::focus_now("main");
    };
    let switch = move |_| locale.update(|l| *l = lang::other(*l));
    let other_code = move || lang::rules_lang(lang::other(locale.get())).code();
    let nav_label = text!(common.nav_label);
    let current =
        move |section: Section| move || (Section::of(route.get()) == section).then_some("page");

    view! {
        <ReleaseBanner />
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
                        <a class="nav__link" href="#/" aria-current=current(Section::Check)>
                            {tr!(common.nav_check)}
                        </a>
                    </li>
                    <li>
                        <a class="nav__link" href="#/documents" aria-current=current(Section::Documents)>
                            {tr!(common.nav_documents)}
                        </a>
                    </li>
                    <li>
                        <a class="nav__link" href="#/data" aria-current=current(Section::Data)>
                            {tr!(common.nav_data)}
                        </a>
                    </li>
                </ul>
            </nav>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="footer">
            <div class="container">
                <p>{tr!(common.privacy)}</p>
                <p>{tr!(common.source)}</p>
                <p>
                    {tr!(common.official_texts)} " "
                    <a href=OFFICIAL_TEXT_KK hreflang="kk" target="_blank" rel="noopener noreferrer">
                        {tr!(common.official_kk)}
                    </a> ", "
                    <a href=OFFICIAL_TEXT_RU hreflang="ru" target="_blank" rel="noopener noreferrer">
                        {tr!(common.official_ru)}
                    </a> ". " {tr!(common.our_translation)}
                </p>
                <p>{tr!(common.disclaimer)}</p>
            </div>
        </footer>
    }
}
