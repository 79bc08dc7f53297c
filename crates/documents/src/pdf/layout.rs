//! Line breaking and placement: a paragraph of runs → lines of positioned glyphs and rules.
//!
//! Greedy, word by word: a word (a stretch without a breakable space, which may join the form's
//! text and a filled value, as in "9.00-ге") is never split unless it is longer than the whole
//! line. Blanks print as runs of underscores, so the extracted text shows them as the paper form
//! does; a filled value is underlined; a caption is centred under its blank or value.
//!
//! Each piece of text drawn says which run of the paragraph it shows ([`Part`]), so that the
//! structure tree can be built from the document model; a character the font has no glyph for is
//! not drawn (PDF/A and PDF/UA forbid `.notdef`, and [`crate::undrawable_fields`] names it).

use std::borrow::Cow;
use std::ops::Range;

use super::fonts::{Face, Fonts};
use crate::document::{BlankWidth, Run};

/// The captions under blanks ("(аты, әкесінің аты (болса), тегі)") are small.
const CAPTION_SIZE: f32 = 9.0;
/// Single line spacing of a Times-metric font, as a word processor sets it.
const LINE_HEIGHT: f32 = 1.15;
/// Where the baseline sits in a line of [`LINE_HEIGHT`], in ems from the line's top.
const BASELINE: f32 = 0.913;
/// The underline of a filled value: where the font's underscore is (0.079–0.129 em below the
/// baseline), so filled and blank lines look alike.
const UNDERLINE_OFFSET: f32 = 0.079;
const UNDERLINE_THICKNESS: f32 = 0.05;
/// The widest a justified space may be, in ems (a normal one is a quarter).
const MAX_SPACE: f32 = 1.0;
/// The shortest a line-long blank may be before it moves to the next line, in ems.
const MIN_FILL: f32 = 3.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
    Justify,
}

/// Where a paragraph's lines go: from `left`, `width` wide, the first line indented.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Shape {
    pub(crate) left: f32,
    pub(crate) width: f32,
    pub(crate) first_indent: f32,
    pub(crate) align: Align,
}

pub(crate) struct Paragraph<'a> {
    runs: Cow<'a, [Run]>,
    size: f32,
    bold: bool,
}

impl<'a> Paragraph<'a> {
    pub(crate) fn new(runs: &'a [Run], size: f32, bold: bool) -> Paragraph<'a> {
        Paragraph {
            runs: Cow::Borrowed(runs),
            size,
            bold,
        }
    }

    pub(crate) fn plain(text: &str, size: f32, bold: bool) -> Paragraph<'static> {
        Paragraph {
            runs: Cow::Owned(vec![Run::Text(text.to_owned())]),
            size,
            bold,
        }
    }
}

/// A laid-out line: its height (more when captions hang under it), its baseline from its top,
/// and what to draw, placed horizontally on the page and vertically from the baseline.
#[derive(Clone)]
pub(crate) struct Line {
    pub(crate) height: f32,
    pub(crate) baseline: f32,
    pub(crate) frames: Vec<Frame>,
}

#[derive(Clone)]
pub(crate) enum Frame {
    /// Text: a stretch of one run of the paragraph (or its caption) on this line.
    Glyphs {
        x: f32,
        dy: f32,
        size: f32,
        bold: bool,
        text: String,
        glyphs: Vec<Glyph>,
        part: Part,
    },
    /// A filled value's underline: drawn, not read.
    Rule {
        x: f32,
        width: f32,
        dy: f32,
        thickness: f32,
    },
}

/// Which piece of the paragraph a frame of text shows: a run (by its index in the paragraph),
/// or the caption under a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Part {
    Run(usize),
    Caption(usize),
}

/// A glyph, its advance in points, and the bytes of the frame's text it stands for.
#[derive(Clone)]
pub(crate) struct Glyph {
    pub(crate) id: u32,
    pub(crate) advance: f32,
    pub(crate) range: Range<usize>,
}

/// An unbreakable piece of a word.
#[derive(Clone, Debug)]
struct Piece {
    content: Content,
    /// In points; for a line-long blank, its shortest.
    width: f32,
    group: Option<usize>,
    /// The run of the paragraph it comes from.
    run: usize,
}

#[derive(Clone, Debug)]
enum Content {
    Text(String),
    Blank,
    LineBlank,
}

enum Token {
    Word(Vec<Piece>),
    /// A space of the run.
    Space(usize),
    /// After a line-long blank: the line ends there.
    Break,
}

/// A filled value or a captioned blank: underlined (values) and/or captioned.
struct Group {
    caption: Option<String>,
    underline: bool,
    run: usize,
}

enum Item {
    Word(Vec<Piece>),
    Space(usize),
}

#[derive(Default)]
struct Breaking {
    items: Vec<Item>,
    width: f32,
    spaces: usize,
    forced: bool,
    /// The space of this run the line broke at: drawn after the line's end, unseen, so that
    /// the text read from the page keeps the word boundary (PDF/A-2a).
    broken_at: Option<usize>,
}

/// Lays `paragraph` out in `shape`.
pub(crate) fn lay_out(paragraph: &Paragraph, shape: &Shape, fonts: &Fonts) -> Vec<Line> {
    let face = fonts.face(paragraph.bold);
    let size = paragraph.size;
    let (tokens, groups) = tokenize(&paragraph.runs, face, size);
    let space = face.space().1 * size;
    let avail =
        |first: bool| (shape.width - if first { shape.first_indent } else { 0.0 }).max(size);

    let mut lines: Vec<Breaking> = Vec::new();
    let mut current = Breaking::default();
    let mut pending_space: Option<usize> = None;
    for token in tokens {
        match token {
            Token::Space(run) if current.items.is_empty() => {
                // After a forced break: the space ends the line before.
                if let Some(line) = lines.last_mut() {
                    line.broken_at = line.broken_at.or(Some(run));
                }
            }
            Token::Space(run) => pending_space = Some(run),
            Token::Break => {
                current.forced = true;
                lines.push(std::mem::take(&mut current));
                pending_space = None;
            }
            Token::Word(pieces) => {
                let width: f32 = pieces.iter().map(|p| p.width).sum();
                let gap = if pending_space.is_some() { space } else { 0.0 };
                if !current.items.is_empty()
                    && current.width + gap + width > avail(lines.is_empty())
                {
                    current.broken_at = pending_space.take();
                    lines.push(std::mem::take(&mut current));
                }
                let mut chunks = split_long(pieces, avail(lines.is_empty()), face, size);
                let last = chunks.pop().unwrap_or_default();
                for chunk in chunks {
                    current.width += chunk.iter().map(|p| p.width).sum::<f32>();
                    current.items.push(Item::Word(chunk));
                    lines.push(std::mem::take(&mut current));
                }
                if let (false, Some(run)) = (current.items.is_empty(), pending_space) {
                    current.items.push(Item::Space(run));
                    current.width += space;
                    current.spaces += 1;
                }
                current.width += last.iter().map(|p| p.width).sum::<f32>();
                current.items.push(Item::Word(last));
                pending_space = None;
            }
        }
    }
    if !current.items.is_empty() || lines.is_empty() {
        lines.push(current);
    }

    // The first and the last line each group is on.
    let mut first_lines = vec![usize::MAX; groups.len()];
    let mut last_lines = vec![0; groups.len()];
    for (index, line) in lines.iter().enumerate() {
        for item in &line.items {
            if let Item::Word(pieces) = item {
                for group in pieces.iter().filter_map(|p| p.group) {
                    if let Some(l) = last_lines.get_mut(group) {
                        *l = index;
                    }
                    if let Some(f) = first_lines.get_mut(group) {
                        *f = (*f).min(index);
                    }
                }
            }
        }
    }
    let count = lines.len();
    let context = Context {
        shape,
        face,
        size,
        bold: paragraph.bold,
        groups: &groups,
        first_lines: &first_lines,
        last_lines: &last_lines,
        fonts,
    };
    lines
        .into_iter()
        .enumerate()
        .map(|(index, line)| place(line, index, index + 1 == count, &context))
        .collect()
}

fn tokenize(runs: &[Run], face: &Face, size: f32) -> (Vec<Token>, Vec<Group>) {
    let mut tokens = Vec::new();
    let mut groups = Vec::new();
    let mut word: Vec<Piece> = Vec::new();
    let flush = |word: &mut Vec<Piece>, tokens: &mut Vec<Token>| {
        if !word.is_empty() {
            tokens.push(Token::Word(std::mem::take(word)));
        }
    };
    for (index, run) in runs.iter().enumerate() {
        let (text, group) = match run {
            Run::Text(text) => (Some(text), None),
            Run::Filled { text, caption, .. } => {
                groups.push(Group {
                    caption: caption.clone(),
                    underline: true,
                    run: index,
                });
                (Some(text), Some(groups.len() - 1))
            }
            Run::Blank { width, caption, .. } => {
                let group = caption.as_ref().map(|c| {
                    groups.push(Group {
                        caption: Some(c.clone()),
                        underline: false,
                        run: index,
                    });
                    groups.len() - 1
                });
                match width {
                    BlankWidth::Chars(n) => word.push(Piece {
                        content: Content::Blank,
                        width: f32::from(*n) * face.underscore().1 * size,
                        group,
                        run: index,
                    }),
                    BlankWidth::ToLineEnd => {
                        word.push(Piece {
                            content: Content::LineBlank,
                            width: MIN_FILL * size,
                            group,
                            run: index,
                        });
                        flush(&mut word, &mut tokens);
                        tokens.push(Token::Break);
                    }
                }
                (None, None)
            }
        };
        let Some(text) = text else { continue };
        for (i, segment) in text.split(' ').enumerate() {
            if i > 0 {
                flush(&mut word, &mut tokens);
                tokens.push(Token::Space(index));
            }
            // Only what the font draws.
            let segment: String = segment.chars().filter(|&c| drawn(face, c)).collect();
            if !segment.is_empty() {
                let width = face.width(&segment) * size;
                word.push(Piece {
                    content: Content::Text(segment),
                    width,
                    group,
                    run: index,
                });
            }
        }
    }
    flush(&mut word, &mut tokens);
    (tokens, groups)
}

/// A word longer than a line, cut into pieces that fit (a very long typed value without spaces).
fn split_long(pieces: Vec<Piece>, avail: f32, face: &Face, size: f32) -> Vec<Vec<Piece>> {
    let total: f32 = pieces.iter().map(|p| p.width).sum();
    if total <= avail {
        return vec![pieces];
    }
    let mut chunks = vec![Vec::new()];
    let mut width = 0.0;
    for piece in pieces {
        match &piece.content {
            Content::Text(text) => {
                let mut part = String::new();
                let mut part_width = 0.0;
                for c in text.chars() {
                    let w = face.glyph(c).1 * size;
                    if width + part_width + w > avail && (width > 0.0 || !part.is_empty()) {
                        if !part.is_empty() {
                            let text = std::mem::take(&mut part);
                            if let Some(chunk) = chunks.last_mut() {
                                chunk.push(Piece {
                                    content: Content::Text(text),
                                    width: part_width,
                                    group: piece.group,
                                    run: piece.run,
                                });
                            }
                        }
                        chunks.push(Vec::new());
                        width = 0.0;
                        part_width = 0.0;
                    }
                    part.push(c);
                    part_width += w;
                }
                if !part.is_empty() {
                    if let Some(chunk) = chunks.last_mut() {
                        chunk.push(Piece {
                            content: Content::Text(part),
                            width: part_width,
                            group: piece.group,
                            run: piece.run,
                        });
                    }
                    width += part_width;
                }
            }
            Content::Blank | Content::LineBlank => {
                if width + piece.width > avail && width > 0.0 {
                    chunks.push(Vec::new());
                    width = 0.0;
                }
                let piece = Piece {
                    width: piece.width.min(avail),
                    ..piece
                };
                width += piece.width;
                if let Some(chunk) = chunks.last_mut() {
                    chunk.push(piece);
                }
            }
        }
    }
    chunks.retain(|c| !c.is_empty());
    chunks
}

/// What every line of a paragraph is placed with.
struct Context<'a> {
    shape: &'a Shape,
    face: &'a Face,
    size: f32,
    bold: bool,
    groups: &'a [Group],
    /// The index of the first and of the last line each group is on.
    first_lines: &'a [usize],
    last_lines: &'a [usize],
    fonts: &'a Fonts,
}

fn place(line: Breaking, index: usize, last: bool, context: &Context) -> Line {
    let Context {
        shape,
        face,
        size,
        bold,
        groups,
        first_lines,
        last_lines,
        fonts,
    } = *context;
    let indent = if index == 0 { shape.first_indent } else { 0.0 };
    let avail = shape.width - indent;
    let fills = line
        .items
        .iter()
        .map(|i| match i {
            Item::Word(pieces) => pieces
                .iter()
                .filter(|p| matches!(p.content, Content::LineBlank))
                .count(),
            Item::Space(_) => 0,
        })
        .sum::<usize>();
    let slack = (avail - line.width).max(0.0);
    let fill_extra = if fills > 0 { slack / fills as f32 } else { 0.0 };
    // A line with a caption under it is a form line: set with natural spaces (justified, its
    // gaps would also split it into columns for text extraction).
    let captioned = line.items.iter().any(|i| match i {
        Item::Word(pieces) => pieces.iter().any(|p| {
            p.group.is_some_and(|g| {
                last_lines.get(g) == Some(&index)
                    && groups.get(g).is_some_and(|g| g.caption.is_some())
            })
        }),
        Item::Space(_) => false,
    });
    let justify = shape.align == Align::Justify
        && !last
        && !line.forced
        && fills == 0
        && line.spaces > 0
        && !captioned;
    // A space never grows beyond MAX_SPACE: wider gaps read as columns to text extraction
    // (poppler splits the line), so a line that would need more stays short of the margin.
    let space_extra = if justify {
        (slack / line.spaces as f32).min((MAX_SPACE - space_advance_em(face)) * size)
    } else {
        0.0
    };
    let offset = match (shape.align, fills) {
        (_, 1..) | (Align::Left | Align::Justify, _) => 0.0,
        (Align::Center, _) => slack / 2.0,
        (Align::Right, _) => slack,
    };

    let mut x = shape.left + indent + offset;
    let mut frames = Frames::new(x, size, bold);
    // Per group on this line: (left, right, ends here).
    let mut extents: Vec<(usize, f32, f32)> = Vec::new();
    let (space_id, space_advance) = face.space();
    let (underscore_id, underscore_advance) = face.underscore();
    for item in &line.items {
        match item {
            Item::Space(run) => {
                let advance = space_advance * size + space_extra;
                frames.push(*run, ' ', space_id, advance);
                x += advance;
            }
            Item::Word(pieces) => {
                for piece in pieces {
                    let left = x;
                    match &piece.content {
                        Content::Text(s) => {
                            for c in s.chars() {
                                let shown = if c == '\u{a0}' { ' ' } else { c };
                                let (id, advance) = face.glyph(shown);
                                frames.push(piece.run, shown, id, advance * size);
                                x += advance * size;
                            }
                        }
                        Content::Blank | Content::LineBlank => {
                            let width = match piece.content {
                                Content::LineBlank => piece.width + fill_extra,
                                _ => piece.width,
                            };
                            let unit = underscore_advance * size;
                            // At most a page-wide run of underscores, whatever the widths say.
                            let count = (width / unit.max(1.0)).ceil().clamp(1.0, 200.0);
                            for _ in 0..count as usize {
                                frames.push(piece.run, '_', underscore_id, width / count);
                            }
                            x += width;
                        }
                    }
                    if let Some(group) = piece.group {
                        match extents.iter_mut().find(|(g, _, _)| *g == group) {
                            Some(extent) => extent.2 = x,
                            None => extents.push((group, left, x)),
                        }
                    }
                }
            }
        }
    }
    if let Some(run) = line.broken_at {
        frames.push(run, ' ', space_id, space_advance * size);
    }

    // Each run's underline and caption, drawn right after its text: paint order is reading order.
    let mut extras: Vec<(usize, Frame)> = Vec::new();
    let caption_face = fonts.face(false);
    for &(group, left, right) in &extents {
        let Some(info) = groups.get(group) else {
            continue;
        };
        if info.underline {
            extras.push((
                info.run,
                Frame::Rule {
                    x: left,
                    width: right - left,
                    dy: UNDERLINE_OFFSET * size,
                    thickness: UNDERLINE_THICKNESS * size,
                },
            ));
        }
        // A value may wrap over several lines: its caption goes under the last.
        let ends_here = last_lines.get(group) == Some(&index);
        if let (Some(caption), true) = (&info.caption, ends_here) {
            let width = caption_face.width(caption) * CAPTION_SIZE;
            // Under a value that wrapped, the caption is centred under the whole text width.
            let wrapped = first_lines.get(group) != Some(&index);
            let centre = if wrapped {
                shape.left + shape.width / 2.0
            } else {
                (left + right) / 2.0
            };
            let min = shape.left;
            let max = (shape.left + shape.width - width).max(min);
            let cx = (centre - width / 2.0).clamp(min, max);
            let mut text = String::new();
            let mut glyphs = Vec::new();
            for c in caption.chars().filter(|&c| drawn(caption_face, c)) {
                let (id, advance) = caption_face.glyph(c);
                push_glyph(&mut text, &mut glyphs, c, id, advance * CAPTION_SIZE);
            }
            extras.push((
                info.run,
                Frame::Glyphs {
                    x: cx,
                    dy: 0.22 * size + BASELINE * CAPTION_SIZE,
                    size: CAPTION_SIZE,
                    bold: false,
                    text,
                    glyphs,
                    part: Part::Caption(info.run),
                },
            ));
        }
    }
    let frames = frames.finish_with(extras);
    let extra = if captioned { CAPTION_SIZE * 1.1 } else { 0.0 };
    Line {
        height: LINE_HEIGHT * size + extra,
        baseline: BASELINE * size,
        frames,
    }
}

fn space_advance_em(face: &Face) -> f32 {
    face.space().1
}

/// Whether the font has a glyph for `c`.
fn drawn(face: &Face, c: char) -> bool {
    let c = if c == '\u{a0}' { ' ' } else { c };
    face.glyph(c).0 != 0
}

/// The text frames of a line being placed: a frame for each stretch of one run.
struct Frames {
    frames: Vec<Frame>,
    x: f32,
    size: f32,
    bold: bool,
}

impl Frames {
    fn new(x: f32, size: f32, bold: bool) -> Frames {
        Frames {
            frames: Vec::new(),
            x,
            size,
            bold,
        }
    }

    /// Adds glyph `id` showing `c` for run `run`, `advance` points wide.
    fn push(&mut self, run: usize, c: char, id: u32, advance: f32) {
        let same_run = matches!(
            self.frames.last(),
            Some(Frame::Glyphs { part: Part::Run(r), .. }) if *r == run
        );
        if !same_run {
            self.frames.push(Frame::Glyphs {
                x: self.x,
                dy: 0.0,
                size: self.size,
                bold: self.bold,
                text: String::new(),
                glyphs: Vec::new(),
                part: Part::Run(run),
            });
        }
        if let Some(Frame::Glyphs { text, glyphs, .. }) = self.frames.last_mut() {
            push_glyph(text, glyphs, c, id, advance);
        }
        self.x += advance;
    }

    /// The frames, each run's `extras` after its last stretch of text.
    fn finish_with(self, mut extras: Vec<(usize, Frame)>) -> Vec<Frame> {
        let run_of = |frame: &Frame| match frame {
            Frame::Glyphs {
                part: Part::Run(run),
                ..
            } => Some(*run),
            _ => None,
        };
        let mut out = Vec::with_capacity(self.frames.len() + extras.len());
        let mut text = self.frames.into_iter().peekable();
        while let Some(frame) = text.next() {
            let run = run_of(&frame);
            out.push(frame);
            if run != text.peek().and_then(run_of) {
                let (own, rest): (Vec<_>, Vec<_>) =
                    extras.into_iter().partition(|(r, _)| Some(*r) == run);
                out.extend(own.into_iter().map(|(_, f)| f));
                extras = rest;
            }
        }
        out.extend(extras.into_iter().map(|(_, f)| f));
        out
    }
}

fn push_glyph(text: &mut String, glyphs: &mut Vec<Glyph>, c: char, id: u32, advance: f32) {
    let start = text.len();
    text.push(c);
    glyphs.push(Glyph {
        id,
        advance,
        range: start..text.len(),
    });
}
