//! Where a text stops being JSON, and what was expected there: the line, the column, the member
//! it was in (`applicant.status`) and the token that should have come. The browser's `JSON.parse`
//! says it only in its own words, in English (and each browser in others); this walks the text
//! again, only once the browser has refused it, to say it in the page's language.
//!
//! A scanner of RFC 8259's grammar, no values built; iterative, so a file of ten thousand `[`
//! needs no deep stack.

/// What should have come where the text stops being JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// A value: text in quotes, a number, `true`, `false`, `null`, an object or a list.
    Value,
    /// A member's name in double quotes.
    Key,
    /// `:` after a member's name.
    Colon,
    /// `,` or `}` after a member's value.
    CommaOrBrace,
    /// `,` or `]` after a list's item.
    CommaOrBracket,
    /// Nothing: the file's one value has ended.
    End,
    /// The closing `"` of a text (a text does not go past the end of its line).
    Quote,
    /// One of `\" \\ \/ \b \f \n \r \t`, or `\u` and four hexadecimal digits.
    Escape,
    /// A digit of a number.
    Digit,
}

/// Where the text stops being JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// From 1.
    pub line: usize,
    /// From 1, in characters.
    pub column: usize,
    /// The member being read, by its path (`applicant.status`, `application.attachments[2]`);
    /// empty at the top.
    pub member: String,
    pub wanted: Wanted,
    /// The text ended there, too early.
    pub at_end: bool,
    /// The text is empty (or white space only).
    pub empty: bool,
}

/// A container being read: an object and the member it is at, or a list and the item.
enum Frame {
    Object(Option<String>),
    List(usize),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Value,
    /// After `[`: a value or `]`.
    ValueOrClose,
    /// After `{`: a member's name or `}`.
    KeyOrClose,
    /// After `,` in an object.
    Key,
    Colon,
    AfterValue,
}

struct Scanner<'a> {
    text: &'a str,
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.text.get(self.at..)?.chars().next()
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.at += c.len_utf8();
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    /// A text from its opening quote; its content, escapes read.
    fn string(&mut self) -> Result<String, (usize, Wanted)> {
        self.bump();
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err((self.at, Wanted::Quote));
            };
            match c {
                '"' => {
                    self.bump();
                    return Ok(out);
                }
                '\\' => {
                    self.bump();
                    let escape = self.peek().ok_or((self.at, Wanted::Escape))?;
                    let plain = match escape {
                        '"' => '"',
                        '\\' => '\\',
                        '/' => '/',
                        'b' => '\u{8}',
                        'f' => '\u{c}',
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        'u' => {
                            self.bump();
                            let hex = self.text.get(self.at..).unwrap_or_default();
                            let digits: String = hex.chars().take(4).collect();
                            if digits.len() != 4 || !digits.chars().all(|d| d.is_ascii_hexdigit()) {
                                let bad = digits
                                    .char_indices()
                                    .find(|(_, d)| !d.is_ascii_hexdigit())
                                    .map_or(digits.len(), |(i, _)| i);
                                return Err((self.at + bad, Wanted::Escape));
                            }
                            self.at += 4;
                            let code = u32::from_str_radix(&digits, 16).unwrap_or(0xfffd);
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                            continue;
                        }
                        _ => return Err((self.at, Wanted::Escape)),
                    };
                    self.bump();
                    out.push(plain);
                }
                c if u32::from(c) < 0x20 => return Err((self.at, Wanted::Quote)),
                c => {
                    self.bump();
                    out.push(c);
                }
            }
        }
    }

    /// A number: `-`, then `0` or digits not starting with 0, then a fraction, an exponent.
    fn number(&mut self) -> Result<(), (usize, Wanted)> {
        let digits = |s: &mut Self| -> Result<(), (usize, Wanted)> {
            if !s.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err((s.at, Wanted::Digit));
            }
            while s.peek().is_some_and(|c| c.is_ascii_digit()) {
                s.bump();
            }
            Ok(())
        };
        if self.peek() == Some('-') {
            self.bump();
        }
        if self.peek() == Some('0') {
            self.bump();
        } else {
            digits(self)?;
        }
        if self.peek() == Some('.') {
            self.bump();
            digits(self)?;
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            self.bump();
            if matches!(self.peek(), Some('+' | '-')) {
                self.bump();
            }
            digits(self)?;
        }
        Ok(())
    }

    fn literal(&mut self) -> Result<(), (usize, Wanted)> {
        let rest = self.text.get(self.at..).unwrap_or_default();
        for word in ["true", "false", "null"] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Ok(());
            }
        }
        Err((self.at, Wanted::Value))
    }
}

/// The path of the member being read.
fn member(stack: &[Frame]) -> String {
    let mut out = String::new();
    for frame in stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::List(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Where `text` stops being JSON; `None` when it is JSON.
pub fn locate(text: &str) -> Option<SyntaxError> {
    let mut s = Scanner { text, at: 0 };
    let mut stack: Vec<Frame> = Vec::new();
    let mut state = State::Value;
    let failure = loop {
        s.skip_space();
        let Some(c) = s.peek() else {
            if state == State::AfterValue && stack.is_empty() {
                return None;
            }
            break (s.at, wanted_in(state, &stack));
        };
        let step: Result<(), (usize, Wanted)> = match state {
            State::Value | State::ValueOrClose => {
                if state == State::ValueOrClose && c == ']' {
                    s.bump();
                    stack.pop();
                    state = State::AfterValue;
                    continue;
                }
                match c {
                    '{' => {
                        s.bump();
                        stack.push(Frame::Object(None));
                        state = State::KeyOrClose;
                        continue;
                    }
                    '[' => {
                        s.bump();
                        stack.push(Frame::List(0));
                        state = State::ValueOrClose;
                        continue;
                    }
                    '"' => s.string().map(drop),
                    '-' | '0'..='9' => s.number(),
                    't' | 'f' | 'n' => s.literal(),
                    _ => Err((s.at, Wanted::Value)),
                }
                .map(|()| state = State::AfterValue)
            }
            State::KeyOrClose | State::Key => {
                if state == State::KeyOrClose && c == '}' {
                    s.bump();
                    stack.pop();
                    state = State::AfterValue;
                    continue;
                }
                if c == '"' {
                    s.string().map(|key| {
                        if let Some(frame) = stack.last_mut() {
                            *frame = Frame::Object(Some(key));
                        }
                        state = State::Colon;
                    })
                } else {
                    Err((s.at, Wanted::Key))
                }
            }
            State::Colon => {
                if c == ':' {
                    s.bump();
                    state = State::Value;
                    Ok(())
                } else {
                    Err((s.at, Wanted::Colon))
                }
            }
            State::AfterValue => match stack.last_mut() {
                None => Err((s.at, Wanted::End)),
                Some(Frame::Object(key)) => match c {
                    ',' => {
                        s.bump();
                        *key = None;
                        state = State::Key;
                        Ok(())
                    }
                    '}' => {
                        s.bump();
                        stack.pop();
                        Ok(())
                    }
                    _ => Err((s.at, Wanted::CommaOrBrace)),
                },
                Some(Frame::List(index)) => match c {
                    ',' => {
                        s.bump();
                        *index += 1;
                        state = State::Value;
                        Ok(())
                    }
                    ']' => {
                        s.bump();
                        stack.pop();
                        Ok(())
                    }
                    _ => Err((s.at, Wanted::CommaOrBracket)),
                },
            },
        };
        if let Err(failure) = step {
            break failure;
        }
    };
    let (at, wanted) = failure;
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    Some(SyntaxError {
        line,
        column,
        member: member(&stack),
        wanted,
        at_end: at >= text.len(),
        empty: text.trim_matches([' ', '\t', '\n', '\r']).is_empty(),
    })
}

/// What the state waits for, when the text ends there.
fn wanted_in(state: State, stack: &[Frame]) -> Wanted {
    match state {
        State::Value | State::ValueOrClose => Wanted::Value,
        State::KeyOrClose | State::Key => Wanted::Key,
        State::Colon => Wanted::Colon,
        State::AfterValue => match stack.last() {
            Some(Frame::List(_)) => Wanted::CommaOrBracket,
            _ => Wanted::CommaOrBrace,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, line, column, member, what was wanted)
    const ROWS: [(&str, usize, usize, &str, Wanted); 16] = [
        ("", 1, 1, "", Wanted::Value),
        ("{\"applicant\": ", 1, 15, "applicant", Wanted::Value),
        (
            "{\n  \"applicant\": {\n    \"status\": \"reservist\"\n    \"fitness\": \"fit\"",
            4,
            5,
            "applicant.status",
            Wanted::CommaOrBrace,
        ),
        ("{\"a\": 1,}", 1, 9, "", Wanted::Key),
        ("{a: 1}", 1, 2, "", Wanted::Key),
        ("{\"a\" 1}", 1, 6, "a", Wanted::Colon),
        ("[1, 2", 1, 6, "[1]", Wanted::CommaOrBracket),
        ("[1 2]", 1, 4, "[0]", Wanted::CommaOrBracket),
        ("{} x", 1, 4, "", Wanted::End),
        ("{\"a\": \"x\ny\"}", 1, 9, "a", Wanted::Quote),
        ("{\"a\": \"\\x\"}", 1, 9, "a", Wanted::Escape),
        ("{\"a\": \"\\u12G4\"}", 1, 12, "a", Wanted::Escape),
        ("{\"a\": 01}", 1, 8, "a", Wanted::CommaOrBrace),
        ("{\"a\": -}", 1, 8, "a", Wanted::Digit),
        ("{\"a\": tru}", 1, 7, "a", Wanted::Value),
        (
            "{\"application\": {\"attachments\": [\"a\", 'b']}}",
            1,
            39,
            "application.attachments[1]",
            Wanted::Value,
        ),
    ];

    #[test]
    fn says_where_and_what_was_expected() {
        for (text, line, column, member, wanted) in ROWS {
            let got = locate(text).unwrap_or_else(|| panic!("{text:?} passed"));
            assert_eq!(
                (got.line, got.column, got.member.as_str(), got.wanted),
                (line, column, member, wanted),
                "{text:?}"
            );
        }
        assert!(locate("").is_some_and(|e| e.empty && e.at_end));
        assert!(locate("{\"a\": ").is_some_and(|e| e.at_end && !e.empty));
        // Columns count characters, not bytes.
        assert_eq!(locate("{\"ә\": 1 2}").map(|e| e.column), Some(9));
    }

    #[test]
    fn json_passes() {
        let example = include_str!("../../../crates/rules/tests/data/example-case.json");
        for text in [
            example,
            "{}",
            "[]",
            " 0 ",
            "-1.5e+10",
            "\"\\u0430\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
            "[true, false, null, {\"a\": [[]]}]",
            "{\"a\":{\"b\":{\"c\":[1,{\"d\":\"e\"}]}}}",
        ] {
            assert_eq!(locate(text), None, "{text:?}");
        }
        // Deep nesting needs no deep stack.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(locate(&deep), None);
    }

    #[test]
    fn agrees_with_serde_json_on_broken_files() {
        // The example case with one character removed, doubled or replaced, at every place:
        // JSON or not as serde_json reads it (which follows RFC 8259 as the browsers do).
        let example = include_str!("../../../crates/rules/tests/data/example-case.json");
        let chars: Vec<char> = example.chars().collect();
        let mut checked = 0;
        for i in 0..chars.len() {
            for edit in 0..3 {
                let mut broken = chars.clone();
                match edit {
                    0 => {
                        broken.remove(i);
                    }
                    1 => broken.insert(i, chars[i]),
                    _ => broken[i] = ['"', ',', '}', ']', ':', '\\', 'x'][i % 7],
                }
                let text: String = broken.into_iter().collect();
                let serde = serde_json::from_str::<serde_json::Value>(&text).is_ok();
                assert_eq!(locate(&text).is_none(), serde, "{text}");
                checked += 1;
            }
        }
        assert!(checked > 1000);
    }
}
