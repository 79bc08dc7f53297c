// The result printed (print media, A4, as the browser's "Print" or "Save as PDF" makes it): one
// to two pages, the decision at a glance first, the answers and the day printed, no heading left
// alone at the foot of a page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect, iin, L, open, answer, toResult, dmy, typed, typedMoment, AS_OF, datesShown } from './app.js';

const DIR = 'target/print';

/** The words of each page of `pdf` (poppler's pdftotext, one string per page). */
function pages(pdf, name) {
  mkdirSync(DIR, { recursive: true });
  const file = `${DIR}/${name}.pdf`;
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim() !== '');
}

for (const lang of ['kk', 'ru']) {
  test(`the result prints on one or two A4 pages, the decision first, the answers after (${lang})`, async ({ page }) => {
    const t = L[lang];
    await open(page, lang);
    await answer(page, lang, {
      iin: iin('2001-05-10', 'male'), status: 'conscript', deferment: false, fitness: 'limited', education: 'higher',
      medical: '2026-09-21',
    });
    await toResult(page, lang);
    await page.getByLabel(t.submitted).fill(typedMoment('2026-09-22T19:30'));
    await page.getByLabel(t.start).fill(typed('2026-11-02'));
    // The dates come with the module fetched on demand: printed with the rest.
    await datesShown(page);
    await page.emulateMedia({ media: 'print' });
    const printed = pages(await page.pdf({ format: 'A4', printBackground: true }), `result-${lang}`);
    expect(printed.length, 'A4 pages').toBeGreaterThanOrEqual(1);
    expect(printed.length, 'A4 pages').toBeLessThanOrEqual(2);
    const first = printed[0];
    // The decision at a glance, on the first page, before the tracks' details.
    const glance = first.indexOf(t.free);
    expect(glance, 'the glance on page 1').toBeGreaterThanOrEqual(0);
    expect(first).toContain(t.eligible);
    // The answers printed, with the day judged on and the day printed.
    const all = printed.join('\n');
    expect(all).toContain(P[lang].answers);
    // The answer's words as printed in a column of the answers: its first line.
    expect(all).toContain(t.limited.split(' ').slice(0, 3).join(' '));
    expect(all).toContain(dmy(AS_OF));
    expect(all).toContain(P[lang].printedOn);
    // No page ends with a heading: the last line of each but the last page is not a title.
    for (const p of printed.slice(0, -1)) {
      const lines = p.split('\n').map((l) => l.trim()).filter(Boolean);
      const last = lines[lines.length - 1];
      expect(HEADINGS[lang].some((h) => last.startsWith(h)), `page ends with a heading: ${last}`).toBe(false);
    }
    await page.screenshot({ path: `${DIR}/result-${lang}-print.png`, fullPage: true });
  });
}

/** Words of the printed page only. */
const P = {
  kk: { answers: 'Сіздің жауаптарыңыз', printedOn: 'Басып шығарылған күні' },
  ru: { answers: 'Ваши ответы', printedOn: 'Дата печати' },
};

/** The result's section titles, which must not end a page. */
const HEADINGS = {
  kk: ['Медициналық куәландыру картасы', 'Әрі қарай не істеу керек', 'Өтеулі даярлықтың күндері', 'Процедураның күндері', 'Сіздің жауаптарыңыз'],
  ru: ['Карта медицинского освидетельствования', 'Что делать дальше', 'Сроки платной подготовки', 'Даты процедуры', 'Ваши ответы'],
};
