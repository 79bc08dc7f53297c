//! One track's verdict: its status, the age window, every check with its citation, and the
//! warnings (the Rules' contradictions, explained where they apply).

use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::eligibility::TrackVerdict;
use dayarlyq_rules::finding::{Check, Warning};
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
    let (class, status) = standing(&verdict);
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
            <p class=class>{status.view()}</p>
            {window.map(|w| view! { <p class="track__window">{w.view()}</p> })}
            <h3 class="track__subtitle">{tr!(check.result.checks_title)}</h3>
            <ul class="findings">{checks}</ul>
            {warnings}
        </section>
    }
}

/// The track's standing in a word, and its tag's class: eligible, eligible with warnings, or not.
pub fn standing(verdict: &TrackVerdict) -> (&'static str, Text) {
    match (verdict.eligible, verdict.warnings.is_empty()) {
        (true, true) => ("tag tag--yes", text!(check.result.eligible)),
        (true, false) => ("tag tag--warn", text!(check.result.eligible_warnings)),
        (false, _) => ("tag tag--no", text!(check.result.not_eligible)),
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
