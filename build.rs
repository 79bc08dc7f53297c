//! Generates the `i18n` module from `locales/{kk,ru}/*.json` (leptos_i18n's build-time codegen).
//! Kazakh is the default locale. Each part of the app has its own namespace, one file per locale:
//! every `locales/kk/<namespace>.json` is a namespace, so a new part adds its files and nothing
//! else (`tests/locales.rs` checks that both locales have the same keys).

use std::error::Error;
use std::path::{Path, PathBuf};

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=locales");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("i18n");
    let cfg = Config::new("kk")?
        .add_locale("ru")?
        .add_namespaces(namespaces(Path::new("locales/kk"))?)?
        .parse_options(ParseOptions::default().interpolate_display(true));
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(out)?;
    Ok(())
}

/// The stems of the `.json` files in `dir`, sorted.
fn namespaces(dir: &Path) -> Result<Vec<String>, Box<dyn Error>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json")
            && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
        {
            names.push(stem.to_owned());
        }
    }
    names.sort();
    Ok(names)
}
