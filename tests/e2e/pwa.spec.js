// The offline app: installable (manifest in kk and ru, icons, a service worker), every file of
// the release build precached, working with the network off after one visit (a PDF included),
// and a new release announced, applied when the person chooses, with their answers kept.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect, iin, L, open, answer, toResult, track } from './app.js';

const DIST = process.env.DAYARLYQ_DIST || 'dist';

/** Every file of the build, as a path from the site's root. */
function siteFiles(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? siteFiles(path) : [`/${relative(DIST, path).split('\\').join('/')}`];
  });
}

/** Waits until the service worker is active and controls the page (after a reload if needed). */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
  }
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('installable in Kazakh and Russian, with icons', async ({ page }) => {
  await open(page, 'kk');
  await controlled(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Chromium's own install criteria (manifest, icons, service worker). Playwright's contexts are
  // incognito windows, where Chromium never offers to install: that one is not the app's.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

  const manifests = {};
  for (const [lang, file] of [['kk', 'manifest.webmanifest'], ['ru', 'manifest-ru.webmanifest']]) {
    const response = await page.request.get(`/${file}`);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    manifests[lang] = await response.json();
    expect(manifests[lang]).toMatchObject({ lang, short_name: 'Даярлық', display: 'standalone', theme_color: '#0b5394' });
    for (const icon of manifests[lang].icons) {
      const image = await page.request.get(`/${icon.src}`);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()['content-type']).toBe(icon.type);
    }
    const sizes = manifests[lang].icons.map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifests[lang].icons.some((i) => i.purpose === 'maskable')).toBe(true);
  }
  expect(manifests.kk.name).toMatch(/өзіңізді тексеріңіз/);
  expect(manifests.ru.name).toMatch(/проверьте/);
  // The page points at the manifest of its language.
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', 'manifest.webmanifest');
  await page.getByRole('button', { name: L.kk.switchTo }).click();
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', 'manifest-ru.webmanifest');
});

test('every file of the release build is precached', async ({ page }) => {
  await page.goto('/');
  await controlled(page);
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls.sort();
  });
  // All but the worker itself, the host's headers, and embed.js, which other sites' pages load.
  const want = siteFiles().filter((f) => !['/sw.js', '/_headers', '/embed.js'].includes(f)).sort();
  expect(cached).toEqual(want);
  for (const part of ['_bg.wasm', 'dayarlyq-pdf-worker', '.css', 'index.html']) {
    expect(cached.some((u) => u.includes(part)), part).toBe(true);
  }
});

test('after one visit the app works offline, a PDF included', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await answer(page, 'kk', { iin: iin('1992-10-29', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21' });
  await toResult(page, 'kk');
  await expect(track(page, 'kk', 'paid').getByText(/^Иә, /)).toBeVisible();
  // Another address of the app, in Russian, straight from the cache.
  await page.goto('/?lang=ru#/documents');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByLabel('Фамилия', { exact: true }).fill('Сейітов');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Скачать PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a new release: the person is told, reloads when they choose, and keeps their answers', async ({ page, context, baseURL }) => {
  await open(page, 'ru');
  await controlled(page);
  await answer(page, 'ru', { iin: iin('1992-10-29', 'male'), status: 'reservist', fitness: 'fit', education: 'higher' });
  const banner = page.getByRole('status').filter({ hasText: 'Готова новая версия' });
  await expect(banner).toHaveCount(0);

  // A new build is deployed (tests/e2e/serve.mjs serves a changed sw.js to this browser only),
  // and the browser checks for it, as it does on its own when the person comes back.
  await context.addCookies([{ name: 'dayarlyq-release', value: '2', url: baseURL }]);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Ваши ответы сохранятся.');
  // Nothing happens until the person chooses: the answers are still being typed.
  await page.getByLabel(L.ru.medical).fill('21.09.2026');
  await page.getByLabel(L.ru.asOf, { exact: true }).fill('22.09.2026');

  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Обновить' }).click();
  await reloaded;
  await expect(page.getByLabel(L.ru.iin)).toHaveValue(iin('1992-10-29', 'male'));
  await expect(page.getByRole('radio', { name: L.ru.reservist, exact: true })).toBeChecked();
  await expect(page.getByLabel(L.ru.medical)).toHaveValue('21.09.2026');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(banner).toHaveCount(0);
  // The new release runs the page; the answers and the language are in this tab's storage only.
  const state = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { waiting: !!reg.waiting, controlled: !!navigator.serviceWorker.controller, session: Object.keys(sessionStorage).sort(), local: Object.keys(localStorage) };
  });
  expect(state).toEqual({ waiting: false, controlled: true, session: ['dayarlyq.carry', 'dayarlyq.lang'], local: [] });
  const sw = await page.evaluate(async () => (await fetch('/sw.js')).text());
  expect(sw).toContain('// release 2');
});
