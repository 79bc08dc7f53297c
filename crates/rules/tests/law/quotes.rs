//! The Rules' own words: every quote the product shows is verbatim in the Kazakh text of Order
//! No. 357 (ed. No. 1509), every citation a decision makes is quoted, and the fee of app. 12
//! item 6 is the quoted amount.

use dayarlyq_rules::quotes::{EXTRACTION_REPAIRS, QUOTES};

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_quote_is_in_the_rules() {
    let mut source = normalise(include_str!("../data/order-357-kk.txt"));
    for (extracted, repaired) in EXTRACTION_REPAIRS {
        assert!(
            source.contains(extracted),
            "repair not needed any more: {extracted}"
        );
        source = source.replace(extracted, repaired);
    }
    for q in QUOTES {
        assert!(
            source.contains(&normalise(q.text)),
            "{} is not verbatim",
            q.cite
        );
    }
}

#[test]
fn the_copy_is_the_shared_text() {
    // The tests read a copy kept in the repository; it must stay the shared regulation text.
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/regulation/order-357-kk.txt"
    );
    if let Ok(text) = std::fs::read_to_string(shared) {
        assert_eq!(text, include_str!("../data/order-357-kk.txt"));
    }
}

#[test]
fn fee_is_the_quoted_amount() {
    // app. 12 item 6: 390 000 tenge.
    use dayarlyq_rules::track::{PAID_TRAINING_FEE_CITATION, PAID_TRAINING_FEE_TENGE};
    let quote = dayarlyq_rules::quotes::quote(PAID_TRAINING_FEE_CITATION).unwrap();
    let shown = format!(
        "{} {:03} теңге",
        PAID_TRAINING_FEE_TENGE / 1000,
        PAID_TRAINING_FEE_TENGE % 1000
    );
    assert!(quote.contains(&shown), "{shown}");
}

#[test]
fn every_citation_used_is_quoted() {
    use dayarlyq_rules::citation::Citation;
    for cite in [
        Citation::paragraph(10),
        Citation::paragraph(11),
        Citation::paragraph(12),
        Citation::paragraph(19),
        Citation::paragraph(21),
        Citation::paragraph(22),
        Citation::paragraph(23),
        Citation::paragraph(43),
        Citation::paragraph(44),
        Citation::paragraph(45),
        Citation::appendix(7, 3),
        Citation::appendix(7, 7),
        Citation::appendix(7, 10),
        Citation::appendix(12, 3),
        Citation::appendix(12, 6),
        Citation::Appendix(11),
    ] {
        assert!(dayarlyq_rules::quotes::quote(cite).is_some(), "{cite}");
    }
}
