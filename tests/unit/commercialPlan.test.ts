import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../shared/forecast/engine';
import { funnel, operatingPlan, salesBy, scenarios } from '../../shared/forecast/plan';
import { createBlankProject } from '../../shared/project/blank';
import { adjustmentFor, priceWaterfall, zonePrice } from '../../shared/pricing/prices';
import type { ForecastLine, Project } from '../../shared/project/schema';
import { arbitraryProject } from '../support/arbitraryProject';

const FT = 100; // one forint in fillér

/** An equipment maker: one product group listed at 1,000,000 Ft (unit cost 700,000), dealers at −12% with a bonus of up to 4%. */
function maker(): Project {
  const p = createBlankProject({ now: new Date('2026-11-28T00:00:00Z'), currency: 'HUF' });
  p.meta.horizonYears = 3;
  p.catalogues.productGroups = [
    { id: 'press', name: 'Presses', description: '', listPrice: 1_000_000 * FT, unitCost: 700_000 * FT },
    { id: 'spare', name: 'Spare parts', description: '', listPrice: null, unitCost: null },
  ];
  p.catalogues.channels = [
    { id: 'dealer', name: 'Dealers', description: '', kind: 'dealer' },
    { id: 'key', name: 'Key accounts', description: '', kind: 'keyAccount' },
  ];
  p.policy.channelRules.pricing.adjustments = [
    { channelId: 'dealer', productGroupId: '', zoneId: '', percent: -12 },
    { channelId: 'key', productGroupId: 'press', zoneId: '', percent: -7 },
  ];
  p.policy.channelRules.motivation.schemes = [
    {
      id: 's',
      ref: 1,
      owner: '',
      effectiveDate: null,
      name: 'Quarterly unit bonus',
      counterpartyTypeId: '',
      channelId: 'dealer',
      kpiId: '',
      period: 'quarterly',
      notes: '',
      tiers: [
        { id: 't1', threshold: 10, reward: '2%', rewardPercent: 2 },
        { id: 't2', threshold: 20, reward: '4%', rewardPercent: 4 },
      ],
    },
  ];
  return p;
}

const unitsLine = (over: Partial<ForecastLine>): ForecastLine => ({
  id: 'l',
  name: 'Presses through dealers',
  productGroupId: 'press',
  channelId: 'dealer',
  territoryId: null,
  unitName: 'press',
  priceSegment: 'high',
  planning: 'units',
  unitPrice: null,
  priceSource: 'policy',
  dealSize: null,
  year1: Array(12).fill(2),
  year1Generator: null,
  laterYears: [
    { mode: 'growth', value: 50 },
    { mode: 'amount', value: 30 },
  ],
  directCost: { mode: 'perUnit', value: 700_000 * FT },
  ...over,
});

describe('the price waterfall', () => {
  it('goes from list price through the dealer discount and the top bonus to the net price and margin', () => {
    const dealerPress = priceWaterfall(maker()).find((r) => r.channelId === 'dealer' && r.productGroupId === 'press')!;
    // 1,000,000 − 12% = 880,000 invoiced; the top bonus 4% of 880,000 = 35,200; net 844,800; margin 144,800 = 17.1% of net.
    expect(dealerPress).toMatchObject({ listPrice: 1_000_000 * FT, adjustmentPercent: -12, adjustment: -120_000 * FT, invoicePrice: 880_000 * FT, bonusPercent: 4, bonus: -35_200 * FT, netPrice: 844_800 * FT, unitCost: 700_000 * FT, margin: 144_800 * FT });
    expect(dealerPress.marginPercent).toBeCloseTo(17.14, 2);
    // Key accounts: −7%, no bonus scheme: 930,000 net, margin 230,000.
    expect(priceWaterfall(maker()).find((r) => r.channelId === 'key')).toMatchObject({ invoicePrice: 930_000 * FT, bonus: 0, netPrice: 930_000 * FT, margin: 230_000 * FT });
    // A product group without a list price has no waterfall.
    expect(priceWaterfall(maker()).some((r) => r.productGroupId === 'spare')).toBe(false);
  });

  it('takes the most specific adjustment: the group in the zone, the group, all groups in the zone, all groups', () => {
    const pricing = {
      adjustments: [
        { channelId: 'c', productGroupId: '', zoneId: '', percent: -10 },
        { channelId: 'c', productGroupId: '', zoneId: 'far', percent: -8 },
        { channelId: 'c', productGroupId: 'g', zoneId: '', percent: -5 },
        { channelId: 'c', productGroupId: 'g', zoneId: 'far', percent: -3 },
      ],
    };
    expect([adjustmentFor(pricing, 'c', 'g', 'far'), adjustmentFor(pricing, 'c', 'g'), adjustmentFor(pricing, 'c', 'h', 'far'), adjustmentFor(pricing, 'c', 'h'), adjustmentFor(pricing, 'x', 'g')]).toEqual([-3, -5, -8, -10, null]);
  });

  it('adds a zone surcharge as a percentage or per unit', () => {
    const zone = (mode: 'percent' | 'perUnit', value: number) => ({ id: 'z', name: 'Zone 2', description: '', territoryIds: [], surcharge: { mode, value } });
    expect(zonePrice(1_000_000 * FT, zone('percent', 3), 'HUF')).toBe(1_030_000 * FT);
    expect(zonePrice(1_000_000 * FT, zone('perUnit', 15_000 * FT), 'HUF')).toBe(1_015_000 * FT);
  });
});

describe('a forecast line priced from the price policy', () => {
  it('sells at the list price with the channel adjustment, and follows the matrix when it changes', () => {
    const project = maker();
    project.salesPlan.forecast.lines = [unitsLine({})];
    // 2 presses a month at 880,000 = 1,760,000 a month; 24 presses = 21,120,000 in year 1; 36 in year 2; 30 in year 3.
    const before = computeForecast(project);
    expect(before.lines[0]!.unitPrice).toBe(880_000 * FT);
    expect(before.lines[0]!.years.map((y) => y.sales)).toEqual([21_120_000 * FT, 31_680_000 * FT, 26_400_000 * FT]);
    // Dealers now get −10%: 900,000 a press.
    project.policy.channelRules.pricing.adjustments[0]!.percent = -10;
    const after = computeForecast(project);
    expect(after.lines[0]!.unitPrice).toBe(900_000 * FT);
    expect(after.lines[0]!.years[0]!.sales).toBe(21_600_000 * FT);
    // A group's own cell overrides the all-groups row.
    project.policy.channelRules.pricing.adjustments.push({ channelId: 'dealer', productGroupId: 'press', zoneId: '', percent: -15 });
    expect(computeForecast(project).lines[0]!.unitPrice).toBe(850_000 * FT);
    // Its own unit price is ignored while it is priced from the policy, and used again when it is not.
    project.salesPlan.forecast.lines[0]!.unitPrice = 1 * FT;
    expect(computeForecast(project).lines[0]!.unitPrice).toBe(850_000 * FT);
    project.salesPlan.forecast.lines[0]!.priceSource = 'own';
    expect(computeForecast(project).lines[0]!.unitPrice).toBe(1 * FT);
  });

  it("adds the zone surcharge of the line's territory when prices are set by zone, and the adjustment in that zone with any basis", () => {
    const project = maker();
    project.catalogues.territories = [
      { id: 'near', name: 'Near', description: '' },
      { id: 'far', name: 'Far', description: '' },
    ];
    project.catalogues.zones = [
      { id: 'z1', name: 'Zone 1', description: '', territoryIds: ['near'], surcharge: { mode: 'percent', value: 0 } },
      { id: 'z3', name: 'Zone 3', description: '', territoryIds: ['far'], surcharge: { mode: 'percent', value: 6 } },
    ];
    Object.assign(project.policy.channelRules.pricing, { basis: 'zone', baseZoneId: 'z1' });
    project.salesPlan.forecast.lines = [unitsLine({ territoryId: 'near' }), unitsLine({ id: 'far', territoryId: 'far' })];
    // Near: 1,000,000 − 12% = 880,000. Far: 1,060,000 − 12% = 932,800.
    expect(computeForecast(project).lines.map((l) => l.unitPrice)).toEqual([880_000 * FT, 932_800 * FT]);
    // Dealers pay −10% in zone 3 only: 1,060,000 − 10% = 954,000.
    project.policy.channelRules.pricing.adjustments.push({ channelId: 'dealer', productGroupId: '', zoneId: 'z3', percent: -10 });
    expect(computeForecast(project).lines.map((l) => l.unitPrice)).toEqual([880_000 * FT, 954_000 * FT]);
    // With ex-works prices a zone's surcharge is a delivery charge, not the product's price; the
    // zone's own adjustment still applies there: 1,000,000 − 10% = 900,000.
    project.policy.channelRules.pricing.basis = 'exWorks';
    expect(computeForecast(project).lines.map((l) => l.unitPrice)).toEqual([880_000 * FT, 900_000 * FT]);
  });

  it('sells nothing while its product group has no list price', () => {
    const project = maker();
    project.salesPlan.forecast.lines = [unitsLine({ productGroupId: 'spare' })];
    expect(computeForecast(project).totals.years[0]!.sales).toBe(0);
  });
});

describe('the plan below and around the forecast', () => {
  function plan(): Project {
    const project = maker();
    project.salesPlan.forecast.lines = [
      unitsLine({ territoryId: null, dealSize: 1_760_000 * FT }),
      unitsLine({ id: 'k', name: 'Presses to key accounts', channelId: 'key', year1: Array(12).fill(1), laterYears: [{ mode: 'growth', value: 0 }, { mode: 'growth', value: 0 }] }),
    ];
    project.salesPlan.context.operatingCosts = [
      { id: 'team', name: 'Sales team', category: 'salesTeam', mode: 'fixed', value: 10_000_000 * FT, yearlyChangePercent: 10 },
      { id: 'mkt', name: 'Marketing', category: 'marketing', mode: 'percentOfSales', value: 5, yearlyChangePercent: 0 },
    ];
    return project;
  }

  it('computes operating profit from gross margin less fixed and sales-linked costs', () => {
    const project = plan();
    const forecast = computeForecast(project);
    // Year 1 sales: dealers 21,120,000 + key accounts 12 × 930,000 = 11,160,000 → 32,280,000.
    // Direct cost: 36 presses × 700,000 = 25,200,000 → gross margin 7,080,000.
    // Costs: 10,000,000 + 5% × 32,280,000 = 1,614,000 → 11,614,000; operating profit −4,534,000.
    const op = operatingPlan(project, forecast);
    expect(forecast.totals.years[0]).toEqual({ sales: 32_280_000 * FT, cost: 25_200_000 * FT, margin: 7_080_000 * FT });
    expect(op.costs.map((c) => c.years[0])).toEqual([10_000_000 * FT, 1_614_000 * FT]);
    expect(op.operatingProfit[0]).toBe(-4_534_000 * FT);
    // Year 2: the team costs 11,000,000 (+10%).
    expect(op.costs[0]!.years[1]).toBe(11_000_000 * FT);
  });

  it('gives a low and a high case around the base, or on their own growth', () => {
    const project = plan();
    const forecast = computeForecast(project);
    const base = forecast.totals.years.map((y) => y.sales); // 32,280,000; 42,840,000; 37,560,000
    expect(base).toEqual([32_280_000 * FT, 42_840_000 * FT, 37_560_000 * FT]);
    project.salesPlan.context.scenarios = { mode: 'aroundBase', lowPercent: -15, highPercent: 10 };
    const around = scenarios(project, forecast)!;
    expect(around.low.sales).toEqual([27_438_000 * FT, 36_414_000 * FT, 31_926_000 * FT]);
    expect(around.high.sales).toEqual([35_508_000 * FT, 47_124_000 * FT, 41_316_000 * FT]);
    expect(around.base.sales).toEqual(base);
    // The low case keeps the base's 21.9% margin: 27,438,000 × 7,080,000 / 32,280,000 = 6,018,000.
    expect(around.low.grossMargin[0]).toBe(6_018_000 * FT);
    // …and pays 10,000,000 + 5% of its own sales (1,371,900): operating profit −5,353,900.
    expect(around.low.operatingProfit[0]).toBe(-5_353_900 * FT);
    project.salesPlan.context.scenarios = { mode: 'ownGrowth', lowPercent: 0, highPercent: 20 };
    const own = scenarios(project, forecast)!;
    expect(own.low.sales).toEqual([32_280_000 * FT, 32_280_000 * FT, 32_280_000 * FT]);
    expect(own.high.sales).toEqual([32_280_000 * FT, 38_736_000 * FT, 46_483_200 * FT]);
    project.salesPlan.context.scenarios = null;
    expect(scenarios(project, forecast)).toBeNull();
  });

  it('counts the deals a month the forecast needs against the leads marketing feeds', () => {
    const project = plan();
    const forecast = computeForecast(project);
    expect(funnel(project, forecast)).toBeNull(); // no leads or conversion yet
    project.salesPlan.context.qualifiedLeadsPerMonth = 10;
    project.salesPlan.context.leadConversionPercent = 10;
    // Dealers' line: 21,120,000 a year ÷ 1,760,000 a deal ÷ 12 = 1 deal a month; the funnel gives 10 × 10% = 1.
    const years = funnel(project, forecast)!;
    expect(years.map((y) => [y.label, y.dealsNeeded, y.dealsFed])).toEqual([
      ['2027', 1, 1],
      ['2028', 1.5, 1],
      ['2029', 1.25, 1],
    ]);
  });

  it('splits sales by channel, product group and territory so the rows add up to the totals', () => {
    fc.assert(
      fc.property(arbitraryProject, (project) => {
        const forecast = computeForecast(project);
        for (const dimension of ['channel', 'productGroup', 'territory'] as const) {
          const rows = salesBy(project, forecast, dimension);
          forecast.totals.years.forEach((year, y) => expect(rows.reduce((a, r) => a + r.years[y]!, 0)).toBe(year.sales));
          const yearOne = forecast.totals.months.reduce((a, m) => a + m.sales, 0);
          expect(rows.reduce((a, r) => a + r.quarters.reduce((q, v) => q + v, 0), 0)).toBe(yearOne);
        }
      }),
      { numRuns: 40 },
    );
  });
});
