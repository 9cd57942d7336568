import type { EChartsOption } from 'echarts';
import type { Forecast } from '../forecast/engine';
import { marginRatio } from '../forecast/engine';
import { formatCompact, formatMoney, formatPercentValue } from '../format';
import { toMajor, toMinor } from '../money';

/**
 * The forecast's charts, defined once: the editor renders these options live with ECharts, and
 * the export renders the same options to SVG on the server, so both look the same.
 */

export const CHART_KINDS = ['salesByMonth', 'salesByYear', 'marginByYear'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface ChartTexts {
  /** Series names for the margin chart. */
  grossMargin: string;
  marginPercent: string;
  /** The series that gathers the smaller lines when there are more than the palette has colours. */
  otherLines(count: number): string;
}

export interface ChartOptions {
  locale: string;
  texts: ChartTexts;
  /** Animation off for export and tests; on in the editor. */
  animation?: boolean;
  /** Width in pixels the chart is drawn at, so the legend gets the room its rows need. */
  width?: number;
}

/**
 * Okabe–Ito colours: distinguishable for colour-blind readers; with ECharts' decal patterns on,
 * series stay apart in grey-scale print too.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** The colour of the "other lines" series. */
const REST_COLOUR = '#A7AFB7';

function monthLabel(yearMonth: string, locale: string): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A stacked series: one line of the forecast, or the smaller lines together. */
interface StackedSeries {
  name: string;
  /** The smaller lines added up: drawn in a quiet grey so the named lines stand out. */
  rest?: boolean;
  months: number[];
  years: number[];
}

/**
 * One series per line while each can have its own colour; beyond that the largest lines keep
 * theirs (in the plan's order) and the rest are added up as one, so the chart stays readable.
 */
export function stackedSeries(forecast: Forecast, texts: ChartTexts): StackedSeries[] {
  const own = (line: Forecast['lines'][number]): StackedSeries => ({ name: line.name, months: line.months.map((f) => f.sales), years: line.years.map((f) => f.sales) });
  if (forecast.lines.length <= PALETTE.length) return forecast.lines.map(own);
  const total = (line: Forecast['lines'][number]) => line.years.reduce((a, f) => a + f.sales, 0);
  const largest = new Set([...forecast.lines].sort((a, b) => total(b) - total(a)).slice(0, PALETTE.length - 1));
  const rest = forecast.lines.filter((line) => !largest.has(line));
  const sum = (pick: (line: Forecast['lines'][number]) => number[]) => pick(rest[0]!).map((_, i) => rest.reduce((a, line) => a + pick(line)[i]!, 0));
  return [
    ...forecast.lines.filter((line) => largest.has(line)).map(own),
    { name: texts.otherLines(rest.length), rest: true, months: sum((l) => l.months.map((f) => f.sales)), years: sum((l) => l.years.map((f) => f.sales)) },
  ];
}

/** Legend rows for these names at this width (ECharts wraps a plain legend; the plot must leave room). */
function legendRows(names: string[], width: number): number {
  const usable = width - 40;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = 25 + 10 + name.length * 6.8; // icon, gap, text at 12 px
    if (used > 0 && used + item > usable) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows;
}

function base(forecast: Forecast, options: ChartOptions, legendNames: string[]): EChartsOption {
  const money = (major: number) => formatCompact(major, options.locale);
  const rows = legendRows(legendNames, options.width ?? 760);
  return {
    animation: options.animation ?? false,
    color: PALETTE,
    // Decals keep series apart in grey print; the accessible name comes from the caption around the
    // chart, in the reader's language (ECharts' own generated description is English only).
    aria: { enabled: true, decal: { show: true }, label: { enabled: false } },
    textStyle: { fontFamily: 'Noto Sans, DejaVu Sans, Arial, sans-serif' },
    grid: { left: 64, right: 48, top: 36, bottom: 44 + rows * 22, containLabel: false },
    legend: { bottom: 0, left: 'center', type: 'plain', itemGap: 10 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? formatMoney(toMinor(value, forecast.currency), forecast.currency, options.locale) : String(value)),
    },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => money(value) }, name: forecast.currency, nameTextStyle: { align: 'right' } },
  };
}

const major = (forecast: Forecast, minor: number) => toMajor(minor, forecast.currency);

export function chartOption(kind: ChartKind, forecast: Forecast, options: ChartOptions): EChartsOption {
  if (kind === 'salesByMonth' || kind === 'salesByYear') {
    const stacked = stackedSeries(forecast, options.texts);
    const byMonth = kind === 'salesByMonth';
    return {
      ...base(forecast, options, stacked.map((s) => s.name)),
      xAxis: { type: 'category', data: byMonth ? forecast.months.map((m) => monthLabel(m, options.locale)) : forecast.years.map((y) => y.label) },
      series: stacked.map((s) => ({
        type: 'bar',
        stack: 'sales',
        name: s.name,
        data: (byMonth ? s.months : s.years).map((minor) => major(forecast, minor)),
        ...(s.rest ? { itemStyle: { color: REST_COLOUR } } : {}),
      })),
    };
  }
  const common = base(forecast, options, [options.texts.grossMargin, options.texts.marginPercent]);
  return {
    ...common,
    xAxis: { type: 'category', data: forecast.years.map((y) => y.label) },
    yAxis: [
      common.yAxis as object,
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: (value: number) => formatPercentValue(value / 100, options.locale, 0) }, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: options.texts.grossMargin, data: forecast.totals.years.map((f) => major(forecast, f.margin)), itemStyle: { color: PALETTE[2] } },
      {
        type: 'line',
        name: options.texts.marginPercent,
        yAxisIndex: 1,
        symbolSize: 8,
        itemStyle: { color: PALETTE[5] },
        data: forecast.totals.years.map((f) => {
          const ratio = marginRatio(f);
          return ratio === null ? null : Math.round(ratio * 1000) / 10;
        }),
        tooltip: { valueFormatter: (value) => (typeof value === 'number' ? formatPercentValue(value / 100, options.locale) : '') },
      },
    ],
  };
}
