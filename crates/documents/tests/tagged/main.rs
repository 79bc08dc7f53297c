//! Tagged, archival PDFs (PDF/UA-1 and PDF/A-2a), read back: every document in both languages,
//! filled from the example case and left blank, has its language and title (shown by the
//! viewer), a structure tree that follows the document model (the approval block's lines, the
//! paragraphs and the note as `P`, the form's title as `H1`, a table as `Table`), every piece of
//! content either in that tree (once) or an artifact, and reads, in the tree's order, as the
//! model does (poppler's `pdfinfo -struct-text`).
//!
//! krilla validates each PDF as it writes it ([`pdf::render`] fails rather than write one that
//! does not conform); these tests read the files with code of their own ([`reader`]) and with
//! poppler, not with krilla.

mod reader;

use std::path::{Path, PathBuf};
use std::process::Command;

use dayarlyq_documents::pdf::{self, Fonts, Moment};
use dayarlyq_documents::{
    BlankWidth, Block, CaseFile, Cell, Document, Form, Lang, Run, Style, Table, build,
};
use reader::{Dict, Obj, Pdf};

fn example() -> CaseFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/tests/data/example-case.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn made() -> Moment {
    Moment::local(jiff::civil::datetime(2026, 3, 20, 10, 0, 0, 0))
}

fn render(doc: &Document) -> Vec<u8> {
    let fonts = Fonts::shared().expect("the embedded fonts");
    pdf::render(doc, fonts, made()).unwrap_or_else(|e| panic!("{}: {e}", doc.title))
}

/// What a screen reader says for a blank line (the tree's `Alt` of its span).
fn blank_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "бос орын",
        Lang::Ru => "пропуск",
    }
}

#[test]
fn every_document_is_tagged_in_both_languages() {
    for (filled, case) in [("example", example()), ("blank", CaseFile::default())] {
        // App. 6, 8–11, 13, 14, and the complaint of p. 45.
        for form in Form::ALL.into_iter().chain([Form::Complaint]) {
            for lang in Lang::ALL {
                let doc = build(form, lang, &case);
                let name = format!("app{}-{}-{filled}", form.code(), lang.code());
                check(&doc, &render(&doc), &name);
            }
        }
    }
}

#[test]
fn a_table_is_a_table_and_its_headings_repeat_as_artifacts() {
    // A table longer than a page (the nominal list of app. 4 is one): its headings are drawn
    // again on the next page, but the tree has them once, in THead, the rows in TBody.
    for lang in Lang::ALL {
        let heading = ["№", "Тегі, аты, әкесінің аты", "Туған күні"];
        let rows: Vec<Vec<Cell>> = (1..=70)
            .map(|n| {
                vec![
                    Cell::text(n.to_string()),
                    Cell {
                        runs: vec![Run::Filled {
                            place: None,
                            text: format!("Сейітов Нұрлан {n}"),
                            caption: None,
                        }],
                    },
                    Cell {
                        runs: vec![Run::Blank {
                            place: None,
                            width: BlankWidth::Chars(10),
                            caption: None,
                        }],
                    },
                ]
            })
            .collect();
        let mut doc = build(Form::Queued, lang, &CaseFile::default());
        let at = doc.blocks.len() - usize::from(lang == Lang::Ru);
        doc.blocks.insert(
            at,
            Block::Table(Table {
                widths: vec![1, 6, 3],
                header: vec![heading.map(Cell::text).to_vec()],
                rows,
            }),
        );
        let bytes = render(&doc);
        let pages = check(&doc, &bytes, &format!("table-{}", lang.code()));
        assert!(pages >= 2, "{pages} page(s): the table should run on");
        // Every page shows the headings; the tree reads them once (checked above).
        let text = pdftotext(&bytes, &format!("table-{}", lang.code()));
        for (index, page) in text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .enumerate()
        {
            if index > 0 && page.contains("Сейітов") {
                assert!(page.contains("Туған күні"), "page {}: {page}", index + 1);
            }
        }
    }
}

#[test]
fn a_document_without_a_title_is_refused_not_written() {
    // PDF/UA: the title heading needs its title. krilla's validation says so, and no PDF is made.
    let mut doc = build(Form::Application, Lang::Kk, &example());
    doc.title = String::new();
    let fonts = Fonts::shared().expect("the embedded fonts");
    let error = pdf::render(&doc, fonts, made()).expect_err("an untitled document is refused");
    assert!(error.to_string().contains("PDF"), "{error}");
}

#[test]
fn characters_the_font_lacks_are_left_out_and_the_pdf_conforms() {
    // PDF/A and PDF/UA forbid .notdef: an emoji or a Chinese character typed in a name is not
    // drawn (the form's check names it first), and the rest is.
    let mut case = example();
    case.applicant.surname = Some("Қуаңышбаев 😀中".into());
    for lang in Lang::ALL {
        let doc = build(Form::Application, lang, &case);
        let bytes = render(&doc);
        check(&doc, &bytes, &format!("undrawable-{}", lang.code()));
        let text = pdftotext(&bytes, &format!("undrawable-{}", lang.code()));
        assert!(text.contains("Қуаңышбаев"), "{text}");
        assert!(!text.contains('😀') && !text.contains('中'), "{text}");
    }
}

/// A structure element: its role, attributes and kids in order.
#[derive(Debug)]
struct Element {
    role: String,
    title: Option<String>,
    alt: Option<String>,
    lang: Option<String>,
    /// `/A`'s `/Scope`, for header cells.
    scope: Option<String>,
    kids: Vec<Kid>,
}

#[derive(Debug)]
enum Kid {
    Element(Element),
    /// Marked content: the page's object number and the MCID.
    Content(u32, i64),
}

impl Element {
    fn elements(&self) -> impl Iterator<Item = &Element> {
        self.kids.iter().filter_map(|k| match k {
            Kid::Element(e) => Some(e),
            Kid::Content(..) => None,
        })
    }

    /// Every element under this one, depth first.
    fn descendants<'a>(&'a self, out: &mut Vec<&'a Element>) {
        for e in self.elements() {
            out.push(e);
            e.descendants(out);
        }
    }

    /// The marked content under this one, in the tree's order.
    fn contents(&self, out: &mut Vec<(u32, i64)>) {
        for kid in &self.kids {
            match kid {
                Kid::Element(e) => e.contents(out),
                Kid::Content(page, mcid) => out.push((*page, *mcid)),
            }
        }
    }
}

fn element(pdf: &Pdf, dict: &Dict, page: Option<u32>) -> Element {
    let page = match dict.get("/Pg") {
        Some(Obj::Ref(n)) => Some(*n),
        _ => page,
    };
    let text = |key| pdf.get(dict, key).text();
    let scope = match pdf.get(dict, "/A") {
        Obj::Array(items) => items
            .iter()
            .filter_map(|a| pdf.resolve(a).dict())
            .find_map(|a| a.get("/Scope").and_then(Obj::name).map(str::to_owned)),
        Obj::Dict(a) => a.get("/Scope").and_then(Obj::name).map(str::to_owned),
        _ => None,
    };
    let mut kids = Vec::new();
    let items = match dict.get("/K") {
        Some(Obj::Array(items)) => items.clone(),
        Some(kid) => vec![kid.clone()],
        None => Vec::new(),
    };
    for item in &items {
        match pdf.resolve(item) {
            Obj::Num(mcid) => kids.push(Kid::Content(page.expect("a page"), *mcid as i64)),
            Obj::Dict(kid) if kid.get("/Type").and_then(Obj::name) == Some("/MCR") => {
                let kid_page = match kid.get("/Pg") {
                    Some(Obj::Ref(n)) => *n,
                    _ => page.expect("a page"),
                };
                let mcid = kid.get("/MCID").and_then(Obj::num).expect("an MCID");
                kids.push(Kid::Content(kid_page, mcid as i64));
            }
            Obj::Dict(kid) if kid.contains_key("/S") => {
                kids.push(Kid::Element(element(pdf, kid, page)));
            }
            other => panic!("an unexpected kid in the structure tree: {other:?}"),
        }
    }
    Element {
        role: dict
            .get("/S")
            .and_then(Obj::name)
            .unwrap_or_default()
            .to_owned(),
        title: text("/T"),
        alt: text("/Alt"),
        lang: text("/Lang"),
        scope,
        kids,
    }
}

/// How a piece of content is marked, for the operators inside it.
enum Mark {
    Artifact,
    Tagged,
    Other,
}

/// The operators that paint: text, paths, shadings, XObjects, inline images.
const PAINTING: &[&str] = &[
    "Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "Do", "BI",
];

/// Checks everything the module's documentation promises of `bytes`, the PDF of `doc`; returns
/// the number of pages.
fn check(doc: &Document, bytes: &[u8], name: &str) -> usize {
    let pdf = Pdf::parse(bytes);
    let catalog = pdf.catalog();
    let lang = doc.lang.code();

    // The language, the title, shown by the viewer; tagged; PDF/UA-1 and PDF/A-2a declared.
    assert_eq!(
        pdf.get(catalog, "/Lang").text().as_deref(),
        Some(lang),
        "{name}: /Lang"
    );
    let marked = pdf
        .get(catalog, "/MarkInfo")
        .dict()
        .and_then(|m| m.get("/Marked"));
    assert_eq!(marked, Some(&Obj::Bool(true)), "{name}: /MarkInfo /Marked");
    let shown = pdf
        .get(catalog, "/ViewerPreferences")
        .dict()
        .and_then(|v| v.get("/DisplayDocTitle"));
    assert_eq!(shown, Some(&Obj::Bool(true)), "{name}: /DisplayDocTitle");
    let info = pdf.get(&pdf.trailer, "/Info").dict().expect("an /Info");
    assert_eq!(
        pdf.get(info, "/Title").text().as_deref(),
        Some(doc.title.as_str()),
        "{name}"
    );
    let xmp = String::from_utf8(pdf.data(&catalog["/Metadata"])).expect("UTF-8 XMP");
    for declared in [
        "<pdfuaid:part>1</pdfuaid:part>",
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>A</pdfaid:conformance>",
        &format!("<rdf:li xml:lang=\"x-default\">{}</rdf:li>", doc.title),
        &format!("<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li>"),
    ] {
        assert!(xmp.contains(declared), "{name}: XMP without {declared}");
    }
    assert!(
        !matches!(pdf.get(catalog, "/OutputIntents"), Obj::Null),
        "{name}: PDF/A's output intent"
    );
    // The outline: the title, leading to the form's title.
    let outlines = pdf.get(catalog, "/Outlines").dict().expect("an outline");
    let first = pdf
        .get(outlines, "/First")
        .dict()
        .expect("an outline entry");
    assert_eq!(
        pdf.get(first, "/Title").text().as_deref(),
        Some(doc.title.as_str())
    );

    // Every painting operator is inside tagged content or an artifact.
    let pages = pdf.pages();
    let mut painted: Vec<(u32, i64)> = Vec::new();
    for (number, page) in &pages {
        let mut stack: Vec<Mark> = Vec::new();
        for (op, operands) in pdf.operations(page) {
            match op.as_str() {
                "BMC" | "BDC" => {
                    let tag = operands.first().and_then(Obj::name).unwrap_or_default();
                    let properties = match operands.get(1) {
                        Some(Obj::Name(key)) => {
                            let resources = pdf.get(page, "/Resources").dict().expect("resources");
                            let list = pdf
                                .get(resources, "/Properties")
                                .dict()
                                .expect("properties");
                            pdf.get(list, key).dict()
                        }
                        Some(other) => pdf.resolve(other).dict(),
                        None => None,
                    };
                    let mcid = properties.and_then(|p| p.get("/MCID")).and_then(Obj::num);
                    stack.push(match (tag, mcid) {
                        ("/Artifact", _) => Mark::Artifact,
                        (_, Some(mcid)) => {
                            painted.push((*number, mcid as i64));
                            Mark::Tagged
                        }
                        _ => Mark::Other,
                    });
                }
                "EMC" => {
                    assert!(stack.pop().is_some(), "{name}: EMC without BMC/BDC");
                }
                op if PAINTING.contains(&op) => {
                    let marked = stack
                        .iter()
                        .any(|m| matches!(m, Mark::Artifact | Mark::Tagged));
                    assert!(marked, "{name}: `{op}` neither tagged nor an artifact");
                    let nested = stack.iter().filter(|m| !matches!(m, Mark::Other)).count();
                    assert_eq!(nested, 1, "{name}: tagged content and artifacts nested");
                }
                _ => {}
            }
        }
        assert!(stack.is_empty(), "{name}: marked content left open");
    }

    // The structure tree: a Document in the document's language, its elements the model's.
    let root = pdf
        .get(catalog, "/StructTreeRoot")
        .dict()
        .expect("a structure tree");
    let top = element(&pdf, root, None);
    let [Kid::Element(document)] = top.kids.as_slice() else {
        panic!("{name}: the tree's root holds one Document: {top:?}");
    };
    assert_eq!(document.role, "/Document", "{name}");
    assert_eq!(
        document.lang.as_deref(),
        Some(lang),
        "{name}: the Document's /Lang"
    );
    let roles: Vec<&str> = document.elements().map(|e| e.role.as_str()).collect();
    assert_eq!(
        roles,
        expected_roles(doc),
        "{name}: the tree follows the model"
    );
    for (block, element) in blocks_with_elements(doc, document) {
        match block {
            Block::Paragraph {
                style: Style::Title,
                ..
            } => assert_eq!(element.title.as_deref(), Some(doc.title.as_str()), "{name}"),
            Block::Table(table) => check_table(table, element, name),
            _ => {}
        }
    }
    let mut all = Vec::new();
    document.descendants(&mut all);
    let blanks_read = all
        .iter()
        .filter(|e| e.role == "/Span" && e.alt.as_deref() == Some(blank_word(doc.lang)))
        .count();
    let blanks = doc
        .runs()
        .filter(|r| matches!(r, Run::Blank { .. }))
        .count();
    assert_eq!(
        blanks_read, blanks,
        "{name}: each blank a span read as a blank"
    );

    // Each piece of tagged content is in the tree once, and the tree reads in painting order.
    let mut read = Vec::new();
    document.contents(&mut read);
    let mut sorted = read.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(
        sorted.len(),
        read.len(),
        "{name}: content in the tree twice"
    );
    let mut drawn = painted.clone();
    drawn.sort_unstable();
    assert_eq!(
        sorted, drawn,
        "{name}: content drawn but not in the tree, or the reverse"
    );
    for (number, _) in &pages {
        let on = |list: &[(u32, i64)]| -> Vec<i64> {
            list.iter()
                .filter(|(p, _)| p == number)
                .map(|&(_, m)| m)
                .collect()
        };
        assert_eq!(
            on(&read),
            on(&painted),
            "{name}: reading order is not painting order"
        );
    }

    // Read in the tree's order, the PDF says what the model says.
    assert_eq!(
        squeeze(&struct_text(bytes, name)),
        squeeze(&model_text(doc)),
        "{name}: the structure's text"
    );
    pages.len()
}

/// The roles of the Document's elements that the model's blocks call for.
fn expected_roles(doc: &Document) -> Vec<&'static str> {
    let mut roles = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Approval(lines) => roles.extend(lines.iter().map(|_| "/P")),
            Block::Paragraph {
                style: Style::Title,
                ..
            } => roles.push("/H1"),
            Block::Paragraph { .. } | Block::Note(_) => roles.push("/P"),
            Block::Table(_) => roles.push("/Table"),
        }
    }
    roles
}

/// Each block with its first element in the tree.
fn blocks_with_elements<'a>(
    doc: &'a Document,
    document: &'a Element,
) -> Vec<(&'a Block, &'a Element)> {
    let mut elements = document.elements();
    let mut out = Vec::new();
    for block in &doc.blocks {
        let count = match block {
            Block::Approval(lines) => lines.len(),
            _ => 1,
        };
        if let Some(first) = elements.next() {
            out.push((block, first));
        }
        for _ in 1..count {
            elements.next();
        }
    }
    out
}

/// A table's tree: THead with a TR of column-scoped TH per heading row, TBody with a TR of TD
/// per row, a cell per column.
fn check_table(table: &Table, element: &Element, name: &str) {
    let groups: Vec<&Element> = element.elements().collect();
    let roles: Vec<&str> = groups.iter().map(|g| g.role.as_str()).collect();
    assert_eq!(roles, ["/THead", "/TBody"], "{name}: the table's parts");
    let columns = table.widths.len();
    for (group, rows, cell_role) in [
        (groups[0], &table.header, "/TH"),
        (groups[1], &table.rows, "/TD"),
    ] {
        let trs: Vec<&Element> = group.elements().collect();
        assert_eq!(trs.len(), rows.len(), "{name}: a TR per row");
        for (tr, row) in trs.iter().zip(rows.iter()) {
            assert_eq!(tr.role, "/TR", "{name}");
            let cells: Vec<&Element> = tr.elements().collect();
            assert_eq!(
                cells.len(),
                row.len().min(columns),
                "{name}: a cell per column"
            );
            for cell in cells {
                assert_eq!(cell.role, cell_role, "{name}");
                if cell_role == "/TH" {
                    assert_eq!(cell.scope.as_deref(), Some("/Column"), "{name}: TH scope");
                }
            }
        }
    }
}

/// The model's text in reading order: each run's text (a blank as "_"), its caption after it.
fn model_text(doc: &Document) -> String {
    let mut out = String::new();
    let runs = |out: &mut String, runs: &[Run]| {
        for run in runs {
            let caption = match run {
                Run::Text(text) => {
                    out.push_str(text);
                    None
                }
                Run::Filled { text, caption, .. } => {
                    out.push_str(text);
                    caption.as_deref()
                }
                Run::Blank { caption, .. } => {
                    out.push('_');
                    caption.as_deref()
                }
            };
            out.push_str(caption.unwrap_or_default());
        }
    };
    for block in &doc.blocks {
        match block {
            Block::Approval(lines) => lines.iter().for_each(|l| out.push_str(l)),
            Block::Note(note) => out.push_str(note),
            Block::Paragraph { .. } | Block::Table(_) => {
                for paragraph in block.paragraphs() {
                    runs(&mut out, paragraph);
                }
            }
        }
    }
    out
}

/// Text compared whatever its spacing and the length of its blanks, without what the font
/// cannot draw (in these tests: the emoji and the Chinese character of one case).
fn squeeze(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_whitespace() || c == '😀' || c == '中' || (c == '_' && out.ends_with('_')) {
            continue;
        }
        out.push(c);
    }
    out
}

/// The PDF written where `cargo xtask test` gives every `tagged-*.pdf` to an independent
/// checker (outloud) after these tests.
fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("tagged-{name}.pdf"));
    std::fs::write(&path, bytes).expect("write the PDF");
    path
}

/// The text of the structure tree in its order, as poppler reads it (`pdfinfo -struct-text`):
/// the quoted content lines, not the elements' titles.
fn struct_text(bytes: &[u8], name: &str) -> String {
    let output = Command::new("pdfinfo")
        .arg("-struct-text")
        .arg(tmp(name, bytes))
        .output()
        .expect("pdfinfo (Debian package poppler-utils; `cargo xtask install` puts it in place)");
    assert!(
        output.status.success(),
        "pdfinfo -struct-text failed on {name}"
    );
    // An element's title is printed as it is stored (UTF-16): read it lossily, then skip it.
    let listing = String::from_utf8_lossy(&output.stdout);
    listing
        .lines()
        .map(str::trim)
        .filter(|l| l.len() >= 2 && l.starts_with('"') && l.ends_with('"'))
        .map(|l| &l[1..l.len() - 1])
        .collect()
}

fn pdftotext(bytes: &[u8], name: &str) -> String {
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(tmp(name, bytes))
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8(output.stdout).expect("UTF-8 from pdftotext")
}
