import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import type { Face } from '../../../../shared/layout/theme';
import { FACES } from '../../../../shared/layout/theme';
import type { MeasureText } from '../../../../shared/layout/tables';
import { unpackedPath } from '../../paths';

/**
 * The document's fonts: Source Serif 4 and Source Sans 3 (SIL Open Font License), shipped as
 * TrueType files in npm packages. Each file is read and parsed once per process; the PDF writer
 * embeds subsets of them, the DOCX embeds them whole, and text is measured with them.
 */

const resolveModule = createRequire(import.meta.url).resolve;
const packageDir = (name: string) => unpackedPath(dirname(resolveModule(`${name}/package.json`)));

const FILES: Record<Face, [pkg: string, file: string]> = {
  serif: ['@expo-google-fonts/source-serif-4', '400Regular/SourceSerif4_400Regular.ttf'],
  serifItalic: ['@expo-google-fonts/source-serif-4', '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf'],
  serifBold: ['@expo-google-fonts/source-serif-4', '700Bold/SourceSerif4_700Bold.ttf'],
  sans: ['@expo-google-fonts/source-sans-3', '400Regular/SourceSans3_400Regular.ttf'],
  sansBold: ['@expo-google-fonts/source-sans-3', '700Bold/SourceSans3_700Bold.ttf'],
};

export const FACE_NAMES = Object.keys(FACES) as Face[];

/** Where each face's TrueType file is (unpacked beside the app archive in an installed app). */
export function fontFiles(): Record<Face, string> {
  return Object.fromEntries(FACE_NAMES.map((face) => [face, join(packageDir(FILES[face][0]), FILES[face][1])])) as Record<Face, string>;
}

/** The licence texts of the fonts, for the third-party notices. */
export const fontLicenceFiles = (): string[] => [...new Set(FACE_NAMES.map((face) => join(packageDir(FILES[face][0]), 'LICENSE_FONT')))];

let loaded: { bytes: Record<Face, Buffer>; fonts: Record<Face, fontkit.Font> } | null = null;

function load() {
  if (!loaded) {
    const files = fontFiles();
    const bytes = Object.fromEntries(FACE_NAMES.map((face) => [face, readFileSync(files[face])])) as Record<Face, Buffer>;
    const fonts = Object.fromEntries(FACE_NAMES.map((face) => [face, fontkit.create(bytes[face]) as fontkit.Font])) as Record<Face, fontkit.Font>;
    for (const font of Object.values(fonts)) giveGlyphsTheirCharacters(font);
    loaded = { bytes, fonts };
  }
  return loaded;
}

/**
 * fontkit keeps one object per glyph, made the first time the glyph is asked for, with the
 * characters it was asked for by. A glyph first met as a part of another (the "I" inside "Í",
 * when a PDF's font subset is written) is kept with no characters, and every later PDF of the
 * process then maps it to nothing: its text cannot be searched or copied ("EB T" for "EBIT").
 * Asking for every glyph by its character first gives each glyph the character a reader
 * expects; ligatures get their letters from shaping, as before.
 */
function giveGlyphsTheirCharacters(font: fontkit.Font) {
  // Where characters share a glyph, the one text uses wins: Latin before look-alikes in other
  // scripts, punctuation ("’" U+2019) before modifier letters ("ʼ" U+02BC).
  const rank = (cp: number) => (cp < 0x250 ? 0 : cp >= 0x2000 && cp <= 0x206f ? 1 : 2);
  for (const codePoint of [...font.characterSet].sort((a, b) => rank(a) - rank(b) || a - b)) {
    // Ligatures ("ﬁ", "ﬃ") are left to shaping, which gives them their letters ("f", "f", "i").
    if (codePoint >= 0xfb00 && codePoint <= 0xfb4f) continue;
    font.glyphForCodePoint(codePoint);
  }
}

/** The parsed font of a face (shared by every export in this process). */
export const fontOf = (face: Face): fontkit.Font => load().fonts[face];

/** The file's bytes, for embedding in a DOCX. */
export const fontBytes = (face: Face): Buffer => load().bytes[face];

/** A word shaped by fontkit, as pdfkit keeps it: positions in thousandths of an em. */
interface ShapedWord {
  advanceWidth: number;
}

/**
 * Shaped words, per face, kept for the process and shared with pdfkit: OpenType shaping is the
 * costliest step of writing a PDF, and each word is shaped once, when it is first measured; pdfkit
 * then finds it shaped when it draws it (see `shareShapingCaches`).
 */
const shapedWords = new Map<Face, Record<string, ShapedWord>>();
const MAX_CACHED = 100_000;
let cachedCount = 0;

function cacheOf(face: Face): Record<string, ShapedWord> {
  let cache = shapedWords.get(face);
  if (!cache) {
    cache = Object.create(null) as Record<string, ShapedWord>;
    shapedWords.set(face, cache);
  }
  return cache;
}

/** pdfkit's `EmbeddedFont.layoutRun`, so what it finds in the cache is what it would have made. */
function shape(word: string, face: Face): ShapedWord {
  const cache = cacheOf(face);
  let run = cache[word];
  if (!run) {
    if (cachedCount > MAX_CACHED) {
      shapedWords.clear();
      cachedCount = 0;
    }
    const font = fontOf(face);
    const scale = 1000 / font.unitsPerEm;
    const laid = font.layout(word);
    laid.positions.forEach((position, i) => {
      const scaled = position as unknown as Record<string, number>;
      for (const key of Object.keys(scaled)) scaled[key] = scaled[key]! * scale;
      scaled.advanceWidth = laid.glyphs[i]!.advanceWidth * scale;
    });
    run = laid as unknown as ShapedWord;
    cacheOf(face)[word] = run;
    cachedCount += 1;
  }
  return run;
}

/**
 * The advance width of a text in a face at a size, in points, as pdfkit draws it: shaped word by
 * word (a word keeps its trailing space), so kerning applies inside words, and widths add up.
 */
export const measureText: MeasureText = (text, face, size) => {
  let width = 0;
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length ? last < i : text[i] === ' ' || text[i] === '\t') {
      width += shape(text.slice(last, i + 1), face).advanceWidth;
      last = i + 1;
    }
  }
  return (width * size) / 1000;
};

/** Gives a pdfkit document's fonts the shared caches of shaped words (after `registerFont` with the face names). */
export function shareShapingCaches(doc: PDFKit.PDFDocument) {
  for (const face of FACE_NAMES) {
    doc.font(face);
    const font = (doc as unknown as { _font: { layoutCache?: Record<string, unknown> } })._font;
    if (font.layoutCache) font.layoutCache = cacheOf(face);
  }
}

const metrics = new Map<Face, { ascent: number; descent: number }>();

/** Ascender and descender of a face, per point of size (for placing a baseline in its line). */
export function verticalMetrics(face: Face): { ascent: number; descent: number } {
  let found = metrics.get(face);
  if (!found) {
    const font = fontOf(face);
    found = { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
    metrics.set(face, found);
  }
  return found;
}

/** Whether the face has a glyph for every character of the text (else the layout falls back). */
export const hasGlyphs = (face: Face, text: string): boolean => {
  const font = fontOf(face);
  for (const char of text) if (!/\s/.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0)!)) return false;
  return true;
};
