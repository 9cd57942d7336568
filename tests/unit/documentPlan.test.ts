import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/build';
import { plainTextOf, type DocumentModel, type TableBlock } from '../../shared/document/model';
import { computeForecast } from '../../shared/forecast/engine';
import { operatingPlan } from '../../shared/forecast/plan';
import { createBlankProject } from '../../shared/project/blank';
import type { Project } from '../../shared/project/schema';
import { templateProject } from '../support/projects';

/**
 * The issue-15 content in the document: zones, the all-groups row of the price matrix, the price
 * waterfall, credit exceptions, sales by dimension, operating profit, the funnel and scenarios.
 * Figures are small enough to check by hand.
 */

const HUF = (major: number) => major * 100;

/** One product group listed at HUF 1,000,000 costing 700,000; dealers get −12% on every group and a bonus of up to 4%. */
function pricedProject(): Project {
  const project = createBlankProject({ id: 'plan', now: new Date('2026-11-28T00:00:00Z'), currency: 'HUF' });
  project.meta.horizonYears = 2;
  project.catalogues.productGroups = [
    { id: 'presses', name: 'Presses', description: '', listPrice: HUF(1_000_000), unitCost: HUF(700_000) },
    { id: 'parts', name: 'Spare parts', description: '', listPrice: null, unitCost: null },
  ];
  project.catalogues.territories = [{ id: 'west', name: 'West', description: '' }];
  project.catalogues.zones = [{ id: 'z1', name: 'Near', description: '', territoryIds: ['west'], surcharge: { mode: 'percent', value: 5 } }];
  project.catalogues.channels = [
    { id: 'dealers', name: 'Dealers', description: '', kind: 'dealer' },
    { id: 'kam', name: 'Key accounts', description: '', kind: 'keyAccount' },
  ];
  const pricing = project.policy.channelRules.pricing;
  pricing.basis = 'zone';
  pricing.baseZoneId = 'z1';
  pricing.adjustments = [
    // Dealers: −12% on all product groups; key accounts: −5% on spare parts only, +2% in the Near zone.
    { channelId: 'dealers', productGroupId: '', zoneId: '', percent: -12 },
    { channelId: 'kam', productGroupId: 'parts', zoneId: '', percent: -5 },
    { channelId: 'kam', productGroupId: 'parts', zoneId: 'z1', percent: 2 },
  ];
  project.policy.channelRules.motivation.schemes = [
    {
      id: 's1',
      ref: 1,
      owner: '',
      effectiveDate: null,
      name: 'Dealer bonus',
      counterpartyTypeId: '',
      channelId: 'dealers',
      kpiId: '',
      period: 'annual',
      notes: '',
      tiers: [
        { id: 'a', threshold: 10, reward: '2%', rewardPercent: 2 },
        { id: 'b', threshold: 20, reward: '4%', rewardPercent: 4 },
      ],
    },
  ];
  project.policy.channelRules.creditPolicy.terms = [
    {
      id: 't1',
      ref: 1,
      owner: '',
      effectiveDate: null,
      channelId: 'dealers',
      paymentDays: 45,
      creditLimit: HUF(5_000_000),
      limitScope: 'perPartner',
      prepaymentPercent: 0,
      conditions: '',
      exceptions: [
        { id: 'e1', productGroupId: 'presses', minOrder: null, prepaymentPercent: 30, paymentDays: 30, note: 'Machines are built to order.' },
        { id: 'e2', productGroupId: '', minOrder: HUF(10_000_000), prepaymentPercent: 50, paymentDays: 15, note: '' },
      ],
    },
    { id: 't2', ref: 2, owner: '', effectiveDate: null, channelId: 'kam', paymentDays: 30, creditLimit: HUF(20_000_000), limitScope: 'channel', prepaymentPercent: 0, conditions: '', exceptions: [] },
  ];
  const line = (id: string, channelId: string, monthly: number): Project['salesPlan']['forecast']['lines'][number] => ({
    id,
    name: id === 'l1' ? 'Presses via dealers' : 'Parts to key accounts',
    productGroupId: id === 'l1' ? 'presses' : 'parts',
    channelId,
    territoryId: id === 'l1' ? 'west' : null,
    unitName: 'machine',
    priceSegment: 'high',
    planning: id === 'l1' ? 'units' : 'money',
    unitPrice: null,
    priceSource: id === 'l1' ? 'policy' : 'own',
    dealSize: id === 'l1' ? HUF(880_000) : null,
    year1: Array.from({ length: 12 }, () => monthly),
    year1Generator: null,
    laterYears: [{ mode: 'growth', value: 10 }],
    directCost: { mode: 'percentOfSales', value: 60 },
  });
  // 10 presses a month at the dealers' policy price (880,000) and HUF 1,000,000 of parts a month.
  project.salesPlan.forecast.lines = [line('l1', 'dealers', 10), line('l2', 'kam', HUF(1_000_000))];
  project.salesPlan.context.qualifiedLeadsPerMonth = 40;
  project.salesPlan.context.leadConversionPercent = 25;
  project.salesPlan.context.operatingCosts = [
    { id: 'c1', name: 'Sales team', category: 'salesTeam', mode: 'fixed', value: HUF(12_000_000), yearlyChangePercent: 0 },
    { id: 'c2', name: 'Marketing', category: 'marketing', mode: 'percentOfSales', value: 2, yearlyChangePercent: 0 },
  ];
  project.salesPlan.context.scenarios = { mode: 'aroundBase', lowPercent: -10, highPercent: 10 };
  return project;
}

const tableIn = (model: DocumentModel, id: string) => model.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id);
const rowsOf = (model: DocumentModel, id: string) => tableIn(model, id)?.rows.map((r) => r.cells.map((c) => c.replace(/\u00a0/g, ' '))) ?? [];

describe('the document’s pricing, credit and plan figures', () => {
  const model = buildDocument(pricedProject(), { draft: false });
  const text = plainTextOf(model).replace(/\u00a0/g, ' ');

  it('prints the zones and names the base zone', () => {
    expect(rowsOf(model, 'zones')).toEqual([['Near', 'West', '+5%']]);
    expect(text).toContain('List prices are the prices of the Near zone; every other zone adds its surcharge.');
  });

  it('shows the channel’s row for all product groups in the price matrix, a group’s own cell winning', () => {
    const matrix = tableIn(model, 'adjustments')!;
    expect(matrix.columns.map((c) => c.header)).toEqual(['Channel', 'All product groups', 'Spare parts']);
    // Dealers' −12% holds for spare parts too; key accounts have only their own cell.
    expect(rowsOf(model, 'adjustments')).toEqual([
      ['Dealers', '−12%', '−12%'],
      ['Key accounts', '–', '−5%'],
    ]);
    expect(matrix.note).toContain('A product group’s own figure overrides the channel’s figure for all product groups.');
    expect(rowsOf(model, 'zone-adjustments')).toEqual([['Key accounts', 'Spare parts', 'Near', '+2%']]);
  });

  it('works the price waterfall down from list price to margin, as by hand', () => {
    const rows = rowsOf(model, 'price-waterfall');
    // List 1,000,000, −12% → invoice 880,000; top bonus 4% of it is 35,200 → net 844,800; less the unit cost 700,000 → margin 144,800, 17.1% of the net price.
    expect(rows).toContainEqual(['– Presses', '1,000,000', '−12%', '880,000', '4%', '844,800', '700,000', '144,800', '17.1%']);
    expect(rows).toContainEqual(['– Presses', '1,000,000', '0%', '1,000,000', '0%', '1,000,000', '700,000', '300,000', '30.0%']);
    // Each channel heads its product groups; spare parts have no list price, so no row.
    expect(rows.map((r) => r[0])).toEqual(['Dealers', '– Presses', 'Key accounts', '– Presses']);
    const chart = model.blocks.find((b) => b.kind === 'chart' && b.id === 'chart-price-waterfall');
    expect(chart?.kind === 'chart' && chart.chart.series.map((s) => [s.name, s.values])).toEqual([
      ['Unit cost', [70, 70]],
      ['Margin', [14.5, 30]],
      ['Top bonus', [3.5, 0]],
      ['Channel discount', [12, 0]],
    ]);
  });

  it('prints each channel’s credit exceptions under its terms, and the scope of its limit', () => {
    const table = tableIn(model, 'credit-terms')!;
    expect(table.columns.map((c) => c.header)).toContain('Limit for');
    expect(rowsOf(model, 'credit-terms')).toEqual([
      ['C-1', 'Dealers', '45', 'HUF 5,000,000', 'each partner', '0%', ''],
      ['', '– Presses', '30', '', '', '30%', 'Machines are built to order.'],
      ['', '– orders from HUF 10m', '15', '', '', '50%', ''],
      ['C-2', 'Key accounts', '30', 'HUF 20,000,000', 'the whole channel', '0%', ''],
    ]);
  });

  it('says which unit prices come from the price policy', () => {
    expect(rowsOf(model, 'forecast-units')[0]).toEqual(['Presses via dealers', 'machine', 'HUF 880,000', '120', '132']);
    expect(tableIn(model, 'forecast-units')?.note).toBe('The unit prices of Presses via dealers come from the price policy: the list price with the channel’s adjustment (section 4.1).');
  });

  it('breaks sales down by channel, product group and territory, rows adding to the total', () => {
    // Presses: 10 × 880,000 = 8.8m a month, 105.6m a year, 116.16m the next; parts 12m, then 13.2m.
    // In HUF m without decimals, as every plan table with an amount of three digits.
    expect(rowsOf(model, 'sales-by-channel')).toEqual([
      ['Dealers', '26', '26', '26', '26', '106', '116'],
      ['Key accounts', '3', '3', '3', '3', '12', '13'],
      ['Total sales', '29', '29', '29', '29', '118', '129'],
    ]);
    expect(rowsOf(model, 'sales-by-territory').map((r) => r[0])).toEqual(['West', 'Not assigned', 'Total sales']);
    expect(tableIn(model, 'sales-by-channel')?.caption.text).toBe('Sales by channel (HUF m); the largest: Dealers, 90% of sales');
    expect(model.blocks.some((b) => b.kind === 'chart' && b.id === 'chart-sales-by-channel')).toBe(true);
  });

  it('takes gross margin down to operating profit by plan year', () => {
    const plan = operatingPlan(pricedProject(), computeForecast(pricedProject()));
    // 2027: gross margin 40% of 117.6m = 47.04m; costs 12m + 2% of sales 2.352m = 14.352m; operating profit 32.688m.
    expect(plan.operatingProfit[0]).toBe(HUF(32_688_000));
    expect(rowsOf(model, 'operating-plan')).toEqual([
      ['Sales', '118', '129'],
      ['Gross margin', '47', '52'],
      ['Sales team', '12', '12'],
      ['Marketing, 2% of sales', '2', '3'],
      ['Total operating costs', '14', '15'],
      ['Operating profit %', '27.8%', '28.7%'],
      ['Operating profit', '33', '37'],
    ]);
    expect(tableIn(model, 'operating-plan')?.rows.at(-1)?.emphasis).toBe('total');
  });

  it('sets the deals the forecast needs against those the leads bring, and says what follows', () => {
    // 105.6m ÷ 880,000 = 120 deals a year, 10 a month; 40 leads × 25% = 10 deals a month.
    expect(rowsOf(model, 'funnel')).toEqual([
      ['2027', '10.0', '10.0', '100%'],
      ['2028', '11.0', '10.0', '91%'],
    ]);
    expect(text).toContain('The 40 qualified leads a month, at 25% conversion, bring 10.0 deals a month; from 2028 the forecast needs 11.0');
  });

  it('prints the scenarios as a table and a range chart', () => {
    const rows = rowsOf(model, 'scenarios');
    expect(rows.map((r) => r[0])).toEqual([
      'Pessimistic scenario: sales',
      'Base scenario: sales',
      'Optimistic scenario: sales',
      'Pessimistic scenario: operating profit',
      'Base scenario: operating profit',
      'Optimistic scenario: operating profit',
    ]);
    // 90% and 110% of 117.6m and 129.36m.
    expect(rows[0]!.slice(1)).toEqual(['106', '116']);
    expect(rows[2]!.slice(1)).toEqual(['129', '142']);
    expect(tableIn(model, 'scenarios')?.caption.text).toBe('Scenarios (HUF m): sales −10% and +10% against the base case');
    const chart = model.blocks.find((b) => b.kind === 'chart' && b.id === 'chart-scenarios');
    expect(chart?.kind === 'chart' && chart.chart.band).toBe(true);
  });

  it('gives the operating profit and the scenarios’ sales among the key figures', () => {
    expect(rowsOf(model, 'key-figures')).toEqual(
      expect.arrayContaining([
        // 2028: sales 116.16m + 13.2m = 129.36m, gross margin 40% = 51.744m, less 12m and 2% of sales (2.5872m) = 37.1568m.
        ['Operating profit in 2028', 'HUF 37.2m'],
        ['Sales in 2028, by scenario', 'HUF 116m pessimistic, HUF 129m base, HUF 142m optimistic'],
      ]),
    );
  });

  it('prints none of it when the inputs are empty', () => {
    const blank = buildDocument(createBlankProject({ id: 'b', now: new Date('2026-11-28T00:00:00Z'), currency: 'HUF' }), { draft: false });
    for (const id of ['zones', 'zone-adjustments', 'price-waterfall', 'sales-by-channel', 'sales-by-productGroup', 'sales-by-territory', 'operating-plan', 'funnel', 'scenarios']) expect(tableIn(blank, id)).toBeUndefined();
    expect(blank.blocks.filter((b) => b.kind === 'chart')).toEqual([]);
    // A forecast without costs, leads, scenarios or list prices: the forecast's own tables only.
    const project = pricedProject();
    project.catalogues.productGroups.forEach((g) => (g.listPrice = null));
    project.catalogues.zones = [];
    project.salesPlan.context.operatingCosts = [];
    project.salesPlan.context.leadConversionPercent = null;
    project.salesPlan.context.scenarios = null;
    const bare = buildDocument(project, { draft: false });
    for (const id of ['zones', 'price-waterfall', 'operating-plan', 'funnel', 'scenarios']) expect(tableIn(bare, id)).toBeUndefined();
    // Without list prices the policy-priced presses sell for nothing: one channel sells, so no chart by channel either.
    expect(bare.blocks.flatMap((b) => (b.kind === 'chart' ? [b.id] : []))).toEqual(['chart-salesByMonth', 'chart-salesByYear', 'chart-marginByYear']);
    expect(rowsOf(bare, 'key-figures').map((r) => r[0])).not.toContain('Operating profit in 2028');
  });

  it('says it all in Hungarian business terms', () => {
    const project = pricedProject();
    project.meta.outputLanguage = 'hu';
    const hu = buildDocument(project, { draft: false });
    expect(tableIn(hu, 'price-waterfall')?.columns.map((c) => c.header)).toEqual(['Csatorna és termékcsoport', 'Listaár', 'Eltérés', 'Számlázott ár', 'Legmagasabb bónusz', 'Nettó ár', 'Közvetlen költség', 'Fedezet', 'Fedezet (%)']);
    expect(rowsOf(hu, 'operating-plan').at(-1)?.[0]).toBe('Üzemi eredmény');
    expect(rowsOf(hu, 'scenarios')[0]?.[0]).toBe('Pesszimista forgatókönyv: árbevétel');
    expect(tableIn(hu, 'sales-by-channel')?.columns.map((c) => c.header).slice(1, 5)).toEqual(['I. n. év', 'II. n. év', 'III. n. év', 'IV. n. év']);
  });
});

describe('the Duna Cargo sample’s new figures', () => {
  it("prints each channel's ranges instead of hundreds of waterfall rows", () => {
    const project = createBlankProject({ now: new Date('2026-11-28T00:00:00Z'), currency: 'HUF' });
    project.catalogues.productGroups = Array.from({ length: 10 }, (_, g) => ({ id: `g${g}`, name: `Group ${g + 1}`, description: '', listPrice: HUF(1_000), unitCost: HUF(600) }));
    project.catalogues.channels = Array.from({ length: 9 }, (_, c) => ({ id: `c${c}`, name: `Channel ${c + 1}`, description: '', kind: 'dealer' as const }));
    // Channel 1: −10% on groups 1–5, −20% on 6–10 (net 90% or 80% of list; margin 33.3% or 25.0%).
    project.policy.channelRules.pricing.adjustments = project.catalogues.productGroups.map((g, i) => ({ channelId: 'c0', productGroupId: g.id, zoneId: '', percent: i < 5 ? -10 : -20 }));
    const table = tableIn(buildDocument(project, { draft: false }), 'price-waterfall')!;
    expect(table.caption.text).toBe('Price waterfall of 9 channels, ranges over their product groups: net price 80.0% to 100.0% of list');
    expect(table.rows).toHaveLength(9);
    expect(table.rows[0]!.cells.map((c) => c.replace(/\u00a0/g, ' '))).toEqual(['Channel 1', '10', '−20% – −10%', '0%', '80.0% – 90.0%', '25.0% – 33.3%']);
  });

  it('print in both languages', () => {
    for (const language of ['en', 'hu'] as const) {
      const model = buildDocument(templateProject('duna-cargo', language), { draft: false });
      for (const id of ['zones', 'adjustments', 'zone-adjustments', 'price-waterfall', 'credit-terms', 'sales-by-channel', 'operating-plan', 'funnel', 'scenarios']) expect(tableIn(model, id), `${language} ${id}`).toBeDefined();
    }
  });
});
