//! A small reader of the PDFs we write, so that the tests read back what krilla wrote with code
//! that is not krilla's: the objects (no object streams, classic cross-reference table), their
//! streams inflated, and the operators of a content stream.

use std::collections::HashMap;
use std::io::Read;

/// A PDF object.
#[derive(Clone, Debug, PartialEq)]
pub enum Obj {
    Null,
    Bool(bool),
    Num(f64),
    Name(String),
    Str(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    Ref(u32),
    Stream(Dict, Vec<u8>),
    /// An operator of a content stream.
    Op(String),
}

pub type Dict = HashMap<String, Obj>;

impl Obj {
    pub fn dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) | Obj::Stream(d, _) => Some(d),
            _ => None,
        }
    }

    pub fn name(&self) -> Option<&str> {
        match self {
            Obj::Name(n) => Some(n),
            _ => None,
        }
    }

    pub fn num(&self) -> Option<f64> {
        match self {
            Obj::Num(n) => Some(*n),
            _ => None,
        }
    }

    /// A text string: UTF-16BE with its byte order mark, or PDFDocEncoding read as Latin-1.
    pub fn text(&self) -> Option<String> {
        let Obj::Str(bytes) = self else { return None };
        match bytes.strip_prefix(&[0xfe, 0xff]) {
            Some(utf16) => {
                let units: Vec<u16> = utf16
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect();
                String::from_utf16(&units).ok()
            }
            None => Some(bytes.iter().map(|&b| char::from(b)).collect()),
        }
    }
}

/// A PDF file's objects and its trailer.
pub struct Pdf {
    pub objects: HashMap<u32, Obj>,
    pub trailer: Dict,
}

impl Pdf {
    pub fn parse(bytes: &[u8]) -> Pdf {
        let mut objects = HashMap::new();
        let mut lexer = Lexer { bytes, at: 0 };
        let mut trailer = Dict::new();
        while let Some(token) = lexer.token() {
            match token {
                Token::Int(number) => {
                    let save = lexer.at;
                    if let (Some(Token::Int(_)), Some(Token::Word(w))) =
                        (lexer.token(), lexer.token())
                        && w == "obj"
                    {
                        let mut value = lexer.object().expect("an object");
                        let save = lexer.at;
                        match lexer.token() {
                            Some(Token::Word(w)) if w == "stream" => {
                                let dict = value.dict().expect("a stream's dictionary").clone();
                                let length =
                                    dict["/Length"].num().expect("a direct /Length") as usize;
                                lexer.skip_eol();
                                let data = bytes[lexer.at..lexer.at + length].to_vec();
                                lexer.at += length;
                                value = Obj::Stream(dict, data);
                            }
                            _ => lexer.at = save,
                        }
                        objects.insert(number as u32, value);
                    } else {
                        lexer.at = save;
                    }
                }
                Token::Word(w) if w == "trailer" => {
                    if let Some(Obj::Dict(d)) = lexer.object() {
                        trailer = d;
                    }
                }
                _ => {}
            }
        }
        Pdf { objects, trailer }
    }

    /// `obj` itself, or the object it refers to.
    pub fn resolve<'a>(&'a self, obj: &'a Obj) -> &'a Obj {
        match obj {
            Obj::Ref(n) => self.objects.get(n).unwrap_or(&Obj::Null),
            other => other,
        }
    }

    /// `dict[key]`, resolved.
    pub fn get<'a>(&'a self, dict: &'a Dict, key: &str) -> &'a Obj {
        dict.get(key).map_or(&Obj::Null, |o| self.resolve(o))
    }

    pub fn catalog(&self) -> &Dict {
        self.get(&self.trailer, "/Root").dict().expect("a catalog")
    }

    /// The pages, in order, as (object number, dictionary).
    pub fn pages(&self) -> Vec<(u32, &Dict)> {
        let mut out = Vec::new();
        let root = self.catalog().get("/Pages").expect("a page tree");
        self.collect_pages(root, &mut out);
        out
    }

    fn collect_pages<'a>(&'a self, node: &'a Obj, out: &mut Vec<(u32, &'a Dict)>) {
        let Obj::Ref(number) = node else { return };
        let Some(dict) = self.resolve(node).dict() else {
            return;
        };
        match dict.get("/Type").and_then(Obj::name) {
            Some("/Page") => out.push((*number, dict)),
            _ => {
                if let Obj::Array(kids) = self.get(dict, "/Kids") {
                    for kid in kids {
                        self.collect_pages(kid, out);
                    }
                }
            }
        }
    }

    /// A stream's data, inflated if it is compressed.
    pub fn data(&self, stream: &Obj) -> Vec<u8> {
        let Obj::Stream(dict, data) = self.resolve(stream) else {
            return Vec::new();
        };
        match dict.get("/Filter").and_then(Obj::name) {
            Some("/FlateDecode") => {
                let mut out = Vec::new();
                flate2::read::ZlibDecoder::new(data.as_slice())
                    .read_to_end(&mut out)
                    .expect("a deflated stream");
                out
            }
            _ => data.clone(),
        }
    }

    /// The operators of a page's content, each with its operands.
    pub fn operations(&self, page: &Dict) -> Vec<(String, Vec<Obj>)> {
        let data = match self.get(page, "/Contents") {
            Obj::Array(parts) => parts.iter().flat_map(|p| self.data(p)).collect(),
            contents => self.data(contents),
        };
        let mut lexer = Lexer {
            bytes: &data,
            at: 0,
        };
        let mut operands = Vec::new();
        let mut out = Vec::new();
        while let Some(obj) = lexer.object() {
            match obj {
                Obj::Op(op) => out.push((op, std::mem::take(&mut operands))),
                operand => operands.push(operand),
            }
        }
        out
    }
}

enum Token {
    Int(i64),
    Real(f64),
    Name(String),
    Str(Vec<u8>),
    ArrayOpen,
    ArrayClose,
    DictOpen,
    DictClose,
    Word(String),
}

struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
}

fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

impl Lexer<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_eol(&mut self) {
        if self.peek() == Some(b'\r') {
            self.at += 1;
        }
        if self.peek() == Some(b'\n') {
            self.at += 1;
        }
    }

    fn token(&mut self) -> Option<Token> {
        loop {
            match self.peek()? {
                b if is_white(b) => self.at += 1,
                b'%' => {
                    while self.peek().is_some_and(|b| b != b'\n' && b != b'\r') {
                        self.at += 1;
                    }
                }
                _ => break,
            }
        }
        let start = self.at;
        let b = self.peek()?;
        self.at += 1;
        Some(match b {
            b'[' => Token::ArrayOpen,
            b']' => Token::ArrayClose,
            b'<' if self.peek() == Some(b'<') => {
                self.at += 1;
                Token::DictOpen
            }
            b'>' if self.peek() == Some(b'>') => {
                self.at += 1;
                Token::DictClose
            }
            b'<' => {
                let mut hex = Vec::new();
                while let Some(b) = self.peek() {
                    self.at += 1;
                    if b == b'>' {
                        break;
                    }
                    if b.is_ascii_hexdigit() {
                        hex.push(b);
                    }
                }
                if hex.len() % 2 == 1 {
                    hex.push(b'0');
                }
                Token::Str(
                    hex.chunks(2)
                        .map(|p| {
                            u8::from_str_radix(std::str::from_utf8(p).unwrap_or("00"), 16)
                                .unwrap_or(0)
                        })
                        .collect(),
                )
            }
            b'(' => Token::Str(self.literal()),
            b'/' => {
                while self
                    .peek()
                    .is_some_and(|b| !is_white(b) && !is_delimiter(b))
                {
                    self.at += 1;
                }
                Token::Name(String::from_utf8_lossy(&self.bytes[start..self.at]).into_owned())
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|b| !is_white(b) && !is_delimiter(b))
                {
                    self.at += 1;
                }
                let word = String::from_utf8_lossy(&self.bytes[start..self.at]).into_owned();
                if let Ok(n) = word.parse::<i64>() {
                    Token::Int(n)
                } else if let Ok(x) = word.parse::<f64>() {
                    Token::Real(x)
                } else {
                    Token::Word(word)
                }
            }
        })
    }

    /// A literal string after its `(`.
    fn literal(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut depth = 1;
        while let Some(b) = self.peek() {
            self.at += 1;
            match b {
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.at += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut n = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        n = n * 8 + u32::from(d - b'0');
                                        self.at += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(n as u8);
                        }
                        b'\r' | b'\n' => self.skip_eol(),
                        other => out.push(other),
                    }
                }
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(b);
                }
                _ => out.push(b),
            }
        }
        out
    }

    /// The next object (an operator, in a content stream), `N G R` read as a reference.
    fn object(&mut self) -> Option<Obj> {
        let token = self.token()?;
        Some(match token {
            Token::Int(n) => {
                let save = self.at;
                match (self.token(), self.token()) {
                    (Some(Token::Int(_)), Some(Token::Word(w))) if w == "R" => Obj::Ref(n as u32),
                    _ => {
                        self.at = save;
                        Obj::Num(n as f64)
                    }
                }
            }
            Token::Real(x) => Obj::Num(x),
            Token::Name(n) => Obj::Name(n),
            Token::Str(s) => Obj::Str(s),
            Token::ArrayOpen => {
                let mut items = Vec::new();
                loop {
                    let save = self.at;
                    match self.token() {
                        Some(Token::ArrayClose) | None => break,
                        _ => {
                            self.at = save;
                            items.push(self.object()?);
                        }
                    }
                }
                Obj::Array(items)
            }
            Token::DictOpen => {
                let mut dict = Dict::new();
                while let Some(Token::Name(key)) = self.token() {
                    let value = self.object()?;
                    dict.insert(key, value);
                }
                Obj::Dict(dict)
            }
            Token::ArrayClose | Token::DictClose => Obj::Null,
            Token::Word(w) => match w.as_str() {
                "true" => Obj::Bool(true),
                "false" => Obj::Bool(false),
                "null" => Obj::Null,
                _ => Obj::Op(w),
            },
        })
    }
}
