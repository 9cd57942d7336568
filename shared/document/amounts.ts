import { numberFormat } from '../format';
import { displayDigits } from '../money';

/**
 * Money in a table shown in one unit (the currency, or thousands, millions or billions of it)
 * with one number of decimals for the whole table, so columns line up and read at a glance:
 * "4 520" in HUF thousand rather than "4 520 318" to the forint. The unit goes in the caption.
 */
export type AmountUnit = 'one' | 'thousand' | 'million' | 'billion';

export interface AmountScale {
  unit: AmountUnit;
  divisor: number;
  decimals: number;
}

const DIVISORS: [AmountUnit, number][] = [
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['one', 1],
];

/**
 * The largest unit in which the largest amount still has at least three digits (or two and a
 * decimal): 45 000 000 -> 45.0 million, 4 500 000 -> 4 500 thousand, 950 -> 950.
 */
export function amountScale(majorAmounts: readonly number[], currency: string): AmountScale {
  const largest = Math.max(0, ...majorAmounts.map((a) => (Number.isFinite(a) ? Math.abs(a) : 0)));
  for (const [unit, divisor] of DIVISORS) {
    if (unit === 'one') break;
    if (largest / divisor >= 10) return { unit, divisor, decimals: largest / divisor < 100 ? 1 : 0 };
  }
  return { unit: 'one', divisor: 1, decimals: displayDigits(currency) };
}

/** An amount in the scale's unit and decimals; −0 and amounts that round to nothing print as 0, minus as U+2212. */
export function formatScaled(major: number, scale: AmountScale, locale: string): string {
  const value = major / scale.divisor;
  const shown = Math.abs(value) < 0.5 * 10 ** -scale.decimals ? 0 : value;
  return typographicMinus(numberFormat(locale, { minimumFractionDigits: scale.decimals, maximumFractionDigits: scale.decimals }).format(shown));
}

/** Formatted numbers use the hyphen-minus; print has a minus sign. */
export const typographicMinus = (formatted: string): string => formatted.replace(/^-/, '\u2212').replace(/(\s)-(?=\d)/g, '$1\u2212');

/** The currency as a reader of the language writes it: "HUF", "€"; "Ft" in Hungarian. */
export function currencyLabel(currency: string, locale: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'symbol' }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

/**
 * The unit of a scaled table in the same scale words the text uses ("HUF m", "€bn", "M Ft"):
 * the locale's short form of one unit of the scale, without the one.
 */
export function scaleUnitLabel(scale: AmountScale, currency: string, locale: string): string {
  if (scale.unit === 'one') return currencyLabel(currency, locale);
  try {
    const one = numberFormat(locale, { style: 'currency', currency, notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 1 }).format(scale.divisor);
    return one.replace('1', '').replace(/\s+/g, ' ').trim();
  } catch {
    return `${currency} ${scale.unit}`;
  }
}
