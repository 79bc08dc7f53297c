//! What is checked before a document is made, as rows naming the Rules: the training period of
//! app. 6, 11 and 13 (its end after its start; p. 43's length), the characters the PDF's font
//! cannot draw, and the file name's length.

use std::path::Path;
use std::process::Command;

use dayarlyq_documents::glyphs::drawable;
use dayarlyq_documents::pdf::{self, Fonts};
use dayarlyq_documents::{
    CaseFile, Form, Lang, MAX_FILE_NAME, Place, build, file_name, invalid_fields, missing_required,
    text, undrawable_fields, warnings,
};
use dayarlyq_rules::Date;
use dayarlyq_rules::moment::Moment;

fn example() -> CaseFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/tests/data/example-case.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The example with the period `from` – `to`.
fn period(from: &str, to: &str) -> CaseFile {
    let mut case = example();
    case.application.period_from = Some(from.into());
    case.application.period_to = Some(to.into());
    case
}

/// The forms that name the training period.
const PERIOD_FORMS: [Form; 3] = [Form::Application, Form::PaymentNeeded, Form::Referral];

#[test]
fn a_period_that_ends_before_it_starts_is_an_error_at_its_end() {
    // App. 6, 11, 13: "… бастап … дейінгі кезеңде" — a period from its start to its end.
    let case = period("2026-05-04", "2026-05-03");
    for form in PERIOD_FORMS {
        let invalid = invalid_fields(form, &case);
        assert_eq!(invalid.len(), 1, "app. {form}: {invalid:?}");
        let error = &invalid[0];
        assert_eq!(error.place, Place::PeriodTo, "app. {form}");
        assert!(
            error.message.kk.starts_with("«Оқудың аяқталу күні» (application.period_to): 03.05.2026 — оқудың басталу күнінен (04.05.2026) бұрын."),
            "app. {form}: {}",
            error.message.kk
        );
        assert!(
            error.message.ru.starts_with("«Дата окончания обучения» (application.period_to): 03.05.2026 — раньше даты начала обучения (04.05.2026)."),
            "app. {form}: {}",
            error.message.ru
        );
        // The end is not used: its blank stays for a hand, and the form lists it as missing.
        assert_eq!(
            missing_required(form, &case),
            [Place::PeriodTo],
            "app. {form}"
        );
        // No length to speak of: an error, not also a warning.
        assert_eq!(warnings(form, &case), [], "app. {form}");
    }
    let plain = text::render(&build(Form::PaymentNeeded, Lang::Kk, &case));
    assert!(
        plain.contains("2026 жылғы 4 мамырдан бастап 20__ жылғы ___ _______ дейінгі"),
        "{plain}"
    );
    // A one-day period is a period (too short, said below), not an error.
    assert_eq!(
        invalid_fields(Form::Referral, &period("2026-05-04", "2026-05-04")),
        []
    );
}

#[test]
fn a_period_outside_p43_is_a_warning_at_its_end() {
    // p. 43, 2): the paid track's training, which these forms are for (chapter 3), lasts 40 to
    // 46 calendar days, days off included; p. 43, 1): 90 to 100 days is the free track's.
    // (start, end, the days said, or None: no warning)
    let rows: [(&str, &str, Option<&str>); 7] = [
        ("2026-05-04", "2026-06-16", None), // 44 days: the example
        ("2026-05-04", "2026-06-12", None), // 40
        ("2026-05-04", "2026-06-18", None), // 46
        ("2026-05-04", "2026-06-11", Some("39 күнтізбелік күн")), // one short
        ("2026-05-04", "2026-06-19", Some("47 күнтізбелік күн")), // one over
        ("2026-05-04", "2026-08-01", Some("90 күнтізбелік күн")), // the free track's
        ("2026-12-25", "2027-01-03", Some("10 күнтізбелік күн")), // over the new year
    ];
    for (from, to, said) in rows {
        let case = period(from, to);
        for form in PERIOD_FORMS {
            let found = warnings(form, &case);
            assert_eq!(invalid_fields(form, &case), [], "app. {form} {from} – {to}");
            match said {
                None => assert_eq!(found, [], "app. {form} {from} – {to}"),
                Some(days) => {
                    assert_eq!(found.len(), 1, "app. {form} {from} – {to}");
                    assert_eq!(found[0].place, Place::PeriodTo);
                    let (kk, ru) = (&found[0].message.kk, &found[0].message.ru);
                    assert!(kk.contains(days) && kk.contains("40–46"), "{kk}");
                    assert!(kk.contains("Қағидалардың 43-тармағы"), "{kk}");
                    assert!(
                        ru.contains("40–46 календарных дней") && ru.contains("п. 43"),
                        "{ru}"
                    );
                    assert_eq!(kk.contains("90–100"), days.starts_with("90"), "{kk}");
                }
            }
        }
        // The forms without a period say nothing of it.
        for form in [
            Form::Queued,
            Form::Refusal,
            Form::Removal,
            Form::ProactiveRefusal,
        ] {
            assert_eq!(warnings(form, &case), [], "app. {form}");
        }
    }
}

/// A value of every typed kind, with `odd` in it.
fn with(odd: &str) -> CaseFile {
    let mut case = example();
    case.applicant.surname = Some(format!("Қуаңышбаев{odd}"));
    case.applicant.address = Some(format!("Алматы {odd} көшесі"));
    case.applicant.phone = Some(format!("+7 701 {odd}"));
    case.provider.employee = Some(format!("Сейітов Н.Қ.{odd}"));
    case.notice.reason = Some(format!("себеп {odd}"));
    case.application.attachments = vec!["Анықтама".into(), format!("Куәлік {odd}")];
    case
}

#[test]
fn characters_the_pdf_cannot_draw_are_named_at_their_field() {
    // Every blank a person types text into, on every form that has it.
    let case = with("😀中");
    let typed = [
        Place::ApplicantSurname,
        Place::ApplicantAddress,
        Place::ApplicantPhone,
        Place::Employee,
        Place::Reason,
        Place::Attachments,
    ];
    for form in Form::ALL {
        let found = undrawable_fields(form, &case);
        let places: Vec<Place> = found.iter().map(|f| f.place).collect();
        let expected: Vec<Place> = form
            .blanks()
            .iter()
            .copied()
            .filter(|p| typed.contains(p))
            .collect();
        assert_eq!(places, expected, "app. {form}");
        for field in &found {
            assert_eq!(field.value, "😀中");
            assert!(
                field.message.kk.contains(field.place.label(Lang::Kk)),
                "{:?}",
                field.message
            );
            assert!(
                field.message.ru.contains(field.place.label(Lang::Ru)),
                "{:?}",
                field.message
            );
            assert!(
                field.message.kk.contains("«😀» (U+1F600), «中» (U+4E2D)")
                    && field.message.kk.contains("PDF-те шықпайды"),
                "{}",
                field.message.kk
            );
            assert!(
                field.message.ru.contains("в шрифте PDF нет символов"),
                "{}",
                field.message.ru
            );
        }
    }
    // One character: said in the singular.
    let one = undrawable_fields(Form::Queued, &with("😀"));
    assert!(
        one[0]
            .message
            .ru
            .contains("нет символа «😀» (U+1F600): в PDF его не будет")
    );
    // Invisible characters draw nothing anywhere: not named, and left out of the documents.
    assert_eq!(
        undrawable_fields(Form::Application, &with("\u{200b}\u{fe0f}\u{202e}")),
        []
    );
    // The example, every Kazakh letter and the forms' punctuation: nothing to name.
    let kazakh = with("ӘҒҚҢӨҰҮҺІ әғқңөұүһі «»„“ — № 7\u{a0}км ©");
    for form in Form::ALL {
        assert_eq!(undrawable_fields(form, &example()), [], "app. {form}");
        assert_eq!(undrawable_fields(form, &kazakh), [], "app. {form}");
    }
}

#[test]
fn the_forms_own_text_is_all_drawn() {
    // App. 6, 8–11, 13, 14 in both languages: every character of the form's own wording has a
    // glyph (a new template with, say, a non-breaking hyphen fails here, not on paper).
    for form in Form::ALL {
        for lang in Lang::ALL {
            for case in [example(), CaseFile::default()] {
                let plain = text::render(&build(form, lang, &case));
                let missing: Vec<char> = plain
                    .chars()
                    .filter(|c| !c.is_whitespace() && !drawable(*c))
                    .collect();
                assert_eq!(missing, [], "app. {form} {lang:?}");
            }
        }
    }
}

#[test]
fn the_pdf_keeps_every_character_the_check_lets_through() {
    // What is not named is in the PDF's text: the check and the font agree.
    let case = with("ӘҒҚҢӨҰҮҺІ «»„“ — № ©");
    let doc = build(Form::Application, Lang::Kk, &case);
    let made = Moment::local(jiff::civil::datetime(2026, 3, 20, 10, 0, 0, 0));
    let bytes = pdf::render(&doc, Fonts::shared().expect("the fonts"), made).expect("a PDF");
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("checks-drawn.pdf");
    std::fs::write(&path, &bytes).expect("the PDF written");
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) installed");
    let extracted = String::from_utf8_lossy(&out.stdout);
    let flat = extracted.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("ӘҒҚҢӨҰҮҺІ «»„“ — № ©"), "{flat}");
}

#[test]
fn file_names_stay_within_100_characters() {
    // A 420-character surname made a 506-character name that systems refuse to save.
    let date = Date::constant(2026, 3, 20);
    let long = "Қуаңышбаев".repeat(42);
    assert_eq!(long.chars().count(), 420);
    for surname in [
        long.as_str(),
        "Щ".repeat(300).as_str(),
        "Ә-".repeat(200).as_str(),
    ] {
        let mut case = CaseFile::default();
        case.applicant.surname = Some(surname.to_owned());
        for form in Form::ALL {
            let name = file_name(form, &case, date);
            assert!(
                name.len() <= MAX_FILE_NAME,
                "app. {form}: {} chars",
                name.len()
            );
            assert!(name.is_ascii(), "{name}");
            let prefix = format!("qosymsha-{}-", form.code());
            assert!(name.starts_with(&prefix), "{name}");
            assert!(name.ends_with("-2026-03-20.pdf"), "{name}");
            assert!(!name.contains("--"), "{name}");
        }
    }
    // Up to the limit the surname is whole; the longest names are exactly 100 characters.
    let mut case = CaseFile::default();
    case.applicant.surname = Some(long);
    let name = file_name(Form::Referral, &case, date);
    assert_eq!(name.len(), MAX_FILE_NAME, "{name}");
    assert!(
        name.starts_with("qosymsha-13-quanyshbaevquanyshbaev"),
        "{name}"
    );
    case.applicant.surname = Some("Қуаңышбаев".into());
    assert_eq!(
        file_name(Form::Referral, &case, date),
        "qosymsha-13-quanyshbaev-2026-03-20.pdf"
    );
}
