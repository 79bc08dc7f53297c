// The person's data: kept in this browser only when they switch it on, exported as the case file
// (the CLI's format), imported only after a check and their confirmation, deleted at once.
import { readFileSync } from 'node:fs';
import { test, expect, iin, L, AS_OF, open, answer } from './app.js';
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
  // Off by default: a reload forgets, and nothing was written.
  await expect(page.getByLabel(L.kk.iin)).toHaveValue('');
  expect((await stored(page)).local).toEqual([]);

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
  await expect(next.getByLabel(L.kk.asOf, { exact: true })).toHaveValue(AS_OF);
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
    ['broken.json', '{"applicant": ', /«broken\.json» файлын ашу мүмкін емес: бұл JSON файлы емес/],
    ['list.json', '[]', /«файлдың өзі» мәні нысан/],
    ['package.json', '{"name": "package.json"}', /бұл Даярлықтың іс файлы емес/],
    ['flag.json', '{"applicant": {"deferment": "yes"}}', /«Әскерге шақыруды кейінге қалдыру \(applicant\.deferment\)» мәні true немесе false болуы керек/],
    ['list2.json', '{"application": {"attachments": ["копия", 2]}}', /«Өтінішке қоса берілетін құжаттар \(application\.attachments\[1\]\)» мәні мәтін/],
    ['fee.json', '{"notice": {"fee_tenge": -390000}}', /«Оқу ақысы, теңге \(notice\.fee_tenge\)» мәні 0-ден бастап бүтін сан/],
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
  await expect(page.getByRole('alert')).toHaveText(/значение «Отсрочка от призыва \(applicant\.deferment\)» должно быть true или false/);
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
