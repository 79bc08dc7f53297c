// The hand-off with no server: an address whose fragment (`#case=…`) carries the case file, made
// by `dayarlyq link` or by the app's "copy a link", opens the answers in another browser — at
// once when it holds none, after the person confirms when it does; the fragment leaves the
// address and the history at once, and no request carries it. The printed result carries the
// same address as a QR code, decoded here (jsQR) and opened.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, iin, L, open, answer, toResult } from './app.js';
import { D } from './data-words.js';

const EXAMPLE_PATH = 'crates/rules/tests/data/example-case.json';
const EXAMPLE = JSON.parse(readFileSync(new URL(`../../${EXAMPLE_PATH}`, import.meta.url), 'utf8'));
const JSQR = readFileSync(new URL('../../node_modules/jsqr/dist/jsQR.js', import.meta.url), 'utf8');

const PERSON = { iin: iin('1990-04-12', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21' };

/** The words of the link's messages (locales/{kk,ru}/data.json). */
const W = {
  kk: {
    done: 'Сілтемедегі жауаптар орнына қойылды.',
    confirm: /^Сілтемеде \d+ жауап бар\./,
    broken: 'Сілтемені ашу мүмкін емес: сілтеме толық емес немесе өзгертілген.',
    share: 'Осы жауаптарға сілтемені көшіру',
    field: 'Жауаптарға сілтеме',
    warning: 'Сілтемеде жеке деректеріңіз бар',
    print: 'Басып шығару',
    staff: 'Қорғаныс істері басқармасының (бөлімінің) қызметкері',
  },
  ru: {
    done: 'Ответы из ссылки на месте.',
    confirm: /^В ссылке ответов: \d+\./,
    broken: 'Ссылку открыть нельзя: ссылка неполная или изменена.',
    share: 'Скопировать ссылку на эти ответы',
    field: 'Ссылка на ответы',
    warning: 'В ссылке ваши персональные данные',
    print: 'Распечатать',
    staff: 'Сотрудник управления (отдела) по делам обороны',
  },
};

/** `dayarlyq link` of the contract's example case, under `base`. */
const cliLink = (base) => execFileSync(
  'cargo', ['run', '--quiet', '--locked', '-p', 'dayarlyq-cli', '--', 'link', EXAMPLE_PATH, '--base', base],
  { encoding: 'utf8' },
).trim();

/** Every request the page makes (address and body), to look for the link's payload in. */
function requests(page) {
  const seen = [];
  page.on('request', (r) => seen.push(`${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`));
  return seen;
}

/** Asserts that the address and its history hold nothing of the link: the fragment is the page
 * "Your data"'s, and Back does not bring the payload back. */
async function linkGone(page, baseURL, lang) {
  expect(page.url()).toBe(`${baseURL}/${lang === 'ru' ? '?lang=ru' : ''}#/data`);
  const entries = await page.evaluate(() => history.length);
  await page.goBack();
  expect(page.url()).not.toContain('case=');
  await page.goForward();
  expect(await page.evaluate(() => history.length)).toBe(entries);
}

test('a link of `dayarlyq link` opens its answers at once, leaves the address, and is sent nowhere (kk)', async ({ page, baseURL }) => {
  const link = cliLink(`${baseURL}/`);
  expect(link).toMatch(new RegExp(`^${baseURL}/#case=[A-Za-z0-9_-]+$`));
  const payload = link.split('#case=')[1];
  const seen = requests(page);
  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: W.kk.done })).toBeVisible({ timeout: 20_000 });
  await linkGone(page, baseURL, 'kk');
  await page.getByRole('link', { name: D.kk.check, exact: true }).click();
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(EXAMPLE.applicant.iin);
  // The staff mode reads the same case: the notices' applicant fields are filled.
  await page.getByRole('link', { name: 'Құжаттар', exact: true }).click();
  await page.getByRole('radio', { name: W.kk.staff }).check();
  await expect(page.locator('.docs__paper')).toContainText(EXAMPLE.applicant.surname);
  // Nothing of the link, nor of what it holds, went out with any request (the app's own files).
  expect(seen.length).toBeGreaterThan(0);
  for (const needle of [payload.slice(0, 24), EXAMPLE.applicant.iin, encodeURIComponent(EXAMPLE.applicant.surname)]) {
    expect(seen.filter((r) => r.includes(needle)), needle).toEqual([]);
  }
});

test('the app\'s own link opens in another browser, which asks before replacing its answers (ru)', async ({ page, browser, baseURL, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'ru');
  await answer(page, 'ru', PERSON);
  await page.getByRole('link', { name: D.ru.nav, exact: true }).click();
  await expect(page.getByText(W.ru.warning)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: W.ru.share }).click();
  const link = await page.getByLabel(W.ru.field).inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/\\?lang=ru#case=[A-Za-z0-9_-]+$`));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await browser.newContext({ baseURL });
  const next = await other.newPage();
  await open(next, 'ru');
  await answer(next, 'ru', { iin: EXAMPLE.applicant.iin });
  const seen = requests(next);
  await next.goto(link);
  // It holds answers of its own: nothing replaced until the person says so.
  await expect(next.getByText(W.ru.confirm)).toBeVisible({ timeout: 20_000 });
  expect(next.url()).not.toContain('case=');
  await next.getByRole('button', { name: D.ru.replace }).click();
  await expect(next.getByRole('status').filter({ hasText: W.ru.done })).toBeVisible();
  await linkGone(next, baseURL, 'ru');
  await next.getByRole('link', { name: D.ru.check, exact: true }).click();
  await expect(next.getByLabel(L.ru.iin)).toHaveValue(PERSON.iin);
  await expect(next.getByRole('radio', { name: L.ru.reservist, exact: true })).toBeChecked();
  expect(seen.filter((r) => r.includes(link.split('#case=')[1].slice(0, 24)) || r.includes(PERSON.iin))).toEqual([]);
  await other.close();
});

test('a link cut short is refused in words, and the answers stay (kk)', async ({ page, baseURL }) => {
  const link = cliLink(`${baseURL}/`);
  await open(page, 'kk');
  await answer(page, 'kk', PERSON);
  await page.goto(link.slice(0, -12));
  await expect(page.getByText(W.kk.broken)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: D.kk.check, exact: true }).click();
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(PERSON.iin);
});

for (const lang of ['kk', 'ru']) {
  test(`the printed result carries a QR code that opens the same answers (${lang})`, async ({ page, browser, baseURL }) => {
    await page.addInitScript(() => { window.print = () => { window.printed = true; }; });
    await open(page, lang);
    await answer(page, lang, PERSON);
    await toResult(page, lang);
    await page.getByRole('button', { name: W[lang].print }).click();
    await page.waitForFunction(() => window.printed === true, null, { timeout: 20_000 });
    const figure = page.locator('figure.result-qr');
    // On paper only.
    await expect(figure).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(figure).toBeVisible();
    const svg = await figure.locator('svg').evaluate((el) => new XMLSerializer().serializeToString(el));
    await page.emulateMedia({ media: 'screen' });

    // Decoded in a blank page (no policy of the app's to weaken): the SVG drawn on a canvas, eight
    // pixels a module, read by jsQR.
    const blank = await browser.newPage();
    await blank.addScriptTag({ content: JSQR });
    const text = await blank.evaluate(async (markup) => {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
      await img.decode();
      const scale = 8;
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth * scale;
      canvas.height = img.naturalHeight * scale;
      const g = canvas.getContext('2d');
      g.imageSmoothingEnabled = false;
      g.drawImage(img, 0, 0, canvas.width, canvas.height);
      const pixels = g.getImageData(0, 0, canvas.width, canvas.height);
      return window.jsQR(pixels.data, canvas.width, canvas.height)?.data ?? null;
    }, svg);
    await blank.close();
    expect(text).toMatch(new RegExp(`^${baseURL}/${lang === 'ru' ? '\\?lang=ru' : ''}#case=[A-Za-z0-9_-]+$`));

    const other = await browser.newContext({ baseURL });
    const phone = await other.newPage();
    await phone.goto(text);
    await expect(phone.getByRole('status').filter({ hasText: W[lang].done })).toBeVisible({ timeout: 20_000 });
    await phone.getByRole('link', { name: D[lang].check, exact: true }).click();
    await expect(phone.getByLabel(L[lang].iin)).toHaveValue(PERSON.iin);
    await other.close();
  });
}
