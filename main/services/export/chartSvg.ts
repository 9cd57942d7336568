// ECharts' prebuilt single file: one module to load instead of hundreds (the command line and the
// export worker start ~200 ms sooner).
import * as echarts from 'echarts/dist/echarts.esm.min.mjs';
import { echartsOption, type ChartData } from '../../../shared/charts/definitions';
import { CHART, FONT_FAMILIES, STYLES } from '../../../shared/layout/theme';
import type { Language } from '../../../shared/project/primitives';
import { breakLines } from './text/lineBreaking';

/**
 * A chart's plot as SVG, drawn by ECharts on the server from the same chart data as the editor,
 * at its print size (1 unit = 1 pt) so its labels print at 8.5 pt. The legend is not part of
 * it: the writers lay it out with the document's text.
 */
export function renderChartSvg(data: ChartData, size: { width: number; height: number }, language: Language): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(echartsOption(withLabelsBroken(data, size.width, language), { legend: false, decals: false, fontSize: CHART.fontSize, fontFamily: FONT_FAMILIES.sans, width: size.width, namesBroken: true }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The names down the side of a horizontal chart, broken into lines as the document's text is
 * (hyphenated in the language): ECharts breaks a word too long for the 40% of the width the names
 * get wherever it runs out of room, without a hyphen.
 */
function withLabelsBroken(data: ChartData, width: number, language: Language): ChartData {
  if (!data.horizontal) return data;
  const labelWidth = Math.round(width * 0.4) - CHART.fontSize;
  return { ...data, categories: data.categories.map((name) => breakLines(name, STYLES.legend, labelWidth - 1, language).map((line) => line.text).join('\n')) };
}
