import type { EChartsOption } from 'echarts';
import type { Forecast } from '../forecast/engine';
import { marginRatio } from '../forecast/engine';
import { formatMoney, formatMoneyShort, formatPercentValue } from '../format';
import { DAY_MS, dayNumber, monthStart, nextMonthStart, type DayNumber } from '../calendar';
import { toMajor, toMinor } from '../money';

/**
 * The forecast's charts, defined once as data (categories and series with their colours): the
 * editor and the PDF draw that data with ECharts, the DOCX writes it as native Word charts, so
 * every reader sees the same chart.
 */

export const CHART_KINDS = ['salesByMonth', 'salesByYear', 'marginByYear'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];
/** The forecast's charts (the editor shows them too) and the document's own: the price waterfall, sales by channel, the scenarios. */
export type DocumentChartKind = ChartKind | 'priceWaterfall' | 'salesByChannel' | 'scenarios' | 'onboardingTimeline' | 'roadmapTimeline';

export interface ChartTexts {
  /** Series names for the margin chart. */
  grossMargin: string;
  marginPercent: string;
  /** The series that gathers the smaller lines when there are more than the palette has colours. */
  otherLines(count: number): string;
}

/** A span of days on a timeline: from its first day to the day after its last. */
export interface DaySpan {
  from: DayNumber;
  to: DayNumber;
}

export interface ChartSeriesData {
  name: string;
  /** #RRGGBB */
  color: string;
  /** A span series is a timeline's: each category's period of days (`spans`), along a date axis. */
  type: 'bar' | 'line' | 'span';
  /** Primary: money in the plan currency's major unit (or a percentage, when the chart's `valueUnit` is one); secondary: a percentage. */
  axis: 'primary' | 'secondary';
  values: (number | null)[];
  /** A line drawn dashed: a case around the solid one. */
  dashed?: boolean;
  /** A span series' periods, one per category or null; `values` holds their lengths in days. */
  spans?: (DaySpan | null)[];
}

/** A chart as data: what any writer needs to draw it, nothing about how. */
export interface ChartData {
  kind: DocumentChartKind;
  categories: string[];
  series: ChartSeriesData[];
  /** The bars stack (sales of every line in one column). */
  stacked: boolean;
  currency: string;
  /** BCP 47 tag for the axis labels. */
  locale: string;
  /** The range of the percentage axis, when a series uses it: a band around the values. */
  percentRange?: { min: number; max: number };
  /** What the primary axis measures: money (the default), a percentage (shares of a list price) or dates (a timeline). */
  valueUnit?: 'money' | 'percent' | 'date';
  /** A timeline's date axis: from the first of a month to the first of the month after its last day. */
  dateRange?: DaySpan;
  /** A day marked across a timeline (today), with its label. */
  marker?: { day: DayNumber; label: string };
  /** Bars run across, categories down the side: for long category names. */
  horizontal?: boolean;
  /** The area between the first and the last series is shaded: a low–high range around the middle one. */
  band?: boolean;
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

/** One bar of the price-waterfall chart: a channel's (and product group's) prices for one unit, minor units. */
export interface WaterfallBar {
  label: string;
  listPrice: number;
  invoicePrice: number;
  /** What the top bonus takes (negative, as the waterfall gives it). */
  bonus: number;
  netPrice: number;
  unitCost: number | null;
}

export interface WaterfallTexts {
  unitCost: string;
  margin: string;
  /** The part of the unit cost the net price does not cover. */
  loss: string;
  /** The net price of a product group without a unit cost. */
  netPrice: string;
  bonus: string;
  discount: string;
}

const share = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10 || 0; // never -0

/**
 * Where each list price goes, in % of it: unit cost and margin (what the company keeps), the top
 * bonus and the channel's discount, stacked to 100% (beyond it for a markup). A net price below
 * the unit cost shows its loss left of zero. Series nobody needs (no loss, every cost known) are left out.
 */
export function waterfallChartData(bars: readonly WaterfallBar[], options: { currency: string; locale: string; texts: WaterfallTexts }): ChartData {
  const priced = bars.filter((bar) => bar.listPrice > 0);
  const of = (pick: (bar: WaterfallBar) => number | null) => priced.map((bar) => {
    const value = pick(bar);
    return value === null ? null : share(value, bar.listPrice);
  });
  const { texts } = options;
  const candidates: ChartSeriesData[] = [
    { name: texts.unitCost, color: '#7F8A94', type: 'bar', axis: 'primary', values: of((bar) => (bar.unitCost === null ? null : Math.max(0, Math.min(bar.unitCost, bar.netPrice)))) },
    { name: texts.margin, color: PALETTE[2]!, type: 'bar', axis: 'primary', values: of((bar) => (bar.unitCost === null ? null : Math.max(0, bar.netPrice - bar.unitCost))) },
    { name: texts.netPrice, color: PALETTE[0]!, type: 'bar', axis: 'primary', values: of((bar) => (bar.unitCost === null ? bar.netPrice : null)) },
    { name: texts.bonus, color: PALETTE[1]!, type: 'bar', axis: 'primary', values: of((bar) => -bar.bonus) },
    { name: texts.discount, color: PALETTE[3]!, type: 'bar', axis: 'primary', values: of((bar) => Math.max(0, bar.listPrice - bar.invoicePrice)) },
    { name: texts.loss, color: PALETTE[5]!, type: 'bar', axis: 'primary', values: of((bar) => (bar.unitCost === null ? null : Math.min(0, bar.netPrice - bar.unitCost))) },
  ];
  return {
    kind: 'priceWaterfall',
    categories: priced.map((bar) => bar.label),
    series: candidates.filter((s) => s.values.some((v) => v !== null && v !== 0)),
    stacked: true,
    currency: options.currency,
    locale: options.locale,
    valueUnit: 'percent',
    horizontal: true,
  };
}

/**
 * Sales by year of the entries of one dimension (channels), stacked: beyond seven entries the six
 * largest keep their colour and the rest are added up, as the forecast's lines are.
 */
export function salesByEntryChartData(rows: readonly { name: string; years: number[] }[], years: readonly string[], options: { currency: string; locale: string; texts: Pick<ChartTexts, 'otherLines'> }): ChartData {
  const total = (row: { years: number[] }) => row.years.reduce((a, b) => a + b, 0);
  const largest = rows.length <= MAX_NAMED_SERIES + 1 ? new Set(rows) : new Set([...rows].sort((a, b) => total(b) - total(a)).slice(0, MAX_NAMED_SERIES));
  const rest = rows.filter((row) => !largest.has(row));
  const major = (minor: number) => toMajor(minor, options.currency);
  const series: ChartSeriesData[] = rows.filter((row) => largest.has(row)).map((row, i) => ({ name: row.name, color: PALETTE[i % PALETTE.length]!, type: 'bar', axis: 'primary', values: row.years.map(major) }));
  if (rest.length > 0) series.push({ name: options.texts.otherLines(rest.length), color: REST_COLOUR, type: 'bar', axis: 'primary', values: years.map((_, y) => major(rest.reduce((a, row) => a + (row.years[y] ?? 0), 0))) });
  return { kind: 'salesByChannel', categories: [...years], series, stacked: true, currency: options.currency, locale: options.locale };
}

/** The low, base and high cases' yearly amounts (minor units) as lines, the range between them shaded. */
export function scenarioChartData(cases: { low: number[]; base: number[]; high: number[] }, years: readonly string[], options: { currency: string; locale: string; texts: { low: string; base: string; high: string } }): ChartData {
  const major = (values: number[]) => values.map((v) => toMajor(v, options.currency));
  const { texts } = options;
  return {
    kind: 'scenarios',
    categories: [...years],
    series: [
      { name: texts.low, color: PALETTE[5]!, type: 'line', axis: 'primary', values: major(cases.low), dashed: true },
      { name: texts.base, color: PALETTE[0]!, type: 'line', axis: 'primary', values: major(cases.base) },
      { name: texts.high, color: PALETTE[2]!, type: 'line', axis: 'primary', values: major(cases.high), dashed: true },
    ],
    stacked: false,
    currency: options.currency,
    locale: options.locale,
    band: true,
  };
}

/** A row of a timeline: its label, and per series its first and last day (ISO, both included) or null. */
export interface TimelineRow {
  label: string;
  periods: ({ start: string; end: string } | null)[];
}

/**
 * A timeline (Gantt chart): a row per category, each series a kind of period drawn as a bar along
 * a date axis that runs over whole months. Series no row has are left out.
 */
export function timelineChartData(
  kind: 'onboardingTimeline' | 'roadmapTimeline',
  rows: readonly TimelineRow[],
  series: readonly { name: string; color: string }[],
  options: { currency: string; locale: string; marker?: { date: string; label: string } },
): ChartData {
  const spans = series.map((_, s) => rows.map((row): DaySpan | null => {
    const period = row.periods[s];
    if (!period) return null;
    const from = dayNumber(period.start);
    return { from, to: Math.max(from, dayNumber(period.end)) + 1 };
  }));
  const marker = options.marker ? { day: dayNumber(options.marker.date), label: options.marker.label } : undefined;
  const all = spans.flat().filter((span): span is DaySpan => span !== null);
  const first = Math.min(...all.map((span) => span.from), ...(marker ? [marker.day] : []));
  const last = Math.max(...all.map((span) => span.to), ...(marker ? [marker.day + 1] : []));
  const range = all.length === 0 && !marker ? undefined : { from: monthStart(first), to: monthStart(last) === last ? last : nextMonthStart(last) };
  return {
    kind,
    categories: rows.map((row) => row.label),
    series: series
      .map((s, i): ChartSeriesData => ({ name: s.name, color: s.color, type: 'span', axis: 'primary', spans: spans[i]!, values: spans[i]!.map((span) => (span ? span.to - span.from : null)) }))
      .filter((s) => s.spans!.some((span) => span !== null)),
    stacked: false,
    currency: options.currency,
    locale: options.locale,
    valueUnit: 'date',
    horizontal: true,
    ...(range ? { dateRange: range } : {}),
    ...(marker ? { marker } : {}),
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

/**
 * The type on screen, as a CSS font list: ECharts writes it into a `font` shorthand, where an
 * unquoted "Source Sans 3" (a name with a number in it) voids the whole declaration and the
 * browser falls back to its default serif.
 */
const SCREEN_FONTS = "'Source Sans 3', 'Noto Sans', Arial, sans-serif";

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
  /**
   * The category names come broken into lines already (the PDF hyphenates them as its text):
   * ECharts keeps them as given instead of breaking a long word wherever it runs out of room.
   */
  namesBroken?: boolean;
}

/** Legend rows for the series' names at this width (ECharts wraps a plain legend; the plot must leave room). */
function legendRows(data: ChartData, width: number): number {
  const names = data.series.map((s) => s.name);
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

/** ECharts' own legend under the plot (the editor and the preview), or none (the exports draw theirs). */
const legendOption = (data: ChartData, shown: boolean) => (shown ? { bottom: 0, left: 'center', type: 'plain', itemGap: 10, data: data.series.map((s) => chartSafeName(s.name)) } : { show: false });

/**
 * A series name as ECharts may key plain objects by it: a name that is also a property of every
 * object ("__proto__", "constructor", "toString"…) gets an invisible word joiner in front, so a
 * line called "__proto__" is drawn like any other instead of changing Object.prototype.
 */
export const chartSafeName = (name: string): string => (name in Object.prototype || name === '__proto__' ? `\u2060${name}` : name);

/** The chart as an ECharts option. */
export function echartsOption(data: ChartData, drawing: EChartsDrawing = {}): EChartsOption {
  if (data.valueUnit === 'date') return timelineOption(data, drawing);
  const legend = drawing.legend ?? true;
  const fontSize = drawing.fontSize ?? 12;
  const width = drawing.width ?? 760;
  const rows = legend ? legendRows(data, width) : 0;
  const axisLabel = { fontSize, color: '#4a545e' };
  const inPercent = data.valueUnit === 'percent';
  // Axis numbers in the document's money style ("HUF 400m", "400 M Ft"), so the axis needs no currency title.
  const money = (value: number) => formatMoneyShort(toMinor(value, data.currency), data.currency, data.locale);
  const percent = (value: number, digits?: number) => formatPercentValue(value / 100, data.locale, digits);
  const amount = inPercent ? (value: number) => percent(value, 0) : money;
  const hasPercent = data.series.some((s) => s.axis === 'secondary');
  const bars = data.series.filter((s) => s.type === 'bar');
  const lastBar = data.series.lastIndexOf(bars.at(-1)!);
  const totals = data.categories.map((_, i) => (data.stacked ? bars.reduce((sum, s) => sum + (s.values[i] ?? 0), 0) : (bars.at(-1)?.values[i] ?? 0)));
  // Totals over the columns only when each fits over its column (about 0.55 em a character), never overlapping the next.
  const plotWidth = width - fontSize * 6.4 - (hasPercent ? fontSize * 3.6 : fontSize);
  const totalsFit = totals.every((total) => money(total).length * fontSize * 0.55 < (plotWidth / Math.max(1, data.categories.length)) * 0.92);
  const showTotals = (data.kind === 'salesByYear' || data.kind === 'salesByChannel') && totalsFit;
  // Category names beside horizontal bars take up to 40% of the width, wrapping.
  const labelWidth = Math.round(width * 0.4);
  const valueAxis = { type: 'value' as const, axisLabel: { ...axisLabel, formatter: (value: number) => amount(value) }, ...(inPercent ? { max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max / 20) * 20) } : {}) };
  const categoryAxis = data.horizontal
    ? { type: 'category' as const, data: data.categories, inverse: true, axisLabel: { ...axisLabel, width: labelWidth - fontSize, overflow: drawing.namesBroken ? ('none' as const) : ('break' as const), lineHeight: fontSize * 1.15 } }
    : { type: 'category' as const, data: data.categories, axisLabel: { ...axisLabel, hideOverlap: true } };
  const valueFormatter = (value: unknown) => (typeof value === 'number' ? (inPercent ? percent(value, 1) : formatMoney(toMinor(value, data.currency), data.currency, data.locale)) : String(value));
  const grid = data.horizontal
    ? { left: labelWidth, right: fontSize * 1.5, top: fontSize, bottom: legend ? 44 + rows * 22 : fontSize * 2.2, containLabel: false }
    : legend
      ? { left: fontSize * 6.4, right: hasPercent ? 48 : 24, top: 36, bottom: 44 + rows * 22, containLabel: false }
      : { left: fontSize * 6.4, right: hasPercent ? fontSize * 3.6 : fontSize, top: fontSize * 2.4, bottom: fontSize * 2.2, containLabel: false };
  // The shaded range: an invisible area up to the low case, and the high case's excess over it stacked on top.
  const first = data.series[0];
  const last = data.series.at(-1);
  const band =
    data.band && first && last
      ? [
          { type: 'line' as const, name: '\u2060band-low', data: first.values, stack: 'band', symbol: 'none', silent: true, lineStyle: { opacity: 0 }, areaStyle: { opacity: 0 }, tooltip: { show: false } },
          {
            type: 'line' as const,
            name: '\u2060band-range',
            data: last.values.map((v, i) => (v === null || first.values[i] === null ? null : v - first.values[i]!)),
            stack: 'band',
            symbol: 'none',
            silent: true,
            lineStyle: { opacity: 0 },
            areaStyle: { color: data.series[1]?.color ?? first.color, opacity: 0.12 },
            tooltip: { show: false },
          },
        ]
      : [];
  return {
    animation: drawing.animation ?? false,
    color: data.series.map((s) => s.color),
    // Decals keep series apart in grey print; the accessible name comes from the caption around the
    // chart, in the reader's language (ECharts' own generated description is English only).
    aria: { enabled: true, decal: { show: drawing.decals ?? true }, label: { enabled: false } },
    textStyle: { fontFamily: drawing.fontFamily ?? SCREEN_FONTS, fontSize },
    grid,
    legend: legendOption(data, legend),
    tooltip: { trigger: 'axis', valueFormatter },
    xAxis: data.horizontal ? valueAxis : categoryAxis,
    yAxis: data.horizontal
      ? categoryAxis
      : hasPercent
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
    series: [
      ...band,
      ...data.series.map((s, index) =>
        s.type === 'bar'
          ? {
              type: 'bar' as const,
              name: chartSafeName(s.name),
              data: s.values,
              itemStyle: { color: s.color },
              ...(data.stacked ? { stack: 'sales' } : {}),
              ...(data.horizontal ? { barMaxWidth: fontSize * 1.6 } : {}),
              // Yearly sales columns carry their total on top (on the last of the stack); twelve months
              // would crowd, and the margin chart labels its percentages instead.
              ...(index === lastBar && showTotals
                ? { label: { show: true, position: 'top' as const, fontSize, color: '#1f2328', formatter: ({ dataIndex }: { dataIndex: number }) => money(totals[dataIndex] ?? 0) } }
                : {}),
            }
          : {
              type: 'line' as const,
              name: chartSafeName(s.name),
              yAxisIndex: s.axis === 'secondary' ? 1 : 0,
              symbolSize: fontSize * 0.7,
              itemStyle: { color: s.color },
              lineStyle: { color: s.color, type: s.dashed ? ('dashed' as const) : ('solid' as const) },
              // The margin's percentages are labelled; lines of money (the scenarios) read from the axis and the table.
              ...(s.axis === 'secondary'
                ? {
                    label: { show: true, position: 'top' as const, fontSize, color: '#1f2328', backgroundColor: '#ffffff', padding: [1, 3], formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatPercentValue(value / 100, data.locale) : '') },
                    tooltip: { valueFormatter: (value: unknown) => (typeof value === 'number' ? formatPercentValue(value / 100, data.locale) : '') },
                  }
                : {}),
              data: s.values,
            },
      ),
    ],
  } as EChartsOption;
}

/** The parts of ECharts' custom-series API a timeline's bars use. */
interface SpanApi {
  value(dimension: number): number;
  coord(point: [number, number]): [number, number];
  size(extent: [number, number]): [number, number];
}

/**
 * A timeline as an ECharts option: a time axis over whole months, the rows down the side (long
 * labels wrap, as a horizontal bar chart's do) and each span series' periods as bars of their own,
 * at least a hairline wide so a one-day step still shows.
 */
function timelineOption(data: ChartData, drawing: EChartsDrawing): EChartsOption {
  const legend = drawing.legend ?? true;
  const fontSize = drawing.fontSize ?? 12;
  const width = drawing.width ?? 760;
  const rows = legend ? legendRows(data, width) : 0;
  const axisLabel = { fontSize, color: '#4a545e' };
  const labelWidth = Math.round(width * 0.4);
  const range = data.dateRange ?? { from: 0, to: 31 };
  const ms = (day: number) => day * DAY_MS;
  const utcDate = (day: number) => new Date(ms(day));
  const monthName = new Intl.DateTimeFormat(data.locale, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(data.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dayFormat = new Intl.DateTimeFormat(data.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const spanText = (from: number, to: number) => (to - from <= 1 ? dayFormat.format(utcDate(from)) : dayFormat.formatRange(utcDate(from), utcDate(to - 1)));
  const barHeight = fontSize * 1.2;
  // Ticks a whole number of months apart, as close as the longest label ("Sept 2027", "2027. szept.",
  // a little under half an em a character) leaves room for; a quarter or more apart, every label carries its year.
  const months = Math.max(1, (range.to - range.from) / 30.44);
  const monthWidth = (width - labelWidth - fontSize * 1.5) / months;
  const longest = Math.max(...Array.from({ length: 12 }, (_, m) => monthYear.format(new Date(Date.UTC(2027, m, 1))).length));
  const tickMonths = [1, 2, 3, 6, 12].find((step) => step * monthWidth >= (longest * 0.48 + 1.5) * fontSize) ?? 12;
  // The ticks themselves: the first of every `tickMonths`-th month (counted from January) within the axis.
  const ticks: number[] = [];
  for (let day = range.from; day <= range.to; day = nextMonthStart(day)) {
    if (new Date(ms(day)).getUTCMonth() % tickMonths === 0) ticks.push(ms(day));
  }
  const axisDate = (value: number, index: number) => {
    const date = new Date(value);
    return tickMonths >= 3 || index === 0 || date.getUTCMonth() === 0 ? monthYear.format(date) : monthName.format(date);
  };
  return {
    // Days are UTC days (dayNumber): the axis puts its month ticks at UTC month starts too, not at
    // the local ones that would name each month after the one before it east of Greenwich.
    useUTC: true,
    animation: drawing.animation ?? false,
    color: data.series.map((s) => s.color),
    aria: { enabled: true, label: { enabled: false } },
    textStyle: { fontFamily: drawing.fontFamily ?? SCREEN_FONTS, fontSize },
    grid: { left: labelWidth, right: fontSize * 1.5, top: data.marker ? fontSize * 2.2 : fontSize, bottom: legend ? 44 + rows * 22 : fontSize * 2.2, containLabel: false },
    legend: legendOption(data, legend),
    tooltip: {
      trigger: 'item',
      // Only the series' name (a fixed text) and dates: nothing the user typed goes into the tooltip's HTML.
      formatter: (params: unknown) => {
        const p = params as { seriesName: string; marker: string; value: [number, number, number] };
        return `${p.marker}${p.seriesName}: ${spanText(p.value[1] / DAY_MS, p.value[2] / DAY_MS)}`;
      },
    },
    xAxis: {
      type: 'time',
      min: ms(range.from),
      max: ms(range.to),
      // Ticks months, two months, quarters, half years or years apart: the closest that leaves each label room for "Sept 2027".
      axisLabel: { ...axisLabel, hideOverlap: true, customValues: ticks, formatter: (value: number, index: number) => axisDate(value, index) },
      axisTick: { customValues: ticks },
      splitLine: { show: true, lineStyle: { color: '#e3e7eb' } },
    },
    // No axis line down the side: the marked day's line is the one to see there.
    yAxis: { type: 'category', data: data.categories, inverse: true, axisLine: { show: false }, axisTick: { show: false }, axisLabel: { ...axisLabel, width: labelWidth - fontSize, overflow: drawing.namesBroken ? 'none' : 'break', lineHeight: fontSize * 1.15 } },
    series: data.series.map((s, index) => ({
      type: 'custom' as const,
      name: chartSafeName(s.name),
      itemStyle: { color: s.color },
      encode: { x: [1, 2], y: 0 },
      data: (s.spans ?? []).flatMap((span, row) => (span ? [[row, ms(span.from), ms(span.to)]] : [])),
      renderItem: (params: { coordSys: { x: number; width: number } }, api: SpanApi) => {
        const row = api.value(0);
        const [x0, y] = api.coord([api.value(1), row]);
        const [x1] = api.coord([api.value(2), row]);
        const left = Math.max(params.coordSys.x, x0);
        const right = Math.min(params.coordSys.x + params.coordSys.width, x1);
        const height = Math.min(barHeight, api.size([0, 1])[1] * 0.7);
        return { type: 'rect', shape: { x: left, y: y - height / 2, width: Math.max(1.5, right - left), height }, style: { fill: s.color } };
      },
      ...(index === 0 && data.marker
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#1f2328', type: 'dashed' as const, width: 1 },
              // The rows run top down (an inverse axis), so the line's start is its top: the label goes above the plot.
              label: { show: true, position: 'start' as const, fontSize, color: '#1f2328', formatter: data.marker.label },
              data: [{ xAxis: ms(data.marker.day) }],
            },
          }
        : {}),
    })),
  } as EChartsOption;
}

/** The editor's form: the forecast's chart with ECharts' own legend. */
export const chartOption = (kind: ChartKind, forecast: Forecast, options: { locale: string; texts: ChartTexts; animation?: boolean; width?: number }): EChartsOption =>
  echartsOption(chartData(kind, forecast, options), { animation: options.animation ?? false, width: options.width ?? 760 });
