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

/**
 * Money as an integer count of the currency's minor unit (fillér, cent), so sums stay exact.
 * Rounded once, where it is shown.
 */
export const Money = z.number().int().min(-9e15).max(9e15);

export const Percent = z.number().finite().min(-100).max(1000);

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
