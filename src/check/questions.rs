//! The questions, on one short page: the IIN first (birth date and sex follow from it), then the
//! registration status (with the deferment question revealed for conscripts), the fitness
//! category in the card's own wording, education, the medical conclusion and the "as of" date.

use dayarlyq_rules::applicant::{Education, Fitness, Sex, Status};
use dayarlyq_rules::finding::Dmy;
use dayarlyq_rules::iin::Iin;
use dayarlyq_rules::medical_card::VALIDITY_WORKING_DAYS;
use dayarlyq_rules::text::Lang;
use leptos::prelude::*;

use super::answer::{NO, YES};
use super::errors::{ErrorSummary, SUMMARY_ID};
use super::fields::{Choice, InputField, Radios};
use super::{Answer, labels, use_check};
use crate::case::{given, use_case};
use crate::dom;
use crate::lang::rules_lang;
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
            given(&f.applicant.iin)
                .and_then(|s| Iin::parse(s).ok())
                .map(|iin| (iin.birth_date(), iin.sex()))
        })
    });
    let conscript = Memo::new(move |_| {
        case.file
            .with(|f| Answer::Status.get(f) == Some(Status::Conscript.code()))
    });
    let error = move |a: Answer| check.error_for(a);

    view! {
        <h1 id="page-title" tabindex="-1">{tr!(check.form.title)}</h1>
        <ErrorSummary />
        <p class="lead">{tr!(check.form.intro)}</p>
        <form class="questions" novalidate on:submit=on_submit>
            <InputField
                answer=Answer::Iin
                label=text!(check.form.iin_label)
                hint=text!(check.form.iin_hint)
                error=error(Answer::Iin)
                inputmode="numeric"
                width="input--iin"
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
                <InputField
                    answer=Answer::BirthDate
                    label=text!(check.form.birth_date_label)
                    error=error(Answer::BirthDate)
                    kind="date"
                    width="input--date"
                />
                <Radios
                    answer=Answer::Sex
                    legend=text!(check.form.sex_legend)
                    error=error(Answer::Sex)
                    inline=true
                    choices=vec![
                        Choice::new(Sex::Male.code(), labels::sex(Sex::Male)),
                        Choice::new(Sex::Female.code(), labels::sex(Sex::Female)),
                    ]
                />
            </div>
            <Radios
                answer=Answer::Status
                legend=text!(check.form.status_legend)
                error=error(Answer::Status)
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
                                    answer=Answer::Deferment
                                    legend=text!(check.form.deferment_legend)
                                    error=error(Answer::Deferment)
                                    inline=true
                                    choices=vec![
                                        Choice::new(YES, labels::yes_no(true)),
                                        Choice::new(NO, labels::yes_no(false)),
                                    ]
                                />
                            </div>
                        }
                    })
            }}
            <Radios
                answer=Answer::Fitness
                legend=text!(check.form.fitness_legend)
                hint=text!(check.form.fitness_hint)
                error=error(Answer::Fitness)
                choices=fitness_choices()
            />
            <Radios
                answer=Answer::Education
                legend=text!(check.form.education_legend)
                hint=text!(check.form.education_hint)
                error=error(Answer::Education)
                choices=EDUCATION
                    .into_iter()
                    .map(|e| Choice::new(e.code(), labels::education(e)))
                    .collect()
            />
            <InputField
                answer=Answer::MedicalConclusion
                label=text!(check.form.medical_label)
                optional=true
                hint=text!(check.form.medical_hint, days = VALIDITY_WORKING_DAYS)
                error=error(Answer::MedicalConclusion)
                kind="date"
                width="input--date"
            />
            <InputField
                answer=Answer::AsOf
                label=text!(check.form.as_of_label)
                hint=text!(check.form.as_of_hint)
                error=error(Answer::AsOf)
                kind="date"
                width="input--date"
            />
            <button type="submit" class="button">
                {tr!(check.form.continue_button)}
            </button>
        </form>
    }
}

/// The levels of education, lowest first.
const EDUCATION: [Education; 6] = [
    Education::None,
    Education::Primary,
    Education::BasicSecondary,
    Education::GeneralSecondary,
    Education::Vocational,
    Education::Higher,
];

/// The categories А–Е as the medical card words them, in the page's language, with the other
/// language's wording under it (cards are written in either).
fn fitness_choices() -> Vec<Choice> {
    const ALL: [Fitness; 6] = [
        Fitness::Fit,
        Fitness::FitMinor,
        Fitness::Limited,
        Fitness::TemporarilyUnfit,
        Fitness::UnfitPeacetime,
        Fitness::Unfit,
    ];
    ALL.into_iter()
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
