// The documents section in the release build, like a person uses it: app. 6 filled and
// downloaded as a PDF whose text is read back (pdftotext), every notice of app. 8–14 in staff
// mode, hostile text, the PDF worker loaded only when asked for, accessibility, print, and
// screenshots (target/screenshots/) and PDF pages (target/pdf-pages/) for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { test, expect, axeViolations } from './app.js';

const SHOTS = 'target/screenshots';
const PAGES = 'target/pdf-pages';
const DOWNLOADS = 'target/e2e-downloads';
mkdirSync(PAGES, { recursive: true });
mkdirSync(DOWNLOADS, { recursive: true });

/** Every Kazakh letter beyond Russian, capital and small (they must survive into the PDF). */
const KAZAKH_LETTERS = 'ӘҒҚҢӨҰҮҺІ әғқңөұүһі';

/** What the page shows, per language: the crate's field labels and the section's own words. */
const T = {
  kk: {
    nav: 'Құжаттар',
    surname: 'Тегі',
    name: 'Аты',
    patronymic: 'Әкесінің аты (болса)',
    address: 'Тұрғылықты мекенжайы',
    phone: 'Телефоны',
    region: 'Облыс (қала)',
    district: 'Аудан (қала)',
    from: 'Оқудың басталу күні',
    to: 'Оқудың аяқталу күні',
    submitted: 'Өтініш берілген күн мен уақыт',
    medical: 'Медициналық куәландыру картасының электрондық көшірмесі',
    consent: /^Мемлекеттік қызмет көрсету, оның ішінде проактивті форматта/,
    staff: 'Қорғаныс істері басқармасының (бөлімінің) қызметкері',
    applicant: 'Өтініш беруші',
    notice: (n) => new RegExp(`^${n}-қосымша\\. `),
    registration: 'Тіркеу нөмірі',
    applicationDate: 'Өтініш берілген күн',
    queue: 'Кезектегі нөмірі',
    providerName: 'Көрсетілетін қызметті берушінің атауы',
    employee: 'Қызметкер',
    reason: 'Себебі',
    otherReason: 'Басқа себеп',
    fee: /^Оқу ақысы, теңге/,
    arrival: 'Келу күні мен уақыты',
    orgAddress: 'Мамандандырылған ұйымның мекенжайы',
    download: 'PDF жүктеп алу',
    print: 'Басып шығару',
    missing: 'Толтырылмаған міндетті жолдар',
    invalid: 'Құжатқа енбеген мәндер',
    docLangOther: 'Орыс тілі',
  },
  ru: {
    nav: 'Документы',
    surname: 'Фамилия',
    name: 'Имя',
    patronymic: 'Отчество (при наличии)',
    address: 'Адрес проживания',
    phone: 'Телефон',
    region: 'Область (город)',
    district: 'Район (город)',
    from: 'Дата начала обучения',
    to: 'Дата окончания обучения',
    submitted: 'Дата и время подачи заявления',
    medical: 'Электронная копия карты медицинского освидетельствования',
    consent: /^Даю согласие на сбор и обработку персональных данных/,
    staff: 'Сотрудник управления (отдела) по делам обороны',
    applicant: 'Заявитель',
    notice: (n) => new RegExp(`^Приложение ${n}\\. `),
    registration: 'Регистрационный номер',
    applicationDate: 'Дата подачи заявления',
    queue: 'Номер в очереди',
    providerName: 'Наименование услугодателя',
    employee: 'Сотрудник',
    reason: 'Причина',
    otherReason: 'Другая причина',
    fee: /^Стоимость обучения, тенге/,
    arrival: 'Дата и время прибытия',
    orgAddress: 'Адрес специализированной организации',
    download: 'Скачать PDF',
    print: 'Распечатать',
    missing: 'Не заполнены обязательные поля',
    invalid: 'Значения, не вошедшие в документ',
    docLangOther: 'Казахский',
  },
};

/** The applicant of the example case, with every Kazakh letter in the address. */
const PERSON = {
  surname: 'Қуаңышбаев',
  name: 'Әбілғазы',
  patronymic: 'Өмірұлы',
  address: `Алматы облысы, Үшқоңыр ауылы, Шаһар көшесі, 7 (${KAZAKH_LETTERS})`,
  phone: '+7 701 234 56 78',
  region: 'Алматы облысы',
  district: 'Талғар ауданы',
};

/** The full name in the order of the caption under it: Kazakh "аты, әкесінің аты (болса), тегі",
 * Russian "фамилия, имя, отчество (при его наличии)". */
const FULL_NAME = { kk: 'Әбілғазы Өмірұлы Қуаңышбаев', ru: 'Қуаңышбаев Әбілғазы Өмірұлы' };

/** Opens the documents section in `lang` through the navigation, as a person would. */
async function openDocuments(page, lang) {
  await page.goto(lang === 'kk' ? '/' : `/?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.getByRole('link', { name: T[lang].nav, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: T[lang].nav })).toBeVisible();
}

const preview = (page) => page.locator('.docs__paper');

async function fillApplication(page, lang, person = PERSON) {
  const t = T[lang];
  for (const key of ['surname', 'name', 'patronymic', 'address', 'phone', 'region', 'district']) {
    await page.getByLabel(t[key], { exact: true }).fill(person[key]);
  }
  await fillDate(page.getByLabel(t.from, { exact: true }), '2026-05-04');
  await fillDate(page.getByLabel(t.to, { exact: true }), '2026-06-16');
  await page.getByLabel(t.consent).check();
}

/** Types the date `iso` (YYYY-MM-DD) as its field takes it: the browser's date control, or text
 * written dd.mm.yyyy. */
async function fillDate(field, iso) {
  const type = await field.getAttribute('type');
  await field.fill(type === 'date' ? iso : iso.split('-').reverse().join('.'));
}

/** Clicks the PDF button; returns the download and the PDF's text (pdftotext), page 1 as PNG. */
async function downloadPdf(page, lang, tag) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: T[lang].download }).click(),
  ]);
  const file = `${DOWNLOADS}/${tag}-${download.suggestedFilename()}`;
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, `${PAGES}/${tag}`]);
  return { name: download.suggestedFilename(), text: text.replace(/\s+/g, ' ') };
}

const today = () => {
  const kz = new Date(Date.now() + 5 * 3600 * 1000);
  return kz.toISOString().slice(0, 10);
};

for (const lang of ['kk', 'ru']) {
  test(`app. 6 filled and downloaded as a PDF with its text, in ${lang}`, async ({ page }) => {
    const t = T[lang];
    const worker = [];
    page.on('request', (r) => { if (r.url().includes('dayarlyq-pdf-worker')) worker.push(r.url()); });
    await openDocuments(page, lang);
    // The date and time of the application default to now, Kazakhstan time; the medical card's
    // copy (p. 21) is ticked.
    await expect(page.getByLabel(t.submitted, { exact: true })).toHaveValue(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
    await expect(page.getByLabel(t.medical)).toBeChecked();
    await fillApplication(page, lang);
    await page.getByLabel(t.submitted, { exact: true }).fill('2026-03-20T19:30');
    // The live preview shows what was typed, as the form words it.
    const doc = preview(page).locator('.dq-doc[data-form="6"]');
    await expect(doc).toHaveAttribute('lang', lang);
    await expect(doc).toContainText(FULL_NAME[lang]);
    await expect(doc).toContainText(KAZAKH_LETTERS);
    await expect(doc).toContainText(lang === 'kk' ? '2026 жылғы 4 мамырдан бастап' : 'с «4» мая 2026 года');
    await expect(doc).toContainText(t.medical);
    await expect(doc).toContainText(lang === 'kk' ? 'сағат 19 30 минут' : '19 ч. 30 мин.');
    await expect(page.getByRole('heading', { name: t.missing })).toHaveCount(0);
    expect(worker, 'the PDF worker is not loaded before the first PDF').toEqual([]);

    const { name, text } = await downloadPdf(page, lang, `app6-${lang}`);
    expect(name).toBe(`qosymsha-6-quanyshbaev-${today()}.pdf`);
    for (const value of [
      KAZAKH_LETTERS, 'Қуаңышбаев', 'Әбілғазы', 'Өмірұлы', 'Шаһар көшесі', PERSON.phone, 'Талғар', t.medical,
    ]) {
      expect(text, value).toContain(value);
    }
    expect(text).toContain(lang === 'kk' ? 'қорғаныс істері басқармасының' : 'наш перевод формы с казахского языка');
    expect(worker.some((u) => u.endsWith('_bg.wasm')), 'the worker WASM is loaded for the PDF').toBe(true);

    // A second PDF reuses the worker: nothing is fetched again.
    const fetched = worker.length;
    await page.getByLabel(t.surname, { exact: true }).fill('Сәтбаев');
    const second = await downloadPdf(page, lang, `app6-${lang}-2`);
    expect(second.name).toBe(`qosymsha-6-satbaev-${today()}.pdf`);
    expect(second.text).toContain('Сәтбаев');
    expect(worker.length).toBe(fetched);
  });
}

test('the PDF worker is not requested on first load, only on the first PDF', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/#/documents');
  await expect(page.getByRole('button', { name: T.kk.download })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.includes('pdf-worker')), 'on load').toEqual([]);
  expect(requests.some((p) => p.endsWith('_bg.wasm')), 'the app itself').toBe(true);
  const before = requests.length;
  await downloadPdf(page, 'kk', 'blank-6');
  const after = requests.slice(before);
  expect(after.filter((p) => p.includes('pdf-worker')).sort()).toEqual([
    '/dayarlyq-pdf-worker.js', '/dayarlyq-pdf-worker_bg.wasm', '/dayarlyq-pdf-worker_loader.js',
  ]);
});

test('the documents section is fetched when first opened, not with the form', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.locator('#applicant-iin')).toBeEnabled();
  await page.waitForLoadState('networkidle');
  const section = (p) => /dayarlyq-docs|documents?\.css/.test(p);
  expect(requests.filter(section), 'with the form').toEqual([]);
  await page.getByRole('link', { name: T.kk.nav, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: T.kk.nav })).toBeVisible();
  expect(requests.filter(section).sort()).toEqual([
    '/document.css', '/documents.css', '/dayarlyq-docs.js', '/dayarlyq-docs_bg.wasm',
  ].sort());
});

test('a section that cannot be fetched says so, and a retry brings it with the answers kept', async ({ page }) => {
  // Offline before the first visit to the documents, say: the module does not arrive.
  page.expectedProblems.push(/console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  await page.route('**/dayarlyq-docs_bg.wasm', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await page.locator('#applicant-iin').fill('921029350851');
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('link', { name: T.ru.nav, exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Раздел документов не загрузился');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.screenshot({ path: `${SHOTS}/docs-ru-320-failed.png` });
  await page.unroute('**/dayarlyq-docs_bg.wasm');
  await alert.getByRole('button', { name: 'Повторить' }).click();
  await expect(page.getByRole('heading', { level: 1, name: T.ru.nav })).toBeVisible();
  await expect(alert).toHaveCount(0);
  // Back to the self-check: what was typed is still there.
  await page.goBack();
  await expect(page.locator('#applicant-iin')).toHaveValue('921029350851');
});

/** Staff values, typed once: the notices share them through the case file. */
const STAFF = {
  registration: '02-17/4589',
  applicationDate: '2026-03-26',
  queue: '17',
  providerName: 'Талғар ауданының қорғаныс істері бөлімі',
  employee: 'Сейітов Н.Қ.',
  arrival: '2026-05-04T09:00',
  orgAddress: 'Алматы қаласы, Розыбакиев көшесі',
  removal: { kk: 'әскери есептен шығарылуына', ru: 'снятием с воинского учёта' },
  ground: {
    kk: 'көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызметті алу үшін ұсынған құжаттардың',
    ru: 'установление недостоверности документов',
  },
};

for (const lang of ['kk', 'ru']) {
  test(`staff mode: every notice of app. 8–14 renders the filled values, in ${lang}`, async ({ page }) => {
    const t = T[lang];
    await openDocuments(page, lang);
    await fillApplication(page, lang);
    await page.getByRole('radio', { name: t.staff }).check();
    const doc = (n) => preview(page).locator(`.dq-doc[data-form="${n}"]`);
    const fill = async (label, value) => page.getByLabel(label, { exact: typeof label === 'string' }).fill(value);

    // App. 8: queued, with the queue number.
    await page.getByRole('radio', { name: t.notice(8) }).check();
    await fill(t.registration, STAFF.registration);
    await fill(t.applicationDate, STAFF.applicationDate);
    await fill(t.queue, STAFF.queue);
    await fill(t.providerName, STAFF.providerName);
    await fill(t.employee, STAFF.employee);
    await expect(doc(8)).toContainText(`№ ${STAFF.registration}`);
    await expect(doc(8)).toContainText('26.03.2026');
    await expect(doc(8)).toContainText('№ 17');
    await expect(doc(8)).toContainText(FULL_NAME[lang]);
    await expect(doc(8)).toContainText(STAFF.providerName);
    await expect(doc(8)).toContainText(STAFF.employee);
    await page.screenshot({ path: `${SHOTS}/docs-${lang}-1280-staff-8.png`, fullPage: true });

    // App. 9: refusal, on a ground of app. 7 item 9, or in one's own words.
    await page.getByRole('radio', { name: t.notice(9) }).check();
    await page.getByRole('radio', { name: new RegExp(`^${STAFF.ground[lang]}`) }).check();
    await expect(doc(9)).toContainText(STAFF.ground[lang]);
    await expect(doc(9)).toContainText(STAFF.employee);
    await page.getByRole('radio', { name: t.otherReason }).check();
    await page.getByRole('textbox', { name: t.reason, exact: true }).fill('құжаттар толық емес');
    await expect(doc(9)).toContainText('құжаттар толық емес');

    // App. 10: removal, the reason in one's words; app. 9's reason is not carried over.
    await page.getByRole('radio', { name: t.notice(10) }).check();
    await expect(page.getByLabel(t.reason, { exact: true })).toHaveValue('');
    await fill(t.reason, STAFF.removal[lang]);
    await expect(doc(10)).toContainText(STAFF.removal[lang]);
    await expect(doc(10)).toContainText(`№ ${STAFF.registration}`);
    // Back to app. 9: its own reason is back.
    await page.getByRole('radio', { name: t.notice(9) }).check();
    await expect(doc(9)).toContainText('құжаттар толық емес');

    // App. 11: payment needed; the fee defaults to 390 000 (app. 12 item 6), editable.
    await page.getByRole('radio', { name: t.notice(11) }).check();
    await expect(doc(11)).toContainText('390 000');
    await expect(doc(11)).toContainText(lang === 'kk' ? '4 мамырдан' : 'мая 2026');
    await fill(t.fee, '400 000');
    await expect(doc(11)).toContainText('400 000');
    await fill(t.fee, 'көп');
    await expect(page.getByRole('heading', { name: t.invalid })).toBeVisible();
    await fill(t.fee, '');
    await expect(doc(11)).toContainText('390 000');

    // App. 13: referral, with the arrival date, hour and address.
    await page.getByRole('radio', { name: t.notice(13) }).check();
    await fill(t.arrival, STAFF.arrival);
    await fill(t.orgAddress, STAFF.orgAddress);
    await expect(doc(13)).toContainText(STAFF.orgAddress);
    await expect(doc(13)).toContainText('9.00');
    await expect(doc(13)).toContainText('Қуаңышбаев');

    // App. 14: proactive refusal, nothing to fill.
    await page.getByRole('radio', { name: t.notice(14) }).check();
    await expect(doc(14)).toBeVisible();

    // The document's language can differ from the page's.
    await page.getByRole('radio', { name: t.docLangOther }).check();
    await expect(doc(14)).toHaveAttribute('lang', lang === 'kk' ? 'ru' : 'kk');

    // A notice downloads as its own PDF.
    await page.getByRole('radio', { name: t.notice(13) }).check();
    const { name, text } = await downloadPdf(page, lang, `app13-${lang}`);
    expect(name).toBe(`qosymsha-13-quanyshbaev-${today()}.pdf`);
    expect(text).toContain(STAFF.orgAddress);
  });
}

test('hostile text stays text in the preview and the PDF, and runs nothing', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await openDocuments(page, 'kk');
  const scripts = await page.evaluate(() => document.scripts.length);
  for (const [i, hostile] of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'].entries()) {
    await page.getByLabel(T.kk.surname, { exact: true }).fill(hostile);
    await expect(preview(page)).toContainText(hostile);
    expect(await preview(page).locator('script, img, [onerror]').count()).toBe(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(scripts);
    const { name, text } = await downloadPdf(page, 'kk', `hostile-${i}`);
    expect(name).toMatch(/^qosymsha-6-[a-z0-9-]+-\d{4}-\d\d-\d\d\.pdf$/);
    expect(text).toContain(hostile);
  }
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('required blanks are listed with links to their fields, and the form still downloads', async ({ page }) => {
  await openDocuments(page, 'kk');
  const list = page.getByRole('region', { name: T.kk.missing });
  await expect(list).toBeVisible();
  await list.getByRole('link', { name: T.kk.surname, exact: true }).click();
  await expect(page.getByLabel(T.kk.surname, { exact: true })).toBeFocused();
  await page.getByLabel(T.kk.surname, { exact: true }).fill('Қуаңышбаев');
  await expect(list.getByRole('link', { name: T.kk.surname, exact: true })).toHaveCount(0);
  // A blank form is still a document: its blanks print as lines.
  const { text } = await downloadPdf(page, 'kk', 'partial-6');
  expect(text).toContain('Қуаңышбаев');
  expect(text).toContain('____');
});

for (const lang of ['kk', 'ru']) {
  test(`the documents screens pass axe in ${lang}`, async ({ page }) => {
    const t = T[lang];
    await openDocuments(page, lang);
    expect(await axeViolations(page), 'applicant, blank').toEqual([]);
    await fillApplication(page, lang);
    expect(await axeViolations(page), 'applicant, filled').toEqual([]);
    await page.getByRole('radio', { name: t.staff }).check();
    for (const n of [8, 9, 10, 11, 13, 14]) {
      await page.getByRole('radio', { name: t.notice(n) }).check();
      if (n === 9) await page.getByRole('radio', { name: t.otherReason }).check();
      // A number that is not one: the inline error and the list of unusable values.
      if (n === 8) await page.getByLabel(t.queue, { exact: true }).fill('17-ші');
      await expect(preview(page).locator(`.dq-doc[data-form="${n}"]`)).toBeVisible();
      expect(await axeViolations(page), `staff, app. ${n}`).toEqual([]);
    }
  });
}

for (const lang of ['kk', 'ru']) {
  test(`printing shows the document only, on A4, in ${lang}`, async ({ page }) => {
    await openDocuments(page, lang);
    await fillApplication(page, lang);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/docs-${lang}-print.png`, fullPage: true });
    for (const hidden of ['.header', '.footer', '.nav', '.docs__form', 'h1', '.docs-actions', '.docs-choices']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    const doc = preview(page).locator('.dq-doc');
    await expect(doc).toBeVisible();
    const box = await doc.boundingBox();
    // 210 mm at 96 px to the inch, at the page's left edge.
    expect(Math.abs(box.width - 793.7)).toBeLessThan(2);
    expect(box.x).toBeLessThan(1);
    const size = await doc.evaluate((el) => getComputedStyle(el).fontSize);
    expect(size).toBe('18.6667px');
  });
}

for (const lang of ['kk', 'ru']) {
  for (const width of [320, 1280]) {
    test(`documents screens in ${lang} at ${width} px`, async ({ page }) => {
      const t = T[lang];
      await page.setViewportSize({ width, height: 900 });
      const shot = (name) => page.screenshot({ path: `${SHOTS}/docs-${lang}-${width}-${name}.png`, fullPage: true });
      await openDocuments(page, lang);
      await shot('1-blank');
      await fillApplication(page, lang);
      await page.getByLabel(t.submitted, { exact: true }).fill('2026-03-20T19:30');
      await shot('2-filled');
      await preview(page).screenshot({ path: `${SHOTS}/docs-${lang}-${width}-2-preview.png` });
      await page.getByRole('radio', { name: t.staff }).check();
      await page.getByRole('radio', { name: t.notice(9) }).check();
      await page.getByRole('radio', { name: t.otherReason }).check();
      await shot('3-staff-9');
      await page.getByRole('radio', { name: t.notice(13) }).check();
      await shot('4-staff-13');
      await preview(page).screenshot({ path: `${SHOTS}/docs-${lang}-${width}-4-preview.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no horizontal scroll').toBeLessThanOrEqual(0);
    });
  }
}

/** What the documents' checks say, per language (crates/documents and the locales' documents.json). */
const CHECKS = {
  kk: {
    toError: /«Оқудың аяқталу күні» \(application\.period_to\): 03\.05\.2026 — оқудың басталу күнінен \(04\.05\.2026\) бұрын/,
    warnings: 'Тексеріңіз',
    length: /Даярлау кезеңі: 04\.05\.2026 – 01\.08\.2026: 90 күнтізбелік күн\. Ақылы \(өтеулі\) негізде оқу 40–46/,
    undrawable: 'PDF-ке шықпайтын таңбалар',
    emoji: /«Тегі» \(applicant\.surname\): PDF қарпінде «😀» \(U\+1F600\) таңбасы жоқ/,
    notMade: /PDF жасалмады: кейбір таңбаларды PDF қарпі сала алмайды/,
    done: (name) => `${name} файлы жүктелді.`,
    dateHint: /«Өтініш берілген күн мен уақыт» жолындағы күн/,
  },
  ru: {
    toError: /«Дата окончания обучения» \(application\.period_to\): 03\.05\.2026 — раньше даты начала обучения \(04\.05\.2026\)/,
    warnings: 'Проверьте',
    length: /Период подготовки: 04\.05\.2026 – 01\.08\.2026: 90 календарных дней\. Обучение на возмездной основе длится 40–46/,
    undrawable: 'Символы, которых не будет в PDF',
    emoji: /«Фамилия» \(applicant\.surname\): в шрифте PDF нет символа «😀» \(U\+1F600\)/,
    notMade: /PDF не создан: некоторых символов нет в шрифте PDF/,
    done: (name) => `Файл ${name} скачан.`,
    dateHint: /из поля «Дата и время подачи заявления»/,
  },
};

for (const lang of ['kk', 'ru']) {
  test(`a training period that ends before it starts is an error at its end, in ${lang}`, async ({ page }) => {
    const t = T[lang];
    const c = CHECKS[lang];
    await openDocuments(page, lang);
    await fillApplication(page, lang);
    const to = page.getByLabel(t.to, { exact: true });
    await fillDate(to, '2026-05-03');
    // At the field, and in the list of values the document could not use (a link to it).
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#application-period-to-error')).toContainText(c.toError);
    const list = page.getByRole('region', { name: t.invalid });
    await expect(list).toContainText(c.toError);
    // The end is not used: the form keeps its blank for a hand.
    const doc = preview(page).locator('.dq-doc');
    await expect(doc).toContainText(lang === 'kk' ? /4\sмамырдан\sбастап\s20__\sжылғы/ : /по\s«___»\s_+\s20__\sгода/);
    await page.screenshot({ path: `${SHOTS}/docs-${lang}-1280-period-order.png`, fullPage: true });

    // p. 43, 2): 40–46 calendar days; 90 (the free track's length) is a warning, not an error.
    await fillDate(to, '2026-08-01');
    await expect(to).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#doc-period-warning')).toContainText(c.length);
    await expect(page.getByRole('region', { name: c.warnings })).toContainText(c.length);
    await expect(doc).toContainText(lang === 'kk' ? '1 тамызға дейінгі' : '«1» августа 2026');
    await page.screenshot({ path: `${SHOTS}/docs-${lang}-1280-period-length.png`, fullPage: true });
    await fillDate(to, '2026-06-16');
    await expect(page.locator('#doc-period-warning')).toHaveText('');
    await expect(page.getByRole('region', { name: c.warnings })).toHaveCount(0);
  });

  test(`an emoji in a name is named at its field and kept out of the PDF until changed, in ${lang}`, async ({ page }) => {
    const t = T[lang];
    const c = CHECKS[lang];
    const worker = [];
    page.on('request', (r) => { if (r.url().includes('dayarlyq-pdf-worker')) worker.push(r.url()); });
    await openDocuments(page, lang);
    await fillApplication(page, lang);
    const surname = page.getByLabel(t.surname, { exact: true });
    await surname.fill('Қуаңышбаев😀');
    // The preview draws it (the browser's fonts); the PDF's font cannot: said before any PDF.
    await expect(preview(page)).toContainText('Қуаңышбаев😀');
    await expect(surname).toHaveAttribute('aria-invalid', 'true');
    const region = page.getByRole('region', { name: c.undrawable });
    await expect(region).toContainText(c.emoji);
    await page.getByRole('button', { name: t.download }).click();
    await expect(page.getByRole('status').filter({ hasText: c.notMade })).toBeVisible();
    await expect(region).toBeFocused();
    expect(worker, 'no PDF was asked for').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/docs-${lang}-1280-emoji.png`, fullPage: true });
    // The link leads to the field; once changed, the PDF is made with the name whole.
    await region.getByRole('link').first().click();
    await expect(surname).toBeFocused();
    await surname.fill('Қуаңышбаев');
    await expect(region).toHaveCount(0);
    const { text } = await downloadPdf(page, lang, `emoji-fixed-${lang}`);
    expect(text).toContain('Қуаңышбаев');
  });

  test(`a 420-character surname downloads under a name of at most 100 characters, in ${lang}`, async ({ page }) => {
    await openDocuments(page, lang);
    await fillApplication(page, lang, { ...PERSON, surname: 'Қуаңышбаев'.repeat(42) });
    const { name } = await downloadPdf(page, lang, `long-${lang}`);
    // Cut on a character boundary, the form's number, the date and the extension kept.
    expect(name.length).toBe(100);
    expect(name).toMatch(/^qosymsha-6-(quanyshbaev)+[a-z]*-\d{4}-\d\d-\d\d\.pdf$/);
  });

  test(`staff mode: the "downloaded" line goes when the notice or its text changes; hints and autofill, in ${lang}`, async ({ page }) => {
    const t = T[lang];
    const c = CHECKS[lang];
    await openDocuments(page, lang);
    // The applicant's own details: the browser may fill them in (from what it keeps itself).
    for (const [key, token] of [['surname', 'family-name'], ['name', 'given-name'], ['patronymic', 'additional-name'], ['address', 'street-address'], ['phone', 'tel']]) {
      await expect(page.getByLabel(t[key], { exact: true }), key).toHaveAttribute('autocomplete', token);
    }
    await fillApplication(page, lang);
    await page.getByRole('radio', { name: t.staff }).check();
    await page.getByRole('radio', { name: t.notice(8) }).check();
    // An official types someone else's name: the browser would offer the official's own.
    await expect(page.getByLabel(t.surname, { exact: true })).toHaveAttribute('autocomplete', 'off');
    // The application date's hint says where the date comes from, not what the field is.
    await expect(page.getByText(c.dateHint)).toBeVisible();
    const status = page.locator('.docs-status');
    const { name } = await downloadPdf(page, lang, `stale-8-${lang}`);
    await expect(status).toHaveText(c.done(name));
    await page.getByRole('radio', { name: t.notice(9) }).check();
    await expect(status).toHaveText('');
    await page.getByRole('radio', { name: t.notice(8) }).check();
    await expect(status).toHaveText('');
    await downloadPdf(page, lang, `stale-8b-${lang}`);
    await expect(status).toHaveText(c.done(name));
    await page.getByLabel(t.queue, { exact: true }).fill('18');
    await expect(status).toHaveText('');
  });
}

for (const lang of ['kk', 'ru']) {
  test(`no horizontal scroll at 320 px, in every notice of staff mode, in ${lang}`, async ({ page }) => {
    const t = T[lang];
    await page.setViewportSize({ width: 320, height: 640 });
    await openDocuments(page, lang);
    await fillApplication(page, lang);
    const overflow = () => page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { page: root.scrollWidth - root.clientWidth, wide: wide.slice(0, 5) };
    });
    expect(await overflow(), 'applicant').toEqual({ page: 0, wide: [] });
    await page.getByRole('radio', { name: t.staff }).check();
    for (const n of [8, 9, 10, 11, 13, 14]) {
      await page.getByRole('radio', { name: t.notice(n) }).check();
      await expect(preview(page).locator(`.dq-doc[data-form="${n}"]`)).toBeVisible();
      expect(await overflow(), `app. ${n}`).toEqual({ page: 0, wide: [] });
    }
    await page.screenshot({ path: `${SHOTS}/docs-${lang}-320-staff-14.png`, fullPage: true });
  });
}
