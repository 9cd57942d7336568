import LineBreaker from 'linebreak';
import type { Language } from '../../../../shared/project/primitives';
import type { Face } from '../../../../shared/layout/theme';
import { measureText } from './fonts';
import { syllables } from './hyphenation';

/**
 * Breaks text into lines for a width, as Word and LibreOffice do for left-aligned text: at the
 * Unicode line-break opportunities (UAX #14: spaces, after hyphens, "\n" always), greedily. A
 * word too wide for a line of its own is broken at a syllable, with a visible hyphen, and a word
 * without syllables (a code, a run of letters) at a letter, with a hyphen: never silently. Time
 * grows with the text's length, not its square.
 */

export interface Line {
  /** The line's text as printed: trailing spaces dropped, a hyphen added where a word was broken. */
  text: string;
  width: number;
  /** The line ends inside a word (the hyphen at its end is not part of the text). */
  hyphenated: boolean;
}

export interface LineStyle {
  face: Face;
  size: number;
}

const HYPHEN = '-';

interface Segment {
  /** The text up to the next break opportunity, its trailing spaces included. */
  text: string;
  /** A required break follows it ("\n"). */
  required: boolean;
}

function segments(text: string): Segment[] {
  const breaker = new LineBreaker(text);
  const out: Segment[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const piece = text.slice(last, bk.position);
    out.push({ text: bk.required ? piece.replace(/\n$/, '') : piece, required: bk.required && piece.endsWith('\n') });
    last = bk.position;
  }
  return out;
}

/** Lines of `text` no wider than `width` points (a single word's letter may exceed a width below one letter). */
export function breakLines(text: string, style: LineStyle, width: number, language: Language): Line[] {
  const measure = (s: string) => measureText(s, style.face, style.size);
  const hyphenWidth = measure(HYPHEN);
  const lines: Line[] = [];
  let current = '';
  let currentWidth = 0;

  const push = (hyphenated = false) => {
    const trimmed = current.replace(/\s+$/, '');
    lines.push({ text: hyphenated ? trimmed + HYPHEN : trimmed, width: measure(trimmed) + (hyphenated ? hyphenWidth : 0), hyphenated });
    current = '';
    currentWidth = 0;
  };

  /** A word wider than a whole line: as many of its pieces on each line as fit with a hyphen. */
  const breakWord = (word: string, trailing: string) => {
    let pieces = syllables(word, language);
    // A syllable that is itself too wide is broken into letters.
    pieces = pieces.flatMap((piece) => (measure(piece) + hyphenWidth > width ? [...piece] : [piece]));
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const last = i === pieces.length - 1;
      const pieceWidth = measure(piece);
      const room = width - currentWidth - (last ? 0 : hyphenWidth);
      if (pieceWidth <= room || current === '') {
        current += piece;
        currentWidth += pieceWidth;
      } else {
        push(current !== '' && !/\s$/.test(current));
        current = piece;
        currentWidth = pieceWidth;
      }
    }
    current += trailing;
    currentWidth = measure(current);
  };

  for (const segment of segments(text)) {
    const word = segment.text.replace(/\s+$/, '');
    const trailing = segment.text.slice(word.length);
    const wordWidth = measure(word);
    if (wordWidth > width) breakWord(word, trailing);
    else {
      if (current !== '' && currentWidth + wordWidth > width) push();
      current += segment.text;
      currentWidth = measure(current);
    }
    if (segment.required) push();
  }
  if (current !== '' || lines.length === 0) push();
  return lines;
}

/**
 * The text with a soft hyphen wherever `breakLines` broke a word, so a word processor that
 * breaks the same lines breaks those words at the same syllables (and no others).
 */
export function withSoftHyphens(text: string, lines: Line[]): string {
  if (!lines.some((l) => l.hyphenated)) return text;
  let out = '';
  let rest = text;
  for (const line of lines) {
    const printed = line.hyphenated ? line.text.slice(0, -HYPHEN.length) : line.text;
    const at = rest.indexOf(printed);
    if (at < 0) return text;
    out += rest.slice(0, at + printed.length) + (line.hyphenated ? '\u00AD' : '');
    rest = rest.slice(at + printed.length);
  }
  return out + rest;
}
