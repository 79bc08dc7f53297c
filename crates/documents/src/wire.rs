//! A built [`Document`] as a flat list of strings, and back: how the web app hands a document to
//! the PDF worker. The page builds the document (it has the templates for the preview); the
//! worker only draws it, so it carries neither the templates nor the case file's reading, and
//! neither side needs a JSON codec.
//!
//! The list: the form's code, the language's code, the title, then each block — `A` and its
//! lines; `P`, the style and the runs; `T`, the widths, the header's rows and the body's rows;
//! `N` and the note. A count comes before each list; a run is `t` and its text, or `f`/`b` with
//! the place's path (empty for none), the text or the width (empty for a line to the end), and
//! the caption (`=` before it; empty for none).
//!
//! ```
//! use dayarlyq_documents::{build, wire, CaseFile, Form, Lang};
//!
//! let doc = build(Form::Complaint, Lang::Kk, &CaseFile::default());
//! assert_eq!(wire::from_parts(&wire::to_parts(&doc)), Some(doc));
//! ```

use crate::document::{BlankWidth, Block, Cell, Document, Run, Style, Table};
use crate::form::Form;
use dayarlyq_rules::case_file::Place;
use dayarlyq_rules::text::Lang;

/// The document as the strings [`from_parts`] reads.
pub fn to_parts(doc: &Document) -> Vec<String> {
    let mut out = Writer(Vec::with_capacity(64));
    out.put(doc.form.code());
    out.put(doc.lang.code());
    out.put(&doc.title);
    for block in &doc.blocks {
        match block {
            Block::Approval(lines) => {
                out.put("A");
                out.count(lines.len());
                lines.iter().for_each(|l| out.put(l));
            }
            Block::Paragraph { style, runs } => {
                out.put("P");
                out.put(style_code(*style));
                out.runs(runs);
            }
            Block::Table(table) => {
                out.put("T");
                out.count(table.widths.len());
                table.widths.iter().for_each(|w| out.put(&w.to_string()));
                out.rows(&table.header);
                out.rows(&table.rows);
            }
            Block::Note(note) => {
                out.put("N");
                out.put(note);
            }
        }
    }
    out.0
}

/// The document of [`to_parts`]; `None` for a list it did not write.
pub fn from_parts(parts: &[String]) -> Option<Document> {
    let mut r = Reader(parts.iter());
    let form: Form = r.next()?.parse().ok()?;
    let lang = Lang::from_code(r.next()?)?;
    let title = r.next()?.to_owned();
    let mut blocks = Vec::new();
    while let Some(tag) = r.next() {
        blocks.push(match tag {
            "A" => {
                let n = r.count()?;
                Block::Approval((0..n).map(|_| r.text()).collect::<Option<_>>()?)
            }
            "P" => {
                let style = style_from(r.next()?)?;
                Block::Paragraph {
                    style,
                    runs: r.runs()?,
                }
            }
            "T" => {
                let n = r.count()?;
                let widths = (0..n)
                    .map(|_| r.next()?.parse().ok())
                    .collect::<Option<_>>()?;
                Block::Table(Table {
                    widths,
                    header: r.rows()?,
                    rows: r.rows()?,
                })
            }
            "N" => Block::Note(r.text()?),
            _ => return None,
        });
    }
    Some(Document {
        form,
        lang,
        title,
        blocks,
    })
}

const STYLES: [(Style, &str); 6] = [
    (Style::Addressee, "a"),
    (Style::Header, "h"),
    (Style::Title, "t"),
    (Style::Body, "b"),
    (Style::Line, "l"),
    (Style::Signature, "s"),
];

fn style_code(style: Style) -> &'static str {
    STYLES
        .iter()
        .find(|(s, _)| *s == style)
        .map_or("b", |(_, c)| c)
}

fn style_from(code: &str) -> Option<Style> {
    STYLES.iter().find(|(_, c)| *c == code).map(|(s, _)| *s)
}

struct Writer(Vec<String>);

impl Writer {
    fn put(&mut self, s: &str) {
        self.0.push(s.to_owned());
    }

    fn count(&mut self, n: usize) {
        self.0.push(n.to_string());
    }

    fn option(&mut self, s: Option<&str>) {
        self.0.push(s.map_or(String::new(), |s| format!("={s}")));
    }

    fn place(&mut self, place: Option<Place>) {
        self.put(place.map_or("", Place::path));
    }

    fn runs(&mut self, runs: &[Run]) {
        self.count(runs.len());
        for run in runs {
            match run {
                Run::Text(text) => {
                    self.put("t");
                    self.put(text);
                }
                Run::Filled {
                    place,
                    text,
                    caption,
                } => {
                    self.put("f");
                    self.place(*place);
                    self.put(text);
                    self.option(caption.as_deref());
                }
                Run::Blank {
                    place,
                    width,
                    caption,
                } => {
                    self.put("b");
                    self.place(*place);
                    match width {
                        BlankWidth::Chars(n) => self.count(usize::from(*n)),
                        BlankWidth::ToLineEnd => self.put(""),
                    }
                    self.option(caption.as_deref());
                }
            }
        }
    }

    fn rows(&mut self, rows: &[Vec<Cell>]) {
        self.count(rows.len());
        for row in rows {
            self.count(row.len());
            row.iter().for_each(|cell| self.runs(&cell.runs));
        }
    }
}

struct Reader<'a>(std::slice::Iter<'a, String>);

impl<'a> Reader<'a> {
    fn next(&mut self) -> Option<&'a str> {
        self.0.next().map(String::as_str)
    }

    fn text(&mut self) -> Option<String> {
        self.next().map(str::to_owned)
    }

    /// A count, no larger than what is left to read: a made-up count allocates nothing.
    fn count(&mut self) -> Option<usize> {
        let n: usize = self.next()?.parse().ok()?;
        (n <= self.0.len()).then_some(n)
    }

    fn option(&mut self) -> Option<Option<String>> {
        let s = self.next()?;
        if s.is_empty() {
            return Some(None);
        }
        s.strip_prefix('=').map(|s| Some(s.to_owned()))
    }

    fn place(&mut self) -> Option<Option<Place>> {
        match self.next()? {
            "" => Some(None),
            path => Place::from_path(path).map(Some),
        }
    }

    fn runs(&mut self) -> Option<Vec<Run>> {
        let n = self.count()?;
        (0..n)
            .map(|_| {
                Some(match self.next()? {
                    "t" => Run::Text(self.text()?),
                    "f" => Run::Filled {
                        place: self.place()?,
                        text: self.text()?,
                        caption: self.option()?,
                    },
                    "b" => Run::Blank {
                        place: self.place()?,
                        width: match self.next()? {
                            "" => BlankWidth::ToLineEnd,
                            n => BlankWidth::Chars(n.parse().ok()?),
                        },
                        caption: self.option()?,
                    },
                    _ => return None,
                })
            })
            .collect()
    }

    fn rows(&mut self) -> Option<Vec<Vec<Cell>>> {
        let n = self.count()?;
        (0..n)
            .map(|_| {
                let cells = self.count()?;
                (0..cells)
                    .map(|_| Some(Cell { runs: self.runs()? }))
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nominal::NominalList;
    use crate::nominal::selection::Selection;
    use crate::templates::{build, build_list};
    use dayarlyq_rules::case_file::CaseFile;

    #[test]
    fn every_document_crosses_whole() {
        // App. 6, 8–11, 13, 14, the complaint (p. 45), blank and filled; app. 4 with a table.
        let mut filled = CaseFile::default();
        for &place in Place::ALL {
            filled.set(place, "2026-05-04");
        }
        let list: crate::nominal::ListFile =
            serde_json::from_str(include_str!("../tests/data/nominal-list.json")).unwrap();
        let list = list.nominal_list;
        let mut docs = vec![
            build_list(Lang::Kk, &list, &Selection::as_drawn(&list)),
            build_list(Lang::Ru, &NominalList::default(), &Selection::empty()),
        ];
        for form in Form::EVERY {
            for lang in Lang::ALL {
                docs.push(build(form, lang, &CaseFile::default()));
                docs.push(build(form, lang, &filled));
            }
        }
        for doc in docs {
            assert_eq!(
                from_parts(&to_parts(&doc)).as_ref(),
                Some(&doc),
                "{}",
                doc.title
            );
        }
    }

    #[test]
    fn a_list_it_did_not_write_is_none() {
        let doc = build(Form::Refusal, Lang::Kk, &CaseFile::default());
        let parts = to_parts(&doc);
        let s = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        for bad in [
            s(&[]),
            s(&["7", "kk", "t"]),
            s(&["9", "en", "t"]),
            s(&["9", "kk", "t", "X"]),
            s(&["9", "kk", "t", "A", "99999999999"]),
            s(&[
                "9",
                "kk",
                "t",
                "P",
                "b",
                "1",
                "f",
                "applicant.nickname",
                "x",
                "",
            ]),
            s(&["9", "kk", "t", "P", "b", "1", "b", "", "300", ""]),
            parts[..parts.len() - 1].to_vec(),
        ] {
            assert_eq!(from_parts(&bad), None, "{bad:?}");
        }
    }
}
