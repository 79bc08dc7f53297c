//! Dates and times written out as the forms' sentences need them (a date or an amount standing
//! alone is written by `dayarlyq_rules::fmt`, as everywhere else).
//!
//! Kazakh: the blank before "бастап" takes the ablative ("4 мамырдан бастап"), the one before
//! "дейін/дейінгі" the dative ("15 маусымға дейінгі"), chosen by vowel harmony (the last vowel
//! of the word: back а о ұ ы → а; front ә е ө ү і → е) and by the last sound (after a vowel or
//! a voiced consonant -дан/-ға, after м н ң -нан/-ға, after a voiceless consonant -тан/-қа).
//! Russian: the month in the genitive ("4 мая 2026 года").

use dayarlyq_rules::Date;
use jiff::civil::Time;

/// The grammatical case a Kazakh word takes in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Атау септік: "4 мамыр".
    Nominative,
    /// Шығыс септік, before "бастап": "4 мамырдан".
    Ablative,
    /// Барыс септік, before "дейін", "дейінгі": "15 маусымға".
    Dative,
}

/// The Kazakh month names, January first.
pub const KK_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// The Russian month names in the genitive ("4 мая"), January first.
pub const RU_MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// The Kazakh name of `date`'s month in `case`: `мамырдан`.
pub fn kk_month(date: Date, case: Case) -> String {
    let index = usize::try_from(date.month() - 1).unwrap_or_default();
    let name = KK_MONTHS.get(index).copied().unwrap_or_default();
    inflect(name, case)
}

/// The Russian genitive name of `date`'s month: `мая`.
pub fn ru_month(date: Date) -> &'static str {
    let index = usize::try_from(date.month() - 1).unwrap_or_default();
    RU_MONTHS_GENITIVE.get(index).copied().unwrap_or_default()
}

/// `word` with the ending of `case`, by vowel harmony and the last sound.
///
/// ```
/// use dayarlyq_documents::dates::{inflect, Case};
///
/// assert_eq!(inflect("мамыр", Case::Ablative), "мамырдан");
/// assert_eq!(inflect("қыркүйек", Case::Dative), "қыркүйекке");
/// ```
pub fn inflect(word: &str, case: Case) -> String {
    let front = word.chars().rev().find_map(vowel_is_front).unwrap_or(false);
    let last = word.chars().last().map(sound).unwrap_or(Sound::Vowel);
    let ending = match (case, last, front) {
        (Case::Nominative, _, _) => "",
        (Case::Ablative, Sound::Nasal, false) => "нан",
        (Case::Ablative, Sound::Nasal, true) => "нен",
        (Case::Ablative, Sound::Voiceless, false) => "тан",
        (Case::Ablative, Sound::Voiceless, true) => "тен",
        (Case::Ablative, Sound::Vowel | Sound::Voiced, false) => "дан",
        (Case::Ablative, Sound::Vowel | Sound::Voiced, true) => "ден",
        (Case::Dative, Sound::Voiceless, false) => "қа",
        (Case::Dative, Sound::Voiceless, true) => "ке",
        (Case::Dative, _, false) => "ға",
        (Case::Dative, _, true) => "ге",
    };
    format!("{word}{ending}")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sound {
    Vowel,
    /// Voiced consonants and sonorants other than the nasals: р л й у з ж …
    Voiced,
    /// м н ң: the ablative takes -нан/-нен.
    Nasal,
    /// к қ п с т ш ф х ц ч щ, and б в г д at the end of a word, which sound voiceless there.
    Voiceless,
}

fn sound(c: char) -> Sound {
    match c.to_lowercase().next().unwrap_or(c) {
        'а' | 'ә' | 'е' | 'о' | 'ө' | 'ұ' | 'ү' | 'ы' | 'і' | 'и' | 'э' | 'ю' | 'я' | 'ё' => {
            Sound::Vowel
        }
        'м' | 'н' | 'ң' => Sound::Nasal,
        'к' | 'қ' | 'п' | 'с' | 'т' | 'ш' | 'ф' | 'х' | 'һ' | 'ц' | 'ч' | 'щ' | 'б' | 'в' | 'г'
        | 'д' => Sound::Voiceless,
        _ => Sound::Voiced,
    }
}

/// `Some(true)` for a front vowel, `Some(false)` for a back one, `None` for anything else.
fn vowel_is_front(c: char) -> Option<bool> {
    match c.to_lowercase().next().unwrap_or(c) {
        'ә' | 'е' | 'ө' | 'ү' | 'і' | 'и' | 'э' => Some(true),
        'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ё' | 'ю' => Some(false),
        _ => None,
    }
}

/// `9.00`, `18.30`: a time of day as the Rules write it. The ending that follows it is the
/// form's own text, not the value's: app. 13 prints "сағат _______-ге қарай", and a filled hour
/// keeps that "-ге" ("сағат 9.00-ге қарай").
pub fn clock(time: Time) -> String {
    format!("{}.{:02}", time.hour(), time.minute())
}

/// `2026 жылғы 4 мамырдан` — the date of a Kazakh sentence, as its separate blanks
/// ("20__ жылғы ___ _______"): year, day, month in `case`.
pub fn kk_date_parts(date: Date, case: Case) -> [String; 3] {
    [
        date.year().to_string(),
        date.day().to_string(),
        kk_month(date, case),
    ]
}
