// Shared helpers of the browser tests: a page that fails the test on a console error, on a
// Content-Security-Policy violation or on a request to any host but the app's own, and ways to
// answer the questions by label and role.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The "as of" date every test types into the form, so no test depends on today. */
export const AS_OF = '2026-09-22';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    const own = new URL(baseURL).origin;
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${own}/`) && !url.startsWith(`blob:${own}/`)) problems.push(`request to another host: ${url}`);
    });
    // A test that makes a failure on purpose lists what it expects: `page.expectedProblems`.
    page.expectedProblems = [];
    // The app runs under the policy of dist/_headers (tests/e2e/serve.mjs): nothing it does may
    // break it. (Chromium logs a violation too; the event names the directive.)
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    await use(page);
    const unexpected = problems.filter((p) => !page.expectedProblems.some((re) => re.test(p)));
    expect(unexpected, 'console errors and foreign requests').toEqual([]);
  },
});
export { expect };

/** `date` (YYYY-MM-DD) moved by whole years, months and days, clamped like the law counts. */
export function shift(date, { years = 0, months = 0, days = 0 }) {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + years * 12 + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  const t = new Date(Date.UTC(ny, nm, Math.min(d, last)) + days * 86400000);
  return t.toISOString().slice(0, 10);
}

/** `date` as the page shows it: dd.mm.yyyy. */
export const dmy = (date) => date.split('-').reverse().join('.');

/** A valid IIN for a birth date and sex: YYMMDD, century-and-sex digit, serial, check digit. */
export function iin(birth, sex) {
  const [y, m, d] = birth.split('-');
  const centuryDigit = { 18: 1, 19: 3, 20: 5 }[y.slice(0, 2)] + (sex === 'female' ? 1 : 0);
  for (let serial = 1; serial < 10000; serial++) {
    const eleven = `${y.slice(2)}${m}${d}${centuryDigit}${String(serial).padStart(4, '0')}`;
    const digits = [...eleven].map(Number);
    const weigh = (w) => digits.reduce((sum, x, i) => sum + x * w[i], 0) % 11;
    let check = weigh([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (check === 10) check = weigh([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (check !== 10) return eleven + check;
  }
  throw new Error(`no IIN for ${birth}`);
}

/** Labels and names as the page shows them, per language. */
export const L = {
  kk: {
    iin: 'ЖСН (жеке сәйкестендіру нөмірі)',
    birth: 'Туған күні',
    male: 'Ер',
    conscript: 'Әскерге шақырылушы',
    reservist: 'Әскери міндетті',
    noDeferment: 'Жоқ',
    fit: 'А — әскери қызметке жарамды',
    limited: 'В — әскери қызметке шектеулі жарамды',
    generalSecondary: 'Жалпы орта (11 сынып)',
    higher: 'Жоғары',
    medical: /^Жарамдылық туралы қорытынды алынған күн/,
    asOf: 'Тексеру күні',
    continue: 'Жалғастыру',
    showResult: 'Нәтижені көру',
    free: 'Өтеусіз негізде (тегін)',
    paid: 'Өтеулі негізде (ақылы)',
    eligible: 'Иә, бара аласыз',
    eligibleActions: 'Иә, бірақ әрекет қажет',
    notYet: (date) => `Әзірге жоқ: ${date} бастап`,
    notEligible: 'Жоқ, сәйкес емес',
    start: 'Оқудың басталу күні',
    submitted: 'Өтініш берілген күн мен уақыт',
    switchTo: 'Русский',
  },
  ru: {
    iin: 'ИИН (индивидуальный идентификационный номер)',
    birth: 'Дата рождения',
    male: 'Мужской',
    conscript: 'Призывник',
    reservist: 'Военнообязанный',
    noDeferment: 'Нет',
    fit: 'А — годен к воинской службе',
    limited: 'В — ограниченно годен к воинской службе',
    generalSecondary: 'Общее среднее (11 классов)',
    higher: 'Высшее',
    medical: /^Дата получения заключения о годности/,
    asOf: 'Дата проверки',
    continue: 'Продолжить',
    showResult: 'Показать результат',
    free: 'На безвозмездной основе (бесплатно)',
    paid: 'На возмездной основе (платно)',
    eligible: 'Да, подходите',
    eligibleActions: 'Да, но нужно кое-что сделать',
    notYet: (date) => `Пока нет: с ${date}`,
    notEligible: 'Нет, не подходите',
    start: 'Дата начала обучения',
    submitted: 'Дата и время подачи заявления',
    switchTo: 'Қазақша',
  },
};

/** Opens the app in `lang` (through the address, as an embedding page would). */
export async function open(page, lang = 'kk') {
  await page.goto(lang === 'kk' ? '/' : `/?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByLabel(L[lang].iin)).toBeVisible();
}

/** A date as a person types it into a date field: `YYYY-MM-DD` becomes dd.mm.yyyy, anything else
 * (`31.02.2007`) is typed as it is. */
export const typed = (date) => (/^\d{4}-\d\d-\d\d$/.test(date) ? dmy(date) : date);

/** A date and time as a person types it: `YYYY-MM-DDTHH:MM` becomes `dd.mm.yyyy HH:MM`. */
export const typedMoment = (moment) => {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)$/.exec(moment);
  return m ? `${dmy(m[1])} ${m[2]}` : moment;
};

/** Answers the questions given; each value is typed or chosen like a person would (dates as
 * dd.mm.yyyy, given as `YYYY-MM-DD` or as typed). */
export async function answer(page, lang, a) {
  const t = L[lang];
  if (a.iin !== undefined) await page.getByLabel(t.iin).fill(a.iin);
  if (a.birth !== undefined) await page.getByLabel(t.birth, { exact: true }).fill(typed(a.birth));
  if (a.male) await page.getByRole('radio', { name: t.male, exact: true }).check();
  if (a.status) await page.getByRole('radio', { name: t[a.status], exact: true }).check();
  if (a.deferment === false) await page.getByRole('radio', { name: t.noDeferment, exact: true }).check();
  if (a.fitness) await page.getByRole('radio', { name: t[a.fitness], exact: true }).check();
  if (a.education) await page.getByRole('radio', { name: t[a.education], exact: true }).check();
  if (a.medical !== undefined) await page.getByLabel(t.medical).fill(typed(a.medical));
  await page.getByLabel(t.asOf, { exact: true }).fill(typed(a.asOf ?? AS_OF));
}

/** Continues from the questions to "check your answers", then to the result. */
export async function toResult(page, lang) {
  await page.getByRole('button', { name: L[lang].continue }).click();
  await expect(page).toHaveURL(/#\/answers$/);
  await page.getByRole('button', { name: L[lang].showResult }).click();
  await expect(page).toHaveURL(/#\/result$/);
}

/** The result's section of a track. */
export const track = (page, lang, which) => page.getByRole('region', { name: L[lang][which], exact: true });

const AXE = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

/** WCAG 2.2 AA violations on the page as it is now (axe-core). */
export async function axeViolations(page) {
  // Evaluated by the browser's devtools protocol, not as a <script>: the page's policy allows
  // no inline script, and the test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits for the dates of the result's timeline: they come with the module fetched on demand
 * (a first fetch and start of its WASM, slower on a busy machine than a test's default wait). */
export async function datesShown(page) {
  await expect(page.locator('ol.dates')).toBeVisible({ timeout: 20_000 });
}
