import { SimpleGrid, Paper, Text } from '@mantine/core';
import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_KINDS, chartData, echartsOption, scenarioChartData, type ChartData, type ChartKind } from '../../shared/charts/definitions';
import type { Forecast } from '../../shared/forecast/engine';
import type { ScenarioSet } from '../../shared/forecast/plan';

// Custom series and mark lines draw the document's timelines in the preview.
echarts.use([BarChart, LineChart, CustomChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** A chart's data drawn by ECharts as SVG, with its own legend, redrawn when the data changes. */
export function ChartView({ data, label, height = 300, testId }: { data: ChartData; label: string; height?: number; testId?: string }) {
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
    chart.current?.setOption(echartsOption(data, { width: width ?? 760 }), { notMerge: true });
  }, [data, width]);

  return <div ref={element} style={{ height }} data-testid={testId} role="img" aria-label={label} />;
}

/** One of the forecast's charts, in the interface's language. */
function ForecastChartView({ kind, forecast }: { kind: ChartKind; forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () => chartData(kind, forecast, { locale: i18n.language, texts: { grossMargin: t('forecast.grossMargin'), marginPercent: t('forecast.marginPercent'), otherLines: (count: number) => t('forecast.otherLines', { count }) } }),
    [kind, forecast, i18n.language, t],
  );
  return <ChartView data={data} label={t(`forecast.charts.${kind}`)} testId={`chart-${kind}`} />;
}

function Chart({ kind, forecast }: { kind: ChartKind; forecast: Forecast }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Text fw={600} size="sm" mb="xs">
        {t(`forecast.charts.${kind}`)}
      </Text>
      <ForecastChartView kind={kind} forecast={forecast} />
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

/** The low, base and high case's sales by plan year, drawn from the same definition as the document's. */
export function ScenarioChart({ set, forecast }: { set: ScenarioSet; forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () =>
      scenarioChartData(
        { low: set.low.sales, base: set.base.sales, high: set.high.sales },
        forecast.years.map((y) => y.label),
        { currency: forecast.currency, locale: i18n.language, texts: { low: t('forecast.scenarios.cases.low'), base: t('forecast.scenarios.cases.base'), high: t('forecast.scenarios.cases.high') } },
      ),
    [set, forecast, i18n.language, t],
  );
  return <ChartView data={data} label={t('forecast.scenarios.chart')} height={240} testId="chart-scenarios" />;
}
