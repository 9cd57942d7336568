import { z } from 'zod';
import { forecastIsExact } from '../forecast/engine';
import { RichText } from '../text/richText';
import { CustomerService, Implementation, RegionalExpansion, SalesOrganisation, VipProgramme } from './partC';
import { AMOUNT_LIMIT, checkRange, CurrencyCode, HexColor, Id, IsoDate, IsoDateTime, Language, Line, Money, Note, numberBetween, Percent, YearMonth } from './primitives';

/** The file format version this build writes. Older files are migrated on load (see migrations.ts). */
export const CURRENT_SCHEMA_VERSION = 5;

/**
 * A reference to a catalogue entry by id, or "" while the user has not picked one yet (so a
 * half-filled row is still saved; the review screen and completeness say what is missing).
 */
export const Ref = Id.or(z.literal(''));

// ---------------------------------------------------------------------------------------------
// Metadata

export const Person = z.object({ name: Line, role: Line });

/** The largest logo kept in a project (base64 of about 1.5 MB of image); the app shrinks bigger ones first. */
export const MAX_LOGO_BASE64_LENGTH = 2_000_000;
/** Every base64 PNG starts with the encoded PNG signature, every JPEG with the encoded SOI marker. */
const LOGO_SIGNATURES = { 'image/png': 'iVBORw0KGgo', 'image/jpeg': '/9j/' } as const;

/** The title-page logo, stored in the project so the file stays self-contained and portable. */
export const Logo = z
  .object({
    mediaType: z.enum(['image/png', 'image/jpeg']),
    /** The image bytes, base64-encoded. */
    data: z.string().max(MAX_LOGO_BASE64_LENGTH, 'The logo is too large: use an image under 1.5 MB.').regex(/^[A-Za-z0-9+/]+={0,2}$/, 'The logo is not valid base64 data.'),
  })
  .refine((logo) => logo.data.startsWith(LOGO_SIGNATURES[logo.mediaType]), 'The logo is not a PNG or JPEG image: choose a .png or .jpg file.');
export type Logo = z.infer<typeof Logo>;

export const DEFAULT_ACCENT_COLOR = '#0B7A66';

/** How the deliverable looks: the client's or consultant's logo and one accent colour. */
export const Branding = z.object({ logo: Logo.nullable(), accentColor: HexColor });
export type Branding = z.infer<typeof Branding>;

/** Where the policy stands in its approval cycle; printed on the control page and in every footer. */
export const PolicyStatus = z.enum(['draft', 'forApproval', 'approved', 'superseded']);
export type PolicyStatus = z.infer<typeof PolicyStatus>;

export const VersionEntry = z.object({ id: Id, version: z.string().max(40), date: IsoDate.nullable(), author: Line, changes: Note });
export const Approval = z.object({
  id: Id,
  name: Line,
  role: Line,
  date: IsoDate.nullable(),
  /** A board resolution number; when empty the document prints a signature line instead. */
  resolution: Line,
});

/** Document control: who owns the policy, whether and by whom it is approved, from when it applies. */
export const DocumentControl = z.object({
  /** The policy's reference, e.g. "CP-2027/01": printed in every footer. */
  reference: Line,
  status: PolicyStatus,
  effectiveDate: IsoDate.nullable(),
  nextReviewDate: IsoDate.nullable(),
  owner: Person,
  /** Who receives the policy, one recipient per line. */
  distribution: Note,
  history: z.array(VersionEntry).max(100),
  approvals: z.array(Approval).max(20),
});
export type DocumentControl = z.infer<typeof DocumentControl>;

/** A term the glossary appendix explains; one with the term of an automatic entry replaces its meaning. */
export const GlossaryEntry = z.object({ id: Id, term: Line, meaning: Note });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const ProjectMeta = z.object({
  title: Line,
  companyName: Line,
  authors: z.array(Person).max(20),
  /** The consultant or firm that prepared the document for the client, if any. */
  preparedBy: Line,
  documentVersion: z.string().max(40),
  documentDate: IsoDate,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  currency: CurrencyCode,
  planStart: YearMonth,
  horizonYears: z.number().int().min(1).max(10),
  outputLanguage: Language,
  confidential: z.boolean(),
  branding: Branding,
  control: DocumentControl,
  /** The user's own glossary entries (the appendix adds the abbreviations and catalogue terms it finds). */
  glossary: z.array(GlossaryEntry).max(200),
});
export type ProjectMeta = z.infer<typeof ProjectMeta>;

// ---------------------------------------------------------------------------------------------
// Catalogues: defined once, referenced by id from every chapter.

const Named = { id: Id, name: Line, description: Note };

export const ProductGroup = z.object({
  ...Named,
  /** The list price of one unit at the delivery basis, before any channel's adjustment (null: not priced by the policy). */
  listPrice: Money.min(0).nullable(),
  /** The direct cost of one unit: what the price waterfall's net price is compared with. */
  unitCost: Money.min(0).nullable(),
});
export const Territory = z.object(Named);
/** A delivery zone: territories priced alike, with a surcharge over the delivery basis. */
export const Zone = z.object({
  ...Named,
  territoryIds: z.array(Id).max(200),
  /** A percentage of the list price, or an amount per unit (minor units). */
  surcharge: z
    .object({ mode: z.enum(['percent', 'perUnit']), value: z.number() })
    .superRefine((s, ctx) => checkRange(ctx, ['value'], s.value, s.mode === 'percent' ? -100 : 0, s.mode === 'percent' ? 1000 : AMOUNT_LIMIT)),
});
export type Zone = z.infer<typeof Zone>;
export const ChannelKind = z.enum(['keyAccount', 'directSales', 'branch', 'dealer', 'agent', 'online', 'retail', 'other']);
export const Channel = z.object({ ...Named, kind: ChannelKind });
export const CounterpartyType = z.object(Named);
export const Kpi = z.object({
  id: Id,
  name: Line,
  unit: Line,
  /** How the value is measured and from which document or system. */
  measurement: Note,
  target: Line,
});

export const Catalogues = z.object({
  productGroups: z.array(ProductGroup).max(200),
  territories: z.array(Territory).max(200),
  zones: z.array(Zone).max(50),
  channels: z.array(Channel).max(100),
  counterpartyTypes: z.array(CounterpartyType).max(100),
  kpis: z.array(Kpi).max(100),
});
export type Catalogues = z.infer<typeof Catalogues>;
export type CatalogueName = keyof Catalogues;

// ---------------------------------------------------------------------------------------------
// Part A, chapter 1: goals of the commercial policy (structural, not financial).

export const Goal = z.object({
  id: Id,
  goal: Note,
  /** A date or a period as the user says it: "end of 2027", "Q2 2027". */
  horizon: Line,
  measure: Note,
  owner: Line,
});
export const GoalsChapter = z.object({ intro: RichText, items: z.array(Goal).max(100) });

// Chapter 2: methods of reaching the goals.

export const MethodPrinciple = z.object({
  id: Id,
  /** The kind of channel participant the principle applies to. */
  counterpartyTypeId: Ref,
  principle: Note,
});
export const MethodsChapter = z.object({ narrative: RichText, principles: z.array(MethodPrinciple).max(100) });

// Chapter 3: organisation of distribution and the sales channels used.

export const NetworkUnit = z.object({
  id: Id,
  name: Line,
  status: z.enum(['existing', 'planned']),
  location: Line,
  structure: Note,
  currentState: Note,
  goals: Note,
  tasks: Note,
});
export const PriorityChannel = z.object({
  id: Id,
  productGroupId: Ref,
  territoryId: Ref,
  channelIds: z.array(Id).max(20),
  targetCustomerType: Note,
});
export const DistributionChapter = z.object({
  narrative: RichText,
  branches: z.array(NetworkUnit).max(200),
  dealers: z.array(NetworkUnit).max(500),
  priorityChannels: z.array(PriorityChannel).max(1000),
});

// Chapter 4: rules of working with the channels.

/**
 * A rule's stable reference number within its kind ("P-3", "M-2", "C-4", "D-1"): given once, when
 * the rule is created, and kept when rows are reordered, so a document or an email can cite it.
 */
export const RuleRef = z.number().int().min(1).max(9999);
/** What every citable rule carries: its reference, and optionally who owns it and from when it applies. */
const RuleFields = { ref: RuleRef, owner: Line, effectiveDate: IsoDate.nullable() };

export const BasePriceBasis = z.enum(['exWorks', 'delivered', 'zone', 'other']);
export const PriceAdjustment = z.object({
  channelId: Ref,
  /** "" is the channel's row for all product groups; a product group's own cell overrides it. */
  productGroupId: Ref,
  /** "" applies in every zone; a zone's own adjustment overrides it there. */
  zoneId: Ref,
  /** Signed: negative is a discount from the base price, positive a markup. */
  percent: Percent,
});
/** A channel's pricing rule: its row of the price matrix, cited as one rule. */
export const PricingRule = z.object({ channelId: Id, ...RuleFields });
export const Pricing = z.object({
  /** Null until the user chooses: the document never states a basis nobody picked. */
  basis: BasePriceBasis.nullable(),
  /** With zone pricing: the zone whose price the list price is (the others add their surcharge). */
  baseZoneId: Ref,
  basePrinciple: RichText,
  deliveryCosts: RichText,
  adjustments: z.array(PriceAdjustment).max(5000),
  /** One per channel that has adjustments (kept when a channel's cells are emptied, so its number is not reused). */
  rules: z.array(PricingRule).max(100),
  narrative: RichText,
});

export const BonusTier = z.object({
  id: Id,
  /** Reached when the scheme's KPI is at or above this value over the period. */
  threshold: numberBetween(0, 1e15),
  reward: Note,
  /** The reward as a percentage, when it is one (used for margin checks). */
  rewardPercent: Percent.nullable(),
});
export const MotivationScheme = z.object({
  id: Id,
  ...RuleFields,
  name: Line,
  counterpartyTypeId: Ref,
  /** The channel whose sales the scheme rewards (checked against that channel's margin). */
  channelId: Ref,
  kpiId: Ref,
  period: z.enum(['monthly', 'quarterly', 'annual']),
  tiers: z.array(BonusTier).max(20),
  notes: Note,
});
export const Motivation = z.object({ narrative: RichText, schemes: z.array(MotivationScheme).max(100) });

const PaymentDays = z.number().int().min(0).max(365);
const PrepaymentPercent = z.number().finite().min(0).max(100);
/** Different terms within a channel: for a product group, or for orders from a size up. */
export const CreditException = z.object({
  id: Id,
  productGroupId: Ref,
  /** Orders at or above this amount (minor units); null: any order of the product group. */
  minOrder: Money.min(0).nullable(),
  prepaymentPercent: PrepaymentPercent,
  paymentDays: PaymentDays,
  note: Line,
});
export type CreditException = z.infer<typeof CreditException>;
export const CreditTerms = z.object({
  id: Id,
  ...RuleFields,
  channelId: Ref,
  paymentDays: PaymentDays,
  creditLimit: Money.min(0),
  /** Whether the limit is for each partner of the channel or shared by the whole channel; "" until the user says. */
  limitScope: z.enum(['perPartner', 'channel']).or(z.literal('')),
  prepaymentPercent: PrepaymentPercent,
  conditions: Note,
  exceptions: z.array(CreditException).max(20),
});
export const LatePaymentStep = z.object({ id: Id, afterDays: z.number().int().min(0).max(3650), action: Note });
export const CreditPolicy = z.object({
  narrative: RichText,
  terms: z.array(CreditTerms).max(100),
  newCustomerTerms: Note,
  latePaymentSteps: z.array(LatePaymentStep).max(20),
});

export const ChannelRulesChapter = z.object({
  /** Who and what the rules apply to, and from when. */
  scope: RichText,
  pricing: Pricing,
  motivation: Motivation,
  creditPolicy: CreditPolicy,
  /** Who may approve a deviation from these rules, up to what limit, and how it is escalated. */
  exceptions: RichText,
});

// Chapter 5: document flow and information exchange.

export const Party = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('company') }),
  z.object({ kind: z.literal('counterpartyType'), id: Ref }),
]);
export type Party = z.infer<typeof Party>;
export const FlowDocument = z.object({
  id: Id,
  ...RuleFields,
  name: Line,
  from: Party,
  to: Party,
  frequency: z.enum(['weekly', 'monthly', 'quarterly', 'annual', 'perEvent']),
  /** When it is due, as the user says it: "by the 5th", "by 30 November". */
  due: Line,
  content: Note,
  purpose: Note,
  feedsKpiIds: z.array(Id).max(20),
  feedsSchemeIds: z.array(Id).max(20),
});
export const DocumentFlowChapter = z.object({ narrative: RichText, documents: z.array(FlowDocument).max(200) });

export const CommercialPolicy = z.object({
  goals: GoalsChapter,
  methods: MethodsChapter,
  distribution: DistributionChapter,
  channelRules: ChannelRulesChapter,
  documentFlow: DocumentFlowChapter,
});

// ---------------------------------------------------------------------------------------------
// Part B: the sales section of the business plan.

const MonthValues = z.array(numberBetween(0, AMOUNT_LIMIT)).length(12);

export const ForecastLine = z.object({
  id: Id,
  name: Line,
  productGroupId: Id.nullable(),
  channelId: Id.nullable(),
  territoryId: Id.nullable(),
  unitName: Line,
  priceSegment: z.enum(['low', 'mid', 'high']),
  /** Money: the monthly values are amounts (minor units). Units: counts, times unitPrice. */
  planning: z.enum(['money', 'units']),
  unitPrice: Money.min(0).nullable(),
  /** Units only: "policy" takes the unit price from the price policy (list price × the channel's adjustment). */
  priceSource: z.enum(['own', 'policy']),
  /** The average order, for the funnel check (how many deals the line needs a month). */
  dealSize: Money.min(0).nullable(),
  year1: MonthValues,
  /** How year 1 was generated, kept so the user can adjust and regenerate. */
  year1Generator: z
    .object({
      start: numberBetween(0, AMOUNT_LIMIT),
      monthlyGrowthPercent: Percent,
      /** Factors by calendar month, January first, whatever month the plan starts in. */
      seasonality: z.array(z.number().finite().min(0).max(10)).length(12),
    })
    .nullable(),
  /** Year 2 onwards: an amount (same unit as year1) or a growth % over the previous year. */
  laterYears: z
    .array(
      z.object({ mode: z.enum(['amount', 'growth']), value: z.number() }).superRefine((year, ctx) =>
        year.mode === 'amount' ? checkRange(ctx, ['value'], year.value, 0, AMOUNT_LIMIT) : checkRange(ctx, ['value'], year.value, -100, 1000),
      ),
    )
    .max(9),
  /** A share of sales (up to 1000 %), or an amount per unit sold. */
  directCost: z
    .object({ mode: z.enum(['percentOfSales', 'perUnit']), value: z.number() })
    .superRefine((cost, ctx) => checkRange(ctx, ['value'], cost.value, 0, cost.mode === 'percentOfSales' ? 1000 : AMOUNT_LIMIT)),
});
export type ForecastLine = z.infer<typeof ForecastLine>;

export const OperatingCostCategory = z.enum(['salesTeam', 'marketing', 'logistics', 'overheads', 'other']);
/** A cost below gross margin: fixed per year (changing by a yearly %), or a share of sales. */
export const OperatingCost = z
  .object({
    id: Id,
    name: Line,
    category: OperatingCostCategory,
    mode: z.enum(['fixed', 'percentOfSales']),
    /** Fixed: the first plan year's amount (minor units). Share: the percentage of sales. */
    value: z.number(),
    /** Fixed costs only: the change from one plan year to the next. */
    yearlyChangePercent: Percent,
  })
  .superRefine((cost, ctx) => checkRange(ctx, ['value'], cost.value, 0, cost.mode === 'fixed' ? AMOUNT_LIMIT : 1000));
export type OperatingCost = z.infer<typeof OperatingCost>;

/**
 * A low and a high case around the plan: a percentage of the base case's sales each year, or
 * their own yearly growth from the second plan year (the first year is the base's).
 */
export const Scenarios = z.object({ mode: z.enum(['aroundBase', 'ownGrowth']), lowPercent: Percent, highPercent: Percent });
export type Scenarios = z.infer<typeof Scenarios>;

export const SalesContext = z.object({
  marketGrowthPercent: Percent.nullable(),
  potentialCustomers: numberBetween(0, 1e12).int().nullable(),
  qualifiedLeadsPerMonth: numberBetween(0, 1e12).int().nullable(),
  /** The share of qualified leads that become a deal. */
  leadConversionPercent: numberBetween(0, 100).nullable(),
  businessGoal: z.object({ description: Note, profitTarget: Money.nullable(), year: z.number().int().min(1900).max(2200).nullable() }),
  operatingCosts: z.array(OperatingCost).max(50),
  scenarios: Scenarios.nullable(),
});

export const Tactic = z.object({
  id: Id,
  tactic: Line,
  detail: Note,
  channelId: Ref,
  owner: Line,
  /** When it happens, as the user says it: "March", "every quarter". */
  when: Line,
  cost: Money.min(0).nullable(),
});
export const SalesTactics = z.object({
  interest: z.array(Tactic).max(50),
  desire: z.array(Tactic).max(50),
  decision: z.array(Tactic).max(50),
  narrative: RichText,
});

export const SalesPlan = z.object({
  overview: RichText,
  context: SalesContext,
  forecast: z.object({ lines: z.array(ForecastLine).max(200), narrative: RichText }),
  tactics: SalesTactics,
});

// ---------------------------------------------------------------------------------------------
// The executive summary: the document's first chapter. Its key figures are computed, not typed.

export const BoardDecision = z.object({ id: Id, decision: Note });
export const ExecutiveSummary = z.object({
  text: RichText,
  /** The three to five decisions the policy asks the board to take. */
  decisions: z.array(BoardDecision).max(10),
});

// ---------------------------------------------------------------------------------------------
// Part C: optional chapters a user may add to the document.

export const OPTIONAL_CHAPTER_IDS = [
  'salesStrategyInNumbers',
  'vipProgramme',
  'regionalExpansion',
  'salesOrganisation',
  'customerService',
  'implementation',
] as const;
export const OptionalChapterId = z.enum(OPTIONAL_CHAPTER_IDS);
export type OptionalChapterId = z.infer<typeof OptionalChapterId>;
export const OptionalChapter = z.object({ included: z.boolean(), body: RichText });
/** Each Part C chapter: switched on or not, its own free text, and what it asks beyond it. */
export const OptionalChapters = z.object({
  salesStrategyInNumbers: OptionalChapter,
  vipProgramme: OptionalChapter.extend(VipProgramme.shape),
  regionalExpansion: OptionalChapter.extend(RegionalExpansion.shape),
  salesOrganisation: OptionalChapter.extend(SalesOrganisation.shape),
  customerService: OptionalChapter.extend(CustomerService.shape),
  implementation: OptionalChapter.extend(Implementation.shape),
});
export type OptionalChapters = z.infer<typeof OptionalChapters>;

// ---------------------------------------------------------------------------------------------

export const Project = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: Id,
    meta: ProjectMeta,
    catalogues: Catalogues,
    summary: ExecutiveSummary,
    policy: CommercialPolicy,
    salesPlan: SalesPlan,
    optionalChapters: OptionalChapters,
  })
  .superRefine((project, ctx) => {
    const { pricing, motivation, creditPolicy } = project.policy.channelRules;
    const lists = [
      ['P', ['policy', 'channelRules', 'pricing', 'rules'], pricing.rules],
      ['M', ['policy', 'channelRules', 'motivation', 'schemes'], motivation.schemes],
      ['C', ['policy', 'channelRules', 'creditPolicy', 'terms'], creditPolicy.terms],
      ['D', ['policy', 'documentFlow', 'documents'], project.policy.documentFlow.documents],
    ] as const;
    for (const [prefix, path, rules] of lists) {
      const seen = new Set<number>();
      rules.forEach((rule: { ref: number }, index: number) => {
        if (seen.has(rule.ref)) ctx.addIssue({ code: 'custom', path: [...path, index, 'ref'], message: `Rule ${prefix}-${rule.ref} appears twice: give each rule its own number.` });
        seen.add(rule.ref);
      });
    }
    if (!forecastIsExact(project)) {
      ctx.addIssue({ code: 'custom', path: ['salesPlan', 'forecast', 'lines'], message: 'The forecast is too large to compute exactly: keep yearly sales below 90 trillion in the plan currency.' });
    }
  });
export type Project = z.infer<typeof Project>;
