//! The project's own build scripts (the cargo-xtask pattern): `cargo xtask <command>`.
//!
//! Everything a fresh machine needs is installed here, idempotently and version-checked, through
//! cargo, npm and apt only — never by Trunk at build time (it runs `--offline`).

mod bench;
mod fuzz;
mod install;
mod pdf_check;
mod process;
mod site;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use process::{Cmd, Result};

const USAGE: &str = "\
usage: cargo xtask <command>

  serve    install what is missing, build (as dist), serve on http://127.0.0.1:8080
  test     install what is missing, then run every test: native unit and property tests (the
           documents' PDFs then checked by outloud, PDF/UA-1), wasm tests in headless Chromium,
           browser end-to-end tests against the release build
  dist     the release site in dist/: Trunk's build, then icons, integrity, the
           Content-Security-Policy (index.html and _headers) and the service worker;
           DAYARLYQ_FRAME_ANCESTORS=\"'self' https://www.gov.kz\" lets those sites embed it
  install  only install what is missing (toolchain target, trunk, wasm-bindgen-cli, apt, npm,
           the PDF checker from PyPI)
  bench    benchmarks against their budgets: criterion (rules, documents), 100 000 applicants
           through `dayarlyq check --jsonl`, the release site in Chromium (bytes, slow-phone
           load, input to verdict, PDF beside pdf-lib, offline visit); one table in
           target/bench/report.md (`bench [native|jsonl|browser|report]...` runs only those)

  `test [native|wasm|e2e|fuzz]...` runs only the named groups; fuzz: a 30-second smoke of each
  cargo-fuzz target (nightly toolchain; installs cargo-fuzz)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = project_root();
    let result = match args.first().map(String::as_str) {
        Some("install") => install::all(&root),
        Some("dist") => install::all(&root).and_then(|()| dist(&root)),
        Some("serve") => install::all(&root).and_then(|()| serve(&root)),
        Some("test") => install::all(&root).and_then(|()| test(&root, &args[1..])),
        Some("bench") => bench::run(&root, &args[1..]),
        Some("-h" | "--help" | "help") | None => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's directory.
fn project_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// The release site in `dist/`, who may frame it from `DAYARLYQ_FRAME_ANCESTORS`.
fn dist(root: &Path) -> Result {
    build(
        root,
        std::env::var("DAYARLYQ_FRAME_ANCESTORS").ok().as_deref(),
    )
}

/// The release site in `dist/`, built by Trunk offline with the tools `install` put in place,
/// then made deployable ([`site::finish`]); `frame_ancestors` as [`site::frame_ancestors`] reads.
fn build(root: &Path, frame_ancestors: Option<&str>) -> Result {
    process::step("build the release site (trunk build --release)");
    Cmd::new("trunk")
        .args(["build", "--release", "--offline"])
        .dir(root)
        .tools_path(root)
        .run()?;
    site::finish(root, frame_ancestors)
}

/// The release site as it is deployed: `dist/` with its headers (`_headers`: the policy, caching)
/// and its service worker, which `trunk serve` would leave out.
fn serve(root: &Path) -> Result {
    dist(root)?;
    process::step("serve dist/ on http://127.0.0.1:8080 with its _headers (Ctrl-C stops)");
    Cmd::new("node")
        .args(["tests/e2e/serve.mjs", "dist", "8080"])
        .dir(root)
        .tools_path(root)
        .run()
}

/// Every test. `cargo xtask test [native|wasm|e2e|fuzz]...` runs only the named groups.
fn test(root: &Path, only: &[String]) -> Result {
    let wants = |group: &str| only.is_empty() || only.iter().any(|g| g == group);
    if wants("native") {
        process::step("native tests (unit, property, CLI, documents)");
        pdf_check::clear(root);
        Cmd::new("cargo")
            .args(["test", "--workspace", "--locked"])
            .dir(root)
            .run()?;
        pdf_check::run(root)?;
    }
    if wants("wasm") {
        process::step("wasm tests of the rules in headless Chromium (wasm-bindgen-test)");
        Cmd::new("cargo")
            .args([
                "test",
                "--locked",
                "--package",
                "dayarlyq-rules",
                "--target",
                "wasm32-unknown-unknown",
                "--test",
                "wasm",
            ])
            .dir(root.join("crates/rules"))
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
            .run()?;
    }
    if wants("e2e") {
        // The embedding tests' host page is served on the next port: it may frame the app.
        let port: u16 = std::env::var("DAYARLYQ_TEST_PORT")
            .ok()
            .and_then(|p| p.parse().ok())
            .unwrap_or(8081);
        let ancestors = std::env::var("DAYARLYQ_FRAME_ANCESTORS")
            .unwrap_or_else(|_| format!("'self' http://127.0.0.1:{}", port.saturating_add(1)));
        build(root, Some(&ancestors))?;
        // Some browser tests compare the page with `dayarlyq check` (`cargo run -p
        // dayarlyq-cli`): built here, so that no test waits on a compilation.
        process::step("the command-line tool the browser tests compare with (cargo build)");
        Cmd::new("cargo")
            .args(["build", "--locked", "-p", "dayarlyq-cli"])
            .dir(root)
            .run()?;
        process::step("browser end-to-end tests against the release build (Playwright, Chromium)");
        Cmd::new("npx")
            .args(["--no-install", "playwright", "test"])
            .dir(root)
            .tools_path(root)
            .run()?;
    }
    if wants("fuzz") {
        fuzz::smoke(root)?;
    }
    Ok(())
}
