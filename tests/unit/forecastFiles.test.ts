import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTable, writeTable, type TableFormat } from '../../main/services/forecastFiles';
import { computeForecast } from '../../shared/forecast/engine';
import { forecastToTable, tableToLines } from '../../shared/forecast/table';
import { createBlankProject } from '../../shared/project/blank';
import type { ForecastLine } from '../../shared/project/schema';
import { templateProject } from '../support/projects';

const headers = { line: 'Line', productGroup: 'Product group', channel: 'Channel', unitName: 'Unit', priceSegment: 'Price segment', planning: 'Planned in', unitPrice: 'Unit price', directCostMode: 'Direct cost as', directCost: 'Direct cost', territory: 'Territory', priceSource: 'Unit price from', dealSize: 'Average deal' };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-table-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function freshProjectLike(source: ReturnType<typeof templateProject>) {
  const fresh = createBlankProject({ now: new Date('2026-11-28T00:00:00Z'), currency: source.meta.currency });
  Object.assign(fresh.meta, { planStart: source.meta.planStart, horizonYears: source.meta.horizonYears });
  return fresh;
}

describe('forecast tables', () => {
  it.each([
    ['csv', 'en'],
    ['csv', 'hu'],
    ['xlsx', 'en'],
  ] as [TableFormat, string][])('round-trip through %s (%s): a fresh project gets the identical forecast', async (format, locale) => {
    const source = templateProject('duna-cargo');
    source.salesPlan.forecast.lines[3] = { ...source.salesPlan.forecast.lines[3]!, name: 'Vámügyintézés — “customs”', planning: 'units', unitPrice: 4_500_050, year1: [10, 12.5, 0, 3, 4, 5, 6, 7, 8, 9, 10, 11], laterYears: [{ mode: 'amount', value: 200 }, { mode: 'growth', value: -2.5 }, { mode: 'growth', value: 0 }, { mode: 'growth', value: 5 }], directCost: { mode: 'perUnit', value: 1_000_000 } };
    const file = join(dir, `forecast.${format}`);
    expect(await writeTable(forecastToTable(source, headers), format, file, locale, 'Forecast')).toEqual({ ok: true, value: { path: file } });
    if (format === 'csv') {
      const text = await readFile(file, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text).toContain(locale === 'hu' ? ';' : ',');
      expect(text).toContain('Vámügyintézés');
    }
    const rows = await readTable(file);
    expect(rows.ok).toBe(true);
    const fresh = freshProjectLike(source);
    const imported = rows.ok ? tableToLines(rows.value, fresh, locale) : null;
    expect(imported?.ok ? [] : imported).toEqual([]);
    if (!imported?.ok) return;
    fresh.salesPlan.forecast.lines = imported.lines;
    const strip = (f: ReturnType<typeof computeForecast>) => ({ ...f, lines: f.lines.map(({ lineId: _, ...rest }) => rest) });
    expect(strip(computeForecast(fresh))).toEqual(strip(computeForecast(source)));
    expect(imported.notes).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'unknownProductGroup', params: { name: 'Full truckload (FTL) road freight' }, message: expect.stringMatching(/^Product group "Full truckload \(FTL\) road freight" is not in this project's lists/) })]),
    );
  });

  it('keeps territory, price source and deal size through the same project, and reads a table from before them', async () => {
    const source = templateProject('duna-cargo');
    const file = join(dir, 'forecast.xlsx');
    await writeTable(forecastToTable(source, headers), 'xlsx', file, 'en', 'Forecast');
    const rows = await readTable(file);
    const imported = rows.ok ? tableToLines(rows.value, source, 'en') : null;
    if (!imported?.ok) throw new Error(JSON.stringify(imported));
    const settings = (l: ForecastLine) => [l.territoryId, l.priceSource, l.dealSize];
    expect(imported.lines.map(settings)).toEqual(source.salesPlan.forecast.lines.map(settings));
    // Groupage is priced from the policy (agents' list price 20,000), in this project as in the source.
    expect(imported.lines[1]).toMatchObject({ priceSource: 'policy', planning: 'units' });
    // A table written before format 5 (nine settings columns) still reads, with no territory or deal size.
    const old = rows.ok ? rows.value.map((row) => [...row.slice(0, 9), ...row.slice(12)]) : [];
    const fromOld = tableToLines(old, source, 'en');
    if (!fromOld.ok) throw new Error(JSON.stringify(fromOld.problems));
    expect(fromOld.lines.map(settings)).toEqual(source.salesPlan.forecast.lines.map(() => [null, 'own', null]));
    expect(fromOld.lines.map((l) => l.year1)).toEqual(imported.lines.map((l) => l.year1));
  });

  it('rejects a file with bad cells whole, naming every cell and the reason', async () => {
    const file = join(dir, 'bad.csv');
    const source = templateProject('duna-cargo');
    await writeTable(forecastToTable(source, headers), 'csv', file, 'en', 'Forecast');
    const lines = (await readFile(file, 'utf8')).split('\r\n');
    const cells = lines[2]!.split(',');
    cells[12] = 'lots'; // January of the second line
    cells[24] = 'soon'; // its 2028 column
    lines[2] = cells.join(',');
    const row4 = lines[4]!.split(',');
    row4[5] = 'pieces'; // planning
    lines[4] = row4.join(',');
    await writeFile(file, lines.join('\r\n'));
    const rows = await readTable(file);
    const result = rows.ok ? tableToLines(rows.value, source, 'en') : null;
    expect(result).toEqual({
      ok: false,
      problems: [
        { cell: 'M3', key: 'notANumber', params: { value: 'lots' }, message: '"lots" is not a number.' },
        { cell: 'Y3', key: 'notAmountOrGrowth', params: { value: 'soon' }, message: '"soon" is neither an amount nor a growth % (such as +9%).' },
        { cell: 'F5', key: 'useOneOf', params: { options: 'money, units' }, message: 'Use one of: money, units.' },
      ],
    });
  });

  it('says what is wrong with a file that is not a forecast table', async () => {
    const file = join(dir, 'other.csv');
    await writeFile(file, 'a,b\n1,2\n');
    const rows = await readTable(file);
    const result = rows.ok ? tableToLines(rows.value, templateProject('duna-cargo'), 'en') : null;
    expect(result).toMatchObject({ ok: false, problems: [{ cell: 'A1', key: 'columns', message: 'Expected 28 columns (line settings, 12 months from 2027-01, 4 later years); found 2.' }] });
    await writeFile(join(dir, 'fake.xlsx'), 'PK not really a zip');
    const broken = await readTable(join(dir, 'fake.xlsx'));
    expect(!broken.ok && broken.error.message).toMatch(/not a readable Excel workbook/);
  });
});

describe('reading a key-account list', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cpb-accounts-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('gives a workbook date cell as its calendar date, and numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Accounts');
    sheet.addRow(['Client', 'Segment', 'Account manager', 'Last contact', 'Yearly revenue']);
    sheet.addRow(['Alföld Logistics', 'Manufacturing', 'Kiss Anna', new Date(Date.UTC(2026, 8, 14)), 48_000_000]);
    sheet.getCell('D2').numFmt = 'yyyy-mm-dd';
    const path = join(folder, 'accounts.xlsx');
    await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const rows = await readTable(path);
    expect(rows.ok && rows.value[1]).toEqual(['Alföld Logistics', 'Manufacturing', 'Kiss Anna', '2026-09-14', 48_000_000]);
  });

  it("keeps a CSV file's blank row (as Excel saves one: only separators) so every later row has its sheet number", async () => {
    const path = join(folder, 'accounts.csv');
    await writeFile(path, 'Client;Segment\r\nAlföld Logistics;Manufacturing\r\n;\r\nTisza Foods;Food\r\n');
    const rows = await readTable(path);
    expect(rows.ok && rows.value.slice(0, 4)).toEqual([['Client', 'Segment'], ['Alföld Logistics', 'Manufacturing'], [null, null], ['Tisza Foods', 'Food']]);
  });
});
