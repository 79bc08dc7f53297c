//! `dayarlyq render --form 4`, run as a program, as shared/contracts/CLI.md writes it: the list
//! file's people in Kazakh alphabetical order, the head count filled in, the people the free track
//! does not admit left out and named on stderr, the p. 11 warning; bad values exit 2 naming them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../documents/tests/data/nominal-list.json")
}

fn out(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("nominal");
    std::fs::create_dir_all(&dir).expect("a folder");
    dir.join(name)
}

fn render(data: &Path, lang: &str, format: &str, to: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dayarlyq"))
        .args([
            "render", "--form", "4", "--lang", lang, "--format", format, "--data",
        ])
        .arg(data)
        .arg("--out")
        .arg(to)
        .output()
        .expect("run dayarlyq")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn the_list_in_both_languages_and_formats() {
    for lang in ["kk", "ru"] {
        for format in ["pdf", "html"] {
            let to = out(&format!("4-{lang}.{format}"));
            let _ = std::fs::remove_file(&to);
            let o = render(&fixture(), lang, format, &to);
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
            let bytes = std::fs::read(&to).expect("the file written");
            if format == "pdf" {
                assert!(bytes.starts_with(b"%PDF-"));
            } else {
                let html = String::from_utf8(bytes).expect("UTF-8");
                let count = if lang == "kk" {
                    "Құрамы <span class=\"dq-filled\">12</span> адамнан"
                } else {
                    "в составе <span class=\"dq-filled\">12</span> человек"
                };
                assert!(html.contains(count), "{html}");
            }
            // Those the check leaves out, by their place in the file and the paragraph.
            let e = stderr(&o);
            assert!(
                e.contains("people[3] (Ілиясов Дәурен): not_eligible"),
                "{e}"
            );
            assert!(e.contains("age (p. 10)"), "{e}");
            assert!(
                e.contains("people[10] (Жүсіпов Арман Ерланұлы): not_yet"),
                "{e}"
            );
            assert!(e.contains("guardian_consent (p. 12)"), "{e}");
        }
    }
}

#[test]
fn the_contracts_example_renders() {
    // The shape of shared/contracts/CLI.md, as written there.
    let data = out("contract.json");
    std::fs::write(
        &data,
        r#"{"nominal_list": {
  "military_body": "ЖӘБО", "organization": "Орталық", "specialty": "Жүргізуші",
  "training_start": "2027-02-01", "training_end": "2027-05-10", "date": "2027-01-20",
  "people": [{"surname": "Әлиев", "name": "Нұрлан", "patronymic": "Серікұлы", "birth_date": "2008-05-01",
              "education": "general_secondary", "workplace": "жұмыссыз", "address": "Алматы"}]}}"#,
    )
    .expect("write");
    let to = out("contract.html");
    let o = render(&data, "kk", "html", &to);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = std::fs::read_to_string(&to).expect("written");
    assert!(html.contains("Нұрлан Серікұлы Әлиев"));
    assert!(html.contains("Құрамы <span class=\"dq-filled\">1</span>"));
    // No fitness in the file: not checked, said, and in the list.
    assert!(
        stderr(&o).contains("people[0].fitness is not filled"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn late_lists_are_warned_and_bad_values_named() {
    let text = std::fs::read_to_string(fixture()).expect("fixture");
    // p. 11: drawn on 25 January for a start on 1 February.
    let late = out("late.json");
    std::fs::write(&late, text.replace("\"2027-01-20\"", "\"2027-01-25\"")).expect("write");
    let o = render(&late, "kk", "html", &out("late.html"));
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("(p. 11)"), "{}", stderr(&o));
    assert!(stderr(&o).contains("2027-01-22"), "{}", stderr(&o));

    let bad = out("bad.json");
    std::fs::write(
        &bad,
        text.replace("\"2008-03-02\"", "\"02.03.2008\"")
            .replace("\"vocational\"", "\"college\""),
    )
    .expect("write");
    let o = render(&bad, "kk", "pdf", &out("bad.pdf"));
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("nominal_list.people[1].birth_date"), "{e}");
    assert!(e.contains("nominal_list.people[4].education"), "{e}");
    assert!(!out("bad.pdf").exists());

    let wrong = out("wrong.json");
    std::fs::write(&wrong, r#"{"nominal_list": {"people": [{"keep": "yes"}]}}"#).expect("write");
    let o = render(&wrong, "kk", "html", &out("wrong.html"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("people[0].keep"), "{}", stderr(&o));

    let case = out("case.json");
    std::fs::write(&case, r#"{"applicant": {}}"#).expect("write");
    let o = render(&case, "kk", "html", &out("case.html"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nominal_list"), "{}", stderr(&o));
}
