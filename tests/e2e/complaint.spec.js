// The complaint of p. 45 in the release build, like a refused applicant uses it: the letter
// filled from the case and the notice, its deadlines on the working-day calendar with their
// calendar file, the PDF read back, at desktop width and at 320 px, in Kazakh and Russian;
// nothing typed lost on reload.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, axeViolations } from './app.js';

const SHOTS = 'target/screenshots';
const PAGES = 'target/pdf-pages';
const DOWNLOADS = 'target/e2e-downloads';
mkdirSync(PAGES, { recursive: true });
mkdirSync(DOWNLOADS, { recursive: true });

/** The page's words, per language: the crate's field labels and the section's own. */
const T = {
  kk: {
    nav: 'Құжаттар',
    mode: 'Шағым беруші',
    surname: 'Тегі',
    name: 'Аты',
    iin: 'ЖСН',
    provider: 'Көрсетілетін қызметті берушінің атауы',
    against: 'Шағым жасалатын хабарлама',
    refusal: 'Мемлекеттік қызметті көрсетуден бас тарту туралы хабарлама',
    removal: 'Кезектен шығару туралы хабарлама',
    number: 'Тіркеу нөмірі',
    noticeDate: 'Хабарламаның күні',
    reason: 'Себебі',
    grounds: 'Шағымның негіздері',
    demand: 'Талабым',
    date: 'Шағымның күні',
    received: 'Шағымның көрсетілетін қызметті берушіге келіп түскен күні',
    registered: 'Шағымды қарайтын органда тіркелген күні',
    ics: 'Күнтізбеге жүктеп алу (.ics)',
    download: 'PDF жүктеп алу',
    quote: 'шағым келіп түскен күннен бастап 3 (үш) жұмыс күнінен кешіктірмей',
    suggested: /^бас тарту туралы шешімнің күшін жойып/,
    removalSuggested: /^кезектен шығару туралы шешімнің күшін жойып/,
  },
  ru: {
    nav: 'Документы',
    mode: 'Заявитель, обжалующий решение',
    surname: 'Фамилия',
    name: 'Имя',
    iin: 'ИИН',
    provider: 'Наименование услугодателя',
    against: 'Обжалуемое уведомление',
    refusal: 'Уведомление об отказе в оказании государственной услуги',
    removal: 'Уведомление об исключении из очереди',
    number: 'Регистрационный номер',
    noticeDate: 'Дата уведомления',
    reason: 'Причина',
    grounds: 'Доводы жалобы',
    demand: 'Требование',
    date: 'Дата жалобы',
    received: 'Дата поступления жалобы услугодателю',
    registered: 'Дата регистрации жалобы в рассматривающем органе',
    ics: 'Скачать для календаря (.ics)',
    download: 'Скачать PDF',
    quote: 'не позднее 3 (трех) рабочих дней со дня поступления жалобы',
    suggested: /^отменить решение об отказе/,
    removalSuggested: /^отменить решение об исключении из очереди/,
  },
};

const GROUNDS = 'Медициналық куәландыру картасы өтініш берілген күні жарамды болды (ӘҒҚҢӨҰҮҺІ)';

async function fillDate(field, iso) {
  const type = await field.getAttribute('type');
  await field.fill(type === 'date' ? iso : iso.split('-').reverse().join('.'));
}

const today = () => new Date(Date.now() + 5 * 3600 * 1000).toISOString().slice(0, 10);

/** Opens the documents section in `lang` and switches to the complaint. */
async function openComplaint(page, lang) {
  await page.goto(lang === 'kk' ? '/' : `/?lang=${lang}`);
  await page.getByRole('link', { name: T[lang].nav, exact: true }).click();
  await page.getByRole('radio', { name: T[lang].mode }).check();
  await expect(page.locator('.docs__paper .dq-doc[data-form="complaint"]')).toBeVisible();
}

async function fillLetter(page, lang) {
  const t = T[lang];
  const field = (label) => page.getByLabel(label, { exact: true });
  await field(t.surname).fill('Қуаңышбаев');
  await field(t.name).fill('Әбілғазы');
  await field(t.iin).fill('921029350851');
  await field(t.provider).fill('Талғар ауданының қорғаныс істері бөлімі');
  await page.getByRole('radio', { name: t.refusal }).check();
  // Optional (app. 14 gives neither): the label says so after the name.
  const optional = (label) => page.getByLabel(new RegExp(`^${label} \\(`));
  await optional(t.number).fill('02-17/4589');
  await fillDate(field(t.noticeDate), '2026-04-02');
  await optional(t.reason).fill('құжаттар толық емес');
  await field(t.grounds).fill(GROUNDS);
  await fillDate(field(t.date), '2026-05-06');
}

for (const lang of ['kk', 'ru']) {
  test(`a complaint filled from the notice, its deadlines and its PDF, in ${lang}`, async ({ page }) => {
    const t = T[lang];
    await openComplaint(page, lang);
    await fillLetter(page, lang);
    // Choosing the notice suggested what to ask for; the person's words are kept over another
    // choice only when he wrote his own.
    const demand = page.getByLabel(t.demand, { exact: true });
    await expect(demand).toHaveValue(t.suggested);
    await page.getByRole('radio', { name: t.removal }).check();
    await expect(demand).toHaveValue(t.removalSuggested);
    await page.getByRole('radio', { name: t.refusal }).check();
    await expect(demand).toHaveValue(t.suggested);

    const doc = page.locator('.docs__paper .dq-doc[data-form="complaint"]');
    await expect(doc).toHaveAttribute('lang', lang);
    for (const value of ['921029350851', '02-17/4589', '02.04.2026', 'құжаттар толық емес', GROUNDS, t.refusal, t.quote]) {
      await expect(doc, value).toContainText(value);
    }

    // P. 45 on the working-day calendar: received Wed 6 May 2026; 7 May and 11 May (9 May
    // moved) are holidays → forwarded by 13 May. Registered 13 May: 5 working days → 20 May;
    // 15, Kurban ait (27 May) skipped → 4 June.
    await fillDate(page.getByLabel(t.received, { exact: true }), '2026-05-06');
    const dates = page.locator('.complaint .dates__item');
    await expect(dates).toHaveCount(1);
    await expect(dates.first()).toContainText('13.05.2026');
    await fillDate(page.getByLabel(new RegExp(`^${t.registered} \\(`)), '2026-05-13');
    await expect(dates).toHaveCount(3);
    await expect(dates.nth(1)).toContainText('20.05.2026');
    await expect(dates.nth(2)).toContainText('04.06.2026');
    await expect(dates.first()).toContainText(lang === 'kk' ? /45-тармағ/ : 'п. 45');

    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.ics }).click(),
    ]);
    const icsFile = `${DOWNLOADS}/complaint-${lang}.ics`;
    await ics.saveAs(icsFile);
    const calendar = readFileSync(icsFile, 'utf8');
    for (const day of ['20260513', '20260520', '20260604']) {
      expect(calendar).toContain(`DTSTART;VALUE=DATE:${day}`);
    }

    await page.screenshot({ path: `${SHOTS}/complaint-${lang}-1280.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`shagym-quanyshbaev-${today()}.pdf`);
    const file = `${DOWNLOADS}/complaint-${lang}.pdf`;
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const value of ['921029350851', '02-17/4589', 'Қуаңышбаев', 'ӘҒҚҢӨҰҮҺІ', t.quote]) {
      expect(text, value).toContain(value);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, `${PAGES}/complaint-${lang}`]);

    // Nothing typed is lost: the tab keeps the complaint across a reload.
    await page.reload();
    await page.getByRole('radio', { name: t.mode }).check();
    await expect(page.getByLabel(t.grounds, { exact: true })).toHaveValue(GROUNDS);
    await expect(page.getByLabel(t.received, { exact: true })).not.toHaveValue('');
    await expect(page.locator('.complaint .dates__item')).toHaveCount(3);
  });

  test(`the complaint fits 320 px, in ${lang}`, async ({ page }) => {
    const t = T[lang];
    await page.setViewportSize({ width: 320, height: 640 });
    await openComplaint(page, lang);
    await fillLetter(page, lang);
    await fillDate(page.getByLabel(t.received, { exact: true }), '2026-05-06');
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { page: root.scrollWidth - root.clientWidth, wide: wide.slice(0, 5) };
    });
    expect(overflow).toEqual({ page: 0, wide: [] });
    await page.screenshot({ path: `${SHOTS}/complaint-${lang}-320.png`, fullPage: true });
  });
}
