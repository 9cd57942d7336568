import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../main/services/export/exportDocument';
import { breakLines } from '../../main/services/export/text/lineBreaking';
import { buildDocument } from '../../shared/document/build';
import { captionEntry, captionsOf, headingLabel, headingsOf, plainTextOf, type DocumentModel } from '../../shared/document/model';
import { CHART, STYLES, pageGeometry } from '../../shared/layout/theme';
import { formatMoneyShort } from '../../shared/format';
import { toMinor } from '../../shared/money';
import type { Project } from '../../shared/project/schema';
import { templateProject } from '../support/projects';
import { stressProject } from '../support/stressProject';
import { brokenWords, contentsEntries, firstBodyLine, overlappingWords, pageFill, readPages, wordsOffPage, type Page } from '../support/typesetting';

// The pages as a typesetter checks them, for every template in both languages and for a client
// the templates do not cover (20 product groups with long Russian and German names, a 40-line
// forecast over ten years, an empty optional chapter, a tall logo): our PDF, and LibreOffice's
// rendering of our DOCX.

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

const subjects: { name: string; project: Project }[] = [
  ...['duna-cargo', 'building-materials', 'premium-manufacturer', 'blank'].flatMap((id) => (['en', 'hu'] as const).map((language) => ({ name: `${id}.${language}`, project: templateProject(id, language) }))),
  { name: 'stress', project: stressProject() },
];

let dir: string;
const documents = new Map<string, { model: DocumentModel; pdf: Page[]; docx: Page[] | null }>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-typesetting-'));
  for (const { name, project } of subjects) {
    for (const format of ['pdf', 'docx'] as const) {
      const written = await exportDocument(project, { format, draft: false, paper: 'A4' }, join(dir, `${name}.${format}`));
      if (!written.ok) throw new Error(`${name}.${format}: ${written.error.message}`);
    }
  }
  if (soffice) {
    execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), ...subjects.map((s) => join(dir, `${s.name}.docx`))], {
      stdio: 'pipe',
      timeout: 600_000,
    });
  }
  for (const { name, project } of subjects) {
    documents.set(name, { model: buildDocument(project, { draft: false }), pdf: readPages(join(dir, `${name}.pdf`)), docx: soffice ? readPages(join(dir, 'lo', `${name}.pdf`)) : null });
  }
}, 900_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const geometry = pageGeometry('A4');
const bodyArea = { top: geometry.margin.top - 4, bottom: geometry.height - geometry.margin.bottom + 4 };

/** Every text a reader can meet in the document: the model, the charts' labels, the page furniture. */
/** The month names a timeline's date axis may show in English, as Office's number format writes them ("Sep", not "Sept"). */
const OFFICE_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function sourceText(model: DocumentModel): string {
  const charts = model.blocks.flatMap((b) =>
    b.kind === 'chart'
      ? [...b.chart.categories, ...b.chart.series.map((s) => s.name), b.chart.currency, ...[1e3, 1e6, 1e9, 1e12].map((n) => formatMoneyShort(toMinor(n, b.chart.currency), b.chart.currency, b.chart.locale)), ...(b.chart.valueUnit === 'date' ? OFFICE_MONTHS : [])]
      : [],
  );
  return [plainTextOf(model), ...charts, model.labels.pageOf, model.labels.continued, model.meta.title, model.meta.footer].join('\n');
}

const names = subjects.map((s) => s.name);

describe('the pages of the PDF', () => {
  it.each(names)('%s: no two words overlap, and nothing is drawn off the page', (name) => {
    const { pdf } = documents.get(name)!;
    const overlaps = pdf.flatMap((page, i) => overlappingWords(page).map(([a, b]) => `page ${i + 1}: “${a.text}” over “${b.text}”`));
    expect(overlaps).toEqual([]);
    expect(pdf.flatMap((page, i) => wordsOffPage(page).map((w) => `page ${i + 1}: ${w.text}`))).toEqual([]);
  });

  it.each(names)('%s: no word is broken across lines without a hyphen', (name) => {
    const { pdf, model } = documents.get(name)!;
    expect(brokenWords(pdf, sourceText(model))).toEqual([]);
  });

  it.each(names)('%s: no page is less than a third full unless the next starts a chapter', (name) => {
    const { pdf, model } = documents.get(name)!;
    const starts = new Set([...headingsOf(model).filter((h) => h.level < 3).map(headingLabel), ...model.blocks.flatMap((b) => (b.kind === 'contents' ? [b.title] : []))]);
    const empty = pdf.flatMap((page, i) => {
      if (i === 0 || i === pdf.length - 1) return [];
      const next = firstBodyLine(pdf[i + 1]!, bodyArea.top);
      const fill = pageFill(page, bodyArea);
      return fill < 1 / 3 && ![...starts].some((s) => s && next.startsWith(s)) ? [`page ${i + 1} is ${Math.round(fill * 100)}% full; page ${i + 2} starts “${next}”`] : [];
    });
    expect(empty).toEqual([]);
  });

  it.each(names)('%s: the contents give, for every heading, the page it is on', (name) => {
    const { pdf, model } = documents.get(name)!;
    const entries = contentsEntries(pdf, headingsOf(model).map(headingLabel));
    expect(entries.filter((e) => e.listed === null || e.listed !== e.actual)).toEqual([]);
  });

  it.each(names)('%s: the list of tables gives, for every table, the page its caption is on', (name) => {
    const { pdf, model } = documents.get(name)!;
    const tables = captionsOf(model).filter((c) => c.caption.kind === 'table').map((c) => captionEntry(model.labels, c.caption));
    const entries = contentsEntries(pdf, tables);
    // A caption that wraps (in the list or the body) is not found as one line; the rest must all agree.
    expect(entries.filter((e) => e.actual !== null && e.listed !== null && e.listed !== e.actual)).toEqual([]);
    expect(entries.filter((e) => e.actual !== null && e.listed !== null).length).toBeGreaterThanOrEqual(Math.ceil(tables.length * 0.75));
  });

  it.each(names)('%s: nothing is set smaller than 8 pt', (name) => {
    // A word's box is its font's ascender to descender: about 1.37 em in Source Serif, 1.42 in Source Sans.
    const smallest = Math.min(...documents.get(name)!.pdf.flatMap((page) => page.words.map((w) => w.yMax - w.yMin)));
    expect(smallest).toBeGreaterThanOrEqual(8 * 1.36);
  });
});

describe('the type', () => {
  it('sets body text on a measure of at most 80 characters, nothing under 8 pt, charts included', () => {
    const model = documents.get('building-materials.en')!.model;
    const lines = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? breakLines(b.text, STYLES.body, geometry.textWidth, 'en') : []));
    const lengths = lines.slice(0, -1).map((l) => l.text.length);
    expect(lengths.length).toBeGreaterThan(40);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(80);
    expect(Object.values(STYLES).every((s) => s.size >= 8) && CHART.fontSize >= 8).toBe(true);
  });
});

describe.runIf(soffice)('LibreOffice’s rendering of the DOCX', () => {
  it.each(names)('%s: the list of tables gives, for every table, the page its caption is on', (name) => {
    const { docx, model } = documents.get(name)!;
    const tables = captionsOf(model).filter((c) => c.caption.kind === 'table').map((c) => captionEntry(model.labels, c.caption));
    const entries = contentsEntries(docx!, tables);
    expect(entries.filter((e) => e.actual !== null && e.listed !== null && e.listed !== e.actual)).toEqual([]);
    expect(entries.filter((e) => e.actual !== null && e.listed !== null).length).toBeGreaterThanOrEqual(Math.ceil(tables.length * 0.75));
  });

  it.each(names)('%s: the contents give, for every heading, the page it is on, and the headings carry the chapter numbers', (name) => {
    const { docx, model } = documents.get(name)!;
    const headings = headingsOf(model).map(headingLabel);
    const entries = contentsEntries(docx!, headings);
    expect(entries.filter((e) => e.listed === null || e.listed !== e.actual)).toEqual([]);
  });

  it.each(names)('%s: no two words overlap, nothing runs off the page, no word is broken without a hyphen', (name) => {
    const { docx, model } = documents.get(name)!;
    expect(docx!.flatMap((page, i) => overlappingWords(page).map(([a, b]) => `page ${i + 1}: “${a.text}” over “${b.text}”`))).toEqual([]);
    expect(docx!.flatMap((page, i) => wordsOffPage(page).map((w) => `page ${i + 1}: ${w.text}`))).toEqual([]);
    expect(brokenWords(docx!, sourceText(model))).toEqual([]);
  });
});
