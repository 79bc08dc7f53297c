//! `cargo xtask test fuzz`: a short smoke run of every cargo-fuzz target of `fuzz/`.
//!
//! The long runs are done by hand (`cargo +nightly fuzz run <target> -- -timeout=2`, see
//! `fuzz/README.md`); here each target runs for [`SMOKE_SECONDS`] from its corpus in git, so a
//! change that makes an old input panic or hang fails the tests. New inputs go to a scratch
//! directory under the target directory: the corpus in git stays as it is.
//!
//! The smoke builds without AddressSanitizer (`-s none`): our crates hold no `unsafe`, what
//! the smoke looks for is a panic or a hang, and the sanitizer's build takes 40% longer (about
//! 9.5 CPU-minutes instead of 7 on two cores), which CI's time cannot spare. The long runs by
//! hand use it (the default).

use std::path::Path;

use crate::install;
use crate::process::{self, Cmd, Result, target_dir};

/// The targets of `fuzz/Cargo.toml`.
pub const TARGETS: &[&str] = &["iin", "moment", "case_file", "cli_json"];

/// How long each target runs in the smoke test.
const SMOKE_SECONDS: u32 = 30;

/// An input that takes longer than this, in seconds, is a hang.
const TIMEOUT_SECONDS: u32 = 2;

pub fn smoke(root: &Path) -> Result {
    install::cargo_fuzz(root)?;
    process::step("build the fuzz targets (nightly, no sanitizer)");
    Cmd::new("cargo")
        .args(["+nightly", "fuzz", "build", "--sanitizer", "none"])
        .dir(root)
        .tools_path(root)
        .run()?;
    for target in TARGETS {
        process::step(&format!("fuzz {target} for {SMOKE_SECONDS} s"));
        let scratch = target_dir(root).join("fuzz-smoke").join(target);
        let _ = std::fs::remove_dir_all(&scratch);
        std::fs::create_dir_all(&scratch)
            .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
        let corpus = root.join("fuzz/corpus").join(target);
        // A target whose corpus is not in git yet starts from nothing rather than failing.
        let mut seeds = Vec::new();
        if corpus.is_dir() {
            seeds.push(corpus.display().to_string());
        }
        let mut args = vec![
            "+nightly".to_owned(),
            "fuzz".to_owned(),
            "run".to_owned(),
            "--sanitizer".to_owned(),
            "none".to_owned(),
            (*target).to_owned(),
            scratch.display().to_string(),
        ];
        args.extend(seeds);
        args.extend([
            "--".to_owned(),
            format!("-max_total_time={SMOKE_SECONDS}"),
            format!("-timeout={TIMEOUT_SECONDS}"),
            "-print_final_stats=1".to_owned(),
        ]);
        let dict = root.join("fuzz/dict").join(format!("{target}.dict"));
        if dict.is_file() {
            args.push(format!("-dict={}", dict.display()));
        }
        Cmd::new("cargo")
            .args(args)
            .dir(root)
            .tools_path(root)
            .run()?;
    }
    Ok(())
}
