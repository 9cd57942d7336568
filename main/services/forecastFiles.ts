import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { disk } from './files/disk';
import type { ForecastTable, RawCell } from '../../shared/forecast/table';
import { appError, err, ok, type Result } from '../../shared/result';
import { fileAccessError } from './fileErrors';

/**
 * Tables as CSV and XLSX files: the forecast's, and the key-account list read in. CSV: UTF-8 with a byte-order mark so Excel reads
 * accents, the locale's list separator and decimal mark; read back with the separator detected.
 */

export type TableFormat = 'csv' | 'xlsx';

function localeSeparators(locale: string): { decimal: string; delimiter: string } {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  // Where the decimal mark is a comma, spreadsheets expect ";" between fields.
  return { decimal, delimiter: decimal === ',' ? ';' : ',' };
}

export function tableToCsv(table: ForecastTable, locale: string): string {
  const { decimal, delimiter } = localeSeparators(locale);
  const number = (value: number) => String(value).replace('.', decimal);
  const rows = table.rows.map((row) =>
    row.map((cell) => {
      if (cell.kind === 'text') return cell.value;
      if (cell.kind === 'number') return number(cell.value);
      if (cell.kind === 'percent') return `${cell.value >= 0 ? '+' : ''}${number(cell.value)}%`;
      return '';
    }),
  );
  return `\uFEFF${Papa.unparse([table.header, ...rows], { delimiter, newline: '\r\n' })}\r\n`;
}

export function csvToRows(text: string): Result<RawCell[][]> {
  const body = text.replace(/^\uFEFF/, '');
  // The separator is guessed from the lines with content (blank ones would throw the guess); then
  // blank lines are kept, as rows of nothing, so a row is numbered as the spreadsheet numbers it.
  const { delimiter } = Papa.parse<string[]>(body, { delimiter: '', skipEmptyLines: 'greedy', preview: 50 }).meta;
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) return err(appError('invalidInput', `The CSV file is not well formed at row ${(fatal.row ?? 0) + 1}: ${fatal.message}.`));
  return ok(parsed.data.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell))));
}

export async function tableToXlsx(table: ForecastTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Commercial Policy Builder';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((cell) => (cell.kind === 'text' ? cell.value : cell.kind === 'number' ? cell.value : cell.kind === 'percent' ? cell.value / 100 : null)));
    row.forEach((cell, c) => {
      if (cell.kind === 'percent') added.getCell(c + 1).numFmt = '+0.0%;-0.0%;0.0%';
      else if (cell.kind === 'number') added.getCell(c + 1).numFmt = '#,##0.##';
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 28 : 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function xlsxToRows(data: Buffer): Promise<Result<RawCell[][]>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return err(appError('invalidInput', 'The file is not a readable Excel workbook (.xlsx). Save it from Excel or LibreOffice as .xlsx and try again.'));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return err(appError('invalidInput', 'The workbook has no sheet.'));
  const rows: RawCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) {
      const cell = row.getCell(c);
      let value: unknown = cell.value;
      if (value && typeof value === 'object' && 'result' in value) value = (value as { result: unknown }).result;
      if (value && typeof value === 'object' && 'richText' in value) value = (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
      if (typeof value === 'number') cells.push(cell.numFmt?.includes('%') ? { percent: Math.round(value * 1e8) / 1e6 } : value);
      // A date cell (a key account's last contact): its calendar date, as Excel shows it (ExcelJS reads it as UTC).
      else if (value instanceof Date) cells.push(Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10));
      else if (value === null || value === undefined || value === '') cells.push(null);
      else cells.push(String(value));
    }
    rows[rowNumber - 1] = cells;
  });
  return ok(Array.from(rows, (row) => row ?? []));
}

export async function writeTable(table: ForecastTable, format: TableFormat, path: string, locale: string, sheetName: string): Promise<Result<{ path: string }>> {
  try {
    const data = format === 'csv' ? tableToCsv(table, locale) : await tableToXlsx(table, sheetName);
    await disk.writeAtomically(path, data);
    return ok({ path });
  } catch (e) {
    return err(fileAccessError(e, path, 'write'));
  }
}

export async function readTable(path: string): Promise<Result<RawCell[][]>> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    return err(fileAccessError(e, path, 'read'));
  }
  const isZip = data.subarray(0, 2).toString('latin1') === 'PK';
  return isZip ? xlsxToRows(data) : csvToRows(data.toString('utf8'));
}
