// The self-check's flows, from the questions to the result, in both languages. Every date is
// relative to the "as of" date typed into the form (AS_OF).
import { test, expect, AS_OF, shift, dmy, iin, L, open, answer, toResult, track, datesShown } from './app.js';

test('a 17½-year-old fit conscript with general secondary education: free track, with the guardian\'s consent', async ({ page }) => {
  // p. 10: from 17 years 6 months; p. 12: under 18 the legal representative consents.
  const birth = shift(AS_OF, { years: -17, months: -6, days: -10 });
  await open(page, 'kk');
  await answer(page, 'kk', {
    iin: iin(birth, 'male'), status: 'conscript', deferment: false, fitness: 'fit', education: 'generalSecondary',
  });
  await expect(page.getByText(`ЖСН бойынша: туған күні — ${dmy(birth)}, жынысы — ер.`)).toBeVisible();
  await toResult(page, 'kk');
  const free = track(page, 'kk', 'free');
  // Eligible, with the consent to attach: an action, not a refusal.
  await expect(free.getByText(L.kk.eligibleActions, { exact: true })).toBeVisible();
  await expect(free.getByRole('listitem').filter({ hasText: 'Әрекет:' })).toContainText('заңды өкілдің оқуға шарт жасауға келісімі');
  // The age window opens on the day 17 years 6 months are reached and closes the day before 26.
  const opens = shift(birth, { years: 17, months: 6 });
  const closes = shift(birth, { years: 26, days: -1 });
  await expect(free.getByText(`Жасы бойынша: ${dmy(opens)} бастап ${dmy(closes)} қоса алғанда`)).toBeVisible();
  // The paid track opens for a conscript at 24 (p. 19): not yet, from his 24th birthday.
  await expect(track(page, 'kk', 'paid').getByText(L.kk.notYet(dmy(shift(birth, { years: 24 }))), { exact: true })).toBeVisible();
  const next = page.getByRole('region', { name: 'Әрі қарай не істеу керек' });
  await expect(next).toContainText('қорғаныс істері бөлімі әскерге шақырылушыларды іріктеп');
  await expect(next).toContainText('заңды өкілдің оқуға шарт жасауға келісімі');
  // Every check's citation opens onto the Kazakh paragraph of the Rules.
  await free.getByText('Қағидалардың 12-тармағы').first().click();
  await expect(free.getByText(/Он жеті жас алты айдан он сегіз жасқа дейінгі/).first()).toBeVisible();
});

test('a 25-year-old limited-fit conscript: paid track, with the warning on the portal\'s standard (ru)', async ({ page }) => {
  // p. 19 admits limited-fit conscripts of 24 to 27; app. 7 item 10 names "fit" only.
  const birth = shift(AS_OF, { years: -25, months: -4 });
  await open(page, 'ru');
  await answer(page, 'ru', {
    birth, male: true, status: 'conscript', deferment: false, fitness: 'limited', education: 'higher',
  });
  await toResult(page, 'ru');
  const paid = track(page, 'ru', 'paid');
  // No conclusion yet: eligible, with the conclusion to get (an action); the warning stays a warning.
  await expect(paid.getByText(L.ru.eligibleActions, { exact: true })).toBeVisible();
  await expect(paid.getByText(/портал может не принять заявление/)).toBeVisible();
  await expect(track(page, 'ru', 'free').getByText(L.ru.notEligible, { exact: true })).toBeVisible();
  const next = page.getByRole('region', { name: 'Что делать дальше' });
  await expect(next).toContainText('подайте на портале eGov заявление по форме приложения 6');
  await expect(next.getByRole('link', { name: 'Портал eGov (egov.kz)' })).toHaveAttribute('href', 'https://egov.kz/');
  await expect(next.getByRole('link', { name: 'Заполнить и распечатать приложение 6' })).toHaveAttribute('href', '#/documents');
  await expect(next).toContainText('Получите заключение медицинской комиссии о годности');
});

test('a reservist whose medical card expired yesterday meets every condition; the conclusion is to renew', async ({ page }) => {
  // p. 21: valid 10 working days after the conclusion. September 2026 has no public holiday in
  // Kazakhstan, so ten working days after Monday 7 September end on Monday 21 September.
  const conclusion = '2026-09-07';
  const validThrough = '2026-09-21';
  expect(shift(validThrough, { days: 1 })).toBe(AS_OF);
  await open(page, 'kk');
  await answer(page, 'kk', {
    iin: iin('1994-04-02', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: conclusion,
  });
  await toResult(page, 'kk');
  const card = page.getByRole('region', { name: 'Медициналық куәландыру картасы' });
  await expect(card.getByText(`Жарамдылық мерзімі: ${dmy(validThrough)} қоса алғанда`, { exact: false })).toBeVisible();
  await expect(card.getByText(`${dmy(AS_OF)} күні мерзімі өткен`, { exact: false })).toBeVisible();
  // p. 21: the card is a document of the application — out of date, it is something to do.
  const paid = track(page, 'kk', 'paid');
  await expect(paid.getByText(L.kk.eligibleActions, { exact: true })).toBeVisible();
  await expect(paid.getByText(/мерзімі өткен: жаңа қорытынды алып/)).toBeVisible();
  // The day before, the same card was still valid, with no working day left after it.
  await page.getByRole('link', { name: 'Жауаптарды өзгерту' }).click();
  await page.getByRole('link', { name: /Өзгерту Тексеру күні/ }).click();
  await expect(page.getByLabel(L.kk.asOf, { exact: true })).toBeFocused();
  await page.getByLabel(L.kk.asOf, { exact: true }).fill(dmy(validThrough));
  await toResult(page, 'kk');
  await expect(card.getByText(`${dmy(validThrough)} күні жарамды; одан кейін 0 жұмыс күні қалды.`)).toBeVisible();
  await expect(track(page, 'kk', 'paid').getByText(L.kk.eligible, { exact: true })).toBeVisible();
});

test('an invalid IIN: the error summary takes the focus, links to the field, and nothing typed is lost', async ({ page }) => {
  await open(page, 'kk');
  await answer(page, 'kk', { iin: '920229350851', status: 'reservist', fitness: 'fit', education: 'higher' });
  await page.getByRole('button', { name: L.kk.continue }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Жауаптарды түзетіңіз' });
  await expect(summary).toBeVisible();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Қате: /);
  const link = summary.getByRole('link').first();
  await expect(link).toContainText('ЖСН');
  // The inline error says the same, next to the field.
  await expect(page.locator('#applicant-iin-error')).toContainText('ЖСН');
  await link.click();
  await expect(page.getByLabel(L.kk.iin)).toBeFocused();
  // Everything typed is still there.
  await expect(page.getByLabel(L.kk.iin)).toHaveValue('920229350851');
  await expect(page.getByRole('radio', { name: L.kk.reservist, exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: L.kk.fit, exact: true })).toBeChecked();
  await expect(page.getByLabel(L.kk.asOf, { exact: true })).toHaveValue(dmy(AS_OF));
  // Corrected, the errors go and the way on opens.
  await page.getByLabel(L.kk.iin).fill(iin('1992-02-29', 'male'));
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await toResult(page, 'kk');
  // Eligible, with the medical conclusion still to get.
  await expect(track(page, 'kk', 'paid').getByText(L.kk.eligibleActions, { exact: true })).toBeVisible();
});

test('an IIN that disagrees with the typed birth date warns and never refuses', async ({ page }) => {
  await open(page, 'ru');
  await answer(page, 'ru', {
    iin: iin('1995-05-05', 'male'), birth: '1995-06-05', status: 'reservist', fitness: 'fit', education: 'higher',
  });
  await toResult(page, 'ru');
  await expect(page.getByText('По ИИН дата рождения — 05.05.1995, введена — 05.06.1995.', { exact: false })).toBeVisible();
  await expect(track(page, 'ru', 'paid').getByText(/^Да, /)).toBeVisible();
});

test('switching the language mid-way keeps every answer', async ({ page }) => {
  const birth = shift(AS_OF, { years: -20 });
  await open(page, 'kk');
  await answer(page, 'kk', {
    iin: iin(birth, 'male'), status: 'conscript', deferment: false, fitness: 'fit', education: 'higher', medical: '2026-09-14',
  });
  await page.getByRole('button', { name: L.kk.switchTo }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Можно ли вам пройти подготовку?');
  await expect(page.getByLabel(L.ru.iin)).toHaveValue(iin(birth, 'male'));
  await expect(page.getByRole('radio', { name: L.ru.conscript, exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: L.ru.noDeferment, exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: L.ru.fit, exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: L.ru.higher, exact: true })).toBeChecked();
  await expect(page.getByLabel(L.ru.medical)).toHaveValue('14.09.2026');
  await expect(page.getByLabel(L.ru.asOf, { exact: true })).toHaveValue(dmy(AS_OF));
  await toResult(page, 'ru');
  await expect(track(page, 'ru', 'free').getByText(L.ru.eligible, { exact: true })).toBeVisible();
  // And back on the result page: the verdict is said again in Kazakh.
  await page.getByRole('button', { name: L.ru.switchTo }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(track(page, 'kk', 'free').getByText(L.kk.eligible, { exact: true })).toBeVisible();
  // Going to the documents and back keeps the answers too.
  await page.getByRole('link', { name: 'Құжаттар' }).click();
  await page.getByRole('link', { name: 'Тексеру' }).click();
  await expect(page.getByLabel(L.kk.iin)).toHaveValue(iin(birth, 'male'));
});

test('the paid timeline: every date with its citation, an unreachable intake, and the .ics file', async ({ page }) => {
  await open(page, 'kk');
  await answer(page, 'kk', {
    iin: iin('1992-10-29', 'male'), status: 'reservist', fitness: 'fit', education: 'higher', medical: '2026-09-21',
  });
  await toResult(page, 'kk');
  // Sent on Tuesday 22 September 2026 at 19:30: after hours, so accepted on Wednesday 23.
  await page.getByLabel(L.kk.submitted).fill('22.09.2026 19:30');
  await page.getByLabel(L.kk.start).fill('02.11.2026');
  await datesShown(page);
  const dates = page.getByRole('list', { name: 'Процедураның күндері' });
  await expect(dates.getByRole('listitem').filter({ hasText: 'Өтініш қабылданатын күн' })).toContainText('23.09.2026, сәрсенбі');
  await expect(dates.getByRole('listitem').filter({ hasText: 'Оқудың басталуы' })).toContainText('02.11.2026');
  await expect(dates.getByRole('listitem').filter({ hasText: 'Оқудың басталуы' })).toContainText('Қағидалардың 44-тармағы');
  await expect(page.getByText('Бұл кезекке үлгересіз', { exact: false })).toBeVisible();
  // An intake starting a week after sending can no longer be reached; the page says which can.
  await page.getByLabel(L.kk.start).fill('29.09.2026');
  const alert = page.getByRole('alert').filter({ hasText: 'Бұл кезекке үлгермейсіз' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/немесе одан кейін басталатын оқуға үлгереді/);
  // The dates as a calendar file, made in the page.
  await page.getByLabel(L.kk.start).fill('02.11.2026');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Күнтізбеге жүктеп алу (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('dayarlyq.ics');
  const text = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain('DTSTART;VALUE=DATE:20260923\r\n');
  expect(text).toContain('DTSTART;VALUE=DATE:20261102\r\n');
  expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Даярлық: Оқудың басталуы\r\n');
});
