//! What to do next, written from the verdict — never composed freely: for each track, the step
//! its status asks for (go to the department of defence affairs, the Rules' ЖӘБО; apply on the
//! portal; wait for a day; register first …), each with its paragraph and the day it concerns. The web app shows them as they are.

use core::fmt;

use crate::Date;
use crate::citation::Citation;
use crate::eligibility::{TrackStatus, TrackVerdict, Verdict};
use crate::finding::{Action, CheckId, Finding};
use crate::fmt::Dmy;
use crate::person::{Fitness, Sex, Status};
use crate::text::Lang;
use crate::timeline::SELECTION_CALENDAR_DAYS_BEFORE;
use crate::track::Track;

/// A page the step sends the person to, drawn by the view as a plain link (nothing is loaded from
/// it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Link {
    /// The eGov portal, where the paid track's application is made (p. 21).
    Egov,
    /// The product's own documents section: app. 6 to print.
    Documents,
}

impl Link {
    /// The eGov portal's address (`www.egov.kz`, as p. 21 names it).
    pub const EGOV_URL: &'static str = "https://egov.kz/";
}

/// One step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Free track open: the ЖӘБО selects conscripts; there is no application (p. 10–11).
    FreeSelection,
    /// Paid track open: the application on the portal, with the card (p. 21); `card_through`,
    /// the card's last valid day when known.
    PaidApply { card_through: Option<Date> },
    /// Something the person can still do for an open track (its action).
    Act(Action),
    /// A track that opens on a day to come.
    Opens { track: Track, on: Date },
    /// Not on military registration: both tracks take only those on it.
    Register,
    /// A reservist: the free track is for conscripts; reservists train on the paid one (p. 19).
    PaidForReservists,
    /// Education below basic secondary school (p. 10).
    Education,
    /// Temporarily unfit (Г): fitness is judged again at the re-examination.
    ReExamination,
    /// Neither track is open, nor opens later.
    Nothing,
}

impl Step {
    /// Where in the Rules the step comes from.
    pub const fn cite(&self) -> Option<Citation> {
        match self {
            Step::FreeSelection => Some(Citation::paragraph(11)),
            Step::PaidApply { .. } => Some(Citation::paragraph(21)),
            Step::Act(action) => Some(action.cite),
            Step::Opens {
                track: Track::Free, ..
            }
            | Step::Education => Some(Citation::paragraph(10)),
            Step::Opens {
                track: Track::Paid, ..
            }
            | Step::PaidForReservists => Some(Citation::paragraph(19)),
            Step::Register => Some(Citation::appendix(7, 10)),
            Step::ReExamination | Step::Nothing => None,
        }
    }

    /// The pages the step sends the person to.
    pub const fn links(&self) -> &'static [Link] {
        match self {
            Step::PaidApply { .. } => &[Link::Egov, Link::Documents],
            _ => &[],
        }
    }

    /// The step in `lang`.
    pub fn text(&self, lang: Lang) -> StepText<'_> {
        StepText { step: self, lang }
    }
}

/// The steps the verdict asks for, the free track's first, each once.
///
/// ```
/// use dayarlyq_rules::{calendar::WorkingCalendar, case_file::CaseFile, judge::judge, Date};
/// use dayarlyq_rules::next::{next_steps, Step};
/// use dayarlyq_rules::track::Track;
///
/// // A conscript of 17 years 3 months: the free track opens at 17 years 6 months (p. 10).
/// let case: CaseFile = serde_json::from_str(r#"{"applicant": {"birth_date": "2009-09-03",
///     "sex": "male", "status": "conscript", "fitness": "fit", "education": "basic_secondary",
///     "deferment": false}}"#).unwrap();
/// let judged = judge(&case, Date::constant(2026, 12, 3), &WorkingCalendar::kazakhstan()).unwrap();
/// let steps = next_steps(&judged.verdict);
/// assert!(steps.contains(&Step::Opens { track: Track::Free, on: Date::constant(2027, 3, 3) }));
/// ```
pub fn next_steps(verdict: &Verdict) -> Vec<Step> {
    let mut steps = Vec::new();
    let card_through = verdict.medical_card.map(|c| c.valid_through);
    for track in [&verdict.free, &verdict.paid] {
        track_steps(track, card_through, &mut steps);
    }
    if steps.is_empty() {
        steps.push(Step::Nothing);
    }
    steps
}

fn track_steps(t: &TrackVerdict, card_through: Option<Date>, out: &mut Vec<Step>) {
    let mut add = |step: Step| {
        if !out.contains(&step) {
            out.push(step);
        }
    };
    match (t.status, t.eligible_from) {
        (TrackStatus::Eligible | TrackStatus::EligibleWithActions, _) => {
            add(match t.track {
                Track::Free => Step::FreeSelection,
                Track::Paid => Step::PaidApply { card_through },
            });
            t.actions.iter().for_each(|a| add(Step::Act(*a)));
        }
        (TrackStatus::NotYet, Some(on)) => add(Step::Opens { track: t.track, on }),
        _ => {
            // A step for each failed condition the person can act on; none when another one
            // failed that nothing he does will meet (sex, an age gone by, a lasting category).
            let steps: Option<Vec<Step>> = t
                .checks
                .iter()
                .filter(|c| !c.passed)
                .map(|c| step_for(c.id, c.finding))
                .collect();
            steps.into_iter().flatten().for_each(add);
        }
    }
}

/// The step a failed condition asks for, `None` when nothing the person does will meet it.
fn step_for(id: CheckId, finding: Finding) -> Option<Step> {
    match (id, finding) {
        (CheckId::Registration, Finding::Registration { status, sex, track }) => {
            match (status, track) {
                _ if sex == Sex::Female && track == Track::Free => None,
                (Status::Unregistered, _) => Some(Step::Register),
                (Status::Reservist, Track::Free) => Some(Step::PaidForReservists),
                _ => None,
            }
        }
        (CheckId::Education, _) => Some(Step::Education),
        (
            CheckId::Fitness,
            Finding::Fitness {
                fitness: Fitness::TemporarilyUnfit,
                ..
            },
        ) => Some(Step::ReExamination),
        _ => None,
    }
}

/// A step's text in one language, written on demand.
#[derive(Clone, Copy, Debug)]
pub struct StepText<'a> {
    step: &'a Step,
    lang: Lang,
}

impl fmt::Display for StepText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kk = self.lang == Lang::Kk;
        match *self.step {
            Step::FreeSelection => {
                let days = SELECTION_CALENDAR_DAYS_BEFORE;
                if kk {
                    write!(f, "Өтеусіз даярлық: тұрғылықты жеріңіздегі қорғаныс істері бөліміне барыңыз (бұрынғы әскери комиссариат; Қағидаларда — жергілікті әскери басқару органы, ЖӘБО). Өтініш берілмейді: қорғаныс істері бөлімі әскерге шақырылушыларды іріктеп, атаулы тізімге енгізеді; іріктеу сабақ басталғанға дейін күнтізбелік {days} күннен кешіктірілмей аяқталады.")
                } else {
                    write!(f, "Бесплатная подготовка: обратитесь в отдел по делам обороны по месту жительства (бывший военкомат; в Правилах — местный орган военного управления, МОВУ). Заявление не подаётся: отдел по делам обороны отбирает призывников и включает их в именной список; отбор заканчивается не позднее чем за {days} календарных дней до начала занятий.")
                }
            }
            Step::PaidApply { card_through } => {
                if kk {
                    f.write_str("Өтеулі даярлық: eGov порталында 6-қосымшадағы нысан бойынша өтініш беріп, медициналық куәландыру картасының электрондық көшірмесін тіркеңіз; карта өтінішті қабылдау күні жарамды болуы керек")?;
                } else {
                    f.write_str("Платная подготовка: подайте на портале eGov заявление по форме приложения 6 и приложите электронную копию карты медицинского освидетельствования; карта должна быть действительна в день приёма заявления")?;
                }
                match (card_through, kk) {
                    (Some(d), true) => write!(f, " ({} қоса алғанда).", Dmy(d)),
                    (Some(d), false) => write!(f, " (по {} включительно).", Dmy(d)),
                    (None, _) => f.write_str("."),
                }
            }
            Step::Act(ref action) => write!(f, "{}", action.text(self.lang)),
            Step::Opens { track, on } => match (track, kk) {
                (Track::Free, true) => write!(f, "Өтеусіз даярлық сіз үшін {} бастап ашылады (он жеті жас алты ай).", Dmy(on)),
                (Track::Free, false) => write!(f, "Бесплатная подготовка откроется для вас с {} (17 лет 6 месяцев).", Dmy(on)),
                (Track::Paid, true) => write!(f, "Өтеулі даярлық сіз үшін {} бастап ашылады (24 жас).", Dmy(on)),
                (Track::Paid, false) => write!(f, "Платная подготовка откроется для вас с {} (24 года).", Dmy(on)),
            },
            Step::Register => f.write_str(if kk {
                "Алдымен тұрғылықты жеріңіздегі қорғаныс істері бөлімінде әскери есепке тұрыңыз: даярлауға әскери есепте тұрған әскерге шақырылушылар мен әскери міндеттілер ғана жіберіледі."
            } else {
                "Сначала встаньте на воинский учёт в отделе по делам обороны по месту жительства: на подготовку направляют только призывников и военнообязанных, состоящих на воинском учёте."
            }),
            Step::PaidForReservists => f.write_str(if kk {
                "Әскери міндеттілер өтеулі негізде даярланады (19-тармақ): өтеулі даярлықты қараңыз."
            } else {
                "Военнообязанных готовят на платной основе (п. 19): смотрите платную подготовку."
            }),
            Step::Education => f.write_str(if kk {
                "Өтеусіз даярлыққа негізгі орта (9 сынып) немесе одан жоғары білім қажет."
            } else {
                "Для бесплатной подготовки нужно основное среднее образование (9 классов) или выше."
            }),
            Step::ReExamination => f.write_str(if kk {
                "«Уақытша жарамсыз» санаты уақытша: қайта куәландыруда жарамды деп танылсаңыз, қайта тексеріңіз."
            } else {
                "Категория «временно не годен» временная: если при повторном освидетельствовании вас признают годным, проверьте снова."
            }),
            Step::Nothing => f.write_str(if kk {
                "Қазір ешбір негіз бойынша шарттар орындалмайды; себептері жоғарыда көрсетілген."
            } else {
                "Сейчас условия не выполняются ни для одной из основ; причины указаны выше."
            }),
        }
    }
}
