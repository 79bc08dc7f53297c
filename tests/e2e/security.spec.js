// The security posture of the release build as served with its deployment headers: a strict
// Content-Security-Policy on every page (header and meta), integrity on the assets, caching by
// file kind, and hostile text that stays text. Every test of this suite also fails on a policy
// violation and on a request to another host (app.js).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, L, open } from './app.js';

const DIST = process.env.DAYARLYQ_DIST || 'dist';
const APP_PORT = Number(process.env.DAYARLYQ_TEST_PORT || 8081);

/** A policy as a map of directive → sources. */
const directives = (policy) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));

test('a strict policy on every page, in the headers and in the page', async ({ page }) => {
  const response = await page.goto('/');
  const header = directives(response.headers()['content-security-policy']);
  const meta = directives(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'));
  for (const policy of [header, meta]) {
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    // Trunk's loader and the import map are allowed by their hashes, nothing else inline.
    expect(policy['script-src'].filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    const sources = Object.values(policy).flat();
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:']) {
      expect(sources, loose).not.toContain(loose);
    }
  }
  // frame-ancestors works only as a header; `cargo xtask test` lets the example host frame it.
  expect(header['frame-ancestors']).toEqual(["'self'", `http://127.0.0.1:${APP_PORT + 1}`]);
  expect(meta['frame-ancestors']).toBeUndefined();
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('no-referrer');
  // The same policy on every file the app serves (a worker's script gets its own from it).
  for (const path of ['/sw.js', '/embed.js', '/dayarlyq-pdf-worker_loader.js', '/manifest.webmanifest']) {
    expect((await page.request.get(path)).headers()['content-security-policy'], path).toBe(response.headers()['content-security-policy']);
  }
});

test('the page\'s scripts, styles and WASM carry their integrity', async ({ page }) => {
  await page.goto('/');
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  for (const link of await page.locator('link[rel=stylesheet], link[rel=modulepreload], link[rel=preload]').all()) {
    await expect(link).toHaveAttribute('integrity', /^sha384-/);
  }
  // Every JS module's integrity in the import map: those preloaded, and the documents' and the
  // nominal list's modules imported on demand; each the SHA-384 of the file.
  const map = JSON.parse(await page.locator('script[type=importmap]').textContent());
  const modules = await page.locator('link[rel=modulepreload]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
  expect(Object.keys(map.integrity).sort()).toEqual([...modules, '/dayarlyq-docs.js', '/dayarlyq-nominal.js'].sort());
  for (const [path, hash] of Object.entries(map.integrity)) {
    expect(hash, path).toBe(`sha384-${createHash('sha384').update(readFileSync(`${DIST}${path}`)).digest('base64')}`);
  }
  expect(html).toMatch(/fetch\('\/[^']+_bg\.wasm', \{ integrity: 'sha384-/);
  // The documents module, imported with its integrity, runs.
  await page.getByRole('link', { name: 'Құжаттар', exact: true }).click();
  await expect(page.getByLabel('Тегі', { exact: true })).toBeEditable();
});

test('hashed files are cached for good, the rest revalidated', async ({ page }) => {
  await page.goto('/');
  const wasm = await page.locator('link[rel=preload][as=fetch]').getAttribute('href');
  const css = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
  for (const path of [wasm, css]) {
    expect((await page.request.get(path)).headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  for (const path of ['/', '/index.html', '/sw.js', '/embed.js', '/manifest.webmanifest', '/dayarlyq-pdf-worker_loader.js']) {
    expect((await page.request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
});

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];
const injected = (page) => page.locator('img[src="x"], body script, [onerror]');

test('hostile strings typed stay text: the errors, the answers page', async ({ page }) => {
  page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
  await open(page, 'kk');
  for (const text of HOSTILE) {
    // Typed into a free-text field of the self-check (the IIN) and a date field.
    await page.getByLabel(L.kk.iin).fill(text);
    await page.getByLabel(L.kk.birth, { exact: true }).fill(text);
    await page.getByRole('button', { name: L.kk.continue }).click();
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(injected(page)).toHaveCount(0);
  }
});

/** The places whose values are codes (applicant.sex, .status, .fitness, .education). */
const CODES = ['sex', 'status', 'fitness', 'education'];

test('hostile strings in every member of an opened case file stay text on every screen', async ({ page }) => {
  page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
  const example = JSON.parse(readFileSync(new URL('../../crates/rules/tests/data/example-case.json', import.meta.url), 'utf8'));
  let n = 0;
  for (const part of Object.values(example)) {
    for (const key of Object.keys(part)) {
      // A code that is none of its place's refuses the file (tested in data.spec.js): the hostile
      // strings go where text is kept as typed.
      if (CODES.includes(key)) continue;
      const text = HOSTILE[n++ % 2];
      part[key] = Array.isArray(part[key]) ? HOSTILE : typeof part[key] === 'string' ? text : part[key];
    }
  }
  await page.goto('/#/data');
  await page.getByLabel('Іс файлы (.json)').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(example)) });
  await page.getByRole('button', { name: 'Жауаптарымды ауыстыру' }).click();
  // Through the app's own routes: the answers are in this page only (keeping is off).
  for (const hash of ['#/answers', '#/result', '#/documents', '#/']) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(injected(page)).toHaveCount(0);
  }
  // What the file said is there, as typed.
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(HOSTILE[1]);
  await page.getByRole('button', { name: L.kk.continue }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(injected(page)).toHaveCount(0);
});
