import { salesByEntryChartData, scenarioChartData } from '../charts/definitions';
import type { Forecast } from '../forecast/engine';
import { funnel, isShort, operatingPlan, salesBy, scenarios, type BreakdownRow } from '../forecast/plan';
import { formatNumber, numberFormat } from '../format';
import { toMajor } from '../money';
import { amountScale, formatScaled, scaleUnitLabel, typographicMinus } from './amounts';
import type { Builder } from './build';
import { tableColumn as col, type TableRow } from './model';
import { fill } from './texts';

/**
 * The sales plan below and around the forecast, as the plan engine computes it: sales by channel,
 * product group and territory; operating costs down to operating profit; the deals the forecast
 * needs against the leads marketing feeds; and the pessimistic and optimistic scenarios. Each part
 * prints only when its inputs are there.
 */

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const ROMAN = ['I', 'II', 'III', 'IV'];

/** Money of one table in one scale: its cells and the unit for the caption. */
function scaled(b: Builder, currency: string, minorAmounts: number[]) {
  const scale = amountScale(minorAmounts.map((m) => toMajor(m, currency)), currency);
  return { cell: (minor: number) => formatScaled(toMajor(minor, currency), scale, b.locale), unit: scaleUnitLabel(scale, currency, b.locale) };
}

const DIMENSION_COLUMN = { channel: 'channel', productGroup: 'productGroup', territory: 'territory' } as const;

/** Sales by channel, product group and territory, the first year by quarter, then every plan year; one chart by channel. */
export function salesBreakdown(b: Builder, forecast: Forecast) {
  const { t, project } = b;
  const tables = (['channel', 'productGroup', 'territory'] as const).map((dimension) => ({ dimension, rows: salesBy(project, forecast, dimension) })).filter(({ rows }) => rows.some((r) => r.id !== null));
  if (tables.length === 0) return;
  b.sub(t.parts.breakdown, 'forecast-breakdown');
  const firstYear = forecast.years[0]!.label;
  const quarters = ROMAN.map((roman, i) => col(fill(t.columns.quarter, { n: i + 1, roman }), 'right'));
  const name = (row: BreakdownRow) => (row.id === null ? t.values.notAssigned : row.name);
  for (const { dimension, rows } of tables) {
    const totals = { quarters: [0, 1, 2, 3].map((q) => sum(rows.map((r) => r.quarters[q]!))), years: forecast.years.map((_, y) => sum(rows.map((r) => r.years[y]!))) };
    const money = scaled(b, forecast.currency, [...rows.flatMap((r) => [...r.quarters, ...r.years]), ...totals.quarters, ...totals.years]);
    const planTotal = sum(totals.years);
    const top = rows.filter((r) => r.id !== null).reduce((a, r) => (sum(r.years) > sum(a.years) ? r : a));
    b.table(
      `sales-by-${dimension}`,
      fill(t.captions.breakdown, { dimension: t.captions.dimensions[dimension], year: firstYear, unit: money.unit, top: name(top), share: planTotal === 0 ? '–' : b.percent((sum(top.years) / planTotal) * 100, { digits: 0 }) }),
      [col(t.columns[DIMENSION_COLUMN[dimension]]), ...quarters, ...forecast.years.map((y) => col(y.label, 'right'))],
      [
        ...rows.map((r) => ({ cells: [name(r), ...r.quarters.map(money.cell), ...r.years.map(money.cell)] })),
        { cells: [t.values.totalSales, ...totals.quarters.map(money.cell), ...totals.years.map(money.cell)], emphasis: 'total' as const },
      ],
      { rowHeaders: true },
    );
  }
  const channels = tables.find((x) => x.dimension === 'channel')?.rows;
  // One channel's stack is the total chart again: the chart needs two channels to say something.
  if (channels && channels.length > 1) {
    const last = forecast.years.length - 1;
    const lastTotal = sum(channels.map((r) => r.years[last]!));
    const top = channels.reduce((a, r) => (r.years[last]! > a.years[last]! ? r : a));
    b.figure(
      'chart-sales-by-channel',
      {
        text: `${fill(t.captions.breakdownChart, { top: name(top), share: lastTotal === 0 ? '–' : b.percent((top.years[last]! / lastTotal) * 100, { digits: 0 }), year: forecast.years[last]!.label })}.`,
        source: `${b.forecastSource}.`,
      },
      salesByEntryChartData(
        channels.map((r) => ({ name: name(r), years: r.years })),
        forecast.years.map((y) => y.label),
        { currency: forecast.currency, locale: b.locale, texts: { otherLines: (count) => fill(t.values.otherLines, { count }) } },
      ),
    );
  }
}

/** Gross margin less each operating cost, to operating profit, by plan year. */
export function operatingProfitTable(b: Builder, forecast: Forecast) {
  const { t, project } = b;
  const { context } = project.salesPlan;
  if (context.operatingCosts.length === 0 || forecast.lines.length === 0) return;
  const plan = operatingPlan(project, forecast);
  b.sub(t.parts.operatingPlan, 'operating-plan');
  const sales = forecast.totals.years.map((y) => y.sales);
  const money = scaled(b, forecast.currency, [...sales, ...plan.grossMargin, ...plan.totalCosts, ...plan.operatingProfit, ...plan.costs.flatMap((c) => c.years)]);
  const row = (label: string, values: number[], emphasis?: 'total'): TableRow => ({ cells: [label, ...values.map(money.cell)], ...(emphasis ? { emphasis } : {}) });
  const costName = (id: string, name: string) => {
    const cost = context.operatingCosts.find((c) => c.id === id)!;
    return cost.mode === 'fixed'
      ? cost.yearlyChangePercent === 0 || forecast.years.length === 1
        ? name
        : fill(t.values.fixedCost, { name, change: b.percent(cost.yearlyChangePercent, { signed: true }) })
      : fill(t.values.shareCost, { name, percent: b.percent(cost.value) });
  };
  const years = forecast.years;
  const profit = plan.operatingProfit;
  b.table(
    'operating-plan',
    years.length === 1
      ? fill(t.captions.operatingPlanOne, { year: years[0]!.label, unit: money.unit, first: b.moneyShort(profit[0]!) })
      : fill(t.captions.operatingPlan, { unit: money.unit, first: b.moneyShort(profit[0]!), firstYear: years[0]!.label, last: b.moneyShort(profit.at(-1)!), lastYear: years.at(-1)!.label }),
    [col(t.columns.figure), ...years.map((y) => col(y.label, 'right'))],
    [
      row(t.values.sales, sales),
      row(t.values.grossMargin, plan.grossMargin),
      ...plan.costs.map((c) => row(costName(c.id, c.name), c.years)),
      row(t.values.operatingCostsTotal, plan.totalCosts),
      { cells: [t.values.operatingMargin, ...profit.map((p, y) => (sales[y] === 0 ? '–' : b.percent((p / sales[y]!) * 100, { digits: 1 })))] },
      row(t.values.operatingProfit, profit, 'total'),
    ],
    { rowHeaders: true },
  );
}

/** The deals a month the forecast needs against what the qualified leads bring, and what follows from it. */
export function funnelTable(b: Builder, forecast: Forecast) {
  const { t, project, locale } = b;
  const years = funnel(project, forecast);
  if (!years || forecast.lines.length === 0) return;
  const { qualifiedLeadsPerMonth: leads, leadConversionPercent: rate } = project.salesPlan.context;
  b.sub(t.parts.funnel, 'funnel');
  const deals = (value: number) => typographicMinus(numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value));
  b.table(
    'funnel',
    t.captions.funnel,
    [col(t.columns.year), col(t.columns.dealsNeeded, 'right'), col(t.columns.dealsFed, 'right'), col(t.columns.coverage, 'right')],
    years.map((y) => ({ cells: [y.label, deals(y.dealsNeeded), deals(y.dealsFed), y.dealsNeeded === 0 ? '–' : b.percent((y.dealsFed / y.dealsNeeded) * 100, { digits: 0 })] })),
    { rowHeaders: true },
  );
  const short = years.find(isShort);
  const busiest = years.reduce((a, y) => (y.dealsNeeded > a.dealsNeeded ? y : a));
  const facts = { leads: formatNumber(leads ?? 0, locale), rate: b.percent(rate ?? 0), fed: deals(years[0]!.dealsFed) };
  b.paragraph(short ? fill(t.values.funnelShort, { ...facts, year: short.label, needed: deals(short.dealsNeeded) }) : fill(t.values.funnelCovered, { ...facts, year: busiest.label, needed: deals(busiest.dealsNeeded) }));
}

/** Sales and operating profit in the pessimistic, base and optimistic scenarios, and their range as a chart. */
export function scenarioBlocks(b: Builder, forecast: Forecast) {
  const { t, project } = b;
  const set = scenarios(project, forecast);
  const setting = project.salesPlan.context.scenarios;
  if (!set || !setting || forecast.lines.length === 0) return;
  b.sub(t.parts.scenarios, 'scenarios');
  const cases = [
    [t.values.scenarioLow, set.low],
    [t.values.scenarioBase, set.base],
    [t.values.scenarioHigh, set.high],
  ] as const;
  const money = scaled(b, forecast.currency, cases.flatMap(([, c]) => [...c.sales, ...c.operatingProfit]));
  // Without operating costs the plan's profit line is its gross margin: say so rather than call it operating profit.
  const profitLabel = project.salesPlan.context.operatingCosts.length > 0 ? t.values.scenarioProfit : t.values.scenarioMargin;
  const signed = (value: number) => b.percent(value, { signed: true });
  b.table(
    'scenarios',
    fill(t.captions.scenarios, {
      unit: money.unit,
      setting: fill(setting.mode === 'aroundBase' ? t.captions.scenariosAround : t.captions.scenariosGrowth, { low: signed(setting.lowPercent), high: signed(setting.highPercent) }),
    }),
    [col(t.columns.figure), ...forecast.years.map((y) => col(y.label, 'right'))],
    [
      ...cases.map(([name, c]) => ({ cells: [fill(t.values.scenarioSales, { scenario: name }), ...c.sales.map(money.cell)] })),
      ...cases.map(([name, c]) => ({ cells: [fill(profitLabel, { scenario: name }), ...c.operatingProfit.map(money.cell)] })),
    ],
    { rowHeaders: true },
  );
  // One plan year is one point: the table says it all.
  if (forecast.years.length < 2) return;
  const last = forecast.years.length - 1;
  b.figure(
    'chart-scenarios',
    {
      text: `${fill(t.captions.scenariosChart, { year: forecast.years[last]!.label, low: b.moneyShort(set.low.sales[last]!), base: b.moneyShort(set.base.sales[last]!), high: b.moneyShort(set.high.sales[last]!) })}.`,
      source: `${b.forecastSource}.`,
    },
    scenarioChartData(
      { low: set.low.sales, base: set.base.sales, high: set.high.sales },
      forecast.years.map((y) => y.label),
      { currency: forecast.currency, locale: b.locale, texts: { low: t.values.scenarioLow, base: t.values.scenarioBase, high: t.values.scenarioHigh } },
    ),
  );
}
