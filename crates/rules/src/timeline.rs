//! The dates of the procedure: acceptance, decision, the registration check, payment, the
//! re-run, the training period, the free track's selection, complaints.
//!
//! Counting (RULES.md): "N working days after D" is the N-th working day after D, D not counted
//! (a term starts on the day after its event); "N working days before T" is the N-th working day
//! counted backwards from T, T not counted; a period of N calendar days starting on T ends on
//! T + N − 1.

use jiff::civil::Time;
use serde::Serialize;
use serde::ser::SerializeMap;

use crate::Date;
use crate::calendar::{CalendarError, Coverage, WorkingCalendar};
use crate::citation::Citation;
use crate::finding::{Finding, Warning, WarningId};
use crate::medical_card::VALIDITY_CITATION;
use crate::moment::Moment;
use crate::track::Track;

/// The provider's working day starts (app. 7 item 7: «сағат 9.00-ден 18.00-ге дейін»).
pub const WORKING_DAY_START: Time = Time::constant(9, 0, 0, 0);
/// The provider's working day ends; from this moment on the day of acceptance is the next working
/// day (app. 7 item 7).
pub const WORKING_DAY_END: Time = Time::constant(18, 0, 0, 0);
/// The result is due within 1 working day, the day of acceptance not counted (p. 21; app. 7
/// item 3).
pub const DECISION_WORKING_DAYS: i32 = 1;
/// The registration check: 12 working days before the training start (p. 22).
pub const REGISTRATION_CHECK_WORKING_DAYS_BEFORE: i32 = 12;
/// The registration check takes up to 1 working day (p. 22: «1 жұмыс күні ішінде»): a notice
/// may come a working day after the check's first day.
pub const REGISTRATION_CHECK_WORKING_DAYS: i32 = 1;
/// Payment: within 2 working days of the payment notice (p. 23; app. 12 item 3).
pub const PAYMENT_WORKING_DAYS: i32 = 2;
/// Payment, as app. 11 also words it: within 2 calendar days of the notice.
pub const PAYMENT_CALENDAR_DAYS: i64 = 2;
/// The re-run for the next in the queue: 6 working days before the start (p. 23).
pub const RERUN_WORKING_DAYS_BEFORE: i32 = 6;
/// Paid training lasts 40 to 46 calendar days, days off included (p. 43, 2)).
pub const PAID_TRAINING_DAYS: (i64, i64) = (40, 46);
/// Free training lasts 90 to 100 calendar days, days off included (p. 43, 1)).
pub const FREE_TRAINING_DAYS: (i64, i64) = (90, 100);
/// The free track's selection ends no later than 10 calendar days before classes (p. 11).
pub const SELECTION_CALENDAR_DAYS_BEFORE: i64 = 10;
/// Complaints (p. 45): forwarded within 3 working days, considered within 5 working days of
/// registration, within 15 at the authorised body for the quality of public services.
pub const COMPLAINT_FORWARD_WORKING_DAYS: i32 = 3;
pub const COMPLAINT_REVIEW_WORKING_DAYS: i32 = 5;
pub const COMPLAINT_AUTHORITY_WORKING_DAYS: i32 = 15;

/// A date of the procedure; [`DateId::code`] is its JSON key, [`DateId::cite`] where the Rules
/// set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateId {
    AcceptedOn,
    DecisionDue,
    RegistrationCheckOn,
    PaymentDeadline,
    PaymentDeadlineCalendar,
    /// The payment deadline for a notice sent on the check's last day (p. 22's 1 working day).
    PaymentDeadlineLatest,
    RerunCheckOn,
    /// The payment deadline for those reached in the re-run (p. 23), notice on its first day.
    RerunPaymentDeadline,
    /// The same, notice on the re-run's last day.
    RerunPaymentDeadlineLatest,
    TrainingStart,
    TrainingEndEarliest,
    TrainingEndLatest,
    EarliestReachableStart,
    SelectionDeadline,
    /// The medical card's last valid day (p. 21), shown among the procedure's dates.
    CardValidThrough,
    /// The provider forwards a complaint to the reviewing body (p. 45, 3 working days).
    ComplaintForwardBy,
    /// The reviewing body decides on it (p. 45, 5 working days from registration).
    ComplaintReviewBy,
    /// The quality-control body decides on it (p. 45, 15 working days from registration).
    ComplaintAuthorityReviewBy,
}

impl DateId {
    /// The stable snake_case key of the CLI's JSON.
    pub const fn code(self) -> &'static str {
        match self {
            DateId::AcceptedOn => "accepted_on",
            DateId::DecisionDue => "decision_due",
            DateId::RegistrationCheckOn => "registration_check_on",
            DateId::PaymentDeadline => "payment_deadline",
            DateId::PaymentDeadlineCalendar => "payment_deadline_calendar",
            DateId::PaymentDeadlineLatest => "payment_deadline_latest",
            DateId::RerunCheckOn => "rerun_check_on",
            DateId::RerunPaymentDeadline => "rerun_payment_deadline",
            DateId::RerunPaymentDeadlineLatest => "rerun_payment_deadline_latest",
            DateId::TrainingStart => "training_start",
            DateId::TrainingEndEarliest => "training_end_earliest",
            DateId::TrainingEndLatest => "training_end_latest",
            DateId::EarliestReachableStart => "earliest_reachable_start",
            DateId::SelectionDeadline => "selection_deadline",
            DateId::CardValidThrough => "card_valid_through",
            DateId::ComplaintForwardBy => "complaint_forward_by",
            DateId::ComplaintReviewBy => "complaint_review_by",
            DateId::ComplaintAuthorityReviewBy => "complaint_authority_review_by",
        }
    }

    /// A deadline of the person's own (the card's last day, the payment, the first day of the
    /// training): a calendar file reminds of it.
    pub const fn is_deadline(self) -> bool {
        matches!(
            self,
            DateId::CardValidThrough
                | DateId::PaymentDeadline
                | DateId::PaymentDeadlineCalendar
                | DateId::TrainingStart
        )
    }

    /// Where the Rules set the date.
    pub const fn cite(self) -> Citation {
        match self {
            DateId::AcceptedOn => Citation::appendix(7, 7),
            DateId::DecisionDue => Citation::paragraph(21),
            DateId::CardValidThrough => VALIDITY_CITATION,
            DateId::RegistrationCheckOn | DateId::EarliestReachableStart => Citation::paragraph(22),
            DateId::PaymentDeadlineLatest => Citation::paragraph(22),
            DateId::PaymentDeadline
            | DateId::RerunCheckOn
            | DateId::RerunPaymentDeadline
            | DateId::RerunPaymentDeadlineLatest => Citation::paragraph(23),
            DateId::PaymentDeadlineCalendar => Citation::Appendix(11),
            DateId::TrainingStart => Citation::paragraph(44),
            DateId::TrainingEndEarliest | DateId::TrainingEndLatest => Citation::paragraph(43),
            DateId::SelectionDeadline => Citation::paragraph(11),
            DateId::ComplaintForwardBy
            | DateId::ComplaintReviewBy
            | DateId::ComplaintAuthorityReviewBy => Citation::paragraph(45),
        }
    }
}

/// The day an application sent at `submitted` counts as accepted. App. 7 item 7: «көрсетілетін
/// қызметті алушы жұмыс уақыты аяқталғаннан кейін Қазақстан Республикасының еңбек заңнамасына
/// сәйкес демалыс және мереке күні өтініш жасаған кезде өтінішті қабылдау күні келесі жұмыс күні
/// болып табылады».
///
/// At 18:00 or later, or on a day off: the next working day. Before 9:00 on a working day: that
/// same day — the text moves only applications sent after the working day has ended or on a day
/// off, and one sent before 9:00 is received before that day's working hours begin, so it is
/// handled on that day.
///
/// ```
/// use dayarlyq_rules::{calendar::WorkingCalendar, moment::Moment, timeline::acceptance_day, Date};
///
/// let cal = WorkingCalendar::kazakhstan();
/// let at = |s| Moment::parse("submitted_at", s).unwrap();
/// // Tuesday 17 March 2026.
/// assert_eq!(acceptance_day(at("2026-03-17T17:59"), &cal), Ok(Date::constant(2026, 3, 17)));
/// assert_eq!(acceptance_day(at("2026-03-17T18:00"), &cal), Ok(Date::constant(2026, 3, 18)));
/// assert_eq!(acceptance_day(at("2026-03-17T08:30"), &cal), Ok(Date::constant(2026, 3, 17)));
/// ```
pub fn acceptance_day(submitted: Moment, cal: &WorkingCalendar) -> Result<Date, CalendarError> {
    let day = submitted.date();
    if cal.is_working_day(day) && submitted.time() < WORKING_DAY_END {
        Ok(day)
    } else {
        cal.add_working_days(day, 1)
    }
}

/// The day the result (queued, app. 8, or refusal, app. 9) is due: p. 21 «1 жұмыс күні ішінде
/// … (өтініш пен құжаттар қабылданған күн қызмет көрсету мерзіміне кірмейді)».
pub fn decision_due(accepted_on: Date, cal: &WorkingCalendar) -> Result<Date, CalendarError> {
    cal.add_working_days(accepted_on, DECISION_WORKING_DAYS)
}

/// The registration check of the queue: p. 22 «Кезекті оқыту күні басталғанға дейін 12 жұмыс
/// күні бұрын көрсетілетін қызметті беруші … әскери есепте тұруын тексеруді жүзеге асырады».
pub fn registration_check_on(
    training_start: Date,
    cal: &WorkingCalendar,
) -> Result<Date, CalendarError> {
    cal.add_working_days(training_start, -REGISTRATION_CHECK_WORKING_DAYS_BEFORE)
}

/// The check for the next in the queue after refusals: p. 23 «оқыту күні басталғанға дейін 6
/// жұмыс күні бұрын … Қағидалардың 22-тармағында көрсетілген іс-шараларды жүргізеді».
pub fn rerun_check_on(training_start: Date, cal: &WorkingCalendar) -> Result<Date, CalendarError> {
    cal.add_working_days(training_start, -RERUN_WORKING_DAYS_BEFORE)
}

/// The payment deadline for a notice sent on `notice_on`: p. 23 «2 жұмыс күні ішінде …
/// төленгені расталмағанда … бас тарту»; app. 12 item 3 «2 жұмыс күні».
pub fn payment_deadline(notice_on: Date, cal: &WorkingCalendar) -> Result<Date, CalendarError> {
    cal.add_working_days(notice_on, PAYMENT_WORKING_DAYS)
}

/// The last day a check begun on `check_on` may end on (p. 22 «1 жұмыс күні ішінде»): the next
/// working day, the check's first day not counted.
pub fn check_ends_by(check_on: Date, cal: &WorkingCalendar) -> Result<Date, CalendarError> {
    cal.add_working_days(check_on, REGISTRATION_CHECK_WORKING_DAYS)
}

/// The earlier reading of app. 11: «Осы хабарламаны алған күннен бастап күнтізбелік 2 күн
/// ішінде төлем жасалғанын растау болмаған жағдайда … кезектен шығарылатын боласыз».
pub fn payment_deadline_calendar(notice_on: Date) -> Result<Date, CalendarError> {
    add_days(notice_on, PAYMENT_CALENDAR_DAYS)
}

/// The last day of a period of `days` calendar days starting on `start`: `start + days − 1`.
pub fn period_end(start: Date, days: i64) -> Result<Date, CalendarError> {
    add_days(start, days - 1)
}

/// The day the free track's selection ends at the latest: p. 11 «оқу сабағы басталғанға дейін
/// күнтізбелік он күннен кешіктірілмей аяқталады».
pub fn selection_deadline(training_start: Date) -> Result<Date, CalendarError> {
    add_days(training_start, -SELECTION_CALENDAR_DAYS_BEFORE)
}

fn add_days(date: Date, days: i64) -> Result<Date, CalendarError> {
    let span = jiff::Span::new()
        .try_days(days)
        .map_err(|_| CalendarError::OutOfRange)?;
    date.checked_add(span)
        .map_err(|_| CalendarError::OutOfRange)
}

/// The dates of the paid procedure for one application and one intake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PaidTimeline {
    pub submitted_at: Moment,
    pub training_start: Date,
    pub accepted_on: Date,
    pub decision_due: Date,
    pub registration_check_on: Date,
    /// 2 working days after the payment notice, taken as sent on `registration_check_on`.
    pub payment_deadline: Date,
    /// 2 calendar days after the notice (app. 11's last paragraph).
    pub payment_deadline_calendar: Date,
    /// 2 working days after a notice sent on the check's last day (p. 22: within 1 working day).
    pub payment_deadline_latest: Date,
    pub rerun_check_on: Date,
    /// The payment deadlines of those reached in the re-run (p. 23), for a notice sent on its
    /// first day and on its last.
    pub rerun_payment_deadline: Date,
    pub rerun_payment_deadline_latest: Date,
    pub training_end_earliest: Date,
    pub training_end_latest: Date,
    /// The decision is due on or before the registration check: the application can still be
    /// queued for this intake.
    pub reaches_training: bool,
    /// The earliest training start this application can still reach.
    pub earliest_reachable_start: Date,
}

impl PaidTimeline {
    /// Every date, in the order of the procedure.
    pub fn dates(&self) -> [(DateId, Date); 13] {
        [
            (DateId::AcceptedOn, self.accepted_on),
            (DateId::DecisionDue, self.decision_due),
            (DateId::RegistrationCheckOn, self.registration_check_on),
            (DateId::PaymentDeadline, self.payment_deadline),
            (
                DateId::PaymentDeadlineCalendar,
                self.payment_deadline_calendar,
            ),
            (DateId::PaymentDeadlineLatest, self.payment_deadline_latest),
            (DateId::RerunCheckOn, self.rerun_check_on),
            (DateId::RerunPaymentDeadline, self.rerun_payment_deadline),
            (
                DateId::RerunPaymentDeadlineLatest,
                self.rerun_payment_deadline_latest,
            ),
            (DateId::TrainingStart, self.training_start),
            (DateId::TrainingEndEarliest, self.training_end_earliest),
            (DateId::TrainingEndLatest, self.training_end_latest),
            (
                DateId::EarliestReachableStart,
                self.earliest_reachable_start,
            ),
        ]
    }

    /// Contradiction 3 (the calendar-day reading of app. 11, when it ends earlier) and the
    /// calendar's coverage.
    pub fn warnings(&self, cal: &WorkingCalendar) -> Vec<Warning> {
        let mut out = Vec::new();
        if self.payment_deadline_calendar < self.payment_deadline {
            out.push(Warning::new(
                WarningId::PaymentCalendarDays,
                Some(Citation::Appendix(11)),
                Finding::PaymentCalendarReading {
                    working: self.payment_deadline,
                    calendar: self.payment_deadline_calendar,
                },
            ));
        }
        // Every date of the procedure: a training start before the submission puts the
        // registration check and the payment in earlier years (found by a property test).
        let dates = self.dates().map(|(_, date)| date);
        let sent = self.submitted_at.date();
        let first = dates.iter().copied().fold(sent, Date::min);
        let last = dates.iter().copied().fold(sent, Date::max);
        coverage_warnings(first, last, cal, &mut out);
        out
    }
}

/// `{"track": "paid", "submitted_at", every date, "reaches_training", "cites": {key: cite}}`.
impl Serialize for PaidTimeline {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let dates = self.dates();
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("track", &Track::Paid)?;
        map.serialize_entry("submitted_at", &self.submitted_at)?;
        for (id, date) in &dates {
            map.serialize_entry(id.code(), date)?;
        }
        map.serialize_entry("reaches_training", &self.reaches_training)?;
        let mut cites: Vec<(&str, Citation)> =
            dates.iter().map(|(id, _)| (id.code(), id.cite())).collect();
        cites.push(("reaches_training", Citation::paragraph(22)));
        map.serialize_entry("cites", &Cites(cites))?;
        map.end()
    }
}

/// The `cites` map: each date's key and its citation, in the order given.
struct Cites<'a>(Vec<(&'a str, Citation)>);

impl Serialize for Cites<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, c)| (k, c)))
    }
}

/// The paid procedure's dates for an application sent at `submitted` and the intake starting on
/// `training_start`.
pub fn paid_timeline(
    submitted: Moment,
    training_start: Date,
    cal: &WorkingCalendar,
) -> Result<PaidTimeline, CalendarError> {
    let accepted_on = acceptance_day(submitted, cal)?;
    let decision_due = decision_due(accepted_on, cal)?;
    let registration_check_on = registration_check_on(training_start, cal)?;
    let rerun_check_on = rerun_check_on(training_start, cal)?;
    Ok(PaidTimeline {
        submitted_at: submitted,
        training_start,
        accepted_on,
        decision_due,
        registration_check_on,
        payment_deadline: payment_deadline(registration_check_on, cal)?,
        payment_deadline_calendar: payment_deadline_calendar(registration_check_on)?,
        payment_deadline_latest: payment_deadline(check_ends_by(registration_check_on, cal)?, cal)?,
        rerun_check_on,
        rerun_payment_deadline: payment_deadline(rerun_check_on, cal)?,
        rerun_payment_deadline_latest: payment_deadline(check_ends_by(rerun_check_on, cal)?, cal)?,
        training_end_earliest: period_end(training_start, PAID_TRAINING_DAYS.0)?,
        training_end_latest: period_end(training_start, PAID_TRAINING_DAYS.1)?,
        reaches_training: decision_due <= registration_check_on,
        earliest_reachable_start: earliest_start_after_decision(decision_due, cal)?,
    })
}

/// The earliest training start whose registration check (12 working days before it, p. 22) falls
/// on or after `decision_due`: the day after the 11th working day after the decision.
fn earliest_start_after_decision(
    decision_due: Date,
    cal: &WorkingCalendar,
) -> Result<Date, CalendarError> {
    let last_short =
        cal.add_working_days(decision_due, REGISTRATION_CHECK_WORKING_DAYS_BEFORE - 1)?;
    last_short.tomorrow().map_err(|_| CalendarError::OutOfRange)
}

/// The earliest training start an application sent at `submitted` can still reach: every start
/// on or after it is reachable (`reaches_training`), none before it.
///
/// ```
/// use dayarlyq_rules::{calendar::WorkingCalendar, moment::Moment, timeline::*};
///
/// let cal = WorkingCalendar::kazakhstan();
/// let sent = Moment::parse("submitted_at", "2026-03-20T19:30").unwrap();
/// let first = earliest_reachable_start(sent, &cal).unwrap();
/// assert!(paid_timeline(sent, first, &cal).unwrap().reaches_training);
/// assert!(!paid_timeline(sent, first.yesterday().unwrap(), &cal).unwrap().reaches_training);
/// ```
pub fn earliest_reachable_start(
    submitted: Moment,
    cal: &WorkingCalendar,
) -> Result<Date, CalendarError> {
    let accepted_on = acceptance_day(submitted, cal)?;
    earliest_start_after_decision(decision_due(accepted_on, cal)?, cal)
}

/// Of the intakes starting on `starts` (say, the paid training plan's periods), those an
/// application sent at `submitted` can still reach, ascending.
pub fn reachable_starts(
    submitted: Moment,
    starts: &[Date],
    cal: &WorkingCalendar,
) -> Result<Vec<Date>, CalendarError> {
    let first = earliest_reachable_start(submitted, cal)?;
    let mut out: Vec<Date> = starts.iter().copied().filter(|d| *d >= first).collect();
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// The free track's dates for an intake starting on `training_start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FreeTimeline {
    pub training_start: Date,
    pub selection_deadline: Date,
    pub training_end_earliest: Date,
    pub training_end_latest: Date,
}

impl FreeTimeline {
    /// Every date, in the order of the procedure.
    pub fn dates(&self) -> [(DateId, Date); 4] {
        [
            (DateId::SelectionDeadline, self.selection_deadline),
            (DateId::TrainingStart, self.training_start),
            (DateId::TrainingEndEarliest, self.training_end_earliest),
            (DateId::TrainingEndLatest, self.training_end_latest),
        ]
    }
}

impl Serialize for FreeTimeline {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let dates = self.dates();
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("track", &Track::Free)?;
        for (id, date) in &dates {
            map.serialize_entry(id.code(), date)?;
        }
        let mut cites: Vec<(&str, Citation)> =
            dates.iter().map(|(id, _)| (id.code(), id.cite())).collect();
        cites.sort_unstable_by_key(|(key, _)| *key);
        map.serialize_entry("cites", &Cites(cites))?;
        map.end()
    }
}

/// The free track's dates: selection by p. 11, the length by p. 43.
pub fn free_timeline(training_start: Date) -> Result<FreeTimeline, CalendarError> {
    Ok(FreeTimeline {
        training_start,
        selection_deadline: selection_deadline(training_start)?,
        training_end_earliest: period_end(training_start, FREE_TRAINING_DAYS.0)?,
        training_end_latest: period_end(training_start, FREE_TRAINING_DAYS.1)?,
    })
}

/// The deadlines of a complaint (p. 45). The provider's 3 working days run from the day the
/// complaint reaches it; the 5 and 15 working days of consideration run from the complaint's
/// registration at the body that considers it («оны тіркеген күннен бастап», «тіркелген күнінен
/// бастап»), a day the applicant learns from that body, not from the provider's receipt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ComplaintDeadlines {
    /// The provider forwards the complaint and the case to the reviewing body: «шағым келіп
    /// түскен күннен бастап 3 (үш) жұмыс күнінен кешіктірмей».
    pub forward_by: Date,
    /// The complaint is considered: «оны тіркеген күннен бастап 5 (бес) жұмыс күні ішінде»;
    /// `None` until the day of registration is known.
    pub review_by: Option<Date>,
    /// At the authorised body for the quality of public services: «тіркелген күнінен бастап 15
    /// (он бес) жұмыс күні ішінде»; `None` until the day of registration is known.
    pub authority_review_by: Option<Date>,
}

impl ComplaintDeadlines {
    /// The dates known, in the order of p. 45.
    pub fn dates(&self) -> Vec<(DateId, Date)> {
        [
            (DateId::ComplaintForwardBy, Some(self.forward_by)),
            (DateId::ComplaintReviewBy, self.review_by),
            (DateId::ComplaintAuthorityReviewBy, self.authority_review_by),
        ]
        .into_iter()
        .filter_map(|(id, date)| Some((id, date?)))
        .collect()
    }
}

/// The complaint deadlines for a complaint that reached the provider on `received` and, when
/// known, was registered at the body considering it on `registered`.
///
/// ```
/// use dayarlyq_rules::{calendar::WorkingCalendar, timeline::complaint_deadlines, Date};
///
/// let cal = WorkingCalendar::kazakhstan();
/// // Received Monday 6 April 2026, registered at the reviewing body Thursday 9 April.
/// let c = complaint_deadlines(Date::constant(2026, 4, 6), Some(Date::constant(2026, 4, 9)), &cal).unwrap();
/// assert_eq!(c.forward_by, Date::constant(2026, 4, 9));
/// assert_eq!(c.review_by, Some(Date::constant(2026, 4, 16)));
/// ```
pub fn complaint_deadlines(
    received: Date,
    registered: Option<Date>,
    cal: &WorkingCalendar,
) -> Result<ComplaintDeadlines, CalendarError> {
    let after = |days| {
        registered
            .map(|d| cal.add_working_days(d, days))
            .transpose()
    };
    Ok(ComplaintDeadlines {
        forward_by: cal.add_working_days(received, COMPLAINT_FORWARD_WORKING_DAYS)?,
        review_by: after(COMPLAINT_REVIEW_WORKING_DAYS)?,
        authority_review_by: after(COMPLAINT_AUTHORITY_WORKING_DAYS)?,
    })
}

/// Adds a warning for each year from `first` to `last` that the calendar data does not fully
/// cover (its working days may change).
pub fn coverage_warnings(first: Date, last: Date, cal: &WorkingCalendar, out: &mut Vec<Warning>) {
    let (a, b) = if first <= last {
        (first.year(), last.year())
    } else {
        (last.year(), first.year())
    };
    // The years of the span already warned about, marked once: a span of thousands of years (a
    // date typed as 9004) stays linear (the fuzz target `case_file` found it quadratic, seconds
    // long), without a sort's code in the web app.
    let span = usize::try_from(i32::from(b) - i32::from(a) + 1).unwrap_or(0);
    let mut warned = vec![false; span];
    for w in out.iter() {
        if let Finding::CalendarCoverage { year } = w.finding
            && let Ok(i) = usize::try_from(i32::from(year) - i32::from(a))
            && let Some(mark) = warned.get_mut(i)
        {
            *mark = true;
        }
    }
    for (year, already) in (a..=b).zip(warned) {
        let known = matches!(cal.coverage(year), Coverage::Full);
        if !known && !already {
            out.push(Warning::new(
                WarningId::CalendarCoverage,
                None,
                Finding::CalendarCoverage { year },
            ));
        }
    }
}
