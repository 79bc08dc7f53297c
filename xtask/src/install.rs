//! Installs what the project needs, only what is missing, each at the version it needs.

use std::path::Path;

use crate::pdf_check;
use crate::process::{self, Cmd, Result};

/// Trunk 0.22 needs rustc 1.96; 0.21.14 is the newest that builds on our 1.95.
const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// cargo-fuzz, for the fuzz group of the tests; it builds on the nightly toolchain.
const CARGO_FUZZ_VERSION: &str = "0.13.2";
/// Debian packages: the browser and its driver for the browser tests; poppler for reading
/// PDFs back in tests; Liberation 2 and fontTools to regenerate the trimmed PDF fonts;
/// librsvg's rsvg-convert for the app's PNG icons, made from the SVG at each build; Python's
/// venv for the PDF checker ([`pdf_checker`]).
const APT_PACKAGES: &[&str] = &[
    "chromium",
    "chromium-driver",
    "poppler-utils",
    "fonts-liberation2",
    "fonttools",
    "librsvg2-bin",
    "python3-venv",
];

pub fn all(root: &Path) -> Result {
    wasm_target()?;
    trunk(root)?;
    wasm_bindgen(root)?;
    apt()?;
    npm(root)?;
    pdf_checker(root)?;
    Ok(())
}

fn wasm_target() -> Result {
    let installed = Cmd::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    if installed.is_some_and(|t| t.lines().any(|l| l.trim() == WASM_TARGET)) {
        return Ok(());
    }
    process::step("install the wasm32 target");
    Cmd::new("rustup")
        .args(["target", "add", WASM_TARGET])
        .run()
}

/// The installed version of a cargo-installed tool, from `<tool> --version` ("trunk 0.21.14").
fn tool_version(root: &Path, tool: &str) -> Option<String> {
    let out = Cmd::new(tool)
        .tools_path(root)
        .args(["--version"])
        .output()?;
    out.split_whitespace().nth(1).map(str::to_owned)
}

fn trunk(root: &Path) -> Result {
    if tool_version(root, "trunk").as_deref() == Some(TRUNK_VERSION) {
        return Ok(());
    }
    process::step("install trunk (about 7 minutes the first time)");
    Cmd::new("cargo")
        .args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"])
        .run()
}

/// wasm-bindgen-cli must be exactly the `wasm-bindgen` of Cargo.lock. Installed without
/// `--locked`: a locked dependency of some releases is missing from the registry.
fn wasm_bindgen(root: &Path) -> Result {
    let want = locked_version(root, "wasm-bindgen")?;
    if tool_version(root, "wasm-bindgen").as_deref() == Some(want.as_str()) {
        return Ok(());
    }
    process::step(&format!("install wasm-bindgen-cli {want}"));
    Cmd::new("cargo")
        .args(["install", "wasm-bindgen-cli", "--version", &want, "--force"])
        .run()
}

/// cargo-fuzz at [`CARGO_FUZZ_VERSION`], and a nightly toolchain to run it on (not installed
/// here: the machine's nightly is used as it is). Only the fuzz group of the tests needs them.
pub fn cargo_fuzz(root: &Path) -> Result {
    let toolchains = Cmd::new("rustup").args(["toolchain", "list"]).output();
    if !toolchains.is_some_and(|t| t.lines().any(|l| l.starts_with("nightly"))) {
        return Err(
            "the fuzz tests need a nightly toolchain (`rustup toolchain install nightly`)".into(),
        );
    }
    if tool_version(root, "cargo-fuzz").as_deref() == Some(CARGO_FUZZ_VERSION) {
        return Ok(());
    }
    process::step(&format!(
        "install cargo-fuzz {CARGO_FUZZ_VERSION} (about 2 minutes)"
    ));
    Cmd::new("cargo")
        .args([
            "install",
            "cargo-fuzz",
            "--version",
            CARGO_FUZZ_VERSION,
            "--locked",
        ])
        .run()
}

/// The version Cargo.lock holds for `package`.
pub fn locked_version(root: &Path, package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == name_line
            && let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
        {
            return Ok(v.trim_matches('"').to_owned());
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

fn apt() -> Result {
    let missing: Vec<&str> = APT_PACKAGES
        .iter()
        .copied()
        .filter(|p| {
            Cmd::new("dpkg-query")
                .args(["-W", "-f=${Status}", p])
                .output()
                .is_none_or(|s| !s.contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    process::step(&format!("install Debian packages: {}", missing.join(" ")));
    let sudo = Cmd::new("id")
        .args(["-u"])
        .output()
        .is_none_or(|u| u.trim() != "0");
    let apt_get = |args: &[&str]| {
        let cmd = if sudo {
            Cmd::new("sudo").args(["apt-get"])
        } else {
            Cmd::new("apt-get")
        };
        cmd.args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .run()
    };
    apt_get(&["update", "-q"])?;
    let mut args = vec!["install", "-y", "-q", "--no-install-recommends"];
    args.extend(&missing);
    apt_get(&args)
}

/// The independent checker of the PDFs (outloud, from PyPI) in a virtual environment of its
/// own, at the versions of `tests/pdf/requirements.txt`; made again when that file changes.
fn pdf_checker(root: &Path) -> Result {
    let requirements = std::fs::read(root.join(pdf_check::REQUIREMENTS))
        .map_err(|e| format!("cannot read {}: {e}", pdf_check::REQUIREMENTS))?;
    let venv = pdf_check::venv(root);
    let stamp_path = venv.join(".dayarlyq-requirements");
    if std::fs::read(&stamp_path).is_ok_and(|s| s == requirements) {
        return Ok(());
    }
    process::step("install the PDF checker (outloud, pip, in target/pdf-check/venv)");
    Cmd::new("python3")
        .args(["-m", "venv", "--clear"])
        .args([&venv])
        .run()?;
    Cmd::new(venv.join("bin/pip"))
        .args([
            "install",
            "--quiet",
            "--no-deps",
            "--only-binary",
            ":all:",
            "-r",
        ])
        .args([root.join(pdf_check::REQUIREMENTS)])
        .run()?;
    std::fs::write(&stamp_path, requirements)
        .map_err(|e| format!("cannot write the PDF checker's stamp: {e}"))
}

/// `npm ci` when node_modules does not match package-lock.json.
fn npm(root: &Path) -> Result {
    let lock = std::fs::read(root.join("package-lock.json"))
        .map_err(|e| format!("cannot read package-lock.json: {e}"))?;
    let stamp_path = root.join("node_modules/.dayarlyq-lock");
    if std::fs::read(&stamp_path).is_ok_and(|s| s == lock) {
        return Ok(());
    }
    process::step("install npm packages (npm ci)");
    Cmd::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .dir(root)
        .run()?;
    std::fs::write(&stamp_path, lock).map_err(|e| format!("cannot write the npm stamp: {e}"))
}
