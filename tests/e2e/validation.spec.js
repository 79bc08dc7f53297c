// Validation as the GOV.UK patterns do it, on the questions page and the timeline, in both
// languages: a date is typed as people write it (15.03.2007) and never dropped; a day that does
// not exist is said at its own field ("must be a real date"); a date in a message is dd.mm.yyyy;
// an IIN typed in groups is the same number; and every error is said at once, in the summary and
// at its field, each summary link leading to its field.
import { test, expect, AS_OF, dmy, iin, L, open, answer, toResult } from './app.js';

/** What the questions page says, per language. */
const T = {
  kk: {
    summary: 'Жауаптарды түзетіңіз',
    notReal: 'Туған күні нақты күн болуы керек.',
    format: 'Туған күні КК.АА.ЖЖЖЖ түрінде болуы керек, мысалы, 15.03.2007.',
    future: (day) => `Туған күні тексеру күні (${day}) немесе одан ертерек болуы керек.`,
    example: 'Мысалы, 15.03.2007',
    iinLength: 'ЖСН 12 цифрдан тұруы керек (енгізілгені: 11).',
    iinLetter: 'ЖСН тек цифрлардан тұруы керек: «O» — цифр емес.',
    derived: 'ЖСН бойынша: туған күні — 10.05.2007, жынысы — ер.',
    needSex: 'Жынысыңызды таңдаңыз немесе ЖСН енгізіңіз.',
    needStatus: 'Әскери есептегі мәртебеңізді таңдаңыз.',
    needFitness: 'Жарамдылық санатын таңдаңыз.',
    needEducation: 'Біліміңізді таңдаңыз.',
    medicalNotReal: 'Жарамдылық туралы қорытынды алынған күн нақты күн болуы керек.',
    asOfNotReal: 'Тексеру күні нақты күн болуы керек.',
    momentNotReal: 'Өтініш берілген күн мен уақыт нақты күн мен уақыт болуы керек.',
    momentFormat: 'Өтініш берілген күн мен уақыт КК.АА.ЖЖЖЖ СС:ММ түрінде болуы керек, мысалы, 20.03.2026 19:30.',
    startNotReal: 'Оқудың басталу күні нақты күн болуы керек.',
    errorPrefix: 'Қате:',
  },
  ru: {
    summary: 'Исправьте ответы',
    notReal: 'Дата рождения должна быть настоящей датой.',
    format: 'Дата рождения должна быть в виде ДД.ММ.ГГГГ, например 15.03.2007.',
    future: (day) => `Дата рождения должна быть не позже даты проверки (${day}).`,
    example: 'Например, 15.03.2007',
    iinLength: 'ИИН должен состоять из 12 цифр (введено: 11).',
    iinLetter: 'ИИН должен состоять только из цифр: «O» — не цифра.',
    derived: 'По ИИН: дата рождения — 10.05.2007, пол — мужской.',
    needSex: 'Выберите пол или введите ИИН.',
    needStatus: 'Выберите статус воинского учёта.',
    needFitness: 'Выберите категорию годности.',
    needEducation: 'Выберите образование.',
    medicalNotReal: 'Дата получения заключения о годности должна быть настоящей датой.',
    asOfNotReal: 'Дата проверки должна быть настоящей датой.',
    momentNotReal: 'Дата и время подачи заявления должны быть настоящими датой и временем.',
    momentFormat: 'Дата и время подачи заявления должны быть в виде ДД.ММ.ГГГГ ЧЧ:ММ, например 20.03.2026 19:30.',
    startNotReal: 'Дата начала обучения должна быть настоящей датой.',
    errorPrefix: 'Ошибка:',
  },
};

const summaryOf = (page, lang) => page.getByRole('alert').filter({ hasText: T[lang].summary });
const continueOn = (page, lang) => page.getByRole('button', { name: L[lang].continue }).click();

/** The inline error of the field labelled `label`, read as a screen reader hears it with the field. */
async function inlineError(page, label) {
  const field = page.getByLabel(label, { exact: true });
  const described = (await field.getAttribute('aria-describedby')) ?? '';
  const id = described.split(' ').find((i) => i.endsWith('-error'));
  expect(id, `${label}: no error in aria-describedby "${described}"`).toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

for (const lang of ['kk', 'ru']) {
  const t = T[lang];
  const l = L[lang];

  test.describe(lang, () => {
    test('31.02.2007 is kept in the field and said at the birth date: it must be a real date', async ({ page }) => {
      await open(page, lang);
      const birth = page.getByLabel(l.birth, { exact: true });
      // A text field that takes the date as people write it, with the numeric keyboard and an example.
      await expect(birth).toHaveAttribute('type', 'text');
      await expect(birth).toHaveAttribute('inputmode', 'numeric');
      await expect(page.locator('#applicant-birth-date-hint')).toHaveText(t.example);
      await answer(page, lang, { birth: '31.02.2007', male: true, status: 'reservist', fitness: 'fit', education: 'higher' });
      await continueOn(page, lang);
      const summary = summaryOf(page, lang);
      await expect(summary.getByRole('link')).toHaveText([t.notReal]);
      // At the birth date, not at the IIN ("enter the IIN or the birth date").
      await expect(await inlineError(page, l.birth)).toHaveText(`${t.errorPrefix} ${t.notReal}`);
      await expect(page.locator('#applicant-iin-error')).toHaveCount(0);
      await expect(birth).toHaveValue('31.02.2007');
      await expect(birth).toHaveAttribute('aria-invalid', 'true');
      // Put right, the error goes and the way on opens.
      await birth.fill('28.02.2007');
      await expect(summary).toHaveCount(0);
      await toResult(page, lang);
    });

    test('00.00.0000 is no real date either, and a date without its century says how to write it', async ({ page }) => {
      await open(page, lang);
      await answer(page, lang, { birth: '00.00.0000', male: true, status: 'reservist', fitness: 'fit', education: 'higher' });
      await continueOn(page, lang);
      await expect(summaryOf(page, lang).getByRole('link')).toHaveText([t.notReal]);
      await expect(page.getByLabel(l.birth, { exact: true })).toHaveValue('00.00.0000');
      await page.getByLabel(l.birth, { exact: true }).fill('15.03.07');
      await expect(summaryOf(page, lang).getByRole('link')).toHaveText([t.format]);
      // A phone's number pad may have no dot: eight digits are the day, month and year.
      await page.getByLabel(l.birth, { exact: true }).fill('15032007');
      await expect(summaryOf(page, lang)).toHaveCount(0);
      await continueOn(page, lang);
      await expect(page).toHaveURL(/#\/answers$/);
      await expect(page.getByText('15.03.2007')).toBeVisible();
      await page.getByRole('link', { name: new RegExp(`${lang === 'kk' ? 'Өзгерту' : 'Изменить'} ${l.birth}`) }).click();
      // Back from the answers, the field shows the date as people write it.
      await expect(page.getByLabel(l.birth, { exact: true })).toHaveValue('15.03.2007');
    });

    test('a birth date after today says so, with the day as dd.mm.yyyy', async ({ page }) => {
      // Today is 3 December 2026 in Kazakhstan; the "as of" date is today unless typed.
      await page.clock.setFixedTime(new Date('2026-12-03T10:00:00+05:00'));
      await open(page, lang);
      await expect(page.getByLabel(l.asOf, { exact: true })).toHaveValue('03.12.2026');
      await page.getByLabel(l.birth, { exact: true }).fill('04.12.2026');
      await page.getByRole('radio', { name: l.male, exact: true }).check();
      await page.getByRole('radio', { name: l.reservist, exact: true }).check();
      await page.getByRole('radio', { name: l.fit, exact: true }).check();
      await page.getByRole('radio', { name: l.higher, exact: true }).check();
      await continueOn(page, lang);
      await expect(summaryOf(page, lang).getByRole('link')).toHaveText([t.future('03.12.2026')]);
      await expect(await inlineError(page, l.birth)).toContainText(t.future('03.12.2026'));
    });

    test('an IIN typed in groups of four, or with a hyphen, is the same number', async ({ page }) => {
      await open(page, lang);
      const field = page.getByLabel(l.iin);
      for (const typed of ['0705 1050 1234', '070510-501234']) {
        await field.fill(typed);
        await expect(page.getByText(t.derived)).toBeVisible();
      }
      await answer(page, lang, { status: 'conscript', deferment: false, fitness: 'fit', education: 'generalSecondary' });
      await continueOn(page, lang);
      await expect(page).toHaveURL(/#\/answers$/);
      // The answers show the number as typed; the birth date is the IIN's.
      await expect(page.getByText('070510-501234')).toBeVisible();
      await expect(page.getByText('10.05.2007')).toBeVisible();
      // Another character between the digits is still refused, naming it and the field.
      await page.getByRole('link', { name: `${lang === 'kk' ? 'Өзгерту' : 'Изменить'} ${lang === 'kk' ? 'ЖСН' : 'ИИН'}`, exact: true }).click();
      await expect(page.getByLabel(l.iin)).toBeFocused();
      await page.getByLabel(l.iin).fill('0705 1050 123O');
      await continueOn(page, lang);
      await expect(summaryOf(page, lang).getByRole('link').first()).toHaveText(t.iinLetter);
    });

    test('every error at once: the summary lists them all, in the page\'s order, each leading to its field', async ({ page }) => {
      await open(page, lang);
      // An IIN of 11 digits, a birth date that is no day, no sex, status, fitness or education,
      // a conclusion dated 30 February and an "as of" date in a 13th month.
      await page.getByLabel(l.iin).fill('0705 1050 123');
      await page.getByLabel(l.birth, { exact: true }).fill('31.02.2007');
      await page.getByLabel(l.medical).fill('30.02.2026');
      await page.getByLabel(l.asOf, { exact: true }).fill('01.13.2026');
      await continueOn(page, lang);
      const summary = summaryOf(page, lang);
      await expect(page.locator('#error-summary')).toBeFocused();
      const expected = [
        ['applicant-iin', t.iinLength],
        ['applicant-birth-date', t.notReal],
        // No sex is asked for: the IIN gives it once put right.
        ['applicant-status', t.needStatus],
        ['applicant-fitness', t.needFitness],
        ['applicant-education', t.needEducation],
        ['applicant-medical-conclusion-date', t.medicalNotReal],
        ['as-of', t.asOfNotReal],
      ];
      const links = summary.getByRole('link');
      await expect(links).toHaveText(expected.map(([, text]) => text));
      for (const [i, [id, text]] of expected.entries()) {
        await expect(links.nth(i)).toHaveAttribute('href', `#${id}`);
        // The same words at the field, and the field says it is in error.
        await expect(page.locator(`#${id}-error`)).toHaveText(`${t.errorPrefix} ${text}`);
        await links.nth(i).click();
        await expect(page.locator(`[id="${id}"]`)).toBeFocused();
        await page.locator('#error-summary').focus();
      }
      // Nothing typed was lost.
      await expect(page.getByLabel(l.iin)).toHaveValue('0705 1050 123');
      await expect(page.getByLabel(l.birth, { exact: true })).toHaveValue('31.02.2007');
      await expect(page.getByLabel(l.medical)).toHaveValue('30.02.2026');
      await expect(page.getByLabel(l.asOf, { exact: true })).toHaveValue('01.13.2026');
      // Each put right takes its error away, the others stay.
      await page.getByLabel(l.asOf, { exact: true }).fill(dmy(AS_OF));
      await expect(links).toHaveCount(expected.length - 1);
      await expect(page.locator('#as-of-error')).toHaveCount(0);
    });

    test('the date and time of sending, typed as people write them; one that is no moment is said at its field', async ({ page }) => {
      await open(page, lang);
      await answer(page, lang, { iin: iin('1994-04-02', 'male'), status: 'reservist', fitness: 'fit', education: 'higher' });
      await toResult(page, lang);
      const sent = page.getByLabel(l.submitted, { exact: true });
      const start = page.getByLabel(l.start, { exact: true });
      await expect(sent).toHaveAttribute('type', 'text');
      await start.fill('02.11.2026');
      await sent.fill('31.02.2026 10:00');
      await expect(await inlineError(page, l.submitted)).toHaveText(`${t.errorPrefix} ${t.momentNotReal}`);
      await sent.fill('22.09.2026 1930');
      await expect(await inlineError(page, l.submitted)).toHaveText(`${t.errorPrefix} ${t.momentFormat}`);
      await start.fill('31.11.2026');
      await expect(await inlineError(page, l.start)).toHaveText(`${t.errorPrefix} ${t.startNotReal}`);
      await start.fill('02.11.2026');
      // After 18:00 on Tuesday 22 September 2026 the application is accepted on the 23rd.
      await sent.fill('22.09.2026 19:30');
      await expect(page.locator('ol.dates li time').first()).toHaveText('23.09.2026');
      await expect(sent).toHaveValue('22.09.2026 19:30');
    });
  });
}

test('a date field\'s focus ring shows, as every field\'s', async ({ page }) => {
  await open(page, 'kk');
  const birth = page.getByLabel(L.kk.birth, { exact: true });
  await birth.focus();
  const ring = await birth.evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor];
  });
  expect(ring).toEqual(['solid', '3px', 'rgb(255, 221, 0)']);
});
