/** Digits after the decimal point in a currency's minor unit (ISO 4217): HUF 2, JPY 0, EUR 2. */
export function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Minor units (stored) -> major units (typed and shown). */
export const toMajor = (minor: number, currency: string): number => minor / 10 ** minorUnitDigits(currency);

/** Major units -> minor units, rounded to the nearest minor unit. */
export const toMinor = (major: number, currency: string): number => Math.round(major * 10 ** minorUnitDigits(currency));
