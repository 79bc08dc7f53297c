//! The release site's last steps, after Trunk: the app's icons, integrity on every script and
//! the WASM, a strict Content-Security-Policy (in a `<meta>` and in `_headers`, the deployment
//! headers of Netlify and Cloudflare Pages, which `tests/e2e/serve.mjs` applies too), and the
//! service worker that precaches every file (`pwa/sw.mjs`, Workbox). Before them, the first
//! screen is drawn into the page (`pwa/prerender.mjs`), so that a slow network shows the
//! questions before the WASM has come, and the JS modules are minified (`pwa/minify.mjs`).
//!
//! Trunk writes an inline loader script; it is replaced here by one that fetches the WASM with
//! its integrity, and every inline script left is allowed by its hash, so the policy needs no
//! `'unsafe-inline'`. The JS modules are checked by an import map's `integrity` (a static
//! `import` has no attribute of its own).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, doc_comments, element, rewrite_str, text};
use sha2::{Digest, Sha256, Sha384};

use crate::process::{self, Cmd, Result};

/// The pages' policy, but for the inline scripts' hashes (added to `script-src`) and
/// `frame-ancestors` (a header only: browsers ignore it in a `<meta>`).
const POLICY: &[&str] = &[
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    "object-src 'none'",
];

/// Who may embed the app in a frame when `DAYARLYQ_FRAME_ANCESTORS` does not say: only itself.
const FRAME_ANCESTORS_DEFAULT: &str = "'self'";

/// Headers every response gets, besides the policy.
const COMMON_HEADERS: &[(&str, &str)] = &[
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ),
];

/// Hashed file names (Trunk's `-<hash>`) never change content: cached for a year.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Everything else is checked with the server on each use (the service worker most of all).
const REVALIDATE: &str = "no-cache";

/// The icons made from the SVG sources at each build: (source, size, file written).
const ICONS: &[(&str, u32, &str)] = &[
    ("assets/icon.svg", 192, "icon-192.png"),
    ("assets/icon.svg", 512, "icon-512.png"),
    ("assets/icon-maskable.svg", 512, "icon-maskable-512.png"),
];

/// Everything after `trunk build --release`, in `dist`; `frame_ancestors` as
/// [`frame_ancestors`] reads it.
pub fn finish(root: &Path, frame_ancestors: Option<&str>) -> Result {
    let dist = root.join("dist");
    process::step("the Rules' quotes as data (quotes.json, from the rules crate)");
    write(&dist.join(QUOTES_FILE), &quotes_json())?;
    process::step("icons (rsvg-convert)");
    icons(root, &dist)?;
    // Before the policy: the copy's inline script is allowed by its hash like any other.
    process::step("the first screen drawn into index.html (Chromium: pwa/prerender.mjs)");
    pwa_step(root, "pwa/prerender.mjs")?;
    process::step("exports no page calls dropped from the WASM (wasm-opt --remove-exports)");
    drop_unused_exports(root, &dist)?;
    process::step("JavaScript modules minified (Terser: pwa/minify.mjs)");
    pwa_step(root, "pwa/minify.mjs")?;
    process::step("integrity and Content-Security-Policy (index.html, _headers)");
    let policy = secure_page(&dist)?;
    let ancestors = self::frame_ancestors(frame_ancestors)?;
    let files = site_files(&dist)?;
    write(
        &dist.join("_headers"),
        &headers(&policy, &ancestors, &files),
    )?;
    eprintln!("frame-ancestors {ancestors}");
    process::step("service worker (Workbox: every file of dist/ precached)");
    pwa_step(root, "pwa/sw.mjs")
}

/// The data file of the Rules' quotes, fetched by the page when a citation is first opened
/// (`src/check/cite.rs`): the texts stay out of the first load.
const QUOTES_FILE: &str = "quotes.json";

/// `{"p. 21": {"kk": "…", "ru": "…"}, …}`: each quote of `dayarlyq_rules::quotes::QUOTES` by its
/// citation's short form — the Kazakh text of the Rules and our Russian translation of it.
fn quotes_json() -> String {
    let quotes: serde_json::Map<String, serde_json::Value> = dayarlyq_rules::quotes::QUOTES
        .iter()
        .map(|q| {
            let texts = serde_json::json!({ "kk": q.text, "ru": q.ru });
            (q.cite.to_string(), texts)
        })
        .collect();
    serde_json::Value::Object(quotes).to_string()
}

/// One of the site's steps in Node (`pwa/*.mjs`), run on `dist/` with the project's tools on PATH.
fn pwa_step(root: &Path, script: &str) -> Result {
    Cmd::new("node")
        .args([script, "dist"])
        .dir(root)
        .tools_path(root)
        .run()
}

/// The features the WASM is optimized with: the same as `data-wasm-opt-params` in `index.html`.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Exports of the WASM that no page calls: `wasm-streams`' three classes for JS streams made from
/// Rust ones (`IntoUnderlyingSource`, `…Sink`, `…ByteSource`), linked by Leptos's server
/// functions, which an app without a server never calls. Exports are roots, so their code stayed
/// in (about 1.1 KB brotli of the first load); wasm-bindgen's JS classes for them stay, unused,
/// and would only fail if called.
const UNUSED_EXPORTS: &str = "*intounderlying*";

/// Drops [`UNUSED_EXPORTS`] from every WASM of `dist` that has them, and the code only they
/// reached (`-Oz` again).
fn drop_unused_exports(root: &Path, dist: &Path) -> Result {
    for entry in fs::read_dir(dist).map_err(|e| format!("cannot list {dist:?}: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_none_or(|x| x != "wasm") {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {path:?}: {e}"))?;
        if !bytes.windows(14).any(|w| w == b"intounderlying") {
            continue;
        }
        Cmd::new("wasm-opt")
            .args([&path])
            .args(WASM_FEATURES)
            .args([
                "--remove-exports",
                &format!("--pass-arg=remove-exports@{UNUSED_EXPORTS}"),
                "-Oz",
                "-o",
            ])
            .args([&path])
            .dir(root)
            .tools_path(root)
            .run()?;
    }
    Ok(())
}

fn icons(root: &Path, dist: &Path) -> Result {
    for (source, size, out) in ICONS {
        let size = size.to_string();
        Cmd::new("rsvg-convert")
            .args(["--width", &size, "--height", &size, "--output"])
            .args([dist.join(out).as_os_str(), root.join(source).as_os_str()])
            .run()?;
    }
    Ok(())
}

/// Rewrites `dist/index.html` (the loader, the import map, the policy's `<meta>`) and returns
/// the policy without `frame-ancestors`.
fn secure_page(dist: &Path) -> Result<String> {
    let path = dist.join("index.html");
    let html = fs::read_to_string(&path).map_err(|e| format!("cannot read {path:?}: {e}"))?;
    let (html, policy) = secure(&html, &on_demand_modules(dist)?, |href| {
        let file = dist.join(href.trim_start_matches('/'));
        fs::read(&file).map_err(|e| format!("cannot read {file:?}: {e}"))
    })?;
    write(&path, &html)?;
    Ok(policy)
}

/// The modules a page imports on demand (`import()`): wasm-bindgen's `web` programs at the root of
/// `dist` (the documents module), as `/name.js`, sorted. The import map gives them their
/// integrity too.
fn on_demand_modules(dist: &Path) -> Result<Vec<String>> {
    let mut modules = Vec::new();
    for entry in fs::read_dir(dist).map_err(|e| format!("cannot list {dist:?}: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        // wasm-bindgen's `web` glue (minified or not): its WASM beside it, and ES exports (the
        // PDF worker's `no-modules` glue has none).
        let Some(stem) = name.strip_suffix(".js") else {
            continue;
        };
        if dist.join(format!("{stem}_bg.wasm")).is_file()
            && fs::read_to_string(&path).is_ok_and(|js| {
                js.contains("initSync") && (js.contains("export{") || js.contains("export {"))
            })
        {
            modules.push(format!("/{name}"));
        }
    }
    modules.sort();
    Ok(modules)
}

/// The page with its loader checking the WASM, an import map with the integrity of the JS modules
/// it preloads and of `on_demand` ones, the policy's `<meta>` right after `<meta charset>` (before
/// any script; the charset stays in the first bytes), and no comments; and that policy. `read`
/// gives the bytes of a file of the site.
fn secure(
    html: &str,
    on_demand: &[String],
    read: impl Fn(&str) -> Result<Vec<u8>>,
) -> Result<(String, String)> {
    let page = scan(html)?;
    if !html.contains("<meta charset") {
        return Err("index.html has no <meta charset>: the policy goes right after it".into());
    }
    let (js, wasm) = page
        .loader
        .ok_or("index.html has no Trunk loader (import init … _bg.wasm)")?;
    // When the app cannot start, the page says so (`.load-failed` of index.html).
    let loader = format!(
        "import init from '{js}';\ninit({{ module_or_path: fetch('{wasm}', {{ integrity: '{}' }}) }})\n  .catch(() => document.querySelector('.load-failed')?.removeAttribute('hidden'));\n",
        integrity(&read(&wasm)?)
    );
    // The import map names every module the loader's import reaches (Trunk preloads them all).
    let mut modules = page.modules.clone();
    if !modules.contains(&js) {
        modules.insert(0, js.clone());
    }
    for module in on_demand {
        if !modules.contains(module) {
            modules.push(module.clone());
        }
    }
    let mut entries = Vec::new();
    for href in &modules {
        entries.push(format!(
            "{}: {}",
            json_string(href),
            json_string(&integrity(&read(href)?))
        ));
    }
    let import_map = format!("{{ \"integrity\": {{ {} }} }}", entries.join(", "));

    let rewritten = rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("meta[charset]", |el| {
                el.after(
                    &format!("<script type=\"importmap\">{import_map}</script>"),
                    ContentType::Html,
                );
                Ok(())
            }))
            // Trunk's own integrity was of the files as it wrote them: minified since.
            .append_element_content_handler(element!("link[integrity][href]", |el| {
                if let Some(href) = el.get_attribute("href") {
                    el.set_attribute("integrity", &integrity(&read(&href)?))?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("script:not([src])", |el| {
                if el.get_attribute("type").as_deref() == Some("module") {
                    el.set_inner_content(&loader, ContentType::Html);
                }
                Ok(())
            }))
            // The source's comments are for its readers, not every first load.
            .append_document_content_handler(doc_comments!(|c| {
                c.remove();
                Ok(())
            })),
    )
    .map_err(|e| format!("index.html: {e}"))?;

    // Every inline script of the final page, by its hash.
    let done = scan(&rewritten)?;
    let mut policy: Vec<String> = POLICY.iter().map(|d| (*d).to_owned()).collect();
    if let Some(script_src) = policy.iter_mut().find(|d| d.starts_with("script-src ")) {
        for script in &done.inline_scripts {
            write!(
                script_src,
                " 'sha256-{}'",
                BASE64.encode(Sha256::digest(script))
            )
            .map_err(|e| e.to_string())?;
        }
    }
    let policy = policy.join("; ");
    let with_meta = rewrite_str(
        &rewritten,
        RewriteStrSettings::new().append_element_content_handler(element!("meta[charset]", |el| {
            el.after(
                &format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
                ContentType::Html,
            );
            Ok(())
        })),
    )
    .map_err(|e| format!("index.html: {e}"))?;
    Ok((with_meta, policy))
}

/// What the policy needs to know of a page.
#[derive(Debug, Default)]
struct Scanned {
    /// Trunk's loader: the JS module it imports and the WASM it loads.
    loader: Option<(String, String)>,
    /// The modules Trunk preloads (the app's JS and wasm-bindgen's snippets).
    modules: Vec<String>,
    inline_scripts: Vec<String>,
}

fn scan(html: &str) -> Result<Scanned> {
    let mut scanned = Scanned::default();
    let mut current = String::new();
    let mut problems = Vec::new();
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(text!("script:not([src])", |chunk| {
                current.push_str(chunk.as_str());
                if chunk.last_in_text_node() {
                    scanned.inline_scripts.push(std::mem::take(&mut current));
                }
                Ok(())
            }))
            .append_element_content_handler(element!("link[rel=modulepreload][href]", |el| {
                scanned.modules.extend(el.get_attribute("href"));
                Ok(())
            }))
            .append_element_content_handler(element!("*", |el| {
                let tag = el.tag_name();
                if tag == "style" {
                    problems.push("a <style> element".to_owned());
                }
                for attr in el.attributes() {
                    let name = attr.name();
                    if name == "style" || name.starts_with("on") {
                        problems.push(format!("an inline {name}=\"…\" on <{tag}>"));
                    }
                }
                Ok(())
            })),
    )
    .map_err(|e| format!("index.html: {e}"))?;
    if !problems.is_empty() {
        return Err(format!(
            "index.html has what the policy forbids (no 'unsafe-inline'): {}",
            problems.join(", ")
        ));
    }
    scanned.loader = scanned.inline_scripts.iter().find_map(|s| trunk_loader(s));
    Ok(scanned)
}

/// The JS and WASM of Trunk's loader: `import init… from '<js>'` and `'<…_bg.wasm>'`.
fn trunk_loader(script: &str) -> Option<(String, String)> {
    let js = script.split("from '").nth(1)?.split('\'').next()?;
    let wasm = script.split('\'').find(|s| s.ends_with("_bg.wasm"))?;
    js.ends_with(".js")
        .then(|| (js.to_owned(), wasm.to_owned()))
}

/// Subresource integrity of `bytes`: `sha384-<base64>`.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", BASE64.encode(Sha384::digest(bytes)))
}

fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// The `frame-ancestors` sources as configured (`DAYARLYQ_FRAME_ANCESTORS`, space-separated:
/// `'self'`, `'none'`, origins such as `https://www.gov.kz`), or only the app itself.
pub fn frame_ancestors(configured: Option<&str>) -> Result<String> {
    let Some(configured) = configured.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(FRAME_ANCESTORS_DEFAULT.to_owned());
    };
    for source in configured.split_whitespace() {
        let keyword = matches!(source, "'self'" | "'none'");
        let origin = (source.starts_with("https://") || source.starts_with("http://"))
            && !source.contains(['\'', ';', ',', '"'])
            && source
                .split("//")
                .nth(1)
                .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'));
        if !keyword && !origin {
            return Err(format!(
                "DAYARLYQ_FRAME_ANCESTORS: {source:?} is not 'self', 'none' or an origin \
                 (https://host[:port], no path)"
            ));
        }
    }
    Ok(configured.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Every file of the site, as paths from its root (`/snippets/…/browser.js`), sorted.
fn site_files(dist: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    let mut dirs: Vec<PathBuf> = vec![dist.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).map_err(|e| format!("cannot list {dir:?}: {e}"))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if let Ok(rel) = path.strip_prefix(dist) {
                files.push(format!("/{}", rel.to_string_lossy().replace('\\', "/")));
            }
        }
    }
    files.retain(|f| f != "/_headers");
    files.sort();
    Ok(files)
}

/// Trunk's content hash in a path: a `-` and 12 to 16 hex digits ending a file or folder name
/// (`main-634ce3fdc4b4fede.css`, `dayarlyq-web-f48bf3d7a3f7864_bg.wasm`, `snippets/x-…/`).
fn is_hashed(path: &str) -> bool {
    path.split('/').any(|part| {
        let stem = part.split('.').next().unwrap_or(part);
        let stem = stem.strip_suffix("_bg").unwrap_or(stem);
        stem.rsplit_once('-').is_some_and(|(_, hash)| {
            (12..=16).contains(&hash.len())
                && hash
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
    })
}

/// `_headers` (Netlify, Cloudflare Pages): the policy and the common headers on every path;
/// caching per file, so that no two rules give one response the same header.
fn headers(policy: &str, ancestors: &str, files: &[String]) -> String {
    let mut out = String::from(
        "# Deployment headers of Dayarlyq, written by `cargo xtask dist` (Netlify and Cloudflare\n\
         # Pages read this file; elsewhere set the same headers). frame-ancestors: who may embed\n\
         # the app (set DAYARLYQ_FRAME_ANCESTORS when building, or edit the line below).\n/*\n",
    );
    let _ = writeln!(
        out,
        "  Content-Security-Policy: {policy}; frame-ancestors {ancestors}"
    );
    for (name, value) in COMMON_HEADERS {
        let _ = writeln!(out, "  {name}: {value}");
    }
    let _ = writeln!(out, "\n/\n  Cache-Control: {REVALIDATE}");
    for file in files {
        let cache = if is_hashed(file) {
            IMMUTABLE
        } else {
            REVALIDATE
        };
        let _ = writeln!(out, "\n{file}\n  Cache-Control: {cache}");
    }
    out
}

fn write(path: &Path, content: &str) -> Result {
    fs::write(path, content).map_err(|e| format!("cannot write {path:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trunk 0.21's output, as it writes it for this app.
    const TRUNK_PAGE: &str = r#"<!DOCTYPE html>
<html lang="kk">
  <head>
    <meta charset="utf-8" />
    <!-- The app, built by Trunk. -->
    <title>Даярлық</title>
<script type="module">
import init, * as bindings from '/app-0123456789abcdef.js';
const wasm = await init({ module_or_path: '/app-0123456789abcdef_bg.wasm' });
window.wasmBindings = bindings;
</script>
    <link rel="stylesheet" href="/main-634ce3fdc4b4fede.css" integrity="sha384-x"/>
  <link rel="modulepreload" href="/app-0123456789abcdef.js" crossorigin="anonymous" integrity="sha384-y"><link rel="modulepreload" href="/snippets/app-0123456789abcdef/src/browser.js" crossorigin="anonymous" integrity="sha384-z"></head>
  <body></body>
</html>"#;

    fn read(href: &str) -> Result<Vec<u8>> {
        Ok(href.as_bytes().to_vec())
    }

    #[test]
    fn the_loader_checks_the_wasm_and_every_inline_script_is_hashed() -> Result {
        let (html, policy) = secure(TRUNK_PAGE, &["/docs.js".to_owned()], read)?;
        let wasm = integrity(b"/app-0123456789abcdef_bg.wasm");
        assert!(
            html.contains(&format!(
                "fetch('/app-0123456789abcdef_bg.wasm', {{ integrity: '{wasm}' }})"
            )),
            "{html}"
        );
        assert!(
            !html.contains("wasmBindings"),
            "Trunk's loader is replaced: {html}"
        );
        let snippet = integrity(b"/snippets/app-0123456789abcdef/src/browser.js");
        assert!(
            html.contains(&format!(
                "\"/snippets/app-0123456789abcdef/src/browser.js\": \"{snippet}\""
            )),
            "{html}"
        );
        // A module imported on demand has its integrity in the map too.
        let docs = integrity(b"/docs.js");
        assert!(
            html.contains(&format!("\"/docs.js\": \"{docs}\"")),
            "{html}"
        );
        let scripts = scan(&html)?.inline_scripts;
        assert_eq!(scripts.len(), 2, "the import map and the loader");
        for script in scripts {
            let hash = format!("'sha256-{}'", BASE64.encode(Sha256::digest(&script)));
            assert!(policy.contains(&hash), "{policy} allows {script}");
        }
        // The policy comes right after the charset, before any script it governs; a minified page
        // (no `<head>` tag) the same.
        for page in [
            html.clone(),
            secure(
                &TRUNK_PAGE.replace("<head>", "").replace("</head>", ""),
                &[],
                read,
            )?
            .0,
        ] {
            let after = page
                .split("<meta charset=\"utf-8\" />")
                .nth(1)
                .unwrap_or_default();
            assert!(
                after.starts_with("<meta http-equiv=\"Content-Security-Policy\""),
                "{page}"
            );
        }
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "connect-src 'self'",
            "'wasm-unsafe-eval'",
        ] {
            assert!(policy.contains(directive), "{policy}");
        }
        for forbidden in ["'unsafe-inline'", "'unsafe-eval'", "frame-ancestors", "*"] {
            assert!(!policy.contains(forbidden), "{policy}");
        }
        Ok(())
    }

    #[test]
    fn inline_styles_and_handlers_fail_the_build() {
        for bad in [
            "<head><style>p{}</style></head>",
            "<body><p style=\"color:red\">x</p></body>",
            "<body><img src=x onerror=\"alert(1)\"></body>",
        ] {
            let page = TRUNK_PAGE.replace("<body></body>", bad);
            assert!(secure(&page, &[], read).is_err(), "{bad}");
        }
    }

    #[test]
    fn frame_ancestors_are_keywords_or_origins() {
        let rows = [
            (None, Ok("'self'")),
            (Some("  "), Ok("'self'")),
            (
                Some("'self'  https://www.gov.kz http://127.0.0.1:8082"),
                Ok("'self' https://www.gov.kz http://127.0.0.1:8082"),
            ),
            (Some("'none'"), Ok("'none'")),
            (Some("https://a.kz; script-src *"), Err(())),
            (Some("https://a.kz/path"), Err(())),
            (Some("*"), Err(())),
            (Some("'unsafe-inline'"), Err(())),
        ];
        for (given, want) in rows {
            let got = frame_ancestors(given);
            match want {
                Ok(want) => assert_eq!(got.as_deref(), Ok(want), "{given:?}"),
                Err(()) => assert!(got.is_err(), "{given:?} gave {got:?}"),
            }
        }
    }

    #[test]
    fn hashed_files_are_immutable_the_rest_revalidated() {
        let files: Vec<String> = [
            "/dayarlyq-web-f48bf3d7a3f7864_bg.wasm",
            "/dayarlyq-web-f48bf3d7a3f7864.js",
            "/main-634ce3fdc4b4fede.css",
            "/snippets/dayarlyq-web-f48bf3d7a3f7864/src/browser.js",
            "/index.html",
            "/sw.js",
            "/embed.js",
            "/icon-192.png",
            "/manifest-ru.webmanifest",
            "/dayarlyq-pdf-worker_loader.js",
        ]
        .map(str::to_owned)
        .to_vec();
        let out = headers("default-src 'none'", "'self'", &files);
        for (i, file) in files.iter().enumerate() {
            let want = if i < 4 { IMMUTABLE } else { REVALIDATE };
            assert!(
                out.contains(&format!("\n{file}\n  Cache-Control: {want}\n")),
                "{file}: {out}"
            );
        }
        assert!(out.contains(
            "/*\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'self'\n"
        ));
        assert_eq!(
            out.matches("Content-Security-Policy").count(),
            1,
            "one rule sets the policy"
        );
    }
}
