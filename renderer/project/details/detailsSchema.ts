import { z } from 'zod';
import { CurrencyCode, IsoDate, Language, YearMonth } from '../../../shared/project/primitives';

/**
 * The details form: the project's metadata fields, with messages as translation keys so the
 * form speaks the user's language. Shapes and ranges are the project schema's own.
 */
const required = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const DetailsForm = z.object({
  title: required(300),
  companyName: required(300),
  preparedBy: z.string().max(300, 'validation.tooLong'),
  documentVersion: required(40),
  documentDate: IsoDate.or(z.literal('')).refine((v) => v !== '', 'validation.invalidDate'),
  authors: z.array(z.object({ name: required(200), role: z.string().max(200, 'validation.tooLong') })).max(20),
  currency: CurrencyCode.or(z.literal('')).refine((v) => v !== '', 'validation.invalidCurrency'),
  planStart: YearMonth.or(z.literal('')).refine((v) => v !== '', 'validation.invalidMonth'),
  horizonYears: z.number({ message: 'validation.wholeNumberRange' }).int('validation.wholeNumberRange').min(1, 'validation.wholeNumberRange').max(10, 'validation.wholeNumberRange'),
  outputLanguage: Language,
  confidential: z.boolean(),
});
export type DetailsFormValues = z.infer<typeof DetailsForm>;
export type DetailsField = keyof DetailsFormValues;
export const DETAILS_FIELDS = Object.keys(DetailsForm.shape) as DetailsField[];

/** The fields whose current value is valid; only these are written to the project. */
export function validDetails(values: unknown): Partial<DetailsFormValues> {
  const source = (values ?? {}) as Record<string, unknown>;
  const valid: Partial<Record<DetailsField, unknown>> = {};
  for (const field of DETAILS_FIELDS) {
    const parsed = DetailsForm.shape[field].safeParse(source[field]);
    if (parsed.success) valid[field] = parsed.data;
  }
  return valid as Partial<DetailsFormValues>;
}

/** The entries of `next` that differ from `current`, so an unchanged form writes nothing. */
export function changedFields<T extends object>(current: T, next: Partial<T>): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(current[key]) !== JSON.stringify(next[key])) changed[key] = next[key];
  }
  return changed;
}
