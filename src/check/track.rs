//! One track's verdict: its status, the age window, every check with its citation, and the
//! warnings (the Rules' contradictions, explained where they apply).

use dayarlyq_rules::Date;
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::eligibility::{TrackStatus, TrackVerdict};
use dayarlyq_rules::finding::{Action, Check, Warning};
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::track::Track;
use leptos::prelude::*;

use super::cite::Cite;
use crate::lang::use_lang;
use crate::text::{Text, text, tr};

#[component]
pub fn TrackCard(verdict: TrackVerdict, title: Text, sub: Text) -> impl IntoView {
    let heading_id = match verdict.track {
        Track::Free => "track-free",
        Track::Paid => "track-paid",
    };
    let tag = view! { <StatusTag status=verdict.status from=verdict.eligible_from /> };
    let window = match (verdict.eligible_from, verdict.eligible_until) {
        (Some(from), Some(until)) => Some(text!(
            check.result.age_window_range,
            from = Dmy(from),
            until = Dmy(until)
        )),
        (Some(from), None) => Some(text!(check.result.age_window_from, from = Dmy(from))),
        _ => None,
    };
    // The conditions not met first: they are the reasons.
    let checks = verdict
        .checks
        .iter()
        .filter(|c| !c.passed)
        .chain(verdict.checks.iter().filter(|c| c.passed))
        .map(|c| view! { <CheckLine check=*c /> })
        .collect_view();
    let actions = (!verdict.actions.is_empty()).then(|| {
        let items = verdict
            .actions
            .iter()
            .map(|a| view! { <ActionLine action=*a /> })
            .collect_view();
        view! {
            <h3 class="track__subtitle">{tr!(check.result.actions_title)}</h3>
            <ul class="findings">{items}</ul>
        }
    });
    let warnings = (!verdict.warnings.is_empty()).then(|| {
        let items = verdict
            .warnings
            .iter()
            .map(|w| view! { <WarningLine warning=*w /> })
            .collect_view();
        view! {
            <h3 class="track__subtitle">{tr!(check.result.warnings_title)}</h3>
            <ul class="findings">{items}</ul>
        }
    });
    view! {
        <section class="track" aria-labelledby=heading_id>
            <h2 class="track__title" id=heading_id>
                {title.view()}
            </h2>
            <p class="track__sub">{sub.view()}</p>
            {tag}
            {window.map(|w| view! { <p class="track__window">{w.view()}</p> })}
            {actions}
            <h3 class="track__subtitle">{tr!(check.result.checks_title)}</h3>
            <ul class="findings">{checks}</ul>
            {warnings}
        </section>
    }
}

/// A status in words, with its own icon and colour: four answers that cannot be taken for one
/// another (the words begin differently: "yes" / "yes, but" / "not yet" / "no").
pub fn status_text(status: TrackStatus, from: Option<Date>) -> Text {
    match (status, from) {
        (TrackStatus::Eligible, _) => text!(check.result.status_eligible),
        (TrackStatus::EligibleWithActions, _) => text!(check.result.status_actions),
        (TrackStatus::NotYet, Some(from)) => {
            text!(check.result.status_not_yet, date = Dmy(from))
        }
        (TrackStatus::NotYet | TrackStatus::NotEligible, _) => {
            text!(check.result.status_not_eligible)
        }
    }
}

/// A track's status as a tag: icon, colour and words.
#[component]
pub fn StatusTag(status: TrackStatus, from: Option<Date>) -> impl IntoView {
    let (class, icon) = match status {
        TrackStatus::Eligible => ("tag tag--yes", "✓"),
        TrackStatus::EligibleWithActions => ("tag tag--todo", "!"),
        TrackStatus::NotYet => ("tag tag--later", "…"),
        TrackStatus::NotEligible => ("tag tag--no", "✗"),
    };
    view! {
        <p class=class>
            <span class="tag__icon" aria-hidden="true">{icon}</span>
            " "
            <span class="tag__text">{status_text(status, from).view()}</span>
        </p>
    }
}

/// Something the person can still do, with its citation.
#[component]
pub fn ActionLine(action: Action) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="finding finding--todo">
            <span class="finding__mark" aria-hidden="true">"!"</span>
            <div class="finding__body">
                <p class="finding__text">
                    <span class="visually-hidden">{tr!(check.result.action)} " "</span>
                    {move || action.text(lang()).to_string()}
                </p>
                <Cite cite=action.cite />
            </div>
        </li>
    }
}

/// A condition, passed or not, with its explanation and citation.
#[component]
pub fn CheckLine(check: Check) -> impl IntoView {
    let lang = use_lang();
    let (class, mark, said) = if check.passed {
        ("finding finding--yes", "✓", text!(check.result.passed))
    } else {
        ("finding finding--no", "✗", text!(check.result.failed))
    };
    view! {
        <li class=class>
            <span class="finding__mark" aria-hidden="true">{mark}</span>
            <div class="finding__body">
                <p class="finding__text">
                    <span class="visually-hidden">{said.view()} " "</span>
                    {move || check.text(lang()).to_string()}
                </p>
                <Cite cite=check.cite />
            </div>
        </li>
    }
}

/// Something to know, with its citation when it rests on one.
#[component]
pub fn WarningLine(warning: Warning) -> impl IntoView {
    let lang = use_lang();
    let cite: Option<Citation> = warning.cite;
    view! {
        <li class="finding finding--warn">
            <span class="finding__mark" aria-hidden="true">"!"</span>
            <div class="finding__body">
                <p class="finding__text">
                    <span class="visually-hidden">{tr!(check.result.warning)} " "</span>
                    {move || warning.text(lang()).to_string()}
                </p>
                {cite.map(|cite| view! { <Cite cite /> })}
            </div>
        </li>
    }
}
