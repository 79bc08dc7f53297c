//! Dayarlyq in the browser: placeholder page proving the web build and the browser tests work.
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! { <main><h1>"Даярлық"</h1><p>"Әскери-техникалық даярлыққа жолдама: өзіңізді тексеріңіз."</p></main> }
}
