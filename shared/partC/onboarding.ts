import { addDays, addMonths, dayNumber } from '../calendar';
import { ceilWhole, nonNegative } from './arithmetic';

/**
 * Onboarding newcomers to the sales team, after the article: working groups of at most 5 under
 * one mentor; a starter pack of documents on day 1; two group tests in weeks 3–4; first calls
 * under a senior a week later; a two-day on-site training; results after 2–4 months. Dates are
 * ISO calendar dates (YYYY-MM-DD), counted in UTC so that no time zone moves a day.
 */

/** The article's working group: 5 newcomers under 1 mentor. */
export const GROUP_SIZE = 5;
/**
 * Weeks a mentor is taken up by a group: the guided part of the programme, from the starter pack
 * through the tests (weeks 3–4) and first calls (week 5) to the on-site training (week 6). After
 * that the newcomers call on their own and the mentor can take the next group. Not a figure from
 * the article, which gives the steps but not when the mentor lets go.
 */
export const MENTOR_WEEKS = 6;

export type OnboardingStepKind = 'starterPack' | 'groupTests' | 'firstCalls' | 'onSiteTraining' | 'results';

export interface OnboardingStep {
  kind: OnboardingStepKind;
  /** First and last day, both included. */
  start: string;
  end: string;
}

export type HiringPlan =
  /** The same number of newcomers each month, starting on `start` and on the same day of each later month. */
  | { kind: 'monthly'; start: string; perMonth: number; months: number }
  | { kind: 'dates'; intakes: { date: string; count: number }[] };

export interface Intake {
  date: string;
  newcomers: number;
  /** Group sizes, as even as they can be (7 → 4 and 3), each at most the group size. */
  groups: number[];
  mentors: number;
  /** The mentors' busy weeks: from the intake date to its last day, both included. */
  mentoringEnd: string;
  steps: OnboardingStep[];
}

export interface OnboardingMonth {
  /** YYYY-MM. */
  month: string;
  /** Newcomers starting this month. */
  joining: number;
  /** Everyone hired so far, by the month's last day. */
  headcount: number;
  /** The most mentors busy on any one day of the month. */
  mentorsNeeded: number;
}

export interface OnboardingPlan {
  intakes: Intake[];
  months: OnboardingMonth[];
  /** The most mentors busy on any one day of the plan. */
  peakMentors: number;
}

export interface OnboardingOptions {
  /** Most newcomers a group; defaults to 5. Below 1 there are no groups: the plan is null. */
  groupSize?: number;
  /** Weeks a mentor is busy with a group; defaults to MENTOR_WEEKS. */
  mentorWeeks?: number;
}

/** Splits newcomers into the fewest groups of at most `size`, as even as possible. */
export function splitIntoGroups(newcomers: number, size: number): number[] {
  const count = Math.floor(nonNegative(newcomers));
  if (count === 0) return [];
  const groups = ceilWhole(count / size);
  const base = Math.floor(count / groups);
  return Array.from({ length: groups }, (_, i) => base + (i < count % groups ? 1 : 0));
}

/** The programme's steps for newcomers starting on `date` (day 1). */
export function onboardingSteps(date: string): OnboardingStep[] {
  const day = (n: number) => addDays(date, n - 1);
  return [
    { kind: 'starterPack', start: day(1), end: day(1) },
    { kind: 'groupTests', start: day(15), end: day(28) }, // weeks 3–4
    { kind: 'firstCalls', start: day(29), end: day(35) }, // week 5: a week after the tests
    { kind: 'onSiteTraining', start: day(36), end: day(37) }, // two days, opening week 6
    // "After 2–4 months of work": the window from two months in to four months in.
    { kind: 'results', start: addMonths(date, 2), end: addMonths(date, 4) },
  ];
}

function intakeDates(hiring: HiringPlan): { date: string; count: number }[] {
  if (hiring.kind === 'dates') return [...hiring.intakes].sort((a, b) => a.date.localeCompare(b.date));
  const months = Math.floor(nonNegative(hiring.months));
  return Array.from({ length: months }, (_, i) => ({ date: addMonths(hiring.start, i), count: hiring.perMonth }));
}

/**
 * The plan for a hiring plan: each intake's groups and dated steps, and per month from the first
 * intake to the last step's end, the newcomers joining, the headcount and the mentors needed.
 * Intakes of no one are left out. Null when the group size is below 1 (no group can be formed).
 */
export function onboardingPlan(hiring: HiringPlan, options: OnboardingOptions = {}): OnboardingPlan | null {
  const size = Math.floor(nonNegative(options.groupSize ?? GROUP_SIZE));
  if (size < 1) return null;
  const mentorDays = Math.round(nonNegative(options.mentorWeeks ?? MENTOR_WEEKS) * 7);

  const intakes: Intake[] = intakeDates(hiring)
    .map(({ date, count }) => {
      const groups = splitIntoGroups(count, size);
      return {
        date,
        newcomers: groups.reduce((a, b) => a + b, 0),
        groups,
        mentors: groups.length,
        mentoringEnd: addDays(date, Math.max(0, mentorDays - 1)),
        steps: onboardingSteps(date),
      };
    })
    .filter((intake) => intake.newcomers > 0);
  if (intakes.length === 0) return { intakes, months: [], peakMentors: 0 };

  // Mentoring periods as day numbers, half-open [from, to); a zero-week setting busies no one.
  const periods = intakes.map((i) => ({ from: dayNumber(i.date), to: dayNumber(i.date) + mentorDays, mentors: i.mentors }));
  const busyOn = (day: number) => periods.reduce((n, p) => (p.from <= day && day < p.to ? n + p.mentors : n), 0);
  // The count only rises on a day a period starts, so the month's peak is on its first day or on one of those.
  const peakBetween = (from: number, to: number) =>
    Math.max(busyOn(from), ...periods.filter((p) => p.from > from && p.from <= to).map((p) => busyOn(p.from)));

  const first = intakes[0]!.date.slice(0, 7);
  const last = intakes.flatMap((i) => [...i.steps.map((s) => s.end), i.mentoringEnd]).reduce((a, b) => (a > b ? a : b)).slice(0, 7);
  const months: OnboardingMonth[] = [];
  let headcount = 0;
  for (let month = `${first}-01`; month.slice(0, 7) <= last; month = addMonths(month, 1)) {
    const key = month.slice(0, 7);
    const joining = intakes.filter((i) => i.date.startsWith(key)).reduce((n, i) => n + i.newcomers, 0);
    headcount += joining;
    months.push({ month: key, joining, headcount, mentorsNeeded: peakBetween(dayNumber(month), dayNumber(addMonths(month, 1)) - 1) });
  }
  return { intakes, months, peakMentors: Math.max(0, ...months.map((m) => m.mentorsNeeded)) };
}
