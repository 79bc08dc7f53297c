//! Which characters the PDF can draw: those Dayarlyq Serif has a glyph for (the ranges
//! `fonts/make-fonts.sh` keeps). Anything else (an emoji, a Chinese character) would print as
//! nothing in the PDF while the preview, drawn by the browser's fonts, shows it; so it is named
//! at its field before the PDF is made ([`crate::undrawable_fields`]).
//!
//! A table, not the font: the check runs in the page, which does not load the font (the PDF
//! worker does). The tests hold the table to the font's own character map, both styles.

/// The characters of Dayarlyq Serif, Regular and Bold alike: inclusive ranges, in order.
const DRAWN: [(char, char); 19] = [
    (' ', '~'),
    ('\u{a0}', 'ÿ'),
    ('Ѐ', 'џ'),
    ('Ғ', 'ғ'),
    ('Қ', 'қ'),
    ('Ң', 'ң'),
    ('Ү', 'ү'),
    ('Ұ', 'ұ'),
    ('Һ', 'һ'),
    ('Ә', 'ә'),
    ('Ө', 'ө'),
    ('\u{2009}', '\u{2009}'),
    // U+2011, the no-break hyphen, is not in Liberation Serif.
    ('‐', '‐'),
    ('‒', '—'),
    ('‘', '„'),
    ('•', '•'),
    ('…', '…'),
    ('\u{202f}', '\u{202f}'),
    ('№', '№'),
];

/// Whether the PDF's font draws `c`.
///
/// ```
/// use dayarlyq_documents::glyphs::drawable;
///
/// assert!(drawable('Қ') && drawable('№') && drawable('«'));
/// assert!(!drawable('😀') && !drawable('中'));
/// ```
pub fn drawable(c: char) -> bool {
    DRAWN
        .binary_search_by(|&(first, last)| {
            if last < c {
                core::cmp::Ordering::Less
            } else if first > c {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Characters that draw nothing wherever they are: zero-width spaces and joiners, direction
/// marks and embeddings, variation selectors (the "️" after "❤"), the byte order mark. The
/// documents leave them out of every output, so they are neither drawn nor missed.
pub fn invisible(c: char) -> bool {
    matches!(c,
        '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{feff}'
        | '\u{e0100}'..='\u{e01ef}')
}

/// The characters of `text` the PDF cannot draw, each once, in the order they come; white space,
/// control and [`invisible`] characters aside (the documents turn them into spaces or drop them).
///
/// ```
/// use dayarlyq_documents::glyphs::undrawable;
///
/// assert_eq!(undrawable("Ерлан 😀 中文😀"), ['😀', '中', '文']);
/// assert!(undrawable("Қуаңышбаев «№ 5» — 7\u{a0}км").is_empty());
/// ```
pub fn undrawable(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        let skipped = c.is_whitespace() || c.is_control() || invisible(c) || drawable(c);
        if !skipped && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ranges_are_in_order_and_apart() {
        for pair in DRAWN.windows(2) {
            assert!(pair[0].0 <= pair[0].1, "{pair:?}");
            assert!(pair[0].1 < pair[1].0, "{pair:?}");
        }
    }

    #[test]
    fn every_letter_of_the_two_alphabets_is_drawn() {
        let kazakh = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
        for c in kazakh.chars().chain(kazakh.to_lowercase().chars()) {
            assert!(drawable(c), "{c}");
        }
        for c in ('a'..='z').chain('A'..='Z').chain('0'..='9') {
            assert!(drawable(c), "{c}");
        }
    }

    #[test]
    fn invisible_characters_are_not_named() {
        assert!(
            undrawable("❤\u{fe0f}\u{200d}🔥")
                .iter()
                .all(|c| !invisible(*c))
        );
        assert!(undrawable("a\u{200b}b\u{feff}\u{202e}").is_empty());
    }

    /// The table is the font's: every character of both styles' character maps is in it, and
    /// nothing else (a font regenerated with other ranges fails here until the table follows).
    #[cfg(feature = "pdf")]
    #[test]
    fn the_table_is_the_fonts_character_map() {
        let fonts = crate::pdf::Fonts::shared().expect("the embedded fonts");
        for bold in [false, true] {
            let mapped = fonts.characters(bold);
            let listed: Vec<char> = DRAWN.iter().flat_map(|&(a, b)| a..=b).collect();
            assert_eq!(mapped, listed, "bold: {bold}");
        }
    }
}
