//! The PDF's structure (PDF/UA-1, PDF/A-2a): what a screen reader reads, in reading order, built
//! from the document model. Everything drawn is marked: text of the model as tagged content,
//! recorded by the paragraph and run it shows ([`Leaves`]); rulings, underlines and what a page
//! repeats as artifacts. Then [`tree`] walks the model, block by block, and hangs each drawn
//! piece where its run is:
//!
//! - the approval block's lines, the paragraphs and the note: `P`; the form's title: `H1`;
//! - a filled value: a `Span` of its text; a blank: a `Span` of its underscores, read as
//!   "бос орын" / "пропуск"; a caption: a `Span` after its value or blank;
//! - a table: `Table`, its headings in `THead` (`TH`, column scope), its rows in `TBody` (`TD`).

use std::num::NonZeroU16;

use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, Node, SpanTag, TableHeaderScope, Tag, TagGroup,
    TagKind, TagTree,
};

use super::layout::Part;
use super::pages::Source;
use crate::document::{Block, Cell, Document, Run, Style, Table};
use dayarlyq_rules::text::Lang;

/// The marked pieces of the model's text drawn so far, in drawing order, in a slot for each run
/// and each caption of each paragraph of the model.
pub(crate) struct Leaves {
    /// For each block, for each of its paragraphs ([`Source::part`]): its first slot and the
    /// number of its runs.
    paragraphs: Vec<Vec<(usize, usize)>>,
    slots: Vec<Vec<Identifier>>,
}

impl Leaves {
    /// The empty slots of `doc`'s runs.
    pub(crate) fn new(doc: &Document) -> Leaves {
        let mut count = 0;
        let mut slots_of = |runs: usize| {
            let first = count;
            count += 2 * runs;
            (first, runs)
        };
        let paragraphs = doc
            .blocks
            .iter()
            .map(|block| match block {
                // A line of the approval block, and the note: one run of the form's words.
                Block::Approval(lines) => lines.iter().map(|_| slots_of(1)).collect(),
                Block::Note(_) => vec![slots_of(1)],
                Block::Paragraph { .. } | Block::Table(_) => block
                    .paragraphs()
                    .map(|runs| slots_of(runs.len()))
                    .collect(),
            })
            .collect();
        Leaves {
            paragraphs,
            slots: std::iter::repeat_with(Vec::new).take(count).collect(),
        }
    }

    fn slot(&mut self, source: Source, part: Part) -> Option<&mut Vec<Identifier>> {
        let &(first, runs) = self.paragraphs.get(source.block)?.get(source.part)?;
        let (run, caption) = match part {
            Part::Run(run) => (run, 0),
            Part::Caption(run) => (run, 1),
        };
        if run >= runs {
            return None;
        }
        self.slots.get_mut(first + 2 * run + caption)
    }

    /// Draws `draw` as content of run `part` of paragraph `source`.
    pub(crate) fn content(
        &mut self,
        surface: &mut Surface,
        source: Source,
        part: Part,
        draw: impl FnOnce(&mut Surface),
    ) {
        match self.slot(source, part) {
            Some(slot) => {
                let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                draw(surface);
                surface.end_tagged();
                slot.push(id);
            }
            // Text the model does not have: drawn, but not read (never the case).
            None => artifact(surface, ArtifactType::Other, draw),
        }
    }

    fn take(&mut self, source: Source, part: Part) -> Vec<Node> {
        self.slot(source, part)
            .map(std::mem::take)
            .unwrap_or_default()
            .into_iter()
            .map(Node::Leaf)
            .collect()
    }
}

/// Draws `draw` as an artifact of `kind`: seen, not read.
pub(crate) fn artifact(surface: &mut Surface, kind: ArtifactType, draw: impl FnOnce(&mut Surface)) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
    draw(surface);
    surface.end_tagged();
}

/// The structure tree of `doc`, its leaves the pieces drawn.
pub(crate) fn tree(doc: &Document, mut leaves: Leaves) -> TagTree {
    let mut tree = TagTree::new().with_lang(Some(doc.lang.code().to_owned()));
    for (block, b) in doc.blocks.iter().enumerate() {
        let source = |part| Source { block, part };
        match b {
            Block::Approval(lines) => {
                for part in 0..lines.len() {
                    let text = leaves.take(source(part), Part::Run(0));
                    tree.push(TagGroup::with_children(Tag::P, text));
                }
            }
            Block::Paragraph { style, runs } => {
                let tag: TagKind = match style {
                    Style::Title => Tag::Hn(NonZeroU16::MIN, Some(doc.title.clone())).into(),
                    _ => Tag::P.into(),
                };
                let children = run_nodes(&mut leaves, source(0), runs, doc.lang);
                tree.push(TagGroup::with_children(tag, children));
            }
            Block::Table(table) => tree.push(table_group(&mut leaves, block, table, doc.lang)),
            Block::Note(_) => {
                let text = leaves.take(source(0), Part::Run(0));
                tree.push(TagGroup::with_children(Tag::P, text));
            }
        }
    }
    tree
}

/// A table's structure: the cells numbered as [`Block::paragraphs`] numbers them.
fn table_group(leaves: &mut Leaves, block: usize, table: &Table, lang: Lang) -> TagGroup {
    let columns = table.widths.len();
    let mut part = 0;
    let mut rows = |rows: &[Vec<Cell>], heading: bool| -> Vec<Node> {
        let mut nodes = Vec::with_capacity(rows.len());
        for row in rows {
            let mut tr = TagGroup::new(Tag::TR);
            // Only the cells that have a column are drawn.
            for (index, cell) in row.iter().enumerate().take(columns) {
                let source = Source {
                    block,
                    part: part + index,
                };
                let tag: TagKind = if heading {
                    Tag::TH(TableHeaderScope::Column).into()
                } else {
                    Tag::TD.into()
                };
                let children = run_nodes(leaves, source, &cell.runs, lang);
                tr.push(TagGroup::with_children(tag, children));
            }
            part += row.len();
            nodes.push(tr.into());
        }
        nodes
    };
    let head = rows(&table.header, true);
    let body = rows(&table.rows, false);
    let mut group = TagGroup::new(Tag::Table);
    if !head.is_empty() {
        group.push(TagGroup::with_children(Tag::THead, head));
    }
    if !body.is_empty() {
        group.push(TagGroup::with_children(Tag::TBody, body));
    }
    group
}

/// The structure of a paragraph's runs: the form's words as they are, each value and blank a
/// span, each caption a span after its value or blank.
fn run_nodes(leaves: &mut Leaves, source: Source, runs: &[Run], lang: Lang) -> Vec<Node> {
    let mut nodes = Vec::new();
    for (index, run) in runs.iter().enumerate() {
        let drawn = leaves.take(source, Part::Run(index));
        let caption = leaves.take(source, Part::Caption(index));
        match run {
            Run::Text(_) => nodes.extend(drawn),
            Run::Filled { .. } => push_span(&mut nodes, Tag::Span.into(), drawn),
            Run::Blank { .. } => push_span(
                &mut nodes,
                Tag::Span.with_alt_text(Some(blank(lang).to_owned())).into(),
                drawn,
            ),
        }
        push_span(&mut nodes, Tag::Span.into(), caption);
    }
    nodes
}

fn push_span(nodes: &mut Vec<Node>, tag: TagKind, children: Vec<Node>) {
    if !children.is_empty() {
        nodes.push(TagGroup::with_children(tag, children).into());
    }
}

/// What a screen reader says for a blank line instead of its underscores.
fn blank(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "бос орын",
        Lang::Ru => "пропуск",
    }
}
