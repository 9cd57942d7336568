import * as echarts from 'echarts';
import { CHART_KINDS, chartOption, type ChartKind, type ChartTexts } from '../../../shared/charts/definitions';
import type { Forecast } from '../../../shared/forecast/engine';

/** The forecast charts as SVG, rendered on the server from the same definitions as the editor. */
export function renderChartSvgs(forecast: Forecast, locale: string, texts: ChartTexts, size = { width: 760, height: 380 }): Record<ChartKind, string> {
  const entries = CHART_KINDS.map((kind) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
    chart.setOption(chartOption(kind, forecast, { locale, texts, animation: false, width: size.width }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    return [kind, svg] as const;
  });
  return Object.fromEntries(entries) as Record<ChartKind, string>;
}
