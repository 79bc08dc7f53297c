//! The blocks of a document placed on A4 pages: paragraphs broken into lines ([`layout`]),
//! tables into rows, each line or row kept whole and moved to a new page when it does not fit.
//! Every line placed says which paragraph of the model it draws ([`Source`]), or that it repeats
//! on a later page what an earlier one showed (a table's headings, the note): the tag tree is
//! built from that ([`super::tagging`]).

use super::layout::{self, Align, Line, Paragraph, Shape};
use super::{Fonts, MM};
use crate::document::{Block, Cell, Document, Style, Table};

/// A4 in points.
pub(crate) const PAGE_WIDTH: f32 = 595.276;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
/// The margins of Kazakh official documents: left 30 mm, right 15 mm, top and bottom 20 mm.
const MARGIN_LEFT: f32 = 30.0 * MM;
const MARGIN_RIGHT: f32 = 15.0 * MM;
const MARGIN_TOP: f32 = 20.0 * MM;
const MARGIN_BOTTOM: f32 = 20.0 * MM;
const TEXT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
/// The approval and addressee blocks take the right half of the text width.
const RIGHT_COLUMN: f32 = MARGIN_LEFT + TEXT_WIDTH * 0.5;
/// First-line indent of running text: 1.25 cm.
const INDENT: f32 = 12.5 * MM;

const BODY_SIZE: f32 = 14.0;
const APPROVAL_SIZE: f32 = 12.0;
const NOTE_SIZE: f32 = 10.0;
/// The text of a table's cells: smaller than the body, as forms with tables set them.
const TABLE_SIZE: f32 = 12.0;
/// Between a cell's ruling and its text.
const CELL_PADDING: f32 = 3.0;
const RULING: f32 = 0.5;

/// Which paragraph of the document model a line draws: block `block`'s own (`part` 0), a line
/// of its approval block, or a cell of its table (`part`: the cell's place in
/// [`Block::paragraphs`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Source {
    pub(crate) block: usize,
    pub(crate) part: usize,
}

/// A line on a page.
pub(crate) struct Placed {
    /// The y of its top.
    pub(crate) top: f32,
    pub(crate) line: Line,
    pub(crate) source: Source,
    /// Shown again on this page (a table's headings, the note): page furniture, not content.
    pub(crate) repeated: bool,
}

/// A filled rectangle: a table's ruling.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) width: f32,
    pub(crate) height: f32,
}

#[derive(Default)]
pub(crate) struct Page {
    pub(crate) lines: Vec<Placed>,
    pub(crate) rules: Vec<Rule>,
}

/// What pagination keeps whole: a line of a paragraph, or a row of a table (its cells' lines
/// side by side and its ruling), placed from its top.
#[derive(Clone)]
struct Band {
    height: f32,
    lines: Vec<(f32, Source, Line)>,
    rules: Vec<Rule>,
}

impl Band {
    fn line(source: Source, line: Line) -> Band {
        Band {
            height: line.height,
            lines: vec![(0.0, source, line)],
            rules: Vec::new(),
        }
    }
}

/// The pages of `doc`: its blocks top to bottom, the note (if any) at the foot of every page.
pub(crate) fn paginate(doc: &Document, fonts: &Fonts) -> Vec<Page> {
    let note = doc
        .blocks
        .iter()
        .enumerate()
        .find_map(|(block, b)| match b {
            Block::Note(text) => Some((block, note_lines(text, fonts))),
            _ => None,
        });
    let note_height = note.as_ref().map_or(0.0, |(_, lines)| {
        lines.iter().map(|l| l.height).sum::<f32>() + NOTE_SIZE
    });
    let mut flow = Flow {
        pages: vec![Page::default()],
        y: MARGIN_TOP,
        bottom: PAGE_HEIGHT - MARGIN_BOTTOM - note_height,
        heading: Vec::new(),
    };
    let mut previous: Option<Style> = None;
    for (block, b) in doc.blocks.iter().enumerate() {
        let source = |part| Source { block, part };
        match b {
            Block::Approval(lines) => {
                let shape = Shape {
                    left: RIGHT_COLUMN,
                    width: PAGE_WIDTH - MARGIN_RIGHT - RIGHT_COLUMN,
                    first_indent: 0.0,
                    align: Align::Center,
                };
                for (part, text) in lines.iter().enumerate() {
                    let paragraph = Paragraph::plain(text, APPROVAL_SIZE, false);
                    for line in layout::lay_out(&paragraph, &shape, fonts) {
                        flow.place(Band::line(source(part), line));
                    }
                }
                flow.y += BODY_SIZE;
            }
            Block::Paragraph { style, runs } => {
                let (shape, before, after) = paragraph_shape(*style, previous);
                let paragraph = Paragraph::new(runs, BODY_SIZE, *style == Style::Title);
                flow.y += before;
                for line in layout::lay_out(&paragraph, &shape, fonts) {
                    flow.place(Band::line(source(0), line));
                }
                flow.y += after;
            }
            Block::Table(table) => {
                flow.y += BODY_SIZE * 0.5;
                flow.table(block, table, fonts);
                flow.y += BODY_SIZE * 0.5;
            }
            Block::Note(_) => {}
        }
        previous = match b {
            Block::Paragraph { style, .. } => Some(*style),
            Block::Table(_) => None,
            Block::Approval(_) | Block::Note(_) => previous,
        };
    }

    let mut pages = flow.pages;
    if let Some((block, lines)) = note {
        let height: f32 = lines.iter().map(|l| l.height).sum();
        for (index, page) in pages.iter_mut().enumerate() {
            let mut y = PAGE_HEIGHT - MARGIN_BOTTOM - height;
            for line in &lines {
                page.lines.push(Placed {
                    top: y,
                    line: line.clone(),
                    source: Source { block, part: 0 },
                    repeated: index > 0,
                });
                y += line.height;
            }
        }
    }
    pages
}

fn note_lines(text: &str, fonts: &Fonts) -> Vec<Line> {
    let shape = Shape {
        left: MARGIN_LEFT,
        width: TEXT_WIDTH,
        first_indent: 0.0,
        align: Align::Justify,
    };
    layout::lay_out(&Paragraph::plain(text, NOTE_SIZE, false), &shape, fonts)
}

/// Where a paragraph of `style` goes, and the space before and after it.
fn paragraph_shape(style: Style, previous: Option<Style>) -> (Shape, f32, f32) {
    let full = |first_indent, align| Shape {
        left: MARGIN_LEFT,
        width: TEXT_WIDTH,
        first_indent,
        align,
    };
    match style {
        Style::Addressee => (
            Shape {
                left: RIGHT_COLUMN,
                width: PAGE_WIDTH - MARGIN_RIGHT - RIGHT_COLUMN,
                first_indent: 0.0,
                align: Align::Left,
            },
            if previous == Some(Style::Addressee) {
                2.0
            } else {
                0.0
            },
            0.0,
        ),
        Style::Header => (full(INDENT, Align::Left), 0.0, 0.0),
        Style::Title => (full(0.0, Align::Center), BODY_SIZE * 0.8, BODY_SIZE * 0.8),
        Style::Body => (full(INDENT, Align::Justify), 0.0, 0.0),
        Style::Line => (full(INDENT, Align::Left), 0.0, 0.0),
        Style::Signature => (full(0.0, Align::Right), BODY_SIZE * 1.5, 0.0),
    }
}

/// The pages being filled.
struct Flow {
    pages: Vec<Page>,
    /// Where the next band goes on the last page.
    y: f32,
    /// How low a band may reach.
    bottom: f32,
    /// The headings of the table being placed: repeated at the top of each new page.
    heading: Vec<Band>,
}

impl Flow {
    /// Puts `band` at `y`, or at the top of a new page when it does not fit above the bottom
    /// (under the table's headings again, when a table runs on).
    fn place(&mut self, band: Band) {
        if self.y + band.height > self.bottom {
            self.new_page();
        }
        self.put(band, false);
    }

    /// Starts a new page, unless the last is still empty; a table running on shows its
    /// headings again.
    fn new_page(&mut self) {
        let started = self
            .pages
            .last()
            .is_some_and(|p| !p.lines.is_empty() || !p.rules.is_empty());
        if !started {
            return;
        }
        self.pages.push(Page::default());
        self.y = MARGIN_TOP;
        for heading in self.heading.clone() {
            self.put(heading, true);
        }
    }

    fn put(&mut self, band: Band, repeated: bool) {
        let top = self.y;
        if let Some(page) = self.pages.last_mut() {
            for (dy, source, line) in band.lines {
                page.lines.push(Placed {
                    top: top + dy,
                    line,
                    source,
                    repeated,
                });
            }
            page.rules
                .extend(band.rules.into_iter().map(|r| Rule { y: r.y + top, ..r }));
        }
        self.y += band.height;
    }

    /// Places `table` (block `block`) row by row, its headings again on every page it runs on.
    fn table(&mut self, block: usize, table: &Table, fonts: &Fonts) {
        let total: f32 = table.widths.iter().map(|&w| f32::from(w)).sum();
        if total <= 0.0 {
            return;
        }
        let mut columns = Vec::with_capacity(table.widths.len());
        let mut x = MARGIN_LEFT;
        for &w in &table.widths {
            let width = TEXT_WIDTH * f32::from(w) / total;
            columns.push((x, width));
            x += width;
        }
        // A cell's place among the block's paragraphs (Block::paragraphs): row by row, the
        // headings first, every cell counted, drawn or not.
        let mut part = 0;
        let mut band = |row: &[Cell], heading: bool| {
            let band = row_band(block, part, row, &columns, heading, fonts);
            part += row.len();
            band
        };
        let heading: Vec<Band> = table.header.iter().map(|row| band(row, true)).collect();
        let mut rows = table.rows.iter().map(|row| band(row, false));
        let first = rows.next();
        // The headings start a page with the first row, never alone at a page's foot.
        let together: f32 = heading.iter().chain(&first).map(|b| b.height).sum();
        if self.y + together > self.bottom {
            self.new_page();
        }
        for band in heading.iter().cloned() {
            self.place(band);
        }
        self.heading = heading;
        for row in first.into_iter().chain(rows) {
            self.place(row);
        }
        self.heading.clear();
    }
}

/// A row of a table: each cell's lines in its column, and the ruling around the cells.
fn row_band(
    block: usize,
    first_part: usize,
    row: &[Cell],
    columns: &[(f32, f32)],
    heading: bool,
    fonts: &Fonts,
) -> Band {
    let mut cells = Vec::with_capacity(columns.len());
    for (index, (cell, &(x, width))) in row.iter().zip(columns).enumerate() {
        let shape = Shape {
            left: x + CELL_PADDING,
            width: (width - 2.0 * CELL_PADDING).max(TABLE_SIZE),
            first_indent: 0.0,
            align: if heading { Align::Center } else { Align::Left },
        };
        let paragraph = Paragraph::new(&cell.runs, TABLE_SIZE, heading);
        let source = Source {
            block,
            part: first_part + index,
        };
        cells.push((source, layout::lay_out(&paragraph, &shape, fonts)));
    }
    let height = cells
        .iter()
        .map(|(_, lines)| lines.iter().map(|l| l.height).sum::<f32>())
        .fold(0.0, f32::max)
        + 2.0 * CELL_PADDING;
    let mut band = Band {
        height,
        lines: Vec::new(),
        rules: Vec::new(),
    };
    for (source, lines) in cells {
        let mut dy = CELL_PADDING;
        for line in lines {
            let h = line.height;
            band.lines.push((dy, source, line));
            dy += h;
        }
    }
    let (Some(&(left, _)), Some(&(last_x, last_width))) = (columns.first(), columns.last()) else {
        return band;
    };
    let right = last_x + last_width;
    let across = |y| Rule {
        x: left,
        y,
        width: right - left + RULING,
        height: RULING,
    };
    band.rules.push(across(0.0));
    band.rules.push(across(height));
    for x in columns.iter().map(|&(x, _)| x).chain([right]) {
        band.rules.push(Rule {
            x,
            y: 0.0,
            width: RULING,
            height: height + RULING,
        });
    }
    band
}
