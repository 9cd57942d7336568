import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { SalesForecastChapter } from '../../renderer/chapters/SalesPlanChapters';
import { FunnelCheck } from '../../renderer/forecast/ForecastResults';
import { forecastOf } from '../../renderer/forecast/figures';
import { ProjectSession } from '../../renderer/project/projectSession';
import type { ApiClient } from '../../shared/api/contract';
import type { Project } from '../../shared/project/schema';
import { templateProject } from '../support/projects';
import { renderWithApp } from './render';

// RevoGrid (a web component) and ECharts draw nothing useful in jsdom: the grid and the charts
// have their browser tests; here the settings, the tables and the figures around them are checked.
vi.mock('../../renderer/forecast/ForecastGrid', () => ({ ForecastGrid: () => null }));
vi.mock('../../renderer/forecast/ForecastCharts', () => ({ ForecastCharts: () => null, ScenarioChart: () => null, ChartView: () => null }));

/** Waits for the project to take typing that has paused (a state, however busy the machine). */
const PAUSE = { timeout: 10_000, interval: 20 };
const M = 100_000_000; // a million forints, in minor units

/**
 * Duna Cargo cut down to one money line a hand can follow: 10 M HUF a month (120 M a year, the
 * same every year), 60% direct cost, so a gross margin of 48 M a year; no costs, no scenarios.
 */
function simpleProject(): Project {
  return produce(templateProject('duna-cargo'), (d) => {
    const line = d.salesPlan.forecast.lines[0]!;
    Object.assign(line, { planning: 'money', priceSource: 'own', unitPrice: null, dealSize: null, year1: Array(12).fill(10 * M), year1Generator: null, directCost: { mode: 'percentOfSales', value: 60 } });
    line.laterYears = line.laterYears.map(() => ({ mode: 'growth' as const, value: 0 }));
    d.salesPlan.forecast.lines = [line];
    d.salesPlan.context.operatingCosts = [];
    d.salesPlan.context.scenarios = null;
  });
}

function setup(project: Project) {
  const api = { 'project:save': vi.fn(async () => ({ ok: true as const, value: { updatedAt: '2026-12-01T12:00:00.000Z' } })) };
  const session = new ProjectSession(api as unknown as ApiClient, 'duna', project, false);
  renderWithApp(<SalesForecastChapter session={session} />, api as unknown as ApiClient);
  return { session };
}

/** The figures of a table row, by its heading. */
const rowCells = (table: HTMLElement, heading: string) =>
  within(within(table).getByRole('rowheader', { name: heading }).closest('tr')!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the sales plan around the forecast', () => {
  it('prices a units line from the price policy, and its sales follow a changed adjustment', async () => {
    const base = templateProject('duna-cargo');
    const ltl = base.salesPlan.forecast.lines.findIndex((l) => l.productGroupId === 'ltl');
    const { session } = setup(
      produce(base, (d) => {
        // The panel shows the first line (the others are picked in the grid): Groupage goes first.
        const [line] = d.salesPlan.forecast.lines.splice(ltl, 1);
        d.salesPlan.forecast.lines.unshift(line!);
        Object.assign(line!, { planning: 'units', priceSource: 'own', unitPrice: 25_000 * 100, channelId: 'agents' });
        d.catalogues.productGroups.find((g) => g.id === 'ltl')!.listPrice = 20_000 * 100;
        const pricing = d.policy.channelRules.pricing;
        pricing.adjustments = pricing.adjustments.filter((a) => a.channelId !== 'agents');
        pricing.adjustments.push({ channelId: 'agents', productGroupId: 'ltl', zoneId: '', percent: 0 });
      }),
    );
    const units = session.getSnapshot().project.salesPlan.forecast.lines[0]!.year1.reduce((a, b) => a + b, 0);
    const panel = () => screen.getByTestId('line-panel');
    expect(within(panel()).getByLabelText('Unit price (HUF)')).toHaveValue('25,000');

    await userEvent.click(within(panel()).getByRole('radio', { name: 'The price policy' }));
    const price = await within(panel()).findByLabelText('Unit price from the price policy (HUF)');
    expect(price).toHaveValue('20,000');
    expect(price).toHaveAttribute('readonly');
    expect(panel()).toHaveTextContent('List price HUF 20,000 ±0% for Forwarding agents.');
    expect(within(panel()).getByRole('link', { name: 'Open the price matrix' })).toHaveAttribute('href', expect.stringContaining('/channelRules/'));

    // Sales by product group, in millions of HUF: the line's year is its units at the policy price.
    await userEvent.click(screen.getByRole('radio', { name: 'By product group' }));
    const breakdown = screen.getByRole('table', { name: 'Sales by channel, product group or territory' });
    // Year 1 of the line in millions (rounded so that the column adds up: within 0.1 of the exact figure).
    const shown = () => Number(rowCells(breakdown, 'Groupage (LTL)')[4]!.replace(/,/g, ''));
    const columnAddsUp = () => {
      const column = within(breakdown).getAllByRole('row').slice(2).map((row) => Number(row.querySelectorAll('td')[4]!.textContent!.replace(/,/g, '')));
      expect(column.slice(0, -1).reduce((a, b) => a + b, 0)).toBeCloseTo(column.at(-1)!, 6);
    };
    // The breakdown follows a beat behind (a deferred value): wait for it.
    await vi.waitFor(() => expect(Math.abs(shown() - (units * 20_000) / 1e6)).toBeLessThanOrEqual(0.1));
    columnAddsUp();

    // A 12% discount for agents in the price matrix: the price and the sales follow.
    session.update((d) => void (d.policy.channelRules.pricing.adjustments.find((a) => a.channelId === 'agents' && a.productGroupId === 'ltl')!.percent = -12), 'test');
    await vi.waitFor(() => expect(within(panel()).getByLabelText('Unit price from the price policy (HUF)')).toHaveValue('17,600'));
    expect(panel()).toHaveTextContent('List price HUF 20,000 −12% for Forwarding agents.');
    await vi.waitFor(() => expect(Math.abs(shown() - (units * 17_600) / 1e6)).toBeLessThanOrEqual(0.1));
    columnAddsUp();
    expect(forecastOf(session.getSnapshot().project).lines[0]!.years[0]!.sales).toBe(units * 17_600 * 100);
  });

  it('takes off an added operating cost to show the operating profit', async () => {
    const { session } = setup(simpleProject());
    const costs = screen.getByRole('region', { name: 'Operating costs' });
    expect(within(costs).getByTestId('operating-profit')).toHaveTextContent('Add the operating costs above');
    await userEvent.click(within(costs).getByRole('button', { name: 'Add cost' }));
    await userEvent.type(within(costs).getByLabelText('Cost'), 'Sales team');
    const amount = within(costs).getByLabelText('Amount or share');
    await userEvent.clear(amount);
    await userEvent.type(amount, '30000000');
    await vi.waitFor(() => expect(session.getSnapshot().project.salesPlan.context.operatingCosts).toMatchObject([{ name: 'Sales team', mode: 'fixed', value: 30 * M }]), PAUSE);

    // 120 M sales, 48 M gross margin, less 30 M: 18 M a year, in thousands of HUF.
    const table = await within(costs).findByRole('table', { name: 'Gross margin, operating costs and operating profit by year' });
    expect(within(costs).getByText('Amounts in thousands of HUF')).toBeInTheDocument();
    expect(rowCells(table, 'Gross margin')).toEqual(Array(5).fill('48,000.0'));
    expect(rowCells(table, 'Sales team')).toEqual(Array(5).fill('30,000.0'));
    expect(rowCells(table, 'Operating profit')).toEqual(Array(5).fill('18,000.0'));
    expect(rowCells(table, 'Operating margin %')).toEqual(Array(5).fill('15.0%'));
  });

  it('shows the low, base and high case once the scenarios are switched on', async () => {
    const { session } = setup(produce(simpleProject(), (d) => void (d.salesPlan.context.operatingCosts = [{ id: 'team', name: 'Sales team', category: 'salesTeam', mode: 'fixed', value: 30 * M, yearlyChangePercent: 0 }])));
    const part = screen.getByRole('region', { name: 'Scenarios' });
    expect(within(part).getByTestId('scenario-results')).toHaveTextContent('Switch the scenarios on');
    await userEvent.click(within(part).getByRole('switch', { name: 'Plan a low and a high case' }));
    const high = within(part).getByLabelText(/^High case/);
    await userEvent.clear(high);
    await userEvent.type(high, '20');
    await vi.waitFor(() => expect(session.getSnapshot().project.salesPlan.context.scenarios).toEqual({ mode: 'aroundBase', lowPercent: -10, highPercent: 20 }), PAUSE);

    // Low: 108 M sales, 43.2 M margin (40%), 13.2 M profit; high: 144 M, 57.6 M, 27.6 M. The 30 M team stays.
    const table = await within(part).findByRole('table', { name: 'Sales and operating profit in the low, base and high case' });
    const rows = within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows.slice(1)).toEqual([
      ['Sales'],
      ['Low', ...Array(5).fill('108,000.0')],
      ['Base', ...Array(5).fill('120,000.0')],
      ['High', ...Array(5).fill('144,000.0')],
      ['Operating profit'],
      ['Low', ...Array(5).fill('13,200.0')],
      ['Base', ...Array(5).fill('18,000.0')],
      ['High', ...Array(5).fill('27,600.0')],
    ]);
  });
});

describe('the funnel check', () => {
  /** 120 M a year from lines with a 5 M average deal: 2 deals a month; 10 leads at 20% feed 2. */
  const funnelProject = (dealSize: number) =>
    produce(simpleProject(), (d) => {
      d.salesPlan.forecast.lines[0]!.dealSize = dealSize;
      Object.assign(d.salesPlan.context, { qualifiedLeadsPerMonth: 10, leadConversionPercent: 20 });
    });

  it('says the leads carry the forecast when the deals needed do not exceed those fed', () => {
    const project = funnelProject(5 * M);
    renderWithApp(<FunnelCheck project={project} forecast={forecastOf(project)} />, {});
    expect(rowCells(screen.getByRole('table'), 'Deals needed a month')).toEqual(Array(5).fill('2'));
    expect(rowCells(screen.getByRole('table'), 'Deals fed a month')).toEqual(Array(5).fill('2'));
    expect(screen.queryByTestId('funnel-warning')).not.toBeInTheDocument();
    expect(screen.getByTestId('funnel-ok')).toBeInTheDocument();
  });

  it('warns, year by year, when the forecast needs more deals than the leads bring', () => {
    const project = funnelProject(4 * M);
    renderWithApp(<FunnelCheck project={project} forecast={forecastOf(project)} />, {});
    expect(rowCells(screen.getByRole('table'), 'Deals needed a month')).toEqual(Array(5).fill('2.5'));
    expect(screen.getByTestId('funnel-warning')).toHaveTextContent('2027, 2028, 2029, 2030, 2031: the forecast needs more deals than the leads can bring.');
    expect(screen.queryByTestId('funnel-ok')).not.toBeInTheDocument();
  });

  it('asks for what it needs until the leads, the conversion and a deal size are given', () => {
    const project = produce(funnelProject(5 * M), (d) => void (d.salesPlan.context.leadConversionPercent = null));
    renderWithApp(<FunnelCheck project={project} forecast={forecastOf(project)} />, {});
    expect(screen.getByText(/To check the funnel/)).toBeInTheDocument();
    expect(screen.queryByTestId('funnel-warning')).not.toBeInTheDocument();
  });
});
