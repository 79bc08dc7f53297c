//! `dayarlyq render`: placeholder until the documents crate provides the renderer.

use std::io::Write as _;
use std::process::ExitCode;

/// Runs `dayarlyq render ARGS…`.
pub fn run(_args: &[String]) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "render: not yet available");
    ExitCode::from(2)
}
