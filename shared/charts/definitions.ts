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
}

export interface ChartOptions {
  locale: string;
  texts: ChartTexts;
  /** Animation off for export and tests; on in the editor. */
  animation?: boolean;
}

/**
 * Okabe–Ito colours: distinguishable for colour-blind readers; with ECharts' decal patterns on,
 * series stay apart in grey-scale print too.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

function monthLabel(yearMonth: string, locale: string): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

function base(forecast: Forecast, options: ChartOptions): EChartsOption {
  const money = (major: number) => formatCompact(major, options.locale);
  return {
    animation: options.animation ?? false,
    color: PALETTE,
    aria: { enabled: true, decal: { show: true } },
    textStyle: { fontFamily: 'Noto Sans, DejaVu Sans, Arial, sans-serif' },
    grid: { left: 64, right: 48, top: 36, bottom: 72, containLabel: false },
    legend: { bottom: 0, type: 'plain' },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? formatMoney(toMinor(value, forecast.currency), forecast.currency, options.locale) : String(value)),
    },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => money(value) }, name: forecast.currency, nameTextStyle: { align: 'right' } },
  };
}

const major = (forecast: Forecast, minor: number) => toMajor(minor, forecast.currency);

export function chartOption(kind: ChartKind, forecast: Forecast, options: ChartOptions): EChartsOption {
  const common = base(forecast, options);
  if (kind === 'salesByMonth') {
    return {
      ...common,
      xAxis: { type: 'category', data: forecast.months.map((m) => monthLabel(m, options.locale)) },
      series: forecast.lines.map((line) => ({ type: 'bar', stack: 'sales', name: line.name, data: line.months.map((f) => major(forecast, f.sales)) })),
    };
  }
  if (kind === 'salesByYear') {
    return {
      ...common,
      xAxis: { type: 'category', data: forecast.years.map((y) => y.label) },
      series: forecast.lines.map((line) => ({ type: 'bar', stack: 'sales', name: line.name, data: line.years.map((f) => major(forecast, f.sales)) })),
    };
  }
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
