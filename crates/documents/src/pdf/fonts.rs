//! The embedded fonts, read once: krilla's font objects for drawing, skrifa's character map and
//! advance widths for measuring.

use std::sync::OnceLock;

use krilla::text::Font;
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, GlyphId, MetadataProvider};

use super::PdfError;

static REGULAR: &[u8] = include_bytes!("../../fonts/DayarlyqSerif-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DayarlyqSerif-Bold.ttf");

/// The two styles of Dayarlyq Serif the documents use. Making them parses the fonts: make them
/// once ([`Fonts::shared`]) and render many documents with them.
pub struct Fonts {
    regular: Face,
    bold: Face,
}

/// One style: what krilla embeds and what the line breaker measures.
pub(crate) struct Face {
    pub(crate) font: Font,
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
    space: (u32, f32),
    underscore: (u32, f32),
}

impl Fonts {
    /// Reads the embedded fonts.
    pub fn embedded() -> Result<Fonts, PdfError> {
        Ok(Fonts {
            regular: Face::new(REGULAR, "DayarlyqSerif-Regular")?,
            bold: Face::new(BOLD, "DayarlyqSerif-Bold")?,
        })
    }

    /// The embedded fonts, read on first use and kept for the life of the program.
    pub fn shared() -> Result<&'static Fonts, PdfError> {
        static FONTS: OnceLock<Result<Fonts, PdfError>> = OnceLock::new();
        FONTS
            .get_or_init(Fonts::embedded)
            .as_ref()
            .map_err(Clone::clone)
    }

    pub(crate) fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }

    /// Every character a style has a glyph for, in order (the tests hold
    /// [`crate::glyphs`]'s table to it).
    #[cfg(test)]
    pub(crate) fn characters(&self, bold: bool) -> Vec<char> {
        let mut chars: Vec<char> = self
            .face(bold)
            .charmap
            .mappings()
            .filter(|&(_, glyph)| glyph != GlyphId::NOTDEF)
            .filter_map(|(c, _)| char::from_u32(c))
            .collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    }
}

impl Face {
    fn new(data: &'static [u8], name: &'static str) -> Result<Face, PdfError> {
        let font = Font::new(data.into(), 0).ok_or(PdfError::Font(name))?;
        let font_ref = FontRef::new(data).map_err(|_| PdfError::Font(name))?;
        let charmap = font_ref.charmap();
        let metrics = font_ref.glyph_metrics(Size::unscaled(), LocationRef::default());
        let units_per_em = f32::from(
            font_ref
                .metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        if units_per_em <= 0.0 {
            return Err(PdfError::Font(name));
        }
        let mut face = Face {
            font,
            charmap,
            metrics,
            units_per_em,
            space: (0, 0.0),
            underscore: (0, 0.0),
        };
        face.space = face.glyph(' ');
        face.underscore = face.glyph('_');
        if face.space.0 == 0 || face.underscore.0 == 0 {
            return Err(PdfError::Font(name));
        }
        Ok(face)
    }

    /// The glyph of `c` and its advance in ems; `.notdef` (0) when the font lacks it.
    pub(crate) fn glyph(&self, c: char) -> (u32, f32) {
        let id = self.charmap.map(c).unwrap_or(GlyphId::NOTDEF);
        let advance = self.metrics.advance_width(id).unwrap_or(0.0) / self.units_per_em;
        (id.to_u32(), advance)
    }

    /// The width of `text` in ems.
    pub(crate) fn width(&self, text: &str) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum()
    }

    pub(crate) fn space(&self) -> (u32, f32) {
        self.space
    }

    pub(crate) fn underscore(&self) -> (u32, f32) {
        self.underscore
    }
}
