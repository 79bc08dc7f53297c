//! The documents section: the applicant's application (app. 6) with a live preview beside the
//! form (below it on a phone), and, switched to staff mode, the notices of app. 8–14. The blanks
//! are the shared case file's ([`crate::case::use_case`]), so what the self-check asked is
//! already filled. A document prints alone on A4; its PDF is made by a Web Worker loaded on the
//! first request ([`pdf`]). Blanks still empty are listed with links to their fields, and the
//! document can be printed or downloaded all the same: they print as lines to fill by hand.

mod complaint;
mod controls;
pub(crate) mod pdf;
mod preview;

use dayarlyq_documents::blanks::{self, Group};
use dayarlyq_documents::{
    Form, Lang, Place, RefusalGround, build, file_name, invalid_fields, missing_required,
    undrawable_fields, warnings,
};
use dayarlyq_rules::moment::Moment;
use leptos::prelude::*;

use crate::case::{Case, use_case};
use crate::dom;
use crate::form::{self, Bound, Choice, Radios};
use crate::i18n::*;
use crate::lang::{rules_lang, use_lang, use_language};
use crate::text::{Text, page_title, text, tr};
use pdf::PdfStatus;

/// Who fills the documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The applicant: the application of app. 6.
    Applicant,
    /// An official of the provider: the notices of app. 8–14.
    Staff,
    /// The applicant refused or removed: the complaint of p. 45.
    Complaint,
}

/// The section's own state, beside the case file: kept above the section's view so that going
/// to the self-check and back keeps the choices and the worker.
#[derive(Clone, Copy, Debug)]
pub struct Docs {
    pub mode: RwSignal<Mode>,
    /// The notice staff mode shows.
    pub notice: RwSignal<Form>,
    /// The document's language when chosen; else the page's.
    pub doc_lang: RwSignal<Option<Lang>>,
    /// The applicant ticked the consent sentence of app. 6.
    pub consent: RwSignal<bool>,
    /// The queue number and the fee as typed (the case file keeps numbers only).
    pub queue_text: RwSignal<String>,
    pub fee_text: RwSignal<String>,
    /// The reasons of app. 9 (a ground's code or one's words) and app. 10: one blank of the
    /// case file, each kept while the other notice is shown.
    pub refusal_reason: RwSignal<String>,
    /// "Another reason" is chosen for app. 9.
    pub refusal_other: RwSignal<bool>,
    pub removal_reason: RwSignal<String>,
    /// The application's defaults (now, the medical card's copy) were given once.
    pub defaults_given: RwSignal<bool>,
    pub pdf: RwSignal<PdfStatus>,
}

impl Docs {
    fn new(case: Case) -> Docs {
        let (queue, fee, reason) = case.file.with_untracked(|f| {
            (
                f.notice
                    .queue_number
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                f.notice
                    .fee_tenge
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                f.notice.reason.clone().unwrap_or_default(),
            )
        });
        let is_ground = RefusalGround::from_reason(&reason).is_some();
        Docs {
            mode: RwSignal::new(Mode::Applicant),
            notice: RwSignal::new(Form::Queued),
            doc_lang: RwSignal::new(None),
            consent: RwSignal::new(false),
            queue_text: RwSignal::new(queue),
            fee_text: RwSignal::new(fee),
            refusal_other: RwSignal::new(!is_ground && !reason.is_empty()),
            removal_reason: RwSignal::new(if is_ground {
                String::new()
            } else {
                reason.clone()
            }),
            refusal_reason: RwSignal::new(reason),
            defaults_given: RwSignal::new(false),
            pdf: RwSignal::new(PdfStatus::Idle),
        }
    }

    /// The text typed into a number blank.
    pub fn number_text(self, place: Place) -> Option<RwSignal<String>> {
        match place {
            Place::QueueNumber => Some(self.queue_text),
            Place::Fee => Some(self.fee_text),
            _ => None,
        }
    }
}

/// The section's state, made on the first visit under the app's root, so it outlives the view.
fn use_docs(case: Case) -> Docs {
    if let Some(docs) = use_context::<Docs>() {
        return docs;
    }
    let Some(mut owner) = Owner::current() else {
        return Docs::new(case);
    };
    while let Some(parent) = owner.parent() {
        owner = parent;
    }
    owner.with(|| {
        let docs = Docs::new(case);
        provide_context(docs);
        docs
    })
}

/// The notices staff mode offers: every form but the application.
fn notices() -> impl Iterator<Item = Form> {
    Form::ALL.into_iter().filter(|f| *f != Form::Application)
}

/// Now in Kazakhstan, as a `datetime-local` control writes it: `2026-03-20T19:30`.
fn now_in_kazakhstan() -> String {
    let now = Moment::from_timestamp(dom::now());
    let (date, time) = (now.date(), now.time());
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        date.year(),
        date.month(),
        date.day(),
        time.hour(),
        time.minute()
    )
}

#[component]
pub fn Documents() -> impl IntoView {
    let locale = use_language().locale;
    let case = use_case();
    let docs = use_docs(case);
    let page_lang = use_lang();
    crate::route::focus_when_mounted();
    page_title(text!(documents.title), None);
    let actions_label = text!(documents.actions_label);

    let lang = Memo::new(move |_| docs.doc_lang.get().unwrap_or_else(page_lang));
    let form = Memo::new(move |_| match docs.mode.get() {
        Mode::Applicant => Form::Application,
        Mode::Staff => docs.notice.get(),
        Mode::Complaint => Form::Complaint,
    });

    // App. 6's date and time default to now (Kazakhstan time) and the medical card's copy is
    // ticked, once, when the application is first shown; both stay editable.
    Effect::new(move |_| {
        if docs.mode.get() == Mode::Applicant && !docs.defaults_given.get_untracked() {
            docs.defaults_given.set(true);
            let lang = rules_lang(locale.get_untracked());
            case.file.update(|f| {
                if f.submitted_at().is_none() {
                    f.set(Place::SubmittedAt, &now_in_kazakhstan());
                }
                if f.application.attachments.is_empty() {
                    f.application
                        .attachments
                        .push(blanks::medical_card_copy(lang).to_owned());
                }
            });
        }
    });
    // App. 9 and app. 10 share the case file's reason: the notice shown brings its own.
    Effect::new(move |_| {
        let reason = match docs.notice.get() {
            Form::Refusal => docs.refusal_reason.get_untracked(),
            Form::Removal => docs.removal_reason.get_untracked(),
            _ => return,
        };
        if docs.mode.get_untracked() == Mode::Staff {
            case.file.update(|f| f.set(Place::Reason, &reason));
        }
    });

    let preview = Memo::new(move |_| {
        let (form, lang) = (form.get(), lang.get());
        case.file.with(|f| preview::preview_html(form, lang, f))
    });
    // What the status line says is about the document as it was: another document, another
    // language or anything typed since makes it stale (a request still running keeps its line).
    Effect::watch(
        move || {
            form.track();
            lang.track();
            case.file.track();
        },
        move |_, _, _| {
            let stale = docs
                .pdf
                .with_untracked(|s| !matches!(s, PdfStatus::Idle | PdfStatus::Working));
            if stale {
                docs.pdf.set(PdfStatus::Idle);
            }
        },
        false,
    );

    let download = move |_| {
        let (form, lang) = (form.get_untracked(), lang.get_untracked());
        // Characters the PDF's font cannot draw would be missing from it without a word: the
        // list names them at their fields, and the PDF waits until they are changed.
        if case
            .file
            .with_untracked(|f| !undrawable_fields(form, f).is_empty())
        {
            docs.pdf.set(PdfStatus::Undrawable);
            dom::focus_later(UNDRAWABLE_ID);
            return;
        }
        let case = case.file.with_untracked(|f| blanks::for_document(f, lang));
        let name = file_name(form, &case, dom::today_in_kazakhstan());
        pdf::request(&build(form, lang, &case), name, docs.pdf);
    };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <h1 id="page-title" tabindex="-1">{tr!(documents.title)}</h1>
        <p class="lead docs-intro">{tr!(documents.intro)}</p>
        <div class="docs-choices">
            <ModeChoice docs />
            {move || (docs.mode.get() == Mode::Staff).then(|| view! { <NoticeChoice docs /> })}
            {move || (docs.mode.get() == Mode::Staff).then(|| view! {
                <p class="docs-nominal-link"><a href="#/documents/nominal">{tr!(nominal.link)}</a></p>
            })}
            <LangChoice docs lang />
        </div>
        <div class="docs">
            <div class="docs__main">
                <form
                    class="docs__form"
                    novalidate
                    aria-labelledby="docs-form-title"
                    on:submit=|ev| ev.prevent_default()
                >
                    <h2 class="visually-hidden" id="docs-form-title">
                        {tr!(documents.form_label)}
                    </h2>
                    {move || blanks(form.get(), docs)}
                </form>
                {move || (form.get() == Form::Complaint).then(|| view! { <complaint::Deadlines /> })}
                <Checklist form docs />
                <div class="docs-actions" role="group" aria-label=move || actions_label.get(locale.get()).into_owned()>
                    <button type="button" class="button button--secondary" on:click=print>
                        {tr!(documents.print)}
                    </button>
                    <button type="button" class="button" on:click=download>
                        {tr!(documents.download_pdf)}
                    </button>
                </div>
                <p class="docs-status" role="status">
                    {move || status_text(docs.pdf.get(), locale.get())}
                </p>
            </div>
            <section class="docs__preview" aria-labelledby="docs-preview-title">
                <h2 class="docs__preview-title" id="docs-preview-title">
                    {tr!(documents.preview_title)}
                </h2>
                <div class="docs__paper" inner_html=move || preview.get()></div>
            </section>
        </div>
    }
}

/// The controls of `form`'s blanks, grouped under headings.
fn blanks(form: Form, docs: Docs) -> AnyView {
    let asked = blanks::asked(form);
    if asked.is_empty() {
        return view! { <p>{tr!(documents.no_blanks)}</p> }.into_any();
    }
    let mut groups: Vec<(Group, Vec<AnyView>)> = Vec::new();
    for place in asked {
        let Some(group) = blanks::group(form, place) else {
            continue;
        };
        let mut views = vec![controls::control(place, form, docs)];
        // App. 6: the consent sentence follows the attachments, as on the form.
        if place == Place::Attachments && form == Form::Application {
            views.push(controls::consent(docs).into_any());
        }
        // The period's length is said under its end (p. 43), as the person types it.
        if place == Place::PeriodTo {
            views.push(view! { <PeriodWarning form /> }.into_any());
        }
        match groups.last_mut() {
            Some((last, list)) if *last == group => list.extend(views),
            _ => groups.push((group, views)),
        }
    }
    groups
        .into_iter()
        .map(|(group, views)| {
            let (id, title) = match group {
                Group::Person => ("docs-group-person", text!(documents.group_person)),
                Group::Provider => ("docs-group-provider", text!(documents.group_provider)),
                Group::Period => ("docs-group-period", text!(documents.group_period)),
                Group::Application => {
                    ("docs-group-application", text!(documents.group_application))
                }
                Group::Registration => (
                    "docs-group-registration",
                    text!(documents.group_registration),
                ),
                Group::Notice => ("docs-group-notice", text!(documents.group_notice)),
                Group::Complaint => ("docs-group-complaint", text!(documents.group_complaint)),
            };
            view! {
                <div class="group" role="group" aria-labelledby=id>
                    <h3 class="group__title" id=id>{title.view()}</h3>
                    {views}
                </div>
            }
        })
        .collect_view()
        .into_any()
}

/// A choice of the section's own (who fills, which notice, which language), as radios.
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    current: Memo<T>,
    set: impl Fn(T) + Send + Sync + 'static,
    options: Vec<(T, &'static str)>,
) -> Bound {
    let codes = options.clone();
    Bound {
        value: Signal::derive(move || {
            let now = current.get();
            codes
                .iter()
                .find(|(v, _)| *v == now)
                .map(|(_, code)| (*code).to_owned())
                .unwrap_or_default()
        }),
        set: Callback::new(move |code: String| {
            if let Some((v, _)) = options.iter().find(|(_, c)| *c == code) {
                set(*v);
            }
        }),
    }
}

#[component]
fn ModeChoice(docs: Docs) -> impl IntoView {
    let mode = Memo::new(move |_| docs.mode.get());
    let value = choice(
        mode,
        move |m| docs.mode.set(m),
        vec![
            (Mode::Applicant, "applicant"),
            (Mode::Staff, "staff"),
            (Mode::Complaint, "complaint"),
        ],
    );
    view! {
        <Radios
            id="docs-mode".to_owned()
            legend=text!(documents.mode_legend)
            value

            choices=vec![
                Choice::new("applicant", text!(documents.mode_applicant))
                    .hint(text!(documents.mode_applicant_hint)),
                Choice::new("staff", text!(documents.mode_staff))
                    .hint(text!(documents.mode_staff_hint)),
                Choice::new("complaint", text!(documents.mode_complaint))
                    .hint(text!(documents.mode_complaint_hint)),
            ]
        />
    }
}

/// The codes of the notices staff mode offers, by appendix: `8`, `9`, … `14`.
const NOTICE_CODES: [&str; 6] = ["8", "9", "10", "11", "13", "14"];

#[component]
fn NoticeChoice(docs: Docs) -> impl IntoView {
    let notice = Memo::new(move |_| docs.notice.get());
    let options: Vec<(Form, &'static str)> = notices().zip(NOTICE_CODES).collect();
    let choices = options
        .iter()
        .map(|(notice, code)| {
            let notice = *notice;
            Choice::new(code, Text::rules(move |lang| notice.document_title(lang)))
        })
        .collect();
    let value = choice(notice, move |n| docs.notice.set(n), options);
    view! {
        <Radios
            id="docs-notice".to_owned()
            legend=text!(documents.notice_legend)
            value

            choices
        />
    }
}

#[component]
fn LangChoice(docs: Docs, lang: Memo<Lang>) -> impl IntoView {
    let value = choice(
        lang,
        move |l| docs.doc_lang.set(Some(l)),
        vec![(Lang::Kk, "kk"), (Lang::Ru, "ru")],
    );
    view! {
        <Radios
            id="docs-lang".to_owned()
            legend=text!(documents.doc_lang_legend)
            hint=text!(documents.doc_lang_hint)
            value

            inline=true
            choices=vec![
                Choice::new("kk", text!(documents.lang_kk)),
                Choice::new("ru", text!(documents.lang_ru)),
            ]
        />
    }
}

/// The id of the list of characters the PDF cannot draw, focused when a PDF is asked for.
const UNDRAWABLE_ID: &str = "docs-undrawable";

/// A training period whose length is not the Rules' (p. 43): a warning under the period's end,
/// said as it appears (a live region that is always on the page).
#[component]
fn PeriodWarning(form: Form) -> impl IntoView {
    let case = use_case();
    let locale = use_language().locale;
    let message = move || {
        let lang = rules_lang(locale.get());
        case.file.with(|f| {
            warnings(form, f)
                .into_iter()
                .find(|w| w.place == Place::PeriodTo)
                .map(|w| w.message(lang).to_owned())
        })
    };
    view! {
        <div class="docs-warning" id="doc-period-warning" aria-live="polite">
            {move || message().map(|text| view! {
                <p class="docs-warning__text">
                    <span class="docs-warning__icon" aria-hidden="true">"!"</span>
                    <span class="visually-hidden">{tr!(documents.warning_prefix)} " "</span>
                    {text}
                </p>
            })}
        </div>
    }
}

/// The required blanks still empty, the values the form could not use, the characters its PDF
/// cannot draw and what deserves a second look, each a link to its control. A reminder, not a
/// barrier: the document prints with lines where blanks are (only the PDF waits for characters
/// it cannot draw).
#[component]
fn Checklist(form: Memo<Form>, docs: Docs) -> impl IntoView {
    let case = use_case();
    let page_locale = use_language().locale;
    let lines = Memo::new(move |_| {
        let form = form.get();
        let locale = page_locale.get();
        let lang = rules_lang(locale);
        let (missing, invalid, undrawable, warnings) = case.file.with(|f| {
            (
                missing_required(form, f),
                invalid_fields(form, f),
                undrawable_fields(form, f),
                warnings(form, f),
            )
        });
        let mut missing: Vec<(String, String)> = missing
            .into_iter()
            .map(|p| (form::id(p), p.label(lang).to_owned()))
            .collect();
        if form == Form::Application && !docs.consent.get() {
            missing.push((
                controls::CONSENT_ID.to_owned(),
                td_string!(locale, documents.consent_missing).to_owned(),
            ));
        }
        let mut invalid: Vec<(String, String)> = invalid
            .into_iter()
            .map(|e| (form::id(e.place), e.message(lang).to_owned()))
            .collect();
        for place in form.blanks().iter().copied() {
            let typed = docs.number_text(place);
            if let Some(message) =
                typed.and_then(|t| t.with(|v| controls::number_error(place, v, locale)))
            {
                invalid.push((form::id(place), message));
            }
        }
        let undrawable: Vec<(String, String)> = undrawable
            .into_iter()
            .map(|e| (form::id(e.place), e.message(lang).to_owned()))
            .collect();
        let warnings: Vec<(String, String)> = warnings
            .into_iter()
            .map(|w| (form::id(w.place), w.message(lang).to_owned()))
            .collect();
        (missing, invalid, undrawable, warnings)
    });
    let links = form::field_links;
    move || {
        let (missing, invalid, undrawable, warnings) = lines.get();
        let undrawable = (!undrawable.is_empty()).then(|| {
            view! {
                <div
                    class="docs-check docs-check--error"
                    id=UNDRAWABLE_ID
                    tabindex="-1"
                    role="region"
                    aria-labelledby="docs-undrawable-title"
                >
                    <h2 class="docs-check__title" id="docs-undrawable-title">
                        {tr!(documents.undrawable_title)}
                    </h2>
                    <ul class="docs-check__list">{links(undrawable)}</ul>
                    <p class="docs-check__hint">{tr!(documents.undrawable_hint)}</p>
                </div>
            }
        });
        let warnings = (!warnings.is_empty()).then(|| {
            view! {
                <div class="docs-check" role="region" aria-labelledby="docs-warnings-title">
                    <h2 class="docs-check__title" id="docs-warnings-title">
                        {tr!(documents.warnings_title)}
                    </h2>
                    <ul class="docs-check__list docs-check__list--last">{links(warnings)}</ul>
                </div>
            }
        });
        let missing = (!missing.is_empty()).then(|| {
            view! {
                <div class="docs-check" role="region" aria-labelledby="docs-missing-title">
                    <h2 class="docs-check__title" id="docs-missing-title">
                        {tr!(documents.check_title)}
                    </h2>
                    <ul class="docs-check__list">{links(missing)}</ul>
                    <p class="docs-check__hint">{tr!(documents.check_hint)}</p>
                </div>
            }
        });
        let invalid = (!invalid.is_empty()).then(|| {
            view! {
                <div
                    class="docs-check docs-check--error"
                    role="region"
                    aria-labelledby="docs-invalid-title"
                >
                    <h2 class="docs-check__title" id="docs-invalid-title">
                        {tr!(documents.invalid_title)}
                    </h2>
                    <ul class="docs-check__list">{links(invalid)}</ul>
                </div>
            }
        });
        view! { {invalid} {undrawable} {warnings} {missing} }
    }
}

/// The line under the buttons: where the PDF stands.
fn status_text(status: PdfStatus, locale: Locale) -> String {
    match status {
        PdfStatus::Idle => String::new(),
        PdfStatus::Working => td_string!(locale, documents.pdf_working).to_owned(),
        PdfStatus::Done(name) => td_string!(locale, documents.pdf_done, name = name).to_string(),
        PdfStatus::Failed(message) => td_string!(
            locale,
            documents.pdf_failed,
            reason = message.get(rules_lang(locale))
        )
        .to_string(),
        PdfStatus::Unavailable => td_string!(locale, documents.pdf_unavailable).to_owned(),
        PdfStatus::Undrawable => td_string!(locale, documents.pdf_undrawable).to_owned(),
    }
}
