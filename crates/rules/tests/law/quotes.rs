//! The Rules' own words: every quote the product shows is verbatim in the Kazakh text of Order
//! No. 357 (ed. No. 1509) — its paragraph or item whole, or its parts with every omission marked —
//! and has our Russian translation, sub-paragraph for sub-paragraph; every citation a decision
//! makes is quoted, and the fee of app. 12 item 6 is the quoted amount.

use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::quotes::{EXTRACTION_REPAIRS, OMISSION, QUOTES};

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The Rules as the quotes read them: whitespace normalised, the extraction repaired.
fn rules() -> String {
    let mut source = normalise(include_str!("../data/order-357-kk.txt"));
    for (extracted, repaired) in EXTRACTION_REPAIRS {
        assert!(
            source.contains(extracted),
            "repair not needed any more: {extracted}"
        );
        source = source.replace(extracted, repaired);
    }
    source
}

/// A quote cut at its omissions: whether it begins with one, the parts between them (whitespace
/// normalised), whether it ends with one.
fn parts(text: &str) -> (bool, Vec<String>, bool) {
    let pieces: Vec<String> = text.split(OMISSION).map(normalise).collect();
    let head = pieces[0].is_empty();
    let tail = pieces.len() > 1 && pieces[pieces.len() - 1].is_empty();
    let inner = &pieces[usize::from(head)..pieces.len() - usize::from(tail)];
    assert!(
        inner.iter().all(|p| !p.is_empty()),
        "two omissions in a row, or nothing quoted: {text}"
    );
    (head, inner.to_vec(), tail)
}

/// Where a paragraph of the Rules' body starts: its number; it ends at the next paragraph, the
/// next chapter's heading or the end of the body.
const BODY: (&str, &str) = ("1-тарау. ", "20__ жылғы");

/// Where each quoted appendix item stands in its appendix (a row of a service standard, or a
/// form): the text just before it (the row's number and name, the form's title) and just after it
/// (the next row, the heading of the next appendix).
const ITEMS: &[(Citation, &str, &str)] = &[
    (
        Citation::appendix(7, 3),
        "3 Мемлекеттік қызмет көрсету мерзімі",
        "4 Мемлекеттік қызмет көрсету нысаны",
    ),
    (
        Citation::appendix(7, 7),
        "7 Көрсетілетін қызметті берушінің және ақпарат объектілерінің жұмыс кестесі",
        "8 Мемлекеттік қызмет көрсету үшін",
    ),
    (
        Citation::appendix(7, 10),
        "10 Мемлекеттік қызмет көрсету, оның ішінде электрондық нысанда көрсетілетін қызметтің \
         ерекшелігі ескерілген өзге де талаптар",
        "Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған ұйымдарына",
    ),
    (
        Citation::Appendix(11),
        "Нысан Әскери-техникалық және өзге де мамандықтар бойынша оқуға ақы төлеу қажеттілігі \
         туралы хабарлама",
        "Қазақстан Республикасы Қорғаныс министрлігінің мамандандырылған ұйымдарына",
    ),
    (
        Citation::appendix(12, 3),
        "3 Мемлекеттік қызмет көрсету мерзімі",
        "4 Мемлекеттік қызмет көрсету нысаны",
    ),
    (
        Citation::appendix(12, 6),
        "6 Мемлекеттік қызмет көрсету кезінде көрсетілетін қызметті алушыдан алынатын төлем \
         мөлшері және Қазақстан Республикасының заңнамасында көзделген жағдайда оны алу тәсілдері",
        "7 Көрсетілетін қызметті берушінің",
    ),
];

/// The whole text of the paragraph or appendix item `cite` names, from `rules()`.
fn whole(rules: &str, cite: Citation) -> &str {
    let find = |from: usize, what: &str| rules[from..].find(what).map(|at| from + at);
    let (start, end) = match cite {
        Citation::Paragraph(n) => {
            let body = find(0, BODY.0).expect("the body's first chapter");
            let body_end = find(body, BODY.1).expect("the body's end");
            let number = format!(" {n}. ");
            let start = find(body, &number)
                .filter(|&at| at < body_end)
                .expect("the paragraph")
                + number.len();
            let next = find(start, &format!(" {}. ", n + 1)).unwrap_or(body_end);
            // A chapter's heading: " N-тарау. …".
            let chapter = find(start, "-тарау. ")
                .and_then(|at| rules[..at].rfind(' '))
                .unwrap_or(body_end);
            (start, next.min(chapter).min(body_end))
        }
        Citation::Appendix(n) | Citation::AppendixItem(n, _) => {
            let appendix = find(0, &format!(" {n}-қосымша ")).expect("the appendix");
            let (_, before, after) = ITEMS
                .iter()
                .find(|(c, ..)| *c == cite)
                .unwrap_or_else(|| panic!("{cite}: say in ITEMS where it stands"));
            let start = find(appendix, before).expect("the text before the item") + before.len();
            (start, find(start, after).expect("the text after the item"))
        }
    };
    rules[start..end].trim()
}

#[test]
fn every_quote_is_in_the_rules() {
    // Verbatim: each part between omissions is in the Rules, in order.
    let rules = rules();
    for q in QUOTES {
        let mut at = 0;
        for part in parts(q.text).1 {
            let found = rules[at..].find(&part);
            assert!(found.is_some(), "{} is not verbatim: {part}", q.cite);
            at += found.unwrap_or_default() + part.len();
        }
    }
}

#[test]
fn no_quote_is_cut_silently() {
    // Each quote is its paragraph or item whole, or its parts in order with an omission marked
    // wherever text is left out — and nowhere else.
    let rules = rules();
    for q in QUOTES {
        let whole = whole(&rules, q.cite);
        let (head, parts, tail) = parts(q.text);
        let mut at = 0;
        for (i, part) in parts.iter().enumerate() {
            let found = whole[at..]
                .find(part.as_str())
                .unwrap_or_else(|| panic!("{}: not in its paragraph or item: {part}", q.cite))
                + at;
            let omitted = if i == 0 { found > 0 } else { found > at + 1 };
            let marked = i > 0 || head;
            assert_eq!(
                omitted, marked,
                "{}: text left out before «{part}» must be marked «{OMISSION}», and only then",
                q.cite
            );
            at = found + part.len();
        }
        assert_eq!(
            at < whole.len(),
            tail,
            "{}: the end of its paragraph or item left out must be marked «{OMISSION}», and \
             only then: {whole}",
            q.cite
        );
    }
}

/// The sub-paragraphs of a quote.
fn lines(text: &str) -> Vec<&str> {
    text.split('\n').collect()
}

/// The numbers of a text, in their order of size.
fn numbers(text: &str) -> Vec<&str> {
    let mut numbers: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect();
    numbers.sort_unstable();
    numbers
}

#[test]
fn every_quote_is_translated_into_russian() {
    // Our translation, sub-paragraph for sub-paragraph: the same omissions, the same numbers, and
    // Russian (no letter of the Kazakh alphabet that Russian lacks).
    for q in QUOTES {
        let (kk, ru) = (lines(q.text), lines(q.ru));
        assert_eq!(kk.len(), ru.len(), "{}: sub-paragraphs", q.cite);
        for (kk, ru) in kk.into_iter().zip(ru) {
            assert!(!ru.trim().is_empty(), "{}: an empty sub-paragraph", q.cite);
            assert_eq!(ru, ru.trim(), "{}: spaces around «{ru}»", q.cite);
            assert_eq!(
                (kk.starts_with(OMISSION), kk.ends_with(OMISSION)),
                (ru.starts_with(OMISSION), ru.ends_with(OMISSION)),
                "{}: the omissions of «{kk}» and «{ru}»",
                q.cite
            );
            assert_eq!(
                numbers(kk),
                numbers(ru),
                "{}: the numbers of «{ru}»",
                q.cite
            );
            assert!(
                !ru.contains(|c: char| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c)),
                "{}: not Russian: «{ru}»",
                q.cite
            );
        }
    }
}

#[test]
fn the_copy_is_the_shared_text() {
    // The tests read a copy kept in the repository; it must stay the shared regulation text.
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/regulation/order-357-kk.txt"
    );
    if let Ok(text) = std::fs::read_to_string(shared) {
        assert_eq!(text, include_str!("../data/order-357-kk.txt"));
    }
}

#[test]
fn fee_is_the_quoted_amount() {
    // app. 12 item 6: 390 000 tenge.
    use dayarlyq_rules::track::{PAID_TRAINING_FEE_CITATION, PAID_TRAINING_FEE_TENGE};
    let quote = dayarlyq_rules::quotes::quote(PAID_TRAINING_FEE_CITATION).unwrap();
    let shown = format!(
        "{} {:03} теңге",
        PAID_TRAINING_FEE_TENGE / 1000,
        PAID_TRAINING_FEE_TENGE % 1000
    );
    assert!(quote.contains(&shown), "{shown}");
    let translation = QUOTES
        .iter()
        .find(|q| q.cite == PAID_TRAINING_FEE_CITATION)
        .map(|q| q.ru)
        .unwrap_or_default();
    let shown = shown.replace("теңге", "тенге");
    assert!(translation.contains(&shown), "{shown}");
}

#[test]
fn every_citation_used_is_quoted() {
    for cite in [
        Citation::paragraph(10),
        Citation::paragraph(11),
        Citation::paragraph(12),
        Citation::paragraph(19),
        Citation::paragraph(21),
        Citation::paragraph(22),
        Citation::paragraph(23),
        Citation::paragraph(43),
        Citation::paragraph(44),
        Citation::paragraph(45),
        Citation::appendix(7, 3),
        Citation::appendix(7, 7),
        Citation::appendix(7, 10),
        Citation::appendix(12, 3),
        Citation::appendix(12, 6),
        Citation::Appendix(11),
    ] {
        assert!(dayarlyq_rules::quotes::quote(cite).is_some(), "{cite}");
    }
}
