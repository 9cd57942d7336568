import { execFileSync } from 'node:child_process';

/**
 * Reads a PDF's pages as a reader's eye would check them: every word's box (poppler's pdftotext
 * -bbox), then the defects a typesetter looks for. Used on our PDFs and on LibreOffice's
 * rendering of our DOCX files.
 */

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export function readPages(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages: Page[] = [];
  for (const match of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...match[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: decode(w[5]!),
    }));
    pages.push({ width: Number(match[1]), height: Number(match[2]), words });
  }
  return pages;
}

/**
 * Pairs of words whose glyphs would overlap. A word's box runs from the font's ascender to its
 * descender, taller than the letters, so boxes are first shrunk to the letters' middle band.
 */
export function overlappingWords(page: Page): [Word, Word][] {
  const core = page.words
    .filter((w) => w.text.trim() !== '')
    .map((w) => {
      const h = w.yMax - w.yMin;
      return { word: w, x0: w.xMin + 0.3, x1: w.xMax - 0.3, y0: w.yMin + h * 0.3, y1: w.yMax - h * 0.3 };
    })
    .sort((a, b) => a.y0 - b.y0);
  const found: [Word, Word][] = [];
  for (let i = 0; i < core.length; i++) {
    const a = core[i]!;
    for (let j = i + 1; j < core.length && core[j]!.y0 < a.y1; j++) {
      const b = core[j]!;
      if (b.x0 < a.x1 && a.x0 < b.x1) found.push([a.word, b.word]);
    }
  }
  return found;
}

/** Words drawn (partly) off the page. */
export const wordsOffPage = (page: Page): Word[] => page.words.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > page.width + 0.5 || w.yMax > page.height + 0.5);

const letters = /\p{L}/u;
/** A token without the punctuation around it, in lower case (capitals are a style: "VERSION"). */
const strip = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase();

/**
 * Words that are neither a word of the document's text nor a piece of one broken at a line end
 * with a hyphen: a word the layout cut silently ("dis" + "ztribútorok") shows up here.
 */
export function brokenWords(pages: Page[], sourceText: string): string[] {
  const known = new Set<string>();
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
  for (const raw of sourceText.split(/\s+/)) {
    const word = strip(raw);
    if (!word) continue;
    known.add(word);
    // Breaks fall inside a word, or after a hyphen or slash in it.
    for (const part of [word, ...word.split(/(?<=[-/\u2010\u2013])/)]) {
      for (let i = 1; i < part.length; i++) {
        prefixes.add(part.slice(0, i));
        suffixes.add(part.slice(i));
      }
    }
    for (let i = 1; i < word.length; i++) {
      prefixes.add(word.slice(0, i));
      suffixes.add(word.slice(i));
    }
  }
  const bad = new Set<string>();
  for (const page of pages) {
    for (const { text } of page.words) {
      if (!letters.test(text) || /\d/.test(text)) continue;
      const word = strip(text);
      if (!word || known.has(word)) continue;
      const hyphenated = /[\u002D\u2010]$/.test(text);
      if (hyphenated && prefixes.has(word)) continue;
      if (suffixes.has(word)) continue;
      // A long compound in a narrow column may break twice: its middle part ends in a hyphen too.
      if (hyphenated && [...known].some((k) => k.indexOf(word, 1) > 0 && k.length > word.length + 1)) continue;
      bad.add(text);
    }
  }
  return [...bad];
}

/**
 * How full each page's text area is: the lowest word's bottom, as a share of the area between
 * the running head and the footer (0 for a page without words in it).
 */
export function pageFill(page: Page, area: { top: number; bottom: number }): number {
  const body = page.words.filter((w) => w.yMin >= area.top && w.yMax <= area.bottom);
  if (body.length === 0) return 0;
  return (Math.max(...body.map((w) => w.yMax)) - area.top) / (area.bottom - area.top);
}

/** The text of the first line of a page's body (under the running head). */
export function firstBodyLine(page: Page, top: number): string {
  const body = page.words.filter((w) => w.yMin >= top).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const first = body[0];
  if (!first) return '';
  return body
    .filter((w) => Math.abs(w.yMin - first.yMin) < 2)
    .map((w) => w.text)
    .join(' ');
}

/**
 * The contents' entries as a reader sees them ("3.2. Dealer network ........ 7"), with the page
 * each gives, and the page each heading is really on (the first page, after the contents, with
 * a line that starts with the heading).
 */
export function contentsEntries(pages: Page[], headings: string[]): { heading: string; listed: number | null; actual: number | null }[] {
  const lines = pages.map((page) => {
    const rows = new Map<number, Word[]>();
    for (const w of page.words) {
      const key = Math.round((w.yMin + w.yMax) / 2);
      const row = [...rows.keys()].find((k) => Math.abs(k - key) <= 2) ?? key;
      rows.set(row, [...(rows.get(row) ?? []), w]);
    }
    return [...rows.values()].map((row) => row.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join(' ').replace(/\s+/g, ' ').trim());
  });
  const contentsPages = new Set(lines.flatMap((page, i) => (page.some((l) => /(\.\s?){4,}\s*\d+$/.test(l)) ? [i] : [])));
  return headings.map((heading) => {
    let listed: number | null = null;
    const entry = new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s*\\.){3,}\\s*(\\d+)$`);
    for (const i of contentsPages) {
      const line = lines[i]!.map((l) => entry.exec(l)).find(Boolean);
      if (line) listed = Number(line[1]);
    }
    const actual = lines.findIndex((page, i) => !contentsPages.has(i) && page.some((l) => l === heading));
    return { heading, listed, actual: actual < 0 ? null : actual + 1 };
  });
}
