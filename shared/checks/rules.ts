import type { Project } from '../project/schema';
import type { SectionId } from '../sections/catalogue';

/**
 * Consistency rules over a whole project: what a careful reviewer of a commercial policy would
 * point out. The review screen and `cli check` both run them.
 */

export type Severity = 'error' | 'warning';

export const RULE_IDS = [
  'channelWithoutPricing',
  'channelWithoutCreditTerms',
  'bonusKpiNotReported',
  'productGroupWithoutPriorityChannel',
  'goalWithoutHorizon',
  'goalWithoutMeasure',
  'tiersNotAscending',
  'creditLimitWithoutPaymentDays',
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
}

const nameOf = (list: { id: string; name: string }[], id: string) => list.find((e) => e.id === id)?.name || id;

export function checkProject(project: Project): Problem[] {
  const problems: Problem[] = [];
  const { catalogues, policy } = project;
  const { pricing, motivation, creditPolicy } = policy.channelRules;
  const add = (rule: RuleId, severity: Severity, sectionId: SectionId, path: string, params: Problem['params'], message: string) =>
    problems.push({ rule, severity, sectionId, path, params, message });

  for (const channel of catalogues.channels) {
    if (!pricing.adjustments.some((a) => a.channelId === channel.id)) {
      add('channelWithoutPricing', 'warning', 'channelRules', 'policy.channelRules.pricing.adjustments', { channel: channel.name }, `The channel "${channel.name}" has no markup or discount in the pricing policy.`);
    }
    if (!creditPolicy.terms.some((t) => t.channelId === channel.id)) {
      add('channelWithoutCreditTerms', 'error', 'channelRules', 'policy.channelRules.creditPolicy.terms', { channel: channel.name }, `The channel "${channel.name}" has no credit terms in the credit policy.`);
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

  for (const group of catalogues.productGroups) {
    if (!policy.distribution.priorityChannels.some((row) => row.productGroupId === group.id && row.channelIds.length > 0)) {
      add('productGroupWithoutPriorityChannel', 'warning', 'distribution', 'policy.distribution.priorityChannels', { productGroup: group.name }, `The product group "${group.name}" has no priority sales channel.`);
    }
  }

  policy.goals.items.forEach((goal, i) => {
    const label = goal.goal.trim() || `#${i + 1}`;
    if (goal.horizon.trim() === '') add('goalWithoutHorizon', 'warning', 'goals', `policy.goals.items.${i}.horizon`, { goal: label }, `The goal "${label}" has no horizon: say by when it is done.`);
    if (goal.measure.trim() === '') add('goalWithoutMeasure', 'warning', 'goals', `policy.goals.items.${i}.measure`, { goal: label }, `The goal "${label}" has no measure: say how you will know it is done.`);
  });

  creditPolicy.terms.forEach((terms, i) => {
    if (terms.creditLimit > 0 && terms.paymentDays === 0) {
      const channel = nameOf(catalogues.channels, terms.channelId);
      add('creditLimitWithoutPaymentDays', 'error', 'channelRules', `policy.channelRules.creditPolicy.terms.${i}.paymentDays`, { channel }, `The credit terms for "${channel}" give a credit limit but 0 payment days: set the days, or the limit to 0.`);
    }
  });

  return problems;
}

export const countErrors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error').length;
