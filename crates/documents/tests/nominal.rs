//! App. 4, the nominal list, tested from the Rules' text: golden files of a list of fifteen in both
//! languages (the PDF's text as poppler extracts it, and the HTML), the Kazakh wording verbatim,
//! the rows in Kazakh alphabetical order and only those the free track admits, the head count,
//! and the table's headings on every page of a long list. `UPDATE_GOLDEN=1 cargo test -p
//! dayarlyq-documents --test nominal` rewrites the golden files; review the diff like code.

use std::path::{Path, PathBuf};
use std::process::Command;

use dayarlyq_documents::nominal::selection::Selection;
use dayarlyq_documents::nominal::{ListFile, NominalList, Person};
use dayarlyq_documents::pdf::{self, Fonts, Moment};
use dayarlyq_documents::{Document, Form, Lang, build, build_list, html, text};
use dayarlyq_rules::Date;
use dayarlyq_rules::calendar::WorkingCalendar;

fn fixture() -> NominalList {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/nominal-list.json");
    let text = std::fs::read_to_string(&path).expect("the list file");
    serde_json::from_str::<ListFile>(&text)
        .expect("a list file")
        .nominal_list
}

fn doc(list: &NominalList, lang: Lang) -> Document {
    let selection = Selection::new(
        list,
        Date::constant(2027, 1, 20),
        &WorkingCalendar::kazakhstan(),
    );
    build_list(lang, list, &selection)
}

fn made() -> Moment {
    Moment::local(jiff::civil::datetime(2027, 1, 20, 10, 0, 0, 0))
}

fn pdftotext(pdf: &[u8], name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("write the PDF");
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(output.status.success(), "pdftotext failed");
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
        std::fs::write(&path, actual).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
    if expected != actual {
        let at = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from its golden file at line {}:\n  expected: {:?}\n  actual:   {:?}",
            at + 1,
            expected.lines().nth(at).unwrap_or_default(),
            actual.lines().nth(at).unwrap_or_default(),
        );
    }
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn golden_files_in_both_languages() {
    let list = fixture();
    for lang in Lang::ALL {
        let doc = doc(&list, lang);
        let pdf = pdf::render(&doc, Fonts::shared().expect("fonts"), made()).expect("a PDF");
        let name = format!("4-{}", lang.code());
        golden(&format!("{name}.txt"), &pdftotext(&pdf, &name));
        golden(&format!("{name}.html"), &html::render(&doc));
    }
}

#[test]
fn kazakh_wording_is_verbatim() {
    // App. 4 of order-357-kk.txt, its hard line wraps undone.
    let plain = flat(&text::render(&doc(&fixture(), Lang::Kk)));
    for sentence in [
        "4-қосымша Нысан",
        "Өтеусіз негізде әскери-техникалық және өзге де мамандықтар бойынша даярлау үшін іріктелген әскерге шақырылушылардың атаулы тізімі",
        "(жергілікті әскери басқару органының атауы)",
        "(мамандандырылған ұйым атауы)",
        "Әскери жүргізуші мамандығы бойынша жасақтау үшін.",
        "Оқудың басталуы 2027 жылғы 1 ақпан.",
        "Оқудың аяқталуы 2027 жылғы 10 мамыр.",
        "Р/с № | Аты, әкесінің аты (болса), тегі | Туған жылы, айы | Білімі | Жұмыс орны, мамандығы | Тұрақты (уақытша) тіркеу орны бойынша үй мекенжайы",
        "Құрамы 12 адамнан тұратын әскерге шақырылушылар тобы",
        "2027 жылғы \"20\" қаңтар",
        "мамандандырылған ұйымды немесе филиалды жасақтауға жауапты өкілі",
        "(әскери атағы, қолы, инициалдары, тегі) қатысуымен",
        "(мамандандырылған ұйым атауы) өкілі",
        "(қолы, инициалдары, тегі) қабылдады.",
        "Ескертпе: атаулы тізім әліпбилік ретпен жасалады.",
    ] {
        assert!(plain.contains(sentence), "missing: {sentence}\n{plain}");
    }
    // The blank form from a case file: every blank a line, no rows, the count a blank.
    let blank = flat(&text::render(&build(
        Form::NominalList,
        Lang::Kk,
        &Default::default(),
    )));
    assert!(blank.contains("Құрамы ___ адамнан"), "{blank}");
}

#[test]
fn rows_in_kazakh_order_and_only_those_admitted() {
    // p. 10 on 1 February 2027: Ілиясов is 27 and Ыбыраев has primary education (not eligible),
    // Жүсіпов is 17 years 2 months (not yet); Ахметов is 17 years 8 months (consent, p. 12): in.
    let list = fixture();
    let plain = text::render(&doc(&list, Lang::Ru));
    let rows: Vec<&str> = plain
        .lines()
        .filter(|l| {
            l.split(" | ")
                .next()
                .is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .map(|l| l.split(" | ").nth(1).unwrap_or_default())
        .collect();
    let surnames: Vec<&str> = rows
        .iter()
        .map(|r| r.split(' ').next().unwrap_or_default())
        .collect();
    assert_eq!(
        surnames,
        [
            "Ахметов",
            "Әлиев",
            "Ғабитов",
            "Ерёмин",
            "Ким-Ли",
            "Қасымов",
            "Өтебаев",
            "Сейітов",
            "Тоқтаров",
            "Ұлықбеков",
            "Үсенов",
            "Һашимов",
        ]
    );
    assert!(plain.contains("Группа призывников в составе 12 человек"));
    // Kept on purpose: in, and counted.
    let mut kept = list.clone();
    if let Some(p) = kept
        .people
        .iter_mut()
        .find(|p| p.surname.as_deref() == Some("Ілиясов"))
    {
        p.keep = Some(true);
    }
    let plain = flat(&text::render(&doc(&kept, Lang::Kk)));
    assert!(plain.contains("Құрамы 13 адамнан"), "{plain}");
    assert!(
        plain.contains("Дәурен Ілиясов"),
        "kk: name first, as the heading says"
    );
}

#[test]
fn every_page_of_a_long_list_carries_the_header() {
    // 1 000 people: the table's headings at the top of every page after the first.
    let mut list = fixture();
    let template = list.people[1].clone();
    list.people = (0..1000)
        .map(|i| Person {
            surname: Some(format!("Әлиев{i:04}")),
            ..template.clone()
        })
        .collect();
    for lang in Lang::ALL {
        let doc = doc(&list, lang);
        let started = std::time::Instant::now();
        let pdf = pdf::render(&doc, Fonts::shared().expect("fonts"), made()).expect("a PDF");
        eprintln!("{lang:?}: 1 000 rows, PDF in {:?}", started.elapsed());
        let text = pdftotext(&pdf, &format!("4-long-{}", lang.code()));
        let heading = match lang {
            Lang::Kk => "Р/с",
            Lang::Ru => "п/п",
        };
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        assert!(pages.len() > 20, "{} pages", pages.len());
        for (i, page) in pages.iter().enumerate() {
            let last = i + 1 == pages.len() && !page.contains("Әлиев");
            assert!(
                last || page.contains(heading),
                "page {} has no header",
                i + 1
            );
        }
        assert!(text.contains("1000"), "the last row numbered");
    }
}

#[test]
fn hostile_values_stay_text() {
    let mut list = fixture();
    list.people[0].surname = Some("<script>alert(1)</script>".into());
    list.military_body = Some("\"&'<b>".into());
    let page = html::page(&doc(&list, Lang::Kk));
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<b>"));
}

/// The PDF worker draws the list the page drew (`Selection::drawn_list`), without judging again
/// (`Selection::as_drawn`): the same document, rows, order and head count, as the judged list.
#[test]
fn the_list_as_drawn_is_the_list_as_judged() {
    let list = fixture();
    for lang in Lang::ALL {
        let judged = doc(&list, lang);
        let selection = Selection::new(
            &list,
            Date::constant(2027, 1, 20),
            &WorkingCalendar::kazakhstan(),
        );
        let drawn = selection.drawn_list(&list);
        assert!(
            drawn.people.len() < list.people.len(),
            "the fixture leaves someone out"
        );
        assert_eq!(
            build_list(lang, &drawn, &Selection::as_drawn(&drawn)),
            judged
        );
    }
}
