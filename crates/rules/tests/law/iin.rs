//! The IIN (ЖСН), from which a case file may take the applicant's birth date and sex: not a rule
//! of the Rules but the national number's make-up — YYMMDD, the 7th digit for the century and
//! the sex, the 12th a check digit.

use super::*;

#[test]
fn valid_numbers() {
    // (IIN, birth date, sex): YYMMDD, the 7th digit for century and sex, the check digit.
    let rows = [
        ("921029350851", "1992-10-29", Sex::Male), // example-case.json: 3 → 1900s, male
        ("050228601234", "2005-02-28", Sex::Female), // 6 → 2000s, female
        ("000229504566", "2000-02-29", Sex::Male), // 29 February of a leap year
        ("991231400002", "1999-12-31", Sex::Female), // first weighting gives 10, second gives 2
        ("080831500015", "2008-08-31", Sex::Male),
    ];
    for (text, birth, sex) in rows {
        let iin = Iin::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!((iin.birth_date(), iin.sex()), (d(birth), sex), "{text}");
        assert_eq!(iin.to_string(), text);
    }
}

#[test]
fn spaces_and_hyphens_are_not_part_of_the_number() {
    // As people type and paste it (CLI contract, `iin`): in groups, after the birth date, with a
    // no-break space or an en dash from a document, with spaces around.
    let rows = [
        "0705 1050 1234",
        "070510-501234",
        "070510 501234",
        "0705-1050-1234",
        "07 05 10 50 12 34",
        "0705\u{a0}1050\u{a0}1234",
        "070510\u{2013}501234",
        " 070510501234 ",
        "\t070510501234\n",
    ];
    for text in rows {
        let iin = Iin::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(iin.to_string(), "070510501234", "{text:?}");
        assert_eq!((iin.birth_date(), iin.sex()), (d("2007-05-10"), Sex::Male));
    }
}

#[test]
fn invalid_numbers() {
    let rows = [
        ("", "length"),
        ("92102935085", "length"),
        ("9210293508511", "length"),
        ("92102935085a", "not_digits"),
        ("9210 2935 085", "length"),      // 11 digits in groups
        ("0705 1050 1234 5", "length"),   // 13
        ("9210_2935_0851", "not_digits"), // only spaces and hyphens may stand between
        ("9210.2935.0851", "not_digits"),
        ("+77012345678", "not_digits"), // a telephone number
        ("abc", "not_digits"),
        ("９２１０２９３５０８５１", "not_digits"), // full-width digits: 12 characters, not ASCII
        ("921029050851", "century"),                // 0: foreign or unknown
        ("921029750851", "century"),                // 7: no such century code
        ("920230350851", "date"),                   // 30 February
        ("010229500000", "date"),                   // 29 February 2001, a common year
        ("921029350852", "checksum"),               // one digit off
        ("880229300840", "checksum"),               // both weightings give 10: never valid
        ("880229300849", "checksum"),
    ];
    for (text, code) in rows {
        let err = Iin::parse(text).map(|_| ()).unwrap_err();
        assert_eq!(err.code(), code, "{text:?}");
        let msg = err.message();
        assert!(!msg.kk.is_empty() && !msg.ru.is_empty());
    }
    assert_eq!(
        Iin::parse("123").unwrap_err(),
        IinError::Length { found: 3 }
    );
}

#[test]
fn a_refusal_names_the_field_and_what_it_must_be() {
    let rows = [
        (
            "9210 2935 085",
            "ЖСН 12 цифрдан тұруы керек",
            "ИИН должен состоять из 12 цифр",
        ),
        (
            "9210_2935_0851",
            "ЖСН тек цифрлардан тұруы керек: «_»",
            "ИИН должен состоять только из цифр: «_»",
        ),
        ("921029350852", "ЖСН", "ИИН"),
        ("921029050851", "ЖСН", "ИИН"),
        ("920230350851", "ЖСН", "ИИН"),
    ];
    for (text, kk, ru) in rows {
        let msg = Iin::parse(text).unwrap_err().message();
        assert!(
            msg.kk.contains(kk) && msg.ru.contains(ru),
            "{text}: {msg:?}"
        );
    }
}

#[test]
fn check_digit_rule() {
    // weights 1..11 mod 11; when 10, weights 3..11,1,2 mod 11; a second 10 is invalid.
    let digits = |s: &str| -> [u8; 12] {
        let mut out = [0; 12];
        for (o, c) in out.iter_mut().zip(s.bytes()) {
            *o = c - b'0';
        }
        out
    };
    assert_eq!(
        dayarlyq_rules::iin::check_digit(&digits("921029350851")),
        Some(1)
    );
    assert_eq!(
        dayarlyq_rules::iin::check_digit(&digits("991231400002")),
        Some(2)
    );
    assert_eq!(
        dayarlyq_rules::iin::check_digit(&digits("880229300840")),
        None
    );
}
