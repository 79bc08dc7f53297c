// The browser measurements of `cargo xtask bench` (issue 6), in Debian's Chromium through
// Playwright, against the release build served like a static host serves it (brotli):
//
// - bytes: the first load (the page's requests to our origin until the app is live: its own IIN
//   field visible and enabled), the documents section's module (first visit to the documents), the PDF worker (first
//   PDF); each body brotli-compressed at quality 11 (tests/e2e/bytes.js);
// - navigation on a slow phone: network 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, CPU
//   4× slower (Chrome DevTools Protocol), a new context (cold cache) each run, median of 9: to a
//   usable form (the first frame showing the questions, the build-time copy until the app
//   comes) and to the app live (its own form: answers update the verdict); and the same with the
//   CPU not slowed (the network's part, for the reader);
// - a typed answer to the updated verdict, median of 10;
// - app. 6 as a PDF: ours (posting the request to the PDF worker → its bytes, warm, median of 10)
//   and, in the same page and run, the usual JavaScript way: pdf-lib with fontkit embedding the same
//   two fonts (subset) and drawing every word of our PDF at its place and size (pdftotext
//   -bbox-layout; bold from pdftohtml -xml) and its rules, warm, median of 10; and the bytes of
//   either way;
// - an offline repeat visit to the app live (service worker), median of 5 — only when the
//   build has a service worker (dist/sw.js); else a row without a value, "not measured";
// - the machine's load average when it starts (the timings are of a shared machine).
//
// usage: node tests/bench/browser.mjs <dist> <rows.json>
//   DAYARLYQ_BENCH_PORT: the port of the test server (8093)
// Writes `{"source": "browser", "rows": [...]}` (the rows format of xtask/src/bench.rs) and, beside
// it, the PDFs compared (app6-ours.pdf, app6-pdf-lib.pdf).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { PDFDocument, PDFDict, PDFName, PDFNumber, PDFArray, decodePDFRawStream } from 'pdf-lib';
import config from '../../playwright.config.js';
import { L, answer, iin, toResult } from '../e2e/app.js';
import { ANSWERS, timeAnswer } from '../e2e/answer-timing.js';
import { timeWorker } from '../e2e/pdf-timing.js';
import { csv, people, timeTake } from '../e2e/nominal-timing.js';
import {
  DOCS_MODULE, FIRST_LOAD_BUDGET, PDF_BUDGET, PDF_WORKER, brotliSize, listing, recordRequests, watchUsable,
} from '../e2e/bytes.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [distArg, outArg] = process.argv.slice(2);
if (!distArg || !outArg) {
  console.error('usage: node tests/bench/browser.mjs <dist> <rows.json>');
  process.exit(2);
}
const DIST = resolve(distArg);
const OUT = resolve(outArg);
const OUT_DIR = dirname(OUT);
const PORT = Number(process.env.DAYARLYQ_BENCH_PORT || 8093);
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** The slow phone of issue 6: 1.6 Mbit/s down, 150 ms round trip, CPU 4× slower. */
const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const CPU_SLOWDOWN = 4;

/** Budgets of issue 6. */
const NAVIGATION_BUDGET_MS = 1500;
const INPUT_BUDGET_MS = 16;
const PDF_BUDGET_MS = 50;
const PDF_TIME_RATIO_BUDGET = 0.5;
const PDF_BYTES_RATIO_BUDGET = 1.0;
const OFFLINE_BUDGET_MS = 300;
/** Issue 16: a 1 000-person nominal list drawn within a second. */
const NOMINAL_BUDGET_MS = 1000;

/** Runs of each timing. */
const NAVIGATIONS = 9;
const PDF_RUNS = 10;
const OFFLINE_RUNS = 5;

/** The files of the usual JavaScript way to make a PDF with our fonts in the browser. */
const PDF_LIB = join(ROOT, 'node_modules/pdf-lib/dist/pdf-lib.min.js');
const FONTKIT = join(ROOT, 'node_modules/@pdf-lib/fontkit/dist/fontkit.umd.min.js');
const FONTS = {
  regular: join(ROOT, 'crates/documents/fonts/DayarlyqSerif-Regular.ttf'),
  bold: join(ROOT, 'crates/documents/fonts/DayarlyqSerif-Bold.ttf'),
};

/** The applicant of the documents (every Kazakh letter beyond Russian in the address). */
const PERSON = [
  ['Тегі', 'Қуаңышбаев'],
  ['Аты', 'Әбілғазы'],
  ['Әкесінің аты (болса)', 'Өмірұлы'],
  ['Тұрғылықты мекенжайы', 'Алматы облысы, Үшқоңыр ауылы, Шаһар көшесі, 7 (ӘҒҚҢӨҰҮҺІ әғқңөұүһі)'],
  ['Телефоны', '+7 701 234 56 78'],
  ['Облыс (қала)', 'Алматы облысы'],
  ['Аудан (қала)', 'Талғар ауданы'],
  ['Оқудың басталу күні', '2026-05-04'],
  ['Оқудың аяқталу күні', '2026-06-16'],
];

const rows = [];

/** A row of the rows file: `value` null when not measured (the note says why). */
function row(name, value, unit, { budget, note } = {}) {
  const r = { name, value, unit };
  if (budget !== undefined) r.budget = budget;
  if (note) r.note = note;
  rows.push(r);
  const shown = value === null ? 'not measured' : `${value} ${unit}`;
  console.log(`${name}: ${shown}${budget !== undefined ? ` (budget ${budget} ${unit})` : ''}${note ? ` — ${note}` : ''}`);
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (x, digits = 1) => Number(x.toFixed(digits));
const samples = (xs, digits = 1) => `[${xs.map((x) => x.toFixed(digits)).join(', ')}]`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------
// The server: tests/e2e/serve.mjs on loopback, each file's brotli made once before measuring.

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Whether something answers on the port. */
async function answers() {
  try {
    return (await fetch(`${ORIGIN}/`)).ok;
  } catch {
    return false;
  }
}

async function startServer() {
  if (await answers()) throw new Error(`port ${PORT} is taken; set DAYARLYQ_BENCH_PORT to a free one`);
  const server = spawn(process.execPath, [join(ROOT, 'tests/e2e/serve.mjs'), DIST, String(PORT)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let ready = false;
  for (let i = 0; i < 100 && !ready && server.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 100));
    ready = await answers();
  }
  if (!ready || server.exitCode !== null) {
    server.kill();
    throw new Error(`the test server did not start on port ${PORT}`);
  }
  // Every file once, so that no measurement waits for the server's compression.
  for (const file of files(DIST)) {
    const path = relative(DIST, file).split('\\').join('/');
    await (await fetch(`${ORIGIN}/${path}`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
  }
  return server;
}

// ---------------------------------------------------------------------------------------------
// The page

/**
 * The page's two moments (tests/e2e/bytes.js `watchUsable`), once both have come: `usable`, the
 * form on screen and answerable (the first screen's copy drawn at build time, or the app's own),
 * and `live`, the app started and its own form there.
 */
async function usable(page, timeout = 30_000) {
  await page.waitForFunction(() => window.__dayarlyqUsable && window.__dayarlyqLive, null, { timeout, polling: 100 });
  return page.evaluate(() => ({ usable: window.__dayarlyqUsable, live: window.__dayarlyqLive }));
}

async function fillApplication(page) {
  for (const [label, value] of PERSON) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel(/^Мемлекеттік қызмет көрсету, оның ішінде проактивті форматта/).check();
}

async function downloadPdf(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'PDF жүктеп алу' }).click(),
  ]);
  return download;
}

// ---------------------------------------------------------------------------------------------
// Bytes

async function bytes(browser) {
  const context = await browser.newContext({ baseURL: ORIGIN });
  const page = await context.newPage();
  const requests = recordRequests(page, ORIGIN);
  await page.addInitScript(watchUsable);
  await page.goto('/', { waitUntil: 'commit' });
  await usable(page);
  const first = await requests.sizes(requests.take());
  await page.getByRole('link', { name: 'Құжаттар', exact: true }).click();
  await page.getByLabel('Тегі', { exact: true }).waitFor();
  const docs = await requests.sizes(requests.take());
  await fillApplication(page);
  const download = await downloadPdf(page);
  const ours = join(OUT_DIR, 'app6-ours.pdf');
  await download.saveAs(ours);
  const pdf = await requests.sizes(requests.take());
  await context.close();
  console.log(`first load:\n${listing(first)}\ndocuments module:\n${listing(docs)}\nfirst PDF:\n${listing(pdf)}`);
  const foreign = requests.foreign.length ? `; REQUESTS TO OTHER HOSTS: ${requests.foreign.join(', ')}` : '';

  const early = first.files.filter((f) => DOCS_MODULE.test(f.path) || PDF_WORKER.test(f.path));
  const names = (part) => part.files.map((f) => `${f.path.replace(/^\//, '') || 'index'} ${kb(f.brotli)}`).join(', ');
  row('first load (until the app is live), brotli', first.total, 'B', {
    budget: FIRST_LOAD_BUDGET,
    note: `${first.files.length} responses: ${names(first)}${early.length ? `; FETCHED TOO EARLY: ${early.map((f) => f.path).join(', ')}` : ''}${foreign}`,
  });
  row('documents module (first visit to the documents), brotli', docs.total, 'B', { note: names(docs) });
  row('PDF module (worker and fonts, first PDF), brotli', pdf.total, 'B', { budget: PDF_BUDGET, note: names(pdf) });
  const worker = pdf.files.filter((f) => PDF_WORKER.test(f.path)).reduce((sum, f) => sum + f.brotli, 0);
  return { ours, worker };
}

// ---------------------------------------------------------------------------------------------
// Navigation on a slow phone

/**
 * Navigations to a usable form, each in a new context (cold cache) on the slow network with the
 * CPU `cpu` times slower: the moments (performance.now()) the form was usable, the moments the
 * app's WASM was wholly received, and the bytes on the wire until usable.
 */
async function navigations(browser, cpu) {
  const times = [];
  const live = [];
  const wasm = [];
  const wire = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const context = await browser.newContext({ baseURL: ORIGIN });
    const page = await context.newPage();
    await page.addInitScript(watchUsable);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto('/', { waitUntil: 'commit' });
    const at = await usable(page);
    times.push(at.usable);
    live.push(at.live);
    const entries = await page.evaluate(() => performance.getEntries()
      .filter((e) => e.entryType === 'navigation' || e.entryType === 'resource')
      .map((e) => ({ name: e.name, end: e.responseEnd, size: e.transferSize })));
    wasm.push(Math.max(...entries.filter((e) => e.name.endsWith('.wasm')).map((e) => e.end)));
    wire.push(entries.filter((e) => e.end <= at.live).reduce((sum, e) => sum + e.size, 0));
    await context.close();
  }
  return { times, live, wasm, wire };
}

async function slowNavigation(browser) {
  const slow = await navigations(browser, CPU_SLOWDOWN);
  const network = `CDP Network.emulateNetworkConditions (latency ${SLOW_NETWORK.latency} ms, down ${SLOW_NETWORK.downloadThroughput} B/s, up ${SLOW_NETWORK.uploadThroughput} B/s)`;
  row('navigation → usable form, 1.6 Mbit/s, 150 ms RTT, CPU ×4', round(median(slow.times), 0), 'ms', {
    budget: NAVIGATION_BUDGET_MS,
    note: `performance.now() in the first frame that draws the IIN field visible and enabled (the questions page's copy drawn into index.html at build time; typed answers carry over into the app); new context (cold cache) each run; ${network} and Emulation.setCPUThrottlingRate ${CPU_SLOWDOWN}; served with Content-Encoding: br; median of ${NAVIGATIONS} ${samples(slow.times, 0)}`,
  });
  row('navigation → the app live (answers update the verdict), same conditions', round(median(slow.live), 0), 'ms', {
    note: `performance.now() when the app's own IIN field is there, visible and enabled; ${kb(median(slow.wire))} on the wire until then; the WASM received at ${median(slow.wasm).toFixed(0)} ms; median of ${NAVIGATIONS} ${samples(slow.live, 0)}`,
  });
  // The same without the CPU slowdown: what the network alone costs.
  const fast = await navigations(browser, 1);
  row('navigation → usable form, 1.6 Mbit/s, 150 ms RTT, CPU not slowed', round(median(fast.times), 0), 'ms', {
    note: `as above, CPU ×1 (this machine, shared): the network's part; the app live at ${median(fast.live).toFixed(0)} ms, the WASM received at ${median(fast.wasm).toFixed(0)} ms; median of ${NAVIGATIONS} ${samples(fast.times, 0)}`,
  });
}

// ---------------------------------------------------------------------------------------------
// Input to verdict (as tests/e2e/load.spec.js)

async function inputToVerdict(browser) {
  const context = await browser.newContext({ baseURL: ORIGIN });
  const page = await context.newPage();
  await page.goto('/');
  await answer(page, 'kk', { iin: iin('1992-10-29', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21' });
  await toResult(page, 'kk');
  await page.getByLabel(L.kk.start).fill('2026-11-02');
  await page.getByLabel(L.kk.submitted).fill('2026-09-22T10:00');
  await page.getByRole('list', { name: 'Процедураның күндері' }).getByText('22.09.2026').first().waitFor();
  const times = [];
  for (const pass of [1, 2]) {
    for (const typed of ANSWERS) times.push(await page.evaluate(timeAnswer, typed));
    if (pass === 1) await page.waitForTimeout(100);
  }
  await context.close();
  row('typed answer → updated verdict', round(median(times), 1), 'ms', {
    budget: INPUT_BUDGET_MS,
    note: `from the input event on the submission time to the changed day of acceptance in the DOM (MutationObserver); no throttling; median of ${times.length} ${samples(times)}`,
  });
}

// ---------------------------------------------------------------------------------------------
// The nominal list (as tests/e2e/nominal.spec.js)

async function nominalList(browser) {
  const context = await browser.newContext({ baseURL: ORIGIN });
  const page = await context.newPage();
  await page.goto('/#/documents/nominal');
  await page.getByRole('heading', { level: 1, name: 'Атаулы тізім (4-қосымша)' }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Оқудың басталуы', { exact: true }).fill('01.02.2027');
  const times = [];
  // Two lists taken in turn, so that each taking changes the whole preview.
  for (const prefix of ['Тегі', 'Атауы', 'Тегі', 'Атауы', 'Тегі']) {
    await page.getByLabel('Кесте (.csv немесе .xlsx)').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: csv(people(1000, prefix)) });
    await page.getByRole('button', { name: 'Тізімді осы адамдармен ауыстыру' }).waitFor();
    times.push(await page.evaluate(timeTake, ['Тізімді осы адамдармен ауыстыру', `${prefix}0999`]));
  }
  await context.close();
  row('nominal list: 1 000 people taken → drawn', round(median(times), 0), 'ms', {
    budget: NOMINAL_BUDGET_MS,
    note: `from the click on "replace the list" to the 1 000th person in the list's preview (MutationObserver): each judged on the free track, ordered, the people's table and app. 4 drawn; no throttling; median of ${times.length} ${samples(times, 0)}`,
  });
}

// ---------------------------------------------------------------------------------------------
// App. 6 as a PDF: ours and pdf-lib's

/** `&amp;` and the like in pdftotext's XHTML. */
const unescape = (s) => s.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (m, e) => {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
  if (named) return named;
  return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
});
const attr = (tag, name) => Number(new RegExp(`${name}="([-0-9.]+)"`).exec(tag)?.[1]);

/**
 * The page of `pdf` as drawing instructions for pdf-lib: every word (pdftotext -bbox-layout) at
 * its baseline and size, in the regular or bold font (pdftohtml -xml tells which font a piece of
 * text is in), and every filled rule (the blanks' underlines, from the content stream).
 */
async function pageOf(pdf) {
  // Each font's ascent and descent (per 1000), by name: a word's box is size × (ascent − descent).
  const doc = await PDFDocument.load(readFileSync(pdf));
  const metrics = {};
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const name = object.get(PDFName.of('FontName')).asString();
    const num = (key) => object.lookup(PDFName.of(key), PDFNumber).asNumber();
    metrics[name.replace(/^\//, '').replace(/^[A-Z]{6}\+/, '')] = { ascent: num('Ascent'), descent: num('Descent') };
  }
  const font = (bold) => metrics[bold ? 'DayarlyqSerif-Bold' : 'DayarlyqSerif-Regular'];
  if (!font(false) || !font(true)) throw new Error(`unexpected fonts in ${pdf}: ${Object.keys(metrics).join(', ')}`);

  // Which pieces of text are bold (pdftohtml's coordinates are 1.5 × points).
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-fontfullname', '-q', pdf], { encoding: 'utf8' });
  const boldFonts = new Set([...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]+)"/g)].filter((m) => /Bold/.test(m[2])).map((m) => m[1]));
  const pieces = [...xml.matchAll(/<page number="(\d+)"|<text top="(\d+)" left="(\d+)" width="(\d+)" height="(\d+)" font="(\d+)"/g)];
  const boldBoxes = [];
  let pageNo = 0;
  for (const m of pieces) {
    if (m[1]) pageNo = Number(m[1]) - 1;
    else if (boldFonts.has(m[6])) {
      const [top, left, width, height] = m.slice(2, 6).map((v) => Number(v) / 1.5);
      boldBoxes.push({ page: pageNo, top, left, right: left + width, bottom: top + height });
    }
  }

  const layout = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = [];
  for (const [, tag, body] of layout.matchAll(/(<page [^>]*>)([\s\S]*?)<\/page>/g)) {
    const height = attr(tag, 'height');
    const index = pages.length;
    const words = [];
    for (const [, wordTag, text] of body.matchAll(/(<word [^>]*>)([^<]*)<\/word>/g)) {
      const [xMin, yMin, xMax, yMax] = ['xMin', 'yMin', 'xMax', 'yMax'].map((k) => attr(wordTag, k));
      const cx = (xMin + xMax) / 2;
      const cy = (yMin + yMax) / 2;
      const bold = boldBoxes.some((b) => b.page === index && b.left <= cx && cx <= b.right && b.top <= cy && cy <= b.bottom);
      const { ascent, descent } = font(bold);
      const size = ((yMax - yMin) * 1000) / (ascent - descent);
      const baseline = yMax + (descent * size) / 1000;
      words.push({ text: unescape(text), x: xMin, y: height - baseline, size: round(size, 2), bold });
    }
    pages.push({ width: attr(tag, 'width'), height, words, rules: [] });
  }

  // The rules: `x1 y1 m x2 y1 l x2 y2 l x1 y2 l h f` in the flipped space of `1 0 0 -1 0 H cm`.
  doc.getPages().forEach((page, index) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    const text = streams.map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')).join('\n');
    const n = '(-?[0-9.]+)';
    const re = new RegExp(`${n} ${n} m ${n} ${n} l ${n} ${n} l ${n} ${n} l\\s+h\\s+f\\b`, 'g');
    const height = page.getHeight();
    for (const m of text.matchAll(re)) {
      const [x1, y1, , , x2, y2] = m.slice(1, 7).map(Number);
      pages[index]?.rules.push({
        x: Math.min(x1, x2), y: height - Math.max(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1),
      });
    }
  });
  return { title: doc.getTitle() || '', pages };
}

/**
 * Runs in the page: sets up `window.__pdfLibRun()`, which draws app. 6 with pdf-lib and fontkit
 * and resolves with the time it took (the PDF in `window.__pdfLibLast`).
 */
function pdfLibSetUp({ page: drawing, fonts }) {
  const { PDFDocument, rgb } = window.PDFLib;
  const regularBytes = new Uint8Array(fonts.regular);
  const boldBytes = new Uint8Array(fonts.bold);
  const make = async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(window.fontkit);
    const regular = await doc.embedFont(regularBytes, { subset: true });
    const bold = await doc.embedFont(boldBytes, { subset: true });
    doc.setTitle(drawing.title);
    doc.setLanguage('kk');
    for (const p of drawing.pages) {
      const page = doc.addPage([p.width, p.height]);
      for (const w of p.words) page.drawText(w.text, { x: w.x, y: w.y, size: w.size, font: w.bold ? bold : regular });
      for (const r of p.rules) page.drawRectangle({ x: r.x, y: r.y, width: r.width, height: r.height, color: rgb(0, 0, 0) });
    }
    return doc.save();
  };
  window.__pdfLibRun = async () => {
    const start = performance.now();
    window.__pdfLibLast = await make();
    return performance.now() - start;
  };
}

/** pdftotext's words of a PDF, in reading order. */
const wordsOf = (pdf) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split(/\s+/).filter(Boolean);

async function pdfs(browser, ours) {
  const drawing = await pageOf(ours.ours);
  const wordCount = drawing.pages.reduce((sum, p) => sum + p.words.length, 0);
  const ruleCount = drawing.pages.reduce((sum, p) => sum + p.rules.length, 0);

  // In one page, taking turns so that both see the same machine: the first of each (cold: our
  // worker's first request; pdf-lib's first run, its code not yet optimised), then PDF_RUNS of
  // each, warm. Ours: the click posts the request to the worker; timed from the post to the reply
  // with the bytes. pdf-lib's: its bundles added as scripts, the fonts given as bytes beforehand.
  const context = await browser.newContext({ baseURL: ORIGIN, bypassCSP: true });
  const page = await context.newPage();
  await page.addInitScript(timeWorker);
  await page.goto('/#/documents');
  await fillApplication(page);
  await page.addScriptTag({ path: PDF_LIB });
  await page.addScriptTag({ path: FONTKIT });
  const fonts = { regular: Array.from(readFileSync(FONTS.regular)), bold: Array.from(readFileSync(FONTS.bold)) };
  await page.evaluate(pdfLibSetUp, { page: drawing, fonts });
  const theirTimes = [];
  for (let i = 0; i <= PDF_RUNS; i++) {
    await downloadPdf(page);
    theirTimes.push(await page.evaluate(() => window.__pdfLibRun()));
  }
  const t = await page.evaluate(() => window.__pdfTimes);
  if (t.received.length !== PDF_RUNS + 1) throw new Error(`${t.received.length} PDFs of ${PDF_RUNS + 1}`);
  const [cold, ...warm] = t.received.map((r, i) => r - t.posted[i]);
  const [theirCold, ...theirWarm] = theirTimes;
  const theirPdfBytes = Buffer.from(await page.evaluate(() => Array.from(window.__pdfLibLast)));
  await context.close();
  const theirPdf = join(OUT_DIR, 'app6-pdf-lib.pdf');
  writeFileSync(theirPdf, theirPdfBytes);

  // The same page: the same words in the same order.
  const a = wordsOf(ours.ours).join(' ');
  const b = wordsOf(theirPdf).join(' ');
  const same = a === b ? 'the same words (pdftotext)' : 'WORDS DIFFER (pdftotext)';
  if (a !== b) console.error(`pdf-lib's PDF reads differently:\n ours: ${a}\n pdf-lib: ${b}`);

  const oursMs = median(warm);
  const theirMs = median(theirWarm);
  row('app. 6 PDF in the browser, ours (worker: post → bytes, warm)', round(oursMs, 1), 'ms', {
    budget: PDF_BUDGET_MS,
    note: `Rust → WASM worker (krilla, fonts embedded, subset per document); the page's postMessage to the reply with the bytes; median of ${warm.length} warm ${samples(warm)}; the first (cold) ${cold.toFixed(1)} ms`,
  });
  row('app. 6 PDF in the browser, pdf-lib 1.17.1 + fontkit (warm)', round(theirMs, 1), 'ms', {
    note: `in the same page, main thread: PDFDocument.create, embedFont ×2 (the same TTFs, subset: true), drawText of each of the ${wordCount} words of our PDF at its position and size (pdftotext -bbox-layout, bold from pdftohtml -xml), ${ruleCount} rules (drawRectangle), save(); median of ${theirWarm.length} warm ${samples(theirWarm)}; the first ${theirCold.toFixed(1)} ms; ${same}; ${kb(readFileSync(ours.ours).length)} ours vs ${kb(theirPdfBytes.length)} theirs`,
  });
  row('app. 6 PDF time, ours / pdf-lib', round(oursMs / theirMs, 3), '×', {
    budget: PDF_TIME_RATIO_BUDGET,
    note: 'medians above',
  });

  const libBytes = [PDF_LIB, FONTKIT, FONTS.regular, FONTS.bold].map((f) => brotliSize(readFileSync(f)));
  const theirBytes = libBytes.reduce((s, x) => s + x, 0);
  row('PDF making in the browser, bytes: pdf-lib + fontkit + fonts, brotli', theirBytes, 'B', {
    note: `pdf-lib.min.js ${kb(libBytes[0])}, fontkit.umd.min.js ${kb(libBytes[1])}, DayarlyqSerif-Regular.ttf ${kb(libBytes[2])}, -Bold.ttf ${kb(libBytes[3])} (the drawing code itself not counted)`,
  });
  row('PDF making bytes, ours / pdf-lib', round(ours.worker / theirBytes, 3), '×', {
    budget: PDF_BYTES_RATIO_BUDGET,
    note: `our worker ${kb(ours.worker)} (loader, JS, WASM with both fonts; brotli) vs pdf-lib's ${kb(theirBytes)}`,
  });
}

// ---------------------------------------------------------------------------------------------
// Offline repeat visit

async function offline(browser) {
  const name = 'offline repeat visit → the app live';
  if (!existsSync(join(DIST, 'sw.js'))) {
    row(name, null, 'ms', { budget: OFFLINE_BUDGET_MS, note: 'not measured: no service worker in this build (dist/sw.js)' });
    return;
  }
  const context = await browser.newContext({ baseURL: ORIGIN });
  const page = await context.newPage();
  await page.addInitScript(watchUsable);
  await page.goto('/');
  await usable(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i < OFFLINE_RUNS; i++) {
    await page.reload({ waitUntil: 'commit' });
    times.push((await usable(page)).live);
  }
  await context.close();
  row(name, round(median(times), 0), 'ms', {
    budget: OFFLINE_BUDGET_MS,
    note: `visited once, service worker controlling (navigator.serviceWorker.ready), context offline, reload → the app's own IIN field visible and enabled (performance.now()); no throttling; median of ${OFFLINE_RUNS} ${samples(times, 0)}`,
  });
}

// ---------------------------------------------------------------------------------------------

mkdirSync(OUT_DIR, { recursive: true });
row('machine load average (1 min) at the start', round(loadavg()[0], 2), '', {
  note: `${cpus().length} CPUs; the timings below are slower and noisier on a busy machine`,
});
const server = await startServer();
const browser = await chromium.launch(config.use.launchOptions);
// Each measurement on its own: one that fails leaves the others' rows.
const failures = [];
async function attempt(what, measure) {
  try {
    return await measure();
  } catch (e) {
    console.error(`${what} failed: ${e.stack || e}`);
    failures.push(what);
    return null;
  }
}
try {
  const ours = await attempt('bytes', () => bytes(browser));
  await attempt('navigation on a slow phone', () => slowNavigation(browser));
  await attempt('input to verdict', () => inputToVerdict(browser));
  await attempt('nominal list of 1 000', () => nominalList(browser));
  if (ours) await attempt('app. 6 PDF, ours and pdf-lib', () => pdfs(browser, ours));
  await attempt('offline repeat visit', () => offline(browser));
} finally {
  await browser.close();
  server.kill();
}
writeFileSync(OUT, `${JSON.stringify({ source: 'browser', rows }, null, 2)}\n`);
if (failures.length) {
  console.error(`browser measurements failed: ${failures.join(', ')}`);
  process.exit(1);
}
