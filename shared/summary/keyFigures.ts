import { computeForecast, type Forecast } from '../forecast/engine';
import { operatingPlan, scenarios } from '../forecast/plan';
import type { Project } from '../project/schema';

/**
 * The executive summary's key figures, computed from the project so they always equal the
 * chapters they summarise: the plan's size and growth against the market, its margin, whether it
 * reaches the profit target, and the commercial terms a board asks about first. Amounts are in
 * the currency's minor unit; writers format them.
 */
export interface KeyFigures {
  firstYear: { label: string; sales: number } | null;
  lastYear: { label: string; sales: number } | null;
  /** Compound annual growth of sales from the first to the last plan year, in percent. */
  averageGrowthPercent: number | null;
  marketGrowthPercent: number | null;
  /** Gross margin over every plan year together, in percent of sales. */
  grossMarginPercent: number | null;
  profitTarget: {
    target: number;
    /** The plan year that starts in the goal's year, when the plan reaches it. */
    yearLabel: string | null;
    calendarYear: number;
    /** That plan year's operating profit when the plan has operating costs, else its gross margin (before any other cost). */
    margin: number | null;
    basis: 'grossMargin' | 'operatingProfit';
    met: boolean | null;
  } | null;
  /** Operating profit of the goal's plan year (else the last), when the plan has operating costs. */
  operatingProfit: { label: string; value: number } | null;
  /** Sales of that year in the three scenarios, when the plan has them. */
  scenarioSales: { label: string; low: number; base: number; high: number } | null;
  channels: number;
  partnerTypes: number;
  credit: { minDays: number; maxDays: number; largestLimit: number } | null;
  bonus: { schemes: number; bestRewardPercent: number | null } | null;
}

/** Compound annual growth in percent from the first to the last of `years` yearly amounts; null when it has no meaning. */
export function averageAnnualGrowth(first: number, last: number, years: number): number | null {
  return years > 1 && first > 0 && last >= 0 ? ((last / first) ** (1 / (years - 1)) - 1) * 100 : null;
}

export function keyFigures(project: Project, forecast: Forecast = computeForecast(project)): KeyFigures {
  const hasForecast = forecast.lines.length > 0;
  const years = forecast.totals.years;
  const first = hasForecast ? years[0] : undefined;
  const last = hasForecast ? years.at(-1) : undefined;
  const totalSales = years.reduce((sum, f) => sum + f.sales, 0);
  const totalMargin = years.reduce((sum, f) => sum + f.margin, 0);
  const growth = first && last ? averageAnnualGrowth(first.sales, last.sales, years.length) : null;

  const { profitTarget, year } = project.salesPlan.context.businessGoal;
  // A profit target is met by operating profit once the plan has costs below gross margin.
  const operating = hasForecast && project.salesPlan.context.operatingCosts.length > 0 ? operatingPlan(project, forecast) : null;
  const goalIndex = year === null ? -1 : forecast.years.findIndex((y) => y.startYear === year);
  let target: KeyFigures['profitTarget'] = null;
  if (profitTarget !== null && year !== null) {
    const index = goalIndex;
    const margin = hasForecast && index >= 0 ? (operating ? operating.operatingProfit[index]! : years[index]!.margin) : null;
    target = { target: profitTarget, yearLabel: index >= 0 ? forecast.years[index]!.label : null, calendarYear: year, margin, basis: operating ? 'operatingProfit' : 'grossMargin', met: margin === null ? null : margin >= profitTarget };
  }
  const shownYear = goalIndex >= 0 ? goalIndex : forecast.years.length - 1;
  const cases = hasForecast ? scenarios(project, forecast) : null;

  const { terms } = project.policy.channelRules.creditPolicy;
  const { schemes } = project.policy.channelRules.motivation;
  const rewards = schemes.flatMap((s) => s.tiers.map((t) => t.rewardPercent)).filter((p): p is number => p !== null);

  return {
    firstYear: first ? { label: forecast.years[0]!.label, sales: first.sales } : null,
    lastYear: last && years.length > 1 ? { label: forecast.years.at(-1)!.label, sales: last.sales } : null,
    averageGrowthPercent: growth,
    marketGrowthPercent: project.salesPlan.context.marketGrowthPercent,
    grossMarginPercent: hasForecast && totalSales > 0 ? (totalMargin / totalSales) * 100 : null,
    profitTarget: target,
    operatingProfit: operating && shownYear >= 0 ? { label: forecast.years[shownYear]!.label, value: operating.operatingProfit[shownYear]! } : null,
    scenarioSales: cases && shownYear >= 0 ? { label: forecast.years[shownYear]!.label, low: cases.low.sales[shownYear]!, base: cases.base.sales[shownYear]!, high: cases.high.sales[shownYear]! } : null,
    channels: project.catalogues.channels.length,
    partnerTypes: project.catalogues.counterpartyTypes.length,
    credit:
      terms.length === 0
        ? null
        : { minDays: Math.min(...terms.map((t) => t.paymentDays)), maxDays: Math.max(...terms.map((t) => t.paymentDays)), largestLimit: Math.max(...terms.map((t) => t.creditLimit)) },
    bonus: schemes.length === 0 ? null : { schemes: schemes.length, bestRewardPercent: rewards.length === 0 ? null : Math.max(...rewards) },
  };
}
