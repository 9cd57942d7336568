import { formatHex, interpolate, wcagContrast } from 'culori';

/**
 * The colour decisions of the deliverable: a light tint of the accent for table headers, and
 * the accent's contrast on white so the app can warn about a colour that would be hard to read.
 */

/** The accent mixed with white: `amount` 0 is the accent itself, 1 is white. */
export function tint(hex: string, amount: number): string {
  return (formatHex(interpolate([hex, '#ffffff'])(amount)) ?? hex).toUpperCase();
}

export const contrastOnWhite = (hex: string): number => wcagContrast(hex, '#ffffff');

/** Headings in the accent stay readable at 3:1 (WCAG AA for large text). */
export const MIN_ACCENT_CONTRAST = 3;

/** The fill of table header rows. */
export const headerFill = (accent: string) => tint(accent, 0.88);
