// The first screen, drawn into index.html at build time, so that on a slow network the questions
// are on screen and can be answered as soon as the page and its style sheet arrive — about a
// second before the app's WASM has come and started (issue 6: a working form on a weak network).
//
// How: the release build is served on loopback and opened in Chromium (as the tests do), once
// per language; the app's own rendering of the questions page (the body's nodes, Leptos's empty
// `<!---->` markers dropped) is kept as `<template id="prerender-kk|ru">`, each top-level element
// marked `data-prerender`. `pwa/prerender-pick.js`, inlined after them, puts the page's language's
// copy in the body when the address asks for the questions page outside a frame (`?lang=`,
// `#/…`, `?embed=1`: the same reading as the app's). When the app starts it takes what was typed
// or chosen there, and where the focus was, removes the copy and mounts itself with those answers
// (`takePrerender`/`givePrerender` in src/browser.js) — nothing typed is lost.
//
// It runs before the integrity and Content-Security-Policy step of `cargo xtask dist`, which then
// allows the inlined script by its hash. A page of the copy is the app's, so it needs no upkeep:
// it is redrawn at each build.
//
// usage: node pwa/prerender.mjs <dist>
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import config from '../playwright.config.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] || 'dist');
const PORT = Number(process.env.DAYARLYQ_PRERENDER_PORT || 8095);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LANGS = ['kk', 'ru'];
const MARK = 'data-prerender';

const page = join(dist, 'index.html');
const html = readFileSync(page, 'utf8');
if (html.includes(`id="prerender-`)) throw new Error(`${page} is already prerendered`);

const server = spawn(process.execPath, [join(ROOT, 'tests/e2e/serve.mjs'), dist, String(PORT)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const browser = await (async () => {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return chromium.launch(config.use.launchOptions);
    } catch { /* not yet listening */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not start on port ${PORT}`);
})().catch((e) => {
  server.kill();
  throw e;
});

const templates = [];
try {
  for (const lang of LANGS) {
    // No service worker: dist/sw.js is written after this step.
    const tab = await browser.newPage({ serviceWorkers: 'block' });
    const problems = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await tab.goto(`${ORIGIN}/?lang=${lang}`);
    await tab.locator('#applicant-iin').waitFor();
    const copy = await tab.evaluate((mark) => {
      const out = document.createElement('template');
      for (const node of document.body.childNodes) {
        // The app's nodes but the footer (below the questions, the app brings it): everything but
        // the page's own <noscript> and blank text.
        if (node.nodeType !== Node.ELEMENT_NODE || ['noscript', 'footer'].includes(node.localName)) continue;
        const el = node.cloneNode(true);
        el.setAttribute(mark, '');
        out.content.append(el);
      }
      // Leptos's markers of where a view may change: nothing to show, and not in the copy.
      const walker = document.createTreeWalker(out.content, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      for (const c of comments) c.remove();
      return out.innerHTML;
    }, MARK);
    await tab.close();
    if (problems.length) throw new Error(`the app reported problems in ${lang}: ${problems.join('; ')}`);
    if (!copy.includes('id="applicant-iin"')) throw new Error(`no IIN field in the ${lang} questions page`);
    if (/\sstyle="/.test(copy)) throw new Error('the copy has a style attribute: the policy forbids it');
    templates.push(`<template id="prerender-${lang}">${copy}</template>`);
    console.log(`prerender ${lang}: ${copy.length} characters`);
  }
} finally {
  await browser.close();
  server.kill();
}

const pick = readFileSync(join(ROOT, 'pwa/prerender-pick.js'), 'utf8')
  .split('\n')
  .filter((line) => !/^\s*\/\//.test(line))
  .map((line) => line.trim())
  .join('');
// Before `</body>`, or at the end when the minifier left the optional end tags out.
const end = html.lastIndexOf('</body>');
const at = end === -1 ? html.length : end;
writeFileSync(page, `${html.slice(0, at)}${templates.join('')}<script>${pick}</script>${html.slice(at)}`);
