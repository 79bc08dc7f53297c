// The officials' nominal list (app. 4, `#/documents/nominal`): people imported from a CSV, every
// problem named by row and column, the list in Kazakh alphabetical order (app. 4's note:
// «атаулы тізім әліпбилік ретпен жасалады»), and a 1 000-person list drawn within a second.
import { test, expect } from './app.js';
import { csv, people, timeTake } from './nominal-timing.js';

const W = {
  kk: {
    title: 'Атаулы тізім (4-қосымша)', file: 'Кесте (.csv немесе .xlsx)', problems: 'Файлдағы қателер',
    replace: 'Тізімді осы адамдармен ауыстыру', start: 'Оқудың басталуы',
    missing: 'мұндай баған табылмады', badDate: '3-жол, C («Туған күні»): «31.02.2006»', unknown: '4-жол, D («Білімі»): «колледж» мәні белгісіз',
  },
  ru: {
    title: 'Именной список (приложение 4)', file: 'Таблица (.csv или .xlsx)', problems: 'Ошибки в файле',
    replace: 'Заменить список этими людьми', start: 'Начало обучения',
    missing: 'такой столбец не найден', badDate: 'Строка 3, C («Дата рождения»): «31.02.2006» — не дата', unknown: 'Строка 4, D («Образование»): неизвестное значение «колледж»; ожидается: нет образования',
  },
};

/** Surnames whose Kazakh order differs from Unicode's: Ә after А, Ғ after Г, Қ after К, Ң after
 * Н, Ө after О, Ұ and Ү after У, Һ after Х, І after Ы — and Я last. */
const SHUFFLED = ['Яхин', 'Үсенов', 'Әлиев', 'Іргебаев', 'Ұзақов', 'Қасымов', 'Ыбыраев', 'Һашимов', 'Абаев',
  'Ғалымов', 'Гусев', 'Өтепов', 'Кенжебаев', 'Оразов', 'Нұров', 'Ңғаев', 'Уәлиев', 'Хасенов'];
const KAZAKH_ORDER = ['Абаев', 'Әлиев', 'Гусев', 'Ғалымов', 'Кенжебаев', 'Қасымов', 'Нұров', 'Ңғаев', 'Оразов',
  'Өтепов', 'Уәлиев', 'Ұзақов', 'Үсенов', 'Хасенов', 'Һашимов', 'Ыбыраев', 'Іргебаев', 'Яхин'];

async function openList(page, lang) {
  await page.goto(`/${lang === 'ru' ? '?lang=ru' : ''}#/documents/nominal`);
  await expect(page.getByRole('heading', { level: 1, name: W[lang].title })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel(W[lang].start, { exact: true }).fill('01.02.2027');
}

for (const lang of ['kk', 'ru']) {
  test(`an import names each problem by row and column, and the list is in Kazakh order, in ${lang}`, async ({ page }) => {
    const w = W[lang];
    await openList(page, lang);
    const rows = [
      ['Абаев', 'Нұрлан', '15.01.2006', 'higher'],
      ['Бекұлы', 'Ерлан', '31.02.2006', 'higher'],
      ['Жанов', 'Айдос', '2006-01-15', 'колледж'],
    ];
    await page.getByLabel(w.file).setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: csv(rows, lang) });
    const problems = page.locator('.docs-check--error');
    await expect(problems.getByRole('heading', { name: w.problems })).toBeVisible();
    // The missing column (fitness), the day that does not exist, the unknown education.
    await expect(problems).toContainText(w.missing);
    await expect(problems).toContainText(w.badDate);
    await expect(problems).toContainText(w.unknown);

    // Eighteen people in a shuffled order: the list draws them in the Kazakh alphabet's.
    await page.getByLabel(w.file).setInputFiles({
      name: 'shuffled.csv', mimeType: 'text/csv',
      buffer: csv(SHUFFLED.map((s) => [s, 'Ерлан', '15.01.2006', 'higher']), lang),
    });
    await page.getByRole('button', { name: w.replace }).click();
    const preview = page.locator('#nominal-preview');
    await expect(preview).toContainText('Яхин');
    const drawn = await preview.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
    const order = drawn.map((row) => KAZAKH_ORDER.find((s) => row.includes(s))).filter(Boolean);
    expect(order).toEqual(KAZAKH_ORDER);
  });
}

// Its budget, a second, is the benchmark's (`cargo xtask bench`, median of takings on an idle
// machine); bounded loosely here, beside other tests, so that a regression shows.
test('a 1 000-person list is drawn soon after taking it', async ({ page }) => {
  await openList(page, 'kk');
  await page.getByLabel(W.kk.file).setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: csv(people(1000)) });
  await expect(page.getByRole('button', { name: W.kk.replace })).toBeVisible();
  const ms = await page.evaluate(timeTake, [W.kk.replace, 'Тегі0999']);
  console.log(`1 000-person list drawn in ${ms.toFixed(0)} ms`);
  expect(ms, '1 000 people drawn (ms)').toBeLessThan(3000);
});

test('the nominal list opens from the documents and back, each page from its own module', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/#/documents');
  await expect(page.getByLabel('Тегі', { exact: true })).toBeEditable({ timeout: 20_000 });
  // The applicant's documents never bring what only officials use.
  expect(fetched.filter((p) => p.includes('dayarlyq-nominal'))).toEqual([]);
  await page.getByRole('radio', { name: 'Қорғаныс істері басқармасының (бөлімінің) қызметкері' }).check();
  await page.getByRole('link', { name: /^Атаулы тізім \(4-қосымша\)/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: W.kk.title })).toBeVisible({ timeout: 20_000 });
  expect(fetched.filter((p) => p.includes('dayarlyq-nominal_bg.wasm'))).toHaveLength(1);
  await page.getByLabel(W.kk.start, { exact: true }).fill('01.02.2027');
  await page.getByRole('link', { name: 'Құжаттарға оралу' }).click();
  await expect(page.getByLabel('Тегі', { exact: true })).toBeEditable();
  // Back again: the list's module kept what was typed.
  await page.goBack();
  await expect(page.getByLabel(W.kk.start, { exact: true })).toHaveValue('01.02.2027');
});
