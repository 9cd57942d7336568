import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { type CHART_KINDS, chartOption } from '../../shared/charts/definitions';
import { computeForecast } from '../../shared/forecast/engine';
import { templateProject } from '../support/projects';

const texts = { grossMargin: 'Gross margin', marginPercent: 'Gross margin %' };

function renderSvg(kind: (typeof CHART_KINDS)[number]): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
  chart.setOption(chartOption(kind, computeForecast(templateProject('duna-cargo')), { locale: 'en', texts }));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('forecast charts', () => {
  it('stack the sales of every line by month, with month names and compact money on the axis', () => {
    const option = chartOption('salesByMonth', computeForecast(templateProject('duna-cargo')), { locale: 'en', texts });
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['FTL road freight', 'Groupage (LTL)', 'Contract warehousing', 'Customs brokerage']);
    expect(series[0]!.data[0]).toBe(190_000_000);
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['sales']));
    const svg = renderSvg('salesByMonth');
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Jan');
    expect(svg).toContain('Dec');
    expect(svg).toMatch(/>\d+(\.\d)?[MB]</); // e.g. 200M, 1.2B
  });

  it('show every plan year, and the margin with its percentage', () => {
    const svg = renderSvg('marginByYear');
    for (const year of ['2027', '2028', '2029', '2030', '2031']) expect(svg).toContain(`>${year}<`);
    expect(svg).toContain('Gross margin %');
    expect(renderSvg('salesByYear')).toContain('Customs brokerage');
  });

  it('format axes in the given locale', () => {
    const option = chartOption('salesByMonth', computeForecast(templateProject('duna-cargo')), { locale: 'hu', texts });
    expect((option.xAxis as { data: string[] }).data[0]).toBe('jan.');
  });
});
