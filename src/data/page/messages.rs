//! What is wrong with a file, in the page's language: where a text stops being JSON and what
//! should have come there; each member that cannot be put in place, by its name and path, with
//! what it must be (for a choice, its codes and what each means).

use dayarlyq_rules::case_file::{Kind, Place};

use crate::data::file::{self, Expected, FileError, Problem, SyntaxError, Wanted};
use crate::i18n::{Locale, td_string};
use crate::lang::rules_lang;

/// Every reason the file cannot be opened, in `locale`.
pub fn reasons(error: &FileError, syntax: Option<&SyntaxError>, locale: Locale) -> Vec<String> {
    match error {
        FileError::NotJson(_) => vec![syntax_reason(syntax, locale)],
        FileError::TooLarge => vec![td_string!(locale, data.error_too_large).to_owned()],
        FileError::BrokenLink => vec![td_string!(locale, data.error_link_broken).to_owned()],
        FileError::NotCaseFile => vec![td_string!(locale, data.error_not_case).to_owned()],
        FileError::Members(errors) => errors
            .iter()
            .map(|e| member_reason(&e.path, &e.problem, locale))
            .collect(),
    }
}

/// Where the text stops being JSON and what should have come there.
fn syntax_reason(syntax: Option<&SyntaxError>, locale: Locale) -> String {
    let Some(e) = syntax else {
        return td_string!(locale, data.error_not_json).to_owned();
    };
    if e.empty {
        return td_string!(locale, data.error_empty).to_owned();
    }
    let wanted = match e.wanted {
        Wanted::Value => td_string!(locale, data.wanted_value),
        Wanted::Key => td_string!(locale, data.wanted_key),
        Wanted::Colon => td_string!(locale, data.wanted_colon),
        Wanted::CommaOrBrace => td_string!(locale, data.wanted_comma_brace),
        Wanted::CommaOrBracket => td_string!(locale, data.wanted_comma_bracket),
        Wanted::End => td_string!(locale, data.wanted_end),
        Wanted::Quote => td_string!(locale, data.wanted_quote),
        Wanted::Escape => td_string!(locale, data.wanted_escape),
        Wanted::Digit => td_string!(locale, data.wanted_digit),
    };
    let member = if e.member.is_empty() {
        String::new()
    } else {
        let field = field_name(&e.member, locale);
        td_string!(locale, data.syntax_member, member = field).to_string()
    };
    let (line, column) = (e.line, e.column);
    if e.at_end {
        let text = td_string!(
            locale,
            data.error_syntax_end,
            line = line,
            member = member,
            wanted = wanted
        );
        text.to_string()
    } else {
        let text = td_string!(
            locale,
            data.error_syntax,
            line = line,
            column = column,
            member = member,
            wanted = wanted
        );
        text.to_string()
    }
}

/// A member that cannot be put in place: its name and path, and what it must be.
fn member_reason(path: &str, problem: &Problem, locale: Locale) -> String {
    let field = field_name(path, locale);
    match problem {
        Problem::Type(expected) => {
            let choice = Place::from_path(path).filter(|p| matches!(p.kind(), Kind::Choice(_)));
            let expected = match choice {
                // A choice is text, and one of its codes: say which.
                Some(place) => {
                    let codes = codes_in_words(place, locale);
                    td_string!(locale, data.expected_code, codes = codes).to_string()
                }
                None => expected_name(*expected, locale).to_owned(),
            };
            let text = td_string!(
                locale,
                data.error_wrong_type,
                field = field,
                expected = expected
            );
            text.to_string()
        }
        Problem::Code { place, got } => {
            let codes = codes_in_words(*place, locale);
            let got = shorten(got);
            let text = td_string!(
                locale,
                data.error_unknown_code,
                field = field,
                got = got,
                codes = codes
            );
            text.to_string()
        }
    }
}

/// The codes of a choice with what each means: `conscript — әскерге шақырылушы; …`.
fn codes_in_words(place: Place, locale: Locale) -> String {
    let Kind::Choice(codes) = place.kind() else {
        return String::new();
    };
    let lang = rules_lang(locale);
    codes
        .iter()
        .map(|code| match file::code_name(place, code, lang) {
            Some(name) => format!("{code} — {name}"),
            None => (*code).to_owned(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A member as the forms name it, with its path: «Отсрочка от призыва» (applicant.deferment).
fn field_name(path: &str, locale: Locale) -> String {
    if path.is_empty() {
        return td_string!(locale, data.the_file).to_owned();
    }
    match Place::from_path(path) {
        Some(place) => format!("«{}» ({path})", place.label(rules_lang(locale))),
        None => path.to_owned(),
    }
}

fn expected_name(expected: Expected, locale: Locale) -> &'static str {
    match expected {
        Expected::Object => td_string!(locale, data.expected_object),
        Expected::Text => td_string!(locale, data.expected_text),
        Expected::Flag => td_string!(locale, data.expected_flag),
        Expected::WholeNumber => td_string!(locale, data.expected_number),
        Expected::TextList => td_string!(locale, data.expected_list),
    }
}

/// At most 40 characters of what the file holds, for a message.
fn shorten(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", text.get(..i).unwrap_or_default()),
        None => text.to_owned(),
    }
}
