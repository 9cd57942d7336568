import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeForecast, generateYear1, marginRatio, monthsOfPlan, planYears, type Figures } from '../../shared/forecast/engine';
import { createBlankProject } from '../../shared/project/blank';
import { Project, type ForecastLine } from '../../shared/project/schema';
import { templateProject } from '../support/projects';

const FT = 100; // one forint in fillér

function project(lines: ForecastLine[], meta: Partial<Project['meta']> = {}): Project {
  const p = createBlankProject({ now: new Date('2026-11-28T00:00:00Z'), currency: 'HUF' });
  Object.assign(p.meta, { planStart: '2027-01', horizonYears: 3 }, meta);
  p.salesPlan.forecast.lines = lines;
  return p;
}

const line = (over: Partial<ForecastLine>): ForecastLine => ({
  id: 'l1',
  name: 'Line',
  productGroupId: null,
  channelId: null,
  territoryId: null,
  unitName: 'piece',
  priceSegment: 'mid',
  planning: 'money',
  unitPrice: null,
  priceSource: 'own',
  dealSize: null,
  year1: Array(12).fill(0),
  year1Generator: null,
  laterYears: [],
  directCost: { mode: 'percentOfSales', value: 0 },
  ...over,
});

describe('the forecast engine', () => {
  it('computes sales, costs and margin by hand-checked figures', () => {
    // 1,000 Ft a month with 60% direct cost; +10% in year 2; 5,000 Ft flat in year 3.
    const f = computeForecast(
      project([
        line({
          year1: Array(12).fill(1_000 * FT),
          laterYears: [
            { mode: 'growth', value: 10 },
            { mode: 'amount', value: 5_000 * FT },
          ],
          directCost: { mode: 'percentOfSales', value: 60 },
        }),
      ]),
    );
    expect(f.lines[0]!.months[0]).toEqual({ sales: 1_000 * FT, cost: 600 * FT, margin: 400 * FT });
    expect(f.lines[0]!.years).toEqual([
      { sales: 12_000 * FT, cost: 7_200 * FT, margin: 4_800 * FT },
      { sales: 13_200 * FT, cost: 7_920 * FT, margin: 5_280 * FT },
      { sales: 5_000 * FT, cost: 3_000 * FT, margin: 2_000 * FT },
    ]);
    expect(marginRatio(f.totals.years[0]!)).toBeCloseTo(0.4, 10);
  });

  it('plans in units × unit price, with a cost per unit', () => {
    // 3 machines a month at 2,500,000.50 Ft; cost 1,800,000 Ft each; year 2: 40 machines.
    const f = computeForecast(
      project([
        line({
          planning: 'units',
          unitPrice: 250_000_050,
          year1: Array(12).fill(3),
          laterYears: [{ mode: 'amount', value: 40 }],
          directCost: { mode: 'perUnit', value: 180_000_000 },
        }),
      ]),
    );
    // 3 × 2,500,000.50 = 7,500,001.50 Ft, shown and kept as 7,500,002 Ft.
    expect(f.lines[0]!.months[0]!.sales).toBe(750_000_200);
    expect(f.lines[0]!.months[0]!.cost).toBe(540_000_000);
    expect(f.lines[0]!.units!.years).toEqual([36, 40, 40]);
    expect(f.lines[0]!.years[1]).toEqual({ sales: 10_000_002_000, cost: 7_200_000_000, margin: 2_800_002_000 });
  });

  it('rounds a growth in units to whole units, and prices the whole units', () => {
    // 127 presses a year growing 25% a year: 158.75 -> 159, then 198.75 -> 199.
    const f = computeForecast(
      project([
        line({
          planning: 'units',
          unitPrice: 420_000_000,
          year1: [11, 11, 11, 11, 11, 11, 11, 10, 10, 10, 10, 10],
          laterYears: [{ mode: 'growth', value: 25 }, { mode: 'growth', value: 25 }],
          directCost: { mode: 'percentOfSales', value: 60 },
        }),
      ]),
    );
    expect(f.lines[0]!.units!.years).toEqual([127, 159, 199]);
    expect(f.lines[0]!.years[1]!.sales).toBe(159 * 420_000_000);
  });

  it('rounds forints to whole forints and cents to cents, so totals are sums of what is shown', () => {
    const lines = [line({ id: 'a', year1: Array(12).fill(33_333) }), line({ id: 'b', year1: Array(12).fill(33_333) })];
    const huf = computeForecast(project(lines));
    expect(huf.lines[0]!.months[0]!.sales).toBe(33_300); // 333.33 Ft shown as 333 Ft
    expect(huf.totals.months[0]!.sales).toBe(66_600);
    const eur = computeForecast(project(lines, { currency: 'EUR' }));
    expect(eur.totals.months[0]!.sales).toBe(66_666);
  });

  it('labels plan years by calendar or fiscal year', () => {
    expect(planYears('2027-01', 2).map((y) => y.label)).toEqual(['2027', '2028']);
    expect(planYears('2027-07', 2).map((y) => y.label)).toEqual(['2027/28', '2028/29']);
    expect(monthsOfPlan('2027-07')).toEqual(['2027-07', '2027-08', '2027-09', '2027-10', '2027-11', '2027-12', '2028-01', '2028-02', '2028-03', '2028-04', '2028-05', '2028-06']);
  });

  it('generates a year from a start value, growth and seasonality', () => {
    const season = [1, 1, 1, 1, 1, 1, 1, 0.85, 1, 1, 1, 1];
    const months = generateYear1(190_000_000, 1, season, '2027-01');
    expect(months[0]).toBe(190_000_000);
    expect(months[1]).toBe(191_900_000);
    expect(months[7]).toBe(Math.round(190_000_000 * 1.01 ** 7 * 0.85));
  });

  it('reads seasonality by calendar month in a plan that starts in April', () => {
    // August is slow (0.85) and December strong (1.3): in an April plan they are months 5 and 9.
    const season = [1, 1, 1, 1, 1, 1, 1, 0.85, 1, 1, 1, 1.3];
    const months = generateYear1(1_000, 0, season, '2027-04');
    expect(months).toEqual([1_000, 1_000, 1_000, 1_000, 850, 1_000, 1_000, 1_000, 1_300, 1_000, 1_000, 1_000]);
  });

  it('gives the Duna Cargo plan about 4.2 bn HUF in 2027 and 5.7 bn HUF in 2031', () => {
    const f = computeForecast(templateProject('duna-cargo'));
    const bn = (minor: number) => minor / 100 / 1e9;
    expect(f.years.map((y) => y.label)).toEqual(['2027', '2028', '2029', '2030', '2031']);
    expect(bn(f.totals.years[0]!.sales)).toBeCloseTo(4.23, 2);
    expect(bn(f.totals.years[4]!.sales)).toBeCloseTo(5.7, 1);
    expect(marginRatio(f.totals.years[0]!)).toBeGreaterThan(0.25);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: for any input the schema accepts, the engine does not throw, and every total is
// exactly the sum of its parts.

// Mostly plans of a size companies have, with some far out of range that the schema refuses.
const growth = fc.record({ mode: fc.constant('growth' as const), value: fc.double({ min: -100, max: 200, noNaN: true }) });
const cost = fc.record({ mode: fc.constantFrom('percentOfSales' as const, 'perUnit' as const), value: fc.double({ min: 0, max: 1e6, noNaN: true }) });
const moneyLine = fc.record({
  planning: fc.constant('money' as const),
  unitPrice: fc.constant(null),
  year1: fc.array(fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.double({ min: 0, max: 1e9, noNaN: true })), { minLength: 12, maxLength: 12 }),
  laterYears: fc.array(fc.oneof(growth, fc.record({ mode: fc.constant('amount' as const), value: fc.integer({ min: 0, max: 1e13 }) })), { maxLength: 9 }),
  directCost: cost,
});
const unitLine = fc.record({
  planning: fc.constant('units' as const),
  unitPrice: fc.option(fc.integer({ min: 0, max: 1e10 }), { nil: null }),
  year1: fc.array(fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 12, maxLength: 12 }),
  laterYears: fc.array(fc.oneof(growth, fc.record({ mode: fc.constant('amount' as const), value: fc.double({ min: 0, max: 1e5, noNaN: true }) })), { maxLength: 9 }),
  directCost: cost,
});
const lineArb = fc.oneof(moneyLine, unitLine);

const sum = (list: Figures[], key: keyof Figures) => list.reduce((a, f) => a + f[key], 0);

describe('forecast properties', () => {
  it('refuses, in the schema, a forecast too large to compute exactly', () => {
    const huge = project([line({ planning: 'units', unitPrice: 9e12, year1: Array(12).fill(1e6) })]);
    const parsed = Project.safeParse(huge);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['salesPlan', 'forecast', 'lines']);
  });

  it('never throws, and every total is the exact sum of its parts', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 8 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('HUF', 'EUR', 'JPY', 'KWD'),
        fc.integer({ min: 1, max: 12 }),
        (arbLines, horizonYears, currency, startMonth) => {
          const lines = arbLines.map((l, i) => line({ ...l, id: `l${i}` }));
          const candidate = project(lines, { horizonYears, currency, planStart: `2027-${String(startMonth).padStart(2, '0')}` });
          const accepted = Project.safeParse(candidate).success;
          const f = computeForecast(candidate); // must not throw, accepted or not
          if (!accepted) return;
          checked += 1;
          expect(f.years).toHaveLength(horizonYears);
          for (const key of ['sales', 'cost', 'margin'] as const) {
            for (let m = 0; m < 12; m++) expect(f.totals.months[m]![key]).toBe(sum(f.lines.map((l) => l.months[m]!), key));
            for (let y = 0; y < horizonYears; y++) expect(f.totals.years[y]![key]).toBe(sum(f.lines.map((l) => l.years[y]!), key));
            for (const l of f.lines) expect(l.years[0]![key]).toBe(sum(l.months, key));
          }
          for (const l of f.lines) for (const y of l.years) expect(y.margin).toBe(y.sales - y.cost);
          for (const t of [...f.totals.months, ...f.totals.years]) expect(Number.isSafeInteger(t.sales)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    // Most generated plans are within range, so the sums above were really checked.
    expect(checked).toBeGreaterThan(150);
  });
});
