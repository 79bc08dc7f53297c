//! "Check your answers": what the rules will judge, each row with a link back to its question.

use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::judge::Judged;
use dayarlyq_rules::person::Status;
use leptos::prelude::*;

use super::{labels, use_check};
use crate::case::use_case;
use crate::form;

use crate::route::{Route, use_router};
use crate::text::{Text, page_title, text, tr};

#[component]
pub fn Answers() -> impl IntoView {
    let check = use_check();
    let router = use_router();
    crate::route::focus_when_mounted();
    page_title(text!(check.answers.title), None);
    let show = move |_| router.go(Route::Result, "page-title");
    view! {
        <h1 id="page-title" tabindex="-1">{tr!(check.answers.title)}</h1>
        {move || {
            check
                .judged
                .with(|j| match j {
                    Ok(judged) => {
                        view! {
                            <SummaryList judged=judged.clone() />
                            <button type="button" class="button" on:click=show>
                                {tr!(check.answers.show_result)}
                            </button>
                        }
                            .into_any()
                    }
                    Err(_) => view! { <Incomplete /> }.into_any(),
                })
        }}
    }
}

/// The answers can't be judged yet: back to the questions.
#[component]
pub fn Incomplete() -> impl IntoView {
    let router = use_router();
    let back = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        router.go(Route::Questions, "page-title");
    };
    view! {
        <p>{tr!(check.result.incomplete)}</p>
        <p>
            <a href="#/" on:click=back>
                {tr!(check.result.to_questions)}
            </a>
        </p>
    }
}

/// The answers judged, each with a link back to its question (on paper the links are not
/// printed: see the result page).
#[component]
pub(super) fn SummaryList(judged: Judged) -> impl IntoView {
    let case = use_case();
    let a = judged.applicant;
    let typed = move |place: Place| case.file.with_untracked(|f| f.given(place).is_some());
    let from_iin = |typed: bool| {
        (!typed).then(|| view! { " " <span class="muted">{tr!(check.answers.from_iin)}</span> })
    };
    let iin = case
        .file
        .with_untracked(|f| f.given(Place::ApplicantIin).map(str::to_owned));
    let as_of = judged.verdict.as_of;
    let today = (as_of == case.today)
        .then(|| view! { " " <span class="muted">{tr!(check.answers.today)}</span> });
    let not_given = || view! { <span class="muted">{tr!(check.answers.not_given)}</span> };
    let date = |d| Dmy(d).to_string();

    view! {
        <dl class="summary">
            <Row place=Place::ApplicantIin key=text!(check.answers.row_iin)>
                {match iin {
                    Some(iin) => view! { {iin} }.into_any(),
                    None => not_given().into_any(),
                }}
            </Row>
            <Row place=Place::BirthDate key=text!(check.form.birth_date_label)>
                {date(a.birth_date)}
                {from_iin(typed(Place::BirthDate))}
            </Row>
            <Row place=Place::Sex key=text!(check.form.sex_legend)>
                {labels::sex(a.sex).view()}
                {from_iin(typed(Place::Sex))}
            </Row>
            <Row place=Place::Status key=text!(check.answers.row_status)>
                {labels::status(a.status).view()}
            </Row>
            {(a.status == Status::Conscript)
                .then(|| {
                    view! {
                        <Row place=Place::Deferment key=text!(check.answers.row_deferment)>
                            {labels::yes_no(a.deferment).view()}
                        </Row>
                    }
                })}
            <Row place=Place::Fitness key=text!(check.form.fitness_legend)>
                {Text::rules(move |lang| {
                        format!("{} — {}", a.fitness.letter(), a.fitness.official_name(lang))
                    })
                    .view()}
            </Row>
            <Row place=Place::Education key=text!(check.answers.row_education)>
                {labels::education(a.education).view()}
            </Row>
            <Row place=Place::MedicalConclusionDate key=text!(check.form.medical_label)>
                {match a.medical_conclusion {
                    Some(d) => view! { {date(d)} }.into_any(),
                    None => not_given().into_any(),
                }}
            </Row>
            <Row place=Place::AsOf key=text!(check.form.as_of_label)>
                {date(as_of)}
                {today}
            </Row>
        </dl>
    }
}

/// One answer: its name, its value, and a link that goes back to the question and focuses it.
#[component]
fn Row(place: Place, key: Text, children: Children) -> impl IntoView {
    let router = use_router();
    let id = form::id(place);
    let change = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        router.go(Route::Questions, &id);
    };
    view! {
        <div class="summary__row">
            <dt class="summary__key">{key.clone().view()}</dt>
            <dd class="summary__value">{children()}</dd>
            <dd class="summary__actions">
                <a href="#/" on:click=change>
                    {tr!(check.answers.change)}
                    <span class="visually-hidden">" " {key.view()}</span>
                </a>
            </dd>
        </div>
    }
}
