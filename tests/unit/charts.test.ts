import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../shared/calendar';
import { type CHART_KINDS, chartOption, echartsOption, timelineChartData } from '../../shared/charts/definitions';
import { NO_FILL_COLOUR } from '../../main/services/export/docx/package';
import { timelineChart } from '../../main/services/export/docx/timelineChart';
import { computeForecast } from '../../shared/forecast/engine';
import { templateProject } from '../support/projects';

const texts = { grossMargin: 'Gross margin', marginPercent: 'Gross margin %', otherLines: (count: number) => `Other lines (${count})` };

function renderSvg(kind: (typeof CHART_KINDS)[number]): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
  chart.setOption(chartOption(kind, computeForecast(templateProject('duna-cargo')), { locale: 'en', texts }));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('forecast charts', () => {
  it('stack the sales of every line by month, with month names and the document’s money style on the axis', () => {
    const option = chartOption('salesByMonth', computeForecast(templateProject('duna-cargo')), { locale: 'en', texts });
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['FTL road freight', 'Groupage (LTL)', 'Contract warehousing', 'Customs brokerage']);
    expect(series[0]!.data[0]).toBe(190_000_000);
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['sales']));
    const svg = renderSvg('salesByMonth');
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Jan');
    expect(svg).toContain('Dec');
    expect(svg.replace(/&#160;|&nbsp;|\u00a0/g, ' ')).toMatch(/>HUF \d+(\.\d+)?(m|M|bn|B)</); // e.g. HUF 200M in "en", HUF 200m in "en-GB": as the text writes amounts
  });

  it('show every plan year, and the margin with its percentage', () => {
    const svg = renderSvg('marginByYear');
    for (const year of ['2027', '2028', '2029', '2030', '2031']) expect(svg).toContain(`>${year}<`);
    expect(svg).toContain('Gross margin %');
    expect(renderSvg('salesByYear')).toContain('Customs brokerage');
  });

  it('keep one colour per series: beyond seven lines the largest six stay and the rest add up to one series', () => {
    const project = templateProject('duna-cargo');
    const template = project.salesPlan.forecast.lines[0]!;
    project.salesPlan.forecast.lines = Array.from({ length: 12 }, (_, i) => ({ ...template, id: `l${i}`, name: `Line ${i}`, year1: template.year1.map((value) => value * (i + 1)) }));
    const forecast = computeForecast(project);
    const series = chartOption('salesByYear', forecast, { locale: 'en', texts }).series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['Line 6', 'Line 7', 'Line 8', 'Line 9', 'Line 10', 'Line 11', 'Other lines (6)']);
    // Nothing is lost: each year's stack still adds up to the year's total sales.
    forecast.totals.years.forEach((year, i) => expect(series.reduce((a, s) => a + s.data[i]!, 0)).toBeCloseTo(year.sales / 100, 2));
  });

  it('leave room under the plot for a legend that wraps', () => {
    const project = templateProject('duna-cargo');
    const narrow = chartOption('salesByMonth', computeForecast(project), { locale: 'en', texts, width: 360 });
    const wide = chartOption('salesByMonth', computeForecast(project), { locale: 'en', texts, width: 1200 });
    expect((narrow.grid as { bottom: number }).bottom).toBeGreaterThan((wide.grid as { bottom: number }).bottom);
  });

  it('draw lines named like object properties (__proto__, constructor) like any other, leaving Object.prototype alone', () => {
    const project = templateProject('duna-cargo');
    project.salesPlan.forecast.lines[0]!.name = '__proto__';
    project.salesPlan.forecast.lines[1]!.name = 'constructor';
    project.salesPlan.forecast.lines[2]!.name = 'toString';
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const kind of ['salesByMonth', 'salesByYear'] as const) {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
      chart.setOption(chartOption(kind, computeForecast(project), { locale: 'en', texts }));
      const svg = chart.renderToSVGString();
      chart.dispose();
      expect(svg).toContain('__proto__');
      expect(svg).toContain('constructor');
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('format axes in the given locale', () => {
    const option = chartOption('salesByMonth', computeForecast(templateProject('duna-cargo')), { locale: 'hu', texts });
    expect((option.xAxis as { data: string[] }).data[0]).toBe('jan.');
  });
});

describe('timelines', () => {
  const data = timelineChartData(
    'roadmapTimeline',
    [
      { label: 'Choose the CRM', periods: [null, { start: '2026-11-28', end: '2027-01-31' }] },
      { label: 'Split the teams', periods: [{ start: '2026-11-01', end: '2026-11-27' }, null] },
    ],
    [
      { name: 'Overdue', color: '#D55E00' },
      { name: 'To do', color: '#7F8A94' },
      { name: 'Done', color: '#009E73' },
    ],
    { currency: 'HUF', locale: 'en-GB', marker: { date: '2026-11-28', label: 'As of 28 Nov 2026' } },
  );

  it('hold each period as days, over whole months, leaving out a series no row has', () => {
    expect(data.series.map((s) => s.name)).toEqual(['Overdue', 'To do']);
    expect(data.series[1]!.spans).toEqual([{ from: dayNumber('2026-11-28'), to: dayNumber('2027-02-01') }, null]);
    expect(data.series[1]!.values).toEqual([65, null]);
    expect(data.dateRange).toEqual({ from: dayNumber('2026-11-01'), to: dayNumber('2027-02-01') });
  });

  it('draw each period as a bar on a time axis, the marked day as a line, the months named with the year first and at January', () => {
    const option = echartsOption(data, { legend: false, width: 481, fontSize: 8.5 });
    const series = option.series as { type: string; data: number[][]; markLine?: { data: { xAxis: number }[] } }[];
    expect(series.map((s) => s.type)).toEqual(['custom', 'custom']);
    expect(series[1]!.data).toEqual([[0, Date.UTC(2026, 10, 28), Date.UTC(2027, 1, 1)]]);
    expect(series[0]!.markLine!.data).toEqual([{ xAxis: Date.UTC(2026, 10, 28) }]);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 481, height: 120 });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('>Nov 2026<');
    expect(svg).toContain('>Dec<');
    expect(svg).toContain('>Jan 2027<');
    expect(svg).toContain('>As of 28 Nov 2026<');
    // Two bars: one per period, none for the empty cells.
    expect(svg.match(/<path d="[^"]+" fill="#(D55E00|7F8A94)"/g)).toHaveLength(2);
  });

  it('name each month after itself east of Greenwich too (the PDF is drawn in the user’s time zone)', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Budapest';
    try {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 481, height: 120 });
      chart.setOption(echartsOption(data, { legend: false, width: 481, fontSize: 8.5 }));
      const labels = [...chart.renderToSVGString().matchAll(/>([A-Z][a-z]{2}(?: \d{4})?)</g)].map((m) => m[1]);
      chart.dispose();
      expect(labels).toEqual(expect.arrayContaining(['Nov 2026', 'Dec', 'Jan 2027']));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('give the screen a font list a browser accepts: "Source Sans 3" quoted, a generic family last', () => {
    const option = echartsOption(data);
    expect((option.textStyle as { fontFamily: string }).fontFamily).toBe("'Source Sans 3', 'Noto Sans', Arial, sans-serif");
  });
});

describe('timelines as a Word chart', () => {
  const colours = [
    { name: 'Starter pack', color: '#0072B2' },
    { name: 'Group tests', color: '#E69F00' },
  ];

  it('stack each period on an unfilled offset from the last one’s end, in Excel’s day numbers', () => {
    const data = timelineChartData('onboardingTimeline', [{ label: '4 Jan 2027', periods: [{ start: '2027-01-04', end: '2027-01-04' }, { start: '2027-01-18', end: '2027-01-31' }] }], colours, { currency: 'HUF', locale: 'en-GB' });
    const word = timelineChart(data, 'en');
    // 4 Jan 2027 is Excel's day 46391; the tests start 13 days after the starter pack's one day.
    expect(word.series.map((s) => [s.name, s.color, s.values])).toEqual([
      ['(1)', NO_FILL_COLOUR, [46391]],
      ['Starter pack', '0072B2', [1]],
      ['(2)', NO_FILL_COLOUR, [13]],
      ['Group tests', 'E69F00', [14]],
    ]);
    // January 2027 on a weekly axis, dates in English whatever Word's language.
    expect(word.axis).toEqual({ minimum: 46388, maximum: 46419, interval: 7, numberFormat: '[$-809]d mmm' });
  });

  it('draw a one-day step at least a 150th of a long axis, the next period where it belongs', () => {
    const data = timelineChartData(
      'onboardingTimeline',
      [{ label: 'A', periods: [{ start: '2027-01-04', end: '2027-01-04' }, { start: '2027-12-01', end: '2027-12-31' }] }],
      colours,
      { currency: 'HUF', locale: 'hu-HU' },
    );
    const word = timelineChart(data, 'hu');
    // 365 days: at least 2 days a bar; the December bar still starts on 1 Dec (Excel's day 46722).
    expect(word.series[1]!.values).toEqual([2]);
    expect(46391 + 2 + word.series[2]!.values[0]!).toBe(46722);
    expect(word.axis.numberFormat).toBe('[$-40E]yyyy. mm.');
  });
});
