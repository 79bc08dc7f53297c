//! The staff page "Nominal list" (app. 4, `#/documents/nominal`), in the on-demand module: the
//! list's header, the people (typed a row at a time, or imported from a CSV or XLSX export,
//! [`import`]), each checked on the free track as of the training's start by the rules' own
//! judge (`dayarlyq_documents::nominal::selection`), and the list itself, in Kazakh alphabetical
//! order, previewed as it prints, printed, or made a PDF by the worker. Nothing leaves the page.

mod import;
mod people;

use dayarlyq_documents::nominal::selection::Selection;
use dayarlyq_documents::nominal::{Field, NominalList, Person};
use dayarlyq_documents::{Lang, build_list, html};
use dayarlyq_rules::calendar::WorkingCalendar;
use leptos::prelude::*;

use crate::documents::pdf::{self, PdfStatus};
use crate::dom;
use crate::form::{Bound, Choice, InputKind, Radios, TextInput};
use crate::i18n::*;
use crate::lang::{use_lang, use_language};
use crate::text::{Text, page_title, text, tr};

/// The page's state, made once under the module's root so that leaving for the documents and
/// coming back keeps the list.
#[derive(Clone, Copy)]
pub struct Nominal {
    pub list: RwSignal<NominalList>,
    /// The person being typed (added, or changed when `editing` holds his place).
    pub draft: RwSignal<Person>,
    pub editing: RwSignal<Option<usize>>,
    pub import: RwSignal<Option<import::Preview>>,
    /// What the last import or edit did, said in a live region.
    pub said: RwSignal<Option<Text>>,
    pub doc_lang: RwSignal<Option<Lang>>,
    pub pdf: RwSignal<PdfStatus>,
}

fn use_nominal() -> Nominal {
    if let Some(n) = use_context::<Nominal>() {
        return n;
    }
    let make = || {
        let list = NominalList {
            date: Some(dom::today_in_kazakhstan().to_string()),
            ..NominalList::default()
        };
        let n = Nominal {
            list: RwSignal::new(list),
            draft: RwSignal::new(Person::default()),
            editing: RwSignal::new(None),
            import: RwSignal::new(None),
            said: RwSignal::new(None),
            doc_lang: RwSignal::new(None),
            pdf: RwSignal::new(PdfStatus::Idle),
        };
        provide_context(n);
        n
    };
    let Some(mut owner) = Owner::current() else {
        return make();
    };
    while let Some(parent) = owner.parent() {
        owner = parent;
    }
    owner.with(make)
}

/// The id of the preview, the target of the "to the list" link.
const PREVIEW_ID: &str = "nominal-preview";

#[component]
pub fn NominalPage() -> impl IntoView {
    let n = use_nominal();
    let locale = use_language().locale;
    let page_lang = use_lang();
    crate::route::focus_when_mounted();
    page_title(text!(nominal.title), None);
    let today = dom::today_in_kazakhstan();
    let selection = Memo::new(move |_| {
        n.list
            .with(|l| Selection::new(l, today, &WorkingCalendar::kazakhstan()))
    });
    let lang = Memo::new(move |_| n.doc_lang.get().unwrap_or_else(page_lang));
    let preview = Memo::new(move |_| {
        let lang = lang.get();
        n.list
            .with(|l| selection.with(|s| html::render(&build_list(lang, l, s))))
    });
    // A new list, language or person makes the PDF's line stale.
    Effect::watch(
        move || {
            n.list.track();
            lang.track();
        },
        move |_, _, _| {
            if n.pdf
                .with_untracked(|s| !matches!(s, PdfStatus::Idle | PdfStatus::Working))
            {
                n.pdf.set(PdfStatus::Idle);
            }
        },
        false,
    );
    let download = move |_| {
        let lang = lang.get_untracked();
        let start = n
            .list
            .with_untracked(|l| l.training_start.clone())
            .unwrap_or_else(|| today.to_string());
        let name = format!("qosymsha-4-atauly-tizim-{start}.pdf");
        // The people as drawn here (judged, kept, ordered): the worker does not judge again.
        let drawn = n
            .list
            .with_untracked(|l| selection.with_untracked(|s| s.drawn_list(l)));
        let doc = build_list(lang, &drawn, &Selection::as_drawn(&drawn));
        pdf::request(&doc, name, n.pdf);
    };
    let print = move |_| {
        let _ = window().print();
    };
    let actions_label = text!(nominal.download_pdf);

    view! {
        <h1 id="page-title" tabindex="-1">{tr!(nominal.title)}</h1>
        <p class="lead docs-intro">{tr!(nominal.intro)}</p>
        <p><a href="#/documents">{tr!(nominal.back)}</a></p>
        <div class="docs nominal">
            <div class="docs__main">
                <HeaderFields n />
                <ListWarnings selection />
                <import::ImportBox n />
                <people::AddPerson n />
                <people::People n selection />
                <LangChoice n lang />
                <div class="docs-actions" role="group" aria-label=move || actions_label.get(locale.get()).into_owned()>
                    <button type="button" class="button button--secondary" on:click=print>
                        {tr!(nominal.print)}
                    </button>
                    <button type="button" class="button" on:click=download>
                        {tr!(nominal.download_pdf)}
                    </button>
                </div>
                <p class="docs-status" role="status">
                    {move || pdf_status(&n.pdf.get(), locale.get())}
                </p>
            </div>
            <section class="docs__preview" aria-labelledby="nominal-preview-title">
                <h2 class="docs__preview-title" id="nominal-preview-title">
                    {tr!(nominal.preview_title)}
                </h2>
                <div class="docs__paper" id=PREVIEW_ID inner_html=move || preview.get()></div>
            </section>
        </div>
    }
}

/// The list's header: who sends, where to, the specialty, the training's dates, the list's date.
#[component]
fn HeaderFields(n: Nominal) -> impl IntoView {
    let bound = move |field: Field| Bound {
        value: Signal::derive(move || n.list.with(|l| field.get(l).unwrap_or_default().to_owned())),
        set: Callback::new(move |v: String| n.list.update(|l| field.set(l, &v))),
    };
    let label = |field: Field| Text::rules(move |lang| field.label(lang).to_owned());
    let input = move |field: Field, kind: InputKind| {
        view! {
            <TextInput
                id=format!("nominal-{}", field.key().replace('_', "-"))
                label=label(field)
                value=bound(field)
                kind
            />
        }
    };
    view! {
        <fieldset class="group">
            <legend class="group__title">{tr!(nominal.header_title)}</legend>
            {input(Field::MilitaryBody, InputKind::Text)}
            {input(Field::Organization, InputKind::Text)}
            {input(Field::Specialty, InputKind::Text)}
            {input(Field::TrainingStart, InputKind::Date)}
            {input(Field::TrainingEnd, InputKind::Date)}
            <TextInput
                id="nominal-date".to_owned()
                label=label(Field::Date)
                value=bound(Field::Date)
                kind=InputKind::Date
                hint=text!(nominal.date_hint)
            />
        </fieldset>
    }
}

/// What is wrong with the header, and p. 11's warning when the list is drawn late.
#[component]
fn ListWarnings(selection: Memo<Selection>) -> impl IntoView {
    let locale = use_language().locale;
    view! {
        <div role="status">
            {move || {
                let lang = crate::lang::rules_lang(locale.get());
                selection.with(|s| {
                    let errors = (!s.errors.is_empty()).then(|| {
                        let items: Vec<_> = s
                            .errors
                            .iter()
                            .map(|(field, e)| {
                                view! { <li>{format!("{}: {}", field.label(lang), e.message(lang))}</li> }
                            })
                            .collect();
                        view! {
                            <div class="docs-check docs-check--error">
                                <h2 class="docs-check__title">{tr!(nominal.errors_title)}</h2>
                                <ul class="docs-check__list">{items}</ul>
                            </div>
                        }
                    });
                    let late = s.late.map(|late| {
                        view! {
                            <div class="docs-check nominal-late">
                                <h2 class="docs-check__title">{tr!(nominal.late_title)}</h2>
                                <p class="docs-check__hint">{late.message().get(lang).to_owned()}</p>
                            </div>
                        }
                    });
                    (errors, late)
                })
            }}
        </div>
    }
}

#[component]
fn LangChoice(n: Nominal, lang: Memo<Lang>) -> impl IntoView {
    let value = Bound {
        value: Signal::derive(move || lang.get().code().to_owned()),
        set: Callback::new(move |code: String| n.doc_lang.set(Lang::from_code(&code))),
    };
    view! {
        <Radios
            id="nominal-lang".to_owned()
            legend=text!(nominal.lang_legend)
            value
            inline=true
            choices=vec![
                Choice::new("kk", text!(documents.lang_kk)),
                Choice::new("ru", text!(documents.lang_ru)),
            ]
        />
    }
}

fn pdf_status(status: &PdfStatus, locale: Locale) -> String {
    match status {
        PdfStatus::Idle => String::new(),
        PdfStatus::Working => td_string!(locale, nominal.pdf_working).to_owned(),
        PdfStatus::Done(file) => td_string!(locale, nominal.pdf_done, file = file).to_string(),
        PdfStatus::Failed(reason) => {
            let reason = reason.get(crate::lang::rules_lang(locale));
            td_string!(locale, nominal.pdf_failed, reason = reason).to_string()
        }
        _ => td_string!(locale, nominal.pdf_unavailable).to_owned(),
    }
}
