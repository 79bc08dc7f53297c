//! A file name to save a document under: `qosymsha-6-quanyshbaev-2026-03-20.pdf`.
//!
//! ASCII only, so it survives every file system, mail client and archive: Kazakh and Russian
//! letters are written in the Kazakh Latin alphabet of 2021 (presented in January 2021) and then stripped of diacritics: ä → a, ğ → g,
//! ñ → n, ö → o, ū → u, ü → u, ı/i̇ → i, with ş → sh and ç → ch written as digraphs.
//! Letters outside that alphabet follow the common practice: ё → io, ю → iu, я → ia, ц → ts,
//! щ → shch, ъ and ь are dropped. Anything else becomes a hyphen.

use dayarlyq_rules::Date;
use dayarlyq_rules::case_file::CaseFile;

use crate::form::Form;
use crate::values::Values;
use dayarlyq_rules::case_file::Place;

/// `qosymsha-<appendix>-<surname>-<date>.pdf`: "қосымша" (appendix), the form's number, the
/// applicant's surname if typed, and `date` (the caller's: today, or the document's date).
///
/// ```
/// use dayarlyq_documents::{file_name, Form};
/// use dayarlyq_rules::{case_file::CaseFile, Date};
///
/// let mut case = CaseFile::default();
/// case.applicant.surname = Some("Қуаңышбаев".into());
/// let date = Date::constant(2026, 3, 20);
/// assert_eq!(file_name(Form::Application, &case, date), "qosymsha-6-quanyshbaev-2026-03-20.pdf");
/// assert_eq!(file_name(Form::Queued, &CaseFile::default(), date), "qosymsha-8-2026-03-20.pdf");
/// ```
///
/// At most [`MAX_FILE_NAME`] characters: a long surname is cut (never the form's number, the
/// date or the extension), on a character boundary and without a hyphen left at the cut.
///
/// ```
/// use dayarlyq_documents::{file_name, Form, MAX_FILE_NAME};
/// use dayarlyq_rules::{case_file::CaseFile, Date};
///
/// let mut case = CaseFile::default();
/// case.applicant.surname = Some("Қуаңышбаев-".repeat(40));
/// let name = file_name(Form::Referral, &case, Date::constant(2026, 3, 20));
/// assert!(name.len() <= MAX_FILE_NAME);
/// assert!(name.starts_with("qosymsha-13-quanyshbaev-quanyshbaev-"));
/// assert!(name.ends_with("-2026-03-20.pdf") && !name.contains("--"));
/// ```
pub fn file_name(form: Form, case: &CaseFile, date: Date) -> String {
    let surname = Values::new(case)
        .text(Place::ApplicantSurname)
        .map(|s| transliterate(&s))
        .unwrap_or_default();
    let head = match form.appendix() {
        Some(n) => format!("qosymsha-{n}"),
        None => "shagym".to_owned(),
    };
    let tail = format!("-{date}.pdf");
    // The surname and the hyphen before it fit in what the rest leaves.
    let room = MAX_FILE_NAME.saturating_sub(head.len() + tail.len() + 1);
    let surname = cut(&surname, room);
    if surname.is_empty() {
        format!("{head}{tail}")
    } else {
        format!("{head}-{surname}{tail}")
    }
}

/// The longest file name [`file_name`] makes, in characters (and bytes: it is ASCII). File
/// systems take 255 bytes, but archives, mail clients and the systems documents are uploaded to
/// often take less, and a name is read by people.
pub const MAX_FILE_NAME: usize = 100;

/// The first `max` characters of `text`, without a hyphen at the end.
fn cut(text: &str, max: usize) -> &str {
    let end = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    text.get(..end).unwrap_or_default().trim_end_matches('-')
}

/// `text` in lower-case ASCII letters, digits and single hyphens: `Қуаңышбаев` → `quanyshbaev`.
pub fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let latin: &str = match c {
            'а' | 'ә' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ғ' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'ё' => "io",
            'ж' => "j",
            'з' => "z",
            'и' | 'й' | 'і' => "i",
            'к' => "k",
            'қ' => "q",
            'л' => "l",
            'м' => "m",
            'н' | 'ң' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ұ' | 'ү' => "u",
            'ф' => "f",
            'х' | 'һ' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'ю' => "iu",
            'я' => "ia",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        if latin == "-" {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(latin);
        }
    }
    out.trim_end_matches('-').to_owned()
}
