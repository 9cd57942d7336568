import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { toMinor } from '../../shared/money';
import { parseLocaleNumber } from '../../shared/parseNumber';
import { newId } from '../../shared/project/blank';
import { AMOUNT_LIMIT } from '../../shared/project/primitives';
import type { KeyAccount } from '../../shared/project/partC';

dayjs.extend(customParseFormat);

/** Why a pasted line was not added. */
export type SkipReason = 'header' | 'noClient' | 'badDate' | 'badRevenue' | 'negativeRevenue' | 'full';
export interface SkippedLine {
  /** 1-based, as the user counts the lines they pasted. */
  line: number;
  reason: SkipReason;
  /** The cell that could not be read. */
  value?: string;
}
export interface PastedAccounts {
  accounts: KeyAccount[];
  skipped: SkippedLine[];
}

/** ISO first; then how Hungarian and English spreadsheets write a date (English day first, as the app's date fields read it). */
const DATE_FORMATS: Record<string, string[]> = {
  hu: ['YYYY-MM-DD', 'YYYY. MM. DD.', 'YYYY. M. D.', 'YYYY.MM.DD.', 'YYYY.MM.DD', 'YYYY.M.D.', 'YYYY.M.D', 'YYYY/MM/DD', 'YYYY-MM-DDTHH:mm:ss'],
  en: ['YYYY-MM-DD', 'D/M/YYYY', 'DD/MM/YYYY', 'D.M.YYYY', 'D-M-YYYY', 'D MMM YYYY', 'D MMMM YYYY', 'MMM D, YYYY', 'MMMM D, YYYY', 'YYYY-MM-DDTHH:mm:ss'],
};

/** A pasted date as "YYYY-MM-DD"; undefined when it cannot be read (null is "no date"). */
export function parsePastedDate(text: string, language: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const formats = DATE_FORMATS[language] ?? DATE_FORMATS.en!;
  for (const format of formats) {
    // English month names only: the pasted text of a Hungarian sheet is numeric.
    const parsed = dayjs(trimmed, format, 'en', true);
    if (parsed.isValid()) return parsed.format('YYYY-MM-DD');
  }
  return undefined;
}

/** True when the text holds more than one cell or line: a block copied from a spreadsheet. */
export const isTableText = (text: string) => /[\t\r\n]/.test(text.trim());

/** A cell of a row read in: text as pasted or in a CSV file; a number or an ISO date from an XLSX one. */
export type AccountCell = string | number | null;

/**
 * Key accounts from rows copied out of Excel: tab-separated client, segment, account manager, last
 * contact, yearly revenue (in major units, the locale's way or with a currency).
 */
export function parsePastedAccounts(text: string, options: { language: string; currency: string; room: number }): PastedAccounts {
  const rows = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw) => raw.split('\t').map((cell) => cell.trim().replace(/^"(.*)"$/s, '$1').trim()));
  return accountsFromRows(rows, options);
}

/**
 * Key accounts from rows of cells, pasted or read from a CSV or XLSX file: client, segment, account
 * manager, last contact, yearly revenue. Blank rows are passed over; a first row that reads as a
 * header, a row without a client, an unreadable date or amount is left out with the reason; at
 * most `room` accounts are taken. Rows are counted from 1, as the user counts lines or a sheet's rows.
 */
export function accountsFromRows(rows: readonly (readonly AccountCell[])[], { language, currency, room }: { language: string; currency: string; room: number }): PastedAccounts {
  const accounts: KeyAccount[] = [];
  const skipped: SkippedLine[] = [];
  const text = (cell: AccountCell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());
  let first = true;
  rows.forEach((cells, index) => {
    const line = index + 1;
    if (cells.every((cell) => text(cell) === '')) return;
    const [client, segment, accountManager, lastContactText, revenueText] = [0, 1, 2, 3, 4].map((i) => text(cells[i]));
    const revenueCell = cells[4];
    // A date cell of a workbook arrives as YYYY-MM-DD; a bare number there is no date.
    const lastContact = typeof cells[3] === 'number' ? undefined : parsePastedDate(lastContactText!, language);
    const revenue = typeof revenueCell === 'number' ? revenueCell : revenueText === '' ? null : parseLocaleNumber(revenueText!, language);
    const wasFirst = first;
    first = false;
    // A header names the columns: neither its date nor its amount reads as one.
    if (wasFirst && lastContact === undefined && (revenueText === '' || revenue === null)) {
      skipped.push({ line, reason: 'header' });
      return;
    }
    if (client === '') return void skipped.push({ line, reason: 'noClient' });
    if (lastContact === undefined) return void skipped.push({ line, reason: 'badDate', value: lastContactText });
    // Beyond what a plan holds (or no number at all) is not an amount the list can keep.
    if ((revenueText !== '' && revenue === null) || (revenue !== null && (!Number.isFinite(revenue) || Math.abs(toMinor(revenue, currency)) > AMOUNT_LIMIT))) return void skipped.push({ line, reason: 'badRevenue', value: revenueText });
    if (revenue !== null && revenue < 0) return void skipped.push({ line, reason: 'negativeRevenue' });
    if (accounts.length >= room) return void skipped.push({ line, reason: 'full' });
    accounts.push({
      id: newId(),
      client: client!.slice(0, 500),
      segment: segment!.slice(0, 500),
      accountManager: accountManager!.slice(0, 500),
      lastContact,
      yearlyRevenue: revenue === null ? null : toMinor(revenue, currency),
    });
  });
  return { accounts, skipped };
}
