import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../main/services/export/exportDocument';
import { measureText } from '../../main/services/export/text/fonts';
import { buildDocument } from '../../shared/document/build';
import { captionsOf, headingsOf } from '../../shared/document/model';
import { fitTable } from '../../shared/layout/tables';
import { pageGeometry } from '../../shared/layout/theme';
import { DUNA_VALUES, plainQuotes } from '../support/dunaValues';
import { fixturePath, templateProject } from '../support/projects';

// Reads the DOCX back as Word's object model does (its XML parts, and python-docx), and then
// LibreOffice as a real third-party reader converting it to PDF.

let dir: string;
let docx: string;
let zip: JSZip;
const project = templateProject('duna-cargo');
project.policy.methods.principles[0]!.principle = 'Ключевые клиенты обслуживаются напрямую; ő ű.';
project.meta.branding = { logo: { mediaType: 'image/jpeg', data: readFileSync(fixturePath('logo.jpg')).toString('base64') }, accentColor: '#6A1B9A' };
const model = buildDocument(project, { draft: false });
const python = ['/usr/bin/python3'].find((path) => existsSync(path) && execFileSync(path, ['-c', 'import docx'], { stdio: 'ignore' }) !== undefined);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-docx-'));
  docx = join(dir, 'duna.docx');
  const written = await exportDocument(project, { format: 'docx', draft: true, paper: 'A4' }, docx);
  expect(written.ok).toBe(true);
  zip = await JSZip.loadAsync(await readFile(docx));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const part = (name: string) => zip.file(name)!.async('string');
/** The text of a part as a reader sees it: the runs' text (not field codes), paragraphs on their own lines. */
const textOf = (xml: string) =>
  xml
    .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\u00a0/g, ' ')
    .replace(/\u00ad/g, ''); // soft hyphens are invisible unless a line breaks there
const paragraphsOf = (xml: string) => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];

describe('the DOCX export', () => {
  it('contains every value of the Duna Cargo project, with ő, ű and Cyrillic intact', async () => {
    const text = plainQuotes(textOf(await part('word/document.xml')));
    const missing = [...DUNA_VALUES, 'Ключевые клиенты обслуживаются напрямую; ő ű.'].filter((v) => !text.includes(v));
    expect(missing).toEqual([]);
  });

  it('gives every paragraph a named style and no formatting of its own, and every table the table style', async () => {
    const xml = await part('word/document.xml');
    const body = xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, ''); // the contents, written by Word's own rules
    const paragraphs = paragraphsOf(body);
    expect(paragraphs.length).toBeGreaterThan(300);
    expect(paragraphs.filter((p) => !p.includes('<w:pStyle '))).toEqual([]);
    // Paragraph properties beyond the style: only the list numbering of list items.
    const direct = paragraphs.map((p) => (/<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '').replace(/<w:pStyle [^>]*\/>/, '').replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, '')).filter(Boolean);
    expect(direct).toEqual([]);
    // Runs take their look from their style; only a legend's swatches carry their series' colour.
    const swatch = /<w:r><w:rPr><w:color w:val="[0-9A-F]{6}"\/><\/w:rPr><w:t xml:space="preserve">(\u00A0\u00A0 )?\u25A0\u00A0<\/w:t><\/w:r>/g;
    expect(body.match(swatch)?.length).toBeGreaterThanOrEqual(7);
    expect(body.replace(swatch, '')).not.toContain('<w:rPr>');
    const tables = body.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(10);
    expect(body.match(/<w:tblStyle w:val="PolicyTable"\/>/g)?.length).toBe(tables);
    expect(body).not.toContain('<w:shd');
    expect(await part('word/styles.xml')).toMatch(/w:styleId="PolicyTable"[\s\S]*w:type="firstRow"[\s\S]*w:type="lastRow"/);
  });

  it('numbers headings with Word’s multilevel list, not typed numbers, and captions with SEQ fields', async () => {
    const xml = await part('word/document.xml');
    const headings = headingsOf(model);
    const styled = (style: string) => paragraphsOf(xml).filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`));
    expect([1, 2, 3].map((level) => styled(`Heading${level}`).length)).toEqual([1, 2, 3].map((level) => headings.filter((h) => h.level === level).length));
    for (const p of [...styled('Heading2'), ...styled('Heading3')]) expect(textOf(p)).not.toMatch(/^\d/);
    const styles = await part('word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:numPr>[\s\S]*?<\/w:style>/);
    expect(await part('word/numbering.xml')).toMatch(/<w:lvlText w:val="%1\.%2\."\/>/);
    const tables = model.blocks.filter((b) => b.kind === 'table').length;
    expect(xml.match(/SEQ Table/g)?.length).toBe(tables);
    expect(xml.match(/SEQ Figure/g)?.length).toBe(8);
    expect(styled('Caption').length).toBeGreaterThanOrEqual(tables);
  });

  it('has a contents field whose entries carry their page numbers, without asking Word to update fields', async () => {
    const xml = await part('word/document.xml');
    expect(xml).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    const entries = (xml.match(/<w:pStyle w:val="TOC\d"\/>[\s\S]*?<\/w:p>/g) ?? []).filter((entry) => entry.includes('PAGEREF _Toc'));
    expect(entries).toHaveLength(headingsOf(model).length);
    for (const entry of entries) expect(entry).toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>\d+<\/w:t>/);
    // The list of tables and figures: one entry per caption, each a PAGEREF to the caption's bookmark, with its page.
    const captions = xml.match(/PAGEREF _Cap\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>\d+<\/w:t>/g) ?? [];
    expect(captions).toHaveLength(captionsOf(model).length);
    expect((xml.match(/<w:bookmarkStart [^>]*w:name="_Cap\d+"/g) ?? []).length).toBe(captionsOf(model).length);
    expect(await part('word/settings.xml')).not.toMatch(/<w:updateFields/);
  });

  it('has page X of Y fields in the footer, repeated table headers, native charts with their data, and the fonts', async () => {
    const footer = await part('word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    const xml = await part('word/document.xml');
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(15);
    const names = Object.keys(zip.files);
    // The price waterfall, the forecast's three, sales by channel, the scenarios, and the onboarding and roadmap timelines.
    expect(names.filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(8);
    expect(names.filter((n) => /^word\/embeddings\/.*\.xlsx$/.test(n))).toHaveLength(8);
    expect(await part('word/charts/chart1.xml')).toContain('<c:barDir val="bar"/>');
    const chart = await part('word/charts/chart2.xml');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('FTL road freight');
    expect(names.filter((n) => n.startsWith('word/media/'))).toHaveLength(1); // the title-page logo; no chart pictures
    expect(names.filter((n) => n.startsWith('word/fonts/'))).toHaveLength(5);
    expect(await part('word/fontTable.xml')).toMatch(/w:name="Source Serif 4"[\s\S]*w:embedRegular[\s\S]*w:embedBold[\s\S]*w:embedItalic/);
  });

  it('draws the timelines as Word draws a Gantt chart: stacked bars on unfilled offsets, along a date axis', async () => {
    const timelines = [];
    for (const name of Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n))) {
      const xml = await part(name);
      if (/<c:ser>(?:(?!<\/c:ser>)[\s\S])*<c:spPr><a:noFill\/>/.test(xml)) timelines.push(xml);
    }
    expect(timelines).toHaveLength(2);
    for (const xml of timelines) {
      const series = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? [];
      // Offset and period alternate: every offset without fill, every period in its colour.
      expect(series.length % 2).toBe(0);
      series.forEach((ser, i) => expect(ser.includes('<c:spPr><a:noFill/>'), `series ${i}`).toBe(i % 2 === 0));
      expect(xml).toMatch(/<c:numFmt formatCode="\[\$-809\]d mmm( yy)?"/);
      // No legend of Word's own: the line of text under the chart is the legend.
      expect(xml).not.toContain('<c:legend>');
    }
    const roadmap = timelines.find((xml) => xml.includes('Under way'))!;
    // The axis from 1 Nov 2026 (Excel's day 46327) to 1 Oct 2027 (46661), the month after the last deadline.
    expect(roadmap).toMatch(/<c:min val="46327"\/>/);
    expect(roadmap).toMatch(/<c:max val="46661"\/>/);
    expect(await part('word/document.xml')).toMatch(/<w:pStyle w:val="FigureLegend"\/>[\s\S]{0,300}To do[\s\S]{0,200}<w:color w:val="0072B2"\/><\/w:rPr><w:t xml:space="preserve">\u00A0\u00A0 \u25A0\u00A0<\/w:t><\/w:r><w:r><w:t xml:space="preserve">Under way<\/w:t>/);
  });

  it('sizes table columns from the shared layout, never narrower than the longest word of a row label', async () => {
    const xml = await part('word/document.xml');
    const grids = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])));
    const expected = model.blocks.flatMap((b) => (b.kind === 'table' ? fitTable(b, pageGeometry('A4').contentWidth, measureText).map((p) => p.columns.map((c) => Math.round(c.width * 20))) : []));
    expect(grids).toEqual(expected);
    for (const grid of grids) for (const width of grid) expect(width).toBeGreaterThan(0);
  });

  it('carries the document properties: title, author, company and language', async () => {
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>Commercial Policy of Duna Cargo Logisztika Kft. 2027–2031</dc:title>');
    expect(core).toContain('Kovács Éva');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(await part('docProps/app.xml')).toContain('<Company>Duna Cargo Logisztika Kft.</Company>');
    expect(await part('word/styles.xml')).toMatch(/<w:lang w:val="en-GB"\/>/);
  });

  it('uses the accent colour and marks a draft with a watermark Word can remove', async () => {
    expect(await part('word/styles.xml')).toMatch(/w:styleId="Heading1"[\s\S]*?<w:color w:val="6A1B9A"\/>/);
    const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map(part));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const header of headers) expect(header).toMatch(/<v:textpath [^>]*string="DRAFT"/);
  });

  it.runIf(python)('reads in python-docx: every paragraph with its style, every table', () => {
    const script = 'import docx,json,sys\nd=docx.Document(sys.argv[1])\nprint(json.dumps({"tables":len(d.tables),"styles":sorted({p.style.name for p in d.paragraphs}),"headings":[p.text for p in d.paragraphs if p.style.name.startswith("Heading")]}))';
    const read = JSON.parse(execFileSync(python!, ['-c', script, docx], { encoding: 'utf8' })) as { tables: number; styles: string[]; headings: string[] };
    expect(read.tables).toBe(model.blocks.filter((b) => b.kind === 'table').length);
    expect(read.styles).toEqual(expect.arrayContaining(['Normal', 'Heading 1', 'Heading 2', 'Heading 3', 'Caption', 'Figure', 'List Bullet']));
    expect(read.headings).toEqual(headingsOf(model).map((h) => h.text));
  });

  it.runIf(existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice'))('opens in LibreOffice, which converts it to PDF with the text, the numbers and the embedded fonts', () => {
    const soffice = existsSync('/usr/bin/soffice') ? '/usr/bin/soffice' : '/usr/bin/libreoffice';
    execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 180_000 });
    const pdf = join(dir, 'duna.pdf');
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const missing = ['Commercial Policy of Duna Cargo Logisztika Kft. 2027–2031', '4.3. Credit policy', 'HUF 25,000,000', 'Ключевые клиенты', 'Győr head office', 'Total sales'].filter((v) => !text.includes(v));
    expect(missing).toEqual([]);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/SourceSerif4-Regular/);
    expect(fonts).toMatch(/SourceSans3-Bold/);
    expect(fonts).not.toMatch(/DejaVu|Liberation/);
  }, 180_000);
});
