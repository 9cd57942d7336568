import { displayDigits, minorUnitDigits, toMajor } from './money';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * An Intl.NumberFormat, made once per locale and options: making one costs far more than using it.
 * A minus sign only for what is negative once rounded ("0.0 %", never "−0.0 %" for −0.001).
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
    formats.set(key, format);
  }
  return format;
}

/**
 * Locale-aware number and money formatting shared by the UI, charts and documents. The locale is
 * a BCP 47 tag ("en", "hu"); English output is the default for messages that are not translated.
 */

/** −0 is 0 when it is shown ("0 %", never "−0 %"). */
const shown = (value: number) => (value === 0 ? 0 : value);

/**
 * Money with its currency. `cents: 'whenNeeded'` (the documents) leaves the minor unit off a whole
 * amount, as plans and policies write it: "€300,000", but "€12.50".
 */
export function formatMoney(minor: number, currency: string, locale = 'en', options: { cents?: 'always' | 'whenNeeded' } = {}): string {
  const unit = 10 ** minorUnitDigits(currency);
  const digits = options.cents === 'whenNeeded' && Math.round(minor) % unit === 0 ? 0 : displayDigits(currency);
  return numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(shown(toMajor(minor, currency)));
}

/** "1,234,567 HUF": the amount and the code, for plain-text messages. */
export function formatMoneyPlain(minor: number, currency: string, locale = 'en'): string {
  const digits = displayDigits(currency);
  const amount = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(shown(toMajor(minor, currency)));
  return `${amount} ${currency}`;
}

export function formatNumber(value: number, locale = 'en', maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(shown(value));
}

export function formatPercentValue(ratio: number, locale = 'en', digits = 1): string {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(shown(ratio));
}


/**
 * Money for headline figures and prose: "HUF 4.23bn", "€13.8m", "4,23 Mrd Ft" (three significant
 * digits, CLDR's short scale words for the locale); amounts under a million are written in full.
 */
export function formatMoneyShort(minor: number, currency: string, locale = 'en'): string {
  const major = shown(toMajor(minor, currency));
  if (Math.abs(major) < 1e6) return formatMoney(minor, currency, locale, { cents: 'whenNeeded' });
  return numberFormat(locale, { style: 'currency', currency, notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 }).format(major);
}
