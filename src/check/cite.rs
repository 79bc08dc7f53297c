//! A citation of the Rules that opens onto the paragraph it names, quoted in Kazakh (the only
//! text of the Rules there is).

use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::quotes::quote;
use leptos::prelude::*;

use crate::lang::use_lang;
use crate::text::tr;

#[component]
pub fn Cite(cite: Citation) -> impl IntoView {
    let lang = use_lang();
    let label = move || cite.label(lang());
    match quote(cite) {
        Some(text) => {
            let paragraphs = text
                .split('\n')
                .map(|p| view! { <p>{p}</p> })
                .collect_view();
            view! {
                <details class="cite">
                    <summary class="cite__label">{label}</summary>
                    <div class="cite__body">
                        <p class="cite__note">{tr!(check.result.quote_note)}</p>
                        <blockquote class="cite__quote" lang="kk">
                            {paragraphs}
                        </blockquote>
                    </div>
                </details>
            }
            .into_any()
        }
        None => view! { <span class="cite cite--plain">{label}</span> }.into_any(),
    }
}
