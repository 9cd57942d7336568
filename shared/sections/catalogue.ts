import type { OptionalChapterId } from '../project/schema';
import { OPTIONAL_CHAPTER_IDS } from '../project/schema';

/**
 * The one list of chapters and sub-parts. Navigation, completeness, the document model and the
 * translation keys all read it; adding a chapter means one entry here, one form, its texts.
 */

/** `summary` is the executive summary: printed first, outside the numbered parts. */
export type Part = 'setup' | 'summary' | 'policy' | 'salesPlan' | 'optional';

export interface FieldDef {
  /** Dot path into the project, e.g. "policy.goals.items". */
  path: string;
  /** Required: the document would be hollow without it; counted by completeness. */
  required: boolean;
}

export interface SubsectionDef {
  id: string;
  fields: readonly FieldDef[];
}

export interface SectionDef {
  id: string;
  part: Part;
  subsections: readonly SubsectionDef[];
  /** Optional chapters are only part of the document (and of completeness) when included. */
  optionalChapterId?: OptionalChapterId;
}

const req = (path: string): FieldDef => ({ path, required: true });
const opt = (path: string): FieldDef => ({ path, required: false });
/**
 * A field every project has from the moment it is created (the title asked for in the New
 * project dialog, the currency and plan start chosen there or defaulted): it can never be
 * missing, so it counts for nothing; a new empty project is 0% complete, not a quarter.
 */
const given = opt;

/** The sub-parts of each Part C chapter before its free text, with their required and optional fields. */
const PART_C_PARTS: Record<OptionalChapterId, { id: string; required: string[]; optional?: string[] }[]> = {
  salesStrategyInNumbers: [],
  vipProgramme: [
    { id: 'programme', required: ['goals', 'owner'] },
    { id: 'accounts', required: ['accounts'] },
    { id: 'capacity', required: ['people', 'contactsPerYear'], optional: ['staffing', 'weeklyCapacity'] },
    { id: 'questionnaire', required: ['questionnaire', 'problemRule'], optional: ['refreshMonth'] },
  ],
  regionalExpansion: [
    { id: 'regions', required: ['regions'] },
    { id: 'travellingTeam', required: [], optional: ['team'] },
    { id: 'ownOffice', required: ['officeSigns'], optional: ['pitfalls'] },
  ],
  salesOrganisation: [
    { id: 'structure', required: ['structure'] },
    { id: 'roles', required: ['newClientSales.basis', 'clientService.basis'], optional: ['newClientSales', 'clientService'] },
    { id: 'onboarding', required: ['hiring'], optional: ['groupSize', 'mentorWeeks'] },
  ],
  customerService: [
    { id: 'segments', required: ['segments'] },
    { id: 'retention', required: ['followUpCall'], optional: ['declined', 'satisfaction'] },
  ],
  implementation: [{ id: 'decisions', required: ['decisions'] }],
};

export const SECTIONS = [
  {
    id: 'details',
    part: 'setup',
    subsections: [
      {
        id: 'document',
        fields: [given('meta.title'), req('meta.companyName'), req('meta.authors'), given('meta.documentVersion'), given('meta.documentDate'), opt('meta.preparedBy')],
      },
      { id: 'plan', fields: [given('meta.currency'), given('meta.planStart'), given('meta.horizonYears'), given('meta.outputLanguage')] },
      {
        id: 'control',
        fields: [
          req('meta.control.reference'),
          given('meta.control.status'),
          opt('meta.control.effectiveDate'),
          opt('meta.control.nextReviewDate'),
          req('meta.control.owner.name'),
          opt('meta.control.distribution'),
          opt('meta.control.history'),
          opt('meta.control.approvals'),
        ],
      },
      { id: 'glossary', fields: [opt('meta.glossary')] },
    ],
  },
  {
    id: 'catalogues',
    part: 'setup',
    subsections: [
      { id: 'productGroups', fields: [req('catalogues.productGroups')] },
      { id: 'territories', fields: [req('catalogues.territories')] },
      { id: 'zones', fields: [opt('catalogues.zones')] },
      { id: 'channels', fields: [req('catalogues.channels')] },
      { id: 'counterpartyTypes', fields: [req('catalogues.counterpartyTypes')] },
      { id: 'kpis', fields: [req('catalogues.kpis')] },
    ],
  },
  {
    id: 'summary',
    part: 'summary',
    subsections: [{ id: 'summaryText', fields: [req('summary.text'), req('summary.decisions')] }],
  },
  {
    id: 'goals',
    part: 'policy',
    subsections: [{ id: 'goalList', fields: [opt('policy.goals.intro'), req('policy.goals.items')] }],
  },
  {
    id: 'methods',
    part: 'policy',
    subsections: [{ id: 'principles', fields: [req('policy.methods.principles'), req('policy.methods.narrative')] }],
  },
  {
    id: 'distribution',
    part: 'policy',
    subsections: [
      { id: 'scheme', fields: [opt('policy.distribution.narrative'), req('policy.distribution.branches'), opt('policy.distribution.dealers')] },
      { id: 'priorityChannels', fields: [req('policy.distribution.priorityChannels')] },
    ],
  },
  {
    id: 'channelRules',
    part: 'policy',
    subsections: [
      { id: 'scope', fields: [opt('policy.channelRules.scope')] },
      {
        id: 'pricing',
        fields: [
          req('policy.channelRules.pricing.basis'),
          opt('policy.channelRules.pricing.baseZoneId'),
          req('policy.channelRules.pricing.basePrinciple'),
          req('policy.channelRules.pricing.deliveryCosts'),
          req('policy.channelRules.pricing.adjustments'),
          opt('policy.channelRules.pricing.narrative'),
        ],
      },
      {
        id: 'motivation',
        fields: [req('catalogues.kpis'), req('policy.channelRules.motivation.schemes'), opt('policy.channelRules.motivation.narrative')],
      },
      {
        id: 'creditPolicy',
        fields: [
          req('policy.channelRules.creditPolicy.terms'),
          req('policy.channelRules.creditPolicy.latePaymentSteps'),
          opt('policy.channelRules.creditPolicy.newCustomerTerms'),
          opt('policy.channelRules.creditPolicy.narrative'),
        ],
      },
      { id: 'exceptions', fields: [opt('policy.channelRules.exceptions')] },
    ],
  },
  {
    id: 'documentFlow',
    part: 'policy',
    subsections: [{ id: 'documents', fields: [req('policy.documentFlow.documents'), opt('policy.documentFlow.narrative')] }],
  },
  {
    id: 'salesOverview',
    part: 'salesPlan',
    subsections: [{ id: 'overview', fields: [req('salesPlan.overview')] }],
  },
  {
    id: 'salesForecast',
    part: 'salesPlan',
    subsections: [
      {
        id: 'context',
        fields: [
          req('salesPlan.context.marketGrowthPercent'),
          opt('salesPlan.context.potentialCustomers'),
          opt('salesPlan.context.qualifiedLeadsPerMonth'),
          opt('salesPlan.context.leadConversionPercent'),
          opt('salesPlan.context.businessGoal.description'),
        ],
      },
      { id: 'lines', fields: [req('salesPlan.forecast.lines'), req('salesPlan.forecast.narrative')] },
      { id: 'operatingCosts', fields: [opt('salesPlan.context.operatingCosts')] },
      { id: 'scenarios', fields: [opt('salesPlan.context.scenarios')] },
    ],
  },
  {
    id: 'salesTactics',
    part: 'salesPlan',
    subsections: [
      {
        id: 'stages',
        fields: [req('salesPlan.tactics.interest'), req('salesPlan.tactics.desire'), req('salesPlan.tactics.decision'), opt('salesPlan.tactics.narrative')],
      },
    ],
  },
  ...OPTIONAL_CHAPTER_IDS.map((chapterId): SectionDef => {
    const at = (field: string) => `optionalChapters.${chapterId}.${field}`;
    // Part C chapters ask their own questions first; the free text closes them (required only where it is all there is).
    const text = { id: 'body', fields: [(PART_C_PARTS[chapterId].length > 0 ? opt : req)(at('body'))] };
    return {
      id: chapterId,
      part: 'optional',
      optionalChapterId: chapterId,
      subsections: [...PART_C_PARTS[chapterId].map(({ id, required, optional = [] }) => ({ id, fields: [...required.map((f) => req(at(f))), ...optional.map((f) => opt(at(f)))] })), text],
    };
  }),
] as const satisfies readonly SectionDef[];

export type SectionId = (typeof SECTIONS)[number]['id'];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);

/** The sections that are chapters of the deliverable (all but the set-up pages), in document order. */
export const DOCUMENT_CHAPTER_IDS: readonly SectionId[] = SECTIONS.filter((s) => s.part !== 'setup').map((s) => s.id);
export const isDocumentChapter = (id: string): id is SectionId => (DOCUMENT_CHAPTER_IDS as readonly string[]).includes(id);

export const findSection = (id: string): SectionDef | undefined => SECTIONS.find((s) => s.id === id);

/** Translation keys: one naming rule, so the resources can be checked against the catalogue. */
export const sectionKeys = (section: Pick<SectionDef, 'id'>) => ({
  title: `sections.${section.id}.title`,
  guidance: `sections.${section.id}.guidance`,
});
export const subsectionKeys = (section: Pick<SectionDef, 'id'>, sub: Pick<SubsectionDef, 'id'>) => ({
  title: `sections.${section.id}.parts.${sub.id}.title`,
  guidance: `sections.${section.id}.parts.${sub.id}.guidance`,
});

/** The section and sub-part that own a field path (the longest catalogue path that prefixes it). */
export function locateField(path: string): { section: SectionDef; subsection: SubsectionDef } | null {
  let best: { section: SectionDef; subsection: SubsectionDef; length: number } | null = null;
  for (const section of SECTIONS as readonly SectionDef[]) {
    if (section.id === 'catalogues' && !path.startsWith('catalogues.')) continue;
    for (const subsection of section.subsections) {
      for (const field of subsection.fields) {
        const matches = path === field.path || path.startsWith(`${field.path}.`);
        if (matches && (!best || field.path.length > best.length)) best = { section, subsection, length: field.path.length };
      }
    }
  }
  return best && { section: best.section, subsection: best.subsection };
}

/** Lists the editor shows as a matrix (channel × product group), not as numbered rows. */
export const MATRIX_LISTS = ['policy.channelRules.pricing.adjustments', 'policy.channelRules.pricing.rules'];

/** The row number (1-based) of the first list index in a field path, e.g. "….terms.1.channelId" -> 2. */
export function rowOfPath(path: string): number | null {
  if (MATRIX_LISTS.some((list) => path.startsWith(`${list}.`))) return null;
  const match = /\.(\d+)(\.|$)/.exec(path);
  return match ? Number(match[1]) + 1 : null;
}
