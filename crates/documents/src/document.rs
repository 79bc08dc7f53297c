//! The document model, independent of output: blocks of runs.

use dayarlyq_rules::text::Lang;

use crate::form::Form;
use dayarlyq_rules::case_file::Place;

/// A filled (or partly filled) form, ready to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub form: Form,
    pub lang: Lang,
    /// For the PDF metadata and the browser tab: `6-қосымша. Кезекке қою туралы өтініш`.
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One block of a form, top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// The approval block at the top right: the Rules' title ("… қағидаларына, сондай-ақ оқу
    /// мерзіміне"), then "6-қосымша", then "Нысан"; one string a paragraph, centred.
    Approval(Vec<String>),
    /// A paragraph of the form.
    Paragraph { style: Style, runs: Vec<Run> },
    /// A table of the form: column headings, then rows.
    Table(Table),
    /// A note under the form: for Russian, that the text is our translation of the Kazakh one.
    Note(String),
}

/// A table: every row has a cell per column (of [`Table::widths`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The columns' widths, as shares of the text width: `[1, 4, 2]` gives the first column a
    /// seventh of it.
    pub widths: Vec<u16>,
    /// The rows of column headings; a table that runs onto another page repeats them there.
    pub header: Vec<Vec<Cell>>,
    /// The rows under the headings.
    pub rows: Vec<Vec<Cell>>,
}

/// A cell of a table: a paragraph's runs (the form's words, filled values, blanks), left-aligned;
/// a heading's centred and bold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    pub runs: Vec<Run>,
}

impl Cell {
    /// A cell of the form's own words.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            runs: vec![Run::Text(text.into())],
        }
    }
}

/// How a paragraph sits on the page, as on the official form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// The addressee block of the application (app. 6): the right half of the page.
    Addressee,
    /// "Тіркеу нөмірі", "Өтініш берілген күн": lines above the title.
    Header,
    /// The form's title: centred, bold.
    Title,
    /// Running text: justified, first line indented.
    Body,
    /// A line of its own (a list line, the date line): left-aligned, indented.
    Line,
    /// The signature line: right-aligned.
    Signature,
}

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Run {
    /// The form's own words.
    Text(String),
    /// A blank filled with a value (as typed, or worded for the sentence: "4 мамырдан").
    /// `field` is `None` for what the product fills itself (the name of the service).
    Filled {
        place: Option<Place>,
        text: String,
        caption: Option<String>,
    },
    /// A blank left to fill by hand: a line, with the form's small caption under it if it has one.
    Blank {
        place: Option<Place>,
        width: BlankWidth,
        caption: Option<String>,
    },
}

/// How long a blank line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlankWidth {
    /// As long as this many underscores ("___" is 3).
    Chars(u8),
    /// To the end of the line.
    ToLineEnd,
}

impl BlankWidth {
    /// The width in underscores; a line-long blank counts as 40 in plain text.
    pub const fn chars(self) -> usize {
        match self {
            BlankWidth::Chars(n) => n as usize,
            BlankWidth::ToLineEnd => 40,
        }
    }
}

impl Document {
    /// Every run of every paragraph, in order.
    pub fn runs(&self) -> impl Iterator<Item = &Run> {
        self.blocks.iter().flat_map(Block::paragraphs).flatten()
    }
}

impl Block {
    /// The runs of each paragraph of the block, in reading order: a paragraph's own, or every
    /// cell's of a table, row by row, the headings first. The approval block and the note have
    /// none (their text is the form's, with no blanks).
    pub fn paragraphs(&self) -> impl Iterator<Item = &[Run]> {
        let (paragraph, table) = match self {
            Block::Paragraph { runs, .. } => (Some(runs.as_slice()), None),
            Block::Table(table) => (None, Some(table)),
            Block::Approval(_) | Block::Note(_) => (None, None),
        };
        paragraph.into_iter().chain(
            table
                .into_iter()
                .flat_map(|t| t.header.iter().chain(&t.rows))
                .flatten()
                .map(|cell| cell.runs.as_slice()),
        )
    }
}
