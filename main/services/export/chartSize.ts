import type { ChartData } from '../../../shared/charts/definitions';
import { CHART } from '../../../shared/layout/theme';

/**
 * The height of a chart's plot in points: the theme's for charts across the page; a horizontal
 * chart grows with its bars, each row tall enough for its category name wrapped in the 40% of
 * the width the chart gives the names (about half an em a character, with slack for word breaks).
 */
export function plotHeight(chart: ChartData, width: number): number {
  if (!chart.horizontal) return CHART.height;
  const labelWidth = Math.round(width * 0.4) - CHART.fontSize;
  const longest = Math.max(0, ...chart.categories.map((c) => c.length));
  const lines = Math.max(1, Math.ceil((longest * CHART.fontSize * 0.52 * 1.15) / labelWidth));
  const row = Math.max(22, lines * CHART.fontSize * 1.15 + 8);
  return Math.max(CHART.height, chart.categories.length * row + 2 * CHART.fontSize + 20);
}
