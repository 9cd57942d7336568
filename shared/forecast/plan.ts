import { roundingStep, roundToStep as roundTo } from '../money';
import type { Project } from '../project/schema';
import type { Forecast } from './engine';

/**
 * The plan below and around the forecast: sales by channel, product group and territory;
 * operating costs down to operating profit; the deals the forecast needs against the leads
 * marketing feeds; and a low and a high case. Amounts are minor units, rounded like the forecast's.
 */

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export type BreakdownDimension = 'channel' | 'productGroup' | 'territory';

export interface BreakdownRow {
  /** The catalogue entry's id, or null for lines that name none. */
  id: string | null;
  name: string;
  /** Sales in each quarter of the first plan year, and in each plan year. */
  quarters: number[];
  years: number[];
}

const LINE_KEY = { channel: 'channelId', productGroup: 'productGroupId', territory: 'territoryId' } as const;
const CATALOGUE = { channel: 'channels', productGroup: 'productGroups', territory: 'territories' } as const;

/**
 * Sales by one dimension, in catalogue order, with a row (id null) for lines that name no entry
 * of it; entries with no sales are left out. Rows add up to the forecast's totals exactly.
 */
export function salesBy(project: Pick<Project, 'catalogues' | 'salesPlan'>, forecast: Forecast, dimension: BreakdownDimension): BreakdownRow[] {
  const lines = project.salesPlan.forecast.lines;
  const rowFor = (id: string | null, name: string): BreakdownRow => {
    const mine = forecast.lines.filter((_, i) => {
      const key = lines[i]?.[LINE_KEY[dimension]] ?? null;
      return id === null ? !project.catalogues[CATALOGUE[dimension]].some((e) => e.id === key) : key === id;
    });
    return {
      id,
      name,
      quarters: [0, 1, 2, 3].map((q) => sum(mine.flatMap((l) => l.months.slice(q * 3, q * 3 + 3).map((m) => m.sales)))),
      years: forecast.years.map((_, y) => sum(mine.map((l) => l.years[y]!.sales))),
    };
  };
  const rows = project.catalogues[CATALOGUE[dimension]].map((entry) => rowFor(entry.id, entry.name));
  rows.push(rowFor(null, ''));
  return rows.filter((row) => row.years.some((v) => v !== 0));
}

export interface OperatingPlan {
  costs: { id: string; name: string; category: string; years: number[] }[];
  /** Per plan year: gross margin, operating costs, operating profit. */
  grossMargin: number[];
  totalCosts: number[];
  operatingProfit: number[];
}

/** Operating costs for given yearly sales: fixed amounts changing by their yearly %, or a share of sales. */
function costsFor(context: Project['salesPlan']['context'], sales: readonly number[], step: number) {
  return context.operatingCosts.map((cost) => ({
    id: cost.id,
    name: cost.name,
    category: cost.category,
    years: sales.map((s, y) => roundTo(cost.mode === 'fixed' ? cost.value * (1 + cost.yearlyChangePercent / 100) ** y : (s * cost.value) / 100, step)),
  }));
}

export function operatingPlan(project: Pick<Project, 'meta' | 'salesPlan'>, forecast: Forecast): OperatingPlan {
  const step = roundingStep(project.meta.currency);
  const sales = forecast.totals.years.map((y) => y.sales);
  const costs = costsFor(project.salesPlan.context, sales, step);
  const grossMargin = forecast.totals.years.map((y) => y.margin);
  const totalCosts = sales.map((_, y) => sum(costs.map((c) => c.years[y]!)));
  return { costs, grossMargin, totalCosts, operatingProfit: grossMargin.map((m, y) => m - totalCosts[y]!) };
}

export interface FunnelYear {
  label: string;
  /** Deals a month the forecast needs (its lines with a deal size), and what the funnel delivers. */
  dealsNeeded: number;
  dealsFed: number;
}

/**
 * Whether a year needs more deals than the leads feed, compared as they are shown (to a tenth):
 * the check, the editor and the document must not call 15.04 against 15.0 differently.
 */
export const isShort = (year: FunnelYear): boolean => Math.round(year.dealsNeeded * 10) > Math.round(year.dealsFed * 10);

/**
 * Deals needed a month per plan year (sales of the lines with a deal size ÷ their deal size ÷ 12)
 * against qualified leads a month × the conversion rate. Null until the leads, the rate and at
 * least one deal size are given.
 */
export function funnel(project: Pick<Project, 'salesPlan'>, forecast: Forecast): FunnelYear[] | null {
  const { qualifiedLeadsPerMonth: leads, leadConversionPercent: rate } = project.salesPlan.context;
  const sized = project.salesPlan.forecast.lines.map((line, i) => ({ deal: line.dealSize, forecast: forecast.lines[i]! })).filter((l) => l.deal !== null && l.deal > 0);
  if (leads === null || rate === null || sized.length === 0) return null;
  const dealsFed = (leads * rate) / 100;
  return forecast.years.map((year, y) => ({
    label: year.label,
    dealsNeeded: sum(sized.map((l) => l.forecast.years[y]!.sales / l.deal!)) / 12,
    dealsFed,
  }));
}

export interface ScenarioCase {
  sales: number[];
  grossMargin: number[];
  operatingProfit: number[];
}
export interface ScenarioSet {
  low: ScenarioCase;
  base: ScenarioCase;
  high: ScenarioCase;
}

/**
 * The base case and a low and a high case. Around the base: each year's sales × (1 + %).
 * Own growth: the first year is the base's, each later year grows by the case's rate. A case's
 * gross margin keeps the base year's margin ratio; fixed costs stay, shares of sales follow sales.
 */
export function scenarios(project: Pick<Project, 'meta' | 'salesPlan'>, forecast: Forecast): ScenarioSet | null {
  const setting = project.salesPlan.context.scenarios;
  if (!setting) return null;
  const step = roundingStep(project.meta.currency);
  const base = forecast.totals.years;
  const caseFor = (percent: number): ScenarioCase => {
    const sales: number[] = [];
    base.forEach((year, y) => {
      const value = setting.mode === 'aroundBase' ? year.sales * (1 + percent / 100) : y === 0 ? year.sales : sales[y - 1]! * (1 + percent / 100);
      sales.push(Math.max(0, roundTo(value, step)));
    });
    const grossMargin = sales.map((s, y) => (base[y]!.sales === 0 ? 0 : roundTo((s * base[y]!.margin) / base[y]!.sales, step)));
    const costs = costsFor(project.salesPlan.context, sales, step);
    return { sales, grossMargin, operatingProfit: grossMargin.map((m, y) => m - sum(costs.map((c) => c.years[y]!))) };
  };
  const operating = operatingPlan(project, forecast);
  return {
    low: caseFor(setting.lowPercent),
    base: { sales: base.map((y) => y.sales), grossMargin: operating.grossMargin, operatingProfit: operating.operatingProfit },
    high: caseFor(setting.highPercent),
  };
}
