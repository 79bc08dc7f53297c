//! Both languages are complete: every namespace file exists in `kk` and `ru`, with the same keys,
//! no empty text, and the same `{{ placeholders }}` in each text.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

const LOCALES: [&str; 2] = ["kk", "ru"];

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// The namespaces (file stems) of one locale.
fn namespaces(locale: &str) -> Vec<String> {
    let dir = locales_dir().join(locale);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "json").then(|| path.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    names
}

/// Every text of a namespace by its dotted key.
fn texts(locale: &str, namespace: &str) -> BTreeMap<String, String> {
    let path = locales_dir().join(locale).join(format!("{namespace}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = BTreeMap::new();
    flatten("", &value, &mut out, &path);
    out
}

fn flatten(prefix: &str, value: &Value, out: &mut BTreeMap<String, String>, path: &Path) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out, path);
            }
        }
        Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
        }
        other => panic!("{}: `{prefix}` is not text: {other}", path.display()),
    }
}

/// The names between `{{` and `}}`, sorted.
fn placeholders(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .split("{{")
        .skip(1)
        .filter_map(|part| {
            part.split_once("}}")
                .map(|(name, _)| name.trim().to_owned())
        })
        .collect();
    names.sort();
    names
}

#[test]
fn both_locales_have_the_same_namespaces() {
    let kk = namespaces("kk");
    assert!(
        kk.contains(&"common".to_owned()) && kk.contains(&"check".to_owned()),
        "{kk:?}"
    );
    assert_eq!(kk, namespaces("ru"));
}

#[test]
fn both_locales_have_every_key_with_text_and_the_same_placeholders() {
    let mut problems = Vec::new();
    for namespace in namespaces("kk") {
        let [kk, ru] = LOCALES.map(|l| texts(l, &namespace));
        for key in kk.keys().filter(|k| !ru.contains_key(*k)) {
            problems.push(format!("{namespace}.{key}: missing in ru"));
        }
        for key in ru.keys().filter(|k| !kk.contains_key(*k)) {
            problems.push(format!("{namespace}.{key}: missing in kk"));
        }
        for (locale, texts) in LOCALES.iter().zip([&kk, &ru]) {
            for (key, text) in texts.iter() {
                if text.trim().is_empty() {
                    problems.push(format!("{namespace}.{key}: empty in {locale}"));
                }
            }
        }
        for (key, kk_text) in &kk {
            if let Some(ru_text) = ru.get(key)
                && placeholders(kk_text) != placeholders(ru_text)
            {
                problems.push(format!("{namespace}.{key}: placeholders differ"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_finds_a_missing_key() {
    // The check above would miss nothing only if flattening reached nested keys.
    let kk = texts("kk", "check");
    assert!(
        kk.contains_key("form.iin_label"),
        "{:?}",
        kk.keys().take(5).collect::<Vec<_>>()
    );
    assert_eq!(placeholders("a {{ date }} b {{age}}"), ["age", "date"]);
}
