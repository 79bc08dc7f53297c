//! What a case still lacks for a form: the required blanks left empty, the values typed that
//! the form cannot read, the characters its PDF cannot draw, and what deserves a second look.

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::{CaseFile, Kind, Place};
use dayarlyq_rules::input::ErrorCode;
use dayarlyq_rules::moment::{Moment, parse_date};
use dayarlyq_rules::text::{Lang, Localized};
use serde::Serialize;

use crate::form::Form;
use crate::glyphs;
use crate::period::{self, PeriodIssue};
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

/// A value typed at a place that the form cannot use: it leaves its blank line
/// ([`invalid_fields`]), or, for [`undrawable_fields`], characters of it are not in the PDF.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InvalidField {
    pub place: Place,
    /// The value as typed.
    pub value: String,
    /// What is wrong and what was expected, naming the place.
    pub message: Localized,
}

/// The values of `form`'s blanks in `case` that cannot be read (a date that is not
/// `YYYY-MM-DD`, a moment that is not `YYYY-MM-DDTHH:MM`, a day not in the calendar), and a
/// training period's end before its start ([`crate::period`]), at the end's place.
///
/// ```
/// use dayarlyq_documents::{invalid_fields, Form};
/// use dayarlyq_rules::case_file::{CaseFile, Place};
///
/// let mut case = CaseFile::default();
/// case.application.period_from = Some("2026-05-04".into());
/// case.application.period_to = Some("2026-05-03".into());
/// let invalid = invalid_fields(Form::Application, &case);
/// assert_eq!(invalid[0].place, Place::PeriodTo);
/// assert!(invalid[0].message.ru.contains("03.05.2026 — раньше даты начала обучения (04.05.2026)"));
/// ```
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
            let e = match parse_date(place.path(), raw) {
                Ok(date) => return out_of_order(values, place, raw, date),
                Err(e) => e,
            };
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
        Kind::Choice(codes) => {
            if codes.contains(&raw) {
                return None;
            }
            let list = codes.join(", ");
            Localized::new(
                format!("мына мәндердің бірі күтіледі: {list}."),
                format!("ожидается одно из значений: {list}."),
            )
        }
        _ => return None,
    };
    Some(InvalidField::new(place, raw, problem))
}

/// The period's end, when it comes before its start.
fn out_of_order(values: &Values, place: Place, raw: &str, to: Date) -> Option<InvalidField> {
    if place != Place::PeriodTo {
        return None;
    }
    let from = values.date(Place::PeriodFrom)?;
    let issue @ PeriodIssue::EndsBeforeStart { .. } = period::check(from, to)? else {
        return None;
    };
    let problem = issue.problem();
    let message = |lang: Lang| {
        format!(
            "«{}» ({}): {}",
            place.label(lang),
            place.path(),
            problem.get(lang)
        )
    };
    Some(InvalidField {
        place,
        value: raw.to_owned(),
        message: Localized::new(message(Lang::Kk), message(Lang::Ru)),
    })
}

/// The values of `form`'s blanks in `case` with characters the PDF's font cannot draw
/// ([`glyphs`]): an emoji, a Chinese character. The preview and the printed page show them
/// (the browser's fonts draw them); the PDF would not, so they are named before it is made.
///
/// ```
/// use dayarlyq_documents::{undrawable_fields, Form};
/// use dayarlyq_rules::case_file::{CaseFile, Place};
///
/// let mut case = CaseFile::default();
/// case.applicant.surname = Some("Қуаңышбаев 😀".into());
/// let found = undrawable_fields(Form::Application, &case);
/// assert_eq!(found[0].place, Place::ApplicantSurname);
/// assert_eq!(found[0].value, "😀");
/// assert!(found[0].message.kk.contains("«😀» (U+1F600)"));
/// ```
pub fn undrawable_fields(form: Form, case: &CaseFile) -> Vec<InvalidField> {
    let values = Values::new(case);
    form.blanks()
        .iter()
        .filter_map(|&place| {
            let text = match place.kind() {
                Kind::Text | Kind::Phone => values.text(place)?,
                Kind::List => values.attachments().join("\n"),
                _ => return None,
            };
            let chars = glyphs::undrawable(&text);
            (!chars.is_empty()).then(|| undrawable(place, &chars))
        })
        .collect()
}

/// At most this many characters are named; a value with more says "…".
const NAMED_CHARACTERS: usize = 8;

fn undrawable(place: Place, chars: &[char]) -> InvalidField {
    let mut list: Vec<String> = chars
        .iter()
        .take(NAMED_CHARACTERS)
        .map(|c| format!("«{c}» (U+{:04X})", u32::from(*c)))
        .collect();
    if chars.len() > NAMED_CHARACTERS {
        list.push("…".to_owned());
    }
    let list = list.join(", ");
    let (kk, ru) = if chars.len() == 1 {
        (
            format!(
                "PDF қарпінде {list} таңбасы жоқ: ол PDF-те шықпайды. Оны алып тастаңыз                  немесе басқа әріппен ауыстырыңыз."
            ),
            format!(
                "в шрифте PDF нет символа {list}: в PDF его не будет. Удалите его или                  замените другой буквой."
            ),
        )
    } else {
        (
            format!(
                "PDF қарпінде мына таңбалар жоқ: {list}. Олар PDF-те шықпайды: оларды алып                  тастаңыз немесе басқа әріптермен ауыстырыңыз."
            ),
            format!(
                "в шрифте PDF нет символов: {list}. В PDF их не будет: удалите их или                  замените другими буквами."
            ),
        )
    };
    let message = |lang: Lang, problem: &str| {
        format!("«{}» ({}): {problem}", place.label(lang), place.path())
    };
    InvalidField {
        place,
        value: chars.iter().collect(),
        message: Localized::new(message(Lang::Kk, &kk), message(Lang::Ru, &ru)),
    }
}

/// A value the form uses that deserves a second look: said beside its field, never a barrier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldWarning {
    pub place: Place,
    /// What to look at, naming the place.
    pub message: Localized,
}

impl FieldWarning {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }
}

/// What in `case` deserves a second look on `form`: a training period whose length is not the
/// Rules' (p. 43), at the period's end.
///
/// ```
/// use dayarlyq_documents::{warnings, Form};
/// use dayarlyq_rules::case_file::{CaseFile, Place};
///
/// let mut case = CaseFile::default();
/// case.application.period_from = Some("2026-05-04".into());
/// case.application.period_to = Some("2026-06-30".into());
/// let found = warnings(Form::PaymentNeeded, &case);
/// assert_eq!(found[0].place, Place::PeriodTo);
/// assert!(found[0].message.kk.contains("58 күнтізбелік күн"));
/// ```
pub fn warnings(form: Form, case: &CaseFile) -> Vec<FieldWarning> {
    let values = Values::new(case);
    let mut out = Vec::new();
    if form.blanks().contains(&Place::PeriodTo)
        && let (Some(from), Some(to)) =
            (values.date(Place::PeriodFrom), values.date(Place::PeriodTo))
        && let Some(issue @ PeriodIssue::Length { .. }) = period::check(from, to)
    {
        let problem = issue.problem();
        let message = |lang: Lang| {
            let label = match lang {
                Lang::Kk => "Даярлау кезеңі",
                Lang::Ru => "Период подготовки",
            };
            format!("{label}: {}", problem.get(lang))
        };
        out.push(FieldWarning {
            place: Place::PeriodTo,
            message: Localized::new(message(Lang::Kk), message(Lang::Ru)),
        });
    }
    out
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
