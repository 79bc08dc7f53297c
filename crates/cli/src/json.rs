//! Compact JSON for `check --jsonl`: the same bytes as `serde_json::to_writer`, written faster.
//!
//! A verdict is mostly long Kazakh and Russian explanations. serde_json checks every byte of a
//! string against its escape table one at a time and writes through `io::Write`; here a string is
//! checked whole with a loop the compiler vectorizes (explanations never need escaping: they hold
//! no quotes, backslashes or control characters), then copied in one go into a `Vec<u8>`. That
//! made `check --jsonl` about twice as fast (see `xtask/src/bench.rs`). The tests below compare
//! the output with serde_json's, byte for byte; floats, the one thing written differently by
//! hand, are left to serde_json.

use core::fmt::{self, Write as _};

use serde::ser::{self, Serialize};

/// Appends `value` as compact JSON to `out`: exactly what `serde_json::to_writer` writes.
pub fn to_writer<T: ?Sized + Serialize>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(&mut Writer { out })
}

/// A value that cannot be written as JSON (a map key that is not a string or a number, or a
/// `Display` that failed).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error(e.to_string())
    }
}

fn key_must_be_a_string() -> Error {
    Error("key must be a string".to_owned())
}

struct Writer<'a> {
    out: &'a mut Vec<u8>,
}

/// Whether any byte of `bytes` must be escaped in a JSON string: a control character, `"` or
/// `\`. No early exit, so that the loop is vectorized.
fn needs_escape(bytes: &[u8]) -> bool {
    let special = |b: u8| (b < 0x20) | (b == b'"') | (b == b'\\');
    if bytes.len() >= 32 {
        return bytes.iter().fold(false, |any, &b| any | special(b));
    }
    // Keys and short values, where the vector loop's setup costs more than it saves: eight
    // bytes at a time (a byte below 0x20, or equal to `"` or `\`, sets its high bit; a borrow
    // can also set a higher byte's, but only after a byte that really matched).
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |w: u64| w.wrapping_sub(ONES) & !w & HIGH;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        if below_space
            | zero_byte(w ^ (ONES * u64::from(b'"')))
            | zero_byte(w ^ (ONES * u64::from(b'\\')))
            != 0
        {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| special(b))
}

/// The contents of a JSON string for `s`, escaped as serde_json escapes: `\"`, `\\`, `\b`, `\t`,
/// `\n`, `\f`, `\r`, and the other control characters as `\u00xx`.
fn escape_into(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if !needs_escape(bytes) {
        out.extend_from_slice(bytes);
        return;
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x09 => b't',
            0x0A => b'n',
            0x0C => b'f',
            0x0D => b'r',
            0x00..=0x1F => b'u',
            _ => continue,
        };
        out.extend_from_slice(bytes.get(start..i).unwrap_or_default());
        if short == b'u' {
            let hi = HEX.get(usize::from(b >> 4)).copied().unwrap_or(b'0');
            let lo = HEX.get(usize::from(b & 0xF)).copied().unwrap_or(b'0');
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', hi, lo]);
        } else {
            out.extend_from_slice(&[b'\\', short]);
        }
        start = i + 1;
    }
    out.extend_from_slice(bytes.get(start..).unwrap_or_default());
}

fn write_str(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    escape_into(out, s);
    out.push(b'"');
}

fn write_u64(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(buf.get(i..).unwrap_or_default());
}

fn write_i64(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    write_u64(out, n.unsigned_abs());
}

/// Writes a `Display` into a JSON string's contents, escaping each piece.
struct Escaping<'a>(&'a mut Vec<u8>);

impl fmt::Write for Escaping<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        escape_into(self.0, s);
        Ok(())
    }
}

/// Appends `value`'s `Display` as a JSON string. A `Display` writes many small pieces (the
/// explanations: text, dates, numbers), so they are copied as they come and the whole is checked
/// once; the rare text that needs escaping is then escaped.
fn collect_into<T: ?Sized + fmt::Display>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    struct Raw<'a>(&'a mut Vec<u8>);
    impl fmt::Write for Raw<'_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            self.0.extend_from_slice(s.as_bytes());
            Ok(())
        }
    }
    out.push(b'"');
    let start = out.len();
    write!(Raw(out), "{value}").map_err(|_| Error("a Display failed".to_owned()))?;
    if needs_escape(out.get(start..).unwrap_or_default()) {
        let raw = out.split_off(start);
        // Only whole `&str`s were appended, so the bytes are UTF-8.
        let text = String::from_utf8(raw).map_err(|e| Error(e.to_string()))?;
        escape_into(out, &text);
    }
    out.push(b'"');
    Ok(())
}

impl<'a, 'b> ser::Serializer for &'a mut Writer<'b> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'b>;
    type SerializeTuple = Compound<'a, 'b>;
    type SerializeTupleStruct = Compound<'a, 'b>;
    type SerializeTupleVariant = Compound<'a, 'b>;
    type SerializeMap = Compound<'a, 'b>;
    type SerializeStruct = Compound<'a, 'b>;
    type SerializeStructVariant = Compound<'a, 'b>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        write_i64(self.out, i64::from(v));
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        write_i64(self.out, i64::from(v));
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        write_i64(self.out, i64::from(v));
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        write_i64(self.out, v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        let _ = write!(Escaping(self.out), "{v}");
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        write_u64(self.out, u64::from(v));
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        write_u64(self.out, u64::from(v));
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        write_u64(self.out, u64::from(v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        write_u64(self.out, v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        let _ = write!(Escaping(self.out), "{v}");
        Ok(())
    }
    // Floats: serde_json's own shortest round-trip form (and `null` for NaN and infinities).
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        Ok(serde_json::to_writer(&mut *self.out, &v)?)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        Ok(serde_json::to_writer(&mut *self.out, &v)?)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq as _;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.push(b':');
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'[');
        Ok(Compound {
            w: self,
            first: true,
            close: b"]",
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.extend_from_slice(b":[");
        Ok(Compound {
            w: self,
            first: true,
            close: b"]}",
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'{');
        Ok(Compound {
            w: self,
            first: true,
            close: b"}",
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.extend_from_slice(b":{");
        Ok(Compound {
            w: self,
            first: true,
            close: b"}}",
        })
    }
    fn collect_str<T: ?Sized + fmt::Display>(self, value: &T) -> Result<(), Error> {
        collect_into(self.out, value)
    }
}

/// An array or object being written.
pub struct Compound<'a, 'b> {
    w: &'a mut Writer<'b>,
    first: bool,
    close: &'static [u8],
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.w.out.push(b',');
        }
    }

    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.w)
    }

    fn field<T: ?Sized + Serialize>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.comma();
        write_str(self.w.out, key);
        self.w.out.push(b':');
        value.serialize(&mut *self.w)
    }

    fn close(self) -> Result<(), Error> {
        self.w.out.extend_from_slice(self.close);
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(KeyWriter { out: self.w.out })?;
        self.w.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// A map key: a string, or a number or bool written as a string, as serde_json writes keys.
struct KeyWriter<'a> {
    out: &'a mut Vec<u8>,
}

impl KeyWriter<'_> {
    fn quoted(self, write: impl FnOnce(&mut Vec<u8>)) -> Result<(), Error> {
        self.out.push(b'"');
        write(self.out);
        self.out.push(b'"');
        Ok(())
    }
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(|out| out.extend_from_slice(if v { b"true" } else { b"false" }))
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.quoted(|out| write_i64(out, i64::from(v)))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.quoted(|out| write_i64(out, i64::from(v)))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.quoted(|out| write_i64(out, i64::from(v)))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.quoted(|out| write_i64(out, v))
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.quoted(|out| write_u64(out, u64::from(v)))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.quoted(|out| write_u64(out, u64::from(v)))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.quoted(|out| write_u64(out, u64::from(v)))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.quoted(|out| write_u64(out, v))
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.quoted(|out| {
            let _ = write!(Escaping(out), "{v}");
        })
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.quoted(|out| {
            let _ = write!(Escaping(out), "{v}");
        })
    }
    fn collect_str<T: ?Sized + fmt::Display>(self, value: &T) -> Result<(), Error> {
        collect_into(self.out, value)
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _value: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use dayarlyq_rules::Date;
    use dayarlyq_rules::applicant::{Applicant, Education, Fitness, Sex, Status};
    use dayarlyq_rules::calendar::WorkingCalendar;
    use dayarlyq_rules::eligibility::assess;
    use dayarlyq_rules::input::FieldError;
    use dayarlyq_rules::moment::Moment;
    use dayarlyq_rules::text::Localized;
    use serde::Serialize;

    use super::*;
    use crate::check::Compact;

    fn same<T: ?Sized + Serialize>(value: &T) {
        let mut ours = Vec::new();
        to_writer(&mut ours, value).unwrap();
        let theirs = serde_json::to_vec(value).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        // Every byte that needs escaping, at every place of short and long strings (the two
        // paths of `needs_escape`), among Kazakh and Russian letters.
        let specials: Vec<char> = (0u8..0x20)
            .map(char::from)
            .chain(['"', '\\', '\u{7f}'])
            .collect();
        for len in [0usize, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 100] {
            for at in 0..len.max(1) {
                for &c in &specials {
                    let mut s: String = "әқ-ru-ж".chars().cycle().take(len).collect();
                    if len > 0 {
                        let i = s.char_indices().nth(at).map_or(s.len(), |(i, _)| i);
                        s.insert(i, c);
                    }
                    same(&s);
                    same(&c);
                    let mut map = BTreeMap::new();
                    map.insert(s.clone(), s.len());
                    same(&map);
                }
            }
        }
        same("«тырнақша» \"quotes\" \\ / \u{2028} 🙂");
    }

    #[test]
    fn the_data_model_is_written_as_serde_json_writes_it() {
        #[derive(Serialize)]
        enum E {
            Unit,
            Newtype(u8),
            Tuple(i8, i64),
            Struct { a: Option<u32>, b: () },
        }
        #[derive(Serialize)]
        struct Wrapper(String);
        #[derive(Serialize)]
        struct Point(i16, u16);
        same(&(
            true,
            false,
            i8::MIN,
            i16::MIN,
            i32::MIN,
            i64::MIN,
            u8::MAX,
            u16::MAX,
        ));
        same(&(
            u32::MAX,
            u64::MAX,
            i128::MIN,
            u128::MAX,
            0u64,
            -1i64,
            10u8,
            100u16,
        ));
        same(&(0.1f64, -2.5e300f64, f64::NAN, f64::INFINITY, 1.5f32, 0.0f32));
        same(&vec![
            E::Unit,
            E::Newtype(7),
            E::Tuple(-1, 2),
            E::Struct { a: Some(3), b: () },
        ]);
        same(&E::Struct { a: None, b: () });
        same(&(
            Wrapper("x\ny".into()),
            Point(-3, 4),
            (),
            Option::<u8>::None,
            'é',
        ));
        same(&Vec::<u8>::new());
        same(&serde_bytes_like());
        let mut keys = BTreeMap::new();
        keys.insert(10u32, "ten");
        keys.insert(2u32, "two");
        same(&keys);
        let mut bools = BTreeMap::new();
        bools.insert(true, 1);
        same(&bools);
        same(&serde_json::json!({"a": [1, 2.5, null, "x\u{1}"], "b": {"c": false}, "": -0.0}));
    }

    fn serde_bytes_like() -> impl Serialize {
        struct Bytes;
        impl Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(&[0, 1, 255])
            }
        }
        Bytes
    }

    #[test]
    fn verdicts_are_written_as_serde_json_writes_them() {
        // Every status, fitness, education and sex; with and without deferment, a medical
        // conclusion and a submission (working hours, evening, weekend); ages around the limits
        // of p. 10, 19 and 21; judged in years the calendar knows fully, in part, and not at all.
        let cal = WorkingCalendar::kazakhstan();
        let statuses = [Status::Conscript, Status::Reservist, Status::Unregistered];
        let fitness = [
            Fitness::Fit,
            Fitness::FitMinor,
            Fitness::Limited,
            Fitness::TemporarilyUnfit,
            Fitness::UnfitPeacetime,
            Fitness::Unfit,
        ];
        let education = [
            Education::None,
            Education::Primary,
            Education::BasicSecondary,
            Education::GeneralSecondary,
            Education::Vocational,
            Education::Higher,
        ];
        let births = [
            "2008-12-01",
            "2008-02-29",
            "2002-06-15",
            "2000-06-16",
            "1999-01-01",
            "1980-05-05",
        ];
        let as_ofs = ["2026-06-15", "2025-01-02", "2027-03-08", "2031-12-31"];
        let cards = [
            None,
            Some("2026-06-01"),
            Some("2026-06-15"),
            Some("2024-12-20"),
        ];
        let sent = [
            None,
            Some("2026-06-12T19:30"),
            Some("2026-06-13T10:00"),
            Some("2026-06-15T08:59:59+06:00"),
        ];
        let mut n = 0;
        for (i, status) in statuses.into_iter().enumerate() {
            for (j, fitness) in fitness.into_iter().enumerate() {
                for (k, education) in education.into_iter().enumerate() {
                    for (m, birth) in births.into_iter().enumerate() {
                        let pick = i + j + k + m;
                        let applicant = Applicant {
                            birth_date: birth.parse().unwrap(),
                            sex: if pick % 5 == 0 {
                                Sex::Female
                            } else {
                                Sex::Male
                            },
                            status,
                            fitness,
                            education,
                            deferment: pick % 3 == 0,
                            medical_conclusion: cards[pick % 4].map(|d| d.parse().unwrap()),
                            submitted_at: sent[(pick / 2) % 4]
                                .map(|s| Moment::parse("submitted_at", s).unwrap()),
                            iin: None,
                        };
                        let as_of: Date = as_ofs[(pick / 3) % 4].parse().unwrap();
                        let verdict = assess(&applicant, as_of, &cal).unwrap();
                        same(&verdict);
                        same(&Compact(&verdict));
                        n += 1;
                    }
                }
            }
        }
        assert_eq!(n, 3 * 6 * 6 * 6);
        let error = FieldError::new(
            "applicant.sex",
            "unknown_value",
            Localized::new("«x\"y»", "a\\b\tc"),
        );
        same(&serde_json::json!({"line": 3, "errors": [error]}));
    }
}
