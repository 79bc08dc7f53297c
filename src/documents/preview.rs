//! The live preview: the documents crate's HTML of the form, as it prints. The fragment is put in
//! the page as markup; every text in it, what a person typed above all, is escaped by the crate
//! (`html::render`), which the tests below hold it to.

use dayarlyq_documents::blanks::for_document;
use dayarlyq_documents::{CaseFile, Form, Lang, build, html};

/// The document's HTML for the preview and the print.
pub fn preview_html(form: Form, lang: Lang, case: &CaseFile) -> String {
    html::render(&build(form, lang, &for_document(case, lang)))
}

#[cfg(test)]
mod tests {
    use dayarlyq_documents::Place;
    use dayarlyq_rules::case_file::{Kind, SlotMut};

    use super::*;

    const HOSTILE: [&str; 5] = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "' onmouseover='alert(1)",
        "&lt;b&gt; &amp; </article><style>*{}</style>",
    ];

    /// The tags and attributes the crate writes; anything else came from the input.
    const TAGS: [&str; 8] = ["article", "div", "p", "h2", "span", "footer", "wbr", "br"];
    const ATTRIBUTES: [&str; 4] = ["class", "lang", "data-form", "data-field"];

    /// Every text blank of `case` holds `value`.
    fn hostile_case(value: &str) -> CaseFile {
        let mut case = CaseFile::default();
        for &place in Place::ALL {
            if let SlotMut::Text(slot) = case.slot_mut(place) {
                *slot = Some(value.to_owned());
            }
        }
        case.application.attachments = vec![value.to_owned(), value.to_owned()];
        case
    }

    /// The tags of `html` and their attribute names, read the way a browser starts to.
    fn tags(html: &str) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            rest = &rest[start + 1..];
            let end = rest.find('>').unwrap_or(rest.len());
            let inside = &rest[..end];
            let inside = inside.trim_start_matches('/');
            let name: String = inside
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let mut attributes = Vec::new();
            let mut attrs = &inside[name.len()..];
            while let Some(eq) = attrs.find('=') {
                let key = attrs[..eq].trim().to_owned();
                attributes.push(key);
                let value = &attrs[eq + 1..];
                let Some(quoted) = value.strip_prefix('"') else {
                    attributes.push(format!("unquoted value: {value}"));
                    break;
                };
                let close = quoted.find('"').unwrap_or(quoted.len());
                attrs = &quoted[(close + 1).min(quoted.len())..];
            }
            out.push((name.to_ascii_lowercase(), attributes));
            rest = &rest[end..];
        }
        out
    }

    #[test]
    fn what_is_typed_stays_text_in_every_form() {
        // Hostile input in every blank, every form (app. 6, 8–11, 13, 14), both languages:
        // only the crate's own tags and attributes appear, and the text is there, escaped.
        for value in HOSTILE {
            let case = hostile_case(value);
            for form in Form::ALL {
                for lang in Lang::ALL {
                    let out = preview_html(form, lang, &case);
                    for (tag, attributes) in tags(&out) {
                        assert!(
                            TAGS.contains(&tag.as_str()),
                            "app. {form} {lang:?}: <{tag}> from {value}"
                        );
                        for a in attributes {
                            assert!(
                                ATTRIBUTES.contains(&a.as_str()),
                                "app. {form} {lang:?}: {a} from {value}"
                            );
                        }
                    }
                    let escaped = html::escape(value);
                    let shows_text = form
                        .blanks()
                        .iter()
                        .any(|p| matches!(p.kind(), Kind::Text | Kind::Phone | Kind::List));
                    if shows_text {
                        assert!(
                            out.contains(&escaped),
                            "app. {form} {lang:?}: {escaped} not shown"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_checker_sees_a_tag_that_is_not_the_crates() {
        // The test above would pass on anything if `tags` missed what a browser would parse.
        let found = tags("<p class=\"dq-body\">a <img src=x onerror=alert(1)> b</p>");
        assert_eq!(found[1].0, "img");
        assert!(found[1].1.iter().any(|a| a.starts_with("unquoted")));
        let found = tags("<span class=\"a\" onclick=\"x\">");
        assert_eq!(found[0].1, ["class", "onclick"]);
    }

    #[test]
    fn the_preview_is_the_filled_form() {
        // App. 6 from the example case: the typed values are in the preview.
        let case: CaseFile = serde_json::from_str(include_str!(
            "../../crates/rules/tests/data/example-case.json"
        ))
        .unwrap();
        let kk = preview_html(Form::Application, Lang::Kk, &case);
        for value in [
            "Қуаңышбаев",
            "Әбілғазы",
            "Алматы облысы",
            "+7 701 234 56 78",
            "мамырдан</span> бастап",
        ] {
            assert!(kk.contains(value), "{value}");
        }
        assert!(kk.starts_with("<article class=\"dq-doc\" lang=\"kk\" data-form=\"6\">"));
    }
}
