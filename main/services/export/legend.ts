import type { ChartData } from '../../../shared/charts/definitions';
import { CHART, STYLES } from '../../../shared/layout/theme';
import type { Language } from '../../../shared/project/primitives';
import { breakLines, type Line } from './text/lineBreaking';

/**
 * A chart's legend, laid out with the document's text rather than by the chart library: items
 * flow in centred rows under the plot, and a long name wraps (hyphenated if need be) within at
 * most half the width, so nothing runs over the axis or off the page. The PDF draws it; the
 * DOCX leaves Word's own legend this much room under the plot.
 */
export interface Legend {
  /** Space above the first row. */
  top: number;
  rows: { items: { color: string; line: boolean; lines: Line[]; width: number }[]; width: number; height: number }[];
  height: number;
}

export function layoutLegend(chart: ChartData, width: number, language: Language): Legend {
  const style = STYLES.legend;
  const maxText = width / 2 - CHART.swatch - CHART.swatchGap;
  const rows: Legend['rows'] = [];
  for (const series of chart.series) {
    const lines = breakLines(series.name, style, maxText, language);
    const itemWidth = CHART.swatch + CHART.swatchGap + Math.max(...lines.map((l) => l.width));
    const item = { color: series.color, line: series.type === 'line', lines, width: itemWidth };
    const row = rows.at(-1);
    if (row && row.width + CHART.itemGap + itemWidth <= width) {
      row.items.push(item);
      row.width += CHART.itemGap + itemWidth;
      row.height = Math.max(row.height, lines.length * style.leading);
    } else rows.push({ items: [item], width: itemWidth, height: lines.length * style.leading });
  }
  const top = 6;
  const height = rows.length === 0 ? 0 : top + rows.reduce((a, row) => a + row.height, 0) + (rows.length - 1) * CHART.rowGap;
  return { top, rows, height };
}
