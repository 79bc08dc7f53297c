// The release's JavaScript modules minified (Terser): wasm-bindgen's glue of the app and of the
// documents module, and the snippets (src/browser.js…). Trunk minifies the HTML and CSS but leaves
// the JS as wasm-bindgen wrote it; minified, the first load is about 2 KB lighter (brotli).
// Only ES modules (an `import` or `export` statement): the PDF worker's scripts are classic
// worker scripts whose top-level names are its interface, and stay as they are.
//
// A class of the glue whose WASM exports are gone (xtask/src/site.rs drops those no page calls:
// wasm-streams' `IntoUnderlying…`, of server functions) could only fail if used: it is no longer
// exported from the module, so Terser drops it with the rest of what nothing uses.
//
// It runs before the integrity and Content-Security-Policy step of `cargo xtask dist`, which
// hashes the files as minified.
//
// usage: node pwa/minify.mjs <dist>
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2] || 'dist';
const MODULE = /^\s*(import|export)\b/m;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The glue's classes without their WASM (`<class>_…` and `__wbg_<class>_free`), dropped. */
function withoutDeadClasses(source, wasmPath) {
  if (!existsSync(wasmPath)) return source;
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(wasmPath))).map((e) => e.name);
  let out = source;
  for (const [, name] of source.matchAll(/^export class (\w+)/gm)) {
    const lower = name.toLowerCase();
    if (exports.some((e) => e.startsWith(`${lower}_`) || e === `__wbg_${lower}_free`)) continue;
    out = out
      .replace(new RegExp(`^export class ${name}\\b`, 'm'), `class ${name}`)
      .replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`, 'm'), '');
    console.log(`${name}: no WASM exports left, dropped`);
  }
  return out;
}

let before = 0;
let after = 0;
for (const path of files(dist).filter((p) => p.endsWith('.js'))) {
  const original = readFileSync(path, 'utf8');
  if (!MODULE.test(original)) continue;
  const source = withoutDeadClasses(original, path.replace(/\.js$/, '_bg.wasm'));
  const { code } = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  if (!code) throw new Error(`terser gave nothing for ${path}`);
  writeFileSync(path, code);
  before += original.length;
  after += code.length;
  console.log(`${relative(dist, path)}: ${original.length} → ${code.length} B`);
}
console.log(`minified: ${before} → ${after} B`);
