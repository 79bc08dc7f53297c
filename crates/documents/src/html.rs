//! HTML: a self-contained fragment with semantic markup, and [`STYLESHEET`] for the web preview
//! and print (A4, serif 14 pt, blanks as underlined spaces with their captions under them).
//! Every text is escaped: what a person typed stays text.

use crate::document::{BlankWidth, Block, Cell, Document, Run, Style, Table};

/// The styles of the fragment, scoped to `.dq-doc`. A4 with the margins of Kazakh official
/// documents (left 30 mm, right 15 mm, top and bottom 20 mm), Times-metric serif, 14 pt.
pub const STYLESHEET: &str = include_str!("document.css");

/// The document as an HTML fragment: `<article class="dq-doc" lang="kk">…</article>`.
pub fn render(doc: &Document) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push_str(&format!(
        "<article class=\"dq-doc\" lang=\"{}\" data-form=\"{}\">\n",
        doc.lang.code(),
        doc.form.code()
    ));
    let mut in_addressee = false;
    for block in &doc.blocks {
        let addressee = matches!(
            block,
            Block::Paragraph {
                style: Style::Addressee,
                ..
            }
        );
        if addressee && !in_addressee {
            out.push_str("<div class=\"dq-addressee\">\n");
        } else if !addressee && in_addressee {
            out.push_str("</div>\n");
        }
        in_addressee = addressee;
        match block {
            Block::Approval(lines) => {
                out.push_str("<div class=\"dq-approval\">\n");
                for line in lines {
                    out.push_str(&format!("<p>{}</p>\n", escape(line)));
                }
                out.push_str("</div>\n");
            }
            Block::Paragraph { style, runs } => {
                let (tag, class) = match style {
                    Style::Addressee => ("p", "dq-addressee-line"),
                    Style::Header => ("p", "dq-header"),
                    Style::Title => ("h2", "dq-title"),
                    Style::Body => ("p", "dq-body"),
                    Style::Line => ("p", "dq-line"),
                    Style::Signature => ("p", "dq-signature"),
                };
                let has_line = *style != Style::Body
                    && runs.iter().any(|r| {
                        matches!(
                            r,
                            Run::Blank {
                                width: BlankWidth::ToLineEnd,
                                ..
                            }
                        )
                    });
                let extra = if has_line { " dq-has-line" } else { "" };
                out.push_str(&format!("<{tag} class=\"{class}{extra}\">"));
                for run in runs {
                    push_run(&mut out, run, has_line);
                }
                out.push_str(&format!("</{tag}>\n"));
            }
            Block::Table(table) => push_table(&mut out, table),
            Block::Note(note) => {
                out.push_str(&format!(
                    "<footer class=\"dq-note\"><p>{}</p></footer>\n",
                    escape(note)
                ));
            }
        }
    }
    if in_addressee {
        out.push_str("</div>\n");
    }
    out.push_str("</article>\n");
    out
}

/// A whole page around the fragment, for a file opened on its own (`dayarlyq render --format html`).
pub fn page(doc: &Document) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <style>\nbody {{ margin: 0; background: #eee; }}\n@media print {{ body {{ background: none; }} }}\n{STYLESHEET}</style>\n\
         </head>\n<body>\n{body}</body>\n</html>\n",
        lang = doc.lang.code(),
        title = escape(&doc.title),
        body = render(doc),
    )
}

/// A table: its columns' widths, the headings in `<thead>` (each `<th scope="col">`), the rows
/// in `<tbody>`.
fn push_table(out: &mut String, table: &Table) {
    out.push_str("<table class=\"dq-table\">\n<colgroup>");
    let total: u32 = table.widths.iter().map(|&w| u32::from(w)).sum();
    for &width in &table.widths {
        let percent = f64::from(width) * 100.0 / f64::from(total.max(1));
        out.push_str(&format!("<col width=\"{percent:.1}%\">"));
    }
    out.push_str("</colgroup>\n");
    let mut push_rows = |rows: &[Vec<Cell>], group: &str, (open, close): (&str, &str)| {
        if rows.is_empty() {
            return;
        }
        out.push_str(&format!("<{group}>\n"));
        for row in rows {
            out.push_str("<tr>");
            for c in row {
                out.push_str(open);
                for run in &c.runs {
                    push_run(out, run, false);
                }
                out.push_str(close);
            }
            out.push_str("</tr>\n");
        }
        out.push_str(&format!("</{group}>\n"));
    };
    push_rows(&table.header, "thead", ("<th scope=\"col\">", "</th>"));
    push_rows(&table.rows, "tbody", ("<td>", "</td>"));
    out.push_str("</table>\n");
}

/// `line_blanks`: the paragraph lays its line-long blanks out as flexible lines (a label and
/// its line); in running text they are long runs of underscores that wrap like words.
fn push_run(out: &mut String, run: &Run, line_blanks: bool) {
    let (inner, caption) = match run {
        Run::Text(text) => {
            out.push_str(&escape(text));
            return;
        }
        Run::Filled {
            place,
            text,
            caption,
        } => (
            format!(
                "<span class=\"dq-filled\"{}>{}</span>",
                place_attr(*place),
                escape(text)
            ),
            caption,
        ),
        Run::Blank {
            place,
            width,
            caption,
        } => {
            // As on the paper form (and in the PDF): a run of underscores; a line-long blank is
            // an empty span that stretches, underlined by its border.
            let inner = match width {
                BlankWidth::Chars(n) => format!(
                    "<span class=\"dq-blank\"{}>{}</span>",
                    place_attr(*place),
                    "_".repeat(usize::from(*n))
                ),
                BlankWidth::ToLineEnd if line_blanks => format!(
                    "<span class=\"dq-blank dq-blank-line\"{}></span>",
                    place_attr(*place)
                ),
                BlankWidth::ToLineEnd => format!(
                    "<span class=\"dq-blank\"{}>{}</span><wbr>",
                    place_attr(*place),
                    "_".repeat(width.chars())
                ),
            };
            (inner, caption)
        }
    };
    match caption {
        Some(caption) => {
            let line = line_blanks
                && matches!(
                    run,
                    Run::Blank {
                        width: BlankWidth::ToLineEnd,
                        ..
                    }
                );
            let class = if line {
                "dq-field dq-field-line"
            } else {
                "dq-field"
            };
            out.push_str(&format!(
                "<span class=\"{class}\">{inner}<span class=\"dq-caption\">{}</span></span>",
                escape(caption)
            ));
        }
        None => out.push_str(&inner),
    }
}

fn place_attr(place: Option<dayarlyq_rules::case_file::Place>) -> String {
    place
        .map(|f| format!(" data-field=\"{}\"", escape(f.path())))
        .unwrap_or_default()
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
    out
}
