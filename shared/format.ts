import { displayDigits, toMajor } from './money';

/**
 * Locale-aware number and money formatting shared by the UI, charts and documents. The locale is
 * a BCP 47 tag ("en", "hu"); English output is the default for messages that are not translated.
 */

export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  const digits = displayDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toMajor(minor, currency));
}

/** "1,234,567 HUF": the amount and the code, for plain-text messages. */
export function formatMoneyPlain(minor: number, currency: string, locale = 'en'): string {
  const digits = displayDigits(currency);
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toMajor(minor, currency));
  return `${amount} ${currency}`;
}

export function formatNumber(value: number, locale = 'en', maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatPercentValue(ratio: number, locale = 'en', digits = 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio);
}

/** Short amounts for chart axes: 4.2 bn, 350 M, 12 k (major units). */
export function formatCompact(major: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(major);
}
