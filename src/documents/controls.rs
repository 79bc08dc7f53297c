//! The controls of the documents' blanks, from the form kit ([`crate::form`]) the self-check
//! uses too. Each reads and writes the shared case file, so nothing typed is lost when the form
//! or the language changes; the numbers and the reasons also keep what was typed beside it.

use dayarlyq_documents::blanks::{self, Number};
use dayarlyq_documents::{Form, Place, RefusalGround, invalid_fields, undrawable_fields};
use dayarlyq_rules::case_file::Kind;
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::fmt::Tenge;
use dayarlyq_rules::track::{PAID_TRAINING_FEE_CITATION, PAID_TRAINING_FEE_TENGE};
use leptos::prelude::*;

use super::{Docs, Mode};
use crate::case::use_case;
use crate::form::{
    self, Bound, CheckItem, Checkboxes, Choice, InputKind, Radios, TextInput, Textarea,
};
use crate::i18n::*;
use crate::lang::{rules_lang, use_lang, use_language};
use crate::text::{Text, text};

/// The control of `place` on `form`, with its label, hint and error.
pub fn control(place: Place, form: Form, docs: Docs) -> AnyView {
    let label = Text::rules(move |lang| place.label(lang).to_owned());
    // The patronymic's label says "(if any)" itself.
    let optional = !form.requires(place) && place != Place::ApplicantPatronymic;
    let hint = hint(place);
    let error = error_for(place, form, docs);
    let id = form::id(place);
    let (area_id, area_label) = (id.clone(), label.clone());
    let area = move |hint: Option<Text>| {
        view! {
            <Textarea
                id=area_id
                label=area_label
                value=Bound::place(place)
                error
                hint
                optional
                rows=3
            />
        }
        .into_any()
    };
    let area_hint = hint.clone();
    let input = move |kind: InputKind, value: Bound| {
        view! {
            <TextInput
                id
                label
                value
                error
                kind
                hint
                optional
                autocomplete=autocomplete(place, docs.mode.get_untracked())
            />
        }
        .into_any()
    };
    match place.kind() {
        Kind::List => attachments(error).into_any(),
        Kind::Choice(_) if place == Place::ComplaintAgainst => {
            super::complaint::against(error, docs).into_any()
        }
        Kind::Text if form == Form::Complaint && place == Place::Reason => {
            area(Some(text!(documents.hint_complaint_reason)))
        }
        Kind::Text if matches!(place, Place::ComplaintGrounds | Place::ComplaintDemand) => {
            area(area_hint)
        }
        Kind::Text if place == Place::Reason && form == Form::Refusal => {
            refusal_reason(error, docs).into_any()
        }
        Kind::Text if place == Place::Reason => removal_reason(error, docs).into_any(),
        Kind::Count | Kind::Amount => input(InputKind::Digits, number(place, docs)),
        Kind::Phone => input(InputKind::Tel, Bound::place(place)),
        Kind::Date => input(InputKind::Date, Bound::place(place)),
        Kind::Moment => input(InputKind::DateTime, Bound::place(place)),
        _ => input(InputKind::Text, Bound::place(place)),
    }
}

/// What the browser may fill in: the applicant's own name, address and telephone, from what the
/// browser itself keeps (it stays on the device like everything else). In staff mode the blanks
/// are someone else's: the browser would offer the official's own name, so it offers nothing.
fn autocomplete(place: Place, mode: Mode) -> &'static str {
    if mode == Mode::Staff {
        return "off";
    }
    match place {
        Place::ApplicantSurname => "family-name",
        Place::ApplicantName => "given-name",
        Place::ApplicantPatronymic => "additional-name",
        Place::ApplicantAddress => "street-address",
        Place::ApplicantPhone => "tel",
        _ => "off",
    }
}

fn hint(place: Place) -> Option<Text> {
    Some(match place {
        Place::ProviderRegion => text!(documents.hint_region),
        Place::ProviderDistrict => text!(documents.hint_district),
        Place::ApplicantAddress => text!(documents.hint_address),
        Place::ApplicantPhone => text!(documents.hint_phone),
        Place::ProviderName => text!(documents.hint_provider_name),
        Place::Employee => text!(documents.hint_employee),
        Place::SubmittedAt => text!(documents.hint_submitted),
        Place::ApplicationDate => text!(documents.hint_application_date),
        Place::ArrivalAt => text!(documents.hint_arrival),
        Place::ComplaintGrounds => text!(documents.hint_grounds),
        Place::ComplaintDemand => text!(documents.hint_demand),
        Place::Fee => text!(
            |locale| documents.hint_fee,
            fee = Tenge(PAID_TRAINING_FEE_TENGE),
            cite = PAID_TRAINING_FEE_CITATION.label(rules_lang(locale))
        ),
        _ => return None,
    })
}

/// The message shown under `place`: a value the form cannot read or characters its PDF cannot
/// draw (from the documents crate), or a number that is not whole.
pub fn error_for(place: Place, form: Form, docs: Docs) -> Signal<Option<String>> {
    let case = use_case();
    let page_locale = use_language().locale;
    let typed = docs.number_text(place);
    Signal::derive(move || {
        let locale = page_locale.get();
        if let Some(typed) = typed {
            return typed.with(|value| number_error(place, value, locale));
        }
        case.file.with(|f| {
            invalid_fields(form, f)
                .into_iter()
                .chain(undrawable_fields(form, f))
                .find(|e| e.place == place)
                .map(|e| e.message(rules_lang(locale)).to_owned())
        })
    })
}

/// Why the number typed into `place` cannot fill its blank, naming the place.
pub fn number_error(place: Place, value: &str, locale: Locale) -> Option<String> {
    if blanks::number(value) != Number::NotWhole {
        return None;
    }
    let message = td_string!(
        locale,
        documents.number_error,
        label = place.label(rules_lang(locale)),
        value = value.trim()
    );
    Some(message.to_string())
}

/// A whole number: the text as typed is the section's ([`Docs::number_text`]), the number the
/// case file's.
fn number(place: Place, docs: Docs) -> Bound {
    let case = use_case();
    let typed = docs.number_text(place).unwrap_or(docs.queue_text);
    Bound {
        value: typed.into(),
        set: Callback::new(move |value: String| {
            let n = match blanks::number(&value) {
                Number::Whole(n) => n.to_string(),
                Number::Blank | Number::NotWhole => String::new(),
            };
            typed.set(value);
            case.file.update(|f| f.set(place, &n));
        }),
    }
}

/// The attachments of app. 6: the medical card's electronic copy (p. 21) to tick, and any other
/// documents, one a line.
fn attachments(error: Signal<Option<String>>) -> impl IntoView {
    let case = use_case();
    let lang = use_lang();
    let id = form::id(Place::Attachments);
    let ticked = Signal::derive(move || {
        case.file.with(|f| {
            f.application
                .attachments
                .iter()
                .any(|a| blanks::is_medical_card_copy(a))
        })
    });
    let tick = Callback::new(move |on: bool| {
        case.file.update(|f| {
            let list = &mut f.application.attachments;
            list.retain(|a| !blanks::is_medical_card_copy(a));
            if on {
                list.insert(0, blanks::medical_card_copy(lang()).to_owned());
            }
        });
    });
    let others = Bound {
        value: Signal::derive(move || {
            case.file.with(|f| {
                f.application
                    .attachments
                    .iter()
                    .filter(|a| !blanks::is_medical_card_copy(a))
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }),
        set: Callback::new(move |value: String| {
            case.file.update(|f| {
                let list = &mut f.application.attachments;
                list.retain(|a| blanks::is_medical_card_copy(a));
                // Every line as typed, empty ones too, so the text reads back as typed; the
                // documents crate leaves empty ones out.
                if !value.is_empty() {
                    list.extend(value.split('\n').map(str::to_owned));
                }
            });
        }),
    };
    let medical = CheckItem {
        id: id.clone(),
        label: Text::rules(|lang| blanks::medical_card_copy(lang).to_owned()),
        hint: Some(text!(
            |locale| documents.attachment_medical_hint,
            cite = Citation::paragraph(21).label(rules_lang(locale))
        )),
        checked: ticked,
        set: tick,
    };
    view! {
        <Checkboxes
            id=format!("{id}-group")
            legend=text!(documents.attachments_legend)
            items=vec![medical]
            error
        >
            <Textarea
                id=format!("{id}-other")
                label=text!(documents.attachments_other)
                hint=text!(documents.attachments_other_hint)
                value=others

                optional=true
            />
        </Checkboxes>
    }
}

/// The consent sentence of app. 6, ticked by the applicant.
pub fn consent(docs: Docs) -> impl IntoView {
    let consent = CheckItem {
        id: CONSENT_ID.to_owned(),
        label: text!(documents.consent),
        hint: None,
        checked: docs.consent.into(),
        set: Callback::new(move |on| docs.consent.set(on)),
    };
    view! {
        <Checkboxes
            id=format!("{CONSENT_ID}-group")
            legend=text!(documents.consent_legend)
            hint=text!(documents.consent_hint)
            items=vec![consent]

        />
    }
}

/// The id of the consent checkbox, the target of its link in the list of blanks.
pub const CONSENT_ID: &str = "doc-consent";

/// The code of "another reason" among the grounds of app. 9.
const OTHER: &str = "other";

/// The reason of app. 9: one of the two grounds of app. 7 item 9, or one's own words.
fn refusal_reason(error: Signal<Option<String>>, docs: Docs) -> impl IntoView {
    let case = use_case();
    let id = form::id(Place::Reason);
    let write = move |reason: String| {
        docs.refusal_reason.set(reason.clone());
        case.file.update(|f| f.set(Place::Reason, &reason));
    };
    let chosen = move || RefusalGround::from_reason(&docs.refusal_reason.get());
    let other = move || {
        docs.refusal_other.get()
            || (chosen().is_none() && !docs.refusal_reason.with(String::is_empty))
    };
    let choice = Bound {
        value: Signal::derive(move || {
            if other() {
                OTHER.to_owned()
            } else {
                chosen().map(|g| g.code().to_owned()).unwrap_or_default()
            }
        }),
        set: Callback::new(move |code: String| {
            let ground = RefusalGround::ALL.into_iter().find(|g| g.code() == code);
            docs.refusal_other.set(ground.is_none());
            match ground {
                Some(ground) => write(ground.code().to_owned()),
                None if chosen().is_some() => write(String::new()),
                None => {}
            }
        }),
    };
    let choices = RefusalGround::ALL
        .into_iter()
        .map(|ground| {
            Choice::new(
                ground.code(),
                Text::rules(move |lang| ground.text().get(lang).to_owned()),
            )
        })
        .chain([Choice::new(OTHER, text!(documents.reason_other))])
        .collect();
    let own_words = Bound {
        value: docs.refusal_reason.into(),
        set: Callback::new(write),
    };
    view! {
        <Radios
            id=id.clone()
            legend=text!(documents.reason_legend)
            hint=text!(
                |locale| documents.reason_hint,
                cite = RefusalGround::CITATION.label(rules_lang(locale))
            )
            value=choice
            choices
            error
        />
        {move || {
            other()
                .then(|| {
                    view! {
                        <div class="conditional">
                            <Textarea
                                id=format!("{id}-text")
                                label=Text::rules(|lang| Place::Reason.label(lang).to_owned())
                                value=own_words

                            />
                        </div>
                    }
                })
        }}
    }
}

/// The reason of app. 10, in one's own words.
fn removal_reason(error: Signal<Option<String>>, docs: Docs) -> impl IntoView {
    let case = use_case();
    let value = Bound {
        value: docs.removal_reason.into(),
        set: Callback::new(move |value: String| {
            docs.removal_reason.set(value.clone());
            case.file.update(|f| f.set(Place::Reason, &value));
        }),
    };
    view! {
        <Textarea
            id=form::id(Place::Reason)
            label=Text::rules(|lang| Place::Reason.label(lang).to_owned())
            hint=text!(documents.reason_removal_hint)
            value
            error
            rows=2
        />
    }
}
