//! People from a file: a CSV or XLSX export, read in the page (`FileReader`-free: the file's
//! bytes through `Blob.arrayBuffer()`), its columns matched by header
//! (`dayarlyq_documents::nominal::import`). What was read is shown before anything changes:
//! the columns matched, those ignored, every problem by row and column, the people read; then
//! the official replaces the list with them, adds them, or cancels.

use dayarlyq_documents::nominal::Column;
use dayarlyq_documents::nominal::import::{self, Imported};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::Nominal;
use crate::i18n::*;
use crate::lang::{rules_lang, use_language};
use crate::text::{Text, tr};

/// A file is at most this large: a list of thousands is a few hundred kilobytes.
const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;
const FILE_ID: &str = "nominal-file";
const PREVIEW_ID: &str = "nominal-import-preview";

/// What a file gave, waiting for the official's choice.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub file: String,
    pub imported: Imported,
}

/// The file's bytes, read in the page.
async fn bytes(input: &web_sys::HtmlInputElement) -> Option<(String, Vec<u8>)> {
    let file = input.files()?.get(0)?;
    input.set_value("");
    if file.size() > MAX_FILE_BYTES {
        return Some((file.name(), Vec::new()));
    }
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// An XLSX is a ZIP package (`PK`); anything else is read as CSV.
fn read(name: &str, data: &[u8]) -> Imported {
    if data.starts_with(b"PK\x03\x04") || name.to_lowercase().ends_with(".xlsx") {
        import::xlsx(data)
    } else {
        import::csv(data)
    }
}

#[component]
pub fn ImportBox(n: Nominal) -> impl IntoView {
    let locale = use_language().locale;
    let input = NodeRef::<leptos::html::Input>::new();
    let chosen = move |_| {
        let Some(el) = input.get() else { return };
        spawn_local(async move {
            if let Some((file, data)) = bytes(&el).await {
                let imported = read(&file, &data);
                n.said.set(None);
                n.import.set(Some(Preview { file, imported }));
                crate::dom::focus_later(PREVIEW_ID);
            }
        });
    };
    let take = move |replace: bool| {
        let Some(preview) = n.import.get_untracked() else {
            return;
        };
        let count = preview.imported.people.len();
        n.list.update(|l| {
            if replace {
                l.people = preview.imported.people;
            } else {
                l.people.extend(preview.imported.people);
            }
        });
        n.import.set(None);
        n.said.set(Some(Text::owned(move |l| {
            td_string!(l, nominal.import_done, count = count).to_string()
        })));
    };
    view! {
        <div class="group nominal-import">
            <h2 class="group__title">{tr!(nominal.import_title)}</h2>
            <div class="field">
                <label class="field__label" for=FILE_ID>{tr!(nominal.import_label)}</label>
                <div class="field__hint" id="nominal-file-hint">{tr!(nominal.import_hint)}</div>
                <input
                    node_ref=input
                    class="file-input"
                    type="file"
                    id=FILE_ID
                    accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    aria-describedby="nominal-file-hint"
                    on:change=chosen
                />
            </div>
            <p role="status">{move || n.said.get().map(|t| t.get(locale.get()).into_owned())}</p>
            {move || n.import.get().map(|p| view! {
                <PreviewView preview=p on_take=Callback::new(take) on_cancel=Callback::new(move |()| n.import.set(None)) />
            })}
        </div>
    }
}

#[component]
fn PreviewView(
    preview: Preview,
    on_take: Callback<bool>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let locale = use_language().locale;
    let Preview { file, imported } = preview;
    let count = imported.people.len();
    let (matched, ignored) = (imported.columns.clone(), imported.ignored.clone());
    let summary = move || {
        let l = locale.get();
        let mut lines =
            vec![td_string!(l, nominal.import_read, file = &file, count = count).to_string()];
        if !matched.is_empty() {
            let list: Vec<String> = matched
                .iter()
                .map(|(c, letter, header)| {
                    format!("{letter} «{header}» → {}", c.label(rules_lang(l)))
                })
                .collect();
            lines.push(td_string!(l, nominal.import_columns, list = list.join("; ")).to_string());
        }
        if !ignored.is_empty() {
            let list: Vec<String> = ignored.iter().map(|h| format!("«{h}»")).collect();
            lines.push(td_string!(l, nominal.import_ignored, list = list.join(", ")).to_string());
        }
        lines
            .into_iter()
            .map(|t| view! { <p>{t}</p> })
            .collect_view()
    };
    let problems = imported.problems.clone();
    let problem_list = move || {
        let lang = rules_lang(locale.get());
        (!problems.is_empty()).then(|| {
            let items = problems
                .iter()
                .map(|p| view! { <li>{p.text(lang)}</li> })
                .collect_view();
            view! {
                <div class="docs-check docs-check--error">
                    <h3 class="docs-check__title">{tr!(nominal.import_problems)}</h3>
                    <ul class="docs-check__list">{items}</ul>
                </div>
            }
        })
    };
    // The people read, as read: the columns the file had.
    let columns: Vec<Column> = Column::ALL
        .into_iter()
        .filter(|c| imported.columns.iter().any(|(m, _, _)| m == c))
        .collect();
    let head_columns = columns.clone();
    let head = move || {
        let lang = rules_lang(locale.get());
        head_columns
            .iter()
            .map(|c| view! { <th scope="col">{c.label(lang)}</th> })
            .collect_view()
    };
    let body = imported
        .people
        .iter()
        .zip(&imported.rows)
        .map(|(person, row)| {
            let cells = columns
                .iter()
                .map(|c| view! { <td>{c.get(person).unwrap_or_default()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{*row}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section class="nominal-preview-import" id=PREVIEW_ID tabindex="-1" aria-labelledby="nominal-import-title">
            <h3 id="nominal-import-title">{tr!(nominal.import_preview)}</h3>
            {summary}
            {problem_list}
            {(count > 0).then(|| view! {
                <div class="nominal-table-wrap" tabindex="0" role="region" aria-labelledby="nominal-import-title">
                    <table class="nominal-table">
                        <thead><tr><th scope="col">"#"</th>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            })}
            <div class="docs-actions">
                {(count > 0).then(|| view! {
                    <button type="button" class="button" on:click=move |_| on_take.run(true)>
                        {tr!(nominal.import_replace)}
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| on_take.run(false)>
                        {tr!(nominal.import_append)}
                    </button>
                })}
                <button type="button" class="button button--secondary" on:click=move |_| on_cancel.run(())>
                    {tr!(nominal.import_cancel)}
                </button>
            </div>
            {(count == 0).then(|| view! { <p>{tr!(nominal.import_none)}</p> })}
        </section>
    }
}
