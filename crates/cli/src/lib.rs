//! The code of `dayarlyq` as a library: the binary (`main.rs`) dispatches to these modules, and
//! the fuzz targets (`fuzz/`) call the same JSON readers the commands use (`check::judge_text`,
//! `timeline::timeline_json`), so what is fuzzed is what runs.

pub mod check;
pub mod input;
#[cfg(test)]
mod json_bytes;
pub mod link;
pub mod nominal;
pub mod render;
pub mod timeline;
mod verdict_json;
