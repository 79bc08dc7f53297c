//! The case file and its schema: everything one person's case holds, as typed — the format of
//! `shared/contracts/example-case.json`, read by the CLI (`check`, `render --data`), exported
//! and imported by the web app, and filled into the documents.
//!
//! Each place of the case is declared once, in [`places!`] below: a [`Place`] with its JSON path,
//! its [`Kind`] and its name in both languages; reading and writing a place of a [`CaseFile`]
//! ([`CaseFile::slot`], [`CaseFile::get`], [`CaseFile::set`]) follows from that one list. The
//! command line, the web app's questions, its documents and its import all go through it.
//!
//! Values are kept as the user typed them (strings), so that nothing typed is ever lost; the
//! typed, validated forms come from [`crate::applicant`] and friends, which name the place when a
//! value is wrong. Every member is optional: a missing one leaves the document's blank line.

use serde::{Deserialize, Serialize};

use crate::complaint::Contested;
use crate::person::{Education, Fitness, Sex, Status};
use crate::text::{Lang, Localized};

/// One person's case: the applicant, the service provider, the application, the notice data
/// an official fills in, and the day a verdict is judged on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseFile {
    /// `YYYY-MM-DD`: the day the verdict is judged on (default today); see [`CaseFile::as_of`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    pub applicant: ApplicantData,
    pub provider: ProviderData,
    pub application: ApplicationData,
    pub notice: NoticeData,
    /// The applicant's complaint against a refusal or a removal (p. 45): written only when it
    /// holds something ([`CaseFile::OPTIONAL_PARTS`]), so a case without one reads and writes as
    /// the contract's example does.
    #[serde(skip_serializing_if = "ComplaintData::is_empty")]
    pub complaint: ComplaintData,
}

/// The applicant as typed (`applicant` member of the case file; alone, the input of `check`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicantData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patronymic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fitness: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub education: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deferment: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medical_conclusion_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

/// The service provider: the local military administration body (ЖӘБО).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProviderData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee: Option<String>,
}

/// The application for queueing (app. 6).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicationData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_to: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<String>,
}

/// What an official fills into the notifications (app. 8–11, 13, 14).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NoticeData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_number: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee_tenge: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrival_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation_address: Option<String>,
}

/// A complaint against the notice of a refusal or a removal (p. 45): what the letter needs
/// beyond the notice's own data (its number and reason are `notice`'s), and the days its
/// deadlines run from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ComplaintData {
    /// The notice contested: its appendix number, `9`, `10` or `14` ([`Contested`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub against: Option<String>,
    /// The day of the notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice_date: Option<String>,
    /// Why the decision is wrong, in the person's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grounds: Option<String>,
    /// What the person asks for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demand: Option<String>,
    /// The day the letter is signed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The day the complaint reached the provider: its 3 working days run from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub received_on: Option<String>,
    /// The day the reviewing body registered it: the 5 and 15 working days run from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered_on: Option<String>,
}

impl ComplaintData {
    /// Nothing given.
    pub fn is_empty(&self) -> bool {
        *self == ComplaintData::default()
    }
}

/// What a place holds, and so how it is typed and read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Free text on one line.
    Text,
    /// A telephone number, as typed.
    Phone,
    /// An IIN: twelve digits ([`crate::iin`]).
    Iin,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A moment, `YYYY-MM-DDTHH:MM[:SS]` in Kazakhstan time or with an offset
    /// ([`crate::moment`]).
    Moment,
    /// One of these JSON codes.
    Choice(&'static [&'static str]),
    /// Yes or no (`true` / `false`).
    Flag,
    /// A whole number that counts (a place in the queue): 0 to 2³² − 1.
    Count,
    /// An amount of tenge: a whole number from 0.
    Amount,
    /// A list of texts, one a line.
    List,
}

/// Where a place's value lives in a [`CaseFile`], to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot<'a> {
    /// Every text kind: text, phone, IIN, date, moment, choice.
    Text(&'a Option<String>),
    Flag(&'a Option<bool>),
    Count(&'a Option<u32>),
    Amount(&'a Option<u64>),
    List(&'a [String]),
}

/// Where a place's value lives in a [`CaseFile`], to write.
#[derive(Debug, PartialEq, Eq)]
pub enum SlotMut<'a> {
    Text(&'a mut Option<String>),
    Flag(&'a mut Option<bool>),
    Count(&'a mut Option<u32>),
    Amount(&'a mut Option<u64>),
    List(&'a mut Vec<String>),
}

/// The schema, declared once: every place of the case file, in the format's order, with its JSON
/// path, its member in [`CaseFile`], its [`Kind`] and its name in Kazakh and Russian (the name
/// every message, form and list uses).
macro_rules! places {
    ($(
        $(#[$doc:meta])*
        $place:ident = $path:literal => $($member:ident).+ : $kind:expr, $kk:literal, $ru:literal;
    )+) => {
        /// A place of the case file: one value a person types, by its JSON path.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Place {
            $($(#[$doc])* $place,)+
        }

        impl Place {
            /// Every place, in the format's order.
            pub const ALL: &'static [Place] = &[$(Place::$place),+];

            /// The dotted JSON path: `applicant.birth_date`.
            pub const fn path(self) -> &'static str {
                match self {
                    $(Place::$place => $path,)+
                }
            }

            /// What the place holds.
            pub const fn kind(self) -> Kind {
                match self {
                    $(Place::$place => $kind,)+
                }
            }

            /// The place's name as the forms and messages show it.
            pub const fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Place::$place, Lang::Kk) => $kk,
                      (Place::$place, Lang::Ru) => $ru,)+
                }
            }
        }

        impl CaseFile {
            /// Where `place`'s value lives, to read.
            pub fn slot(&self, place: Place) -> Slot<'_> {
                match place {
                    $(Place::$place => Slot::from(&self.$($member).+),)+
                }
            }

            /// Where `place`'s value lives, to write.
            pub fn slot_mut(&mut self, place: Place) -> SlotMut<'_> {
                match place {
                    $(Place::$place => SlotMut::from(&mut self.$($member).+),)+
                }
            }
        }
    };
}

places! {
    /// The day a verdict is judged on (the test cases' and `check`'s input).
    AsOf = "as_of" => as_of: Kind::Date, "Тексеру күні", "Дата проверки";
    ApplicantSurname = "applicant.surname" => applicant.surname: Kind::Text, "Тегі", "Фамилия";
    ApplicantName = "applicant.name" => applicant.name: Kind::Text, "Аты", "Имя";
    /// "(болса)": if any.
    ApplicantPatronymic = "applicant.patronymic" => applicant.patronymic: Kind::Text,
        "Әкесінің аты (болса)", "Отчество (при наличии)";
    ApplicantIin = "applicant.iin" => applicant.iin: Kind::Iin, "ЖСН", "ИИН";
    BirthDate = "applicant.birth_date" => applicant.birth_date: Kind::Date,
        "Туған күні", "Дата рождения";
    Sex = "applicant.sex" => applicant.sex: Kind::Choice(&Sex::CODES), "Жынысы", "Пол";
    ApplicantAddress = "applicant.address" => applicant.address: Kind::Text,
        "Тұрғылықты мекенжайы", "Адрес проживания";
    ApplicantPhone = "applicant.phone" => applicant.phone: Kind::Phone, "Телефоны", "Телефон";
    Status = "applicant.status" => applicant.status: Kind::Choice(&Status::CODES),
        "Әскери есептегі мәртебесі", "Статус воинского учёта";
    Fitness = "applicant.fitness" => applicant.fitness: Kind::Choice(&Fitness::CODES),
        "Әскери қызметке жарамдылық санаты", "Категория годности к воинской службе";
    Education = "applicant.education" => applicant.education: Kind::Choice(&Education::CODES),
        "Білімі", "Образование";
    Deferment = "applicant.deferment" => applicant.deferment: Kind::Flag,
        "Әскерге шақыруды кейінге қалдыру", "Отсрочка от призыва";
    /// The day the medical commission's conclusion on fitness was received (p. 21).
    MedicalConclusionDate = "applicant.medical_conclusion_date"
        => applicant.medical_conclusion_date: Kind::Date,
        "Жарамдылық туралы қорытынды алынған күн", "Дата получения заключения о годности";
    /// The applicant's own copy of the moment of sending, for a bare applicant given to `check`;
    /// a case file's is the application's ([`CaseFile::submitted_at`]).
    ApplicantSubmittedAt = "applicant.submitted_at" => applicant.submitted_at: Kind::Moment,
        "Өтініш берілген күн мен уақыт", "Дата и время подачи заявления";
    /// The applicant's own copy of the day to judge on, for a bare applicant given to `check`;
    /// a case file's own comes first ([`CaseFile::as_of_text`]).
    ApplicantAsOf = "applicant.as_of" => applicant.as_of: Kind::Date,
        "Тексеру күні", "Дата проверки";
    ProviderRegion = "provider.region" => provider.region: Kind::Text,
        "Облыс (қала)", "Область (город)";
    ProviderDistrict = "provider.district" => provider.district: Kind::Text,
        "Аудан (қала)", "Район (город)";
    ProviderName = "provider.name" => provider.name: Kind::Text,
        "Көрсетілетін қызметті берушінің атауы", "Наименование услугодателя";
    Employee = "provider.employee" => provider.employee: Kind::Text, "Қызметкер", "Сотрудник";
    /// The moment the application was sent on the portal (app. 6 prints it).
    SubmittedAt = "application.submitted_at" => application.submitted_at: Kind::Moment,
        "Өтініш берілген күн мен уақыт", "Дата и время подачи заявления";
    /// The start of the training period applied for (app. 6), the intake's start.
    PeriodFrom = "application.period_from" => application.period_from: Kind::Date,
        "Оқудың басталу күні", "Дата начала обучения";
    PeriodTo = "application.period_to" => application.period_to: Kind::Date,
        "Оқудың аяқталу күні", "Дата окончания обучения";
    Attachments = "application.attachments" => application.attachments: Kind::List,
        "Өтінішке қоса берілетін құжаттар", "Прилагаемые к заявлению документы";
    RegistrationNumber = "notice.registration_number" => notice.registration_number: Kind::Text,
        "Тіркеу нөмірі", "Регистрационный номер";
    ApplicationDate = "notice.application_date" => notice.application_date: Kind::Date,
        "Өтініш берілген күн", "Дата подачи заявления";
    QueueNumber = "notice.queue_number" => notice.queue_number: Kind::Count,
        "Кезектегі нөмірі", "Номер в очереди";
    Reason = "notice.reason" => notice.reason: Kind::Text, "Себебі", "Причина";
    /// App. 11's amount; 390 000 tenge when not given (app. 12 item 6).
    Fee = "notice.fee_tenge" => notice.fee_tenge: Kind::Amount,
        "Оқу ақысы, теңге", "Стоимость обучения, тенге";
    ArrivalAt = "notice.arrival_at" => notice.arrival_at: Kind::Moment,
        "Келу күні мен уақыты", "Дата и время прибытия";
    OrganisationAddress = "notice.organisation_address" => notice.organisation_address: Kind::Text,
        "Мамандандырылған ұйымның мекенжайы", "Адрес специализированной организации";
    /// The notice a complaint contests (p. 45).
    ComplaintAgainst = "complaint.against" => complaint.against: Kind::Choice(&Contested::CODES),
        "Шағым жасалатын хабарлама", "Обжалуемое уведомление";
    ComplaintNoticeDate = "complaint.notice_date" => complaint.notice_date: Kind::Date,
        "Хабарламаның күні", "Дата уведомления";
    ComplaintGrounds = "complaint.grounds" => complaint.grounds: Kind::Text,
        "Шағымның негіздері", "Доводы жалобы";
    ComplaintDemand = "complaint.demand" => complaint.demand: Kind::Text,
        "Талабым", "Требование";
    ComplaintDate = "complaint.date" => complaint.date: Kind::Date,
        "Шағымның күні", "Дата жалобы";
    /// The 3 working days of p. 45 run from it.
    ComplaintReceivedOn = "complaint.received_on" => complaint.received_on: Kind::Date,
        "Шағымның көрсетілетін қызметті берушіге келіп түскен күні",
        "Дата поступления жалобы услугодателю";
    /// The 5 and 15 working days of p. 45 run from it.
    ComplaintRegisteredOn = "complaint.registered_on" => complaint.registered_on: Kind::Date,
        "Шағымды қарайтын органда тіркелген күні",
        "Дата регистрации жалобы в рассматривающем органе";
}

impl Place {
    /// The place at the dotted JSON `path`; a list item's index is not part of it
    /// (`application.attachments[2]` is the attachments).
    ///
    /// ```
    /// use dayarlyq_rules::case_file::Place;
    ///
    /// assert_eq!(Place::from_path("applicant.birth_date"), Some(Place::BirthDate));
    /// assert_eq!(Place::from_path("application.attachments[2]"), Some(Place::Attachments));
    /// assert_eq!(Place::from_path("applicant.nickname"), None);
    /// ```
    pub fn from_path(path: &str) -> Option<Place> {
        let path = path.split_once('[').map_or(path, |(p, _)| p);
        Place::ALL.iter().copied().find(|p| p.path() == path)
    }

    /// The place's name in both languages.
    pub fn name(self) -> Localized {
        Localized::new(self.label(Lang::Kk), self.label(Lang::Ru))
    }
}

/// A place is written as its JSON path.
impl Serialize for Place {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.path())
    }
}

/// Each member's type is read and written as its slot.
macro_rules! slots {
    ($($ty:ty => $variant:ident),+ $(,)?) => {$(
        impl<'a> From<&'a $ty> for Slot<'a> {
            fn from(v: &'a $ty) -> Self {
                Slot::$variant(v)
            }
        }
        impl<'a> From<&'a mut $ty> for SlotMut<'a> {
            fn from(v: &'a mut $ty) -> Self {
                SlotMut::$variant(v)
            }
        }
    )+};
}

slots!(
    Option<String> => Text,
    Option<bool> => Flag,
    Option<u32> => Count,
    Option<u64> => Amount,
    Vec<String> => List,
);

impl Slot<'_> {
    /// Whether the place holds a value (a text holds one even when blank: it was typed).
    pub fn is_set(self) -> bool {
        match self {
            Slot::Text(v) => v.is_some(),
            Slot::Flag(v) => v.is_some(),
            Slot::Count(v) => v.is_some(),
            Slot::Amount(v) => v.is_some(),
            Slot::List(v) => !v.is_empty(),
        }
    }
}

/// Yes and no, as the case file writes a flag.
const TRUE: &str = "true";
const FALSE: &str = "false";

impl CaseFile {
    /// The parts of the case file left out when they hold nothing (the others are always
    /// written): those added after the contract's example.
    pub const OPTIONAL_PARTS: [&'static str; 1] = ["complaint"];

    /// The text typed at a text place, trimmed; `None` when missing or blank, and for places of
    /// other kinds (see [`CaseFile::get`]).
    ///
    /// ```
    /// use dayarlyq_rules::case_file::{CaseFile, Place};
    ///
    /// let mut case = CaseFile::default();
    /// case.set(Place::ApplicantSurname, " Қуаңышбаев ");
    /// assert_eq!(case.given(Place::ApplicantSurname), Some("Қуаңышбаев"));
    /// case.set(Place::ApplicantSurname, "  ");
    /// assert_eq!(case.given(Place::ApplicantSurname), None);
    /// ```
    pub fn given(&self, place: Place) -> Option<&str> {
        match self.slot(place) {
            Slot::Text(v) => v.as_deref().map(str::trim).filter(|s| !s.is_empty()),
            _ => None,
        }
    }

    /// The value at `place` as a form shows it: a text as typed, a flag as `true`/`false`, a
    /// number in digits, a list one item a line; `None` when missing or blank.
    pub fn get(&self, place: Place) -> Option<String> {
        match self.slot(place) {
            Slot::Text(v) => v
                .as_deref()
                .filter(|s| !s.trim().is_empty())
                .map(str::to_owned),
            Slot::Flag(v) => v.map(|b| if b { TRUE } else { FALSE }.to_owned()),
            Slot::Count(v) => v.map(|n| n.to_string()),
            Slot::Amount(v) => v.map(|n| n.to_string()),
            Slot::List(v) => (!v.is_empty()).then(|| v.join("\n")),
        }
    }

    /// Stores `value` at `place` as a form typed it (the reverse of [`CaseFile::get`]): a text as
    /// typed, blank is missing; a flag from `true`/`false`; a number from its digits; a list one
    /// item a line. A flag or number that does not read leaves the place empty: a form keeps
    /// what was typed beside the case and says what is wrong. Writing the case's moment of
    /// sending or its "as of" day drops the applicant's own copy (see [`CaseFile::take_copies`]).
    pub fn set(&mut self, place: Place, value: &str) {
        match place {
            Place::SubmittedAt => self.applicant.submitted_at = None,
            Place::AsOf => self.applicant.as_of = None,
            _ => {}
        }
        let blank = value.trim().is_empty();
        match self.slot_mut(place) {
            SlotMut::Text(v) => *v = (!blank).then(|| value.to_owned()),
            SlotMut::Flag(v) => {
                *v = match value.trim() {
                    TRUE => Some(true),
                    FALSE => Some(false),
                    _ => None,
                }
            }
            SlotMut::Count(v) => *v = value.trim().parse().ok(),
            SlotMut::Amount(v) => *v = value.trim().parse().ok(),
            SlotMut::List(v) => {
                v.clear();
                if !value.is_empty() {
                    v.extend(value.split('\n').map(str::to_owned));
                }
            }
        }
    }

    /// The moment the application was sent, as typed, with the place it was found at: the
    /// application's (app. 6 prints it, and the day of acceptance is the application's), else the
    /// applicant's own copy (a bare applicant given to `check` carries it). Blank is missing.
    ///
    /// ```
    /// use dayarlyq_rules::case_file::{CaseFile, Place};
    ///
    /// let mut case = CaseFile::default();
    /// case.applicant.submitted_at = Some("2026-03-20T10:00".into());
    /// assert_eq!(case.submitted_at(), Some((Place::ApplicantSubmittedAt, "2026-03-20T10:00")));
    /// case.application.submitted_at = Some("2026-03-20T19:30".into());
    /// assert_eq!(case.submitted_at(), Some((Place::SubmittedAt, "2026-03-20T19:30")));
    /// case.application.submitted_at = Some(" ".into());
    /// assert_eq!(case.submitted_at(), Some((Place::ApplicantSubmittedAt, "2026-03-20T10:00")));
    /// ```
    pub fn submitted_at(&self) -> Option<(Place, &str)> {
        first_given(self, [Place::SubmittedAt, Place::ApplicantSubmittedAt])
    }

    /// Moves the applicant's own copies of the moment of sending and of the "as of" day (a bare
    /// applicant given to `check` carries them) to the case's places, where a form edits them;
    /// where the case's own are given, the copies are dropped, as they count for nothing then.
    /// The case then holds each once, and its verdict is the same.
    pub fn take_copies(&mut self) {
        if let Some(copy) = self.applicant.submitted_at.take()
            && self.given(Place::SubmittedAt).is_none()
        {
            self.application.submitted_at = Some(copy);
        }
        if let Some(copy) = self.applicant.as_of.take()
            && self.given(Place::AsOf).is_none()
        {
            self.as_of = Some(copy);
        }
    }

    /// The day to judge on, as typed, with the place it was found at: the case file's own
    /// (`as_of`), else the applicant's (a bare applicant given to `check` carries it). Blank is
    /// missing; then the day is today ([`CaseFile::as_of`]).
    pub fn as_of_text(&self) -> Option<(Place, &str)> {
        first_given(self, [Place::AsOf, Place::ApplicantAsOf])
    }

    /// The case as a flat list of (dotted path, value): a value per place that holds one (as
    /// [`CaseFile::get`] writes it), a list's items one by one. It is how two WebAssembly
    /// modules of the web app hand a case to each other without a JSON codec in the first load;
    /// [`CaseFile::from_entries`] reads it back unchanged.
    pub fn entries(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for &place in Place::ALL {
            match self.slot(place) {
                Slot::List(items) => out.extend(items.iter().map(|v| (place.path(), v.clone()))),
                Slot::Text(Some(v)) => out.push((place.path(), v.clone())),
                _ => out.extend(self.get(place).map(|v| (place.path(), v))),
            }
        }
        out
    }

    /// The case of [`CaseFile::entries`]. An unknown path, or a number or yes/no that does not
    /// read, leaves its place empty: the entries come from this program, not a person.
    pub fn from_entries<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> CaseFile {
        let mut case = CaseFile::default();
        for (path, value) in entries {
            let Some(place) = Place::from_path(path) else {
                continue;
            };
            match case.slot_mut(place) {
                SlotMut::List(items) => items.push(value.to_owned()),
                SlotMut::Text(v) => *v = Some(value.to_owned()),
                _ => case.set(place, value),
            }
        }
        case
    }

    /// How many places hold a value.
    pub fn answered(&self) -> usize {
        Place::ALL
            .iter()
            .filter(|p| self.slot(**p).is_set())
            .count()
    }
}

fn first_given<const N: usize>(case: &CaseFile, places: [Place; N]) -> Option<(Place, &str)> {
    places
        .into_iter()
        .find_map(|p| case.given(p).map(|v| (p, v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A case with every member filled, written without `..Default`: a member added to the
    /// format and not to the schema fails to compile here, and then the walk below.
    fn every_member() -> CaseFile {
        let s = |v: &str| Some(v.to_owned());
        CaseFile {
            as_of: s("2026-03-20"),
            applicant: ApplicantData {
                surname: s("Қуаңышбаев"),
                name: s("Әбілғазы"),
                patronymic: s("Өмірұлы"),
                iin: s("921029350851"),
                birth_date: s("1992-10-29"),
                sex: s("male"),
                address: s("Алматы"),
                phone: s("+7 701 234 56 78"),
                status: s("reservist"),
                fitness: s("fit"),
                education: s("higher"),
                deferment: Some(false),
                medical_conclusion_date: s("2026-03-18"),
                submitted_at: s("2026-03-20T10:00"),
                as_of: s("2026-03-19"),
            },
            provider: ProviderData {
                region: s("Алматы облысы"),
                district: s("Талғар ауданы"),
                name: s("Талғар ауданының қорғаныс істері бөлімі"),
                employee: s("Сейітов Н.Қ."),
            },
            application: ApplicationData {
                submitted_at: s("2026-03-20T19:30"),
                period_from: s("2026-05-04"),
                period_to: s("2026-06-16"),
                attachments: vec!["Карта".into(), "Анықтама".into()],
            },
            notice: NoticeData {
                registration_number: s("02-17/4589"),
                application_date: s("2026-03-26"),
                queue_number: Some(17),
                reason: s("себеп"),
                fee_tenge: Some(390_000),
                arrival_at: s("2026-05-04T09:00"),
                organisation_address: s("Алматы қаласы"),
            },
            complaint: ComplaintData {
                against: s("9"),
                notice_date: s("2026-04-02"),
                grounds: s("Құжаттарым дұрыс"),
                demand: s("Шешімнің күшін жоюды"),
                date: s("2026-04-06"),
                received_on: s("2026-04-06"),
                registered_on: s("2026-04-09"),
            },
        }
    }

    #[test]
    fn every_place_is_a_member_of_the_json_at_its_path() {
        let case = every_member();
        let json = serde_json::to_value(&case).unwrap();
        let mut members = 0;
        for (_, part) in json.as_object().unwrap() {
            members += part.as_object().map_or(1, |m| m.len());
        }
        assert_eq!(members, Place::ALL.len(), "a member without a place");
        for &place in Place::ALL {
            let mut at = &json;
            for key in place.path().split('.') {
                at = &at[key];
            }
            let expected = match place.kind() {
                Kind::Flag => at.is_boolean(),
                Kind::Count | Kind::Amount => at.is_u64(),
                Kind::List => at.is_array(),
                _ => at.is_string(),
            };
            assert!(expected, "{} is {at}", place.path());
            assert!(case.slot(place).is_set(), "{}", place.path());
            assert_eq!(Place::from_path(place.path()), Some(place));
        }
    }

    #[test]
    fn a_case_without_a_complaint_writes_no_complaint() {
        // The contract's example has four parts; a case that gives no complaint keeps to them.
        let json = serde_json::to_value(CaseFile::default()).unwrap();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, ["applicant", "application", "notice", "provider"]);
        assert!(serde_json::to_value(every_member()).unwrap()["complaint"].is_object());
    }

    #[test]
    fn every_place_reads_back_what_a_form_stored() {
        let case = every_member();
        let mut copy = CaseFile::default();
        // The case's own moment and day first: writing them drops the applicant's copies.
        let own = [Place::AsOf, Place::SubmittedAt];
        let rest = Place::ALL.iter().copied().filter(|p| !own.contains(p));
        for place in own.into_iter().chain(rest) {
            let value = case.get(place).unwrap();
            copy.set(place, &value);
        }
        assert_eq!(copy, case);
        assert_eq!(
            CaseFile::from_entries(case.entries().iter().map(|(p, v)| (*p, v.as_str()))),
            case
        );
        assert_eq!(case.answered(), Place::ALL.len());
    }

    #[test]
    fn values_that_do_not_read_leave_their_place_empty() {
        let mut case = every_member();
        case.set(Place::Deferment, "yes");
        case.set(Place::QueueNumber, "17-ші");
        case.set(Place::Fee, "-5");
        case.set(Place::Attachments, "");
        case.set(Place::ApplicantSurname, " \t");
        assert_eq!(case.applicant.deferment, None);
        assert_eq!(case.notice.queue_number, None);
        assert_eq!(case.notice.fee_tenge, None);
        assert!(case.application.attachments.is_empty());
        assert_eq!(case.applicant.surname, None);
    }

    #[test]
    fn the_case_holds_one_moment_and_one_day() {
        let mut case = every_member();
        case.take_copies();
        assert_eq!(case.applicant.submitted_at, None);
        assert_eq!(case.given(Place::SubmittedAt), Some("2026-03-20T19:30"));
        assert_eq!(case.given(Place::AsOf), Some("2026-03-20"));
        let mut bare = CaseFile::default();
        bare.applicant.submitted_at = Some("2026-03-20T10:00".into());
        bare.applicant.as_of = Some("2026-03-19".into());
        let before = (
            bare.submitted_at().map(|(_, t)| t.to_owned()),
            bare.as_of_text().map(|(_, t)| t.to_owned()),
        );
        bare.take_copies();
        let after = (
            bare.submitted_at().map(|(_, t)| t.to_owned()),
            bare.as_of_text().map(|(_, t)| t.to_owned()),
        );
        assert_eq!(before, after);
        assert_eq!(
            bare.submitted_at().map(|(p, _)| p),
            Some(Place::SubmittedAt)
        );
        bare.applicant.submitted_at = Some("2026-03-21T10:00".into());
        bare.set(Place::SubmittedAt, "2026-03-22T10:00");
        assert_eq!(bare.applicant.submitted_at, None, "one moment for the case");
    }

    #[test]
    fn every_place_has_a_name_in_both_languages() {
        for &place in Place::ALL {
            for lang in Lang::ALL {
                assert!(!place.label(lang).is_empty(), "{place:?}");
            }
        }
    }
}
