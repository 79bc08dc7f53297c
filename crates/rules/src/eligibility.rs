//! Who may be trained, on the free track (chapter 2, p. 10–12) and the paid track (chapter 3,
//! p. 19, 21; app. 7 item 10).
//!
//! Each condition is a [`Check`] with its citation; what the person should know besides is a
//! [`Warning`]. Decisions where the text leaves room (see RULES.md, "contradictions"):
//! - Category Б, "fit with minor restrictions", counts as fit ([`Fitness::is_fit`]): our reading,
//!   said in the check's explanation.
//! - Sex: p. 10 names none. It takes conscripts, who are men by the Law "On military service and
//!   the status of servicemen"; the free track's registration condition holds for a male
//!   conscript only. The paid track's sex check cites app. 7 item 10 («ер-азаматына»).
//! - Paid track, age: 24 full years for everyone (p. 21 and app. 7 item 10 "24 жастан асқан");
//!   conscripts also under 27 (p. 19). A person aged 24 gets a warning on the other reading. The
//!   portal checks the age "before the application is drawn up" (p. 21: «Өтінішті ресімдеу
//!   алдында портал … жасы (24 жастан асқан) … тексереді»), so with a moment of sending the paid track's age is judged on the day of sending.
//! - Paid track, limited fitness: conscripts admitted under p. 19, with a warning that the portal
//!   standard (app. 7 item 10) names "fit" only.
//! - Free track, deferment: an open question, not a refusal. P. 10 takes citizens "subject to
//!   call-up after the training"; whether a deferment that lasts beyond the training's end meets
//!   it, the Rules do not say. A deferment postpones the call-up without ending the conscript
//!   status, and the selection is the ЖӘБО's (p. 10–11), so the product warns, says the question
//!   is open, and leaves the verdict to the other conditions of p. 10. The paid track names
//!   deferment explicitly (p. 19).
//! - Medical card on its last valid day by our count: an office counting the conclusion's day as
//!   the first of the ten would see it expired; the product warns (see [`crate::medical_card`]).

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::Date;
use crate::age::{Age, is_leap_day};
use crate::applicant::Applicant;
use crate::calendar::WorkingCalendar;
use crate::case_file::Place;
use crate::citation::Citation;
use crate::finding::{Action, ActionId, Check, CheckId, Finding, Warning, WarningId};
use crate::input::{BornBy, ErrorCode, FieldError};
use crate::medical_card::{CardVerdict, is_valid_on};
use crate::moment::Moment;
use crate::person::{Fitness, Sex, Status};
use crate::text::Localized;
use crate::timeline;
use crate::track::{AgeRule, CONSENT_AGE_LIMIT, FREE_MIN_EDUCATION, PAID_MIN_AGE, Track};

const P10: Citation = Citation::paragraph(10);
const P12: Citation = Citation::paragraph(12);
const P19: Citation = Citation::paragraph(19);
const P21: Citation = Citation::paragraph(21);
const APP7_10: Citation = Citation::appendix(7, 10);

/// Where a person stands on a track (CLI contract, `check`, "added 2026-12").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TrackStatus {
    /// Every condition met, nothing left to do.
    Eligible,
    /// Every condition met; something the person can still do is missing or out of date (the
    /// track's actions say what).
    EligibleWithActions,
    /// Held back only by an age still to come: the track opens on `eligible_from`.
    NotYet,
    /// A condition that nothing the person can do will meet.
    NotEligible,
}

impl TrackStatus {
    /// The stable snake_case code of the CLI's JSON.
    pub const fn code(self) -> &'static str {
        match self {
            TrackStatus::Eligible => "eligible",
            TrackStatus::EligibleWithActions => "eligible_with_actions",
            TrackStatus::NotYet => "not_yet",
            TrackStatus::NotEligible => "not_eligible",
        }
    }

    /// The person may take the track (with actions or without).
    pub const fn is_eligible(self) -> bool {
        matches!(
            self,
            TrackStatus::Eligible | TrackStatus::EligibleWithActions
        )
    }
}

/// The verdict for one track.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackVerdict {
    pub track: Track,
    pub status: TrackStatus,
    /// The status is eligible, with actions or without.
    pub eligible: bool,
    /// Free track: eligible by age and under 18 (p. 12). Always false on the paid track.
    pub needs_guardian_consent: bool,
    /// The first day the age conditions hold.
    pub eligible_from: Option<Date>,
    /// The last day the age conditions hold; `None` when there is no upper limit.
    pub eligible_until: Option<Date>,
    /// The conditions of the track.
    pub checks: Vec<Check>,
    /// What the person can still do; only when every condition is met.
    pub actions: Vec<Action>,
    /// Readings of a text that contradicts itself; they never change the status.
    pub warnings: Vec<Warning>,
}

impl TrackVerdict {
    fn new(track: Track, rule: AgeRule, birth: Date) -> TrackVerdict {
        let (eligible_from, eligible_until) = rule.window(birth);
        TrackVerdict {
            track,
            status: TrackStatus::NotEligible,
            eligible: false,
            needs_guardian_consent: false,
            eligible_from,
            eligible_until,
            checks: Vec::with_capacity(6),
            actions: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn check(&mut self, id: CheckId, passed: bool, cite: Citation, finding: Finding) {
        self.checks.push(Check::new(id, passed, cite, finding));
    }

    fn warn(&mut self, id: WarningId, cite: Citation, finding: Finding) {
        self.warnings.push(Warning::new(id, Some(cite), finding));
    }

    fn act(&mut self, id: ActionId, cite: Citation, finding: Finding) {
        self.actions.push(Action {
            id,
            by: None,
            cite,
            finding,
        });
    }

    /// The status from the checks (conditions) and the actions: a failed age alone, before the
    /// window opens, is `not_yet`; actions count only once every condition is met (for one held
    /// back they would be done in vain), and are then dropped otherwise.
    fn finish(mut self, as_of: Date) -> TrackVerdict {
        let mut failed = self.checks.iter().filter(|c| !c.passed);
        self.status = match (failed.next(), failed.next()) {
            (None, _) if self.actions.is_empty() => TrackStatus::Eligible,
            (None, _) => TrackStatus::EligibleWithActions,
            (Some(c), None)
                if c.id == CheckId::Age && self.eligible_from.is_some_and(|d| as_of < d) =>
            {
                TrackStatus::NotYet
            }
            _ => TrackStatus::NotEligible,
        };
        if !self.status.is_eligible() {
            self.actions.clear();
        }
        self.eligible = self.status.is_eligible();
        self.needs_guardian_consent = self
            .actions
            .iter()
            .any(|a| a.id == ActionId::GuardianConsent);
        self
    }

    /// The first check that failed.
    pub fn first_failure(&self) -> Option<&Check> {
        self.checks.iter().find(|c| !c.passed)
    }
}

/// When the application sent on the portal counts as accepted, and its result is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Acceptance {
    pub submitted_at: Moment,
    pub accepted_on: Date,
    pub decision_due: Date,
}

/// Everything decided about one applicant on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub as_of: Date,
    pub age: Age,
    pub free: TrackVerdict,
    pub paid: TrackVerdict,
    /// `None` without a conclusion date.
    pub medical_card: Option<CardVerdict>,
    /// `None` without a submission moment.
    pub acceptance: Option<Acceptance>,
    /// Warnings about the input itself (IIN cross-check) and the calendar's coverage.
    pub warnings: Vec<Warning>,
}

/// Judges `applicant` on `as_of` for both tracks.
///
/// Fails only on input that cannot be judged: a birth date after `as_of`, or dates beyond the
/// calendar (year 9999).
///
/// ```
/// use dayarlyq_rules::{applicant::Applicant, calendar::WorkingCalendar, eligibility::assess, person::*, Date};
///
/// let applicant = Applicant {
///     birth_date: Date::constant(1992, 10, 29),
///     sex: Sex::Male,
///     status: Status::Reservist,
///     fitness: Fitness::Fit,
///     education: Education::Higher,
///     deferment: false,
///     medical_conclusion: None,
///     submitted_at: None,
///     iin: None,
/// };
/// let v = assess(&applicant, Date::constant(2026, 6, 15), &WorkingCalendar::kazakhstan()).unwrap();
/// assert!(!v.free.eligible); // reservists are trained on the paid track only
/// assert!(v.paid.eligible);
/// assert_eq!(v.paid.eligible_from, Some(Date::constant(2016, 10, 29)));
/// ```
pub fn assess(
    applicant: &Applicant,
    as_of: Date,
    cal: &WorkingCalendar,
) -> Result<Verdict, FieldError> {
    let birth = applicant.birth_date;
    let age = Age::on(birth, as_of).ok_or_else(|| FieldError::born_after(BornBy::AsOf(as_of)))?;
    let acceptance = match applicant.submitted_at {
        None => None,
        Some(submitted_at) => {
            let accepted_on = timeline::acceptance_day(submitted_at, cal)
                .map_err(|_| out_of_range(Place::SubmittedAt.path()))?;
            let decision_due = timeline::decision_due(accepted_on, cal)
                .map_err(|_| out_of_range(Place::SubmittedAt.path()))?;
            Some(Acceptance {
                submitted_at,
                accepted_on,
                decision_due,
            })
        }
    };
    let medical_card = match applicant.medical_conclusion {
        None => None,
        Some(conclusion) => Some(
            CardVerdict::judge(conclusion, as_of, acceptance.map(|a| a.accepted_on), cal)
                .map_err(|_| out_of_range(Place::MedicalConclusionDate.path()))?,
        ),
    };
    let free = free_track(applicant, age, as_of);
    // The portal checks the age before the application is drawn up (p. 21): on the day of
    // sending, when there is one.
    let sent_on = acceptance.map_or(as_of, |a| a.submitted_at.date());
    let paid_age =
        Age::on(birth, sent_on).ok_or_else(|| FieldError::born_after(BornBy::Sending(sent_on)))?;
    let paid = paid_track(applicant, paid_age, sent_on, medical_card, acceptance);
    let mut warnings = Vec::new();
    let counted = [
        medical_card.map(|c| (c.conclusion, c.valid_through)),
        acceptance.map(|a| (a.submitted_at.date(), a.decision_due)),
    ];
    for (first, last) in counted.into_iter().flatten() {
        timeline::coverage_warnings(first, last, cal, &mut warnings);
    }
    Ok(Verdict {
        as_of,
        age,
        free,
        paid,
        medical_card,
        acceptance,
        warnings,
    })
}

fn out_of_range(field: &'static str) -> FieldError {
    FieldError::new(
        field,
        ErrorCode::OutOfRange,
        Localized::new(
            "Күн күнтізбе шегінен тыс (9999 жылдан кейін).",
            "Дата вне пределов календаря (после 9999 года).",
        ),
    )
}

/// The free track, p. 10: «Өтеусіз негізде … даярлауға денсаулық жағдайы бойынша әскери
/// қызметке жарамды, он жеті жас алты айдан жиырма алты жасқа дейінгі, даярлықты бітіргеннен
/// кейін мерзімді әскери қызметке шақырылуға жататын немесе жұмылдыру резервіне алынатын
/// азаматтар тартылады. Даярлауға қабылдауды ЖӘБО негізгі орта және одан жоғары білімі бар
/// әскерге шақырылушылар қатарынан жүргізеді.»
pub fn free_track(a: &Applicant, age: Age, as_of: Date) -> TrackVerdict {
    let rule = AgeRule::Free;
    let mut v = TrackVerdict::new(Track::Free, rule, a.birth_date);
    // P. 10 names no sex: it takes conscripts (әскерге шақырылушылар), and conscripts are men
    // by the Law "On military service and the status of servicemen" (its definitions, art. 1;
    // the item's number in the Law's current edition not verified here). So the sex is part of
    // this one condition, not a check of its own cited to p. 10.
    v.check(
        CheckId::Registration,
        a.status == Status::Conscript && a.sex == Sex::Male,
        P10,
        Finding::Registration {
            status: a.status,
            sex: a.sex,
            track: Track::Free,
        },
    );
    let age_ok = rule.admits(age);
    v.check(
        CheckId::Age,
        age_ok,
        P10,
        age_finding(rule, age, as_of, &v, a.birth_date),
    );
    v.check(
        CheckId::Fitness,
        a.fitness.is_fit(),
        P10,
        Finding::Fitness {
            fitness: a.fitness,
            status: a.status,
            track: Track::Free,
        },
    );
    v.check(
        CheckId::Education,
        a.education.rank() >= FREE_MIN_EDUCATION.rank(),
        P10,
        Finding::Education {
            education: a.education,
        },
    );
    // p. 12: «Он жеті жас алты айдан он сегіз жасқа дейінгі әскерге шақырылушылардың атаулы
    // тізіміне … олардың заңды өкілінің келісімі қоса тіркеледі.»
    if age_ok
        && age < CONSENT_AGE_LIMIT
        && let Some(adult_on) = CONSENT_AGE_LIMIT.reached_by(a.birth_date)
    {
        v.act(
            ActionId::GuardianConsent,
            P12,
            Finding::GuardianConsent { adult_on },
        );
    }
    if a.deferment && a.status == Status::Conscript {
        v.warn(
            WarningId::Deferment,
            P10,
            Finding::Deferment { track: Track::Free },
        );
    }
    v.finish(as_of)
}

/// The paid track, p. 19: «Өтеулі негізде … даярлауға: денсаулық жағдайы бойынша әскери
/// қызметке жарамды әскери міндеттілер; жиырма төрт жастан жиырма жеті жасқа дейінгі, денсаулық
/// жағдайы бойынша әскери қызметке жарамды немесе шектеулі жарамды, оның ішінде әскери қызметке
/// шақыру кейінге қалдырылған әскерге шақырылушылар тартылады.» App. 7 item 10: «Мемлекеттік
/// қызмет Қазақстан Республикасының әскери есепте тұрған, 24 жастан асқан, денсаулық жағдайы
/// бойынша әскери қызметке жарамды ер-азаматына көрсетіледі.»
///
/// `age` and `on` are the person's on the day the portal checks them, before the application is
/// drawn up (p. 21): the day of sending when there is one, otherwise the day judged on. `card` is
/// judged on the day of acceptance when an application was sent (`acceptance`), otherwise on
/// `on`. It is a document of the application, not a condition of the person: an
/// expired document is a ground to refuse the application (p. 21), so a card missing or out of
/// date is an action (get or renew the conclusion), never a failed condition.
pub fn paid_track(
    a: &Applicant,
    age: Age,
    on: Date,
    card: Option<CardVerdict>,
    acceptance: Option<Acceptance>,
) -> TrackVerdict {
    let rule = if a.status == Status::Conscript {
        AgeRule::PaidConscript
    } else {
        AgeRule::PaidReservist
    };
    let mut v = TrackVerdict::new(Track::Paid, rule, a.birth_date);
    v.check(
        CheckId::Registration,
        matches!(a.status, Status::Conscript | Status::Reservist),
        APP7_10,
        Finding::Registration {
            status: a.status,
            sex: a.sex,
            track: Track::Paid,
        },
    );
    v.check(
        CheckId::Sex,
        a.sex == Sex::Male,
        APP7_10,
        Finding::Sex { sex: a.sex },
    );
    let age_ok = rule.admits(age);
    v.check(
        CheckId::Age,
        age_ok,
        rule.cite(),
        age_finding(rule, age, on, &v, a.birth_date),
    );
    let fitness_ok = match a.status {
        Status::Conscript => a.fitness.is_fit() || a.fitness == Fitness::Limited,
        Status::Reservist | Status::Unregistered => a.fitness.is_fit(),
    };
    v.check(
        CheckId::Fitness,
        fitness_ok,
        P19,
        Finding::Fitness {
            fitness: a.fitness,
            status: a.status,
            track: Track::Paid,
        },
    );
    if a.status == Status::Conscript && a.fitness == Fitness::Limited {
        v.warn(
            WarningId::LimitedFitPortal,
            APP7_10,
            Finding::LimitedFitPortal,
        );
    }
    if a.deferment && a.status == Status::Conscript {
        v.check(
            CheckId::Deferment,
            true,
            P19,
            Finding::Deferment { track: Track::Paid },
        );
    }
    if age_ok && age.years == PAID_MIN_AGE.years {
        v.warn(
            WarningId::AgeOver24Reading,
            APP7_10,
            Finding::AgeOver24Reading { age },
        );
    }
    // The medical card is a document of the application (p. 21), not a condition of the person:
    // missing or out of date, it is something to do.
    match card {
        None => v.act(ActionId::GetMedicalConclusion, P21, Finding::CardMissing),
        Some(card) => {
            let (on, at_acceptance, valid) = match (acceptance, card.valid_on_acceptance) {
                (Some(acc), Some(valid)) => (acc.accepted_on, true, valid),
                _ => (on, false, card.valid),
            };
            if !valid {
                v.act(
                    ActionId::RenewMedicalConclusion,
                    P21,
                    Finding::MedicalCard {
                        conclusion: card.conclusion,
                        valid_through: card.valid_through,
                        on,
                        at_acceptance,
                    },
                );
            }
            if valid && on > card.valid_through_if_conclusion_day_counted {
                v.warn(
                    WarningId::MedicalCardLastDay,
                    P21,
                    Finding::CardLastDay {
                        conclusion: card.conclusion,
                        valid_through: card.valid_through,
                        other_through: card.valid_through_if_conclusion_day_counted,
                        on,
                    },
                );
            }
            if let Some(acc) = acceptance {
                let sent = acc.submitted_at.date();
                if !valid && is_valid_on(card.conclusion, card.valid_through, sent) {
                    v.warn(
                        WarningId::MedicalCardValidOnSendingOnly,
                        P21,
                        Finding::CardValidOnSendingOnly {
                            sent,
                            accepted: acc.accepted_on,
                            valid_through: card.valid_through,
                        },
                    );
                }
            }
        }
    }
    v.finish(on)
}

fn age_finding(rule: AgeRule, age: Age, as_of: Date, v: &TrackVerdict, birth: Date) -> Finding {
    Finding::Age {
        rule,
        age,
        as_of,
        from: v.eligible_from,
        until: v.eligible_until,
        leap_day: is_leap_day(birth),
    }
}

/// `{"eligible", "needs_guardian_consent" (free only), "eligible_from", "eligible_until",
/// "checks", "warnings"}`.
impl Serialize for TrackVerdict {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("eligible", &self.eligible)?;
        map.serialize_entry("status", self.status.code())?;
        map.serialize_entry("actions", &self.actions)?;
        if self.track == Track::Free {
            map.serialize_entry("needs_guardian_consent", &self.needs_guardian_consent)?;
        }
        map.serialize_entry("eligible_from", &self.eligible_from)?;
        map.serialize_entry("eligible_until", &self.eligible_until)?;
        map.serialize_entry("checks", &self.checks)?;
        map.serialize_entry("warnings", &self.warnings)?;
        map.end()
    }
}

/// The CLI contract's `check` output: `as_of`, `age`, `free`, `paid`, `medical_card`, plus
/// `acceptance` and top-level `warnings`.
impl Serialize for Verdict {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("as_of", &self.as_of)?;
        map.serialize_entry("age", &self.age)?;
        map.serialize_entry("free", &self.free)?;
        map.serialize_entry("paid", &self.paid)?;
        map.serialize_entry("medical_card", &self.medical_card)?;
        map.serialize_entry("acceptance", &self.acceptance)?;
        map.serialize_entry("warnings", &self.warnings)?;
        map.end()
    }
}
