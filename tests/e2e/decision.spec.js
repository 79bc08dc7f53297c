// One decision per track, as a person reads it: the status of each track (four, each with its
// icon, colour and words), what he must still do, and from when — the same decision as
// `dayarlyq check` gives for the same case file, and every part of the page following it.
import { execFileSync } from 'node:child_process';
import { test, expect, AS_OF, shift, dmy, iin, L, open, answer, toResult, track, datesShown } from './app.js';

const DATA_FILE = 'Іс файлы (.json)';

/** `dayarlyq check` on `caseFile`, as an official would run it (the CLI of this build). */
function cliCheck(caseFile) {
  const out = execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'dayarlyq-cli', '--', 'check', '-'], {
    input: JSON.stringify(caseFile),
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

/** Opens `caseFile` on the page "Your data" and goes to its result. */
async function openCase(page, caseFile) {
  await page.goto('/#/data');
  await page.getByLabel(DATA_FILE).setInputFiles({
    name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(caseFile)),
  });
  await page.getByRole('button', { name: 'Жауаптарымды ауыстыру' }).click();
  await page.getByRole('link', { name: 'Тексеру' }).click();
  await toResult(page, 'kk');
}

const STATUS_WORDS = {
  eligible: L.kk.eligible,
  eligible_with_actions: L.kk.eligibleActions,
  not_eligible: L.kk.notEligible,
};

test('a fit reservist of 30 with a three-week-old conclusion: eligible on the page as from `dayarlyq check`, the conclusion to renew', async ({ page }) => {
  test.setTimeout(180_000);
  // p. 19: a fit reservist; p. 21: his card (conclusion of 12.11.2026) was valid through
  // 26.11.2026 — a document to renew, not a condition he fails.
  const caseFile = {
    as_of: '2026-12-03',
    applicant: {
      iin: iin('1996-06-15', 'male'), status: 'reservist', fitness: 'fit', education: 'higher',
      medical_conclusion_date: '2026-11-12',
    },
  };
  const cli = cliCheck(caseFile);
  expect(cli.paid.status).toBe('eligible_with_actions');
  expect(cli.paid.eligible).toBe(true);
  expect(cli.paid.actions.map((a) => a.id)).toEqual(['renew_medical_conclusion']);
  expect(cli.free.status).toBe('not_eligible');

  await openCase(page, caseFile);
  for (const which of ['free', 'paid']) {
    await expect(track(page, 'kk', which).getByText(STATUS_WORDS[cli[which].status], { exact: true })).toBeVisible();
  }
  const paid = track(page, 'kk', 'paid');
  await expect(paid.getByRole('heading', { name: 'Не істеу керек' })).toBeVisible();
  await expect(paid.getByText(/жаңа қорытынды алып, өтінішті одан кейін 10 жұмыс күні ішінде беріңіз/)).toBeVisible();
  const next = page.getByRole('region', { name: 'Әрі қарай не істеу керек' });
  await expect(next).toContainText('eGov порталында 6-қосымшадағы нысан бойынша өтініш беріп');
  await expect(next).toContainText('жаңа қорытынды алып');
});

test('a conscript of 17 years 3 months: not yet, and the day the free track opens for him (ru)', async ({ page }) => {
  // p. 10: from 17 years 6 months.
  const birth = shift(AS_OF, { years: -17, months: -3 });
  const opens = shift(birth, { years: 17, months: 6 });
  await open(page, 'ru');
  await answer(page, 'ru', {
    iin: iin(birth, 'male'), status: 'conscript', deferment: false, fitness: 'fit', education: 'generalSecondary',
  });
  await toResult(page, 'ru');
  await expect(track(page, 'ru', 'free').getByText(L.ru.notYet(dmy(opens)), { exact: true })).toBeVisible();
  const next = page.getByRole('region', { name: 'Что делать дальше' });
  await expect(next).toContainText(`Бесплатная подготовка откроется для вас с ${dmy(opens)} (17 лет 6 месяцев).`);
  await expect(next.getByText('п. 10 Правил')).toBeVisible();
});

test('the moment of sending moved past the card\'s last day: every part of the page follows, and the change is announced', async ({ page }) => {
  // p. 21: a card of a conclusion on Monday 21 September 2026 is valid through Monday 5 October
  // (no public holiday between). Sent on its last day at 19:30, the application is accepted on
  // Tuesday 6 October (app. 7 item 7), when the card has expired.
  await open(page, 'kk');
  await answer(page, 'kk', {
    iin: iin('1992-10-29', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21',
  });
  await toResult(page, 'kk');
  const paid = track(page, 'kk', 'paid');
  const card = page.getByRole('region', { name: 'Медициналық куәландыру картасы' });
  const live = page.locator('p[aria-live="polite"]').first();
  await expect(paid.getByText(L.kk.eligible, { exact: true })).toBeVisible();
  await expect(live).toContainText(`Өтеулі даярлық: ${L.kk.eligible}.`);
  await page.getByLabel(L.kk.start).fill('02.11.2026');
  await page.getByLabel(L.kk.submitted).fill('05.10.2026 17:30');
  await datesShown(page);
  await expect(card).toContainText('Өтінішті қабылдау күні (05.10.2026) жарамды.');
  await expect(page.getByText('Бұл кезекке үлгересіз', { exact: false })).toBeVisible();

  await page.getByLabel(L.kk.submitted).fill('05.10.2026 19:30');
  // The status, the live region, the card, the track's actions and the timeline, together.
  await expect(paid.getByText(L.kk.eligibleActions, { exact: true })).toBeVisible();
  await expect(live).toContainText(`Өтеулі даярлық: ${L.kk.eligibleActions}.`);
  await expect(card).toContainText('Өтінішті қабылдау күні (06.10.2026) мерзімі өтіп кеткен болады');
  await expect(paid.getByText(/06\.10\.2026 өтінішті қабылдау күні мерзімі өткен/)).toBeVisible();
  await expect(page.getByText('Өтінішті қабылдау күні (06.10.2026) медициналық куәландыру картасының мерзімі өтіп кеткен болады', { exact: false })).toBeVisible();
  await expect(page.getByText('Бұл кезекке үлгересіз', { exact: false })).toHaveCount(0);
});

test('a conscript who leaves the deferment question unanswered is asked it: unanswered is not "no" (ru)', async ({ page }) => {
  await open(page, 'ru');
  await answer(page, 'ru', {
    iin: iin('2004-05-10', 'male'), status: 'conscript', fitness: 'fit', education: 'higher',
  });
  await page.getByRole('button', { name: L.ru.continue }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Исправьте ответы' });
  await expect(summary.getByRole('link', { name: 'Выберите, есть ли у вас отсрочка от призыва.' })).toBeVisible();
  await page.getByRole('radio', { name: L.ru.noDeferment, exact: true }).check();
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await toResult(page, 'ru');
  await expect(track(page, 'ru', 'free').getByText(L.ru.eligible, { exact: true })).toBeVisible();
});

for (const [lang, width] of [['kk', 320], ['ru', 320], ['kk', 1280], ['ru', 1280]]) {
  test(`the four statuses, each with its own icon and words (${lang}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const t = L[lang];
    // Free: not yet (17 years 3 months); paid: not yet (a conscript under 24).
    const young = shift(AS_OF, { years: -17, months: -3 });
    await open(page, lang);
    await answer(page, lang, { iin: iin(young, 'male'), status: 'conscript', deferment: false, fitness: 'fit', education: 'higher' });
    await toResult(page, lang);
    const tags = page.locator('.tracks .tag');
    await expect(tags.nth(0)).toHaveClass(/tag--later/);
    await expect(tags.nth(0).locator('.tag__icon')).toHaveText('…');
    await page.screenshot({ path: `target/screenshots/status-${lang}-${width}-not-yet.png` });
    // A reservist of 30 without a conclusion: free not eligible (conscripts only, under 26),
    // paid eligible with an action (the conclusion to get).
    await page.goto(`/${lang === 'kk' ? '' : '?lang=ru'}`);
    await answer(page, lang, { iin: iin('1996-06-15', 'male'), status: 'reservist', fitness: 'fit', education: 'higher' });
    await toResult(page, lang);
    await expect(tags.nth(0)).toHaveClass(/tag--no/);
    await expect(tags.nth(0).locator('.tag__icon')).toHaveText('✗');
    await expect(tags.nth(1)).toHaveClass(/tag--todo/);
    await expect(tags.nth(1).locator('.tag__text')).toHaveText(t.eligibleActions);
    await page.screenshot({ path: `target/screenshots/status-${lang}-${width}-no-todo.png` });
    await page.goto(`/${lang === 'kk' ? '' : '?lang=ru'}`);
    await answer(page, lang, { iin: iin('1996-06-15', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21' });
    await toResult(page, lang);
    await expect(tags.nth(1)).toHaveClass(/tag--yes/);
    await expect(tags.nth(1).locator('.tag__icon')).toHaveText('✓');
    await expect(tags.nth(1).locator('.tag__text')).toHaveText(t.eligible);
    await page.screenshot({ path: `target/screenshots/status-${lang}-${width}-yes.png` });
  });
}
