//! The result: both tracks side by side, the medical card, what to do next, and the paid
//! track's timeline.

use dayarlyq_rules::Date;
use dayarlyq_rules::eligibility::Verdict;
use dayarlyq_rules::fmt::{AgeText, Dmy, Tenge};
use dayarlyq_rules::judge::Judged;
use dayarlyq_rules::medical_card::{CardVerdict, VALIDITY_CITATION, VALIDITY_WORKING_DAYS};
use dayarlyq_rules::next::{Link, Step, next_steps};
use dayarlyq_rules::timeline::{FREE_TRAINING_DAYS, PAID_TRAINING_DAYS};
use dayarlyq_rules::track::PAID_TRAINING_FEE_TENGE;
use leptos::prelude::*;

use super::answers::{Incomplete, SummaryList};
use super::cite::Cite;
use super::timeline::Timeline;
use super::track::{StatusTag, TrackCard, WarningLine, status_text};
use super::use_check;

use crate::i18n::td_string;
use crate::lang::rules_lang;
use crate::route::{Route, use_router};
use crate::text::{page_title, text, tr};

#[component]
pub fn ResultPage() -> impl IntoView {
    let check = use_check();
    let router = use_router();
    crate::route::focus_when_mounted();
    page_title(text!(check.result.title), None);
    let edit = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        router.go(Route::Answers, "page-title");
    };
    // On paper, a QR code of a link to these answers, drawn into its slot by the module fetched
    // on demand just before printing (fetched then if it is not yet; without it, offline before
    // its first visit, the page prints without the code).
    let case = crate::case::use_case();
    let locale = crate::lang::use_language().locale;
    let qr_slot = NodeRef::<leptos::html::Figure>::new();
    let print = move |_| {
        let lang = rules_lang(locale.get_untracked()).code();
        leptos::task::spawn_local(async move {
            if let Some(slot) = qr_slot.get_untracked() {
                draw_qr(case, slot, lang).await;
            }
            let _ = window().print();
        });
    };
    let judged_ok = Memo::new(move |_| check.judged.with(Result::is_ok));
    // Both tracks' statuses in words, for a screen reader to hear when they change (a change of
    // the moment of sending, say, at the foot of the page): the region stays, its words change.
    let statuses = Memo::new(move |_| {
        check.judged.with(|j| {
            j.as_ref().ok().map(|j| {
                let (free, paid) = (&j.verdict.free, &j.verdict.paid);
                (
                    free.status,
                    free.eligible_from,
                    paid.status,
                    paid.eligible_from,
                )
            })
        })
    });
    let locale = crate::lang::use_language().locale;
    let announced = move || {
        statuses.get().map(|(free, free_from, paid, paid_from)| {
            let l = locale.get();
            td_string!(
                l,
                check.result.statuses_live,
                free = status_text(free, free_from).get(l),
                paid = status_text(paid, paid_from).get(l)
            )
            .to_string()
        })
    };
    let printed_on = Dmy(crate::case::use_case().today);
    view! {
        <h1 id="page-title" tabindex="-1">{tr!(check.result.title)}</h1>
        // On paper only: the day it was printed, for whoever reads the sheet later.
        <p class="print-only print-meta">{tr!(check.result.printed_on, date = printed_on)}</p>
        <p class="visually-hidden" aria-live="polite">{announced}</p>
        {move || {
            check
                .judged
                .with(|j| match j {
                    Ok(judged) => view! { <VerdictView judged=judged.clone() /> }.into_any(),
                    Err(_) => view! { <Incomplete /> }.into_any(),
                })
        }}
        {move || judged_ok.get().then(|| view! { <Timeline /> })}
        // On paper, the answers the decision was made on (on screen they are a page of their
        // own, "check your answers").
        {move || {
            check
                .judged
                .with(|j| {
                    j.as_ref()
                        .ok()
                        .map(|judged| {
                            view! {
                                <section class="print-only" aria-labelledby="print-answers-title">
                                    <h2 class="panel__title" id="print-answers-title">
                                        {tr!(check.result.answers_title)}
                                    </h2>
                                    <SummaryList judged=judged.clone() />
                                </section>
                            }
                        })
                })
        }}
        <figure class="print-only result-qr" node_ref=qr_slot></figure>
        <p class="actions no-print">
            <a class="actions__link" href="#/answers" on:click=edit>
                {tr!(check.result.edit)}
            </a>
            <button type="button" class="button button--secondary" on:click=print>
                {tr!(check.result.print)}
            </button>
        </p>
    }
}

/// Has the module fetched on demand draw the QR code of a link to `case`'s answers, with its
/// caption in `lang`, into `slot` (fetching the module first if it is not there yet).
async fn draw_qr(case: crate::case::Case, slot: web_sys::HtmlElement, lang: &str) {
    if crate::section::load(crate::section::DOCS).await.is_err() {
        return;
    }
    let entries = case.file.with_untracked(crate::case::write_entries);
    let args = js_sys::Array::of3(&entries, &slot, &wasm_bindgen::JsValue::from_str(lang));
    if let Ok(drawn) = crate::section::call(crate::section::DOCS, "draw_result_qr", &args) {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(drawn)).await;
    }
}

#[component]
fn VerdictView(judged: Judged) -> impl IntoView {
    let locale = crate::lang::use_language().locale;
    let glance_title = text!(check.result.glance_title);
    let steps = next_steps(&judged.verdict);
    let acceptance = judged.verdict.acceptance.map(|a| a.accepted_on);
    let Verdict {
        as_of,
        age,
        free,
        paid,
        medical_card,
        warnings,
        ..
    } = judged.verdict;
    let input_warnings = (!warnings.is_empty()).then(|| {
        let items = warnings
            .into_iter()
            .map(|w| view! { <WarningLine warning=w /> })
            .collect_view();
        view! {
            <section class="panel panel--warn" aria-labelledby="input-warnings-title">
                <h2 class="panel__title" id="input-warnings-title">
                    {tr!(check.result.input_warnings)}
                </h2>
                <ul class="findings">{items}</ul>
            </section>
        }
    });
    let glance = |v: &dayarlyq_rules::eligibility::TrackVerdict| {
        view! { <StatusTag status=v.status from=v.eligible_from /> }
    };
    let (free_glance, paid_glance) = (glance(&free), glance(&paid));
    view! {
        <p class="lead">
            {tr!(
                |locale| check.result.summary, date = Dmy(as_of), age = AgeText(age,
                rules_lang(locale))
            )}
        </p>
        // Both answers at a glance, for a phone where the tracks stand one under the other.
        <ul class="glance" aria-label=move || glance_title.get(locale.get())>
            <li>
                <span class="glance__track">{tr!(check.result.free_title)}</span>
                {free_glance}
            </li>
            <li>
                <span class="glance__track">{tr!(check.result.paid_title)}</span>
                {paid_glance}
            </li>
        </ul>
        {input_warnings}
        <div class="tracks">
            <TrackCard
                verdict=free
                title=text!(check.result.free_title)
                sub=text!(
                    check.result.free_sub, min = FREE_TRAINING_DAYS.0, max = FREE_TRAINING_DAYS.1
                )
            />
            <TrackCard
                verdict=paid
                title=text!(check.result.paid_title)
                sub=text!(
                    check.result.paid_sub, min = PAID_TRAINING_DAYS.0, max = PAID_TRAINING_DAYS
                    .1, fee = Tenge(PAID_TRAINING_FEE_TENGE)
                )
            />
        </div>
        <MedicalCard card=medical_card as_of acceptance />
        <NextSteps steps />
    }
}

/// The card judged on the day that matters: the day of acceptance when the application's moment
/// is given (p. 21: it goes with the application), else the day of the check.
#[component]
fn MedicalCard(card: Option<CardVerdict>, as_of: Date, acceptance: Option<Date>) -> impl IntoView {
    let body = match card {
        None => view! { <p>{tr!(check.result.card_missing)}</p> }.into_any(),
        Some(card) => {
            let (day, valid) = match (acceptance, card.valid_on_acceptance) {
                (Some(day), Some(valid)) => (day, valid),
                _ => (as_of, card.valid),
            };
            let on = Dmy(day);
            let status = match (day < card.conclusion, valid, acceptance.is_some()) {
                (true, _, _) => text!(check.result.card_not_yet, date = on),
                (false, true, true) => text!(check.result.card_valid_at_acceptance, date = on),
                (false, true, false) => text!(
                    check.result.card_valid,
                    date = on,
                    n = card.working_days_left
                ),
                (false, false, true) => {
                    text!(check.result.card_expired_at_acceptance, date = on)
                }
                (false, false, false) => text!(check.result.card_expired, date = on),
            };
            let class = if valid {
                "card-status card-status--yes"
            } else {
                "card-status card-status--no"
            };
            let through = Dmy(card.valid_through);
            view! {
                <p>
                    {tr!(
                        check.result.card_valid_through, date = through, days =
                        VALIDITY_WORKING_DAYS
                    )}
                </p>
                <p class=class>{status.view()}</p>
            }
            .into_any()
        }
    };
    view! {
        <section class="panel" aria-labelledby="card-title">
            <h2 class="panel__title" id="card-title">
                {tr!(check.result.card_title)}
            </h2>
            {body}
            <Cite cite=VALIDITY_CITATION />
        </section>
    }
}

/// What to do next: the rules' steps for this verdict ([`next_steps`]), each with its citation
/// and the pages it sends the person to.
#[component]
fn NextSteps(steps: Vec<Step>) -> impl IntoView {
    let lang = crate::lang::use_lang();
    let items = steps
        .into_iter()
        .map(|step| {
            let links = step
                .links()
                .iter()
                .map(|link| match link {
                    Link::Egov => view! {
                        <a href=Link::EGOV_URL rel="noopener noreferrer" target="_blank">
                            {tr!(check.result.link_egov)}
                        </a>
                    }
                    .into_any(),
                    Link::Documents => view! {
                        <a href="#/documents">{tr!(check.result.link_documents)}</a>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <li>
                    <p class="steps__text">{move || step.text(lang()).to_string()}</p>
                    <p class="steps__links">{links}</p>
                    {step.cite().map(|cite| view! { <Cite cite /> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="next-title">
            <h2 class="panel__title" id="next-title">
                {tr!(check.result.next_title)}
            </h2>
            <ol class="steps">{items}</ol>
        </section>
    }
}
