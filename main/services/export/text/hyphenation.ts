import { createRequire } from 'node:module';
import type { Language } from '../../../../shared/project/primitives';

/**
 * Syllable breaks for words that have to be broken: the maintained TeX patterns of the `hyphen`
 * package, for the document's language (Latin script) and Russian (any Cyrillic word, whatever
 * the document's language: product names in Russian are common in Hungarian wholesale).
 */

const SOFT_HYPHEN = '\u00AD';
/** Longer words are broken by letters instead: patterns on them cost time and give nothing. */
const LONGEST_HYPHENATED = 60;

interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string }): string;
}

/** Patterns are loaded when a word of their language first has to break (the Hungarian ones take ~40 ms). */
const load = createRequire(import.meta.url);
const MODULES: Record<Language | 'ru', string> = { en: 'hyphen/en-gb', hu: 'hyphen/hu', ru: 'hyphen/ru' };
const loaded = new Map<Language | 'ru', Hyphenator>();
const hyphenator = (patterns: Language | 'ru') => {
  let found = loaded.get(patterns);
  if (!found) {
    found = load(MODULES[patterns]) as Hyphenator;
    loaded.set(patterns, found);
  }
  return found;
};

const cache = new Map<string, string[]>();

/**
 * The syllables of a word, in the patterns of its script: ["dis", "tri", "bú", "to", "rok"].
 * A word the patterns cannot break comes back whole.
 */
export function syllables(word: string, language: Language): string[] {
  if (word.length < 5 || word.length > LONGEST_HYPHENATED) return [word];
  const patterns = /\p{Script=Cyrillic}/u.test(word) ? 'ru' : /\p{Script=Latin}/u.test(word) ? language : null;
  if (!patterns) return [word];
  const key = `${patterns}\u0000${word}`;
  let parts = cache.get(key);
  if (!parts) {
    // Patterns see letters only: leading and trailing punctuation stays with its syllable.
    const match = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/su.exec(word)!;
    const inner = hyphenator(patterns).hyphenateSync(match[2]!, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN).filter(Boolean);
    parts = inner.length <= 1 ? [word] : [match[1]! + inner[0]!, ...inner.slice(1, -1), inner.at(-1)! + match[3]!];
    if (cache.size > 50_000) cache.clear();
    cache.set(key, parts);
  }
  return parts;
}
