import { roundingStep, roundToStep as roundTo } from '../money';
import { policyUnitPrice } from '../pricing/prices';
import type { ForecastLine, Project } from '../project/schema';

/**
 * The sales forecast, computed: sales, direct costs and gross margin per line, per month of the
 * first plan year and per plan year, with totals. Amounts are integers in the currency's minor
 * unit, each rounded once to the step shown (whole forints, cents), so every total is exactly
 * the sum of the figures shown beside it.
 */

export interface Figures {
  sales: number;
  cost: number;
  margin: number;
}

export interface PlanYear {
  /** 0 for the first plan year. */
  index: number;
  /** "2027", or "2027/28" for a plan year that does not start in January. */
  label: string;
  /** Calendar year of the plan year's first month. */
  startYear: number;
}

export interface LineForecast {
  lineId: string;
  name: string;
  months: Figures[];
  years: Figures[];
  /** Units sold, for lines planned in units. */
  units: { months: number[]; years: number[] } | null;
  /** The unit price used (from the line, or from the price policy); null for lines planned in money. */
  unitPrice: number | null;
}

export interface Forecast {
  currency: string;
  /** "YYYY-MM" of each month of the first plan year. */
  months: string[];
  years: PlanYear[];
  lines: LineForecast[];
  totals: { months: Figures[]; years: Figures[] };
}

const ZERO: Figures = { sales: 0, cost: 0, margin: 0 };

const figures = (sales: number, cost: number): Figures => ({ sales, cost, margin: sales - cost });

function add(a: Figures, b: Figures): Figures {
  return { sales: a.sales + b.sales, cost: a.cost + b.cost, margin: a.margin + b.margin };
}

export function monthsOfPlan(planStart: string): string[] {
  const [year, month] = planStart.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const total = year * 12 + (month - 1) + i;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

export function planYears(planStart: string, horizonYears: number): PlanYear[] {
  const [year, month] = planStart.split('-').map(Number) as [number, number];
  return Array.from({ length: horizonYears }, (_, index) => {
    const startYear = year + index;
    const label = month === 1 ? String(startYear) : `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
    return { index, label, startYear };
  });
}

function lineForecast(line: ForecastLine, horizonYears: number, step: number, price: number): LineForecast {
  const inUnits = line.planning === 'units';
  const costOf = (sales: number, units: number | null): number =>
    line.directCost.mode === 'percentOfSales' ? roundTo((sales * line.directCost.value) / 100, step) : units === null ? 0 : roundTo(units * line.directCost.value, step);

  const monthUnits = inUnits ? line.year1.map((u) => u) : null;
  const months = line.year1.map((value, m) => {
    const sales = roundTo(inUnits ? value * price : value, step);
    return figures(sales, costOf(sales, monthUnits ? monthUnits[m]! : null));
  });

  const year1 = months.reduce(add, ZERO);
  const years: Figures[] = [year1];
  const yearUnits: number[] = [monthUnits ? monthUnits.reduce((a, b) => a + b, 0) : 0];
  for (let k = 1; k < horizonYears; k++) {
    const input = line.laterYears[k - 1] ?? { mode: 'growth' as const, value: 0 };
    const previous = years[k - 1]!;
    let sales: number;
    let units: number | null = null;
    if (inUnits) {
      // A growth gives whole units (158.75 presses are 159): a plan sells whole machines, and the sales follow.
      units = input.mode === 'amount' ? input.value : Math.max(0, Math.round(yearUnits[k - 1]! * (1 + input.value / 100)));
      sales = roundTo(units * price, step);
    } else {
      sales = roundTo(input.mode === 'amount' ? input.value : previous.sales * (1 + input.value / 100), step);
    }
    yearUnits.push(units ?? 0);
    years.push(figures(Math.max(0, sales), costOf(Math.max(0, sales), units)));
  }
  return { lineId: line.id, name: line.name, months, years, units: inUnits ? { months: monthUnits!, years: yearUnits } : null, unitPrice: inUnits ? price : null };
}

/** What the forecast reads: the plan, and the price policy for lines priced from it. */
export type ForecastInput = Pick<Project, 'meta' | 'salesPlan'> & Partial<Pick<Project, 'catalogues' | 'policy'>>;

/** A units line's price: its own, or the policy's list price × the channel's adjustment (0 while the group has no list price). */
export function unitPriceOf(project: ForecastInput, line: ForecastLine): number {
  if (line.planning === 'units' && line.priceSource === 'policy') {
    const { catalogues, policy } = project;
    return (catalogues && policy && policyUnitPrice({ catalogues, meta: project.meta, policy }, line.channelId, line.productGroupId, line.territoryId)) ?? 0;
  }
  return line.unitPrice ?? 0;
}

export function computeForecast(project: ForecastInput): Forecast {
  const { currency, planStart, horizonYears } = project.meta;
  const step = roundingStep(currency);
  const lines = project.salesPlan.forecast.lines.map((line) => lineForecast(line, horizonYears, step, unitPriceOf(project, line)));
  const sumAt = (pick: (line: LineForecast) => Figures[], i: number) => lines.reduce((total, line) => add(total, pick(line)[i]!), ZERO);
  return {
    currency,
    months: monthsOfPlan(planStart),
    years: planYears(planStart, horizonYears),
    lines,
    totals: {
      months: Array.from({ length: 12 }, (_, m) => sumAt((l) => l.months, m)),
      years: Array.from({ length: horizonYears }, (_, y) => sumAt((l) => l.years, y)),
    },
  };
}

/** Gross margin as a share of sales (0.28 = 28%), or null when there are no sales. */
export const marginRatio = (f: Figures): number | null => (f.sales === 0 ? null : f.margin / f.sales);

/**
 * Year-1 values from a start value, a monthly growth % and twelve seasonal factors by calendar
 * month (January first): a plan starting in April takes April's factor for its first month.
 */
export function generateYear1(start: number, monthlyGrowthPercent: number, seasonality: readonly number[], planStart: string): number[] {
  const firstMonth = Number(planStart.slice(5, 7)) - 1;
  return Array.from({ length: 12 }, (_, m) => Math.round(start * (1 + monthlyGrowthPercent / 100) ** m * (seasonality[(firstMonth + m) % 12] ?? 1)));
}

/**
 * Whether every figure of the forecast is an exact integer (below 2^53 minor units, some 90
 * trillion forints a year). The project schema refuses forecasts beyond it.
 */
export function forecastIsExact(project: ForecastInput): boolean {
  const f = computeForecast(project);
  const exact = (x: Figures) => Number.isSafeInteger(x.sales) && Number.isSafeInteger(x.cost) && Number.isSafeInteger(x.margin);
  return [...f.totals.months, ...f.totals.years].every(exact) && f.lines.every((l) => [...l.months, ...l.years].every(exact));
}
