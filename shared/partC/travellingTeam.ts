import { nonNegative, ratio } from './arithmetic';

/**
 * A travelling team working a region from head office: it spends some weeks in the office booking
 * meetings by phone and e-mail, then some weeks in the region holding them. The article's pattern:
 * a pair, one week in the office and two in the region; of 6–7 meetings planned a day 2–3 take
 * place; more than 10 days a month on site makes renting a company flat worth considering.
 * Money is in whatever unit the caller passes (minor units in the app) and is not rounded here:
 * the document rounds when it prints.
 */

export const ARTICLE_TEAM_SIZE = 2;
export const ARTICLE_OFFICE_WEEKS = 1;
export const ARTICLE_FIELD_WEEKS = 2;
export const ARTICLE_MEETINGS_PLANNED_PER_DAY = { min: 6, max: 7 } as const;
export const ARTICLE_MEETINGS_HELD_PER_DAY = { min: 2, max: 3 } as const;
/** Days on site a month above which a flat may be cheaper than hotels ("more than 10 days"). */
export const FLAT_THRESHOLD_DAYS_PER_MONTH = 10;
/** Working days in a field week; not from the article. */
export const DEFAULT_FIELD_DAYS_PER_WEEK = 5;
/** 52 weeks ÷ 12 months: cycles are counted in weeks, costs are wanted a month. */
export const WEEKS_PER_MONTH = 52 / 12;

/** The share of planned meetings that take place, in per cent; null when none are planned. */
export function heldPercent(heldPerDay: number, plannedPerDay: number): number | null {
  const share = ratio(nonNegative(heldPerDay), nonNegative(plannedPerDay));
  return share === null ? null : share * 100;
}

export interface TravellingTeamInput {
  /** People travelling; each pays the trip and a hotel bed. */
  teamSize: number;
  officeWeeksPerCycle: number;
  fieldWeeksPerCycle: number;
  /** Meetings the team plans a working day on site (the article's figure is the team's day). */
  meetingsPlannedPerDay: number;
  /** The share of planned meetings that take place, in per cent. */
  heldPercent: number;
  /** Working days in a field week; defaults to 5. */
  fieldDaysPerWeek?: number;
  /** A return trip to the region, per person. */
  travelCostPerTrip: number;
  /** A hotel night, per person. */
  lodgingPerNight: number;
  /**
   * Return trips per person a cycle. Defaults to one per field week: the team goes home for the
   * weekend, which is also when a hotel would charge for nights no one works.
   */
  tripsPerCycle?: number;
  /** Hotel nights per person a field week; defaults to field days − 1 (out the first morning, home the last evening). */
  nightsPerFieldWeek?: number;
  /** A company flat's monthly rent with its running costs; null to leave the flat out. */
  flatRentPerMonth?: number | null;
  /** Days on site a month above which the flat is worth considering; defaults to 10. */
  flatThresholdDays?: number;
}

export interface FlatCase {
  /** True when days on site a month exceed the threshold: the case the article makes for a flat. */
  aboveThreshold: boolean;
  /** Hotel nights a month for the whole team × the price of a night. */
  hotelPerMonth: number;
  flatPerMonth: number;
  cheaper: 'hotel' | 'flat' | 'same';
  /** How much less the cheaper one costs a month (0 when the same). */
  saving: number;
}

export interface TravellingTeam {
  cycleWeeks: number;
  /** Cycles a month (weeks a month ÷ cycle weeks); null for a cycle of no weeks. */
  cyclesPerMonth: number | null;
  /** Working days the team spends in the region a month. */
  daysOnSitePerMonth: number | null;
  meetingsHeldPerMonth: number | null;
  /** Hotel nights a month, counted for the whole team. */
  hotelNightsPerMonth: number | null;
  /** Travel and hotels a month for the whole team. */
  costPerMonth: number | null;
  /** Cost a month ÷ meetings held a month; null when no meetings are held. */
  costPerMeetingHeld: number | null;
  /** Null when no flat rent is given or the month cannot be computed. */
  flat: FlatCase | null;
}

export function travellingTeam(input: TravellingTeamInput): TravellingTeam {
  const team = nonNegative(input.teamSize);
  const fieldWeeks = nonNegative(input.fieldWeeksPerCycle);
  const cycleWeeks = nonNegative(input.officeWeeksPerCycle) + fieldWeeks;
  const fieldDays = nonNegative(input.fieldDaysPerWeek ?? DEFAULT_FIELD_DAYS_PER_WEEK);
  const trips = nonNegative(input.tripsPerCycle ?? fieldWeeks);
  const nightsPerWeek = nonNegative(input.nightsPerFieldWeek ?? Math.max(0, fieldDays - 1));
  const heldPerDay = (nonNegative(input.meetingsPlannedPerDay) * nonNegative(input.heldPercent)) / 100;

  const cyclesPerMonth = ratio(WEEKS_PER_MONTH, cycleWeeks);
  if (cyclesPerMonth === null) {
    return { cycleWeeks, cyclesPerMonth, daysOnSitePerMonth: null, meetingsHeldPerMonth: null, hotelNightsPerMonth: null, costPerMonth: null, costPerMeetingHeld: null, flat: null };
  }
  const daysOnSitePerMonth = cyclesPerMonth * fieldWeeks * fieldDays;
  const meetingsHeldPerMonth = daysOnSitePerMonth * heldPerDay;
  const hotelNightsPerMonth = cyclesPerMonth * fieldWeeks * nightsPerWeek * team;
  const travelPerMonth = cyclesPerMonth * trips * team * nonNegative(input.travelCostPerTrip);
  const hotelPerMonth = hotelNightsPerMonth * nonNegative(input.lodgingPerNight);
  const costPerMonth = travelPerMonth + hotelPerMonth;
  // Nothing spent and nothing held is "cannot be computed", not a cost of 0 a meeting.
  const costPerMeetingHeld = ratio(costPerMonth, meetingsHeldPerMonth);

  const rent = input.flatRentPerMonth;
  const flat =
    rent === null || rent === undefined
      ? null
      : flatOrHotel({ daysOnSitePerMonth, hotelPerMonth, flatRentPerMonth: rent, thresholdDays: input.flatThresholdDays ?? FLAT_THRESHOLD_DAYS_PER_MONTH });
  return { cycleWeeks, cyclesPerMonth, daysOnSitePerMonth, meetingsHeldPerMonth, hotelNightsPerMonth, costPerMonth, costPerMeetingHeld, flat };
}

/**
 * Hotels against a flat for a month on site. The flat houses the whole team and is paid every
 * month whether used or not; the trips cost the same either way, so only lodging is compared.
 */
export function flatOrHotel(input: { daysOnSitePerMonth: number; hotelPerMonth: number; flatRentPerMonth: number; thresholdDays?: number }): FlatCase {
  const hotel = nonNegative(input.hotelPerMonth);
  const flat = nonNegative(input.flatRentPerMonth);
  const cheaper = hotel === flat ? 'same' : flat < hotel ? 'flat' : 'hotel';
  return {
    // "More than 10 days": exactly 10 is not above the threshold.
    aboveThreshold: nonNegative(input.daysOnSitePerMonth) > nonNegative(input.thresholdDays ?? FLAT_THRESHOLD_DAYS_PER_MONTH),
    hotelPerMonth: hotel,
    flatPerMonth: flat,
    cheaper,
    saving: Math.abs(hotel - flat),
  };
}
