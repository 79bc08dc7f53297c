//! `check --jsonl`'s verdicts written by hand: the bytes serde_json writes for a [`Verdict`]
//! (`check` writes them so), straight into the batch's buffer.
//!
//! Why: profiled (perf, then callgrind's instruction counts on 10 000 applicants, 2026-12), three
//! quarters of `check --jsonl` went to serializing, and most of that to a serializer's generic
//! path: each key and each explanation's pieces escaped and copied one by one, a hash-free but
//! formatter-heavy walk over 5.5 KB a verdict. Here the keys are bytes, the dates and citations
//! are written by hand, and each explanation is formatted once, straight into the output, then
//! checked for what JSON must escape (our texts hold none; if one ever did, that stretch is
//! escaped properly). The small members (`age`, `medical_card`, `acceptance`) go through serde
//! as before, so their derived shapes stay theirs.
//!
//! The test holds every byte to serde_json's on the verdicts of `json_bytes` (every status,
//! fitness, education; cards, submissions, years the calendar covers and does not).

use std::fmt::{self, Write as _};

use dayarlyq_rules::Date;
use dayarlyq_rules::citation::Citation;
use dayarlyq_rules::eligibility::{TrackVerdict, Verdict};
use dayarlyq_rules::finding::{Action, Check, Explanation, Warning};
use dayarlyq_rules::text::Lang;
use dayarlyq_rules::track::Track;

/// Writes `verdict` as serde_json's compact JSON (no new line).
pub(crate) fn write(out: &mut Vec<u8>, v: &Verdict) -> Result<(), sonic_rs::Error> {
    out.extend_from_slice(b"{\"as_of\":");
    date(out, v.as_of)?;
    out.extend_from_slice(b",\"age\":");
    sonic_rs::to_writer(&mut *out, &v.age)?;
    out.extend_from_slice(b",\"free\":");
    track(out, &v.free)?;
    out.extend_from_slice(b",\"paid\":");
    track(out, &v.paid)?;
    out.extend_from_slice(b",\"medical_card\":");
    sonic_rs::to_writer(&mut *out, &v.medical_card)?;
    out.extend_from_slice(b",\"acceptance\":");
    sonic_rs::to_writer(&mut *out, &v.acceptance)?;
    out.extend_from_slice(b",\"warnings\":");
    warnings(out, &v.warnings)?;
    out.push(b'}');
    Ok(())
}

/// As `TrackVerdict`'s `Serialize`.
fn track(out: &mut Vec<u8>, t: &TrackVerdict) -> Result<(), sonic_rs::Error> {
    out.extend_from_slice(b"{\"eligible\":");
    boolean(out, t.eligible);
    out.extend_from_slice(b",\"status\":\"");
    out.extend_from_slice(t.status.code().as_bytes());
    out.extend_from_slice(b"\",\"actions\":[");
    for (i, a) in t.actions.iter().enumerate() {
        comma(out, i);
        action(out, a)?;
    }
    out.push(b']');
    if t.track == Track::Free {
        out.extend_from_slice(b",\"needs_guardian_consent\":");
        boolean(out, t.needs_guardian_consent);
    }
    out.extend_from_slice(b",\"eligible_from\":");
    optional_date(out, t.eligible_from)?;
    out.extend_from_slice(b",\"eligible_until\":");
    optional_date(out, t.eligible_until)?;
    out.extend_from_slice(b",\"checks\":[");
    for (i, c) in t.checks.iter().enumerate() {
        comma(out, i);
        check(out, c);
    }
    out.extend_from_slice(b"],\"warnings\":");
    warnings(out, &t.warnings)?;
    out.push(b'}');
    Ok(())
}

/// As `Check`'s `Serialize`: `{"id", "passed", "cite", "explanation", "explanation_ru"}`.
fn check(out: &mut Vec<u8>, c: &Check) {
    out.extend_from_slice(b"{\"id\":\"");
    out.extend_from_slice(c.id.code().as_bytes());
    out.extend_from_slice(b"\",\"passed\":");
    boolean(out, c.passed);
    out.extend_from_slice(b",\"cite\":");
    cite(out, c.cite);
    explanations(out, c.text(Lang::Kk), c.text(Lang::Ru));
}

/// As `Action`'s `Serialize`: `{"id", "by", "cite", "explanation", "explanation_ru"}`.
fn action(out: &mut Vec<u8>, a: &Action) -> Result<(), sonic_rs::Error> {
    out.extend_from_slice(b"{\"id\":\"");
    out.extend_from_slice(a.id.code().as_bytes());
    out.extend_from_slice(b"\",\"by\":");
    optional_date(out, a.by)?;
    out.extend_from_slice(b",\"cite\":");
    cite(out, a.cite);
    explanations(out, a.text(Lang::Kk), a.text(Lang::Ru));
    Ok(())
}

/// As `Warning`'s `Serialize`: `{"id", "cite", "explanation", "explanation_ru"}`, in a list.
fn warnings(out: &mut Vec<u8>, list: &[Warning]) -> Result<(), sonic_rs::Error> {
    out.push(b'[');
    for (i, w) in list.iter().enumerate() {
        comma(out, i);
        out.extend_from_slice(b"{\"id\":\"");
        out.extend_from_slice(w.id.code().as_bytes());
        out.extend_from_slice(b"\",\"cite\":");
        match w.cite {
            Some(c) => cite(out, c),
            None => out.extend_from_slice(b"null"),
        }
        explanations(out, w.text(Lang::Kk), w.text(Lang::Ru));
    }
    out.push(b']');
    Ok(())
}

/// `,"explanation":"…","explanation_ru":"…"}`: the end of a check, an action or a warning.
fn explanations(out: &mut Vec<u8>, kk: Explanation<'_>, ru: Explanation<'_>) {
    out.extend_from_slice(b",\"explanation\":");
    text(out, kk);
    out.extend_from_slice(b",\"explanation_ru\":");
    text(out, ru);
    out.push(b'}');
}

/// A JSON string of `e`'s text: formatted straight into `out`, then escaped only if it must be.
fn text(out: &mut Vec<u8>, e: Explanation<'_>) {
    out.push(b'"');
    let start = out.len();
    // `Bytes` never fails, and `Explanation`'s `Display` only passes on its writer's errors.
    let _ = write!(Bytes(out), "{e}");
    if out.get(start..).is_some_and(must_escape) {
        let raw = out.split_off(start);
        let raw = String::from_utf8_lossy(&raw);
        out.pop();
        // serde_json's escapes, as `check` writes them.
        let _ = serde_json::to_writer(&mut *out, raw.as_ref());
    } else {
        out.push(b'"');
    }
}

/// `fmt::Write` straight onto the bytes: no `io::Write` adapter and its error bookkeeping between
/// each piece of a text and the buffer (perf showed that adapter among the top entries).
struct Bytes<'a>(&'a mut Vec<u8>);

impl fmt::Write for Bytes<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// Whether `t` holds a byte JSON must escape (a control character, `"` or `\`).
///
/// Branch-free within each 64-byte block, so the compiler checks a block in a few vector
/// instructions: the byte-at-a-time `any` this replaces was, alone, 28 % of `check --jsonl`'s
/// time (perf, 2026-12), as it runs over every byte of every explanation (5.5 KB a verdict).
fn must_escape(t: &[u8]) -> bool {
    t.chunks(64).any(|block| {
        block.iter().fold(false, |hit, &b| {
            hit | (b < 0x20) | (b == b'"') | (b == b'\\')
        })
    })
}

fn cite(out: &mut Vec<u8>, c: Citation) {
    out.push(b'"');
    out.extend_from_slice(c.short().as_str().as_bytes());
    out.push(b'"');
}

fn boolean(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

fn comma(out: &mut Vec<u8>, i: usize) {
    if i > 0 {
        out.push(b',');
    }
}

fn optional_date(out: &mut Vec<u8>, d: Option<Date>) -> Result<(), sonic_rs::Error> {
    match d {
        Some(d) => date(out, d),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// `"YYYY-MM-DD"`, as jiff writes a date of the years 0–9999; any other through jiff's own.
fn date(out: &mut Vec<u8>, d: Date) -> Result<(), sonic_rs::Error> {
    let (Ok(y), Ok(m), Ok(day)) = (
        u16::try_from(d.year()),
        u8::try_from(d.month()),
        u8::try_from(d.day()),
    ) else {
        return sonic_rs::to_writer(&mut *out, &d);
    };
    if y > 9999 {
        return sonic_rs::to_writer(&mut *out, &d);
    }
    let digit = |n: u16| b'0' + (n % 10) as u8;
    let (m, day) = (u16::from(m), u16::from(day));
    out.extend_from_slice(&[
        b'"',
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(day / 10),
        digit(day),
        b'"',
    ]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::must_escape;

    #[test]
    fn must_escape_finds_each_special_byte_in_any_block() {
        let plain = "Әскери есепке алу — учёт ".repeat(12);
        assert!(!must_escape(plain.as_bytes()));
        for special in (0u8..0x20).chain([b'"', b'\\']) {
            for at in [0, 1, 63, 64, 65, plain.len() - 1] {
                let mut t = plain.clone().into_bytes();
                t.insert(at, special);
                assert!(must_escape(&t), "byte {special:#x} at {at}");
            }
        }
        // DEL and non-ASCII letters are left as they are, as serde_json leaves them.
        assert!(!must_escape("\u{7f}ҚҰҮ".as_bytes()));
    }
}
