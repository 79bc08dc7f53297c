//! Where the person is: a view per address fragment (`#/answers`), so the browser's Back button
//! goes back a step instead of leaving the app with the answers.

use leptos::prelude::*;

use crate::dom;

/// The views of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The self-check's questions (the start page).
    Questions,
    /// "Check your answers".
    Answers,
    /// The verdict, the medical card and the timeline.
    Result,
    /// The documents section (`#/documents…`; what follows is the section's own).
    Documents,
    /// The officials' nominal list (app. 4, `#/documents/nominal`), part of the documents
    /// section in the navigation, from a module of its own.
    Nominal,
    /// The person's data: keep, export, import, delete (`#/data`).
    Data,
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        match path {
            "/answers" => Route::Answers,
            "/result" => Route::Result,
            p if p.starts_with("/documents/nominal") => Route::Nominal,
            p if p.starts_with("/documents") => Route::Documents,
            p if p.starts_with("/data") => Route::Data,
            _ => Route::Questions,
        }
    }

    pub const fn hash(self) -> &'static str {
        match self {
            Route::Questions => "#/",
            Route::Answers => "#/answers",
            Route::Result => "#/result",
            Route::Documents => "#/documents",
            Route::Nominal => "#/documents/nominal",
            Route::Data => "#/data",
        }
    }
}

/// The current route, following the address fragment.
#[derive(Clone, Copy, Debug)]
pub struct Router {
    pub route: RwSignal<Route>,
    /// The element to focus once the next view is on the page.
    focus: RwSignal<Option<String>>,
}

impl Router {
    pub fn provide() -> Router {
        let route = RwSignal::new(Route::from_hash(
            &window().location().hash().unwrap_or_default(),
        ));
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let hash = window().location().hash().unwrap_or_default();
            // In-page fragments (`#iin`) are not routes: only `#/…` is.
            let to = Route::from_hash(&hash);
            if (hash.is_empty() || hash.starts_with("#/")) && route.get_untracked() != to {
                route.set(to);
            }
        });
        on_cleanup(move || handle.remove());
        let router = Router {
            route,
            focus: RwSignal::new(None),
        };
        provide_context(router);
        router
    }

    /// Goes to `to` (a new history entry) and then focuses the element `focus`: at once on the
    /// same view, or when the new view is mounted ([`focus_when_mounted`]).
    pub fn go(self, to: Route, focus: &str) {
        if self.route.get_untracked() == to {
            dom::focus_later(focus);
            return;
        }
        self.focus.set(Some(focus.to_owned()));
        self.route.set(to);
        let _ = window().location().set_hash(to.hash());
    }
}

/// Called by each view: focuses what the navigation asked for, once the view is on the page.
pub fn focus_when_mounted() {
    let focus = use_router().focus;
    Effect::new(move |_| {
        if let Some(id) = focus.get_untracked() {
            focus.set(None);
            dom::focus_later(&id);
        }
    });
}

pub fn use_router() -> Router {
    use_context::<Router>().unwrap_or_else(Router::provide)
}
