// ECharts' prebuilt single file: one module to load instead of hundreds (the command line and the
// export worker start ~200 ms sooner).
import * as echarts from 'echarts/dist/echarts.esm.min.mjs';
import { echartsOption, type ChartData } from '../../../shared/charts/definitions';
import { CHART, FONT_FAMILIES } from '../../../shared/layout/theme';

/**
 * A chart's plot as SVG, drawn by ECharts on the server from the same chart data as the editor,
 * at its print size (1 unit = 1 pt) so its labels print at 8.5 pt. The legend is not part of
 * it: the writers lay it out with the document's text.
 */
export function renderChartSvg(data: ChartData, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(echartsOption(data, { legend: false, decals: false, fontSize: CHART.fontSize, fontFamily: FONT_FAMILIES.sans, width: size.width }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
