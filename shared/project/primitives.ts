import { z } from 'zod';
import './messages';
import { isIsoCurrency } from '../money';

/** Stable identifier of an entry (catalogue item, row). Referenced across chapters, never shown. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, "-" or "_" only.');
export type Id = z.infer<typeof Id>;

/** Short single-line text typed by the user. */
export const Line = z.string().max(500);
/** Longer plain text (a cell of a table that may hold a sentence or two). */
export const Note = z.string().max(5000);

/** The largest amount (in minor units) or count a plan may hold: sums of them stay exact. */
export const AMOUNT_LIMIT = 9e15;

const grouped = (n: number) => new Intl.NumberFormat('en-GB').format(n);

/**
 * A number within a range, with a message that says the range: absurd magnitudes (1e308 units, a
 * growth of 1e308 %) would overflow to infinity and print as 0, so they are refused on entry.
 */
export const numberBetween = (min: number, max: number) => {
  const message = `Enter a number from ${grouped(min)} to ${grouped(max)}.`;
  return z.number().min(min, message).max(max, message);
};

/** Checks a number against a range that depends on a mode ("amount" or "growth"), with the same message. */
export function checkRange(ctx: z.RefinementCtx, path: PropertyKey[], value: number, min: number, max: number) {
  if (value < min || value > max) ctx.addIssue({ code: 'custom', path, message: `Enter a number from ${grouped(min)} to ${grouped(max)}.` });
}

/**
 * Money as an integer count of the currency's minor unit (fillér, cent), so sums stay exact.
 * Rounded once, where it is shown.
 */
export const Money = numberBetween(-AMOUNT_LIMIT, AMOUNT_LIMIT).int();

export const Percent = numberBetween(-100, 1000);

export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A month as "YYYY-MM"; the sales plan starts on one. */
export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use the form YYYY-MM, for example 2027-01.');

/** An ISO 4217 currency code. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'Use a three-letter ISO 4217 code such as HUF, EUR or USD.', abort: true })
  .refine(isIsoCurrency, 'This is not an ISO 4217 currency code.');

export const Language = z.enum(['en', 'hu']);

/** A colour as #rrggbb, the form every writer and the colour picker understand. */
export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour in the form #RRGGBB, for example #0B7A66.');
export type Language = z.infer<typeof Language>;

/** The BCP 47 tag each language is written and formatted in (British English, as the texts are). */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-GB', hu: 'hu-HU' };
