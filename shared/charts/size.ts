import { CHART } from '../layout/theme';
import type { ChartData } from './definitions';

/**
 * The height of a chart's plot in points: the theme's for charts across the page; a horizontal
 * chart grows with its bars, each row tall enough for its category name wrapped in the 40% of
 * the width the chart gives the names (about half an em a character, with slack for word breaks).
 * A timeline takes only the rows it has, with room above for the day it marks.
 */
export function plotHeight(chart: ChartData, width: number): number {
  if (!chart.horizontal) return CHART.height;
  const labelWidth = Math.round(width * 0.4) - CHART.fontSize;
  const longest = Math.max(0, ...chart.categories.map((c) => c.length));
  const lines = Math.max(1, Math.ceil((longest * CHART.fontSize * 0.52 * 1.15) / labelWidth));
  const row = Math.max(22, lines * CHART.fontSize * 1.15 + 8);
  const rows = chart.categories.length * row + 2 * CHART.fontSize + 20;
  if (chart.valueUnit === 'date') return Math.max(90, rows + (chart.marker ? CHART.fontSize * 2.2 : 0));
  return Math.max(CHART.height, rows);
}
