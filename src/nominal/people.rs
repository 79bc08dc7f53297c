//! The people: a form that adds one (or changes the one chosen), and the table of everyone typed
//! or imported, in the list's order, each with the free track's decision as of the training's
//! start, and, for those the decision leaves out, the choice to keep them in on purpose.
//!
//! The table is plain rows of text: a list of a thousand draws in a fraction of a second (each
//! row's controls are two buttons and, where it matters, a checkbox).

use dayarlyq_documents::nominal::selection::{Check, Entry, Selection};
use dayarlyq_documents::nominal::{Column, Person};
use dayarlyq_rules::eligibility::TrackStatus;
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::person::{Education, Fitness};
use leptos::prelude::*;

use super::Nominal;
use crate::form::{Bound, InputKind, TextInput};
use crate::i18n::*;
use crate::lang::{rules_lang, use_language};
use crate::text::{Text, tr};

/// The text columns of the form, in order, with their kind of input.
const TYPED: [(Column, InputKind); 6] = [
    (Column::Surname, InputKind::Text),
    (Column::Name, InputKind::Text),
    (Column::Patronymic, InputKind::Text),
    (Column::BirthDate, InputKind::Date),
    (Column::Workplace, InputKind::Text),
    (Column::Address, InputKind::Text),
];

fn id(column: Column) -> String {
    format!("nominal-person-{}", column.key().replace('_', "-"))
}

#[component]
pub fn AddPerson(n: Nominal) -> impl IntoView {
    let bound = move |column: Column| Bound {
        value: Signal::derive(move || n.draft.with(|p| column.get(p).unwrap_or_default())),
        set: Callback::new(move |v: String| n.draft.update(|p| column.set(p, &v))),
    };
    let fields = TYPED
        .into_iter()
        .map(|(column, kind)| {
            view! {
                <TextInput
                    id=id(column)
                    label=Text::rules(move |lang| column.label(lang).to_owned())
                    value=bound(column)
                    kind
                />
            }
        })
        .collect_view();
    let education: Vec<(&'static str, Text)> = Education::ALL
        .into_iter()
        .map(|e| (e.code(), Text::rules(move |l| e.name(l).to_owned())))
        .collect();
    let fitness: Vec<(&'static str, Text)> = Fitness::ALL
        .into_iter()
        .map(|f| {
            let text = Text::rules(move |l| format!("{} — {}", f.letter(), f.short_name(l)));
            (f.code(), text)
        })
        .collect();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let person = n.draft.get_untracked();
        if person.is_blank() {
            crate::dom::focus_later(&id(Column::Surname));
            return;
        }
        match n.editing.get_untracked() {
            Some(i) => n.list.update(|l| {
                if let Some(p) = l.people.get_mut(i) {
                    *p = person;
                }
            }),
            None => n.list.update(|l| l.people.push(person)),
        }
        n.editing.set(None);
        n.draft.set(Person::default());
        crate::dom::focus_later(&id(Column::Surname));
    };
    view! {
        <form class="group nominal-add" novalidate on:submit=submit aria-labelledby="nominal-add-title">
            <h2 class="group__title" id="nominal-add-title">
                {move || if n.editing.get().is_some() { tr!(nominal.edit_title).into_any() } else { tr!(nominal.add_title).into_any() }}
            </h2>
            {fields}
            <Select n column=Column::Education options=education />
            <Select n column=Column::Fitness options=fitness />
            <button type="submit" class="button">
                {move || if n.editing.get().is_some() { tr!(nominal.save_button).into_any() } else { tr!(nominal.add_button).into_any() }}
            </button>
        </form>
    }
}

/// A choice of codes as a native select (education, fitness: six each).
#[component]
fn Select(n: Nominal, column: Column, options: Vec<(&'static str, Text)>) -> impl IntoView {
    let locale = use_language().locale;
    let select = NodeRef::<leptos::html::Select>::new();
    let value = move || n.draft.with(|p| column.get(p).unwrap_or_default());
    // The select shows the draft's value (set again when a person is chosen to change).
    Effect::new(move |_| {
        let v = value();
        if let Some(el) = select.get() {
            el.set_value(&v);
        }
    });
    let options = options
        .into_iter()
        .map(|(code, label)| {
            view! { <option value=code>{label.view()}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label class="field__label" for=id(column)>
                {Text::rules(move |lang| column.label(lang).to_owned()).view()}
            </label>
            <select
                class="select"
                id=id(column)
                node_ref=select
                on:change:target=move |ev| {
                    let v = ev.target().value();
                    n.draft.update(|p| column.set(p, &v));
                }
            >
                <option value="">{move || td_string!(locale.get(), nominal.choose)}</option>
                {options}
            </select>
        </div>
    }
}

#[component]
pub fn People(n: Nominal, selection: Memo<Selection>) -> impl IntoView {
    let locale = use_language().locale;
    let summary = move || {
        selection.with(|s| {
            let (total, count) = (s.entries.len(), s.head_count());
            td_string!(
                locale.get(),
                nominal.people_summary,
                total = total,
                count = count
            )
            .to_string()
        })
    };
    let rows = move || {
        let locale = locale.get();
        n.list.with(|list| {
            selection.with(|s| {
                let mut number = 0;
                s.entries
                    .iter()
                    .filter_map(|entry| {
                        let person = list.people.get(entry.index)?;
                        number += usize::from(entry.included);
                        Some(row(
                            n,
                            entry,
                            person,
                            entry.included.then_some(number),
                            locale,
                        ))
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="nominal-people" aria-labelledby="nominal-people-title">
            <h2 id="nominal-people-title">{tr!(nominal.people_title)}</h2>
            {move || {
                if selection.with(|s| s.entries.is_empty()) {
                    view! { <p>{tr!(nominal.people_empty)}</p> }.into_any()
                } else {
                    view! {
                        <p role="status">{summary}</p>
                        <div class="nominal-table-wrap" tabindex="0" role="region" aria-labelledby="nominal-people-title">
                            <table class="nominal-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{tr!(nominal.col_number)}</th>
                                        <th scope="col">{tr!(nominal.col_name)}</th>
                                        <th scope="col">{tr!(nominal.col_birth)}</th>
                                        <th scope="col">{tr!(nominal.col_check)}</th>
                                        <th scope="col">{tr!(nominal.col_keep)}</th>
                                        <th scope="col">{tr!(nominal.col_actions)}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// One person's row: his number in the list (or "left out"), name, birth date, the decision.
fn row(
    n: Nominal,
    entry: &Entry,
    person: &Person,
    number: Option<usize>,
    locale: Locale,
) -> AnyView {
    let index = entry.index;
    let name = [&person.surname, &person.name, &person.patronymic]
        .iter()
        .filter_map(|s| s.as_deref())
        .collect::<Vec<_>>()
        .join(" ");
    let born = person
        .birth_date
        .as_deref()
        .map(|b| {
            dayarlyq_rules::moment::parse_date("birth_date", b)
                .map_or_else(|_| b.to_owned(), |d| Dmy(d).to_string())
        })
        .or_else(|| person.iin.clone())
        .unwrap_or_default();
    let (status, class) = decision(&entry.check, locale);
    let excluded = entry.check.excludes();
    let kept = person.keep == Some(true);
    let number = number.map_or_else(|| "—".to_owned(), |n| n.to_string());
    let keep_label = td_string!(locale, nominal.keep_label, name = &name).to_string();
    let edit_label = td_string!(locale, nominal.edit_label, name = &name).to_string();
    let remove_label = td_string!(locale, nominal.remove_label, name = &name).to_string();
    let keep = excluded.then(|| {
        view! {
            <input
                type="checkbox"
                class="nominal-keep"
                aria-label=keep_label
                prop:checked=kept
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    n.list.update(|l| {
                        if let Some(p) = l.people.get_mut(index) {
                            p.keep = on.then_some(true);
                        }
                    });
                }
            />
        }
    });
    let edit = move |_| {
        let person = n.list.with_untracked(|l| l.people.get(index).cloned());
        if let Some(person) = person {
            n.draft.set(person);
            n.editing.set(Some(index));
            crate::dom::focus_later(&id(Column::Surname));
        }
    };
    let remove = move |_| {
        n.list.update(|l| {
            if index < l.people.len() {
                l.people.remove(index);
            }
        });
        n.editing.set(None);
    };
    let left_out = td_string!(locale, nominal.left_out);
    view! {
        <tr class=class class:nominal-out=!entry.included>
            <td>{number}{(!entry.included).then(|| view! { <span class="visually-hidden">{left_out}</span> })}</td>
            <td>{name}</td>
            <td>{born}</td>
            <td>{status}</td>
            <td>{keep}</td>
            <td class="nominal-actions">
                <button type="button" class="button button--secondary button--small" aria-label=edit_label on:click=edit>
                    {td_string!(locale, nominal.edit)}
                </button>
                <button type="button" class="button button--warning button--small" aria-label=remove_label on:click=remove>
                    {td_string!(locale, nominal.remove)}
                </button>
            </td>
        </tr>
    }
    .into_any()
}

/// The decision in words, and the row's class.
fn decision(check: &Check, locale: Locale) -> (String, &'static str) {
    let lang = rules_lang(locale);
    match check {
        Check::NoStart => (
            td_string!(locale, nominal.status_no_start).to_owned(),
            "nominal-unchecked",
        ),
        Check::Unreadable(errors) => {
            let list: Vec<&str> = errors.iter().map(|(_, e)| e.message(lang)).collect();
            let head = td_string!(locale, nominal.status_unchecked);
            (format!("{head} {}", list.join(" ")), "nominal-unchecked")
        }
        Check::Judged { free, warnings } => {
            let mut text = match free.status {
                TrackStatus::Eligible => td_string!(locale, nominal.status_eligible).to_owned(),
                TrackStatus::EligibleWithActions if free.needs_guardian_consent => {
                    td_string!(locale, nominal.status_consent).to_owned()
                }
                TrackStatus::EligibleWithActions => {
                    let actions: Vec<String> = free
                        .actions
                        .iter()
                        .map(|a| format!("{} ({})", a.text(lang), a.cite.label(lang)))
                        .collect();
                    format!(
                        "{} {}",
                        td_string!(locale, nominal.status_eligible),
                        actions.join(" ")
                    )
                }
                TrackStatus::NotYet => {
                    let date = free
                        .eligible_from
                        .map(|d| Dmy(d).to_string())
                        .unwrap_or_default();
                    td_string!(locale, nominal.status_not_yet, date = date).to_string()
                }
                TrackStatus::NotEligible => {
                    let failed: Vec<String> = free
                        .checks
                        .iter()
                        .filter(|c| !c.passed)
                        .map(|c| format!("{} ({})", c.text(lang), c.cite.label(lang)))
                        .collect();
                    let head = td_string!(locale, nominal.status_not_eligible);
                    format!("{head} {}", failed.join(" "))
                }
            };
            for w in warnings {
                text.push(' ');
                text.push_str(&w.text(lang).to_string());
            }
            let class = match free.status {
                TrackStatus::Eligible => "nominal-eligible",
                TrackStatus::EligibleWithActions => "nominal-actions-needed",
                _ => "nominal-excluded",
            };
            (text, class)
        }
    }
}
