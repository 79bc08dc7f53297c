//! PDF: A4 pages drawn with krilla, in Dayarlyq Serif (Liberation Serif trimmed to Latin and
//! Cyrillic with the Kazakh letters), embedded as a subset with a ToUnicode map so the text can
//! be searched and copied. Paragraphs are broken into lines ([`layout`]) from the font's own
//! advance widths read with skrifa, body text justified as on the official forms; lines and a
//! table's rows are placed on pages ([`pages`]).
//!
//! Every PDF is PDF/UA-1 and PDF/A-2a at once, as krilla validates them: tagged, its structure
//! built from the document model ([`tagging`]), its language and title set and the title shown,
//! an outline to the form's title, XMP metadata, fonts embedded. A document krilla finds not to
//! conform is an error, never a PDF.

mod fonts;
mod layout;
mod pages;
mod tagging;

use core::fmt;

use dayarlyq_rules::moment::KAZAKHSTAN_UTC_OFFSET_HOURS;
use dayarlyq_rules::text::Localized;
use krilla::SerializeSettings;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::ArtifactType;
use krilla::text::KrillaGlyph;

pub use dayarlyq_rules::moment::Moment;
pub use fonts::Fonts;

use crate::document::{Block, Document, Style};
use layout::Frame;
use pages::{PAGE_HEIGHT, PAGE_WIDTH, Page, Placed};
use tagging::Leaves;

const MM: f32 = 72.0 / 25.4;

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
/// was typed is very long), tagged, title and language in the metadata, `made` its date.
pub fn render(doc: &Document, fonts: &Fonts, made: Moment) -> Result<Vec<u8>, PdfError> {
    let pages = pages::paginate(doc, fonts);
    let mut pdf = krilla::Document::new_with(settings()?);
    pdf.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(doc.lang.code().to_owned())
            .creator("Dayarlyq".to_owned())
            .creation_date(date_time(made)),
    );
    let settings =
        PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(PdfError::Write("A4".into()))?;
    let mut leaves = Leaves::new(doc);
    for page in &pages {
        let mut pdf_page = pdf.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        surface.set_fill(Some(Fill::default()));
        for placed in &page.lines {
            draw_line(&mut surface, &mut leaves, fonts, placed);
        }
        if !page.rules.is_empty() {
            tagging::artifact(&mut surface, ArtifactType::Layout, |surface| {
                for rule in &page.rules {
                    fill_rect(surface, rule.x, rule.y, rule.width, rule.height);
                }
            });
        }
        surface.finish();
        pdf_page.finish();
    }
    pdf.set_outline(outline(doc, &pages));
    pdf.set_tag_tree(tagging::tree(doc, leaves));
    pdf.finish().map_err(|e| PdfError::Write(e.to_string()))
}

/// PDF/A-2a (archival, tagged, Unicode) and PDF/UA-1 (accessible), validated by krilla.
fn settings() -> Result<SerializeSettings, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))?;
    Ok(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    })
}

/// `made` in Kazakhstan's time, as the metadata's date.
fn date_time(made: Moment) -> DateTime {
    let t = made.datetime();
    let part = |n: i8| u8::try_from(n).unwrap_or_default();
    DateTime::new(u16::try_from(t.year()).unwrap_or_default())
        .month(part(t.month()))
        .day(part(t.day()))
        .hour(part(t.hour()))
        .minute(part(t.minute()))
        .second(part(t.second()))
        .utc_offset_hour(KAZAKHSTAN_UTC_OFFSET_HOURS)
        .utc_offset_minute(0)
}

/// The outline (PDF/UA asks for one): the document's title, leading to the form's title.
fn outline(doc: &Document, pages: &[Page]) -> Outline {
    let mut outline = Outline::new();
    let title = doc.blocks.iter().position(|b| {
        matches!(
            b,
            Block::Paragraph {
                style: Style::Title,
                ..
            }
        )
    });
    let found = pages.iter().enumerate().find_map(|(index, page)| {
        let placed = page.lines.iter().find(|p| Some(p.source.block) == title)?;
        Some((index, placed.top))
    });
    if let Some((index, top)) = found {
        let destination = XyzDestination::new(index, Point::from_xy(0.0, top));
        outline.push_child(OutlineNode::new(doc.title.clone(), destination));
    }
    outline
}

/// Draws a line: its text as the model's content (or as an artifact where the page repeats it),
/// its underlines as artifacts.
fn draw_line(surface: &mut Surface, leaves: &mut Leaves, fonts: &Fonts, placed: &Placed) {
    let Placed {
        top,
        line,
        source,
        repeated,
    } = placed;
    let baseline = top + line.baseline;
    for frame in &line.frames {
        match frame {
            Frame::Glyphs { .. } if *repeated => {
                tagging::artifact(surface, ArtifactType::PaginationOther, |s| {
                    draw_glyphs(s, fonts, frame, baseline)
                })
            }
            Frame::Glyphs { part, .. } => leaves.content(surface, *source, *part, |s| {
                draw_glyphs(s, fonts, frame, baseline)
            }),
            Frame::Rule {
                x,
                width,
                dy,
                thickness,
            } => tagging::artifact(surface, ArtifactType::Layout, |s| {
                fill_rect(s, *x, baseline + dy, *width, *thickness)
            }),
        }
    }
}

fn draw_glyphs(surface: &mut Surface, fonts: &Fonts, frame: &Frame, baseline: f32) {
    let Frame::Glyphs {
        x,
        dy,
        size,
        bold,
        text,
        glyphs,
        ..
    } = frame
    else {
        return;
    };
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
    surface.draw_glyphs(
        Point::from_xy(*x, baseline + dy),
        &glyphs,
        fonts.face(*bold).font.clone(),
        text,
        *size,
        false,
    );
}

fn fill_rect(surface: &mut Surface, x: f32, y: f32, width: f32, height: f32) {
    let mut path = PathBuilder::new();
    if let Some(rect) = Rect::from_xywh(x, y, width, height) {
        path.push_rect(rect);
    }
    if let Some(path) = path.finish() {
        surface.draw_path(&path);
    }
}
