//! PDF: A4 pages drawn with krilla, in Dayarlyq Serif (Liberation Serif trimmed to Latin and
//! Cyrillic with the Kazakh letters), embedded as a subset with a ToUnicode map so the text can
//! be searched and copied. Paragraphs are broken into lines here ([`layout`]), from the font's
//! own advance widths read with skrifa; body text is justified as on the official forms.

mod fonts;
mod layout;

use core::fmt;

use dayarlyq_rules::text::Localized;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::KrillaGlyph;

pub use fonts::Fonts;

use crate::document::{Block, Document, Style};
use layout::{Align, Frame, Line, Paragraph, Shape};

/// A4 in points.
const PAGE_WIDTH: f32 = 595.276;
const PAGE_HEIGHT: f32 = 841.89;
const MM: f32 = 72.0 / 25.4;
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

/// Why a PDF could not be made: never the case file's fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// The embedded font could not be read.
    Font(&'static str),
    /// krilla refused to write the document.
    Write(String),
}

impl PdfError {
    pub fn message(&self) -> Localized {
        match self {
            PdfError::Font(name) => Localized::new(
                format!("{name} қарібін оқу мүмкін болмады."),
                format!("Не удалось прочитать шрифт {name}."),
            ),
            PdfError::Write(why) => Localized::new(
                format!("PDF жасау мүмкін болмады: {why}."),
                format!("Не удалось создать PDF: {why}."),
            ),
        }
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.message();
        write!(f, "{} / {}", m.kk, m.ru)
    }
}

impl std::error::Error for PdfError {}

/// The document as a PDF file: A4, one page where the form is one page (more only when what
/// was typed is very long), title and language in the metadata.
pub fn render(doc: &Document, fonts: &Fonts) -> Result<Vec<u8>, PdfError> {
    let pages = paginate(doc, fonts);
    let mut pdf = krilla::Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(doc.lang.code().to_owned())
            .creator("Dayarlyq".to_owned()),
    );
    let note = doc.blocks.iter().find_map(|b| match b {
        Block::Note(text) => Some(layout::lay_out(
            &Paragraph::plain(text, NOTE_SIZE, false),
            &note_shape(),
            fonts,
        )),
        _ => None,
    });
    let settings =
        PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(PdfError::Write("A4".into()))?;
    for page_lines in &pages {
        let mut page = pdf.start_page_with(settings.clone());
        let mut surface = page.surface();
        for (y, line) in page_lines {
            draw_line(&mut surface, fonts, line, *y);
        }
        if let Some(note) = &note {
            let height: f32 = note.iter().map(|l| l.height).sum();
            let mut y = PAGE_HEIGHT - MARGIN_BOTTOM - height;
            for line in note {
                draw_line(&mut surface, fonts, line, y);
                y += line.height;
            }
        }
        surface.finish();
        page.finish();
    }
    pdf.finish().map_err(|e| PdfError::Write(format!("{e:?}")))
}

fn note_shape() -> Shape {
    Shape {
        left: MARGIN_LEFT,
        width: TEXT_WIDTH,
        first_indent: 0.0,
        align: Align::Justify,
    }
}

/// The lines of every page, each with the y of its top.
fn paginate(doc: &Document, fonts: &Fonts) -> Vec<Vec<(f32, Line)>> {
    let note_height = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Note(text) => {
                let lines = layout::lay_out(
                    &Paragraph::plain(text, NOTE_SIZE, false),
                    &note_shape(),
                    fonts,
                );
                Some(lines.iter().map(|l| l.height).sum::<f32>() + NOTE_SIZE)
            }
            _ => None,
        })
        .unwrap_or(0.0);
    let bottom = PAGE_HEIGHT - MARGIN_BOTTOM - note_height;

    let mut pages = vec![Vec::new()];
    let mut y = MARGIN_TOP;
    let mut previous: Option<Style> = None;
    for block in &doc.blocks {
        let (paragraph, shape, before, after) = match block {
            Block::Approval(lines) => {
                for text in lines {
                    let shape = Shape {
                        left: RIGHT_COLUMN,
                        width: PAGE_WIDTH - MARGIN_RIGHT - RIGHT_COLUMN,
                        first_indent: 0.0,
                        align: Align::Center,
                    };
                    for line in layout::lay_out(
                        &Paragraph::plain(text, APPROVAL_SIZE, false),
                        &shape,
                        fonts,
                    ) {
                        place(&mut pages, &mut y, bottom, line);
                    }
                }
                y += BODY_SIZE;
                continue;
            }
            Block::Note(_) => continue,
            Block::Paragraph { style, runs } => {
                let bold = *style == Style::Title;
                let paragraph = Paragraph::new(runs, BODY_SIZE, bold);
                let full = |first_indent, align| Shape {
                    left: MARGIN_LEFT,
                    width: TEXT_WIDTH,
                    first_indent,
                    align,
                };
                let (shape, before, after) = match style {
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
                };
                (paragraph, shape, before, after)
            }
        };
        y += before;
        for line in layout::lay_out(&paragraph, &shape, fonts) {
            place(&mut pages, &mut y, bottom, line);
        }
        y += after;
        previous = match block {
            Block::Paragraph { style, .. } => Some(*style),
            _ => None,
        };
    }
    pages
}

/// Puts `line` at `y`, or at the top of a new page when it does not fit above `bottom`.
fn place(pages: &mut Vec<Vec<(f32, Line)>>, y: &mut f32, bottom: f32, line: Line) {
    if *y + line.height > bottom && pages.last().is_some_and(|p| !p.is_empty()) {
        pages.push(Vec::new());
        *y = MARGIN_TOP;
    }
    let height = line.height;
    if let Some(page) = pages.last_mut() {
        page.push((*y, line));
    }
    *y += height;
}

fn draw_line(surface: &mut Surface, fonts: &Fonts, line: &Line, top: f32) {
    let baseline = top + line.baseline;
    for frame in &line.frames {
        match frame {
            Frame::Glyphs {
                x,
                dy,
                size,
                bold,
                text,
                glyphs,
            } => {
                let face = fonts.face(*bold);
                let glyphs: Vec<KrillaGlyph> = glyphs
                    .iter()
                    .map(|g| {
                        KrillaGlyph::new(
                            krilla::text::GlyphId::new(g.id),
                            g.advance / size,
                            0.0,
                            0.0,
                            0.0,
                            g.range.clone(),
                            None,
                        )
                    })
                    .collect();
                surface.set_fill(Some(Fill::default()));
                surface.draw_glyphs(
                    Point::from_xy(*x, baseline + dy),
                    &glyphs,
                    face.font.clone(),
                    text,
                    *size,
                    false,
                );
            }
            Frame::Rule {
                x,
                width,
                dy,
                thickness,
            } => {
                let mut path = PathBuilder::new();
                if let Some(rect) = Rect::from_xywh(*x, baseline + dy, *width, *thickness) {
                    path.push_rect(rect);
                }
                if let Some(path) = path.finish() {
                    surface.set_fill(Some(Fill::default()));
                    surface.draw_path(&path);
                }
            }
        }
    }
}
