//! The fillable fields of the forms: where each lives in the case file, its label in both
//! languages, which forms need it, and what is still missing or unreadable in a case.

use dayarlyq_rules::case_file::CaseFile;
use dayarlyq_rules::text::{Lang, Localized};
use serde::Serialize;

use crate::form::Form;
use crate::values::Values;

/// A blank of a form that the case file fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "&'static str")]
pub enum Field {
    ProviderRegion,
    ProviderDistrict,
    ApplicantAddress,
    ApplicantName,
    ApplicantPatronymic,
    ApplicantSurname,
    ApplicantPhone,
    PeriodFrom,
    PeriodTo,
    Attachments,
    SubmittedAt,
    RegistrationNumber,
    ApplicationDate,
    QueueNumber,
    Reason,
    ProviderName,
    Employee,
    Fee,
    ArrivalAt,
    OrganisationAddress,
}

impl Field {
    /// The JSON key path in the case file (`example-case.json`): `applicant.surname`.
    pub const fn path(self) -> &'static str {
        match self {
            Field::ProviderRegion => "provider.region",
            Field::ProviderDistrict => "provider.district",
            Field::ApplicantAddress => "applicant.address",
            Field::ApplicantName => "applicant.name",
            Field::ApplicantPatronymic => "applicant.patronymic",
            Field::ApplicantSurname => "applicant.surname",
            Field::ApplicantPhone => "applicant.phone",
            Field::PeriodFrom => "application.period_from",
            Field::PeriodTo => "application.period_to",
            Field::Attachments => "application.attachments",
            Field::SubmittedAt => "application.submitted_at",
            Field::RegistrationNumber => "notice.registration_number",
            Field::ApplicationDate => "notice.application_date",
            Field::QueueNumber => "notice.queue_number",
            Field::Reason => "notice.reason",
            Field::ProviderName => "provider.name",
            Field::Employee => "provider.employee",
            Field::Fee => "notice.fee_tenge",
            Field::ArrivalAt => "notice.arrival_at",
            Field::OrganisationAddress => "notice.organisation_address",
        }
    }

    /// The field whose JSON key path is `path`.
    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.path() == path)
    }

    pub const ALL: [Field; 20] = [
        Field::ProviderRegion,
        Field::ProviderDistrict,
        Field::ApplicantAddress,
        Field::ApplicantName,
        Field::ApplicantPatronymic,
        Field::ApplicantSurname,
        Field::ApplicantPhone,
        Field::PeriodFrom,
        Field::PeriodTo,
        Field::Attachments,
        Field::SubmittedAt,
        Field::RegistrationNumber,
        Field::ApplicationDate,
        Field::QueueNumber,
        Field::Reason,
        Field::ProviderName,
        Field::Employee,
        Field::Fee,
        Field::ArrivalAt,
        Field::OrganisationAddress,
    ];

    /// The label of the field for a staff member filling the form.
    pub fn label(self) -> Localized {
        let (kk, ru) = match self {
            Field::ProviderRegion => ("Облыс (қала)", "Область (город)"),
            Field::ProviderDistrict => ("Аудан (қала)", "Район (город)"),
            Field::ApplicantAddress => ("Тұрғылықты мекенжайы", "Адрес проживания"),
            Field::ApplicantName => ("Аты", "Имя"),
            Field::ApplicantPatronymic => ("Әкесінің аты (болса)", "Отчество (при наличии)"),
            Field::ApplicantSurname => ("Тегі", "Фамилия"),
            Field::ApplicantPhone => ("Телефоны", "Телефон"),
            Field::PeriodFrom => ("Даярлау кезеңінің басы", "Начало периода подготовки"),
            Field::PeriodTo => ("Даярлау кезеңінің соңы", "Конец периода подготовки"),
            Field::Attachments => (
                "Өтінішке қоса берілетін құжаттар",
                "Прилагаемые к заявлению документы",
            ),
            Field::SubmittedAt => ("Өтініш берілген уақыт", "Время подачи заявления"),
            Field::RegistrationNumber => ("Тіркеу нөмірі", "Регистрационный номер"),
            Field::ApplicationDate => ("Өтініш берілген күн", "Дата подачи заявления"),
            Field::QueueNumber => ("Кезектегі нөмірі", "Номер в очереди"),
            Field::Reason => ("Себебі", "Причина"),
            Field::ProviderName => (
                "Көрсетілетін қызметті берушінің атауы",
                "Наименование услугодателя",
            ),
            Field::Employee => ("Қызметкер", "Сотрудник"),
            Field::Fee => ("Оқу ақысы, теңге", "Стоимость обучения, тенге"),
            Field::ArrivalAt => ("Келу күні мен уақыты", "Дата и время прибытия"),
            Field::OrganisationAddress => (
                "Мамандандырылған ұйымның мекенжайы",
                "Адрес специализированной организации",
            ),
        };
        Localized::new(kk, ru)
    }
}

impl From<Field> for &'static str {
    fn from(field: Field) -> &'static str {
        field.path()
    }
}

impl Form {
    /// The fields the form fills from the case file, in the order they appear on it.
    pub const fn fields(self) -> &'static [Field] {
        use Field::*;
        match self {
            Form::Application => &[
                ProviderRegion,
                ProviderDistrict,
                ApplicantAddress,
                ApplicantName,
                ApplicantPatronymic,
                ApplicantSurname,
                ApplicantPhone,
                PeriodFrom,
                PeriodTo,
                Attachments,
                SubmittedAt,
            ],
            Form::Queued => &[
                RegistrationNumber,
                ApplicationDate,
                ApplicantName,
                ApplicantPatronymic,
                ApplicantSurname,
                QueueNumber,
                ProviderName,
                Employee,
            ],
            Form::Refusal => &[
                RegistrationNumber,
                ApplicationDate,
                Reason,
                ProviderName,
                Employee,
            ],
            Form::Removal => &[RegistrationNumber, ApplicationDate, Reason],
            Form::PaymentNeeded => &[PeriodFrom, PeriodTo, Fee],
            Form::Referral => &[
                ApplicantName,
                ApplicantPatronymic,
                ApplicantSurname,
                PeriodFrom,
                PeriodTo,
                ArrivalAt,
                OrganisationAddress,
            ],
            Form::ProactiveRefusal => &[],
        }
    }

    /// Whether the form cannot be complete without `field`. The patronymic is asked "(болса)"
    /// — if any — and the fee has its default (app. 12 item 6), so neither is required.
    pub fn requires(self, field: Field) -> bool {
        self.fields().contains(&field) && !matches!(field, Field::ApplicantPatronymic | Field::Fee)
    }
}

/// The required fields of `form` that the document built from `case` leaves blank: not typed,
/// or typed but unreadable (then [`invalid_fields`] says why). A form can be rendered all the
/// same; its blanks print as lines to fill by hand.
///
/// ```
/// use dayarlyq_documents::{missing_required, Field, Form};
/// use dayarlyq_rules::case_file::CaseFile;
///
/// let mut case = CaseFile::default();
/// case.application.period_from = Some("2026-05-04".into());
/// assert_eq!(missing_required(Form::PaymentNeeded, &case), [Field::PeriodTo]);
/// ```
pub fn missing_required(form: Form, case: &CaseFile) -> Vec<Field> {
    let values = Values::new(case);
    form.fields()
        .iter()
        .copied()
        .filter(|&f| form.requires(f) && !values.is_filled(f))
        .collect()
}

/// A value typed into a field that the form cannot use: it leaves its blank line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InvalidField {
    pub field: Field,
    /// The value as typed.
    pub value: String,
    /// What is wrong and what was expected, naming the field.
    pub message: Localized,
}

/// The values of `form`'s fields in `case` that cannot be read (a date that is not
/// `YYYY-MM-DD`, a moment that is not `YYYY-MM-DDTHH:MM`, a day not in the calendar).
pub fn invalid_fields(form: Form, case: &CaseFile) -> Vec<InvalidField> {
    let values = Values::new(case);
    form.fields()
        .iter()
        .filter_map(|&f| values.invalid(f))
        .collect()
}

impl InvalidField {
    pub(crate) fn new(field: Field, value: &str, problem: Localized) -> InvalidField {
        let label = field.label();
        InvalidField {
            field,
            value: value.to_owned(),
            message: Localized::new(
                format!(
                    "«{}» ({}): «{value}» — {}",
                    label.kk,
                    field.path(),
                    problem.kk
                ),
                format!(
                    "«{}» ({}): «{value}» — {}",
                    label.ru,
                    field.path(),
                    problem.ru
                ),
            ),
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }
}
