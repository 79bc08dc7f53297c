// The first screen drawn into index.html at build time (pwa/prerender.mjs): on a slow network the
// questions are on screen before the app's WASM has come, and what the person typed and chose
// there, and where the focus was, carries over into the app (src/browser.js takePrerender /
// givePrerender). The WASM is held back here until the test lets it go: the network is as slow
// as the test needs.
import { test, expect, L, iin } from './app.js';

/** Holds every request for the app's WASM until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route(/\/dayarlyq-web-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const copy = (page) => page.locator('[data-prerender]');
const live = (page) => page.waitForFunction(() => {
  const input = document.getElementById('applicant-iin');
  return input && !input.closest('[data-prerender]');
});

test('before the app comes the questions are there, and what was typed carries over into it', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  const field = page.getByLabel(L.kk.iin, { exact: true });
  await expect(field).toBeVisible();
  await expect(copy(page).first()).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Даярлыққа бара аласыз ба?');

  const number = iin('1992-10-29', 'male');
  await field.fill(number);
  await page.getByLabel(L.kk.reservist, { exact: true }).check();
  await field.focus();
  await field.evaluate((el) => el.setSelectionRange(2, 4));
  // The copy's form does not submit (the policy's form-action 'none' would block it anyway).
  await field.press('Enter');
  await expect(page).toHaveURL(/\/$/);

  release();
  await live(page);
  await expect(copy(page)).toHaveCount(0);
  const app = page.getByLabel(L.kk.iin, { exact: true });
  await expect(app).toHaveValue(number);
  await expect(page.getByLabel(L.kk.reservist, { exact: true })).toBeChecked();
  await expect(app).toBeFocused();
  expect(await app.evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([2, 4]);
  // The app took the answers as typed: the birth date and sex read from the IIN are shown.
  await expect(page.locator('.derived')).toContainText('29.10.1992');
  // The footer, left out of the copy, comes with the app.
  await expect(page.locator('footer')).toBeVisible();
});

test('an untouched copy leaves the app its own defaults, the "as of" date today', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(copy(page).first()).toBeAttached();
  await expect(page.locator('#as-of')).toHaveValue('');
  release();
  await live(page);
  await expect(page.locator('#as-of')).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
});

test('in Russian the copy is the Russian one', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/?lang=ru');
  await expect(page.getByLabel(L.ru.iin, { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(copy(page).first()).toBeAttached();
  release();
  await live(page);
  await expect(page.getByLabel(L.ru.iin, { exact: true })).toBeVisible();
});

for (const [what, address] of [
  ['the documents', '/#/documents'],
  ['the result', '/#/result'],
  ['your data', '/#/data'],
  ['another site\'s frame', '/?embed=1'],
]) {
  test(`${what} (${address}) get no copy of the questions`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(address);
    // The page has been parsed and its scripts run, but for the held WASM.
    await page.waitForFunction(() => document.readyState !== 'loading');
    await expect(copy(page)).toHaveCount(0);
    await expect(page.locator('#applicant-iin')).toHaveCount(0);
    release();
  });
}

test('when the app cannot come, the page says so above the questions\' copy', async ({ page }) => {
  page.expectedProblems.push(/Failed to load resource|ERR_FAILED|Failed to fetch|failed to fetch/i);
  await page.route(/\/dayarlyq-web-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Даярлық жүктелмеді');
  await expect(alert.locator('[lang=ru]')).toContainText('Даярлық не загрузился');
  // The copy is still there: the person sees what they had, and the message says to reload.
  await expect(page.getByLabel(L.kk.iin, { exact: true })).toBeVisible();
});

test('when the app starts, no failure is shown', async ({ page }) => {
  await page.goto('/');
  await live(page);
  await expect(page.locator('.load-failed')).toBeHidden();
});
