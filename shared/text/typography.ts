import type { Language } from '../project/primitives';

/**
 * Text as the deliverable prints it, cleaned once where the document model is built, so no writer
 * meets a character its format cannot carry and every writer prints the same typography.
 */

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab and newline, lone surrogates, U+FFFE and
 * U+FFFF), the C1 controls, and the other invisible format characters a paste can bring along
 * (soft hyphens among them: the layout inserts its own).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what cannot be printed; tabs become spaces, line ends become "\n". */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNPRINTABLE, '');
}

const QUOTES: Record<Language, { open: string; close: string; openInner: string; closeInner: string }> = {
  en: { open: '\u201C', close: '\u201D', openInner: '\u2018', closeInner: '\u2019' },
  // Hungarian opens low and closes high („…”), with »…« inside.
  hu: { open: '\u201E', close: '\u201D', openInner: '\u00BB', closeInner: '\u00AB' },
};

/** A quote opens after the start, a space, an opening bracket or a dash; otherwise it closes. */
const OPENS_AFTER = /[\s([{\u2013\u2014/-]/;

/**
 * One number style with the figures the document prints: "12 %" -> "12%" (English and Hungarian
 * both write the sign close), and a hyphen before a figure that starts a word is a minus sign
 * ("-8%" -> "−8%"); ranges such as "2027-2031" keep their hyphen.
 */
const numberStyle = (text: string): string => text.replace(/(\d)[ \u00A0\u202F]%/g, '$1%').replace(/(^|[\s(])-(?=\d)/gm, '$1\u2212');

/**
 * Typographic quotes, apostrophes, dashes and ellipses for the language: "a" -> “a” (en) or
 * „a” (hu), don't -> don’t, " - " -> " – ", "--" -> "–", "..." -> "…". Figures and codes such as
 * "2026-11-28" are left alone.
 */
export function smartenText(text: string, language: Language): string {
  const q = QUOTES[language];
  const out = numberStyle(text).replace(/\.\.\./g, '\u2026').replace(/(^|\s)---?(?=\s|$)/gm, '$1\u2013').replace(/ - /g, ' \u2013 ').replace(/---/g, '\u2014').replace(/--/g, '\u2013');
  let result = '';
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const before = i === 0 ? ' ' : out[i - 1]!;
    const after = out[i + 1] ?? ' ';
    if (c === '"') result += OPENS_AFTER.test(before) ? q.open : q.close;
    else if (c === "'") {
      // An apostrophe inside or at the end of a word (don't, the partners'), or before a year ('90s).
      const apostrophe = /[\p{L}\p{N}]/u.test(before) || (OPENS_AFTER.test(before) && /\d/.test(after) && /\d/.test(out[i + 2] ?? ''));
      result += apostrophe ? '\u2019' : OPENS_AFTER.test(before) ? q.openInner : q.closeInner;
    } else result += c;
  }
  return result;
}

/** Both, in order: what the model stores for every text a user typed. */
export const printableText = (text: string, language: Language): string => smartenText(cleanText(text), language);
