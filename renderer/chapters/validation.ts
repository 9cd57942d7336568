import { z } from 'zod';
import {
  GlossaryEntry,
  BonusTier,
  CreditTerms,
  DistributionChapter,
  FlowDocument,
  Goal,
  GoalsChapter,
  LatePaymentStep,
  MethodPrinciple,
  MethodsChapter,
  MotivationScheme,
  NetworkUnit,
  PriorityChannel,
  Catalogues,
  Channel,
  CounterpartyType,
  Kpi,
  ProductGroup,
  Territory,
  Zone,
  ChannelRulesChapter,
  DocumentFlowChapter,
  Party,
  Tactic,
  DocumentControl,
  ExecutiveSummary,
  BoardDecision,
} from '../../shared/project/schema';

/**
 * What each chapter form asks for, beyond what the file accepts: answers the document would
 * be hollow without, picks from the catalogues, tiers in rising order. Messages are
 * translation keys.
 */
const required = z.string().trim().min(1, 'validation.required');
const picked = z.string().min(1, 'validation.pick');

export const catalogueValidation = Catalogues.extend({
  productGroups: z.array(ProductGroup.extend({ name: required })),
  territories: z.array(Territory.extend({ name: required })),
  zones: z.array(Zone.extend({ name: required })),
  channels: z.array(Channel.extend({ name: required })),
  counterpartyTypes: z.array(CounterpartyType.extend({ name: required })),
  kpis: z.array(Kpi.extend({ name: required, unit: required })),
});

export const goalsValidation = GoalsChapter.extend({
  items: z.array(Goal.extend({ goal: required, horizon: required, measure: required })),
});

export const methodsValidation = MethodsChapter.extend({
  principles: z.array(MethodPrinciple.extend({ counterpartyTypeId: picked, principle: required })),
});

const unit = NetworkUnit.extend({ name: required, location: required });
export const distributionValidation = DistributionChapter.extend({
  branches: z.array(unit),
  dealers: z.array(unit),
  priorityChannels: z.array(PriorityChannel.extend({ productGroupId: picked, territoryId: picked, channelIds: z.array(z.string()).min(1, 'validation.atLeastOne') })),
});

const tiersInOrder = z.array(BonusTier.extend({ reward: required })).superRefine((tiers, ctx) => {
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (previous && tier.threshold <= previous.threshold) ctx.addIssue({ code: 'custom', path: [i, 'threshold'], message: 'validation.tiersAscending' });
  });
});

export const channelRulesValidation = ChannelRulesChapter.extend({
  motivation: ChannelRulesChapter.shape.motivation.extend({
    schemes: z.array(MotivationScheme.extend({ name: required, counterpartyTypeId: picked, kpiId: picked, tiers: tiersInOrder })),
  }),
  creditPolicy: ChannelRulesChapter.shape.creditPolicy.extend({
    terms: z.array(CreditTerms.extend({ channelId: picked })),
    latePaymentSteps: z.array(LatePaymentStep.extend({ action: required })),
  }),
});

const partyPicked = Party.refine((p) => p.kind === 'company' || p.id !== '', 'validation.pick');
export const documentFlowValidation = DocumentFlowChapter.extend({
  documents: z.array(FlowDocument.extend({ name: required, from: partyPicked, to: partyPicked })),
});

export const tacticsValidation = z.array(Tactic.extend({ tactic: required }));

export const documentControlValidation = DocumentControl.extend({
  reference: required,
  owner: DocumentControl.shape.owner.extend({ name: required }),
});

export const glossaryValidation = z.array(GlossaryEntry.extend({ term: required, meaning: required }));

export const summaryValidation = ExecutiveSummary.extend({ decisions: z.array(BoardDecision.extend({ decision: required })) });
