/** Calendar dates ("YYYY-MM-DD") for the Part C editors: checked, today's, and as the interface language writes them. */

import { dayNumber } from '../../shared/calendar';

export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayNumber(value));

/** Today in the user's own calendar (not UTC's), as an ISO date. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** English dates read day first ("4 Jan 2027"), as the date fields write them. */
const intlLocale = (language: string) => (language === 'hu' ? 'hu' : 'en-GB');
const asDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export function dateFormats(language: string) {
  const locale = intlLocale(language);
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return {
    /** "4 Jan 2027" */
    date: (iso: string) => day.format(asDate(iso)),
    /** "18–31 Jan 2027", or one date when the range is one day. */
    range: (from: string, to: string) => (from === to ? day.format(asDate(from)) : day.formatRange(asDate(from), asDate(to))),
    /** "Jan 2027", from "YYYY-MM" or a date. */
    month: (isoMonth: string) => month.format(asDate(`${isoMonth.slice(0, 7)}-01`)),
    /** "January 2027", from "YYYY-MM" or a date. */
    monthLong: (isoMonth: string) => monthLong.format(asDate(`${isoMonth.slice(0, 7)}-01`)),
    /** "Jan", from "YYYY-MM" or a date. */
    monthShort: (isoMonth: string) => monthOnly.format(asDate(`${isoMonth.slice(0, 7)}-01`)),
  };
}
