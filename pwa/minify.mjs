// The release's JavaScript modules minified (Terser): wasm-bindgen's glue of the app and of the
// documents module, and the snippets (src/browser.js…). Trunk minifies the HTML and CSS but leaves
// the JS as wasm-bindgen wrote it; minified, the first load is about 2 KB lighter (brotli).
// Only ES modules (an `import` or `export` statement): the PDF worker's scripts are classic
// worker scripts whose top-level names are its interface, and stay as they are.
//
// It runs before the integrity and Content-Security-Policy step of `cargo xtask dist`, which
// hashes the files as minified.
//
// usage: node pwa/minify.mjs <dist>
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

let before = 0;
let after = 0;
for (const path of files(dist).filter((p) => p.endsWith('.js'))) {
  const source = readFileSync(path, 'utf8');
  if (!MODULE.test(source)) continue;
  const { code } = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  if (!code) throw new Error(`terser gave nothing for ${path}`);
  writeFileSync(path, code);
  before += source.length;
  after += code.length;
  console.log(`${relative(dist, path)}: ${source.length} → ${code.length} B`);
}
console.log(`minified: ${before} → ${after} B`);
