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
  growthAboveMarket: (p) => {
    p.salesPlan.forecast.lines[1]!.laterYears[0] = { mode: 'growth', value: 40 };
  },
  profitGoalGap: (p) => {
    // Before any operating cost is planned, the target is checked against the gross margin.
    p.salesPlan.context.operatingCosts = [];
    p.salesPlan.context.businessGoal.profitTarget = 2_000 * M;
  },
  operatingProfitGap: (p) => {
    p.salesPlan.context.businessGoal.profitTarget = 400 * M;
  },
  discountAboveMargin: (p) => {
    // Without unit costs the price waterfall cannot tell; the forecast's gross margin is the measure.
    for (const group of p.catalogues.productGroups) group.unitCost = null;
    p.policy.channelRules.pricing.adjustments[0]!.percent = -25;
  },
  netPriceBelowCost: (p) => {
    p.policy.channelRules.pricing.adjustments[0]!.percent = -25;
  },
  funnelShortfall: (p) => {
    p.salesPlan.context.leadConversionPercent = 10;
  },
  policyPriceMissing: (p) => {
    p.catalogues.productGroups.find((g) => g.id === 'ltl')!.listPrice = null;
    p.salesPlan.context.businessGoal.profitTarget = null;
  },
  zoneBasisWithoutZones: (p) => {
    p.catalogues.zones = [];
  },
  territoryInTwoZones: (p) => {
    p.catalogues.zones[1]!.territoryIds.push('west');
  },
  creditExceptionWithoutScope: (p) => {
    const terms = p.policy.channelRules.creditPolicy.terms.find((t) => t.channelId === 'direct')!;
    terms.exceptions[0]!.minOrder = null;
  },
  highPriceMoneyOnly: (p) => {
    p.salesPlan.forecast.lines[2]!.priceSegment = 'high';
  },
  salesGap: (p) => {
    p.salesPlan.forecast.lines[3]!.year1[5] = 0;
  },
  resalePriceFixed: (p) => {
    p.policy.methods.principles[0]!.principle = 'Agents resell at the published list price in their region.';
  },
  vipUnderstaffed: (p) => {
    // 12 accounts × 52 contacts = 624 questionnaires; 2 people × 5 a week × 46 weeks complete 460.
    p.optionalChapters.vipProgramme.contactsPerYear = 52;
  },
  roadmapOverdue: (p) => {
    // The document is dated 2026-11-28.
    p.optionalChapters.implementation.decisions[2]!.deadline = '2026-10-31';
  },
  roadmapWithoutOwner: (p) => {
    p.optionalChapters.implementation.decisions[1]!.owner = ' ';
  },
  onboardingMentorsShort: (p) => {
    // 40 newcomers in groups of 5 need 8 mentors; sales has 3 + 4 people.
    p.optionalChapters.salesOrganisation.hiring[0]!.count = 40;
  },
  regionWithoutTerritory: (p) => {
    p.optionalChapters.regionalExpansion.regions[1]!.territoryId = '';
  },
};

const M = 100_000_000; // a million HUF in fillér
/** The sample plans growth above the market's on purpose (the brief's own figures). */
const SAMPLE_RULES: RuleId[] = ['growthAboveMarket'];
const newRules = (project: Project) => rulesFired(project).filter((r) => !SAMPLE_RULES.includes(r));

describe('consistency rules', () => {
  it('find nothing wrong in the Duna Cargo sample but its growth above the market', () => {
    expect(checkProject(templateProject('duna-cargo'))).toEqual([
      {
        rule: 'growthAboveMarket',
        severity: 'warning',
        sectionId: 'salesForecast',
        path: 'salesPlan.forecast.lines',
        params: { growth: '9.0%', year: '2028', market: '4.0%' },
        message: 'Planned sales grow 9.0% in 2028 while the market grows 4.0% a year: explain where the difference comes from, or plan less.',
      },
    ]);
    const calmerMarket = templateProject('duna-cargo');
    calmerMarket.salesPlan.context.marketGrowthPercent = 6;
    expect(checkProject(calmerMarket)).toEqual([]);
  });

  it('state the gap when the gross margin cannot cover the profit target', () => {
    const project = templateProject('duna-cargo');
    triggers.profitGoalGap(project);
    const gap = checkProject(project).find((p) => p.rule === 'profitGoalGap')!;
    expect(gap.severity).toBe('error');
    expect(gap.message).toMatch(/^In 2028 the gross margin \([\d,]+ HUF\) falls [\d,]+ HUF short of the profit target \(2,000,000,000 HUF\)/);
  });

  it('warn when a text fixes the price at which partners resell, in English and Hungarian, and accept a recommended price', () => {
    const fixing = [
      'Distributors buy on their own account and resell at the published list price in their region.',
      'A minimum resale price of 90% of list applies.',
      'Dealers may not sell below the list price.',
      'Saját számlára vásárolnak, és régiójukban a közzétett listaáron értékesítenek.',
      'A viszonteladók a listaár alatt nem adhatják el a termékeket.',
    ];
    const fine = [
      'Distributors buy on their own account and set their own resale prices; our list price is a recommendation.',
      'Our depots sell at list price.',
      'A maximum resale price applies to promotional items.',
      'Saját számlára vásárolnak, és maguk határozzák meg a továbbeladási árat; listaárunk ajánlott ár.',
    ];
    const fires = (text: string) => {
      const project = templateProject('duna-cargo');
      project.policy.methods.principles[0]!.principle = text;
      return rulesFired(project).includes('resalePriceFixed');
    };
    expect(fixing.filter((text) => !fires(text))).toEqual([]);
    expect(fine.filter(fires)).toEqual([]);
  });

  it('find no fixed resale price in any sample, in either language', () => {
    for (const id of ['duna-cargo', 'building-materials', 'premium-manufacturer']) {
      for (const language of ['en', 'hu'] as const) expect(rulesFired(templateProject(id, language)), `${id}.${language}`).not.toContain('resalePriceFixed');
    }
  });

  it('cover every rule with a trigger', () => {
    expect(Object.keys(triggers).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULE_IDS.filter((r) => !SAMPLE_RULES.includes(r)))('%s fires on a project that breaks it, and only it', (rule) => {
    const project = templateProject('duna-cargo');
    triggers[rule](project);
    expect(newRules(project)).toEqual([rule]);
  });

  it('growthAboveMarket names the first year above the market, not the largest excess', () => {
    const project = templateProject('duna-cargo');
    triggers.growthAboveMarket(project);
    expect(checkProject(project)[0]!.params).toMatchObject({ year: '2028' });
    expect(Number.parseFloat(String(checkProject(project)[0]!.params.growth))).toBeGreaterThan(9);
    // A much larger jump in 2030 does not move the warning: 2028 is where the plan leaves the market.
    for (const line of project.salesPlan.forecast.lines) line.laterYears[2] = { mode: 'growth', value: 30 };
    expect(checkProject(project).find((p) => p.rule === 'growthAboveMarket')!.params).toMatchObject({ year: '2028' });
  });

  it('name the channel without credit terms, as an error pointing at the credit policy', () => {
    const project = templateProject('duna-cargo');
    triggers.channelWithoutCreditTerms(project);
    expect(checkProject(project).filter((p) => p.rule !== 'growthAboveMarket')).toEqual([
      {
        rule: 'channelWithoutCreditTerms',
        severity: 'error',
        sectionId: 'channelRules',
        path: 'policy.channelRules.creditPolicy.terms',
        params: { channel: 'Forwarding agents' },
        message: 'The channel "Forwarding agents" has no credit terms in the credit policy.',
        // "Fix" adds the channel's row to the credit terms.
        addRow: { channelId: project.catalogues.channels.find((c) => c.name === 'Forwarding agents')!.id },
      },
    ]);
  });

  it('point at the tier that breaks the order', () => {
    const project = templateProject('duna-cargo');
    triggers.tiersNotAscending(project);
    expect(checkProject(project)[0]).toMatchObject({ path: 'policy.channelRules.motivation.schemes.0.tiers.2.threshold', params: { tier: 3 } });
  });

  it('check the profit target against operating profit in a plan whose years start in April', () => {
    const project = templateProject('duna-cargo');
    project.meta.planStart = '2027-04';
    // One line of 100 M a month at 60% direct cost (40% gross margin); 250 M of fixed costs and 5% of sales for marketing.
    project.salesPlan.forecast.lines = [{ ...project.salesPlan.forecast.lines[0]!, year1: Array(12).fill(100 * M), year1Generator: null, directCost: { mode: 'percentOfSales', value: 60 }, laterYears: [{ mode: 'growth', value: 10 }, { mode: 'growth', value: 0 }, { mode: 'growth', value: 0 }, { mode: 'growth', value: 0 }], dealSize: null }];
    project.salesPlan.context.operatingCosts = [
      { id: 'fixed', name: 'Team', category: 'salesTeam', mode: 'fixed', value: 250 * M, yearlyChangePercent: 0 },
      { id: 'share', name: 'Marketing', category: 'marketing', mode: 'percentOfSales', value: 5, yearlyChangePercent: 0 },
    ];
    project.salesPlan.context.marketGrowthPercent = 10;
    // 2028/29: sales 1,320 M, gross margin 528 M, costs 250 + 66 = 316 M, operating profit 212 M.
    project.salesPlan.context.businessGoal = { description: '', profitTarget: 250 * M, year: 2028 };
    const gap = checkProject(project).find((p) => p.rule === 'operatingProfitGap');
    expect(gap?.params).toEqual({ year: '2028/29', profit: '212,000,000 HUF', target: '250,000,000 HUF', gap: '38,000,000 HUF' });
    project.salesPlan.context.businessGoal.profitTarget = 212 * M;
    expect(rulesFired(project)).not.toContain('operatingProfitGap');
  });

  it('warn when the plan needs more deals than the leads give, with both figures, and not otherwise', () => {
    const project = templateProject('duna-cargo');
    // 60 leads × 25% = 15 deals a month; the sample needs 10.7 in 2027 rising to 14.4 in 2031.
    expect(rulesFired(project)).not.toContain('funnelShortfall');
    project.salesPlan.context.leadConversionPercent = 20; // 12 a month: 2029 needs 12.6
    expect(checkProject(project).find((p) => p.rule === 'funnelShortfall')?.params).toEqual({ year: '2029', needed: '12.6', fed: '12.0' });
  });

  it('check the Part C chapters only when they are included', () => {
    const project = templateProject('duna-cargo');
    for (const rule of ['vipUnderstaffed', 'roadmapOverdue', 'roadmapWithoutOwner', 'onboardingMentorsShort', 'regionWithoutTerritory'] as const) triggers[rule](project);
    expect(newRules(project).sort()).toEqual(['onboardingMentorsShort', 'regionWithoutTerritory', 'roadmapOverdue', 'roadmapWithoutOwner', 'vipUnderstaffed']);
    for (const chapter of ['vipProgramme', 'regionalExpansion', 'salesOrganisation', 'implementation'] as const) project.optionalChapters[chapter].included = false;
    expect(newRules(project)).toEqual([]);
  });

  it('state both figures when the VIP programme cannot be staffed, and accept a plan that fits exactly', () => {
    const project = templateProject('duna-cargo');
    triggers.vipUnderstaffed(project);
    expect(checkProject(project).find((p) => p.rule === 'vipUnderstaffed')).toMatchObject({
      severity: 'warning',
      sectionId: 'vipProgramme',
      path: 'optionalChapters.vipProgramme.people',
      params: { questionnaires: 624, needed: 3, people: 2 },
    });
    // 10 contacts × 46 = 460 questionnaires: exactly what 2 people complete.
    project.optionalChapters.vipProgramme.contactsPerYear = 10;
    project.optionalChapters.vipProgramme.accounts = Array.from({ length: 46 }, (_, i) => ({ ...project.optionalChapters.vipProgramme.accounts[0]!, id: `ka-${i + 1}` }));
    expect(rulesFired(project)).not.toContain('vipUnderstaffed');
    project.optionalChapters.vipProgramme.weeklyCapacity = 0;
    expect(checkProject(project).find((p) => p.rule === 'vipUnderstaffed')).toMatchObject({ path: 'optionalChapters.vipProgramme.weeklyCapacity', params: { needed: '–' } });
  });

  it('point at the decision past its deadline, and not at one due on the document date or done', () => {
    const project = templateProject('duna-cargo');
    triggers.roadmapOverdue(project);
    expect(checkProject(project).find((p) => p.rule === 'roadmapOverdue')).toMatchObject({
      sectionId: 'implementation',
      path: 'optionalChapters.implementation.decisions.2.deadline',
      params: { deadline: '2026-10-31' },
    });
    project.optionalChapters.implementation.decisions[2]!.status = 'done';
    expect(rulesFired(project)).not.toContain('roadmapOverdue');
    project.optionalChapters.implementation.decisions[2]!.status = 'todo';
    project.optionalChapters.implementation.decisions[2]!.deadline = project.meta.documentDate;
    expect(rulesFired(project)).not.toContain('roadmapOverdue');
  });

  it('point at the missing owner or deadline of a decision', () => {
    const project = templateProject('duna-cargo');
    project.optionalChapters.implementation.decisions[4]!.deadline = null;
    expect(checkProject(project).filter((p) => p.rule === 'roadmapWithoutOwner').map((p) => p.path)).toEqual(['optionalChapters.implementation.decisions.4.deadline']);
    triggers.roadmapWithoutOwner(project);
    expect(checkProject(project).filter((p) => p.rule === 'roadmapWithoutOwner').map((p) => p.path)).toEqual([
      'optionalChapters.implementation.decisions.1.owner',
      'optionalChapters.implementation.decisions.4.deadline',
    ]);
  });

  it('compare the mentors the hiring plan needs with the sales staff, and point at the region without a territory', () => {
    const project = templateProject('duna-cargo');
    triggers.onboardingMentorsShort(project);
    triggers.regionWithoutTerritory(project);
    const problems = checkProject(project);
    expect(problems.find((p) => p.rule === 'onboardingMentorsShort')).toMatchObject({ severity: 'hint', path: 'optionalChapters.salesOrganisation.hiring', params: { mentors: 8, people: 7 } });
    expect(problems.find((p) => p.rule === 'regionWithoutTerritory')).toMatchObject({ path: 'optionalChapters.regionalExpansion.regions.1.territoryId', params: { row: 2 } });
    // A territory id no longer in the catalogue is as good as none.
    project.optionalChapters.regionalExpansion.regions[1]!.territoryId = 'gone';
    expect(rulesFired(project)).toContain('regionWithoutTerritory');
  });

  it('find nothing to say about an empty project', () => {
    expect(checkProject(templateProject('blank'))).toEqual([]);
  });
});
