//! A new release: the service worker installs it beside the running one and it waits; the
//! page says so, and the person chooses when to reload into it. The answers come along, in the
//! tab's session storage ([`crate::data::provide`]), whether or not they are kept between visits.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

use crate::browser;
use crate::text::tr;

/// Registers the service worker and shows the banner when a new release waits.
#[component]
pub fn ReleaseBanner() -> impl IntoView {
    let waiting = RwSignal::new(false);
    let on_waiting = Closure::<dyn Fn()>::new(move || waiting.set(true));
    browser::watch_releases(&on_waiting);
    // Called for as long as the page lives.
    on_waiting.forget();
    let reload = move |_| browser::apply_release();
    // The live region is always there, so that what appears in it is announced.
    view! {
        <div class="release" role="status">
            {move || {
                waiting
                    .get()
                    .then(|| {
                        view! {
                            <div class="container release__inner">
                                <p class="release__text">{tr!(data.release_ready)}</p>
                                <button type="button" class="button release__button" on:click=reload>
                                    {tr!(data.release_reload)}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
