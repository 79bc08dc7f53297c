// The service worker of the release build: every file of dist/ precached (the app, its WASM,
// the PDF worker and its font, the icons), so that after one visit the app works offline.
// Workbox's generateSW writes it from what is in dist/ after each build: no list kept by hand.
// The Workbox runtime is bundled into sw.js (inlineWorkboxRuntime): the worker loads nothing
// from any other host, nor from anywhere at all.
//
// A new release installs beside the running one and waits (no skipWaiting): the page tells the
// person, who chooses when to reload; the page then asks it to take over ({type: 'SKIP_WAITING'}).
//
// usage: node pwa/sw.mjs <dist>
import { generateSW } from 'workbox-build';

const dist = process.argv[2] || 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*'],
  // _headers is the host's configuration; embed.js is for other sites' pages, not this app's.
  globIgnores: ['sw.js', '_headers', 'embed.js'],
  swDest: `${dist}/sw.js`,
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  // `/?embed=1&lang=ru` is index.html: the query is the page's own business.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  // Trunk's hashed names are their own revision.
  dontCacheBustURLsMatching: /-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css)$|\/snippets\//,
  // The PDF worker's WASM carries its font: larger than Workbox's default limit of 2 MB.
  maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
  disableDevLogs: true,
});

for (const w of warnings) console.warn(`sw: ${w}`);
if (warnings.length) process.exit(1);
console.log(`sw.js: ${count} files precached, ${(size / 1024).toFixed(0)} KiB`);
