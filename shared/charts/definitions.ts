import type { EChartsOption } from 'echarts';
import type { Forecast } from '../forecast/engine';
import { marginRatio } from '../forecast/engine';
import { formatMoney, formatMoneyShort, formatPercentValue } from '../format';
import { toMajor, toMinor } from '../money';

/**
 * The forecast's charts, defined once as data (categories and series with their colours): the
 * editor and the PDF draw that data with ECharts, the DOCX writes it as native Word charts, so
 * every reader sees the same chart.
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

export interface ChartSeriesData {
  name: string;
  /** #RRGGBB */
  color: string;
  type: 'bar' | 'line';
  /** Primary: money in the plan currency's major unit; secondary: a percentage. */
  axis: 'primary' | 'secondary';
  values: (number | null)[];
}

/** A chart as data: what any writer needs to draw it, nothing about how. */
export interface ChartData {
  kind: ChartKind;
  categories: string[];
  series: ChartSeriesData[];
  /** The bars stack (sales of every line in one column). */
  stacked: boolean;
  currency: string;
  /** BCP 47 tag for the axis labels. */
  locale: string;
  /** The range of the percentage axis, when a series uses it: a band around the values. */
  percentRange?: { min: number; max: number };
}

/**
 * Okabe–Ito colours: distinguishable for colour-blind readers; in the editor, ECharts' decal
 * patterns keep series apart in grey-scale too.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** The colour of the "other lines" series. */
const REST_COLOUR = '#A7AFB7';

function monthLabel(yearMonth: string, locale: string): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A reader tells about six stacked colours apart; the smaller lines beyond them are added up as one. */
export const MAX_NAMED_SERIES = 6;

/** A stacked series: one line of the forecast, or the smaller lines together. */
interface StackedSeries {
  name: string;
  /** The smaller lines added up: drawn in a quiet grey so the named lines stand out. */
  rest?: boolean;
  months: number[];
  years: number[];
}

/**
 * One series per line up to seven; beyond that the six largest lines keep theirs (in the plan's
 * order) and the rest are added up as one, so the chart stays readable.
 */
export function stackedSeries(forecast: Forecast, texts: ChartTexts): StackedSeries[] {
  const own = (line: Forecast['lines'][number]): StackedSeries => ({ name: line.name, months: line.months.map((f) => f.sales), years: line.years.map((f) => f.sales) });
  if (forecast.lines.length <= MAX_NAMED_SERIES + 1) return forecast.lines.map(own);
  const total = (line: Forecast['lines'][number]) => line.years.reduce((a, f) => a + f.sales, 0);
  const largest = new Set([...forecast.lines].sort((a, b) => total(b) - total(a)).slice(0, MAX_NAMED_SERIES));
  const rest = forecast.lines.filter((line) => !largest.has(line));
  const sum = (pick: (line: Forecast['lines'][number]) => number[]) => pick(rest[0]!).map((_, i) => rest.reduce((a, line) => a + pick(line)[i]!, 0));
  return [
    ...forecast.lines.filter((line) => largest.has(line)).map(own),
    { name: texts.otherLines(rest.length), rest: true, months: sum((l) => l.months.map((f) => f.sales)), years: sum((l) => l.years.map((f) => f.sales)) },
  ];
}

/** The data of one chart of the forecast, in the reader's language. */
export function chartData(kind: ChartKind, forecast: Forecast, options: { locale: string; texts: ChartTexts }): ChartData {
  const major = (minor: number) => toMajor(minor, forecast.currency);
  const common = { kind, currency: forecast.currency, locale: options.locale };
  if (kind === 'salesByMonth' || kind === 'salesByYear') {
    const byMonth = kind === 'salesByMonth';
    return {
      ...common,
      categories: byMonth ? forecast.months.map((m) => monthLabel(m, options.locale)) : forecast.years.map((y) => y.label),
      stacked: true,
      series: stackedSeries(forecast, options.texts).map((s, i) => ({
        name: s.name,
        color: s.rest ? REST_COLOUR : PALETTE[i % PALETTE.length]!,
        type: 'bar' as const,
        axis: 'primary' as const,
        values: (byMonth ? s.months : s.years).map(major),
      })),
    };
  }
  const percents = forecast.totals.years.map((f) => {
    const ratio = marginRatio(f);
    return ratio === null ? null : Math.round(ratio * 1000) / 10;
  });
  const known = percents.filter((p): p is number => p !== null);
  return {
    ...common,
    categories: forecast.years.map((y) => y.label),
    stacked: false,
    percentRange: percentRangeOf(known),
    series: [
      { name: options.texts.grossMargin, color: PALETTE[2]!, type: 'bar', axis: 'primary', values: forecast.totals.years.map((f) => major(f.margin)) },
      { name: options.texts.marginPercent, color: PALETTE[5]!, type: 'line', axis: 'secondary', values: percents },
    ],
  };
}

/**
 * A percentage axis that shows the margin's movement: a band around the values (at least ten
 * points wide, in steps of five) rather than 0–100%, where a margin of 28–31% is a flat line.
 */
export function percentRangeOf(values: readonly number[]): { min: number; max: number } {
  if (values.length === 0) return { min: 0, max: 100 };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = Math.max(5, (high - low) / 2);
  return { min: Math.floor((low - margin) / 5) * 5, max: Math.ceil((high + margin) / 5) * 5 };
}

export interface EChartsDrawing {
  /** Animation off for export and tests; on in the editor. */
  animation?: boolean;
  /** Width the chart is drawn at, so the legend gets the room its rows need. */
  width?: number;
  /**
   * ECharts' own legend (the editor), or none: the exports draw the legend themselves, laid out
   * with the document's text so long names wrap instead of running over the axis.
   */
  legend?: boolean;
  /** Type size of the axis labels, in the drawing's units. */
  fontSize?: number;
  fontFamily?: string;
  /** Decal patterns on the bars (the editor). */
  decals?: boolean;
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

/**
 * A series name as ECharts may key plain objects by it: a name that is also a property of every
 * object ("__proto__", "constructor", "toString"…) gets an invisible word joiner in front, so a
 * line called "__proto__" is drawn like any other instead of changing Object.prototype.
 */
export const chartSafeName = (name: string): string => (name in Object.prototype || name === '__proto__' ? `\u2060${name}` : name);

/** The chart as an ECharts option. */
export function echartsOption(data: ChartData, drawing: EChartsDrawing = {}): EChartsOption {
  const legend = drawing.legend ?? true;
  const fontSize = drawing.fontSize ?? 12;
  const rows = legend ? legendRows(data.series.map((s) => s.name), drawing.width ?? 760) : 0;
  const axisLabel = { fontSize, color: '#4a545e' };
  // Axis numbers in the document's money style ("HUF 400m", "400 M Ft"), so the axis needs no currency title.
  const money = (value: number) => formatMoneyShort(toMinor(value, data.currency), data.currency, data.locale);
  const hasPercent = data.series.some((s) => s.axis === 'secondary');
  const bars = data.series.filter((s) => s.type === 'bar');
  const lastBar = data.series.lastIndexOf(bars.at(-1)!);
  const totals = data.categories.map((_, i) => (data.stacked ? bars.reduce((sum, s) => sum + (s.values[i] ?? 0), 0) : (bars.at(-1)?.values[i] ?? 0)));
  // Totals over the columns only when each fits over its column (about 0.55 em a character), never overlapping the next.
  const plotWidth = (drawing.width ?? 760) - fontSize * 6.4 - (hasPercent ? fontSize * 3.6 : fontSize);
  const totalsFit = totals.every((total) => money(total).length * fontSize * 0.55 < (plotWidth / Math.max(1, data.categories.length)) * 0.92);
  const valueAxis = { type: 'value' as const, axisLabel: { ...axisLabel, formatter: (value: number) => money(value) } };
  return {
    animation: drawing.animation ?? false,
    color: data.series.map((s) => s.color),
    // Decals keep series apart in grey print; the accessible name comes from the caption around the
    // chart, in the reader's language (ECharts' own generated description is English only).
    aria: { enabled: true, decal: { show: drawing.decals ?? true }, label: { enabled: false } },
    textStyle: { fontFamily: drawing.fontFamily ?? 'Source Sans 3, Noto Sans, Arial, sans-serif', fontSize },
    grid: legend ? { left: fontSize * 6.4, right: hasPercent ? 48 : 24, top: 36, bottom: 44 + rows * 22, containLabel: false } : { left: fontSize * 6.4, right: hasPercent ? fontSize * 3.6 : fontSize, top: fontSize * 2.4, bottom: fontSize * 2.2, containLabel: false },
    legend: legend ? { bottom: 0, left: 'center', type: 'plain', itemGap: 10 } : { show: false },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? formatMoney(toMinor(value, data.currency), data.currency, data.locale) : String(value)),
    },
    xAxis: { type: 'category', data: data.categories, axisLabel: { ...axisLabel, hideOverlap: true } },
    yAxis: hasPercent
      ? [
          valueAxis,
          {
            type: 'value',
            min: data.percentRange?.min ?? 0,
            max: data.percentRange?.max ?? 100,
            interval: 5,
            axisLabel: { ...axisLabel, formatter: (value: number) => formatPercentValue(value / 100, data.locale, 0) },
            splitLine: { show: false },
          },
        ]
      : valueAxis,
    series: data.series.map((s, index) =>
      s.type === 'bar'
        ? {
            type: 'bar',
            name: chartSafeName(s.name),
            data: s.values,
            itemStyle: { color: s.color },
            ...(data.stacked ? { stack: 'sales' } : {}),
            // Yearly sales columns carry their total on top (on the last of the stack); twelve months
            // would crowd, and the margin chart labels its percentages instead.
            ...(index === lastBar && data.kind === 'salesByYear' && totalsFit
              ? { label: { show: true, position: 'top' as const, fontSize, color: '#1f2328', formatter: ({ dataIndex }: { dataIndex: number }) => money(totals[dataIndex] ?? 0) } }
              : {}),
          }
        : {
            type: 'line',
            name: chartSafeName(s.name),
            yAxisIndex: s.axis === 'secondary' ? 1 : 0,
            symbolSize: fontSize * 0.7,
            itemStyle: { color: s.color },
            label: { show: true, position: 'top' as const, fontSize, color: '#1f2328', backgroundColor: '#ffffff', padding: [1, 3], formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatPercentValue(value / 100, data.locale) : '') },
            data: s.values,
            tooltip: { valueFormatter: (value) => (typeof value === 'number' ? formatPercentValue(value / 100, data.locale) : '') },
          },
    ),
  };
}

/** The editor's form: the forecast's chart with ECharts' own legend. */
export const chartOption = (kind: ChartKind, forecast: Forecast, options: { locale: string; texts: ChartTexts; animation?: boolean; width?: number }): EChartsOption =>
  echartsOption(chartData(kind, forecast, options), { animation: options.animation ?? false, width: options.width ?? 760 });
