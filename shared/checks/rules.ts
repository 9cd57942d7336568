import { computeForecast } from '../forecast/engine';
import { funnel, isShort, operatingPlan } from '../forecast/plan';
import { formatMoneyPlain } from '../format';
import { onboardingPlan } from '../partC/onboarding';
import { overdueDecisions } from '../partC/roadmap';
import { vipCapacity } from '../partC/vipCapacity';
import { priceWaterfall, topBonusPercent } from '../pricing/prices';
import type { Project } from '../project/schema';
import type { SectionId } from '../sections/catalogue';
import { resalePriceFixing, textsIn } from './resalePrices';

/**
 * Consistency rules over a whole project: what a careful reviewer of a commercial policy would
 * point out. The review screen and `cli check` both run them.
 */

export type Severity = 'error' | 'warning' | 'hint';

export const RULE_IDS = [
  'channelWithoutPricing',
  'channelWithoutCreditTerms',
  'bonusKpiNotReported',
  'productGroupWithoutPriorityChannel',
  'goalWithoutHorizon',
  'goalWithoutMeasure',
  'tiersNotAscending',
  'creditLimitWithoutPaymentDays',
  'growthAboveMarket',
  'profitGoalGap',
  'discountAboveMargin',
  'highPriceMoneyOnly',
  'salesGap',
  'resalePriceFixed',
  'operatingProfitGap',
  'funnelShortfall',
  'policyPriceMissing',
  'netPriceBelowCost',
  'zoneBasisWithoutZones',
  'territoryInTwoZones',
  'creditExceptionWithoutScope',
  'vipUnderstaffed',
  'roadmapOverdue',
  'roadmapWithoutOwner',
  'onboardingMentorsShort',
  'regionWithoutTerritory',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Problem {
  rule: RuleId;
  severity: Severity;
  /** The chapter to open, and the field (dot path) to focus there. */
  sectionId: SectionId;
  path: string;
  /** Values for the translated message ({{channel}}, {{kpi}}, …). */
  params: Record<string, string | number>;
  /** The same message in English, for the command line. */
  message: string;
  /** A problem about a missing row: the row to add at `path` to fix it (e.g. the channel's credit terms). */
  addRow?: Record<string, string>;
}

const nameOf = (list: { id: string; name: string }[], id: string) => list.find((e) => e.id === id)?.name || id;

export function checkProject(project: Project): Problem[] {
  const problems: Problem[] = [];
  const { catalogues, policy } = project;
  const { pricing, motivation, creditPolicy } = policy.channelRules;
  const add = (rule: RuleId, severity: Severity, sectionId: SectionId, path: string, params: Problem['params'], message: string, addRow?: Record<string, string>) =>
    problems.push({ rule, severity, sectionId, path, params, message, ...(addRow ? { addRow } : {}) });

  for (const channel of catalogues.channels) {
    if (!pricing.adjustments.some((a) => a.channelId === channel.id)) {
      add('channelWithoutPricing', 'warning', 'channelRules', 'policy.channelRules.pricing.adjustments', { channel: channel.name }, `The channel "${channel.name}" has no markup or discount in the pricing policy.`, { channelId: channel.id });
    }
    if (!creditPolicy.terms.some((t) => t.channelId === channel.id)) {
      add('channelWithoutCreditTerms', 'error', 'channelRules', 'policy.channelRules.creditPolicy.terms', { channel: channel.name }, `The channel "${channel.name}" has no credit terms in the credit policy.`, { channelId: channel.id });
    }
  }

  const reportedKpis = new Set(policy.documentFlow.documents.flatMap((d) => d.feedsKpiIds));
  motivation.schemes.forEach((scheme, i) => {
    const base = `policy.channelRules.motivation.schemes.${i}`;
    if (scheme.tiers.length > 0 && !reportedKpis.has(scheme.kpiId)) {
      const kpi = nameOf(catalogues.kpis, scheme.kpiId);
      add('bonusKpiNotReported', 'warning', 'documentFlow', 'policy.documentFlow.documents', { scheme: scheme.name, kpi }, `The bonus scheme "${scheme.name}" pays on "${kpi}", but no document in the document flow reports it.`);
    }
    scheme.tiers.forEach((tier, j) => {
      const previous = scheme.tiers[j - 1];
      if (previous && tier.threshold <= previous.threshold) {
        add('tiersNotAscending', 'error', 'channelRules', `${base}.tiers.${j}.threshold`, { scheme: scheme.name, tier: j + 1 }, `In "${scheme.name}", tier ${j + 1} does not start above tier ${j}: order the tiers by rising threshold.`);
      }
    });
  });

  // The policy's own texts must not fix partners' resale prices (a sample copied as it is would).
  for (const chapter of ['methods', 'distribution', 'channelRules'] as const) {
    for (const { path, text } of textsIn(policy[chapter], `policy.${chapter}`)) {
      const passage = resalePriceFixing(text);
      if (passage) {
        add('resalePriceFixed', 'warning', chapter, path, { passage }, `“${passage}” reads as fixing the price at which partners resell (resale price maintenance, which competition law forbids). Recommend a price, or set a maximum, instead.`);
      }
    }
  }

  for (const group of catalogues.productGroups) {
    if (!policy.distribution.priorityChannels.some((row) => row.productGroupId === group.id && row.channelIds.length > 0)) {
      add('productGroupWithoutPriorityChannel', 'warning', 'distribution', 'policy.distribution.priorityChannels', { productGroup: group.name }, `The product group "${group.name}" has no priority sales channel.`, { productGroupId: group.id });
    }
  }

  policy.goals.items.forEach((goal, i) => {
    const label = goal.goal.trim() || `#${i + 1}`;
    if (goal.horizon.trim() === '') add('goalWithoutHorizon', 'warning', 'goals', `policy.goals.items.${i}.horizon`, { goal: label }, `The goal "${label}" has no horizon: say by when it is done.`);
    if (goal.measure.trim() === '') add('goalWithoutMeasure', 'warning', 'goals', `policy.goals.items.${i}.measure`, { goal: label }, `The goal "${label}" has no measure: say how you will know it is done.`);
  });

  if (pricing.basis === 'zone' && catalogues.zones.length === 0) {
    add('zoneBasisWithoutZones', 'warning', 'catalogues', 'catalogues.zones', {}, 'Prices are set by delivery zone, but no zone is defined: add the zones and their surcharges.');
  }
  // A territory in two zones has two prices: the zone list must say which one applies.
  const zoneOf = new Map<string, string>();
  catalogues.zones.forEach((zone, i) => {
    for (const territoryId of zone.territoryIds) {
      const other = zoneOf.get(territoryId);
      if (other !== undefined) {
        const territory = nameOf(catalogues.territories, territoryId);
        add('territoryInTwoZones', 'error', 'catalogues', `catalogues.zones.${i}.territoryIds`, { territory, zone: zone.name, other }, `The territory "${territory}" is in both "${other}" and "${zone.name}": put it in one zone.`);
      } else zoneOf.set(territoryId, zone.name);
    }
  });

  creditPolicy.terms.forEach((terms, i) => {
    terms.exceptions.forEach((exception, j) => {
      if (exception.productGroupId === '' && exception.minOrder === null) {
        const channel = nameOf(catalogues.channels, terms.channelId);
        add('creditExceptionWithoutScope', 'warning', 'channelRules', `policy.channelRules.creditPolicy.terms.${i}.exceptions.${j}.productGroupId`, { channel }, `An exception to the credit terms for "${channel}" names neither a product group nor an order size, so it would replace the terms: say what it applies to.`);
      }
    });
    if (terms.creditLimit > 0 && terms.paymentDays === 0) {
      const channel = nameOf(catalogues.channels, terms.channelId);
      add('creditLimitWithoutPaymentDays', 'error', 'channelRules', `policy.channelRules.creditPolicy.terms.${i}.paymentDays`, { channel }, `The credit terms for "${channel}" give a credit limit but 0 payment days: set the days, or the limit to 0.`);
    }
  });

  problems.push(...checkSalesPlan(project));
  problems.push(...checkPartC(project));
  return problems;
}

/** A decision's text as a label: its first words, or its row number when empty. */
const decisionLabel = (text: string, i: number) => {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean === '') return `#${i + 1}`;
  return clean.length <= 60 ? clean : `${clean.slice(0, 59).trimEnd()}…`;
};

/** The Part C chapters the user switched on: their calculators and the plan they state. */
function checkPartC(project: Project): Problem[] {
  const problems: Problem[] = [];
  const { optionalChapters: chapters, catalogues, meta } = project;
  const add = (rule: RuleId, severity: Severity, sectionId: SectionId, path: string, params: Problem['params'], message: string) =>
    problems.push({ rule, severity, sectionId, path, params, message });

  const vip = chapters.vipProgramme;
  if (vip.included) {
    const capacity = vipCapacity({ accounts: vip.accounts.length, contactsPerYear: vip.contactsPerYear, weeklyCapacity: vip.weeklyCapacity, people: vip.people });
    if (!capacity.staffable) {
      const base = 'optionalChapters.vipProgramme';
      // With no capacity a person, no number of people helps: the capacity is what to fix.
      const needed = capacity.peopleNeededWhole;
      const params = { questionnaires: capacity.questionnairesPerYear, needed: needed ?? '–', people: vip.people };
      add(
        'vipUnderstaffed',
        'warning',
        'vipProgramme',
        needed === null ? `${base}.weeklyCapacity` : `${base}.people`,
        params,
        needed === null
          ? `The VIP programme plans ${params.questionnaires} questionnaires a year, but no one completes any in a week: set the weekly capacity.`
          : `The VIP programme plans ${params.questionnaires} questionnaires a year, which needs ${needed} people, but ${vip.people} are given: add people, or plan fewer contacts or accounts.`,
      );
    }
  }

  const expansion = chapters.regionalExpansion;
  if (expansion.included) {
    expansion.regions.forEach((region, i) => {
      if (!catalogues.territories.some((t) => t.id === region.territoryId)) {
        add('regionWithoutTerritory', 'warning', 'regionalExpansion', `optionalChapters.regionalExpansion.regions.${i}.territoryId`, { row: i + 1 }, `Region ${i + 1} of the expansion plan names no territory from the catalogue: choose the territory it enters.`);
      }
    });
  }

  const organisation = chapters.salesOrganisation;
  if (organisation.included) {
    const intakes = organisation.hiring.flatMap((h) => (h.date === null ? [] : [{ date: h.date, count: h.count }]));
    const plan = onboardingPlan({ kind: 'dates', intakes }, { groupSize: organisation.groupSize, mentorWeeks: organisation.mentorWeeks });
    // Mentors come from the sales staff already in place: new-client sales and client service.
    const staff = organisation.newClientSales.people + organisation.clientService.people;
    if (plan && plan.peakMentors > staff) {
      add(
        'onboardingMentorsShort',
        'hint',
        'salesOrganisation',
        'optionalChapters.salesOrganisation.hiring',
        { mentors: plan.peakMentors, people: staff },
        `The hiring plan needs ${plan.peakMentors} mentors at once, but sales has ${staff} people to mentor: spread the intakes, or plan larger groups.`,
      );
    }
  }

  const implementation = chapters.implementation;
  if (implementation.included) {
    const decisions = implementation.decisions.map((d, i) => ({ ...d, index: i }));
    for (const d of decisions) {
      const label = decisionLabel(d.decision, d.index);
      const missing = d.owner.trim() === '' ? 'owner' : d.deadline === null ? 'deadline' : null;
      if (missing) {
        add('roadmapWithoutOwner', 'warning', 'implementation', `optionalChapters.implementation.decisions.${d.index}.${missing}`, { decision: label }, `The decision "${label}" has no owner or no deadline: say who answers for it and by when.`);
      }
    }
    for (const d of overdueDecisions(decisions, meta.documentDate)) {
      const label = decisionLabel(d.decision, d.index);
      add('roadmapOverdue', 'warning', 'implementation', `optionalChapters.implementation.decisions.${d.index}.deadline`, { decision: label, deadline: d.deadline! }, `The decision "${label}" was due on ${d.deadline} and is not done: set a new deadline, or mark it done.`);
    }
  }
  return problems;
}

const pct = (x: number) => `${(Math.round(x * 10) / 10).toFixed(1)}%`;

/** The sales plan against the market, the business goal, and the commercial terms. */
function checkSalesPlan(project: Project): Problem[] {
  const problems: Problem[] = [];
  const { salesPlan, catalogues, meta } = project;
  const lines = salesPlan.forecast.lines;
  if (lines.length === 0) return problems;
  const forecast = computeForecast(project);
  const money = (minor: number) => formatMoneyPlain(minor, meta.currency);

  // Growth far above the market's: a year's growth above twice the market's, and 3 points above it.
  const market = salesPlan.context.marketGrowthPercent;
  if (market !== null) {
    // The first year above the market is where the plan needs explaining (the largest excess may
    // be a later year's rounding); the warning names it.
    let first: { growth: number; year: string } | null = null;
    forecast.totals.years.forEach((year, i) => {
      const previous = forecast.totals.years[i - 1];
      if (first || !previous || previous.sales === 0) return;
      const growth = (year.sales / previous.sales - 1) * 100;
      const limit = Math.max(2 * market, market + 3);
      if (growth > limit) first = { growth, year: forecast.years[i]!.label };
    });
    if (first) {
      const { growth, year } = first as { growth: number; year: string };
      problems.push({
        rule: 'growthAboveMarket',
        severity: 'warning',
        sectionId: 'salesForecast',
        path: 'salesPlan.forecast.lines',
        params: { growth: pct(growth), year, market: pct(market) },
        message: `Planned sales grow ${pct(growth)} in ${year} while the market grows ${pct(market)} a year: explain where the difference comes from, or plan less.`,
      });
    }
  }

  // The goal year's operating profit (or, before any cost is planned, its gross margin) must reach the profit target.
  const { profitTarget, year: goalYear } = salesPlan.context.businessGoal;
  const index = goalYear === null ? -1 : forecast.years.findIndex((y) => y.startYear === goalYear);
  if (profitTarget !== null && index >= 0 && salesPlan.context.operatingCosts.length > 0) {
    const profit = operatingPlan(project, forecast).operatingProfit[index]!;
    if (profit < profitTarget) {
      const year = forecast.years[index]!.label;
      problems.push({
        rule: 'operatingProfitGap',
        severity: 'error',
        sectionId: 'salesForecast',
        path: 'salesPlan.context.businessGoal.profitTarget',
        params: { year, profit: money(profit), target: money(profitTarget), gap: money(profitTarget - profit) },
        message: `In ${year} the operating profit (${money(profit)}) falls ${money(profitTarget - profit)} short of the profit target (${money(profitTarget)}).`,
      });
    }
  } else if (profitTarget !== null && index >= 0) {
    const margin = forecast.totals.years[index]!.margin;
    if (margin < profitTarget) {
      problems.push({
        rule: 'profitGoalGap',
        severity: 'error',
        sectionId: 'salesForecast',
        path: 'salesPlan.context.businessGoal.profitTarget',
        params: { year: forecast.years[index]!.label, margin: money(margin), target: money(profitTarget), gap: money(profitTarget - margin) },
        message: `In ${forecast.years[index]!.label} the gross margin (${money(margin)}) falls ${money(profitTarget - margin)} short of the profit target (${money(profitTarget)}), before any other cost.`,
      });
    }
  }

  // The deals the forecast needs a month must not exceed what marketing's leads can turn into.
  const short = funnel(project, forecast)?.find(isShort);
  if (short) {
    const deals = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
    problems.push({
      rule: 'funnelShortfall',
      severity: 'warning',
      sectionId: 'salesForecast',
      path: 'salesPlan.context.leadConversionPercent',
      params: { year: short.label, needed: deals(short.dealsNeeded), fed: deals(short.dealsFed) },
      message: `In ${short.label} the plan needs ${deals(short.dealsNeeded)} deals a month, but the leads marketing feeds give ${deals(short.dealsFed)}: plan more leads, a better conversion, larger deals or less sales.`,
    });
  }

  // A channel's net price (after its discount and best bonus) must stay above the unit cost.
  const waterfall = priceWaterfall(project);
  const costed = waterfall.filter((row) => row.margin !== null);
  for (const row of costed) {
    if (row.margin! < 0) {
      const channel = nameOf(catalogues.channels, row.channelId);
      const productGroup = nameOf(catalogues.productGroups, row.productGroupId);
      problems.push({
        rule: 'netPriceBelowCost',
        severity: 'warning',
        sectionId: 'channelRules',
        path: 'policy.channelRules.pricing.adjustments',
        params: { channel, productGroup, net: money(row.netPrice), cost: money(row.unitCost!) },
        message: `"${channel}" buys "${productGroup}" at a net price of ${money(row.netPrice)} after its discount and best bonus, below the unit cost of ${money(row.unitCost!)}.`,
        addRow: { channelId: row.channelId },
      });
    }
  }

  // Where the price waterfall cannot tell (no unit costs), a channel's discount plus its best
  // bonus must fit inside the gross margin of the forecast lines it sells.
  const { pricing } = project.policy.channelRules;
  for (const channel of catalogues.channels) {
    if (costed.some((row) => row.channelId === channel.id)) continue;
    // Lines priced from the policy already sell at the discounted price: their margin is after it.
    const sold = forecast.lines.filter((_, i) => lines[i]!.channelId === channel.id && !(lines[i]!.planning === 'units' && lines[i]!.priceSource === 'policy'));
    const sales = sold.reduce((a, l) => a + l.years[0]!.sales, 0);
    if (sales === 0) continue;
    const marginPercent = (sold.reduce((a, l) => a + l.years[0]!.margin, 0) / sales) * 100;
    const discount = Math.max(0, ...pricing.adjustments.filter((a) => a.channelId === channel.id).map((a) => -a.percent));
    const bonus = topBonusPercent(project, channel.id);
    if (discount + bonus > marginPercent) {
      problems.push({
        rule: 'discountAboveMargin',
        severity: 'warning',
        sectionId: 'channelRules',
        path: 'policy.channelRules.pricing.adjustments',
        params: { channel: channel.name, reward: pct(discount + bonus), margin: pct(marginPercent) },
        message: `"${channel.name}" gets up to ${pct(discount + bonus)} in discount and bonus, more than the ${pct(marginPercent)} gross margin of the lines it sells.`,
      });
    }
  }

  lines.forEach((line, i) => {
    const label = line.name.trim() || `#${i + 1}`;
    if (line.planning === 'units' && line.priceSource === 'policy' && !catalogues.productGroups.some((g) => g.id === line.productGroupId && g.listPrice !== null)) {
      const group = line.productGroupId ? nameOf(catalogues.productGroups, line.productGroupId) : '';
      problems.push({
        rule: 'policyPriceMissing',
        severity: 'error',
        sectionId: group ? 'catalogues' : 'salesForecast',
        path: group ? `catalogues.productGroups.${catalogues.productGroups.findIndex((g) => g.id === line.productGroupId)}.listPrice` : `salesPlan.forecast.lines.${i}.productGroupId`,
        params: { line: label, productGroup: group },
        message: group
          ? `"${label}" takes its price from the price policy, but "${group}" has no list price: give it one, or price the line itself.`
          : `"${label}" takes its price from the price policy, but names no product group: choose one, or price the line itself.`,
      });
    }
    if (line.priceSegment === 'high' && line.planning === 'money') {
      problems.push({ rule: 'highPriceMoneyOnly', severity: 'hint', sectionId: 'salesForecast', path: `salesPlan.forecast.lines.${i}.planning`, params: { line: label }, message: `"${label}" is in a high price segment: plan it in units too, so the plan says how many you must sell.` });
    }
    const values = forecast.lines[i]!.months.map((m) => m.sales);
    const gap = values.findIndex((v, m) => v === 0 && values.slice(0, m).some((x) => x > 0) && values.slice(m + 1).some((x) => x > 0));
    if (gap >= 0) {
      problems.push({ rule: 'salesGap', severity: 'hint', sectionId: 'salesForecast', path: `salesPlan.forecast.lines.${i}.year1.${gap}`, params: { line: label, month: forecast.months[gap]! }, message: `"${label}" has no sales in ${forecast.months[gap]} but sales before and after: a value may be missing.` });
    }
  });
  return problems;
}

export const countErrors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error').length;
