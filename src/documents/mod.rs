//! The documents section: the applicant's application (app. 6) with a live preview beside the
//! form (below it on a phone), and, switched to staff mode, the notices of app. 8–14. The blanks
//! are the shared case file's ([`crate::case::use_case`]), so what the self-check asked is
//! already filled. A document prints alone on A4; its PDF is made by a Web Worker loaded on the
//! first request ([`pdf`]). Blanks still empty are listed with links to their fields, and the
//! document can be printed or downloaded all the same: they print as lines to fill by hand.

mod controls;
pub mod module;
mod pdf;
mod preview;
mod store;

use dayarlyq_documents::{
    Field, Form, Lang, RefusalGround, file_name, invalid_fields, missing_required,
};
use dayarlyq_rules::moment::Moment;
use leptos::prelude::*;

use crate::case::{Case, use_case};
use crate::dom;
use crate::i18n::*;
use crate::lang::{rules_lang, use_lang, use_language};
use crate::text::{Text, page_title, text, tr};
use pdf::PdfStatus;
use store::{Group, KnownAttachment};

/// Who fills the documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The applicant: the application of app. 6.
    Applicant,
    /// An official of the provider: the notices of app. 8–14.
    Staff,
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
    pub fn number_text(self, field: Field) -> Option<RwSignal<String>> {
        match field {
            Field::QueueNumber => Some(self.queue_text),
            Field::Fee => Some(self.fee_text),
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

/// The attachment the application offers to tick: the medical card's electronic copy.
pub fn known_attachment() -> KnownAttachment {
    KnownAttachment {
        kk: td_string!(Locale::kk, documents.attachment_medical),
        ru: td_string!(Locale::ru, documents.attachment_medical),
    }
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
    let known = known_attachment();
    crate::route::focus_when_mounted();
    page_title(text!(documents.title), None);
    let actions_label = text!(documents.actions_label);

    let lang = Memo::new(move |_| docs.doc_lang.get().unwrap_or_else(page_lang));
    let form = Memo::new(move |_| match docs.mode.get() {
        Mode::Applicant => Form::Application,
        Mode::Staff => docs.notice.get(),
    });

    // App. 6's date and time default to now (Kazakhstan time) and the medical card's copy is
    // ticked, once, when the application is first shown; both stay editable.
    Effect::new(move |_| {
        if docs.mode.get() == Mode::Applicant && !docs.defaults_given.get_untracked() {
            docs.defaults_given.set(true);
            let lang = rules_lang(locale.get_untracked());
            case.file.update(|f| {
                if store::get(f, Field::SubmittedAt).is_none() {
                    store::set(f, Field::SubmittedAt, now_in_kazakhstan());
                }
                if f.application.attachments.is_empty() {
                    f.application.attachments.push(known.get(lang).to_owned());
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
            case.file.update(|f| store::set(f, Field::Reason, reason));
        }
    });

    let preview = Memo::new(move |_| {
        let (form, lang) = (form.get(), lang.get());
        case.file
            .with(|f| preview::preview_html(form, lang, f, known))
    });

    let download = move |_| {
        let (form, lang) = (form.get_untracked(), lang.get_untracked());
        let case = case
            .file
            .with_untracked(|f| store::for_document(f, lang, known));
        let name = file_name(form, &case, dom::today_in_kazakhstan());
        pdf::request(form, lang, &case, name, docs.pdf);
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
    let asked = store::asked(form);
    if asked.is_empty() {
        return view! { <p>{tr!(documents.no_blanks)}</p> }.into_any();
    }
    let mut groups: Vec<(Group, Vec<AnyView>)> = Vec::new();
    for field in asked {
        let group = store::group(field);
        let mut views = vec![controls::control(field, form, docs)];
        // App. 6: the consent sentence follows the attachments, as on the form.
        if field == Field::Attachments && form == Form::Application {
            views.push(controls::consent(docs).into_any());
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

/// One option of a radio group.
fn radio(
    name: &'static str,
    id: String,
    label: Text,
    hint: Option<Text>,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    choose: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="radios__item">
            <input
                class="radios__input"
                type="radio"
                id=id.clone()
                name=name
                aria-describedby=described
                prop:checked=checked
                on:change=move |_| choose()
            />
            <label class="radios__label" for=id>
                {label.view()}
            </label>
            {hint.map(|h| view! { <div class="hint radios__hint" id=hint_id>{h.view()}</div> })}
        </div>
    }
}

#[component]
fn ModeChoice(docs: Docs) -> impl IntoView {
    let option = |mode: Mode, id: &str, label: Text, hint: Text| {
        radio(
            "docs-mode",
            id.to_owned(),
            label,
            Some(hint),
            move || docs.mode.get() == mode,
            move || docs.mode.set(mode),
        )
    };
    view! {
        <div class="field">
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{tr!(documents.mode_legend)}</legend>
                <div class="radios">
                    {option(
                        Mode::Applicant,
                        "docs-mode",
                        text!(documents.mode_applicant),
                        text!(documents.mode_applicant_hint),
                    )}
                    {option(
                        Mode::Staff,
                        "docs-mode-staff",
                        text!(documents.mode_staff),
                        text!(documents.mode_staff_hint),
                    )}
                </div>
            </fieldset>
        </div>
    }
}

#[component]
fn NoticeChoice(docs: Docs) -> impl IntoView {
    let items = notices()
        .map(|notice| {
            radio(
                "docs-notice",
                format!("docs-notice-{}", notice.appendix()),
                Text::rules(move |lang| notice.document_title(lang)),
                None,
                move || docs.notice.get() == notice,
                move || docs.notice.set(notice),
            )
        })
        .collect_view();
    view! {
        <div class="field">
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{tr!(documents.notice_legend)}</legend>
                <div class="radios">{items}</div>
            </fieldset>
        </div>
    }
}

#[component]
fn LangChoice(docs: Docs, lang: Memo<Lang>) -> impl IntoView {
    let option = |choice: Lang, label: Text| {
        radio(
            "docs-lang",
            format!("docs-lang-{}", choice.code()),
            label,
            None,
            move || lang.get() == choice,
            move || docs.doc_lang.set(Some(choice)),
        )
    };
    view! {
        <div class="field">
            <fieldset class="fieldset" aria-describedby="docs-lang-hint">
                <legend class="fieldset__legend">{tr!(documents.doc_lang_legend)}</legend>
                <div class="hint" id="docs-lang-hint">{tr!(documents.doc_lang_hint)}</div>
                <div class="radios radios--inline">
                    {option(Lang::Kk, text!(documents.lang_kk))}
                    {option(Lang::Ru, text!(documents.lang_ru))}
                </div>
            </fieldset>
        </div>
    }
}

/// The required blanks still empty and the values the form could not use, each a link to its
/// control. A reminder, not a barrier: the document prints with lines where blanks are.
#[component]
fn Checklist(form: Memo<Form>, docs: Docs) -> impl IntoView {
    let case = use_case();
    let page_locale = use_language().locale;
    let lines = Memo::new(move |_| {
        let form = form.get();
        let locale = page_locale.get();
        let lang = rules_lang(locale);
        let (missing, invalid) = case
            .file
            .with(|f| (missing_required(form, f), invalid_fields(form, f)));
        let mut missing: Vec<(String, String)> = missing
            .into_iter()
            .map(|f| (store::id(f), f.label().get(lang).to_owned()))
            .collect();
        if form == Form::Application && !docs.consent.get() {
            missing.push((
                controls::CONSENT_ID.to_owned(),
                td_string!(locale, documents.consent_missing).to_owned(),
            ));
        }
        let mut invalid: Vec<(String, String)> = invalid
            .into_iter()
            .map(|e| (store::id(e.field), e.message(lang).to_owned()))
            .collect();
        for field in form.fields().iter().copied() {
            let typed = docs.number_text(field);
            if let Some(message) =
                typed.and_then(|t| t.with(|v| controls::number_error(field, v, locale)))
            {
                invalid.push((store::id(field), message));
            }
        }
        (missing, invalid)
    });
    let links = |items: Vec<(String, String)>| {
        items
            .into_iter()
            .map(|(id, text)| {
                let href = format!("#{id}");
                let follow = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    dom::focus_now(&id);
                };
                view! {
                    <li>
                        <a href=href on:click=follow>{text}</a>
                    </li>
                }
            })
            .collect_view()
    };
    move || {
        let (missing, invalid) = lines.get();
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
        view! { {invalid} {missing} }
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
    }
}
