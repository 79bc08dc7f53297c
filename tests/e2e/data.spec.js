// The person's data: kept in this browser only when they switch it on, exported as the case file
// (the CLI's format), imported only after a check and their confirmation, deleted at once.
import { readFileSync } from 'node:fs';
import { test, expect, iin, dmy, L, AS_OF, open, answer } from './app.js';
import { D } from './data-words.js';

const PERSON = { iin: iin('1992-10-29', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21' };

/** The example case of the CLI's contract, as the repository keeps it. */
const EXAMPLE = readFileSync(new URL('../../crates/rules/tests/data/example-case.json', import.meta.url), 'utf8');

const toData = async (page, lang) => {
  await page.getByRole('link', { name: D[lang].nav, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: D[lang].nav })).toBeVisible();
};
const toCheck = (page, lang) => page.getByRole('link', { name: D[lang].check, exact: true }).click();

/** What this origin keeps in the browser: storage keys and Cache Storage names. */
const stored = (page) => page.evaluate(async () => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
  caches: await caches.keys(),
}));

/** Chooses a file in the data page's file input. */
const choose = (page, lang, name, content) => page.getByLabel(D[lang].file).setInputFiles({
  name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
});

/** Clicks "download my data" and returns the file's name and parsed JSON. */
async function exported(page, lang) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: D[lang].export }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) };
}

test('answers are kept only once switched on, and "delete everything" leaves nothing', async ({ page, context }) => {
  await open(page, 'kk');
  await answer(page, 'kk', PERSON);
  await page.reload();
  // Off by default: the tab keeps its own answers (tests/e2e/persist.spec.js), the browser nothing.
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(PERSON.iin);
  expect((await stored(page)).local).toEqual([]);
  const before = await context.newPage();
  await before.goto('/');
  await expect(before.getByLabel(L.kk.iin)).toHaveValue('');
  await before.close();

  await toData(page, 'kk');
  const keep = page.getByRole('checkbox', { name: D.kk.keep });
  await expect(keep).not.toBeChecked();
  await keep.check();
  await toCheck(page, 'kk');
  await answer(page, 'kk', PERSON);
  await page.reload();
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(PERSON.iin);
  await expect(page.getByRole('radio', { name: L.kk.reservist, exact: true })).toBeChecked();
  // A later visit, in another tab.
  const later = await context.newPage();
  await later.goto('/');
  await expect(later.getByLabel(L.kk.iin)).toHaveValue(PERSON.iin);
  await later.close();

  // Something personal in Cache Storage too (no part of the app writes any today): it goes.
  await page.evaluate(async () => (await caches.open('dayarlyq-personal')).put('/answers', new Response('x')));
  await toData(page, 'kk');
  await page.getByRole('button', { name: D.kk.delete, exact: true }).click();
  // Nothing yet: the person confirms first.
  expect((await stored(page)).local.length).toBe(1);
  await page.getByRole('button', { name: D.kk.deleteYes }).click();
  await expect(page.getByText(D.kk.deleted)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: D.kk.keep })).not.toBeChecked();
  const left = await stored(page);
  expect(left.local).toEqual([]);
  expect(left.session).toEqual([]);
  // Only the app's own files stay cached (the offline app; no answers in them).
  expect(left.caches.filter((c) => !c.startsWith('workbox-precache'))).toEqual([]);
  await toCheck(page, 'kk');
  await expect(page.getByLabel(L.kk.iin)).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel(L.kk.iin)).toHaveValue('');
});

test('switching keeping off forgets what was kept', async ({ page }) => {
  await page.goto('/?lang=ru#/data');
  await page.getByRole('checkbox', { name: D.ru.keep }).check();
  await toCheck(page, 'ru');
  await answer(page, 'ru', PERSON);
  expect((await stored(page)).local.length).toBe(1);
  await toData(page, 'ru');
  await page.getByRole('checkbox', { name: D.ru.keep }).uncheck();
  expect((await stored(page)).local).toEqual([]);
  // The answers of this visit stay on the page.
  await toCheck(page, 'ru');
  await expect(page.getByLabel(L.ru.iin)).toHaveValue(PERSON.iin);
});

test('the exported case file reads back in another browser, after confirmation', async ({ page, browser, baseURL }) => {
  await open(page, 'kk');
  await answer(page, 'kk', PERSON);
  await toData(page, 'kk');
  const { name, json } = await exported(page, 'kk');
  expect(name).toMatch(/^dayarlyq-\d{4}-\d{2}-\d{2}\.json$/);
  // The CLI's format (shared/contracts/example-case.json): the typed answers, as typed.
  expect(json.applicant).toMatchObject({ iin: PERSON.iin, status: 'reservist', fitness: 'fit', education: 'higher', medical_conclusion_date: '2026-09-21' });
  // The day it was judged on is the case's, not the applicant's (`as_of` at the top, as `check` reads it).
  expect(json.as_of).toBe(AS_OF);

  const other = await browser.newContext({ baseURL });
  const next = await other.newPage();
  await next.goto('/#/data');
  await choose(next, 'kk', name, JSON.stringify(json));
  await expect(next.getByText(`«${name}» файлында`)).toBeVisible();
  await next.getByRole('button', { name: D.kk.replace }).click();
  await toCheck(next, 'kk');
  await expect(next.getByLabel(L.kk.iin)).toHaveValue(PERSON.iin);
  await expect(next.getByLabel(L.kk.asOf, { exact: true })).toHaveValue(dmy(AS_OF));
  await other.close();
});

test('the example case of the CLI opens, and exports back to the same members', async ({ page }) => {
  await page.goto('/?lang=ru#/data');
  await choose(page, 'ru', 'example-case.json', EXAMPLE);
  await page.getByRole('button', { name: D.ru.replace }).click();
  const { json } = await exported(page, 'ru');
  expect(json).toEqual(JSON.parse(EXAMPLE));
});

test('a bad file is refused with what is wrong, and nothing is replaced', async ({ page }) => {
  await open(page, 'kk');
  await answer(page, 'kk', PERSON);
  await toData(page, 'kk');
  const rows = [
    ['broken.json', '{"applicant": ', /«broken\.json» файлын ашу мүмкін емес: бұл JSON файлы емес: файл 1-жолда аяқталмай үзіледі \(applicant өрісі\): мән күтілді/],
    ['list.json', '[]', /Файлдың өзі: мәні нысан/],
    ['package.json', '{"name": "package.json"}', /бұл Даярлықтың іс файлы емес/],
    ['flag.json', '{"applicant": {"deferment": "yes"}}', /«Әскерге шақыруды кейінге қалдыру» \(applicant\.deferment\): мәні true немесе false болуы керек/],
    ['list2.json', '{"application": {"attachments": ["копия", 2]}}', /«Өтінішке қоса берілетін құжаттар» \(application\.attachments\[1\]\): мәні мәтін/],
    ['fee.json', '{"notice": {"fee_tenge": -390000}}', /«Оқу ақысы, теңге» \(notice\.fee_tenge\): мәні 0-ден бастап бүтін сан/],
    ['big.json', Buffer.alloc(1_100_000, 32), /файл тым үлкен/],
  ];
  for (const [name, content, message] of rows) {
    await choose(page, 'kk', name, content);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByRole('button', { name: D.kk.replace })).toHaveCount(0);
  }
  // In Russian too.
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Файл «big\.json» открыть нельзя: файл слишком большой/);
  await choose(page, 'ru', 'flag.json', '{"applicant": {"deferment": "yes"}}');
  await expect(page.getByRole('alert')).toHaveText(/«Отсрочка от призыва» \(applicant\.deferment\): значение должно быть true или false/);
  // A good file, then "cancel": the answers are as they were.
  await choose(page, 'ru', 'example-case.json', EXAMPLE);
  await page.getByRole('button', { name: D.ru.cancel }).click();
  await toCheck(page, 'ru');
  await expect(page.getByLabel(L.ru.iin)).toHaveValue(PERSON.iin);
});

test('hostile text in a file, its name and its members stays text', async ({ page }) => {
  const hostile = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];
  page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
  await page.goto('/#/data');
  const file = {
    applicant: { surname: hostile[0], name: hostile[1], address: hostile.join(' '), [hostile[1]]: 1 },
    provider: { name: hostile[0] },
  };
  const name = `${hostile[1]}.json`;
  await choose(page, 'kk', name, JSON.stringify(file));
  await expect(page.getByText(`«${name}» файлында`)).toBeVisible();
  await expect(page.getByText(`applicant.${hostile[1]}`, { exact: false })).toBeVisible();
  await page.getByRole('button', { name: D.kk.replace }).click();
  await expect(page.locator('img[src="x"], main script')).toHaveCount(0);
  const { json } = await exported(page, 'kk');
  expect(json.applicant.surname).toBe(hostile[0]);
  expect(json.applicant.address).toBe(hostile.join(' '));
});

/** No browser's own words in a message: they are English (V8: "Unexpected token", "JSON at position"). */
const ENGLISH = /Unexpected|JSON at position|SyntaxError|expected property name|Expected/;

for (const lang of ['kk', 'ru']) {
  const words = {
    kk: {
      broken: /«broken\.json» файлын ашу мүмкін емес: бұл JSON файлы емес: 4-жол, 5-таңба \(«Әскери есептегі мәртебесі» \(applicant\.status\) өрісі\): «,» немесе «}» күтілді\./,
      list: /«wrong\.json» файлын ашу мүмкін емес, мына өрістер қате:/,
      status: '«Әскери есептегі мәртебесі» (applicant.status): «soldier» деген мән жоқ. Мүмкін мәндер: conscript — әскерге шақырылушы; reservist — әскери міндетті; none — әскери есепте тұрмайды.',
      iin: '«ЖСН» (applicant.iin): мәні мәтін (тырнақшада) болуы керек.',
      offer: /Ауыстырсаңыз, олар сұрақтардың жанында қате ретінде көрсетіледі|ауыстырсаңыз, олар сұрақтардың жанында/,
    },
    ru: {
      broken: /Файл «broken\.json» открыть нельзя: это не файл JSON: строка 4, символ 5 \(поле «Статус воинского учёта» \(applicant\.status\)\): ожидается «,» или «}»\./,
      list: /Файл «wrong\.json» открыть нельзя, ошибки в полях:/,
      status: '«Статус воинского учёта» (applicant.status): значения «soldier» нет. Возможные значения: conscript — призывник; reservist — военнообязанный; none — не состоит на воинском учёте.',
      iin: '«ИИН» (applicant.iin): значение должно быть текстом (в кавычках).',
      offer: /если заменить их, они будут отмечены как ошибки у своих вопросов/,
    },
  }[lang];

  test(`a broken and a wrong-typed case file are refused before any confirmation, in words of ${lang}`, async ({ page }) => {
    await page.goto(lang === 'kk' ? '/#/data' : '/?lang=ru#/data');
    // A comma missing after a member: where, in which member, what should have come.
    const broken = '{\n  "applicant": {\n    "status": "reservist"\n    "fitness": "fit"\n  }\n}\n';
    await choose(page, lang, 'broken.json', broken);
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(words.broken);
    await expect(alert).not.toHaveText(ENGLISH);
    await expect(page.getByRole('button', { name: D[lang].replace })).toHaveCount(0);
    // The error is read with the file field.
    await expect(page.getByLabel(D[lang].file)).toHaveAttribute('aria-describedby', /open-file-error/);
    await page.screenshot({ path: `target/screenshots/data-${lang}-1280-broken.png`, fullPage: true });

    // JSON, but a status that is none of the three and an IIN as a number: both said at once,
    // each naming its member and what it must be, and nothing offered to confirm.
    const wrong = { applicant: { status: 'soldier', iin: 921029350851, sex: 'male' } };
    await choose(page, lang, 'wrong.json', JSON.stringify(wrong));
    await expect(alert).toHaveText(words.list);
    await expect(alert.getByRole('listitem')).toHaveText([words.iin, words.status]);
    await expect(alert).not.toHaveText(ENGLISH);
    await expect(page.getByRole('button', { name: D[lang].replace })).toHaveCount(0);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.screenshot({ path: `target/screenshots/data-${lang}-320-wrong.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no horizontal scroll at 320 px').toBeLessThanOrEqual(0);
  });

  test(`the offer to confirm comes into view with the focus, and says what the forms will call wrong, in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 480 });
    await page.goto(lang === 'kk' ? '/#/data' : '/?lang=ru#/data');
    // Saved halfway through typing: an IIN seven digits long. It goes in, said beforehand.
    const half = { applicant: { iin: '9210293', status: 'reservist' } };
    await choose(page, lang, 'half.json', JSON.stringify(half));
    const offer = page.locator('#open-offer');
    await expect(offer).toBeFocused();
    await expect(offer).toBeInViewport();
    await expect(offer).toContainText(words.offer);
    await expect(offer.getByRole('listitem')).toHaveCount(1);
    await page.screenshot({ path: `target/screenshots/data-${lang}-320-offer.png` });
    // Cancel: the focus goes back to the file field; replace: to the message that it is done.
    await offer.getByRole('button', { name: D[lang].cancel }).click();
    await expect(page.getByLabel(D[lang].file)).toBeFocused();
    await choose(page, lang, 'example-case.json', EXAMPLE);
    await expect(offer).toBeFocused();
    await offer.getByRole('button', { name: D[lang].replace }).click();
    await expect(page.locator('#open-done')).toBeFocused();
    await expect(page.locator('#open-done')).toBeInViewport();
  });
}

test('the focus follows "delete everything": to the question, back, and to the message after', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?lang=ru#/data');
  await page.getByRole('button', { name: D.ru.delete, exact: true }).click();
  const question = page.locator('#delete-confirm');
  await expect(question).toBeFocused();
  await expect(question).toBeInViewport();
  await question.getByRole('button', { name: D.ru.cancel }).click();
  await expect(page.getByRole('button', { name: D.ru.delete, exact: true })).toBeFocused();
  await page.getByRole('button', { name: D.ru.delete, exact: true }).click();
  await page.getByRole('button', { name: D.ru.deleteYes }).click();
  // The page reloads, empty: the focus is on the message saying what happened, not on <body>.
  const message = page.getByText(D.ru.deleted);
  await expect(message).toBeVisible();
  await expect(message).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
});
