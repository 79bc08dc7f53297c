// Dayarlyq embedded in another site's page: `examples/host.html`, served on another port (another
// origin) with the app's address in its one snippet. The frame follows its content's height, the
// host hears `dayarlyq:ready` and `dayarlyq:result` (the verdict, never what the person typed),
// and messages from any other origin are ignored, both ways. Where the app is refused (an origin
// not in its frame-ancestors) or does not say it is ready in time, a link opens it in a new tab.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { iin, L, answer, track } from './app.js';

const APP_PORT = Number(process.env.DAYARLYQ_TEST_PORT || 8081);
// `cargo xtask test` builds the app with this origin in frame-ancestors.
const HOST_PORT = APP_PORT + 1;
// A third origin, which the app does not let frame it.
const OTHER_PORT = APP_PORT + 2;
const APP = `http://127.0.0.1:${APP_PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const OTHER = `http://127.0.0.1:${OTHER_PORT}`;

const EXAMPLE = readFileSync(new URL('../../examples/host.html', import.meta.url), 'utf8')
  .split('http://127.0.0.1:8080/').join(`${APP}/`);
const SNIPPET = 'data-lang="ru" async';

/** The host's pages: the example as it is, with the snippet's other attributes, and with the widget far below the fold. */
const HOST_PAGES = {
  '/': EXAMPLE,
  '/paid.html': EXAMPLE.replace(SNIPPET, 'data-lang="ru" data-track="paid" async'),
  '/far.html': EXAMPLE.replace('<!-- Dayarlyq: the one snippet. -->', '<div style="height: 4000px"></div>'),
};

/** The other origin: a page that sends the widget and the host false messages, and one that tries to frame the app. */
const OTHER_PAGES = {
  '/liar.html': `<!DOCTYPE html><title>liar</title><body><script>
    parent.postMessage({ type: 'dayarlyq:height', height: 3 }, '*');
    parent.postMessage({ type: 'dayarlyq:result', detail: { free: { eligible: true } } }, '*');
    for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage({ type: 'dayarlyq:lang', lang: 'kk' }, '*');
    document.body.textContent = 'sent';
  </script>`,
  '/framer.html': framer('kk'),
  '/framer-ru.html': framer('ru'),
};

/** A page of the other origin that tries to frame the app, in `lang`. */
function framer(lang) {
  return `<!DOCTYPE html><html lang="${lang}"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>framer</title><body style="font: 1rem/1.5 system-ui, sans-serif; margin: 1rem">
    <h1>${lang === 'ru' ? 'Подготовка по военно-техническим специальностям' : 'Әскери-техникалық мамандықтар бойынша даярлық'}</h1>
    <p id="heard">nothing</p>
    <script src="${APP}/embed.js" data-lang="${lang}"></script>
    <script>document.addEventListener('dayarlyq:ready', () => { document.getElementById('heard').textContent = 'ready'; });</script>`;
}

/** The link that stands in for a widget that does not come, in each language. */
const FALLBACK = {
  kk: 'Даярлық: әскери-техникалық мамандықтар бойынша даярлыққа бара аласыз ба — жаңа қойындыда ашылады',
  ru: 'Даярлық: можно ли вам пройти подготовку по военно-техническим специальностям — откроется в новой вкладке',
};
/** How long the snippet waits for `dayarlyq:ready` (assets/embed.js), with a margin. */
const WAIT = 6000 + 3000;

const servers = [];
const serve = (port, pages) => new Promise((resolve) => {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages[path];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page || 'not found');
  });
  servers.push(server);
  server.listen(port, '127.0.0.1', resolve);
});

// One worker runs this file: the host's ports are its own.
base.describe.configure({ mode: 'serial' });
base.beforeAll(() => Promise.all([serve(HOST_PORT, HOST_PAGES), serve(OTHER_PORT, OTHER_PAGES)]));
base.afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    const allowed = [APP, HOST, OTHER];
    page.on('console', (m) => {
      // The framer page is refused by the app's frame-ancestors: that refusal is the point.
      if (m.type() === 'error' && !m.text().includes('frame-ancestors')) problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e}`));
    page.on('request', (r) => {
      const url = r.url().replace(/^blob:/, '');
      if (!allowed.some((o) => url.startsWith(`${o}/`))) problems.push(`request to another host: ${r.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        if (e.effectiveDirective !== 'frame-ancestors') console.error(`securitypolicyviolation: ${e.effectiveDirective}`);
      });
    });
    await use(page);
    expect(problems).toEqual([]);
  },
});

/** The events the host page heard, as its log shows them: [type, detail]. */
const heard = (page) => page.locator('#events li').evaluateAll((items) => items.map((li) => {
  const [type, ...json] = li.textContent.split(' ');
  return [type, JSON.parse(json.join(' '))];
}));

const frameOf = (page) => page.frameLocator('iframe.dayarlyq-frame');
const frameHeight = (page) => page.locator('iframe.dayarlyq-frame').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (page) => frameOf(page).locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));

/** From the questions to the result, inside the frame. */
async function toResult(frame, lang) {
  await frame.getByRole('button', { name: L[lang].continue }).click();
  await frame.getByRole('button', { name: L[lang].showResult }).click();
  await expect(track(frame, lang, 'paid')).toBeVisible();
}

/** Whether the result in the frame says the person may take the free track. */
const freeShown = async (frame, lang) => (await track(frame, lang, 'free').getByText(L[lang].notEligible, { exact: true }).count()) === 0;

const PERSON = { iin: iin('1992-10-29', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21' };

test('the host page embeds the widget: compact, the height follows, the events arrive', async ({ page }) => {
  await page.goto(`${HOST}/`);
  const frame = frameOf(page);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ru');
  await expect.poll(() => heard(page)).toEqual([['dayarlyq:ready', { lang: 'ru' }]]);
  // Embedded: no header, navigation or footer of its own.
  await expect(frame.getByLabel(L.ru.iin)).toBeVisible();
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('contentinfo')).toHaveCount(0);

  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(1);
  const before = await frameHeight(page);
  // The error summary makes the page taller: the frame grows with it.
  await frame.getByRole('button', { name: L.ru.continue }).click();
  await expect(frame.locator('#error-summary')).toBeVisible();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(before);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(1);

  await answer(frame, 'ru', PERSON);
  await toResult(frame, 'ru');
  // The verdict as the page shows it (the paid track is open to a fit reservist with higher education).
  const free = await freeShown(frame, 'ru');
  await expect.poll(async () => (await heard(page)).at(-1)).toEqual(
    ['dayarlyq:result', { lang: 'ru', asOf: '2026-09-22', free: { eligible: free }, paid: { eligible: true } }],
  );
  // The verdict only: nothing the person typed reached the host.
  await expect(page.locator('#events')).not.toContainText(PERSON.iin);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(1);

  // The host's own language switch changes the snippet's data-lang: the widget follows.
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(track(frame, 'kk', 'paid')).toBeVisible();
  await expect.poll(async () => (await heard(page)).at(-1)[1].lang).toBe('kk');
});

test('the host may choose the track; the result it hears is the verdict alone', async ({ page }) => {
  await page.goto(`${HOST}/paid.html`);
  const frame = frameOf(page);
  await answer(frame, 'ru', PERSON);
  await toResult(frame, 'ru');
  await expect(track(frame, 'ru', 'paid')).toBeVisible();
  await expect(track(frame, 'ru', 'free')).toHaveCount(0);
  await expect.poll(async () => (await heard(page)).at(-1)?.[0]).toBe('dayarlyq:result');
  const [, detail] = (await heard(page)).at(-1);
  expect(Object.keys(detail).sort()).toEqual(['asOf', 'free', 'lang', 'paid']);
  for (const typed of [PERSON.iin, '1992', '2026-09-21']) await expect(page.locator('#events')).not.toContainText(typed);
});

test('messages from another origin are ignored both ways, and that origin cannot frame the app', async ({ page }) => {
  await page.goto(`${HOST}/`);
  const frame = frameOf(page);
  await expect.poll(() => heard(page)).toEqual([['dayarlyq:ready', { lang: 'ru' }]]);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(1);
  const height = await frameHeight(page);

  // A frame of a third origin in the host page tells both the host and the widget lies.
  await page.evaluate((src) => new Promise((resolve) => {
    const liar = document.createElement('iframe');
    liar.src = src;
    liar.onload = resolve;
    document.body.append(liar);
  }), `${OTHER}/liar.html`);
  await expect(page.frameLocator(`iframe[src="${OTHER}/liar.html"]`).locator('body')).toHaveText('sent');
  await page.waitForTimeout(300);
  expect(await frameHeight(page)).toBe(height);
  expect(await heard(page)).toEqual([['dayarlyq:ready', { lang: 'ru' }]]);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ru');
  // The same request from the host's origin is obeyed.
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'kk');

  // A site not in frame-ancestors gets no widget.
  await page.goto(`${OTHER}/framer.html`);
  await page.waitForTimeout(1000);
  await expect(page.locator('#heard')).toHaveText('nothing');
  await expect(frameOf(page).getByLabel(L.kk.iin)).toHaveCount(0);
});

for (const lang of ['kk', 'ru']) {
  test(`on a site the app does not allow, a link in ${lang} opens the app in a new tab instead`, async ({ page, context }) => {
    await page.goto(`${OTHER}/framer${lang === 'ru' ? '-ru' : ''}.html`);
    const link = page.getByRole('link', { name: FALLBACK[lang], exact: true });
    await expect(link).toBeVisible({ timeout: WAIT });
    await expect(page.locator('iframe.dayarlyq-frame')).toBeHidden();
    await expect(page.locator('#heard')).toHaveText('nothing');
    await expect(page.locator('.dayarlyq-link')).toHaveAttribute('lang', lang);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 480 });
      await page.screenshot({ path: `target/screenshots/embed-refused-${lang}-${width}.png` });
    }

    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expect(opened.locator('html')).toHaveAttribute('lang', lang);
    await expect(opened.getByLabel(L[lang].iin)).toBeVisible();
    // The app itself, not the widget: its own header and navigation.
    await expect(opened.getByRole('navigation')).toBeVisible();
    await opened.close();

    // The page's language changes later: the link follows.
    const other = lang === 'kk' ? 'ru' : 'kk';
    await page.locator('script[src$="/embed.js"]').evaluate((s, l) => { s.dataset.lang = l; }, other);
    await expect(page.getByRole('link', { name: FALLBACK[other], exact: true })).toBeVisible();
    await expect(page.locator('.dayarlyq-link')).toHaveAttribute('lang', other);
  });
}

test('on an allowed site the widget stays, even far below the fold', async ({ page }) => {
  await page.goto(`${HOST}/far.html`);
  await expect.poll(() => heard(page)).toEqual([['dayarlyq:ready', { lang: 'ru' }]]);
  await page.waitForTimeout(WAIT);
  await expect(page.getByRole('link', { name: FALLBACK.ru })).toHaveCount(0);
  await page.locator('iframe.dayarlyq-frame').scrollIntoViewIfNeeded();
  await expect(frameOf(page).getByLabel(L.ru.iin)).toBeVisible();
});

test('on a slow network the link stands in for the widget until it is ready, then gives way', async ({ page }) => {
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route(/\/dayarlyq-web-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${HOST}/`);
  const link = page.getByRole('link', { name: FALLBACK.ru, exact: true });
  await expect(link).toBeVisible({ timeout: WAIT });
  release();
  await expect.poll(() => heard(page)).toEqual([['dayarlyq:ready', { lang: 'ru' }]]);
  await expect(link).toHaveCount(0);
  await expect(frameOf(page).getByLabel(L.ru.iin)).toBeVisible();
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(1);
});
