import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../main/services/export/exportDocument';
import { buildDocument } from '../../shared/document/build';
import { captionsOf, headingLabel, headingsOf } from '../../shared/document/model';
import { fixturePath, templateProject } from '../support/projects';
import { DUNA_VALUES, plainQuotes } from '../support/dunaValues';

// Reads the PDF back with real tools (poppler's pdftotext and pdffonts, qpdf), as a reader would.

let dir: string;
let pdf: string;
const project = templateProject('duna-cargo');
// Accents of Latin Extended-A and a Cyrillic test string must print as typed.
project.policy.goals.items[0]!.owner = 'Kovács Éva, Győr — Őrház Ügyintéző';
project.policy.methods.principles[0]!.principle = 'Ключевые клиенты обслуживаются напрямую.';
project.meta.branding = { logo: { mediaType: 'image/png', data: readFileSync(fixturePath('logo.png')).toString('base64') }, accentColor: '#1D4E89' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-pdf-'));
  pdf = join(dir, 'duna.pdf');
  const written = await exportDocument(project, { format: 'pdf', draft: false, paper: 'A4', accent: '#0b7a66' }, pdf);
  expect(written.ok).toBe(true);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
const text = () => plainQuotes(run('pdftotext', '-raw', pdf, '-').replace(/\u00a0/g, ' ').replace(/\s+/g, ' '));

describe('the PDF export', () => {
  it('contains every value of the Duna Cargo project, with ő, ű and Cyrillic intact', () => {
    const extracted = text();
    const missing = [...DUNA_VALUES, 'Győr — Őrház Ügyintéző', 'Ключевые клиенты обслуживаются напрямую.'].filter((v) => !extracted.includes(v.replace(/\s+/g, ' ')));
    expect(missing).toEqual([]);
  });

  it('embeds every font it uses', () => {
    const rows = run('pdffonts', pdf).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  });

  it('has an outline that mirrors the headings, pointing at the pages the contents list', () => {
    const json = JSON.parse(run('qpdf', '--json', '--json-key=outlines', pdf)) as { outlines: Outline[] };
    type Outline = { title: string; destpageposfrom1: number; kids: Outline[] };
    const flat: string[] = [];
    const walk = (items: Outline[]) => items.forEach((o) => (flat.push(o.title), walk(o.kids)));
    walk(json.outlines);
    const headings = headingsOf(buildDocument(project, { draft: false })).map(headingLabel);
    expect(flat).toEqual(headings);
    const credit = (function find(items: Outline[]): Outline | undefined {
      for (const o of items) if (o.title === '4.3. Credit policy') return o;
      for (const o of items) {
        const found = find(o.kids);
        if (found) return found;
      }
      return undefined;
    })(json.outlines)!;
    // The contents (page 3, after the control page) line for 4.3 ends, after its leader dots, with the same page number the outline jumps to.
    expect(run('pdftotext', '-f', '3', '-l', '3', '-layout', pdf, '-')).toMatch(new RegExp(`4\\.3\\. Credit policy[\\s.\u2009]+${credit.destpageposfrom1}\\n`));
  });

  it('has a title page, page X of Y footers and properties, and stays small for email', async () => {
    const info = run('pdfinfo', pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(6);
    // Title, control page, contents, summary, 8 chapters on their own pages, 3 appendices; the price waterfall and the plan's costs, funnel and scenarios;
    // Part C's title page and its 5 chapters with their key accounts, travelling team, onboarding and roadmap.
    expect(pages).toBeLessThanOrEqual(38);
    expect(info).toMatch(/Title:\s+Commercial Policy of Duna Cargo Logisztika Kft\. 2027–2031/);
    expect(info).toMatch(/Author:\s+Kovács Éva/);
    expect(run('pdftotext', '-f', '3', '-l', '3', pdf, '-')).toContain(`Page 3 of ${pages}`);
    const size = Number(/File size:\s+(\d+)/.exec(info)![1]);
    expect(size).toBeLessThan(1024 * 1024);
  });

  it('is tagged PDF/A-2b: structure in reading order, the language, the logo with alternative text', () => {
    const qdf = join(dir, 'qdf.pdf');
    run('qpdf', '--qdf', '--object-streams=disable', pdf, qdf);
    const raw = readFileSync(qdf, 'latin1');
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(raw).toMatch(/\/OutputIntents/);
    expect(raw).toContain('/Lang (en-GB)');
    expect(run('pdfinfo', pdf)).toMatch(/Tagged:\s+yes/);
    const count = (type: string) => raw.match(new RegExp(`/S /${type}\\b`, 'g'))?.length ?? 0;
    const headings = headingsOf(buildDocument(project, { draft: false }));
    // Every heading of the model is a heading element of the same level (plus "Contents" and "Tables and figures", H1s).
    expect([count('H1'), count('H2'), count('H3')]).toEqual([1, 2, 3].map((level) => headings.filter((h) => h.level === level).length + (level === 1 ? 2 : 0)));
    expect(count('Table')).toBe(buildDocument(project, { draft: false }).blocks.filter((b) => b.kind === 'table').length);
    expect(count('TOCI')).toBe(headings.length + captionsOf(buildDocument(project, { draft: false })).length); // the contents and the list of tables and figures
    // The logo and every chart are figures with alternative text.
    expect(count('Figure')).toBe(1 + buildDocument(project, { draft: false }).blocks.filter((b) => b.kind === 'chart').length);
    expect(raw).toContain('/Alt (Duna Cargo Logisztika Kft.)');
    const images = run('pdfimages', '-list', pdf).trim().split('\n').slice(2);
    expect(images.map((row) => row.split(/\s+/).slice(3, 6).join(' '))).toEqual(['image 454 120', 'smask 454 120']);
  });

  it('never leaves a partial file: a failed export keeps the previous one and no temporary files', async () => {
    const target = join(dir, 'locked', 'x.pdf');
    const failed = await exportDocument(project, { format: 'pdf', draft: false, paper: 'A4', accent: '#0b7a66' }, target);
    expect(!failed.ok && failed.error.message).toMatch(/folder .* does not exist/);
    const good = join(dir, 'good.pdf');
    await writeFile(good, 'previous');
    await exportDocument(project, { format: 'pdf', draft: true, paper: 'LETTER', accent: '#0b7a66' }, good);
    expect(run('pdfinfo', good)).toMatch(/Page size:\s+612 x 792/);
    expect((await readdir(dir)).filter((n) => n.includes('tmp') || n.startsWith('.'))).toEqual([]);
  });
});
