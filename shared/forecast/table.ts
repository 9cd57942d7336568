import { toMajor, toMinor } from '../money';
import { parseLocaleNumber, parseYearCell } from '../parseNumber';
import type { Catalogues, ForecastLine, Project } from '../project/schema';
import { newId } from '../project/blank';
import { fill } from '../text/fill';
import { monthsOfPlan, planYears, unitPriceOf, type ForecastInput } from './engine';

/**
 * The forecast as a table, for CSV and XLSX: one row per line, the line's settings, then the
 * twelve months of the first year and one column per later year. Amounts are in major units
 * (forints, euros), units as counts; a later year is an amount or a growth % ("+9%").
 */

export type TableCell = { kind: 'text'; value: string } | { kind: 'number'; value: number } | { kind: 'percent'; value: number } | { kind: 'empty' };

export interface ForecastTable {
  header: string[];
  rows: TableCell[][];
}

export interface TableHeaderTexts {
  line: string;
  productGroup: string;
  channel: string;
  unitName: string;
  priceSegment: string;
  planning: string;
  unitPrice: string;
  directCostMode: string;
  directCost: string;
  territory: string;
  priceSource: string;
  dealSize: string;
}

/** The line's settings before the months. Tables from before format 5 have the first nine only. */
const SETTINGS_COLUMNS = 12;
const FORMAT_4_SETTINGS_COLUMNS = 9;
const PRICE_SOURCES = ['own', 'policy'] as const;
const PLANNING = ['money', 'units'] as const;
const SEGMENTS = ['low', 'mid', 'high'] as const;
const COST_MODES = ['percentOfSales', 'perUnit'] as const;

const text = (value: string): TableCell => ({ kind: 'text', value });
const num = (value: number): TableCell => ({ kind: 'number', value });

export function forecastToTable(project: ForecastInput & Pick<Project, 'catalogues'>, texts: TableHeaderTexts): ForecastTable {
  const { currency, planStart, horizonYears } = project.meta;
  const years = planYears(planStart, horizonYears);
  const nameIn = (list: { id: string; name: string }[], id: string | null) => list.find((e) => e.id === id)?.name ?? '';
  const header = [
    texts.line,
    texts.productGroup,
    texts.channel,
    texts.unitName,
    texts.priceSegment,
    texts.planning,
    texts.unitPrice,
    texts.directCostMode,
    texts.directCost,
    texts.territory,
    texts.priceSource,
    texts.dealSize,
    ...monthsOfPlan(planStart),
    ...years.slice(1).map((y) => y.label),
  ];
  const rows = project.salesPlan.forecast.lines.map((line): TableCell[] => {
    const money = line.planning === 'money';
    const amount = (value: number) => num(money ? toMajor(value, currency) : value);
    return [
      text(line.name),
      text(nameIn(project.catalogues.productGroups, line.productGroupId)),
      text(nameIn(project.catalogues.channels, line.channelId)),
      text(line.unitName),
      text(line.priceSegment),
      text(line.planning),
      // The price the line sells at: a line priced from the policy exports the policy's price, so the sheet shows what is planned.
      !money && line.priceSource === 'policy' ? num(toMajor(unitPriceOf(project, line), currency)) : line.unitPrice === null ? { kind: 'empty' } : num(toMajor(line.unitPrice, currency)),
      text(line.directCost.mode),
      num(line.directCost.mode === 'perUnit' ? toMajor(line.directCost.value, currency) : line.directCost.value),
      text(nameIn(project.catalogues.territories, line.territoryId)),
      text(line.priceSource),
      line.dealSize === null ? { kind: 'empty' } : num(toMajor(line.dealSize, currency)),
      ...line.year1.map(amount),
      ...years.slice(1).map((_, k) => {
        const later = line.laterYears[k] ?? { mode: 'growth' as const, value: 0 };
        return later.mode === 'growth' ? { kind: 'percent' as const, value: later.value } : amount(later.value);
      }),
    ];
  });
  return { header, rows };
}

/** What can be wrong in an imported table, in English; the interface has each under the same key. */
export const TABLE_PROBLEMS = {
  columns: 'Expected {expected} columns (line settings, 12 months from {planStart}, {later} later years); found {found}.',
  numberNeeded: 'A number is needed here.',
  notPercentage: 'A plain number is needed here, not a percentage.',
  notANumber: '"{value}" is not a number.',
  useOneOf: 'Use one of: {options}.',
  nameNeeded: 'Give the line a name.',
  negativeCost: 'The direct cost cannot be negative.',
  costPercentTooHigh: 'Enter a percentage of sales up to 1000.',
  negativeSales: 'Sales cannot be negative.',
  growthRange: 'Enter growth from −100% to +1000%.',
  negativeAmount: 'An amount cannot be negative.',
  notAmountOrGrowth: '"{value}" is neither an amount nor a growth % (such as +9%).',
  tooManyLines: 'A forecast holds at most 200 lines.',
  unknownProductGroup: 'Product group "{name}" is not in this project\'s lists; the line keeps no product group.',
  unknownChannel: 'Channel "{name}" is not in this project\'s lists; the line keeps no channel.',
  unknownTerritory: 'Territory "{name}" is not in this project\'s lists; the line keeps no territory.',
} as const;
export type TableProblemKey = keyof typeof TABLE_PROBLEMS;

/** A problem or note about the table: its key and values (for the interface) and the English text. */
export interface TableMessage {
  key: TableProblemKey;
  params: Record<string, string>;
  message: string;
}
const tableMessage = (key: TableProblemKey, params: Record<string, string | number> = {}): TableMessage => {
  const strings = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return { key, params: strings, message: fill(TABLE_PROBLEMS[key], strings) };
};

export interface CellProblem extends TableMessage {
  /** Spreadsheet reference, e.g. "K3". */
  cell: string;
}

export type TableImport = { ok: true; lines: ForecastLine[]; notes: TableMessage[] } | { ok: false; problems: CellProblem[] };

export function cellRef(row: number, column: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** Raw cells as a reader gives them: text, numbers, or numbers formatted as percentages. */
export type RawCell = string | number | { percent: number } | null;

/**
 * Reads a table back into forecast lines. All or nothing: one bad cell rejects the whole file,
 * with the reference and the reason for every bad cell.
 */
export function tableToLines(rows: RawCell[][], project: Pick<Project, 'meta' | 'catalogues'>, locale: string): TableImport {
  const { currency, planStart, horizonYears } = project.meta;
  const expectedColumns = SETTINGS_COLUMNS + 12 + (horizonYears - 1);
  const problems: CellProblem[] = [];
  const notes = new Map<string, TableMessage>();
  const [header, ...body] = rows;
  // A table exported before format 5 lacks territory, price source and deal size: still read it.
  const settings = header && header.length >= expectedColumns ? SETTINGS_COLUMNS : header && header.length >= expectedColumns - (SETTINGS_COLUMNS - FORMAT_4_SETTINGS_COLUMNS) ? FORMAT_4_SETTINGS_COLUMNS : null;
  if (!header || settings === null) {
    return { ok: false, problems: [{ cell: 'A1', ...tableMessage('columns', { expected: expectedColumns, planStart, later: horizonYears - 1, found: header?.length ?? 0 }) }] };
  }
  const withFormat5 = settings === SETTINGS_COLUMNS;
  const lines: ForecastLine[] = [];
  const dataRows = body.filter((row) => row.some((c) => c !== null && String(typeof c === 'object' ? c.percent : c).trim() !== ''));

  dataRows.forEach((row) => {
    const rowIndex = body.indexOf(row) + 1;
    const bad = (column: number, key: TableProblemKey, params: Record<string, string | number> = {}) => problems.push({ cell: cellRef(rowIndex, column), ...tableMessage(key, params) });
    const str = (c: number) => {
      const v = row[c];
      return v === null || v === undefined ? '' : typeof v === 'object' ? String(v.percent) : String(v).trim();
    };
    const number = (c: number, required: boolean): number | null => {
      const v = row[c];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
        if (required) bad(c, 'numberNeeded');
        return null;
      }
      if (typeof v === 'number') return v;
      if (typeof v === 'object') {
        bad(c, 'notPercentage');
        return null;
      }
      const parsed = parseLocaleNumber(v, locale);
      if (parsed === null) bad(c, 'notANumber', { value: v });
      return parsed;
    };
    const choice = <T extends string>(c: number, options: readonly T[]): T => {
      const v = str(c) as T;
      if (!options.includes(v)) bad(c, 'useOneOf', { options: options.join(', ') });
      return options.includes(v) ? v : options[0]!;
    };
    const reference = (c: number, list: Catalogues[keyof Catalogues], unknown: 'unknownProductGroup' | 'unknownChannel' | 'unknownTerritory'): string | null => {
      const name = str(c);
      if (name === '') return null;
      const found = list.find((e) => e.name.trim().toLowerCase() === name.toLowerCase());
      if (!found) notes.set(`${unknown}:${name}`, tableMessage(unknown, { name }));
      return found?.id ?? null;
    };

    const name = str(0);
    if (name === '') bad(0, 'nameNeeded');
    const planning = choice(5, PLANNING);
    const costMode = choice(7, COST_MODES);
    const inMoney = planning === 'money';
    const unitPriceMajor = number(6, planning === 'units');
    const costValue = number(8, true) ?? 0;
    if (costValue < 0) bad(8, 'negativeCost');
    if (costMode === 'percentOfSales' && costValue > 1000) bad(8, 'costPercentTooHigh');
    const year1 = Array.from({ length: 12 }, (_, m) => {
      const value = number(settings + m, true) ?? 0;
      if (value < 0) bad(settings + m, 'negativeSales');
      return inMoney ? toMinor(value, currency) : value;
    });
    const laterYears = Array.from({ length: horizonYears - 1 }, (_, k) => {
      const c = settings + 12 + k;
      const v = row[c];
      if (v !== null && typeof v === 'object') {
        if (v.percent < -100 || v.percent > 1000) bad(c, 'growthRange');
        return { mode: 'growth' as const, value: v.percent };
      }
      if (typeof v === 'number') {
        if (v < 0) bad(c, 'negativeAmount');
        return { mode: 'amount' as const, value: inMoney ? toMinor(v, currency) : v };
      }
      const parsed = parseYearCell(String(v ?? ''), locale);
      if (!parsed) {
        bad(c, 'notAmountOrGrowth', { value: String(v ?? '') });
        return { mode: 'growth' as const, value: 0 };
      }
      if (parsed.mode === 'growth' && (parsed.value < -100 || parsed.value > 1000)) bad(c, 'growthRange');
      return parsed.mode === 'amount' && inMoney ? { mode: 'amount' as const, value: toMinor(parsed.value, currency) } : parsed;
    });
    const productGroupId = reference(1, project.catalogues.productGroups, 'unknownProductGroup');
    const territoryId = withFormat5 ? reference(9, project.catalogues.territories, 'unknownTerritory') : null;
    const wantsPolicy = withFormat5 && !inMoney && choice(10, PRICE_SOURCES) === 'policy';
    // Priced from the policy only where this project can price it; elsewhere the exported price stands.
    const priceSource = wantsPolicy && project.catalogues.productGroups.some((g) => g.id === productGroupId && g.listPrice !== null) ? 'policy' : 'own';
    const dealSizeMajor = withFormat5 ? number(11, false) : null;
    if (dealSizeMajor !== null && dealSizeMajor < 0) bad(11, 'negativeAmount');
    lines.push({
      id: newId(),
      name,
      productGroupId,
      channelId: reference(2, project.catalogues.channels, 'unknownChannel'),
      territoryId,
      unitName: str(3),
      priceSegment: choice(4, SEGMENTS),
      planning,
      unitPrice: unitPriceMajor === null ? null : toMinor(unitPriceMajor, currency),
      priceSource,
      dealSize: dealSizeMajor === null || dealSizeMajor < 0 ? null : toMinor(dealSizeMajor, currency),
      year1,
      year1Generator: null,
      laterYears,
      directCost: { mode: costMode, value: costMode === 'perUnit' ? toMinor(costValue, currency) : costValue },
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (lines.length > 200) return { ok: false, problems: [{ cell: cellRef(201, 0), ...tableMessage('tooManyLines') }] };
  return { ok: true, lines, notes: [...notes.values()] };
}
