import { isIsoCurrency } from './money';

/**
 * Currency written beside a number, as spreadsheets and people write it: a symbol ("€1,200",
 * "1 200 €"), the local word ("190 000 000 Ft", "1 200 руб."), or an ISO code ("HUF 4,500").
 */
const CURRENCY_WORDS = ['ft', 'ft.', 'forint', 'руб', 'руб.', 'р.', '₽', 'zł', 'kč', 'kr', 'kr.', 'lei', 'лв', 'лв.', '€', '$', '£', '¥', '₴', '₹', '₺', 'chf', 'fr.'];

function withoutCurrency(text: string): string {
  const code = /^([A-Za-z]{3})(?=[\d\s(+\-.,])|(?<=[\d\s)])([A-Za-z]{3})$/.exec(text);
  const found = code?.[1] ?? code?.[2];
  if (found && isIsoCurrency(found.toUpperCase())) return code![1] ? text.slice(3) : text.slice(0, -3);
  const lower = text.toLowerCase();
  for (const word of CURRENCY_WORDS) {
    if (lower.startsWith(word)) return text.slice(word.length);
    if (lower.endsWith(word)) return text.slice(0, -word.length);
  }
  return text;
}

/**
 * Reads a number as a person types or pastes it in their locale: "1 234,5" in Hungarian,
 * "1,234.5" in English. Spaces (also non-breaking and thin ones) are always grouping; a currency
 * beside the number is dropped; "(1,200)" is negative, as accountants write it. Grouping must be
 * in threes, so "1.234,5" in English is refused rather than read as 1.2345; Hungarian also takes
 * the dot grouping Excel uses ("1.234.567,5"). Returns null for anything that is not a number.
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let s = withoutCurrency(text.trim().replace(/[\u2212\u2013]/g, '-')).trim();
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) {
    negative = true;
    s = bracketed[1]!.trim();
  }
  // A sign may stand before the currency ("-€1,200") as well as after it ("€-1,200").
  const sign = /^([+-])\s*/.exec(s);
  if (sign) {
    if (bracketed) return null;
    negative = sign[1] === '-';
    s = withoutCurrency(s.slice(sign[0].length)).trim();
  }
  s = s.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (s === '') return null;
  // The locale's grouping, or for a comma-decimal locale a dot grouping: groups of three only.
  const groupings = [group.trim(), ...(decimal === ',' ? ['.'] : [])].filter((g) => g !== '' && g !== decimal);
  for (const g of groupings) {
    if (!s.includes(g)) continue;
    const [whole, ...rest] = s.split(decimal);
    if (rest.length > 1 || !new RegExp(`^\\d{1,3}(${escape(g)}\\d{3})+$`).test(whole!)) return null;
    s = [whole!.split(g).join(''), ...rest].join(decimal);
    break;
  }
  if (decimal !== '.') {
    if (s.includes('.')) return null;
    s = s.replace(decimal, '.');
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A later-year cell: "+9 %" or "9%" is growth over the previous year; a plain number is an amount. */
export function parseYearCell(text: string, locale: string): { mode: 'growth' | 'amount'; value: number } | null {
  const trimmed = text.trim();
  if (trimmed.endsWith('%')) {
    const value = parseLocaleNumber(trimmed.slice(0, -1), locale);
    return value === null ? null : { mode: 'growth', value };
  }
  const value = parseLocaleNumber(trimmed, locale);
  return value === null || value < 0 ? null : { mode: 'amount', value };
}

/** A percent as typed into a percent field: "12%", "12 %", "-2,5 %" or a bare number. */
export function parsePercent(text: string, locale: string): number | null {
  return parseLocaleNumber(text.trim().replace(/\s*%$/, ''), locale);
}
