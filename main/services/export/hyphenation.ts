import british from 'hyphen/en-gb';
import hungarian from 'hyphen/hu';
import type { Language } from '../../../shared/project/primitives';

const HYPHENATE: Record<Language, (word: string) => string> = { en: (word) => british.hyphenateSync(word), hu: (word) => hungarian.hyphenateSync(word) };

/**
 * Soft hyphens (U+00AD) in the words that cannot fit on a line of their own, so a narrow table
 * column breaks them at a syllable ("negyed-évente") instead of at an arbitrary letter. Words that
 * fit are left alone, so ordinary wrapping (and text extraction) is unchanged.
 */
export function hyphenateOverlong(text: string, language: Language, fits: (word: string) => boolean): string {
  return text
    .split(/(\s+)/)
    .map((part) => (part.trim() === '' || fits(part) ? part : HYPHENATE[language](part)))
    .join('');
}
