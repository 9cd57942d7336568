import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../main/services/export/exportDocument';
import type { Language } from '../../shared/project/primitives';
import { templateProject } from '../support/projects';

// One number style per document, read back from the PDF as a reader sees it (pdftotext -layout:
// table cells stay apart, so a figure and the next column's amount never read as one phrase).

let dir: string;
const pages = new Map<Language, string>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-numbers-'));
  for (const language of ['en', 'hu'] as const) {
    const file = join(dir, `duna-${language}.pdf`);
    const written = await exportDocument(templateProject('duna-cargo', language), { format: 'pdf', draft: false, paper: 'A4' }, file);
    expect(written.ok).toBe(true);
    pages.set(language, execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }).replace(/\u00a0|\u202f/g, ' '));
  }
}, 300_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Each match with the line it is on, so a failure shows the phrase to fix. */
const found = (text: string, pattern: RegExp) => text.split('\n').flatMap((line) => [...line.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map((m) => `${m[0]}  ←  ${line.trim()}`));

describe.each(['en', 'hu'] as const)('the Duna Cargo PDF in %s', (language) => {
  const text = () => pages.get(language)!;

  it('writes percentages close to the figure, as the language does (“12%”, never “12 %”)', () => {
    expect(found(text(), /\d %/)).toEqual([]);
    expect(text()).toMatch(/\d%/);
  });

  it('writes negative figures with a minus sign, not a hyphen', () => {
    expect(found(text(), /(?:^|[\s(])-\d/)).toEqual([]);
    expect(text()).toMatch(/−\d/);
  });
});

describe('money in one style per language', () => {
  it('English: the currency before the amount, scale words as “m” and “bn”', () => {
    const text = pages.get('en')!;
    expect(found(text, /\d(?: ?(?:M|m|bn|million|billion))? HUF\b/)).toEqual([]);
    expect(found(text, /HUF [\d.,]+ (?:million|billion|thousand)\b/)).toEqual([]);
    expect(found(text, /\bFt\b/)).toEqual([]);
    expect(text).toMatch(/HUF 4\.23bn/);
    expect(text).toMatch(/\(HUF m\)/);
  });

  it('Hungarian: the amount before “Ft”, scale words as “M” and “Mrd”', () => {
    const text = pages.get('hu')!;
    expect(found(text, /HUF/)).toEqual([]);
    expect(found(text, /\d (?:millió|milliárd|ezer) (?:Ft|forint)/)).toEqual([]);
    expect(found(text, /\bFt \d/)).toEqual([]);
    expect(text).toMatch(/4,23 Mrd Ft/);
    expect(text).toMatch(/\(M Ft\)/);
  });
});
