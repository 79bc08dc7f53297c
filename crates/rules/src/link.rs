//! A case file carried in an address: the hand-off from one device to another with no server
//! (`dayarlyq link`, the app's "copy a link to these answers").
//!
//! The address is the app's, with the case file in its fragment: `#case=` and the case file's
//! compact JSON, compressed (raw DEFLATE, RFC 1951) and written in base64url without padding
//! (RFC 4648 §5). A browser never sends the fragment to any server; the app reads it with the
//! browser's own `DecompressionStream("deflate-raw")`, so the first load carries no inflater. The
//! encoding and decoding here (feature `link`, off for the web app) are the command line's and the
//! tests'.

#[cfg(feature = "link")]
use crate::case_file::CaseFile;

/// What starts the fragment of a link (after `#`). The app's routes start with `/`, so the two
/// cannot be mistaken for each other.
pub const FRAGMENT_KEY: &str = "case=";

/// The largest case file a link may unpack to: a case file is a few hundred bytes; anything
/// bigger is not one of ours (and a small link cannot be made to inflate without bound).
pub const MAX_JSON_BYTES: usize = 64 * 1024;

/// Why an address does not hold a case file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("the address has no `#{FRAGMENT_KEY}` fragment")]
    NoFragment,
    #[error("the fragment is not base64url")]
    Base64,
    #[error(
        "the fragment does not unpack (raw DEFLATE), or unpacks to more than {MAX_JSON_BYTES} bytes"
    )]
    Inflate,
    #[error("the fragment does not hold a case file: {0}")]
    Json(String),
}

/// The fragment's value (after [`FRAGMENT_KEY`]) for `case`.
#[cfg(feature = "link")]
pub fn payload(case: &CaseFile) -> String {
    use base64::Engine as _;
    // A case file of strings serialises without fail; an empty object would do if it ever did not.
    let json = serde_json::to_vec(case).unwrap_or_else(|_| b"{}".to_vec());
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 10);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
}

/// The address under `base` that opens the app with `case`: `base` without its own fragment,
/// then `#case=` and [`payload`].
///
/// ```
/// use dayarlyq_rules::{case_file::CaseFile, link};
///
/// let case: CaseFile = serde_json::from_str(r#"{"applicant": {"iin": "921029350851"}}"#).unwrap();
/// let url = link::address("https://example.kz/dayarlyq/#/result", &case);
/// assert!(url.starts_with("https://example.kz/dayarlyq/#case="));
/// assert_eq!(link::read(&url), Ok(case));
/// ```
#[cfg(feature = "link")]
pub fn address(base: &str, case: &CaseFile) -> String {
    let base = base.split_once('#').map_or(base, |(before, _)| before);
    format!("{base}#{FRAGMENT_KEY}{}", payload(case))
}

/// The case file of an address made by [`address`] (or of its fragment alone).
#[cfg(feature = "link")]
pub fn read(address: &str) -> Result<CaseFile, LinkError> {
    use base64::Engine as _;
    let fragment = address.split_once('#').map_or(address, |(_, f)| f);
    let value = fragment
        .strip_prefix(FRAGMENT_KEY)
        .ok_or(LinkError::NoFragment)?;
    let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(value.trim_end_matches('='))
        .map_err(|_| LinkError::Base64)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_JSON_BYTES)
        .map_err(|_| LinkError::Inflate)?;
    serde_json::from_slice(&json).map_err(|e| LinkError::Json(e.to_string()))
}

#[cfg(all(test, feature = "link"))]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_short_and_round_trips() {
        let example = include_str!("../tests/data/example-case.json");
        let case: CaseFile = serde_json::from_str(example).unwrap();
        let url = address("https://dayarlyq.example/", &case);
        assert_eq!(read(&url), Ok(case.clone()));
        // Compressed: well under the JSON's own length, and within what browsers and QR codes
        // take (a QR code of version 40 holds 2 953 bytes).
        let json = serde_json::to_string(&case).unwrap();
        assert!(
            payload(&case).len() < json.len(),
            "{} ≥ {}",
            payload(&case).len(),
            json.len()
        );
        assert!(url.len() < 2_000, "{}", url.len());
    }

    #[test]
    fn what_is_not_a_link_is_said() {
        assert_eq!(read("https://x.kz/#/result"), Err(LinkError::NoFragment));
        assert_eq!(read("#case=***"), Err(LinkError::Base64));
        assert_eq!(read("#case=AAAA"), Err(LinkError::Inflate));
        // A deflate bomb: a megabyte of zeros packs into a kilobyte.
        use base64::Engine as _;
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 1 << 20], 10);
        let bomb = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bomb);
        assert_eq!(read(&format!("#case={bomb}")), Err(LinkError::Inflate));
        let not_case = miniz_oxide::deflate::compress_to_vec(b"[1, 2]", 10);
        let not_case = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(not_case);
        assert!(matches!(
            read(&format!("#case={not_case}")),
            Err(LinkError::Json(_))
        ));
    }
}
