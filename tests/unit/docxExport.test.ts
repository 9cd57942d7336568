import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../main/services/export/exportDocument';
import { buildDocument } from '../../shared/document/build';
import { headingsOf } from '../../shared/document/model';
import { DUNA_VALUES } from '../support/dunaValues';
import { fixturePath, templateProject } from '../support/projects';

// Reads the DOCX back as a Word reader would: its XML parts, then LibreOffice as a real
// third-party reader converting it to PDF.

let dir: string;
let docx: string;
let zip: JSZip;
const project = templateProject('duna-cargo');
project.policy.methods.principles[0]!.principle = 'Ключевые клиенты обслуживаются напрямую; ő ű.';
project.meta.branding = { logo: { mediaType: 'image/jpeg', data: readFileSync(fixturePath('logo.jpg')).toString('base64') }, accentColor: '#6A1B9A' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-docx-'));
  docx = join(dir, 'duna.docx');
  const written = await exportDocument(project, { format: 'docx', draft: true, paper: 'A4' }, docx);
  expect(written.ok).toBe(true);
  zip = await JSZip.loadAsync(await readFile(docx));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const part = (name: string) => zip.file(name)!.async('string');
/** The text of a part as a reader sees it: the runs' text, paragraphs on their own lines. */
const textOf = (xml: string) =>
  xml
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

describe('the DOCX export', () => {
  it('contains every value of the Duna Cargo project, with ő, ű and Cyrillic intact', async () => {
    const text = textOf(await part('word/document.xml'));
    const missing = [...DUNA_VALUES, 'Ключевые клиенты обслуживаются напрямую; ő ű.'].filter((v) => !text.includes(v));
    expect(missing).toEqual([]);
  });

  it('uses real heading styles and a TOC field pre-filled with every heading', async () => {
    const xml = await part('word/document.xml');
    const headings = headingsOf(buildDocument(project, { draft: false }));
    const count = (style: string) => (xml.match(new RegExp(`<w:pStyle w:val="${style}"/>`, 'g')) ?? []).length;
    expect([count('Heading1'), count('Heading2'), count('Heading3')]).toEqual([1, 2, 3].map((level) => headings.filter((h) => h.level === level).length));
    expect(xml).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    expect(count('TOC1') + count('TOC2') + count('TOC3')).toBe(headings.length);
    expect(await part('word/styles.xml')).toContain('w:styleId="Heading2"');
    // Word fills in the page numbers on opening.
    expect(await part('word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });

  it('has page X of Y fields in the footer, repeated table headers, and charts as SVG with PNG fallbacks', async () => {
    const footer = await part('word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    const xml = await part('word/document.xml');
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(15);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media.filter((n) => n.endsWith('.svg'))).toHaveLength(3);
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(3);
    expect(media.filter((n) => /\.jpe?g$/.test(n))).toHaveLength(1); // the title-page logo
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/fonts/'))).toBe(true);
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

  it.runIf(existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice'))('opens in LibreOffice, which converts it to PDF with the text intact', () => {
    const soffice = existsSync('/usr/bin/soffice') ? '/usr/bin/soffice' : '/usr/bin/libreoffice';
    execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
    const text = execFileSync('pdftotext', ['-raw', join(dir, 'duna.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const missing = ['Commercial Policy of Duna Cargo Logisztika Kft. 2027–2031', '4.3. Credit policy', 'HUF 25,000,000', 'Ключевые клиенты', 'Győr head office', 'Total sales'].filter((v) => !text.includes(v));
    expect(missing).toEqual([]);
  }, 180_000);
});
