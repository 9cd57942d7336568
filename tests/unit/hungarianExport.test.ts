import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, type ExportFormat } from '../../main/services/export/exportDocument';
import { DOCUMENT_TEXTS } from '../../shared/document/texts';
import type { Language } from '../../shared/project/primitives';
import { templateProject } from '../support/projects';

// A Hungarian director exports in Hungarian: no English fixed text may be left in the document,
// and numbers, money and dates follow Hungarian conventions. Every template exports in both languages.

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-hu-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The fixed English texts that differ from their Hungarian counterparts, split at placeholders. */
function englishFixedTexts(): string[] {
  const out: string[] = [];
  const walk = (en: unknown, hu: unknown) => {
    if (typeof en === 'string') {
      if (en !== hu) out.push(...en.split(/\{\w+\}/).map((f) => f.trim().replace(/[.:]$/, '')).filter((f) => /\p{L}{3}/u.test(f)));
    } else if (en && typeof en === 'object') for (const key of Object.keys(en)) walk((en as Record<string, unknown>)[key], (hu as Record<string, unknown>)[key]);
  };
  walk(DOCUMENT_TEXTS.en, DOCUMENT_TEXTS.hu);
  return [...new Set(out)];
}

async function exportText(id: string, content: Language, language: Language, format: ExportFormat): Promise<string> {
  const out = join(dir, `${id}-${content}-${language}.${format}`);
  const written = await exportDocument(templateProject(id, content), { format, language, draft: false, paper: 'A4' }, out);
  if (!written.ok) throw new Error(written.error.message);
  if (format === 'pdf') return execFileSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' });
  const zip = await JSZip.loadAsync(await readFile(out));
  const parts = Object.keys(zip.files).filter((name) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(name));
  const xml = (await Promise.all(parts.map((name) => zip.file(name)!.async('string')))).join('\n');
  return xml.replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u00ad/g, '');
const wholeWord = (fragment: string) => new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');

describe('the document in Hungarian', () => {
  it.each(['pdf', 'docx'] as const)('has no English fixed text and Hungarian formats (%s)', async (format) => {
    const text = normalise(await exportText('duna-cargo', 'hu', 'hu', format));
    const content = JSON.stringify(templateProject('duna-cargo', 'hu'));
    const leftovers = englishFixedTexts().filter((fragment) => wholeWord(fragment).test(text) && !wholeWord(fragment).test(content));
    expect(leftovers).toEqual([]);
    for (const hungarian of ['A vállalat kereskedelmi politikája', 'Hitelpolitika', 'Értékesítési előrejelzés', '2026. november 28.', '25 000 000 Ft']) expect(text).toContain(hungarian);
    // Set in capitals by the style (the DOCX keeps the word as written).
    expect(text).toMatch(/BIZALMAS|Bizalmas/);
    if (format === 'pdf') expect(text).toMatch(/\b3\/\d+\. oldal\b/);
  });

  it('keeps the content as typed when a Hungarian project is exported in English: only the fixed texts switch', async () => {
    const text = normalise(await exportText('duna-cargo', 'hu', 'en', 'pdf'));
    expect(text).toContain('Credit policy');
    expect(text).toContain('Kovács Éva, kereskedelmi igazgató');
    expect(text).toContain('28 November 2026');
  });

  it.each(['duna-cargo', 'building-materials', 'premium-manufacturer', 'blank'].flatMap((id) => (['en', 'hu'] as const).map((language) => [id, language] as const)))(
    '%s (%s) exports as PDF and DOCX in its language',
    async (id, language) => {
      for (const format of ['pdf', 'docx'] as const) expect(await exportText(id, language, language, format)).toContain(templateProject(id, language).meta.title);
    },
    60_000,
  );
});
