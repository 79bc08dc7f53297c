//! The complaint of p. 45, beside its letter: the notice contested (its choice suggests what to
//! ask for), and the deadlines on the working-day calendar from the days the person learns,
//! with a calendar file.

use dayarlyq_documents::{Lang, Place, suggested_demand};
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::complaint::{COMPLAINT_CITATION, Contested};
use dayarlyq_rules::ics::{DayEvent, calendar};
use dayarlyq_rules::moment::parse_date;
use dayarlyq_rules::timeline::{ComplaintDeadlines, complaint_deadlines};
use leptos::prelude::*;

use super::Docs;
use crate::case::use_case;
use crate::check::cite::Cite;
use crate::check::timeline::{DateItem, label};
use crate::dom;
use crate::form::{self, Bound, Choice, InputKind, Radios, TextInput};
use crate::i18n::*;
use crate::lang::{rules_lang, use_language};
use crate::text::{Text, text, tr};

/// The notice contested, as radios named by the notices' titles. Choosing one puts its
/// suggested demand in the letter when the person has not written his own.
pub fn against(error: Signal<Option<String>>, docs: Docs) -> impl IntoView {
    let case = use_case();
    let locale = use_language().locale;
    let place = Place::ComplaintAgainst;
    let value = Bound {
        value: Bound::place(place).value,
        set: Callback::new(move |code: String| {
            // The document's language, as the section chose it.
            let lang = docs
                .doc_lang
                .get_untracked()
                .unwrap_or_else(|| rules_lang(locale.get_untracked()));
            case.file.update(|f| {
                f.set(place, &code);
                let own = f
                    .given(Place::ComplaintDemand)
                    .is_some_and(|d| !is_suggested(d));
                if let (Some(c), false) = (Contested::from_code(&code), own) {
                    f.set(Place::ComplaintDemand, suggested_demand(c).get(lang));
                }
            });
        }),
    };
    let choices = Contested::ALL
        .into_iter()
        .map(|c| {
            Choice::new(
                c.code(),
                Text::rules(move |lang| c.name().get(lang).to_owned()),
            )
        })
        .collect();
    view! {
        <Radios
            id=form::id(place)
            legend=Text::rules(move |lang| place.label(lang).to_owned())
            hint=text!(documents.against_hint)
            value
            choices
            error
        />
    }
}

/// Whether `demand` is one the letter suggested, in either language.
fn is_suggested(demand: &str) -> bool {
    Contested::ALL.into_iter().any(|c| {
        let s = suggested_demand(c);
        demand.trim() == s.kk || demand.trim() == s.ru
    })
}

/// The complaint's deadlines (p. 45): the provider forwards it within 3 working days of its
/// receipt; it is considered within 5 working days of its registration (15 at the authorised
/// body for the quality of public services).
#[component]
pub fn Deadlines() -> impl IntoView {
    let case = use_case();
    let locale = use_language().locale;
    let error_of = move |place: Place| {
        Signal::derive(move || {
            let lang = rules_lang(locale.get());
            case.file.with(|f| {
                f.given(place)
                    .and_then(|t| parse_date(place.path(), t).err())
                    .map(|e| e.message(lang).to_owned())
            })
        })
    };
    let deadlines = Memo::new(move |_| case.file.with(compute));
    let failed = RwSignal::new(false);
    let export = move |_| {
        let text = case
            .file
            .with_untracked(|f| ics_file(f, locale.get_untracked()));
        let saved = text.is_some_and(|text| {
            dom::download("dayarlyq-shagym.ics", "text/calendar;charset=utf-8", &text).is_ok()
        });
        failed.set(!saved);
    };
    let dates = move || match deadlines.get() {
        None => view! { <p class="notice">{tr!(documents.complaint_need_received)}</p> }.into_any(),
        Some(d) => {
            let items = d
                .dates()
                .into_iter()
                .map(|(id, date)| view! { <DateItem id date /> })
                .collect_view();
            view! {
                <ol class="dates" aria-labelledby="complaint-dates-title">{items}</ol>
                <p class="no-print">
                    <button type="button" class="button button--secondary" on:click=export>
                        {tr!(check.timeline.ics)}
                    </button>
                </p>
                {move || failed.get().then(|| view! {
                    <p class="error-message" role="alert">{tr!(check.timeline.ics_failed)}</p>
                })}
            }
            .into_any()
        }
    };
    view! {
        <section class="complaint" aria-labelledby="complaint-dates-title">
            <p class="docs-check__hint">{tr!(documents.complaint_contents)}</p>
            <p class="docs-check__hint">{tr!(documents.complaint_code_note)}</p>
            <h2 class="track__subtitle" id="complaint-dates-title">
                {tr!(documents.complaint_dates_title)}
            </h2>
            <p>{tr!(documents.complaint_dates_intro)} " " <Cite cite=COMPLAINT_CITATION /></p>
            <div class="timeline__inputs no-print">
                <TextInput
                    id=form::id(Place::ComplaintReceivedOn)
                    label=Text::rules(|lang| Place::ComplaintReceivedOn.label(lang).to_owned())
                    hint=text!(documents.complaint_received_hint)
                    value=Bound::place(Place::ComplaintReceivedOn)
                    error=error_of(Place::ComplaintReceivedOn)
                    kind=InputKind::Date
                />
                <TextInput
                    id=form::id(Place::ComplaintRegisteredOn)
                    label=Text::rules(|lang| Place::ComplaintRegisteredOn.label(lang).to_owned())
                    hint=text!(documents.complaint_registered_hint)
                    value=Bound::place(Place::ComplaintRegisteredOn)
                    error=error_of(Place::ComplaintRegisteredOn)
                    kind=InputKind::Date
                    optional=true
                />
            </div>
            <div aria-live="polite">{dates}</div>
        </section>
    }
}

/// The deadlines, once the day of receipt reads; the day of registration adds the review's.
fn compute(case: &CaseFile) -> Option<ComplaintDeadlines> {
    let read = |place: Place| {
        case.given(place)
            .and_then(|t| parse_date(place.path(), t).ok())
    };
    let received = read(Place::ComplaintReceivedOn)?;
    complaint_deadlines(
        received,
        read(Place::ComplaintRegisteredOn),
        &WorkingCalendar::kazakhstan(),
    )
    .ok()
}

/// The deadlines as an iCalendar file in the language of `locale`.
fn ics_file(case: &CaseFile, locale: Locale) -> Option<String> {
    let deadlines = compute(case)?;
    let lang: Lang = rules_lang(locale);
    let prefix = td_string!(locale, check.timeline.ics_summary_prefix);
    let events: Vec<DayEvent> = deadlines
        .dates()
        .into_iter()
        .map(|(id, date)| DayEvent {
            key: id.code(),
            date,
            summary: format!("{prefix}{}", label(locale, id)),
            description: id.cite().label(lang),
            remind: false,
        })
        .collect();
    Some(calendar(&events, dom::now(), lang))
}
