//! The questions, on one short page: the IIN first (birth date and sex follow from it), then the
//! registration status (with the deferment question revealed for conscripts), the fitness
//! category in the card's own wording, education, the medical conclusion and the "as of" date.

use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::iin::Iin;
use dayarlyq_rules::medical_card::VALIDITY_WORKING_DAYS;
use dayarlyq_rules::person::{Education, Fitness, Sex, Status};
use dayarlyq_rules::text::Lang;
use leptos::prelude::*;

use super::{labels, message, use_check};
use crate::case::use_case;
use crate::dom;
use crate::form::{self, Bound, Choice, ErrorSummary, InputKind, Radios, SUMMARY_ID, TextInput};
use crate::lang::{rules_lang, use_language};
use crate::route::{Route, use_router};
use crate::text::{Text, page_title, text, tr};

#[component]
pub fn Questions() -> impl IntoView {
    let case = use_case();
    let check = use_check();
    let router = use_router();

    let errors_shown = Signal::derive(move || !check.visible_errors.with(Vec::is_empty));
    crate::route::focus_when_mounted();
    page_title(text!(check.form.title), Some(errors_shown));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check.show_errors.set(true);
        if check.judged.with_untracked(Result::is_ok) {
            router.go(Route::Answers, "page-title");
        } else {
            dom::focus_later(SUMMARY_ID);
        }
    };

    let from_iin = Memo::new(move |_| {
        case.file.with(|f| {
            f.given(Place::ApplicantIin)
                .and_then(|s| Iin::parse(s).ok())
                .map(|iin| (iin.birth_date(), iin.sex()))
        })
    });
    let conscript = Memo::new(move |_| {
        case.file
            .with(|f| f.given(Place::Status) == Some(Status::Conscript.code()))
    });
    let locale = use_language().locale;
    let summary = Signal::derive(move || {
        check.visible_errors.with(|errors| {
            errors
                .iter()
                .map(|(place, e)| (form::id(*place), message(*place, e, locale.get())))
                .collect()
        })
    });
    let error = move |place: Place| check.error_for(place);
    let id = form::id;
    let bound = Bound::place;

    view! {
        <h1 id="page-title" tabindex="-1">{tr!(check.form.title)}</h1>
        <ErrorSummary title=text!(check.form.error_summary_title) errors=summary />
        <p class="lead">{tr!(check.form.intro)}</p>
        <form class="questions" novalidate on:submit=on_submit>
            <TextInput
                id=id(Place::ApplicantIin)
                label=text!(check.form.iin_label)
                hint=text!(check.form.iin_hint)
                value=bound(Place::ApplicantIin)
                error=error(Place::ApplicantIin)
                kind=InputKind::Digits
            />
            <p class="derived" aria-live="polite">
                {move || {
                    from_iin
                        .get()
                        .map(|(date, sex)| {
                            tr!(
                                |locale| check.form.iin_derived, date = Dmy(date), sex = sex
                                .name(rules_lang(locale))
                            )
                        })
                }}
            </p>
            <div class="group" role="group" aria-labelledby="person-title">
                <h2 class="group__title" id="person-title">
                    {tr!(check.form.person_legend)}
                </h2>
                <p class="hint">{tr!(check.form.person_hint)}</p>
                <TextInput
                    id=id(Place::BirthDate)
                    label=text!(check.form.birth_date_label)
                    value=bound(Place::BirthDate)
                    error=error(Place::BirthDate)
                    kind=InputKind::Date
                />
                <Radios
                    id=id(Place::Sex)
                    legend=text!(check.form.sex_legend)
                    value=bound(Place::Sex)
                    error=error(Place::Sex)
                    inline=true
                    choices=vec![
                        Choice::new(Sex::Male.code(), labels::sex(Sex::Male)),
                        Choice::new(Sex::Female.code(), labels::sex(Sex::Female)),
                    ]
                />
            </div>
            <Radios
                id=id(Place::Status)
                legend=text!(check.form.status_legend)
                value=bound(Place::Status)
                error=error(Place::Status)
                choices=vec![
                    Choice::new(Status::Conscript.code(), labels::status(Status::Conscript))
                        .hint(text!(check.form.status_conscript_hint)),
                    Choice::new(Status::Reservist.code(), labels::status(Status::Reservist))
                        .hint(text!(check.form.status_reservist_hint)),
                    Choice::new(Status::Unregistered.code(), labels::status(Status::Unregistered)),
                ]
            />
            {move || {
                conscript
                    .get()
                    .then(|| {
                        view! {
                            <div class="conditional">
                                <Radios
                                    id=id(Place::Deferment)
                                    legend=text!(check.form.deferment_legend)
                                    value=bound(Place::Deferment)
                                    error=error(Place::Deferment)
                                    inline=true
                                    choices=vec![
                                        Choice::new("true", labels::yes_no(true)),
                                        Choice::new("false", labels::yes_no(false)),
                                    ]
                                />
                            </div>
                        }
                    })
            }}
            <Radios
                id=id(Place::Fitness)
                legend=text!(check.form.fitness_legend)
                hint=text!(check.form.fitness_hint)
                value=bound(Place::Fitness)
                error=error(Place::Fitness)
                choices=fitness_choices()
            />
            <Radios
                id=id(Place::Education)
                legend=text!(check.form.education_legend)
                hint=text!(check.form.education_hint)
                value=bound(Place::Education)
                error=error(Place::Education)
                choices=Education::ALL
                    .into_iter()
                    .map(|e| Choice::new(e.code(), labels::education(e)))
                    .collect()
            />
            <TextInput
                id=id(Place::MedicalConclusionDate)
                label=text!(check.form.medical_label)
                optional=true
                hint=text!(check.form.medical_hint, days = VALIDITY_WORKING_DAYS)
                value=bound(Place::MedicalConclusionDate)
                error=error(Place::MedicalConclusionDate)
                kind=InputKind::Date
            />
            <TextInput
                id=id(Place::AsOf)
                label=text!(check.form.as_of_label)
                hint=text!(check.form.as_of_hint)
                value=bound(Place::AsOf)
                error=error(Place::AsOf)
                kind=InputKind::Date
            />
            <button type="submit" class="button">
                {tr!(check.form.continue_button)}
            </button>
        </form>
    }
}

/// The categories А–Е as the medical card words them, in the page's language, with the other
/// language's wording under it (cards are written in either).
fn fitness_choices() -> Vec<Choice> {
    Fitness::ALL
        .into_iter()
        .map(|f| {
            Choice::new(
                f.code(),
                Text::rules(move |lang| format!("{} — {}", f.letter(), f.official_name(lang))),
            )
            .other_language(
                text!(check.form.fitness_other_wording),
                Text::rules(move |lang| f.official_name(other_lang(lang)).to_owned()),
            )
        })
        .collect()
}

const fn other_lang(lang: Lang) -> Lang {
    match lang {
        Lang::Kk => Lang::Ru,
        Lang::Ru => Lang::Kk,
    }
}
