//! Plain text: one line a paragraph (a table's row, its cells between bars), blanks as
//! underscores, captions after their blank.
//! For the tests, the terminal and diffs; the PDF and HTML are what people print.

use crate::document::{Block, Document, Run, Style};

/// The document as plain text.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Approval(lines) => {
                for line in lines {
                    out.push_str(line);
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Paragraph { style, runs } => {
                if *style == Style::Title {
                    out.push('\n');
                }
                out.push_str(&runs_text(runs));
                out.push('\n');
                if *style == Style::Title {
                    out.push('\n');
                }
            }
            Block::Table(table) => {
                // A row a line, its cells between bars.
                for row in table.header.iter().chain(&table.rows) {
                    let cells: Vec<String> = row.iter().map(|c| runs_text(&c.runs)).collect();
                    out.push_str(&cells.join(" | "));
                    out.push('\n');
                }
            }
            Block::Note(note) => {
                out.push('\n');
                out.push_str(note);
                out.push('\n');
            }
        }
    }
    out
}

/// The runs of a paragraph as one line.
pub(crate) fn runs_text(runs: &[Run]) -> String {
    let mut line = String::new();
    for run in runs {
        let caption = match run {
            Run::Text(text) => {
                line.push_str(&text.replace('\u{a0}', " "));
                None
            }
            Run::Filled { text, caption, .. } => {
                line.push_str(&text.replace('\u{a0}', " "));
                caption.as_deref()
            }
            Run::Blank { width, caption, .. } => {
                line.push_str(&"_".repeat(width.chars()));
                caption.as_deref()
            }
        };
        if let Some(caption) = caption {
            line.push(' ');
            line.push_str(caption);
        }
    }
    line
}
