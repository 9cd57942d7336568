import { data as iso4217 } from 'currency-codes';

/**
 * ISO 4217 currencies and their minor-unit digits (HUF 2, JPY 0, KWD 3), from the standard's
 * own list rather than Intl, whose digits differ between platforms (HUF shows 0 there).
 */
const DIGITS = new Map(iso4217.map((c) => [c.code, c.digits]));

/** Codes that are not money a company invoices in: precious metals, fund units, test codes. */
const NOT_TRADING = new Set(['XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX']);

/** The currencies a user can pick for a plan. */
export const ISO_CURRENCY_CODES: readonly string[] = [...DIGITS.keys()].filter((c) => !NOT_TRADING.has(c)).sort();

export const isIsoCurrency = (code: string): boolean => DIGITS.has(code);

/** Digits after the decimal point in a currency's minor unit; amounts are stored in that unit. */
export function minorUnitDigits(currency: string): number {
  return DIGITS.get(currency) ?? 2;
}

/** Minor units (stored) -> major units (typed and shown). */
export const toMajor = (minor: number, currency: string): number => minor / 10 ** minorUnitDigits(currency);

/** Major units -> minor units, rounded to the nearest minor unit. */
export const toMinor = (major: number, currency: string): number => Math.round(major * 10 ** minorUnitDigits(currency));

/**
 * Digits shown for a currency in documents and the UI. Forints are shown whole (prices in fillér
 * went out of use), everything else to its ISO minor unit.
 */
export function displayDigits(currency: string): number {
  return currency === 'HUF' ? 0 : minorUnitDigits(currency);
}

/** The smallest step a computed amount is rounded to, in minor units (HUF: 100 fillér = 1 Ft). */
export const roundingStep = (currency: string): number => 10 ** (minorUnitDigits(currency) - displayDigits(currency));

/** Rounds an amount to a multiple of `step` (see roundingStep), halves away from zero; never NaN or −0. */
export function roundToStep(value: number, step: number): number {
  if (!Number.isFinite(value)) return 0;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) / step) * step;
  return rounded === 0 ? 0 : rounded;
}
