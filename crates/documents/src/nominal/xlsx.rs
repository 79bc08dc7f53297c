//! The cells of an XLSX workbook's first sheet, as text: the ZIP read by `zip` (deflate by
//! miniz_oxide), the sheet's XML by `quick-xml`. calamine reads it too, but links `encoding_rs`
//! whole (through quick-xml's `encoding`, for XML in any encoding; XLSX is UTF-8): 211 KB of
//! brotli in the module against some 30 KB for these two (see the README's figures). Only what
//! a list needs is read: shared strings, inline strings, numbers, booleans; styles are not, so a
//! date comes as its serial number, which the import reads where a date is expected.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesRef, BytesStart, Event};

/// Why the workbook could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAWorkbook;

/// A part of the package is at most this large once inflated (a list of thousands is a few MB).
const MAX_PART: u64 = 64 << 20;

/// The first sheet's rows, each a cell per column from A (empty where the sheet has none).
pub fn rows(bytes: &[u8], max_rows: usize) -> Result<Vec<Vec<String>>, NotAWorkbook> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| NotAWorkbook)?;
    let mut part = |name: &str| -> Option<String> {
        let file = zip.by_name(name).ok()?;
        let mut text = String::new();
        file.take(MAX_PART).read_to_string(&mut text).ok()?;
        Some(text)
    };
    let sheet = first_sheet(&mut part).ok_or(NotAWorkbook)?;
    let shared = part("xl/sharedStrings.xml").map_or_else(Vec::new, |x| shared_strings(&x));
    let xml = part(&sheet).ok_or(NotAWorkbook)?;
    sheet_rows(&xml, &shared, max_rows).ok_or(NotAWorkbook)
}

/// The path of the workbook's first sheet: its relationship's target.
fn first_sheet(part: &mut impl FnMut(&str) -> Option<String>) -> Option<String> {
    let fallback = "xl/worksheets/sheet1.xml".to_owned();
    let Some(workbook) = part("xl/workbook.xml") else {
        return Some(fallback);
    };
    let mut reader = Reader::from_str(&workbook);
    let mut id = None;
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"sheet" => {
                id = attr(&e, b"id");
                break;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let (Some(id), Some(rels)) = (id, part("xl/_rels/workbook.xml.rels")) else {
        return Some(fallback);
    };
    let mut reader = Reader::from_str(&rels);
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref() == b"Relationship"
                    && attr(&e, b"Id").as_deref() == Some(&id) =>
            {
                let target = attr(&e, b"Target")?;
                return Some(match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_owned(),
                    None => format!("xl/{target}"),
                });
            }
            Event::Eof => return Some(fallback),
            _ => {}
        }
    }
}

/// An attribute's value by its local name (`r:id` is `id`).
fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// An entity or character reference in text.
fn reference(r: &BytesRef<'_>) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    let name = r.decode().unwrap_or_default();
    quick_xml::escape::resolve_predefined_entity(&name)
        .unwrap_or_default()
        .to_owned()
}

/// The shared strings: each `<si>`'s text, its rich-text runs joined, phonetic runs left out.
fn shared_strings(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let (mut current, mut in_t, mut in_phonetic) = (String::new(), false, false);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                b"si" => current.clear(),
                b"t" => in_t = true,
                b"rPh" => in_phonetic = true,
                _ => {}
            },
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                b"si" => out.push(std::mem::take(&mut current)),
                b"t" => in_t = false,
                b"rPh" => in_phonetic = false,
                _ => {}
            },
            Ok(Event::Text(t)) if in_t && !in_phonetic => {
                current.push_str(&t.decode().unwrap_or_default());
            }
            Ok(Event::GeneralRef(r)) if in_t && !in_phonetic => current.push_str(&reference(&r)),
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

/// The 0-based column of a cell reference (`C7` → 2).
fn column_of(reference: &str) -> Option<usize> {
    let mut n = 0usize;
    let mut any = false;
    for c in reference.chars().take_while(char::is_ascii_alphabetic) {
        n = n
            .checked_mul(26)?
            .checked_add(usize::from(c.to_ascii_uppercase() as u8 - b'A' + 1))?;
        any = true;
    }
    (any && n <= 16_384).then(|| n - 1)
}

/// The rows of a sheet's XML, cells placed by their references.
fn sheet_rows(xml: &str, shared: &[String], max_rows: usize) -> Option<Vec<Vec<String>>> {
    let mut reader = Reader::from_str(xml);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let (mut kind, mut at, mut value, mut in_value) = (String::new(), 0usize, String::new(), false);
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == b"row" => row.clear(),
            Event::Empty(e) if e.local_name().as_ref() == b"row" => rows.push(Vec::new()),
            Event::End(e) if e.local_name().as_ref() == b"row" => {
                rows.push(std::mem::take(&mut row));
                if rows.len() > max_rows {
                    break;
                }
            }
            Event::Start(e) if e.local_name().as_ref() == b"c" => {
                kind = attr(&e, b"t").unwrap_or_default();
                at = attr(&e, b"r")
                    .and_then(|r| column_of(&r))
                    .unwrap_or(row.len());
                value.clear();
            }
            Event::End(e) if e.local_name().as_ref() == b"c" => {
                let text = match kind.as_str() {
                    "s" => value
                        .trim()
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| shared.get(i))
                        .cloned()
                        .unwrap_or_default(),
                    "b" => (value.trim() == "1").to_string(),
                    "n" | "" => number(value.trim()),
                    _ => std::mem::take(&mut value),
                };
                if at >= row.len() {
                    row.resize(at + 1, String::new());
                }
                if let Some(cell) = row.get_mut(at) {
                    *cell = text;
                }
            }
            Event::Start(e) if matches!(e.local_name().as_ref(), b"v" | b"t") => in_value = true,
            Event::End(e) if matches!(e.local_name().as_ref(), b"v" | b"t") => in_value = false,
            Event::Text(t) if in_value => value.push_str(&t.decode().unwrap_or_default()),
            Event::GeneralRef(r) if in_value => value.push_str(&reference(&r)),
            Event::Eof => break,
            _ => {}
        }
    }
    Some(rows)
}

/// A number cell as typed: a whole number without a fraction (an IIN, a date serial).
fn number(text: &str) -> String {
    match text.parse::<f64>() {
        Ok(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_inline_numbers_and_references() {
        let shared = shared_strings(
            r#"<sst><si><t>Тегі</t></si><si><r><t>Әли</t></r><r><t xml:space="preserve">ев &amp; К</t></r><rPh><t>x</t></rPh></si></sst>"#,
        );
        assert_eq!(shared, ["Тегі", "Әлиев & К"]);
        let rows = sheet_rows(
            r#"<worksheet><sheetData>
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>IIN</t></is></c></row>
                <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>39569</v></c><c r="C2"><v>50101350851</v></c><c r="D2" t="b"><v>1</v></c></row>
            </sheetData></worksheet>"#,
            &shared,
            10,
        )
        .expect("rows");
        assert_eq!(rows[0], ["Тегі", "", "IIN"]);
        assert_eq!(rows[1], ["Әлиев & К", "39569", "50101350851", "true"]);
        assert_eq!(column_of("AB12"), Some(27));
        assert_eq!(column_of("12"), None);
    }

    #[test]
    fn not_a_workbook() {
        assert_eq!(rows(b"", 10), Err(NotAWorkbook));
        assert_eq!(rows(b"PK\x03\x04garbage", 10), Err(NotAWorkbook));
    }
}
