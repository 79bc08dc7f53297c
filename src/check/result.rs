//! The result: both tracks side by side, the medical card, what to do next, and the paid
//! track's timeline.

use dayarlyq_rules::eligibility::Verdict;
use dayarlyq_rules::fmt::{AgeText, Dmy, Tenge};
use dayarlyq_rules::judge::Judged;
use dayarlyq_rules::medical_card::{CardVerdict, VALIDITY_CITATION, VALIDITY_WORKING_DAYS};
use dayarlyq_rules::timeline::{
    FREE_TRAINING_DAYS, PAID_TRAINING_DAYS, SELECTION_CALENDAR_DAYS_BEFORE,
};
use dayarlyq_rules::track::PAID_TRAINING_FEE_TENGE;
use leptos::prelude::*;

use super::answers::Incomplete;
use super::cite::Cite;
use super::timeline::Timeline;
use super::track::{TrackCard, WarningLine, standing};
use super::use_check;

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
    let print = move |_| {
        let _ = window().print();
    };
    let judged_ok = Memo::new(move |_| check.judged.with(Result::is_ok));
    view! {
        <h1 id="page-title" tabindex="-1">{tr!(check.result.title)}</h1>
        {move || {
            check
                .judged
                .with(|j| match j {
                    Ok(judged) => view! { <VerdictView judged=judged.clone() /> }.into_any(),
                    Err(_) => view! { <Incomplete /> }.into_any(),
                })
        }}
        {move || judged_ok.get().then(|| view! { <Timeline /> })}
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

#[component]
fn VerdictView(judged: Judged) -> impl IntoView {
    let locale = crate::lang::use_language().locale;
    let glance_title = text!(check.result.glance_title);
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
    let (free_class, free_standing) = standing(&free);
    let (paid_class, paid_standing) = standing(&paid);
    let next = NextSteps {
        free: free.eligible,
        consent: free.eligible && free.needs_guardian_consent,
        paid: paid.eligible,
    };
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
                " "
                <span class=free_class>{free_standing.view()}</span>
            </li>
            <li>
                <span class="glance__track">{tr!(check.result.paid_title)}</span>
                " "
                <span class=paid_class>{paid_standing.view()}</span>
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
        <MedicalCard card=medical_card as_of />
        {next.view()}
    }
}

#[component]
fn MedicalCard(card: Option<CardVerdict>, as_of: dayarlyq_rules::Date) -> impl IntoView {
    let on = Dmy(as_of);
    let body = match card {
        None => view! { <p>{tr!(check.result.card_missing)}</p> }.into_any(),
        Some(card) => {
            let status = if as_of < card.conclusion {
                text!(check.result.card_not_yet, date = on)
            } else if card.valid {
                text!(
                    check.result.card_valid,
                    date = on,
                    n = card.working_days_left
                )
            } else {
                text!(check.result.card_expired, date = on)
            };
            let class = if card.valid {
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

/// What to do next, per track the person may take.
struct NextSteps {
    free: bool,
    consent: bool,
    paid: bool,
}

impl NextSteps {
    fn view(self) -> impl IntoView {
        let free = self.free.then(|| {
            view! {
                <li>
                    {tr!(check.result.next_free, days = SELECTION_CALENDAR_DAYS_BEFORE)}
                    {self.consent.then(|| view! { " " {tr!(check.result.next_free_consent)} })}
                </li>
            }
        });
        let paid = self
            .paid
            .then(|| view! { <li>{tr!(check.result.next_paid)}</li> });
        let none =
            (!self.free && !self.paid).then(|| view! { <li>{tr!(check.result.next_none)}</li> });
        view! {
            <section class="panel" aria-labelledby="next-title">
                <h2 class="panel__title" id="next-title">
                    {tr!(check.result.next_title)}
                </h2>
                <ul class="steps">{free} {paid} {none}</ul>
            </section>
        }
    }
}
