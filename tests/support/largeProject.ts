import type { ForecastLine, Project } from '../../shared/project/schema';
import { projectIssues } from '../../shared/project/validate';
import { richTextFromPlain } from '../../shared/text/richText';
import { templateProject } from './projects';

/**
 * The large client of the benchmarks: Duna Cargo with a 40-line forecast over ten years, every
 * list at 50 entries, and every narrative at about 5,000 characters.
 */
export function largeProject(): Project {
  const project = templateProject('duna-cargo');
  const text = (seed: number) =>
    richTextFromPlain(
      Array.from({ length: 6 }, (_, p) =>
        Array.from({ length: 12 }, (_, s) => `Sentence ${seed}.${p}.${s} explains how the channel partners are selected, trained and paid for the volume they bring.`).join(' '),
      ).join('\n\n'),
    );
  const fifty = <T>(make: (i: number) => T) => Array.from({ length: 50 }, (_, i) => make(i));
  project.meta.horizonYears = 10;
  const c = project.catalogues;
  c.productGroups = fifty((i) => ({ id: `pg${i}`, name: `Product group ${i + 1} – bulk and packaged`, description: '', listPrice: 100_000_00 + i * 1_000_00, unitCost: 70_000_00 + i * 500_00 }));
  c.territories = fifty((i) => ({ id: `t${i}`, name: `Territory ${i + 1}`, description: '' }));
  c.channels = fifty((i) => ({ id: `ch${i}`, name: `Channel ${i + 1}`, description: '', kind: 'dealer' as const }));
  c.counterpartyTypes = fifty((i) => ({ id: `cp${i}`, name: `Partner type ${i + 1}`, description: '' }));
  c.kpis = fifty((i) => ({ id: `k${i}`, name: `Indicator ${i + 1}`, unit: '%', measurement: 'Measured monthly from the ERP system and the dealer reports.', target: '≥ 95%' }));
  const p = project.policy;
  p.goals.intro = text(1);
  p.goals.items = fifty((i) => ({ id: `g${i}`, goal: `Goal ${i + 1}: build the dealer network in region ${i + 1}.`, horizon: 'Q4 2027', measure: 'Signed agreements', owner: 'Commercial Director' }));
  p.methods.narrative = text(2);
  p.methods.principles = fifty((i) => ({ id: `m${i}`, counterpartyTypeId: `cp${i}`, principle: 'Exclusive territory against a minimum annual volume and monthly reporting.' }));
  p.distribution.narrative = text(3);
  p.distribution.branches = fifty((i) => ({ id: `b${i}`, name: `Branch ${i + 1}`, status: 'existing' as const, location: `Town ${i + 1}`, structure: '3 sales staff', currentState: 'Operating', goals: 'Grow 10% a year', tasks: 'Serve key accounts' }));
  p.distribution.priorityChannels = fifty((i) => ({ id: `pc${i}`, productGroupId: `pg${i}`, territoryId: `t${i}`, channelIds: [`ch${i}`], targetCustomerType: 'Contractors and builders' }));
  p.channelRules.pricing.narrative = text(4);
  p.channelRules.pricing.adjustments = fifty((i) => ({ channelId: `ch${i % 10}`, productGroupId: `pg${i}`, zoneId: '', percent: (i % 20) - 10 }));
  p.channelRules.pricing.rules = Array.from({ length: 10 }, (_, i) => ({ channelId: `ch${i}`, ref: i + 1, owner: i % 2 ? 'Head of Sales' : '', effectiveDate: i % 3 ? null : '2027-03-01' }));
  p.channelRules.motivation.schemes = p.channelRules.motivation.schemes.map((scheme, i) => ({ ...scheme, counterpartyTypeId: `cp${i}`, channelId: `ch${i}`, kpiId: `k${i}` }));
  p.channelRules.creditPolicy.narrative = text(5);
  p.channelRules.creditPolicy.terms = fifty((i) => ({ id: `ct${i}`, ref: i + 1, owner: '', effectiveDate: null, channelId: `ch${i}`, paymentDays: 30, creditLimit: 5_000_000_00, limitScope: 'perPartner' as const, prepaymentPercent: 10, conditions: 'Bank guarantee above the limit.', exceptions: [] }));
  p.documentFlow.narrative = text(6);
  p.documentFlow.documents = fifty((i) => ({ id: `d${i}`, ref: i + 1, owner: 'Sales administration', effectiveDate: null, name: `Report ${i + 1}`, from: { kind: 'counterpartyType' as const, id: `cp${i}` }, to: { kind: 'company' as const }, frequency: 'monthly' as const, due: 'by the 5th', content: 'Sales by product group and customer.', purpose: 'Bonus calculation.', feedsKpiIds: [`k${i}`], feedsSchemeIds: [] }));
  const s = project.salesPlan;
  s.overview = text(7);
  s.forecast.narrative = text(8);
  s.tactics.narrative = text(9);
  const template = s.forecast.lines[0]!;
  s.forecast.lines = Array.from({ length: 40 }, (_, i): ForecastLine => ({
    ...template,
    id: `line-${i}`,
    name: `Line ${i + 1}`,
    productGroupId: `pg${i}`,
    channelId: `ch${i}`,
    year1: template.year1.map((v) => Math.round(v * (1 + i / 10))),
    laterYears: Array.from({ length: 9 }, (_, k) => ({ mode: 'growth' as const, value: 5 + ((i + k) % 5) })),
  }));
  for (const stage of ['interest', 'desire', 'decision'] as const) s.tactics[stage] = fifty((i) => ({ id: `${stage}${i}`, tactic: `Tactic ${i + 1}`, detail: 'Trade fairs and dealer days.', channelId: `ch${i}`, owner: 'Marketing', when: 'Quarterly', cost: 1_000_000_00 }));
  const issues = projectIssues(project);
  if (issues.length > 0) throw new Error(`The large project is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return project;
}
