//! What a decision found, and how to say it: the checks and warnings of a verdict.
//!
//! A [`Finding`] holds the facts (dates, ages, categories), not text: the Kazakh and Russian
//! explanations are written only when asked for ([`Check::explanation`], or straight into the
//! output when serialized), so judging many applicants allocates little.

use core::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::Date;
use crate::age::Age;
use crate::citation::Citation;
use crate::fmt::{AgeText, Dmy};
use crate::person::{Education, Fitness, Sex, Status};
use crate::text::{Lang, Localized};
use crate::track::{AgeRule, Track};

/// Which condition of a track a check judges; [`CheckId::code`] is its JSON id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckId {
    Registration,
    Sex,
    Age,
    Fitness,
    Education,
    Deferment,
}

impl CheckId {
    /// The stable snake_case id of the CLI's JSON.
    pub const fn code(self) -> &'static str {
        match self {
            CheckId::Registration => "registration",
            CheckId::Sex => "sex",
            CheckId::Age => "age",
            CheckId::Fitness => "fitness",
            CheckId::Education => "education",
            CheckId::Deferment => "deferment",
        }
    }
}

/// What a warning is about; [`WarningId::code`] is its JSON id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WarningId {
    /// A conscript's deferment on the free track (p. 10).
    Deferment,
    /// Contradiction 1: limited fitness on the paid track (p. 19 against app. 7 item 10).
    LimitedFitPortal,
    /// Contradiction 2: "24 жастан асқан" read two ways.
    AgeOver24Reading,
    /// Contradiction 5: the card valid on the day of sending, not on the day of acceptance.
    MedicalCardValidOnSendingOnly,
    /// The card's last valid day by our count, expired by the other (p. 21).
    MedicalCardLastDay,
    IinBirthDateMismatch,
    IinSexMismatch,
    /// Contradiction 3: app. 11's calendar-day reading of the payment deadline ends earlier.
    PaymentCalendarDays,
    /// A year the calendar data does not fully cover.
    CalendarCoverage,
}

impl WarningId {
    /// The stable snake_case id of the CLI's JSON.
    pub const fn code(self) -> &'static str {
        match self {
            WarningId::Deferment => "deferment",
            WarningId::LimitedFitPortal => "limited_fit_portal",
            WarningId::AgeOver24Reading => "age_over_24_reading",
            WarningId::MedicalCardValidOnSendingOnly => "medical_card_valid_on_sending_only",
            WarningId::MedicalCardLastDay => "medical_card_last_day",
            WarningId::IinBirthDateMismatch => "iin_birth_date_mismatch",
            WarningId::IinSexMismatch => "iin_sex_mismatch",
            WarningId::PaymentCalendarDays => "payment_calendar_days",
            WarningId::CalendarCoverage => "calendar_coverage",
        }
    }
}

/// What a person can still do for a track whose conditions he meets; [`ActionId::code`] is its
/// JSON id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionId {
    /// Paid track: no medical conclusion yet; the card goes with the application (p. 21).
    GetMedicalConclusion,
    /// Paid track: the card is not valid on the day judged (the day of acceptance when the
    /// application's moment is given): a new conclusion is needed (p. 21).
    RenewMedicalConclusion,
    /// Free track, under 18: the legal representative's consent goes with the list (p. 12).
    GuardianConsent,
}

impl ActionId {
    /// The stable snake_case id of the CLI's JSON.
    pub const fn code(self) -> &'static str {
        match self {
            ActionId::GetMedicalConclusion => "get_medical_conclusion",
            ActionId::RenewMedicalConclusion => "renew_medical_conclusion",
            ActionId::GuardianConsent => "guardian_consent",
        }
    }
}

/// Something the person can do, with the day it must be done by where the Rules give one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Action {
    pub id: ActionId,
    pub by: Option<Date>,
    pub cite: Citation,
    pub finding: Finding,
}

impl Action {
    /// The explanation in `lang`: what is missing, and what to do.
    pub fn text(&self, lang: Lang) -> Explanation<'_> {
        Explanation {
            finding: &self.finding,
            passed: false,
            lang,
        }
    }
}

/// One condition of a track, judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Check {
    pub id: CheckId,
    pub passed: bool,
    pub cite: Citation,
    pub finding: Finding,
}

/// A reading of a text that contradicts itself, or something else the person should know; it
/// never changes a track's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Warning {
    pub id: WarningId,
    /// Where in the Rules; `None` when the warning rests on no paragraph (the IIN cross-check).
    pub cite: Option<Citation>,
    pub finding: Finding,
}

impl Check {
    pub const fn new(id: CheckId, passed: bool, cite: Citation, finding: Finding) -> Check {
        Check {
            id,
            passed,
            cite,
            finding,
        }
    }

    /// The explanation in both languages.
    pub fn explanation(&self) -> Localized {
        explain_both(&self.finding, self.passed)
    }

    /// The explanation in `lang`.
    pub fn text(&self, lang: Lang) -> Explanation<'_> {
        Explanation {
            finding: &self.finding,
            passed: self.passed,
            lang,
        }
    }
}

impl Warning {
    pub const fn new(id: WarningId, cite: Option<Citation>, finding: Finding) -> Warning {
        Warning { id, cite, finding }
    }

    pub fn explanation(&self) -> Localized {
        explain_both(&self.finding, true)
    }

    pub fn text(&self, lang: Lang) -> Explanation<'_> {
        Explanation {
            finding: &self.finding,
            passed: true,
            lang,
        }
    }
}

fn explain_both(finding: &Finding, passed: bool) -> Localized {
    Localized::new(
        Explanation {
            finding,
            passed,
            lang: Lang::Kk,
        }
        .to_string(),
        Explanation {
            finding,
            passed,
            lang: Lang::Ru,
        }
        .to_string(),
    )
}

/// The facts behind a check or a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    /// Standing on military registration, for a track.
    Registration {
        status: Status,
        sex: Sex,
        track: Track,
    },
    /// The sex, against the paid track's "ер-азаматына" (app. 7 item 10).
    Sex {
        sex: Sex,
    },
    /// The age on `as_of` against a rule's window `[from, until]` (both inclusive).
    Age {
        rule: AgeRule,
        age: Age,
        as_of: Date,
        from: Option<Date>,
        until: Option<Date>,
        leap_day: bool,
    },
    Fitness {
        fitness: Fitness,
        status: Status,
        track: Track,
    },
    Education {
        education: Education,
    },
    /// The medical card judged on `on` (the day of acceptance when `at_acceptance`).
    MedicalCard {
        conclusion: Date,
        valid_through: Date,
        on: Date,
        at_acceptance: bool,
    },
    /// A deferred call-up, for a track.
    Deferment {
        track: Track,
    },
    /// Under 18 until `adult_on`.
    GuardianConsent {
        adult_on: Date,
    },
    /// Contradiction 1: limited fitness admitted by p. 19, the portal standard says "fit".
    LimitedFitPortal,
    /// Contradiction 2: "24 жастан асқан" read as "24 full years", the person being 24.
    AgeOver24Reading {
        age: Age,
    },
    /// No medical conclusion date given.
    CardMissing,
    /// Contradiction 5: the card is valid on the day of sending only.
    CardValidOnSendingOnly {
        sent: Date,
        accepted: Date,
        valid_through: Date,
    },
    /// The card judged on `on`, its last valid day by our count, after the last day of the
    /// reading that counts the conclusion's day as the first.
    CardLastDay {
        conclusion: Date,
        valid_through: Date,
        other_through: Date,
        on: Date,
    },
    IinBirthDate {
        iin: Date,
        typed: Date,
    },
    IinSex {
        iin: Sex,
        typed: Sex,
    },
    /// Contradiction 3: pay by the working-day deadline, the calendar-day reading is earlier.
    PaymentCalendarReading {
        working: Date,
        calendar: Date,
    },
    /// The calendar data does not fully cover `year`.
    CalendarCoverage {
        year: i16,
    },
}

/// A finding's explanation in one language, written on demand.
#[derive(Clone, Copy, Debug)]
pub struct Explanation<'a> {
    finding: &'a Finding,
    passed: bool,
    lang: Lang,
}

impl fmt::Display for Explanation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kk = self.lang == Lang::Kk;
        let passed = self.passed;
        match *self.finding {
            Finding::Registration { status: Status::Conscript, sex: Sex::Female, track: Track::Free } => f.write_str(if kk {
                "Әйел: өтеусіз негізде қорғаныс істері бөлімі әскерге шақырылушылар қатарынан қабылдайды, ал әскерге шақырылушылар — ер азаматтар («Әскери қызмет және әскери қызметшілердің мәртебесі туралы» Заң)."
            } else {
                "Женщина: на бесплатную подготовку отдел по делам обороны принимает из числа призывников, а призывники — граждане мужского пола (Закон «О воинской службе и статусе военнослужащих»)."
            }),
            Finding::Registration { status, track, .. } => match (status, track, kk) {
                (Status::Unregistered, _, true) => f.write_str(
                    "Әскери есепте тұрмайды: даярлауға әскери есепте тұрған әскерге шақырылушылар мен әскери міндеттілер ғана жіберіледі.",
                ),
                (Status::Unregistered, _, false) => f.write_str(
                    "Не состоит на воинском учёте: к подготовке направляются только призывники и военнообязанные, состоящие на воинском учёте.",
                ),
                (Status::Conscript, Track::Free, true) => f.write_str(
                    "Әскерге шақырылушы: өтеусіз негізде даярлауға қорғаныс істері бөлімі әскерге шақырылушылар қатарынан қабылдайды.",
                ),
                (Status::Conscript, Track::Free, false) => f.write_str(
                    "Призывник: на бесплатную подготовку отдел по делам обороны принимает из числа призывников.",
                ),
                (Status::Reservist, Track::Free, true) => f.write_str(
                    "Әскери міндетті: өтеусіз негізде тек әскерге шақырылушылар даярланады; әскери міндеттілер өтеулі негізде даярланады (19-тармақ).",
                ),
                (Status::Reservist, Track::Free, false) => f.write_str(
                    "Военнообязанный: на бесплатной основе готовят только призывников; военнообязанных — на платной основе (п. 19).",
                ),
                (Status::Conscript, Track::Paid, true) => {
                    f.write_str("Әскери есепте тұрады: әскерге шақырылушы.")
                }
                (Status::Conscript, Track::Paid, false) => {
                    f.write_str("Состоит на воинском учёте: призывник.")
                }
                (Status::Reservist, Track::Paid, true) => {
                    f.write_str("Әскери есепте тұрады: әскери міндетті.")
                }
                (Status::Reservist, Track::Paid, false) => {
                    f.write_str("Состоит на воинском учёте: военнообязанный.")
                }
            },
            // The paid track's service standard (app. 7 item 10): «…ер-азаматына көрсетіледі».
            Finding::Sex { sex } => f.write_str(match (sex, kk) {
                (Sex::Male, true) => "Ер азамат: мемлекеттік қызмет ер-азаматқа көрсетіледі.",
                (Sex::Male, false) => "Мужчина: государственная услуга оказывается гражданину-мужчине.",
                (Sex::Female, true) => "Әйел: мемлекеттік қызмет әскери есепте тұрған ер-азаматқа көрсетіледі.",
                (Sex::Female, false) => "Женщина: государственная услуга оказывается гражданину-мужчине, состоящему на воинском учёте.",
            }),
            Finding::Age { rule, age, as_of, from, until, leap_day } => {
                let (age, req) = (AgeText(age, self.lang), rule.requirement(self.lang));
                match (from, until, kk) {
                    (Some(a), Some(b), true) => write!(f, "{} күнгі жасы — {age}; талап: {req}, яғни {} бастап {} қоса алғанда.", Dmy(as_of), Dmy(a), Dmy(b))?,
                    (Some(a), None, true) => write!(f, "{} күнгі жасы — {age}; талап: {req}, яғни {} бастап.", Dmy(as_of), Dmy(a))?,
                    (_, _, true) => write!(f, "{} күнгі жасы — {age}; талап: {req}.", Dmy(as_of))?,
                    (Some(a), Some(b), false) => write!(f, "Возраст на {}: {age}; требование: {req}, то есть с {} по {} включительно.", Dmy(as_of), Dmy(a), Dmy(b))?,
                    (Some(a), None, false) => write!(f, "Возраст на {}: {age}; требование: {req}, то есть с {}.", Dmy(as_of), Dmy(a))?,
                    (_, _, false) => write!(f, "Возраст на {}: {age}; требование: {req}.", Dmy(as_of))?,
                }
                let young = from.is_some_and(|a| as_of < a);
                match (passed, young, kk) {
                    (true, _, true) => f.write_str(" Талапқа сай.")?,
                    (true, _, false) => f.write_str(" Соответствует.")?,
                    (false, true, true) => f.write_str(" Жасы әлі жеткен жоқ.")?,
                    (false, true, false) => f.write_str(" Возраст ещё не достигнут.")?,
                    (false, false, true) => f.write_str(" Жас шегінен асқан.")?,
                    (false, false, false) => f.write_str(" Предельный возраст превышен.")?,
                }
                if leap_day {
                    f.write_str(if kk {
                        " 29 ақпанда туған: кібісе емес жылдары туған күн 28 ақпанда толды деп есептеледі (айдың соңғы күні)."
                    } else {
                        " Родился 29 февраля: в невисокосные годы день рождения считается наступившим 28 февраля (последний день месяца)."
                    })?;
                }
                Ok(())
            }
            Finding::Fitness { fitness, status, track } => {
                let name = fitness.official_name(self.lang);
                if kk {
                    write!(f, "Санаты {} — «{name}». ", fitness.letter())?;
                } else {
                    write!(f, "Категория {} — «{name}». ", fitness.letter())?;
                }
                let text = match (passed, fitness, status, track, kk) {
                    (true, Fitness::FitMinor, _, _, true) => "Жарамдыларға жатқызамыз: Қағидалар Б санатын бөлек атамайды, ал «болмашы шектеулермен жарамды» — жарамдылықтың бір түрі. Бұл — біздің оқуымыз; қорғаныс істері бөлімі басқаша қарауы мүмкін.",
                    (true, Fitness::FitMinor, _, _, false) => "Считаем годным: Правила не называют категорию Б отдельно, а «годен с незначительными ограничениями» — разновидность годности. Это наше прочтение; отдел по делам обороны может рассудить иначе.",
                    (true, Fitness::Limited, _, _, true) => "19-тармақ 24–27 жастағы шектеулі жарамды әскерге шақырылушыларды да тартады.",
                    (true, Fitness::Limited, _, _, false) => "Пункт 19 допускает и ограниченно годных призывников 24–27 лет.",
                    (true, _, _, _, true) => "Әскери қызметке жарамды.",
                    (true, _, _, _, false) => "Годен к воинской службе.",
                    (false, _, _, Track::Free, true) => "Өтеусіз негізде денсаулық жағдайы бойынша әскери қызметке жарамды азаматтар даярланады.",
                    (false, _, _, Track::Free, false) => "На бесплатной основе готовят граждан, годных к воинской службе по состоянию здоровья.",
                    (false, _, Status::Conscript, Track::Paid, true) => "Өтеулі негізде әскерге шақырылушылар жарамды немесе шектеулі жарамды болуы керек.",
                    (false, _, Status::Conscript, Track::Paid, false) => "На платной основе призывники должны быть годны или ограниченно годны.",
                    (false, _, _, Track::Paid, true) => "Өтеулі негізде әскери міндеттілер әскери қызметке жарамды болса ғана даярланады.",
                    (false, _, _, Track::Paid, false) => "На платной основе военнообязанных готовят, только если они годны к воинской службе.",
                };
                f.write_str(text)
            }
            Finding::Education { education } => {
                let name = education.name(self.lang);
                match (passed, kk) {
                    (true, true) => write!(f, "Білімі — {name}: негізгі орта немесе одан жоғары."),
                    (true, false) => write!(f, "Образование — {name}: основное среднее или выше."),
                    (false, true) => write!(f, "Білімі — {name}: қорғаныс істері бөлімі негізгі орта және одан жоғары білімі бар әскерге шақырылушыларды қабылдайды."),
                    (false, false) => write!(f, "Образование — {name}: принимаются призывники с основным средним образованием и выше."),
                }
            }
            // The card not valid on the day judged: before its conclusion, or after its last day.
            Finding::MedicalCard { conclusion, valid_through, on, at_acceptance } => {
                if on < conclusion {
                    return if kk {
                        write!(f, "Жарамдылық туралы қорытынды {} күнгі; {} күні карта әлі жоқ: өтінішті қорытындыдан кейін, {} қоса алғанда, беріңіз.", Dmy(conclusion), Dmy(on), Dmy(valid_through))
                    } else {
                        write!(f, "Заключение о годности датировано {}; на {} карты ещё нет: подайте заявление после заключения, по {} включительно.", Dmy(conclusion), Dmy(on), Dmy(valid_through))
                    };
                }
                if kk {
                    let day = if at_acceptance { "өтінішті қабылдау күні" } else { "күні" };
                    write!(f, "Медициналық куәландыру картасы {} алынған қорытындыдан кейін 10 жұмыс күні, {} қоса алғанда, жарамды; {} {day} мерзімі өткен: жаңа қорытынды алып, өтінішті одан кейін 10 жұмыс күні ішінде беріңіз.", Dmy(conclusion), Dmy(valid_through), Dmy(on))
                } else {
                    let day = if at_acceptance { " (день приёма заявления)" } else { "" };
                    write!(f, "Карта медицинского освидетельствования действительна 10 рабочих дней после заключения от {}, по {} включительно; на {}{day} срок истёк: получите новое заключение и подайте заявление в течение 10 рабочих дней после него.", Dmy(conclusion), Dmy(valid_through), Dmy(on))
                }
            }
            Finding::Deferment { track: Track::Paid } => f.write_str(if kk {
                "Әскерге шақыру кейінге қалдырылған: 19-тармақ әскери қызметке шақыру кейінге қалдырылған әскерге шақырылушыларды да тартады."
            } else {
                "Отсрочка от призыва: пункт 19 допускает и призывников, которым призыв отсрочен."
            }),
            Finding::Deferment { track: Track::Free } => f.write_str(if kk {
                "Әскерге шақыру кейінге қалдырылған: 10-тармақ даярлықты бітіргеннен кейін мерзімді әскери қызметке шақырылуға жататын немесе жұмылдыру резервіне алынатын азаматтарды тартады. Кейінге қалдыру даярлық аяқталғаннан кейін де созылса, бұл шартқа сай келетін-келмейтінін Қағидалар айтпайды — сұрақ ашық. Кейінге қалдыру әскерге шақырылушы мәртебесін жоймайтындықтан, біз бас тартпаймыз; іріктеу туралы шешімді қорғаныс істері бөлімі қабылдайды — оған кейінге қалдыру туралы айтыңыз."
            } else {
                "Отсрочка от призыва: пункт 10 привлекает граждан, подлежащих призыву на срочную службу или зачислению в мобилизационный резерв после подготовки. Отвечает ли этому условию отсрочка, которая продлится и после окончания подготовки, Правила не говорят — вопрос открыт. Отсрочка не снимает статуса призывника, поэтому мы не отказываем; решение об отборе принимает отдел по делам обороны — скажите там об отсрочке."
            }),
            Finding::GuardianConsent { adult_on } => {
                if kk {
                    write!(f, "18 жасқа толмаған ({} толады): атаулы тізімге заңды өкілдің оқуға шарт жасауға келісімі қоса тіркеледі.", Dmy(adult_on))
                } else {
                    write!(f, "Нет 18 лет (исполнится {}): к именному списку прилагается согласие законного представителя на заключение договора об обучении.", Dmy(adult_on))
                }
            }
            Finding::LimitedFitPortal => f.write_str(if kk {
                "Шектеулі жарамды: 19-тармақ бойынша тартылады, бірақ 7-қосымшаның 10-тармағы (мемлекеттік қызмет стандарты) тек «жарамды» ер-азаматтарды атайды — портал өтінішті қабылдамауы мүмкін."
            } else {
                "Ограниченно годен: допускается по п. 19, но п. 10 прил. 7 (стандарт государственной услуги) называет только «годных» — портал может не принять заявление."
            }),
            Finding::AgeOver24Reading { age } => {
                if kk {
                    write!(f, "«24 жастан асқан» (21-тармақ; 7-қосымша, 10-тармақ) екі түрлі оқылады: 24 жасқа толған күннен бастап (өнім осылай есептейді) немесе 25 жастан бастап. Жасы — {}: портал басқаша есептеуі мүмкін.", AgeText(age, self.lang))
                } else {
                    write!(f, "«Старше 24 лет» (п. 21; прил. 7, п. 10) читается двояко: со дня 24-летия (так считает продукт) или с 25 лет. Возраст — {}: портал может считать иначе.", AgeText(age, self.lang))
                }
            }
            Finding::CardMissing => f.write_str(if kk {
                "Медициналық комиссиядан әскери қызметке жарамдылық туралы қорытынды алыңыз: өтінішке медициналық куәландыру картасының электрондық көшірмесі тіркеледі, ал карта қорытынды алынған сәттен бастап 10 жұмыс күні ішінде жарамды — өтінішті осы мерзімде беріңіз."
            } else {
                "Получите заключение медицинской комиссии о годности к воинской службе: к заявлению прилагается электронная копия карты медицинского освидетельствования, а карта действительна 10 рабочих дней с момента получения заключения — подайте заявление в этот срок."
            }),
            Finding::CardValidOnSendingOnly { sent, accepted, valid_through } => {
                if kk {
                    write!(f, "Карта өтініш жіберілген күні ({}) жарамды, бірақ өтінішті қабылдау күні ({}) жарамсыз ({} қоса алғанда жарамды): карта қабылдау күні жарамды болуы керек — өтінішті ертерек беріңіз немесе жаңа қорытынды алыңыз.", Dmy(sent), Dmy(accepted), Dmy(valid_through))
                } else {
                    write!(f, "Карта действительна в день отправки ({}), но не в день приёма заявления ({}); действует по {} включительно: карта должна быть действительна в день приёма — подайте раньше или получите новое заключение.", Dmy(sent), Dmy(accepted), Dmy(valid_through))
                }
            }
            Finding::CardLastDay { conclusion, valid_through, other_through, on } => {
                if kk {
                    write!(f, "Біздің есебіміз бойынша карта {} қоса алғанда жарамды: 10 жұмыс күні қорытынды күнінен ({}) кейінгі күннен бастап саналады. Қорытынды күнін бірінші күн деп санайтын мекеме үшін карта {} аяқталады, яғни {} күні мерзімі өткен — мүмкін болса, өтінішті ертерек беріңіз немесе жаңа қорытынды алыңыз.", Dmy(valid_through), Dmy(conclusion), Dmy(other_through), Dmy(on))
                } else {
                    write!(f, "По нашему счёту карта действительна по {} включительно: 10 рабочих дней считаются со дня, следующего за днём заключения ({}). Для учреждения, которое считает первым днём сам день заключения, карта действует по {}, то есть на {} уже просрочена — по возможности подайте раньше или получите новое заключение.", Dmy(valid_through), Dmy(conclusion), Dmy(other_through), Dmy(on))
                }
            }
            Finding::IinBirthDate { iin, typed } => {
                if kk {
                    write!(f, "ЖСН бойынша туған күні — {}, енгізілгені — {}. Тексеріңіз; бағалау енгізілген күн бойынша жүргізілді.", Dmy(iin), Dmy(typed))
                } else {
                    write!(f, "По ИИН дата рождения — {}, введена — {}. Проверьте; оценка выполнена по введённой дате.", Dmy(iin), Dmy(typed))
                }
            }
            Finding::IinSex { iin, typed } => {
                if kk {
                    write!(f, "ЖСН бойынша жынысы — {}, енгізілгені — {}. Тексеріңіз; бағалау енгізілген мән бойынша жүргізілді.", iin.name(self.lang), typed.name(self.lang))
                } else {
                    write!(f, "По ИИН пол — {}, введён — {}. Проверьте; оценка выполнена по введённому значению.", iin.name(self.lang), typed.name(self.lang))
                }
            }
            Finding::PaymentCalendarReading { working, calendar } => {
                if kk {
                    write!(f, "11-қосымша төлем мерзімін «2 жұмыс күн» деп те, «күнтізбелік 2 күн» деп те жазады. Заңды мерзім — 2 жұмыс күні ({} қоса алғанда; 23-тармақ, 12-қосымша); сенімді болу үшін {} дейін төлеңіз.", Dmy(working), Dmy(calendar))
                } else {
                    write!(f, "Прил. 11 называет срок оплаты и «2 рабочих дня», и «2 календарных дня». Законный срок — 2 рабочих дня (по {} включительно; п. 23, прил. 12); надёжнее оплатить до {}.", Dmy(working), Dmy(calendar))
                }
            }
            Finding::CalendarCoverage { year } => {
                if kk {
                    write!(f, "{year} жылдың мерекелері мен демалыс күндерін ауыстыру толық белгілі емес: жұмыс күндері демалыс және тұрақты мерекелер бойынша есептелді, нақты күндер өзгеруі мүмкін.")
                } else {
                    write!(f, "Праздники и переносы выходных {year} года известны не полностью: рабочие дни посчитаны по выходным и постоянным праздникам, точные даты могут измениться.")
                }
            }
        }
    }
}

/// `{"id", "passed", "cite", "explanation" (kk), "explanation_ru"}` — the CLI contract's shape.
impl Serialize for Check {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(5))?;
        map.serialize_entry("id", self.id.code())?;
        map.serialize_entry("passed", &self.passed)?;
        map.serialize_entry("cite", &self.cite)?;
        map.serialize_entry("explanation", &AsStr(self.text(Lang::Kk)))?;
        map.serialize_entry("explanation_ru", &AsStr(self.text(Lang::Ru)))?;
        map.end()
    }
}

/// `{"id", "cite", "explanation" (kk), "explanation_ru"}`.
impl Serialize for Warning {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(4))?;
        map.serialize_entry("id", self.id.code())?;
        map.serialize_entry("cite", &self.cite)?;
        map.serialize_entry("explanation", &AsStr(self.text(Lang::Kk)))?;
        map.serialize_entry("explanation_ru", &AsStr(self.text(Lang::Ru)))?;
        map.end()
    }
}

/// `{"id", "by", "cite", "explanation" (kk), "explanation_ru"}` — the CLI contract's shape.
impl Serialize for Action {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(5))?;
        map.serialize_entry("id", self.id.code())?;
        map.serialize_entry("by", &self.by)?;
        map.serialize_entry("cite", &self.cite)?;
        map.serialize_entry("explanation", &AsStr(self.text(Lang::Kk)))?;
        map.serialize_entry("explanation_ru", &AsStr(self.text(Lang::Ru)))?;
        map.end()
    }
}

/// Serializes an explanation as one string, written first into a buffer the thread keeps.
///
/// Not `collect_str`: that hands the serializer each piece the text is written in (a date, a
/// clause), and the serializer escapes and copies each on its own (profiled with perf and
/// callgrind, 2026-12). `check --jsonl` writes its verdicts by hand (`dayarlyq_cli`'s
/// `verdict_json`); `check` and the tests come this way.
struct AsStr<'a>(Explanation<'a>);

impl Serialize for AsStr<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use core::cell::RefCell;
        use core::fmt::Write as _;
        std::thread_local! {
            static TEXT: RefCell<String> = const { RefCell::new(String::new()) };
        }
        TEXT.with(|text| match text.try_borrow_mut() {
            Ok(mut text) => {
                text.clear();
                write!(text, "{}", self.0).map_err(serde::ser::Error::custom)?;
                s.serialize_str(&text)
            }
            // Only if a serializer serialized an explanation inside another: never, but not a panic.
            Err(_) => s.collect_str(&self.0),
        })
    }
}
