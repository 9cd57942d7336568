/**
 * Calendar dates ("YYYY-MM-DD") as whole days counted from 1970-01-01, in UTC so that no time
 * zone moves a day: for the plans and timelines that count days and months between dates.
 */

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC). */
export type DayNumber = number;

/** An ISO calendar date as a day number. */
export const dayNumber = (iso: string): DayNumber => Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);

/** A day number as an ISO calendar date. */
export const isoOfDay = (day: DayNumber): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);

const daysInMonth = (year: number, month0: number): number => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** The same day `months` later, or the month's last day when it has no such day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month0));
  return `${String(year).padStart(4, '0')}-${String(month0 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of the month the day is in. */
export function monthStart(day: DayNumber): DayNumber {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

/** The first day of the month after the one the day is in. */
export function nextMonthStart(day: DayNumber): DayNumber {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}
