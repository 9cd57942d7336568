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
