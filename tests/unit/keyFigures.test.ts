import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/build';
import { computeForecast } from '../../shared/forecast/engine';
import { createBlankProject } from '../../shared/project/blank';
import type { Project } from '../../shared/project/schema';
import { keyFigures } from '../../shared/summary/keyFigures';
import { templateProject } from '../support/projects';

/**
 * A project small enough to compute by hand: one line selling HUF 100,000 a month (1.2 M in the
 * first year), growing 10% a year for three years, with direct costs at 60% of sales.
 */
function handComputedProject(): Project {
  const project = createBlankProject({ id: 'kf', now: new Date('2026-11-28T00:00:00Z'), currency: 'HUF' });
  project.meta.horizonYears = 3;
  project.salesPlan.context.marketGrowthPercent = 4;
  project.salesPlan.context.businessGoal = { description: '', profitTarget: 500_000_00, year: 2028 };
  project.catalogues.channels = [
    { id: 'c1', name: 'Dealers', description: '', kind: 'dealer' },
    { id: 'c2', name: 'Key accounts', description: '', kind: 'keyAccount' },
  ];
  project.catalogues.counterpartyTypes = [{ id: 'p1', name: 'Dealer', description: '' }];
  project.policy.channelRules.creditPolicy.terms = [
    { id: 't1', ref: 1, owner: '', effectiveDate: null, channelId: 'c1', paymentDays: 45, creditLimit: 1_000_000_00, limitScope: 'perPartner', prepaymentPercent: 0, conditions: '', exceptions: [] },
    { id: 't2', ref: 2, owner: '', effectiveDate: null, channelId: 'c2', paymentDays: 15, creditLimit: 3_000_000_00, limitScope: 'perPartner', prepaymentPercent: 0, conditions: '', exceptions: [] },
  ];
  project.policy.channelRules.motivation.schemes = [
    {
      id: 's1',
      ref: 1,
      owner: '',
      effectiveDate: null,
      name: 'Volume bonus',
      counterpartyTypeId: 'p1',
      channelId: 'c1',
      kpiId: '',
      period: 'annual',
      notes: '',
      tiers: [
        { id: 'a', threshold: 10, reward: '2%', rewardPercent: 2 },
        { id: 'b', threshold: 20, reward: '3.5%', rewardPercent: 3.5 },
      ],
    },
  ];
  project.salesPlan.forecast.lines = [
    {
      id: 'l1',
      name: 'Freight',
      productGroupId: null,
      channelId: 'c1',
      territoryId: null,
      unitName: '',
      priceSegment: 'mid',
      planning: 'money',
      unitPrice: null,
      priceSource: 'own',
      dealSize: null,
      year1: Array.from({ length: 12 }, () => 100_000_00),
      year1Generator: null,
      laterYears: [
        { mode: 'growth', value: 10 },
        { mode: 'growth', value: 10 },
      ],
      directCost: { mode: 'percentOfSales', value: 60 },
    },
  ];
  return project;
}

describe('the executive summary’s key figures', () => {
  it('equal a hand computation: size, growth against the market, margin, profit target, terms', () => {
    const k = keyFigures(handComputedProject());
    expect(k.firstYear).toEqual({ label: '2027', sales: 1_200_000_00 });
    expect(k.lastYear).toEqual({ label: '2029', sales: 1_452_000_00 });
    // (1,452,000 / 1,200,000)^(1/2) − 1 = 10%.
    expect(k.averageGrowthPercent).toBeCloseTo(10, 10);
    expect(k.marketGrowthPercent).toBe(4);
    expect(k.grossMarginPercent).toBeCloseTo(40, 10);
    // 2028: sales 1,320,000, margin 40% = 528,000 ≥ 500,000.
    expect(k.profitTarget).toEqual({ target: 500_000_00, yearLabel: '2028', calendarYear: 2028, margin: 528_000_00, basis: 'grossMargin', met: true });
    expect(k).toMatchObject({ channels: 2, partnerTypes: 1, credit: { minDays: 15, maxDays: 45, largestLimit: 3_000_000_00 }, bonus: { schemes: 1, bestRewardPercent: 3.5 } });
  });

  it('say so when the plan misses the profit target, or does not reach its year', () => {
    const project = handComputedProject();
    project.salesPlan.context.businessGoal = { description: '', profitTarget: 600_000_00, year: 2028 };
    expect(keyFigures(project).profitTarget).toMatchObject({ margin: 528_000_00, met: false });
    project.salesPlan.context.businessGoal.year = 2035;
    expect(keyFigures(project).profitTarget).toMatchObject({ yearLabel: null, margin: null, met: null });
  });

  it('are printed in the summary as computed, in both languages', () => {
    const project = handComputedProject();
    const table = (p: Project) => {
      const block = buildDocument(p, { draft: false }).blocks.find((b) => b.kind === 'table' && b.id === 'key-figures');
      return block?.kind === 'table' ? block.rows.map((r) => r.cells.join(' = ').replace(/\u00a0/g, ' ')) : [];
    };
    expect(table(project)).toEqual([
      'Sales in 2027 = HUF 1.2m',
      'Sales in 2029 = HUF 1.45m',
      'Average annual growth of sales = 10.0% a year, against a market growing 4% a year',
      'Gross margin over the plan = 40.0%',
      'Profit target for 2028 = HUF 500,000: reached, with a gross margin of HUF 528,000 before other costs',
      'Channels and partners = 2 sales channels, 1 kind of partner',
      'Credit terms = 15–45 days to pay, credit limits up to HUF 3m',
      'Partner bonuses = 1 scheme, rewards up to 3.5%',
    ]);
    project.meta.outputLanguage = 'hu';
    expect(table(project)[0]).toBe('Árbevétel, 2027 = 1,2 M Ft');
  });

  it('of the Duna Cargo sample equal its forecast', () => {
    for (const language of ['en', 'hu'] as const) {
      const project = templateProject('duna-cargo', language);
      const forecast = computeForecast(project);
      const k = keyFigures(project, forecast);
      expect(k.firstYear?.sales).toBe(forecast.totals.years[0]!.sales);
      expect(k.lastYear?.sales).toBe(forecast.totals.years.at(-1)!.sales);
      const margin = forecast.totals.years.reduce((a, f) => a + f.margin, 0) / forecast.totals.years.reduce((a, f) => a + f.sales, 0);
      expect(k.grossMarginPercent).toBeCloseTo(margin * 100, 10);
    }
  });
});
