import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/locales/en.json';
import hu from '../../renderer/i18n/locales/hu.json';
import { TABLE_PROBLEMS } from '../../shared/forecast/table';
import { ERROR_REASONS } from '../../shared/result';

// Every interface text exists in both languages, with the same placeholders, and Hungarian does
// not quietly reuse English. (That no JSX text bypasses i18next is the lint rule
// i18next/no-literal-string, which `npm test` runs.)

type Tree = { [key: string]: string | string[] | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => out.set(`${path}.${i}`, item));
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
const english = flatten(en as Tree);
const hungarian = flatten(hu as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Texts that are the same in both languages on purpose: names and format names. */
const SAME_IN_BOTH = new Set(['app.name', 'forecast.exportCsv', 'export.pdf', 'export.docx']);

describe('interface translations', () => {
  it('have the same keys in English and Hungarian', () => {
    expect([...english.keys()].filter((k) => !hungarian.has(k))).toEqual([]);
    expect([...hungarian.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('keep every placeholder of the English text', () => {
    const mismatched = [...english].filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(hungarian.get(key) ?? '')));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('say every error reason main can give', () => {
    expect(ERROR_REASONS.filter((reason) => !english.has(`errorReasons.${reason}`))).toEqual([]);
  });

  it('say every problem of an imported table, with the values main fills in', () => {
    for (const [key, text] of Object.entries(TABLE_PROBLEMS)) {
      const values = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(english.get(`tableProblems.${key}`) ?? ''), key).toEqual(values);
    }
  });

  it('translate every text that is not a name', () => {
    const untranslated = [...english].filter(([key, text]) => text !== '' && hungarian.get(key) === text && !SAME_IN_BOTH.has(key));
    expect(untranslated).toEqual([]);
    expect([...hungarian].filter(([key, text]) => text === '' && english.get(key) !== '').map(([key]) => key)).toEqual([]);
  });
});
