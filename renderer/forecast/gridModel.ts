import type { Draft } from 'immer';
import type { Forecast } from '../../shared/forecast/engine';
import { toMajor, toMinor } from '../../shared/money';
import { parseLocaleNumber, parseYearCell } from '../../shared/parseNumber';
import type { ForecastLine, Project } from '../../shared/project/schema';

/**
 * Between the forecast and the grid: one row per line (the twelve months of the first year, then
 * the later years as typed — an amount or "+9%"), and the edits a user makes, parsed in their
 * locale and written back into the project.
 */

export const monthProp = (m: number) => `m${m}`;
export const yearProp = (k: number) => `y${k}`;
export const TOTAL_PROP = 'total';
export const TOTAL_ROW_ID = '__total';

export type GridRow = Record<string, string | number | boolean | null> & { id: string; name: string; inUnits: boolean };

/**
 * Shown beside a units line's name, not as a column of its own: the unit price used (major
 * units) and whether it comes from the price policy (then it follows the price matrix and is
 * never typed in the grid).
 */
export const PRICE_PROPS = ['unitPrice', 'fromPolicy'] as const;

/** The value of a month cell as the user types it: money in major units, or a count. */
const monthValue = (line: ForecastLine, value: number, currency: string) => (line.planning === 'money' ? toMajor(value, currency) : value);

export function laterYearText(line: ForecastLine, k: number, currency: string, locale: string): string {
  const later = line.laterYears[k - 1] ?? { mode: 'growth' as const, value: 0 };
  const number = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v);
  if (later.mode === 'growth') return `${later.value >= 0 ? '+' : ''}${number(later.value)}%`;
  return number(line.planning === 'money' ? toMajor(later.value, currency) : later.value);
}

export function gridRows(project: Project, forecast: Forecast, locale: string): GridRow[] {
  const { currency, horizonYears } = project.meta;
  return project.salesPlan.forecast.lines.map((line, i) => {
    const inUnits = line.planning === 'units';
    const price = forecast.lines[i]!.unitPrice;
    const row: GridRow = { id: line.id, name: line.name, inUnits, unitPrice: inUnits && price !== null ? toMajor(price, currency) : null, fromPolicy: inUnits && line.priceSource === 'policy' };
    line.year1.forEach((value, m) => (row[monthProp(m)] = monthValue(line, value, currency)));
    row[TOTAL_PROP] = toMajor(forecast.lines[i]!.years[0]!.sales, currency);
    for (let k = 1; k < horizonYears; k++) row[yearProp(k)] = laterYearText(line, k, currency, locale);
    return row;
  });
}

/** The pinned bottom row: total sales per month, for the first year and for every later year. */
export function totalsRow(project: Project, forecast: Forecast, label: string): GridRow {
  const { currency, horizonYears } = project.meta;
  const row: GridRow = { id: TOTAL_ROW_ID, name: label, inUnits: false };
  forecast.totals.months.forEach((f, m) => (row[monthProp(m)] = toMajor(f.sales, currency)));
  row[TOTAL_PROP] = toMajor(forecast.totals.years[0]!.sales, currency);
  for (let k = 1; k < horizonYears; k++) row[yearProp(k)] = toMajor(forecast.totals.years[k]!.sales, currency);
  return row;
}

export interface CellEdit {
  lineId: string;
  prop: string;
  value: unknown;
}

export interface RejectedCell {
  lineName: string;
  column: string;
  value: string;
}

/**
 * Checks every edit first and applies them only if all are readable, so a paste is never half
 * applied. Returns the cells it could not read.
 */
export function applyEdits(project: Project, edits: CellEdit[], locale: string, columnLabel: (prop: string) => string): { apply: ((draft: Draft<Project>) => void) | null; rejected: RejectedCell[] } {
  const { currency, horizonYears } = project.meta;
  const rejected: RejectedCell[] = [];
  const writes: ((draft: Draft<Project>) => void)[] = [];
  for (const edit of edits) {
    const index = project.salesPlan.forecast.lines.findIndex((l) => l.id === edit.lineId);
    const line = project.salesPlan.forecast.lines[index];
    if (!line) continue;
    const text = edit.value === null || edit.value === undefined ? '' : String(edit.value);
    const reject = () => rejected.push({ lineName: line.name, column: columnLabel(edit.prop), value: text });
    if (edit.prop === 'name') {
      writes.push((d) => {
        d.salesPlan.forecast.lines[index]!.name = text.slice(0, 500);
      });
    } else if (/^m\d+$/.test(edit.prop)) {
      const m = Number(edit.prop.slice(1));
      const value = typeof edit.value === 'number' ? edit.value : text.trim() === '' ? 0 : parseLocaleNumber(text, locale);
      if (value === null || value < 0 || m > 11) {
        reject();
        continue;
      }
      const stored = line.planning === 'money' ? toMinor(value, currency) : value;
      writes.push((d) => {
        const target = d.salesPlan.forecast.lines[index]!;
        target.year1[m] = stored;
        target.year1Generator = null;
      });
    } else if (/^y\d+$/.test(edit.prop)) {
      const k = Number(edit.prop.slice(1));
      const parsed = typeof edit.value === 'number' ? { mode: 'amount' as const, value: edit.value } : parseYearCell(text, locale);
      if (!parsed || k < 1 || k >= horizonYears || (parsed.mode === 'growth' && (parsed.value < -100 || parsed.value > 1000)) || (parsed.mode === 'amount' && parsed.value < 0)) {
        reject();
        continue;
      }
      const stored = parsed.mode === 'amount' && line.planning === 'money' ? { mode: 'amount' as const, value: toMinor(parsed.value, currency) } : parsed;
      writes.push((d) => {
        const target = d.salesPlan.forecast.lines[index]!;
        while (target.laterYears.length < k - 1) target.laterYears.push({ mode: 'growth', value: 0 });
        target.laterYears[k - 1] = stored;
      });
    }
  }
  if (rejected.length > 0 || writes.length === 0) return { apply: null, rejected };
  return { apply: (draft) => writes.forEach((write) => write(draft)), rejected };
}
