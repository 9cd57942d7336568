import SVGtoPDF from 'svg-to-pdfkit';
import { CHART, STYLES } from '../../../../shared/layout/theme';
import type { Legend } from '../legend';
import { drawLine, type PdfContext } from './context';

/** Draws a chart's plot (ECharts' SVG, drawn at its print size so 1 unit is 1 pt) as vector graphics. */
export function drawChart(ctx: PdfContext, svg: string, x: number, y: number, width: number, height: number) {
  SVGtoPDF(ctx.doc, svg, x, y, { width, height, preserveAspectRatio: 'xMidYMid meet', fontCallback: () => 'sans' });
}

/** Draws a legend laid out by `layoutLegend` with its top at `y`. */
export function drawLegend(ctx: PdfContext, legend: Legend, x: number, y: number, width: number) {
  const style = STYLES.legend;
  let top = y + legend.top;
  for (const row of legend.rows) {
    let left = x + (width - row.width) / 2;
    for (const item of row.items) {
      const swatchTop = top + (style.leading - CHART.swatch) / 2;
      if (item.line) ctx.doc.rect(left, swatchTop + CHART.swatch / 2 - 1, CHART.swatch, 2).fill(item.color);
      else ctx.doc.rect(left, swatchTop, CHART.swatch, CHART.swatch).fill(item.color);
      item.lines.forEach((line, i) => drawLine(ctx, line.text, style, left + CHART.swatch + CHART.swatchGap, top + i * style.leading));
      left += item.width + CHART.itemGap;
    }
    top += row.height + CHART.rowGap;
  }
}
