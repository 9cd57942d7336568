import { z } from 'zod';
import { RichText } from '../text/richText';
import { Id, IsoDate, Line, Money, Note, numberBetween } from './primitives';

/**
 * The structured content of the Part C chapters (the source article's practical know-how): what
 * the user answers beyond the chapter's free text, and the inputs of its calculators
 * (shared/partC). Every field has an empty value, so a chapter switched on starts blank.
 */

const Ref = Id.or(z.literal(''));
const Count = numberBetween(0, 100_000).int();

// VIP programme for key accounts --------------------------------------------------------------

export const VIP_GOALS = ['contacts', 'range', 'feedback', 'referrals'] as const;
export const KeyAccount = z.object({
  id: Id,
  client: Line,
  segment: Line,
  accountManager: Line,
  lastContact: IsoDate.nullable(),
  yearlyRevenue: Money.min(0).nullable(),
});
export type KeyAccount = z.infer<typeof KeyAccount>;
export const VipQuestion = z.object({ id: Id, question: Note });
export const VipProgramme = z.object({
  goals: z.array(z.enum(VIP_GOALS)).max(VIP_GOALS.length),
  owner: Line,
  accounts: z.array(KeyAccount).max(2000),
  /** Who works the programme: dedicated specialists, or sales managers alongside their own work. */
  staffing: z.enum(['dedicated', 'alongside']),
  people: numberBetween(0, 1000).int(),
  /** Questionnaires one person completes a week (the article: 15 dedicated, 5–6 alongside). */
  weeklyCapacity: numberBetween(0, 1000),
  contactsPerYear: numberBetween(0, 52).int(),
  questionnaire: z.array(VipQuestion).max(50),
  /** What happens to a problem a client raises: open until the owner reports the fix, then a follow-up. */
  problemRule: Note,
  /** The month (1–12) the key-account list is refreshed each year. */
  refreshMonth: numberBetween(1, 12).int().nullable(),
});
export type VipProgramme = z.infer<typeof VipProgramme>;

// Entering other regions ----------------------------------------------------------------------

export const REGION_STAGES = ['remote', 'travellingTeam', 'ownOffice'] as const;
export const ExpansionRegion = z.object({ id: Id, territoryId: Ref, stage: z.enum(REGION_STAGES), plan: Note });
export const TravellingTeamPlan = z.object({
  teamSize: numberBetween(0, 100).int(),
  officeWeeks: numberBetween(0, 52).int(),
  fieldWeeks: numberBetween(0, 52).int(),
  meetingsPlannedPerDay: numberBetween(0, 50),
  /** The share of planned meetings that take place (the article: 2–3 of 6–7). */
  heldPercent: numberBetween(0, 100),
  travelCostPerTrip: Money.min(0),
  lodgingPerNight: Money.min(0),
  flatRentPerMonth: Money.min(0).nullable(),
  /** Days on site a month above which a rented flat is worth weighing (the article: 10). */
  flatThresholdDays: numberBetween(0, 31),
});
export type TravellingTeamPlan = z.infer<typeof TravellingTeamPlan>;
export const RegionalExpansion = z.object({
  regions: z.array(ExpansionRegion).max(200),
  team: TravellingTeamPlan,
  /** The signs that justify an own office in a region. */
  officeSigns: Note,
  /** Approaches that tend to fail, and why. */
  pitfalls: Note,
});
export type RegionalExpansion = z.infer<typeof RegionalExpansion>;

// Sales organisation --------------------------------------------------------------------------

export const SalesRole = z.object({
  people: Count,
  /** The variable share of income on plan, in per cent (the article: ~60% sales, ~80% service). */
  variablePercent: numberBetween(0, 100),
  /** What the variable pay is paid on: the plan, collections… */
  basis: Line,
});
export const HiringIntake = z.object({ id: Id, date: IsoDate.nullable(), count: numberBetween(0, 1000).int() });
export const SalesOrganisation = z.object({
  /** The structure by stage of growth. */
  structure: RichText,
  newClientSales: SalesRole,
  clientService: SalesRole,
  hiring: z.array(HiringIntake).max(60),
  /** Newcomers in one group under one mentor (the article: 5). */
  groupSize: numberBetween(1, 50).int(),
  /** Weeks a mentor stays with a group. */
  mentorWeeks: numberBetween(1, 52).int(),
});
export type SalesOrganisation = z.infer<typeof SalesOrganisation>;

// Customer service and retention --------------------------------------------------------------

export const ServiceSegment = z.object({ id: Id, segment: Line, service: Note, frequency: Line, owner: Line, offers: Note });
export const CustomerService = z.object({
  segments: z.array(ServiceSegment).max(100),
  followUpCall: Note,
  /** How prospects who declined are recorded and when they are approached again. */
  declined: Note,
  satisfaction: Note,
});
export type CustomerService = z.infer<typeof CustomerService>;

// Implementation roadmap ----------------------------------------------------------------------

export const ROADMAP_AREA_IDS = ['structure', 'staff', 'motivation', 'informationTechnology', 'otherDepartments', 'salesManagement', 'other'] as const;
export const RoadmapDecision = z.object({
  id: Id,
  area: z.enum(ROADMAP_AREA_IDS),
  decision: Note,
  owner: Line,
  deadline: IsoDate.nullable(),
  status: z.enum(['todo', 'doing', 'done']),
});
export type RoadmapDecision = z.infer<typeof RoadmapDecision>;
export const Implementation = z.object({ decisions: z.array(RoadmapDecision).max(100) });
export type Implementation = z.infer<typeof Implementation>;

/** The blank structured content of each Part C chapter. */
export const emptyPartC = () => ({
  vipProgramme: {
    goals: [],
    owner: '',
    accounts: [],
    staffing: 'dedicated' as const,
    people: 0,
    weeklyCapacity: 15,
    contactsPerYear: 0,
    questionnaire: [],
    problemRule: '',
    refreshMonth: null,
  } satisfies VipProgramme,
  regionalExpansion: {
    regions: [],
    team: { teamSize: 2, officeWeeks: 1, fieldWeeks: 2, meetingsPlannedPerDay: 6, heldPercent: 40, travelCostPerTrip: 0, lodgingPerNight: 0, flatRentPerMonth: null, flatThresholdDays: 10 },
    officeSigns: '',
    pitfalls: '',
  } satisfies RegionalExpansion,
  salesOrganisation: {
    structure: [],
    newClientSales: { people: 0, variablePercent: 60, basis: '' },
    clientService: { people: 0, variablePercent: 80, basis: '' },
    hiring: [],
    groupSize: 5,
    mentorWeeks: 6,
  } satisfies SalesOrganisation,
  customerService: { segments: [], followUpCall: '', declined: '', satisfaction: '' } satisfies CustomerService,
  implementation: { decisions: [] } satisfies Implementation,
});
