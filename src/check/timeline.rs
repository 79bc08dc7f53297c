//! The paid track's timeline: the person picks an intake's start and the moment they send the
//! application; every date of the procedure follows, with its citation, and can be saved as an
//! `.ics` file for their calendar.

use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::WorkingCalendar;
use dayarlyq_rules::case_file::{CaseFile, Place};
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::fmt::Dmy;
use dayarlyq_rules::ics::{DayEvent, calendar};
use dayarlyq_rules::input::FieldError;
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::timeline::{
    COMPLAINT_AUTHORITY_WORKING_DAYS, COMPLAINT_FORWARD_WORKING_DAYS,
    COMPLAINT_REVIEW_WORKING_DAYS, DateId, PAID_TRAINING_DAYS, PAYMENT_CALENDAR_DAYS,
    PAYMENT_WORKING_DAYS, PaidTimeline, WORKING_DAY_END, paid_timeline,
};
use jiff::civil::Weekday;
use leptos::prelude::*;

use super::cite::Cite;
use super::track::WarningLine;
use super::{message, question_of, use_check};
use crate::case::use_case;
use crate::dom;
use crate::form::{self, Bound, InputKind, TextInput};
use crate::i18n::{Locale, td_string};
use crate::lang::rules_lang;
use crate::text::{Text, text, tr};

/// Why the dates can't be counted.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Problem {
    Typed(FieldError),
    /// A date beyond the calendar (year 9999).
    OutOfRange,
}

/// One line of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Line {
    id: DateId,
    date: Date,
    /// The same deadline counted from the last day the check may take (p. 22: 1 working day),
    /// when it falls later.
    latest: Option<Date>,
    cite: Citation,
}

/// The deadlines whose notice may come a working day late (p. 22), with their latest dates.
const RANGES: [(DateId, DateId); 2] = [
    (DateId::PaymentDeadline, DateId::PaymentDeadlineLatest),
    (
        DateId::RerunPaymentDeadline,
        DateId::RerunPaymentDeadlineLatest,
    ),
];

#[component]
pub fn Timeline() -> impl IntoView {
    let locale = crate::lang::use_language().locale;
    let case = use_case();
    let check = use_check();

    let computed = Memo::new(move |_| case.file.with(compute));
    let paid_eligible = Memo::new(move |_| {
        check
            .judged
            .with(|j| j.as_ref().is_ok_and(|j| j.verdict.paid.eligible))
    });
    // What the live region shows: a hint, nothing (the fields say what is wrong), or the dates,
    // drawn by the module fetched on demand (their views and texts are not in the first load).
    let shown = Memo::new(move |_| {
        computed.with(|c| match c {
            None => Shown::Hint,
            Some(Err(_)) => Shown::Nothing,
            Some(Ok(_)) => Shown::Dates,
        })
    });
    let error_of = move |place: Place| {
        Signal::derive(move || {
            computed.with(|c| match c {
                Some(Err(Problem::Typed(e)))
                    if case.file.with(|f| question_of(e, f)) == Some(place) =>
                {
                    Some(message(place, e, locale.get()))
                }
                Some(Err(Problem::OutOfRange)) if place == Place::PeriodFrom => {
                    Some(td_string!(locale.get(), check.timeline.out_of_range).to_owned())
                }
                _ => None,
            })
        })
    };

    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 class="panel__title" id="timeline-title">
                {tr!(check.timeline.title)}
            </h2>
            <p class="no-print">{tr!(check.timeline.intro)}</p>
            {move || {
                (!paid_eligible.get())
                    .then(|| view! { <p class="notice">{tr!(check.timeline.not_eligible)}</p> })
            }}
            <div class="timeline__inputs no-print">
                <TextInput
                    id=form::id(Place::PeriodFrom)
                    label=text!(check.timeline.start_label)
                    hint=text!(check.timeline.start_hint)
                    value=Bound::place(Place::PeriodFrom)
                    error=error_of(Place::PeriodFrom)
                    kind=InputKind::Date
                />
                <TextInput
                    id=form::id(Place::SubmittedAt)
                    label=text!(check.timeline.submitted_label)
                    hint=text!(
                        check.timeline.submitted_hint, time = format_args!("{:02}:{:02}",
                        WORKING_DAY_END.hour(), WORKING_DAY_END.minute())
                    )
                    value=Bound::place(Place::SubmittedAt)
                    error=error_of(Place::SubmittedAt)
                    kind=InputKind::DateTime
                />
            </div>
            <div aria-live="polite">
                {move || match shown.get() {
                    Shown::Hint => {
                        Some(view! { <p class="muted">{tr!(check.timeline.need_both)}</p> }.into_any())
                    }
                    Shown::Nothing => None,
                    Shown::Dates => Some(view! { <crate::section::DatesSection /> }.into_any()),
                }}
            </div>
        </section>
    }
}

/// What the timeline's live region shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    /// Both fields are not filled yet.
    Hint,
    /// A field does not read: it says so itself.
    Nothing,
    /// The dates ([`TimelineDates`], in the module).
    Dates,
}

/// The dates of the case, drawn by the module fetched on demand inside the timeline of the
/// result page ([`crate::section::DatesSection`]); the app keeps the module's case in step.
#[component]
pub fn TimelineDates() -> impl IntoView {
    let case = use_case();
    let check = use_check();
    let computed = Memo::new(move |_| case.file.with(compute));
    let card_through = Memo::new(move |_| {
        check.judged.with(|j| {
            j.as_ref()
                .ok()
                .and_then(|j| j.verdict.medical_card)
                .map(|c| c.valid_through)
        })
    });
    move || match computed.get() {
        Some(Ok(t)) => Some(view! { <Dates timeline=t card_through=card_through.get() /> }),
        _ => None,
    }
}

#[component]
fn Dates(timeline: PaidTimeline, card_through: Option<Date>) -> impl IntoView {
    let locale = crate::lang::use_language().locale;
    let lines = lines(&timeline, card_through);
    // The card goes with the application (p. 21): valid through a day before the day of
    // acceptance, it will have expired by then, whatever the intake.
    let card_late = card_through.filter(|through| timeline.accepted_on > *through);
    let card = card_late.map(|through| {
        let (accepted, through) = (Dmy(timeline.accepted_on), Dmy(through));
        view! {
            <p class="notice notice--no">
                {tr!(check.timeline.card_late, accepted = accepted, through = through)}
            </p>
        }
    });
    let reach = if timeline.reaches_training && card_late.is_none() {
        view! { <p class="notice notice--yes">{tr!(check.timeline.reachable)}</p> }.into_any()
    } else if timeline.reaches_training {
        ().into_any()
    } else {
        let (decision, check, earliest) = (
            Dmy(timeline.decision_due),
            Dmy(timeline.registration_check_on),
            Dmy(timeline.earliest_reachable_start),
        );
        view! {
            <div class="notice notice--no" role="alert">
                <p>{tr!(check.timeline.unreachable, decision = decision, check = check)}</p>
                <p>
                    <strong>{tr!(check.timeline.earliest, date = earliest)}</strong>
                </p>
            </div>
        }
        .into_any()
    };
    let warnings = timeline
        .warnings(&WorkingCalendar::kazakhstan())
        .into_iter()
        .map(|w| view! { <WarningLine warning=w /> })
        .collect_view();
    let items = lines
        .iter()
        .map(|line| {
            let Line {
                id, date, latest, ..
            } = *line;
            view! { <DateItem id date latest /> }
        })
        .collect_view();
    // The calendar file, from the case as it stands.
    let case = use_case();
    let failed = RwSignal::new(false);
    let export = move |_| {
        let text = case
            .file
            .with_untracked(|f| ics_file(f, case.today, locale.get_untracked()));
        let saved = text.is_some_and(|text| {
            dom::download("dayarlyq.ics", "text/calendar;charset=utf-8", &text).is_ok()
        });
        failed.set(!saved);
    };
    view! {
        {card}
        {reach}
        <h3 class="track__subtitle" id="dates-title">
            {tr!(check.timeline.dates_title)}
        </h3>
        <ol class="dates" aria-labelledby="dates-title">
            {items}
        </ol>
        <ul class="findings">{warnings}</ul>
        <p class="no-print">
            <button type="button" class="button button--secondary" on:click=export>
                {tr!(check.timeline.ics)}
            </button>
        </p>
        {move || {
            failed
                .get()
                .then(|| view! { <p class="error-message" role="alert">{tr!(check.timeline.ics_failed)}</p> })
        }}
    }
}

/// A date of the procedure in its list: the day and its weekday, what happens, the later day
/// it may fall on when the notice comes a day late, and where the Rules set it.
#[component]
pub(crate) fn DateItem(
    id: DateId,
    date: Date,
    #[prop(optional_no_strip)] latest: Option<Date>,
) -> impl IntoView {
    let latest = latest.map(|late| {
        view! {
            <p class="dates__note">
                {tr!(check.timeline.latest_note, date = Dmy(late))}
            </p>
        }
    });
    view! {
        <li class="dates__item">
            <p class="dates__when">
                <time datetime=date.to_string()>{Dmy(date).to_string()}</time>
                ", "
                <span class="dates__weekday">
                    {Text::owned(move |locale| weekday(locale, date.weekday()).to_owned()).view()}
                </span>
            </p>
            <p class="dates__what">{Text::owned(move |locale| label(locale, id)).view()}</p>
            {latest}
            <Cite cite=id.cite() />
        </li>
    }
}

/// The dates, once the case gives the intake's start and the moment of sending.
fn compute(case: &CaseFile) -> Option<Result<PaidTimeline, Problem>> {
    let start = case.given(Place::PeriodFrom)?;
    let (sent_at, sent) = case.submitted_at()?;
    let read = || {
        let start = parse_date(Place::PeriodFrom.path(), start).map_err(Problem::Typed)?;
        let sent = Moment::parse(sent_at.path(), sent).map_err(Problem::Typed)?;
        paid_timeline(sent, start, &WorkingCalendar::kazakhstan()).map_err(|_| Problem::OutOfRange)
    };
    Some(read())
}

/// The dates in time order (the procedure's order where two fall on one day), with the medical
/// card's last valid day among them when it is known.
fn lines(timeline: &PaidTimeline, card_through: Option<Date>) -> Vec<Line> {
    let dates = timeline.dates();
    let date_of = |wanted: DateId| dates.iter().find(|(id, _)| *id == wanted).map(|(_, d)| *d);
    let mut lines: Vec<Line> = dates
        .into_iter()
        .chain(card_through.map(|date| (DateId::CardValidThrough, date)))
        .filter(|(id, _)| {
            *id != DateId::EarliestReachableStart && !RANGES.iter().any(|(_, late)| late == id)
        })
        .map(|(id, date)| Line {
            id,
            date,
            latest: RANGES
                .iter()
                .find(|(base, _)| *base == id)
                .and_then(|(_, late)| date_of(*late))
                .filter(|late| *late > date),
            cite: id.cite(),
        })
        .collect();
    // App. 11's calendar-day reading says something only when it ends earlier.
    if timeline.payment_deadline_calendar >= timeline.payment_deadline {
        lines.retain(|l| l.id != DateId::PaymentDeadlineCalendar);
    }
    // In time order, the procedure's order kept within a day (a stable insertion).
    let mut ordered: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        let at = ordered
            .iter()
            .position(|o| o.date > line.date)
            .unwrap_or(ordered.len());
        ordered.insert(at, line);
    }
    ordered
}

/// What happens on a date of the timeline.
pub(crate) fn label(locale: Locale, id: DateId) -> String {
    match id {
        DateId::AcceptedOn => td_string!(locale, check.timeline.accepted_on).to_owned(),
        DateId::DecisionDue => td_string!(locale, check.timeline.decision_due).to_owned(),
        DateId::CardValidThrough => {
            td_string!(locale, check.timeline.card_valid_through).to_owned()
        }
        DateId::RegistrationCheckOn => {
            td_string!(locale, check.timeline.registration_check_on).to_owned()
        }
        DateId::PaymentDeadline | DateId::PaymentDeadlineLatest => td_string!(
            locale,
            check.timeline.payment_deadline,
            days = PAYMENT_WORKING_DAYS
        ),
        DateId::PaymentDeadlineCalendar => td_string!(
            locale,
            check.timeline.payment_deadline_calendar,
            days = PAYMENT_CALENDAR_DAYS
        ),
        DateId::RerunCheckOn => td_string!(locale, check.timeline.rerun_check_on).to_owned(),
        DateId::RerunPaymentDeadline | DateId::RerunPaymentDeadlineLatest => td_string!(
            locale,
            check.timeline.rerun_payment_deadline,
            days = PAYMENT_WORKING_DAYS
        ),
        DateId::TrainingStart => td_string!(locale, check.timeline.training_start).to_owned(),
        DateId::TrainingEndEarliest => td_string!(
            locale,
            check.timeline.training_end_earliest,
            days = PAID_TRAINING_DAYS.0
        ),
        DateId::TrainingEndLatest => td_string!(
            locale,
            check.timeline.training_end_latest,
            days = PAID_TRAINING_DAYS.1
        ),
        DateId::ComplaintForwardBy => td_string!(
            locale,
            check.timeline.complaint_forward_by,
            days = COMPLAINT_FORWARD_WORKING_DAYS
        ),
        DateId::ComplaintReviewBy => td_string!(
            locale,
            check.timeline.complaint_review_by,
            days = COMPLAINT_REVIEW_WORKING_DAYS
        ),
        DateId::ComplaintAuthorityReviewBy => td_string!(
            locale,
            check.timeline.complaint_authority_review_by,
            days = COMPLAINT_AUTHORITY_WORKING_DAYS
        ),
        DateId::EarliestReachableStart | DateId::SelectionDeadline => id.code().to_owned(),
    }
}

pub(crate) fn weekday(locale: Locale, day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => td_string!(locale, check.weekday.mon),
        Weekday::Tuesday => td_string!(locale, check.weekday.tue),
        Weekday::Wednesday => td_string!(locale, check.weekday.wed),
        Weekday::Thursday => td_string!(locale, check.weekday.thu),
        Weekday::Friday => td_string!(locale, check.weekday.fri),
        Weekday::Saturday => td_string!(locale, check.weekday.sat),
        Weekday::Sunday => td_string!(locale, check.weekday.sun),
    }
}

/// The timeline of `case` (judged on `today` when it gives no day) as an iCalendar file in the
/// language of `locale`, or `None` when the case does not give the dates yet. In the module
/// fetched on demand, with the dates: the calendar file's writer stays out of the first load.
fn ics_file(case: &CaseFile, today: Date, locale: Locale) -> Option<String> {
    let timeline = compute(case)?.ok()?;
    let cal = WorkingCalendar::kazakhstan();
    let card_through = dayarlyq_rules::judge::judge(case, today, &cal)
        .ok()
        .and_then(|j| j.verdict.medical_card)
        .map(|c| c.valid_through);
    let lang = rules_lang(locale);
    let prefix = td_string!(locale, check.timeline.ics_summary_prefix);
    let events: Vec<DayEvent> = lines(&timeline, card_through)
        .iter()
        .map(|l| DayEvent {
            key: l.id.code(),
            date: l.date,
            summary: format!("{prefix}{}", label(locale, l.id)),
            description: l.cite.label(lang),
            remind: l.id.is_deadline(),
        })
        .collect();
    Some(calendar(&events, dom::now(), lang))
}
