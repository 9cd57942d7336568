import { ceilWhole, nonNegative, ratio } from './arithmetic';

/**
 * The VIP programme's capacity: every key account is contacted a few times a year with a
 * questionnaire, and one person completes only so many a week. The article's figures: a person
 * working only the VIP list completes at most 15 questionnaires a week; a sales manager doing it
 * alongside their own clients 5–6.
 */

/** At most this many questionnaires a week from a person working only the VIP list. */
export const DEDICATED_WEEKLY_QUESTIONNAIRES = 15;
/** A sales manager working the list alongside their own clients: 5 to 6 a week. */
export const ALONGSIDE_WEEKLY_QUESTIONNAIRES = { min: 5, max: 6 } as const;
/**
 * Working weeks a year. Not from the article: 52 weeks less about four weeks of leave and two of
 * public holidays; the caller passes its own figure when it knows better.
 */
export const WORKING_WEEKS_PER_YEAR = 46;

export type VipStaffing = 'dedicated' | 'alongside';

/**
 * The weekly capacity to plan with for each way of staffing the list. For the sales team the
 * lower end of 5–6: a plan that needs the best week every week is not a plan.
 */
export function defaultWeeklyCapacity(staffing: VipStaffing): number {
  return staffing === 'dedicated' ? DEDICATED_WEEKLY_QUESTIONNAIRES : ALONGSIDE_WEEKLY_QUESTIONNAIRES.min;
}

export interface VipCapacityInput {
  /** Key accounts on the list. */
  accounts: number;
  /** Contacts (completed questionnaires) per account a year; one round contacts every account once. */
  contactsPerYear: number;
  /** Questionnaires one person completes a week. */
  weeklyCapacity: number;
  /** People given to the programme. */
  people: number;
  /** Defaults to WORKING_WEEKS_PER_YEAR. */
  workingWeeksPerYear?: number;
}

export interface VipCapacity {
  /** accounts × contacts a year. */
  questionnairesPerYear: number;
  /** What one person completes a year: weekly capacity × working weeks. */
  capacityPerPerson: number;
  /** People the year's questionnaires need; null when no one can complete any (capacity or weeks 0). */
  peopleNeeded: number | null;
  /** The same, rounded up to whole people. */
  peopleNeededWhole: number | null;
  /** Weeks one round (every account once) takes with the given people; null when they complete none a week. */
  weeksPerRound: number | null;
  /** Weeks a round may take for the year's rounds to fit in the working year; null with no contacts planned. */
  weeksAvailablePerRound: number | null;
  /** True when the given people complete the year's questionnaires within the working year. */
  staffable: boolean;
}

export function vipCapacity(input: VipCapacityInput): VipCapacity {
  const accounts = nonNegative(input.accounts);
  const contacts = nonNegative(input.contactsPerYear);
  const weekly = nonNegative(input.weeklyCapacity);
  const people = nonNegative(input.people);
  const weeks = nonNegative(input.workingWeeksPerYear ?? WORKING_WEEKS_PER_YEAR);
  const work = accounts * contacts;
  const capacityPerPerson = weekly * weeks;
  // No work needs no one, whatever the capacity; work with no capacity cannot be staffed at all.
  const peopleNeeded = work === 0 ? 0 : ratio(work, capacityPerPerson);
  const weeksPerRound = accounts === 0 ? 0 : ratio(accounts, people * weekly);
  return {
    questionnairesPerYear: work,
    capacityPerPerson,
    peopleNeeded,
    peopleNeededWhole: peopleNeeded === null ? null : ceilWhole(peopleNeeded),
    weeksPerRound,
    weeksAvailablePerRound: ratio(weeks, contacts),
    // Compared as work against capacity rather than people against peopleNeeded, with a relative
    // margin of a rounding bit, so that a plan that fits exactly is not failed by floating point.
    staffable: work <= people * capacityPerPerson * (1 + 1e-12),
  };
}
