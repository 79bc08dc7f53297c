//! What a case still lacks for a form: the required blanks left empty, and the values typed that
//! the form cannot read.

use dayarlyq_rules::case_file::{CaseFile, Kind, Place};
use dayarlyq_rules::input::ErrorCode;
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::text::{Lang, Localized};
use serde::Serialize;

use crate::form::Form;
use crate::values::Values;

/// The required blanks of `form` that the document built from `case` leaves empty: not typed,
/// or typed but unreadable (then [`invalid_fields`] says why). A form can be rendered all the
/// same; its blanks print as lines to fill by hand.
///
/// ```
/// use dayarlyq_documents::{missing_required, Form};
/// use dayarlyq_rules::case_file::{CaseFile, Place};
///
/// let mut case = CaseFile::default();
/// case.application.period_from = Some("2026-05-04".into());
/// assert_eq!(missing_required(Form::PaymentNeeded, &case), [Place::PeriodTo]);
/// ```
pub fn missing_required(form: Form, case: &CaseFile) -> Vec<Place> {
    let values = Values::new(case);
    form.blanks()
        .iter()
        .copied()
        .filter(|&p| form.requires(p) && !values.is_filled(p))
        .collect()
}

/// A value typed at a place that the form cannot use: it leaves its blank line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InvalidField {
    pub place: Place,
    /// The value as typed.
    pub value: String,
    /// What is wrong and what was expected, naming the place.
    pub message: Localized,
}

/// The values of `form`'s blanks in `case` that cannot be read (a date that is not
/// `YYYY-MM-DD`, a moment that is not `YYYY-MM-DDTHH:MM`, a day not in the calendar).
pub fn invalid_fields(form: Form, case: &CaseFile) -> Vec<InvalidField> {
    let values = Values::new(case);
    form.blanks()
        .iter()
        .filter_map(|&p| invalid(&values, p))
        .collect()
}

/// Why the value typed at `place` cannot fill its blank, if it cannot.
fn invalid(values: &Values, place: Place) -> Option<InvalidField> {
    let raw = values.raw(place)?;
    let problem = match place.kind() {
        Kind::Date => {
            let e = parse_date(place.path(), raw).err()?;
            if e.code == ErrorCode::Format {
                Localized::new(
                    "күн ЖЖЖЖ-АА-КК түрінде жазылуы керек (мысалы, 2026-05-04).",
                    "дата должна быть в виде ГГГГ-ММ-ДД (например, 2026-05-04).",
                )
            } else {
                Localized::new("күнтізбеде мұндай күн жоқ.", "такой даты в календаре нет.")
            }
        }
        Kind::Moment => {
            Moment::parse(place.path(), raw).err()?;
            Localized::new(
                "күн мен уақыт ЖЖЖЖ-АА-ККTСС:ММ түрінде жазылуы керек (мысалы, 2026-05-04T09:00).",
                "дата и время должны быть в виде ГГГГ-ММ-ДДTЧЧ:ММ (например, 2026-05-04T09:00).",
            )
        }
        _ => return None,
    };
    Some(InvalidField::new(place, raw, problem))
}

impl InvalidField {
    fn new(place: Place, value: &str, problem: Localized) -> InvalidField {
        let message = |lang: Lang| {
            format!(
                "«{}» ({}): «{value}» — {}",
                place.label(lang),
                place.path(),
                problem.get(lang)
            )
        };
        InvalidField {
            place,
            value: value.to_owned(),
            message: Localized::new(message(Lang::Kk), message(Lang::Ru)),
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }
}
