//! Kazakh alphabetical order, as app. 4's note asks of the nominal list: «атаулы тізім әліпбилік
//! ретпен жасалады». Unicode's order puts Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І after Я; the Kazakh alphabet
//! has them beside their base letters, І after Ы, and Ё a letter of its own after Е.
//!
//! A table of the 42 letters, not a collation library: ICU4X's collator with its compiled data
//! (every locale's tailoring and the root table) would add several hundred kilobytes to the
//! module that draws the list, for one alphabet (see the README's figures). The order:
//! 1. letters by the alphabet, case aside; a space or a hyphen between the parts of a name comes
//!    before any letter (word by word: «Ким» before «Ким-Ли» before «Кимов»); digits before Latin
//!    letters before the Kazakh alphabet, as ICU's root order puts the scripts; any other letter
//!    after, by its code point;
//! 2. then case: lower before upper, as ICU's default tertiary order;
//! 3. `ё` typed as `е` + U+0308 and `й` as `и` + U+0306 are the letters they show.
//!
//! ```
//! use dayarlyq_documents::nominal::collation::compare;
//! use core::cmp::Ordering;
//!
//! assert_eq!(compare("Әлиев", "Беков"), Ordering::Less); // Ә beside А, not after Я
//! assert_eq!(compare("Ісаев", "Ыбыраев"), Ordering::Greater); // І after Ы
//! assert_eq!(compare("Ёлкин", "Ержанов"), Ordering::Greater); // Ё a letter after Е
//! ```

use core::cmp::Ordering;

/// The Kazakh Cyrillic alphabet (42 letters), in order.
pub const ALPHABET: [char; 42] = [
    'А', 'Ә', 'Б', 'В', 'Г', 'Ғ', 'Д', 'Е', 'Ё', 'Ж', 'З', 'И', 'Й', 'К', 'Қ', 'Л', 'М', 'Н', 'Ң',
    'О', 'Ө', 'П', 'Р', 'С', 'Т', 'У', 'Ұ', 'Ү', 'Ф', 'Х', 'Һ', 'Ц', 'Ч', 'Ш', 'Щ', 'Ъ', 'Ы', 'І',
    'Ь', 'Э', 'Ю', 'Я',
];

/// A space or hyphen between words: before every letter.
const SEPARATOR: u32 = 1;
/// Digits, then Latin letters, then the alphabet, then anything else.
const DIGITS: u32 = 0x10;
const LATIN: u32 = 0x20;
const KAZAKH: u32 = 0x40;
const OTHER: u32 = 0x100;

/// The letter's place: the alphabet's index of an upper- or lower-case Kazakh letter.
fn kazakh_index(c: char) -> Option<u32> {
    let upper = match c {
        'а'..='я' => char::from_u32(c as u32 - 0x20)?,
        'ё' => 'Ё',
        'ә' => 'Ә',
        'ғ' => 'Ғ',
        'қ' => 'Қ',
        'ң' => 'Ң',
        'ө' => 'Ө',
        'ұ' => 'Ұ',
        'ү' => 'Ү',
        'һ' => 'Һ',
        'і' => 'І',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|&l| l == upper)
        .and_then(|i| u32::try_from(i).ok())
}

/// The primary weight of `c` and whether it is upper case; `None` for what is ignored
/// (apostrophes, dots, other marks).
fn weight(c: char) -> Option<(u32, bool)> {
    if let Some(i) = kazakh_index(c) {
        return Some((KAZAKH + i, ALPHABET.contains(&c)));
    }
    match c {
        ' ' | '\u{a0}' | '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => {
            Some((SEPARATOR, false))
        }
        '0'..='9' => Some((DIGITS + (c as u32 - '0' as u32), false)),
        'a'..='z' => Some((LATIN + (c as u32 - 'a' as u32), false)),
        'A'..='Z' => Some((LATIN + (c as u32 - 'A' as u32), true)),
        c if c.is_alphanumeric() => {
            let lower = c.to_lowercase().next().unwrap_or(c);
            Some((OTHER + lower as u32, lower != c))
        }
        _ => None,
    }
}

/// The letters of `s` with `е`/`и` and a following combining diaeresis/breve joined into
/// `ё`/`й`, runs of separators made one, and separators at the ends dropped.
fn letters(s: &str) -> impl Iterator<Item = (u32, bool)> + '_ {
    let mut chars = s.chars().peekable();
    let mut previous_separator = true;
    core::iter::from_fn(move || {
        loop {
            let c = chars.next()?;
            let c = match (c, chars.peek()) {
                ('е', Some('\u{308}')) => 'ё',
                ('Е', Some('\u{308}')) => 'Ё',
                ('и', Some('\u{306}')) => 'й',
                ('И', Some('\u{306}')) => 'Й',
                _ => c,
            };
            if matches!(c, 'ё' | 'Ё' | 'й' | 'Й')
                && matches!(chars.peek(), Some('\u{306}' | '\u{308}'))
            {
                chars.next();
            }
            let Some((w, upper)) = weight(c) else {
                continue;
            };
            if w == SEPARATOR {
                // One separator between words; none before the first (a trailing one is
                // dropped by `key`).
                if previous_separator {
                    continue;
                }
                previous_separator = true;
            } else {
                previous_separator = false;
            }
            return Some((w, upper));
        }
    })
}

/// A sort key of `s`: the primary weights, a 0, then the case of each letter (1 lower, 2 upper).
/// Keys compare as the texts do in [`compare`]; for sorting many names compute each key once.
pub fn key(s: &str) -> Vec<u32> {
    let mut primary = Vec::with_capacity(s.len());
    let mut case = Vec::with_capacity(s.len());
    for (w, upper) in letters(s) {
        primary.push(w);
        case.push(if upper { 2 } else { 1 });
    }
    while primary.last() == Some(&SEPARATOR) {
        primary.pop();
        case.pop();
    }
    primary.push(0);
    primary.extend(case);
    primary
}

/// `a` against `b` in Kazakh alphabetical order.
pub fn compare(a: &str, b: &str) -> Ordering {
    key(a).cmp(&key(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| (*s).to_owned()).collect();
        v.sort_by_cached_key(|s| key(s));
        v
    }

    #[test]
    fn the_whole_alphabet_in_order_in_both_cases() {
        // App. 4's note: alphabetical order; the alphabet as the issue and the CLI contract give it.
        let order =
            "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я";
        let letters: Vec<char> = order.split(' ').filter_map(|l| l.chars().next()).collect();
        assert_eq!(letters, ALPHABET);
        // Shuffled (reversed, then interleaved) upper and lower case sort back into the alphabet,
        // each lower-case letter just before its capital.
        let mut all: Vec<String> = ALPHABET
            .iter()
            .rev()
            .flat_map(|&c| [c.to_string(), c.to_lowercase().to_string()])
            .collect();
        all.sort_by_cached_key(|s| key(s));
        let expected: Vec<String> = ALPHABET
            .iter()
            .flat_map(|&c| [c.to_lowercase().to_string(), c.to_string()])
            .collect();
        assert_eq!(all, expected);
        // Each letter before the next, as a name's first letter.
        for pair in ALPHABET.windows(2) {
            let (a, b) = (format!("{}ан", pair[0]), format!("{}ан", pair[1]));
            assert_eq!(compare(&a, &b), Ordering::Less, "{a} < {b}");
        }
    }

    #[test]
    fn thirty_shuffled_names_with_every_kazakh_letter() {
        // Ә Ғ Қ Ң Ө Ұ Ү Һ І each at the start (but Ң) and inside a name, Ё, a hyphen.
        let shuffled = [
            "Ілиясов",
            "Құрманов",
            "Ыбыраев",
            "Жүсіпов",
            "Һашимов",
            "Ұлықбеков",
            "Бекәлиева",
            "Әлиев",
            "Ғабитов",
            "Өтебаев",
            "Үсенов",
            "Нұрланов",
            "Ақанов",
            "Ерёмин",
            "Ержанов",
            "Шаһмарданов",
            "Қасымов",
            "Ғалиев",
            "Сейітов",
            "Сейфуллин",
            "Ким-Ли",
            "Кимов",
            "Ким",
            "Ахметов",
            "Аңсаров",
            "Абаев",
            "Төлегенов",
            "Үмбетов",
            "Тоқтаров",
            "Тоғжанов",
        ];
        let expected = [
            "Абаев",
            "Ақанов",
            "Аңсаров",
            "Ахметов",
            "Әлиев",
            "Бекәлиева",
            "Ғабитов",
            "Ғалиев",
            "Ерёмин",
            "Ержанов",
            "Жүсіпов",
            "Ким",
            "Ким-Ли",
            "Кимов",
            "Қасымов",
            "Құрманов",
            "Нұрланов",
            "Өтебаев",
            "Сейфуллин",
            "Сейітов",
            "Тоғжанов",
            "Тоқтаров",
            "Төлегенов",
            "Ұлықбеков",
            "Үмбетов",
            "Үсенов",
            "Һашимов",
            "Шаһмарданов",
            "Ыбыраев",
            "Ілиясов",
        ];
        assert_eq!(shuffled.len(), 30);
        assert_eq!(sorted(&shuffled), expected);
        for letter in ['Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І'] {
            let lower = letter.to_lowercase().next().unwrap_or(letter);
            // No Kazakh word begins with Ң.
            let first = letter == 'Ң' || shuffled.iter().any(|n| n.starts_with(letter));
            assert!(first, "{letter} first");
            assert!(shuffled.iter().any(|n| n.contains(lower)), "{lower} inside");
        }
    }

    #[test]
    fn yo_is_a_letter_after_ye_however_typed() {
        // "Ерёмин" with ё as one character and as е + U+0308: the same place.
        assert_eq!(compare("Ерёмин", "Ере\u{308}мин"), Ordering::Equal);
        assert_eq!(compare("Ерёмин", "Ерюмин"), Ordering::Less);
        assert_eq!(compare("Ерёмин", "Ержан"), Ordering::Less);
        assert_eq!(compare("Ёлкин", "Ержан"), Ordering::Greater);
        assert_eq!(compare("Йорданов", "И\u{306}орданов"), Ordering::Equal);
    }

    #[test]
    fn hyphens_and_spaces_part_words_and_case_comes_last() {
        // Word by word: a name that ends where another goes on comes first.
        assert_eq!(
            sorted(&["Кимов", "Ким Ли", "Ким-Ақ", "Ким"]),
            ["Ким", "Ким-Ақ", "Ким Ли", "Кимов"]
        );
        // A dash of any kind, repeated or at the ends, is one separator or none.
        assert_eq!(compare("Ким–Ли", "Ким-Ли"), Ordering::Equal);
        assert_eq!(compare(" Ким  Ли ", "Ким Ли"), Ordering::Equal);
        // Case only breaks ties: «әлиев» and «Әлиев» beside each other, lower first.
        assert_eq!(
            sorted(&["Әлиев", "Бек", "әлиев"]),
            ["әлиев", "Әлиев", "Бек"]
        );
        assert_eq!(compare("ӘЛИЕВ", "Әлиев"), Ordering::Greater);
    }

    #[test]
    fn other_scripts_have_a_place_and_nothing_panics() {
        // Digits < Latin < Kazakh < other letters; marks are ignored.
        assert_eq!(
            sorted(&["Ян", "Smith", "1-топ", "Δ"]),
            ["1-топ", "Smith", "Ян", "Δ"]
        );
        assert_eq!(compare("О'Нил", "ОНил"), Ordering::Equal);
        for odd in ["", "-", "\u{308}", "е\u{308}\u{306}", "😀", "\0"] {
            let _ = key(odd);
        }
        assert_eq!(compare("", "А"), Ordering::Less);
    }
}
