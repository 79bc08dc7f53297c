//! `dayarlyq render`, run as a program (shared/contracts/CLI.md): every form in both languages
//! and both formats writes its file with exit 0; a bad argument or bad data exits 2 with a
//! message naming it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FORMS: [&str; 7] = ["6", "8", "9", "10", "11", "13", "14"];

fn example() -> PathBuf {
    // shared/ lies beside the repository, here and in CI.
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/tests/data/example-case.json")
}

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("render");
    std::fs::create_dir_all(&dir).expect("a folder for the output");
    dir
}

fn render(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dayarlyq"))
        .arg("render")
        .args(args)
        .output()
        .expect("run dayarlyq")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit 2, nothing written, and a message on stderr that names `what`.
fn rejected(o: &Output, what: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    assert!(
        stderr(o).contains(what),
        "the message does not name {what}: {}",
        stderr(o)
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn every_form_language_and_format_from_the_example() {
    let example = example();
    let data = example.to_str().expect("a UTF-8 path");
    for form in FORMS {
        for lang in ["kk", "ru"] {
            for format in ["pdf", "html"] {
                let out = out_dir().join(format!("{form}-{lang}.{format}"));
                let _ = std::fs::remove_file(&out);
                let o = render(&[
                    "--form",
                    form,
                    "--lang",
                    lang,
                    "--format",
                    format,
                    "--data",
                    data,
                    "--out",
                    out.to_str().expect("a UTF-8 path"),
                ]);
                assert_eq!(
                    o.status.code(),
                    Some(0),
                    "app. {form} {lang} {format}: {}",
                    stderr(&o)
                );
                // The example fills every required blank: nothing to warn about.
                assert!(o.stderr.is_empty(), "{}", stderr(&o));
                let bytes = std::fs::read(&out).expect("the file written");
                match format {
                    "pdf" => {
                        assert!(bytes.starts_with(b"%PDF-"));
                        assert!(
                            bytes.windows(5).rev().take(16).any(|w| w == b"%%EOF"),
                            "a whole PDF"
                        );
                    }
                    _ => {
                        let html = String::from_utf8(bytes).expect("UTF-8 HTML");
                        assert!(html.starts_with("<!DOCTYPE html>"));
                        assert!(html.contains(&format!("<html lang=\"{lang}\">")));
                        assert!(html.contains(&format!("data-form=\"{form}\"")));
                        assert!(
                            html.contains("Қуаңышбаев") || matches!(form, "9" | "10" | "11" | "14")
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn without_data_the_blank_form_is_written_and_the_missing_fields_listed() {
    let out = out_dir().join("blank-8.html");
    let o = render(&[
        "--form",
        "8",
        "--lang",
        "kk",
        "--format",
        "html",
        "--out",
        out.to_str().expect("UTF-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = std::fs::read_to_string(&out).expect("the file written");
    assert!(html.contains("class=\"dq-blank\""));
    // App. 8 needs the registration number, the date, the name, the queue number, the provider
    // and the employee; stderr says which are blank, by their case-file key.
    for field in [
        "notice.registration_number",
        "notice.queue_number",
        "applicant.surname",
        "provider.employee",
    ] {
        assert!(stderr(&o).contains(field), "{field}: {}", stderr(&o));
    }
    assert!(!stderr(&o).contains("applicant.patronymic"));
}

#[test]
fn arguments_are_checked() {
    let out = out_dir().join("never.pdf");
    let out = out.to_str().expect("UTF-8");
    let rows: [(&[&str], &str); 11] = [
        (
            &[
                "--form", "7", "--lang", "kk", "--format", "pdf", "--out", out,
            ],
            "--form",
        ),
        (
            &[
                "--form", "six", "--lang", "kk", "--format", "pdf", "--out", out,
            ],
            "--form",
        ),
        (&["--lang", "kk", "--format", "pdf", "--out", out], "--form"),
        (
            &[
                "--form", "6", "--lang", "en", "--format", "pdf", "--out", out,
            ],
            "--lang",
        ),
        (&["--form", "6", "--format", "pdf", "--out", out], "--lang"),
        (
            &[
                "--form", "6", "--lang", "kk", "--format", "docx", "--out", out,
            ],
            "--format",
        ),
        (&["--form", "6", "--lang", "kk", "--out", out], "--format"),
        (&["--form", "6", "--lang", "kk", "--format", "pdf"], "--out"),
        (
            &["--form", "6", "--lang", "kk", "--format", "pdf", "--out"],
            "--out",
        ),
        (
            &[
                "--form", "6", "--lang", "kk", "--format", "pdf", "--out", out, "--colour", "red",
            ],
            "--colour",
        ),
        (
            &[
                "--form",
                "6",
                "--lang",
                "kk",
                "--format",
                "pdf",
                "--out",
                "/nonexistent-dir/x.pdf",
            ],
            "--out",
        ),
    ];
    for (args, named) in rows {
        rejected(&render(args), named);
    }
    assert!(!Path::new(out).exists());
    // `--name=value` works as well as `--name value`.
    let o = render(&[
        "--form=11",
        "--lang=ru",
        "--format=pdf",
        &format!("--out={out}"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let _ = std::fs::remove_file(out);
}

#[test]
fn bad_data_is_named() {
    let dir = out_dir();
    let out = dir.join("never.html");
    let out = out.to_str().expect("UTF-8");
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write the data");
        path.to_str().expect("UTF-8").to_owned()
    };
    let rows = [
        (
            dir.join("missing.json").to_str().expect("UTF-8").to_owned(),
            "--data",
            "8",
        ),
        (write("not-json.json", "{\"applicant\": "), "--data", "8"),
        (write("array.json", "[1, 2]"), "--data", "8"),
        (
            write("type.json", r#"{"notice": {"queue_number": "seventeen"}}"#),
            "notice.queue_number",
            "8",
        ),
        (
            write(
                "date.json",
                r#"{"application": {"period_from": "4 мамыр 2026"}}"#,
            ),
            "application.period_from",
            "11",
        ),
        (
            write(
                "moment.json",
                r#"{"notice": {"arrival_at": "2026-05-04 9:00"}}"#,
            ),
            "notice.arrival_at",
            "13",
        ),
        // App. 11, 13: a training period that ends before it starts is no period.
        (
            write(
                "period.json",
                r#"{"application": {"period_from": "2026-05-04", "period_to": "2026-05-03"}}"#,
            ),
            "application.period_to",
            "11",
        ),
        (
            write(
                "period.json",
                r#"{"application": {"period_from": "2026-05-04", "period_to": "2026-05-03"}}"#,
            ),
            "03.05.2026",
            "13",
        ),
    ];
    for (data, named, form) in rows {
        rejected(
            &render(&[
                "--form", form, "--lang", "kk", "--format", "html", "--data", &data, "--out", out,
            ]),
            named,
        );
    }
    assert!(!Path::new(out).exists());
}

#[test]
fn hostile_data_stays_text_in_the_html() {
    let dir = out_dir();
    let data = dir.join("hostile.json");
    std::fs::write(&data, r#"{"applicant": {"surname": "<script>alert(1)</script>", "name": "<img src=x onerror=alert(1)>"}}"#)
        .expect("write the data");
    let out = dir.join("hostile.html");
    let o = render(&[
        "--form",
        "13",
        "--lang",
        "kk",
        "--format",
        "html",
        "--data",
        data.to_str().expect("UTF-8"),
        "--out",
        out.to_str().expect("UTF-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = std::fs::read_to_string(&out).expect("the file written");
    assert!(
        !html.contains("<script") && !html.contains("<img"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn the_complaint_of_p45_is_rendered_from_a_case_file() {
    // P. 45: `--form complaint`, the letter against app. 9, in both languages and formats.
    let data =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../documents/tests/data/complaint-case.json");
    let data = data.to_str().expect("UTF-8");
    for lang in ["kk", "ru"] {
        for format in ["pdf", "html"] {
            let out = out_dir().join(format!("complaint-{lang}.{format}"));
            let o = render(&[
                "--form",
                "complaint",
                "--lang",
                lang,
                "--format",
                format,
                "--data",
                data,
                "--out",
                out.to_str().expect("UTF-8"),
            ]);
            assert_eq!(o.status.code(), Some(0), "{lang} {format}: {}", stderr(&o));
            assert!(o.stderr.is_empty(), "every blank filled: {}", stderr(&o));
            let bytes = std::fs::read(&out).expect("the file written");
            if format == "html" {
                let html = String::from_utf8(bytes).expect("UTF-8");
                assert!(html.contains("data-form=\"complaint\""));
                assert!(html.contains("02-17/4589") && html.contains("921029350851"));
            } else {
                assert!(bytes.starts_with(b"%PDF-"));
            }
        }
    }
    // Without data: the blank letter, and the fields it needs named by their keys.
    let out = out_dir().join("complaint-blank.html");
    let o = render(&[
        "--form",
        "complaint",
        "--lang",
        "kk",
        "--format",
        "html",
        "--out",
        out.to_str().expect("UTF-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for field in ["complaint.against", "complaint.grounds", "applicant.iin"] {
        assert!(stderr(&o).contains(field), "{field}: {}", stderr(&o));
    }
}
