// Nothing typed is lost: the tab keeps its own answers and language across reloads (and across
// the discards phones make of background tabs: the same session storage), with nothing to switch
// on; it never outlives the tab. Keeping the answers in this browser between visits stays the
// person's choice ("Your data", local storage). The language is in the address and follows the
// switch.
import { test, expect, iin, L, AS_OF, open, answer, typed } from './app.js';
import { D } from './data-words.js';

// A service worker would answer the held WASM's request from its cache (a reload after the first
// visit): these tests are about storage, not the offline app (pwa.spec.js).
test.use({ serviceWorkers: 'block' });

const NUMBER = iin('1992-10-29', 'male');
const OTHER_NUMBER = iin('2001-05-10', 'male');
const PERSON = { iin: NUMBER, status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21' };

const reservist = (page, lang) => page.getByRole('radio', { name: L[lang].reservist, exact: true });
const address = (page) => { const url = new URL(page.url()); return url.search + url.hash; };

/** Holds every request for the app's WASM until `release()` is called (a slow network). */
async function holdWasm(page) {
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route(/\/dayarlyq-web-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
const live = (page) => page.waitForFunction(() => {
  const input = document.getElementById('applicant-iin');
  return input && !input.closest('[data-prerender]');
});

for (const lang of ['kk', 'ru']) {
  test(`in ${lang}, a reload keeps what was typed and chosen, and the language`, async ({ page }) => {
    await open(page, lang);
    await page.getByLabel(L[lang].iin).fill(NUMBER);
    await reservist(page, lang).check();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByLabel(L[lang].iin)).toHaveValue(NUMBER);
    await expect(reservist(page, lang)).toBeChecked();
    // The birth date read from the IIN: the app took the answers back, not only the fields.
    await expect(page.getByText('29.10.1992').first()).toBeVisible();
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `target/screenshots/persist-reloaded-${lang}-${width}.png` });
    }
  });
}

test('the "as of" date comes back only when the person chose one', async ({ page }) => {
  await open(page, 'kk');
  const asOf = page.getByLabel(L.kk.asOf, { exact: true });
  const today = await asOf.inputValue();
  await page.getByLabel(L.kk.iin).fill(NUMBER);
  await page.reload();
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(NUMBER);
  await expect(asOf).toHaveValue(today);
  await asOf.fill(typed(AS_OF));
  await page.reload();
  await expect(asOf).toHaveValue(typed(AS_OF));
});

test('the switch puts the language in the address; a reload keeps it; switching back takes it out', async ({ page }) => {
  await page.goto('/?from=egov');
  await answer(page, 'kk', PERSON);
  await page.getByRole('button', { name: L.kk.continue }).click();
  await expect(page.getByRole('button', { name: L.kk.showResult })).toBeVisible();
  const steps = await page.evaluate(() => history.length);

  await page.getByRole('button', { name: L.kk.switchTo }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // The page's other parameters and where the person is stay as they were; Back does not go
  // through languages.
  expect(address(page)).toBe('?from=egov&lang=ru#/answers');
  expect(await page.evaluate(() => history.length)).toBe(steps);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: L.ru.showResult })).toBeVisible();
  await expect(page.getByText(NUMBER)).toBeVisible();

  await page.getByRole('button', { name: L.ru.switchTo }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  expect(address(page)).toBe('?from=egov#/answers');
  await page.reload();
  await expect(page.getByRole('button', { name: L.kk.showResult })).toBeVisible();
  await expect(page.getByText(NUMBER)).toBeVisible();
});

test('the tab remembers its language when the address does not say it, the questions\' copy too', async ({ page }) => {
  await open(page, 'kk');
  await page.getByRole('button', { name: L.kk.switchTo }).click();
  await expect(page).toHaveURL(/\?lang=ru#?\/?$/);
  // The bare address, in the same tab, on a slow network: the copy drawn at build time is the
  // Russian one already, then the app, whose address says so again.
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('[data-prerender]').first()).toBeAttached();
  await expect(page.getByLabel(L.ru.iin, { exact: true })).toBeVisible();
  release();
  await live(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByLabel(L.ru.iin, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/\?lang=ru$/);
  // The address wins over the tab's memory.
  await page.goto('/?lang=kk');
  await expect(page.getByLabel(L.kk.iin, { exact: true })).toBeVisible();
});

test('a new tab starts empty, unless the person keeps the answers in this browser', async ({ page, context, browser, baseURL }) => {
  await open(page, 'ru');
  await page.getByLabel(L.ru.iin).fill(NUMBER);
  // Another tab: its own answers (none yet) and the default language.
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByLabel(L.kk.iin)).toHaveValue('');
  expect(await other.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)])).toEqual([[], []]);
  await other.close();

  await page.getByRole('link', { name: D.ru.nav, exact: true }).click();
  await page.getByRole('checkbox', { name: D.ru.keep }).check();
  const later = await context.newPage();
  await later.goto('/?lang=ru');
  await expect(later.getByLabel(L.ru.iin)).toHaveValue(NUMBER);
  await later.close();

  // Another browser (a context of its own) has nothing of this one.
  const elsewhere = await browser.newContext({ baseURL });
  const fresh = await elsewhere.newPage();
  await fresh.goto('/?lang=ru');
  await expect(fresh.getByLabel(L.ru.iin)).toHaveValue('');
  await elsewhere.close();
});

test('what was typed before the app came wins over the tab\'s stored answers', async ({ page }) => {
  await open(page, 'kk');
  await page.getByLabel(L.kk.iin).fill(NUMBER);
  await reservist(page, 'kk').check();
  const release = await holdWasm(page);
  await page.reload();
  const copy = page.getByLabel(L.kk.iin, { exact: true });
  await expect(page.locator('[data-prerender]').first()).toBeAttached();
  await copy.fill(OTHER_NUMBER);
  release();
  await live(page);
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(OTHER_NUMBER);
  // What the copy left untouched comes from the tab's answers.
  await expect(reservist(page, 'kk')).toBeChecked();
});

test('each tab keeps its own answers over those kept in the browser', async ({ page, context }) => {
  await page.goto('/#/data');
  await page.getByRole('checkbox', { name: D.kk.keep }).check();
  await page.getByRole('link', { name: D.kk.check, exact: true }).click();
  await page.getByLabel(L.kk.iin).fill(NUMBER);

  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByLabel(L.kk.iin)).toHaveValue(NUMBER);
  // Typed in the other tab: kept in the browser now.
  await other.getByLabel(L.kk.iin).fill(OTHER_NUMBER);

  await page.reload();
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(NUMBER);
  await other.reload();
  await expect(other.getByLabel(L.kk.iin)).toHaveValue(OTHER_NUMBER);
  await other.close();
  // A new tab: what was last typed, not what a tab reloaded since had.
  const third = await context.newPage();
  await third.goto('/');
  await expect(third.getByLabel(L.kk.iin)).toHaveValue(OTHER_NUMBER);
  await third.close();
});
