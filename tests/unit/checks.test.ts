import { describe, expect, it } from 'vitest';
import { checkProject, RULE_IDS, type RuleId } from '../../shared/checks/rules';
import type { Project } from '../../shared/project/schema';
import { templateProject } from '../support/projects';

const rulesFired = (project: Project) => checkProject(project).map((p) => p.rule);

/** For each rule: an edit of the sample that triggers it. The sample itself triggers none. */
const triggers: Record<RuleId, (p: Project) => void> = {
  channelWithoutPricing: (p) => {
    p.policy.channelRules.pricing.adjustments = p.policy.channelRules.pricing.adjustments.filter((a) => a.channelId !== 'online');
  },
  channelWithoutCreditTerms: (p) => {
    p.policy.channelRules.creditPolicy.terms = p.policy.channelRules.creditPolicy.terms.filter((t) => t.channelId !== 'agents');
  },
  bonusKpiNotReported: (p) => {
    for (const d of p.policy.documentFlow.documents) d.feedsKpiIds = d.feedsKpiIds.filter((k) => k !== 'annual-volume');
  },
  productGroupWithoutPriorityChannel: (p) => {
    p.policy.distribution.priorityChannels = p.policy.distribution.priorityChannels.filter((r) => r.productGroupId !== 'customs');
  },
  goalWithoutHorizon: (p) => {
    p.policy.goals.items[1]!.horizon = ' ';
  },
  goalWithoutMeasure: (p) => {
    p.policy.goals.items[2]!.measure = '';
  },
  tiersNotAscending: (p) => {
    p.policy.channelRules.motivation.schemes[0]!.tiers[2]!.threshold = 1000;
  },
  creditLimitWithoutPaymentDays: (p) => {
    p.policy.channelRules.creditPolicy.terms[0]!.paymentDays = 0;
  },
};

describe('consistency rules', () => {
  it('find nothing wrong in the Duna Cargo sample', () => {
    expect(checkProject(templateProject('duna-cargo'))).toEqual([]);
  });

  it('cover every rule with a trigger', () => {
    expect(Object.keys(triggers).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULE_IDS)('%s fires on a project that breaks it, and only it', (rule) => {
    const project = templateProject('duna-cargo');
    triggers[rule](project);
    expect(rulesFired(project)).toEqual([rule]);
  });

  it('name the channel without credit terms, as an error pointing at the credit policy', () => {
    const project = templateProject('duna-cargo');
    triggers.channelWithoutCreditTerms(project);
    expect(checkProject(project)).toEqual([
      {
        rule: 'channelWithoutCreditTerms',
        severity: 'error',
        sectionId: 'channelRules',
        path: 'policy.channelRules.creditPolicy.terms',
        params: { channel: 'Forwarding agents' },
        message: 'The channel "Forwarding agents" has no credit terms in the credit policy.',
      },
    ]);
  });

  it('point at the tier that breaks the order', () => {
    const project = templateProject('duna-cargo');
    triggers.tiersNotAscending(project);
    expect(checkProject(project)[0]).toMatchObject({ path: 'policy.channelRules.motivation.schemes.0.tiers.2.threshold', params: { tier: 3 } });
  });

  it('find nothing to say about an empty project', () => {
    expect(checkProject(templateProject('blank'))).toEqual([]);
  });
});
