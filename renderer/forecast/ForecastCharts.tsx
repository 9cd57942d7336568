import { SimpleGrid, Paper, Text } from '@mantine/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_KINDS, chartOption, type ChartKind } from '../../shared/charts/definitions';
import type { Forecast } from '../../shared/forecast/engine';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** One chart from the shared definitions, drawn as SVG and redrawn when the forecast changes. */
export function ChartView({ kind, forecast, height = 300 }: { kind: ChartKind; forecast: Forecast; height?: number }) {
  const { t, i18n } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The legend's rows depend on the width, so a resize can change the layout, not just the scale.
  const [width, setWidth] = useState<number | null>(null);

  useEffect(() => {
    if (!element.current) return;
    chart.current = echarts.init(element.current, null, { renderer: 'svg' });
    const resize = new ResizeObserver(([entry]) => {
      chart.current?.resize();
      if (entry) setWidth(Math.round(entry.contentRect.width / 40) * 40);
    });
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const texts = { grossMargin: t('forecast.grossMargin'), marginPercent: t('forecast.marginPercent'), otherLines: (count: number) => t('forecast.otherLines', { count }) };
    chart.current?.setOption(chartOption(kind, forecast, { locale: i18n.language, texts, ...(width ? { width } : {}) }), { notMerge: true });
  }, [kind, forecast, i18n.language, t, width]);

  return <div ref={element} style={{ height }} data-testid={`chart-${kind}`} role="img" aria-label={t(`forecast.charts.${kind}`)} />;
}

function Chart({ kind, forecast }: { kind: ChartKind; forecast: Forecast }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Text fw={600} size="sm" mb="xs">
        {t(`forecast.charts.${kind}`)}
      </Text>
      <ChartView kind={kind} forecast={forecast} />
    </Paper>
  );
}

export const ForecastCharts = memo(function ForecastCharts({ forecast }: { forecast: Forecast }) {
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }}>
      {CHART_KINDS.map((kind) => (
        <Chart key={kind} kind={kind} forecast={forecast} />
      ))}
    </SimpleGrid>
  );
});
