import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../shared/calendar';
import { GROUP_SIZE, MENTOR_WEEKS, onboardingPlan, splitIntoGroups } from '../../shared/partC/onboarding';
import { countByStatus, overdueDecisions, roadmap, roadmapTimeline, type Decision } from '../../shared/partC/roadmap';
import { flatOrHotel, heldPercent, travellingTeam, type TravellingTeamInput } from '../../shared/partC/travellingTeam';
import { ALONGSIDE_WEEKLY_QUESTIONNAIRES, DEDICATED_WEEKLY_QUESTIONNAIRES, defaultWeeklyCapacity, vipCapacity, WORKING_WEEKS_PER_YEAR } from '../../shared/partC/vipCapacity';

/** Every number in a result, however deep, so that a property can say none is NaN or Infinity. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}
const allFinite = (value: unknown) => numbersIn(value).every(Number.isFinite);

const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
const count = fc.integer({ min: 0, max: 10_000 });

describe('VIP capacity', () => {
  it("carries the article's figures", () => {
    expect(DEDICATED_WEEKLY_QUESTIONNAIRES).toBe(15);
    expect(ALONGSIDE_WEEKLY_QUESTIONNAIRES).toEqual({ min: 5, max: 6 });
    expect(defaultWeeklyCapacity('dedicated')).toBe(15);
    expect(defaultWeeklyCapacity('alongside')).toBe(5);
    expect(WORKING_WEEKS_PER_YEAR).toBe(46);
  });

  it('a dedicated specialist at 15 a week: 120 accounts × 4 contacts', () => {
    // work = 120 × 4 = 480 a year; one person: 15 × 46 = 690 a year.
    // people = 480 / 690 = 0.6957 → 1; a round: 120 / 15 = 8 weeks; the year allows 46 / 4 = 11.5.
    const r = vipCapacity({ accounts: 120, contactsPerYear: 4, weeklyCapacity: 15, people: 1, workingWeeksPerYear: 46 });
    expect(r.questionnairesPerYear).toBe(480);
    expect(r.capacityPerPerson).toBe(690);
    expect(r.peopleNeeded).toBeCloseTo(0.69565, 5);
    expect(r.peopleNeededWhole).toBe(1);
    expect(r.weeksPerRound).toBe(8);
    expect(r.weeksAvailablePerRound).toBe(11.5);
    expect(r.staffable).toBe(true);
  });

  it('sales managers alongside their work at 5–6 a week: the same list', () => {
    // At 5: one person does 5 × 46 = 230 a year; 480 / 230 = 2.087 → 3 people.
    // One manager alone: a round takes 120 / 5 = 24 weeks > 11.5, cannot be staffed.
    const low = vipCapacity({ accounts: 120, contactsPerYear: 4, weeklyCapacity: 5, people: 1, workingWeeksPerYear: 46 });
    expect(low.peopleNeeded).toBeCloseTo(2.08696, 5);
    expect(low.peopleNeededWhole).toBe(3);
    expect(low.weeksPerRound).toBe(24);
    expect(low.staffable).toBe(false);
    // At 6: 6 × 46 = 276 a year; 480 / 276 = 1.739 → 2 people; two of them: 120 / 12 = 10 weeks a round ≤ 11.5.
    const high = vipCapacity({ accounts: 120, contactsPerYear: 4, weeklyCapacity: 6, people: 2, workingWeeksPerYear: 46 });
    expect(high.peopleNeeded).toBeCloseTo(1.73913, 5);
    expect(high.peopleNeededWhole).toBe(2);
    expect(high.weeksPerRound).toBe(10);
    expect(high.staffable).toBe(true);
  });

  it('an exact fit needs exactly one person and is staffable (default 46 weeks)', () => {
    // 345 × 2 = 690 = 15 × 46: people 1; a round 345 / 15 = 23 weeks = 46 / 2.
    const r = vipCapacity({ accounts: 345, contactsPerYear: 2, weeklyCapacity: 15, people: 1 });
    expect(r.peopleNeeded).toBe(1);
    expect(r.peopleNeededWhole).toBe(1);
    expect(r.weeksPerRound).toBe(23);
    expect(r.weeksAvailablePerRound).toBe(23);
    expect(r.staffable).toBe(true);
  });

  it('says null, not Infinity, where nothing can be computed', () => {
    // No capacity: the work can never be done.
    expect(vipCapacity({ accounts: 10, contactsPerYear: 2, weeklyCapacity: 0, people: 3 })).toMatchObject({ peopleNeeded: null, peopleNeededWhole: null, weeksPerRound: null, staffable: false });
    // No people: a round never ends, though the people needed are known (20 / 690).
    expect(vipCapacity({ accounts: 10, contactsPerYear: 2, weeklyCapacity: 15, people: 0 })).toMatchObject({ peopleNeededWhole: 1, weeksPerRound: null, staffable: false });
    // No accounts: no one needed, a round takes no time.
    expect(vipCapacity({ accounts: 0, contactsPerYear: 2, weeklyCapacity: 0, people: 0 })).toMatchObject({ peopleNeeded: 0, peopleNeededWhole: 0, weeksPerRound: 0, staffable: true });
    // No contacts planned: no time a round can take.
    expect(vipCapacity({ accounts: 10, contactsPerYear: 0, weeklyCapacity: 15, people: 1 }).weeksAvailablePerRound).toBeNull();
  });

  it('property: the whole people needed cover the work, and nothing is NaN or Infinity', () => {
    fc.assert(
      // Inputs as the form takes them: whole contacts and weeks, capacities in halves (denormal doubles are not inputs).
      fc.property(count, fc.integer({ min: 0, max: 52 }), fc.integer({ min: 0, max: 200 }).map((h) => h / 2), fc.integer({ min: 0, max: 52 }), count, (accounts, contacts, weekly, weeks, people) => {
        const r = vipCapacity({ accounts, contactsPerYear: contacts, weeklyCapacity: weekly, people, workingWeeksPerYear: weeks });
        expect(allFinite(r)).toBe(true);
        if (r.peopleNeededWhole !== null) {
          expect(r.peopleNeededWhole * r.capacityPerPerson).toBeGreaterThanOrEqual(r.questionnairesPerYear * (1 - 1e-9));
          expect(vipCapacity({ accounts, contactsPerYear: contacts, weeklyCapacity: weekly, people: r.peopleNeededWhole, workingWeeksPerYear: weeks }).staffable).toBe(true);
        }
        if (r.staffable && r.peopleNeeded !== null) expect(people).toBeGreaterThanOrEqual(r.peopleNeeded * (1 - 1e-9));
      }),
    );
  });
});

describe('travelling team', () => {
  // The article's pair: 1 week in the office, 2 in the region, 5 working days a field week.
  // A cycle is 3 weeks; a month 52/12 weeks, so 52/36 = 13/9 cycles a month.
  // Days on site: 13/9 × 2 × 5 = 130/9 ≈ 14.44 a month, more than the article's 10.
  // Each goes home at the weekend: 2 trips a cycle and 4 nights a field week each.
  // Hotel nights: 13/9 × 2 weeks × 4 nights × 2 people = 208/9 ≈ 23.11 a month.
  // Travel 20 000 a trip: 13/9 × 2 trips × 2 people × 20 000 = 1 040 000/9 ≈ 115 555.56 a month.
  // Hotel 15 000 a night: 208/9 × 15 000 = 3 120 000/9 ≈ 346 666.67 a month; together 4 160 000/9 ≈ 462 222.22.
  const article: TravellingTeamInput = {
    teamSize: 2,
    officeWeeksPerCycle: 1,
    fieldWeeksPerCycle: 2,
    meetingsPlannedPerDay: 6,
    heldPercent: (2 / 6) * 100,
    travelCostPerTrip: 20_000,
    lodgingPerNight: 15_000,
  };

  it('6 planned and 2 held a day: meetings, days and cost a month', () => {
    expect(heldPercent(2, 6)).toBeCloseTo(33.333, 3);
    const r = travellingTeam(article);
    expect(r.cycleWeeks).toBe(3);
    expect(r.cyclesPerMonth).toBeCloseTo(13 / 9, 10);
    expect(r.daysOnSitePerMonth).toBeCloseTo(14.444, 3);
    // 130/9 days × 2 held a day = 260/9 ≈ 28.89 meetings.
    expect(r.meetingsHeldPerMonth).toBeCloseTo(28.889, 3);
    expect(r.hotelNightsPerMonth).toBeCloseTo(23.111, 3);
    expect(r.costPerMonth).toBeCloseTo(462_222.22, 2);
    // (4 160 000/9) / (260/9) = 16 000 a meeting held.
    expect(r.costPerMeetingHeld).toBeCloseTo(16_000, 6);
    expect(r.flat).toBeNull();
  });

  it('7 planned and 3 held a day', () => {
    // 3/7 of 7 = 3 a day: 130/9 × 3 = 390/9 ≈ 43.33 meetings; 4 160 000/390 ≈ 10 666.67 each.
    const r = travellingTeam({ ...article, meetingsPlannedPerDay: 7, heldPercent: heldPercent(3, 7)! });
    expect(r.meetingsHeldPerMonth).toBeCloseTo(43.333, 3);
    expect(r.costPerMeetingHeld).toBeCloseTo(10_666.67, 2);
  });

  it('the flat: more than 10 days a month, and which is cheaper', () => {
    // A flat at 250 000 against 346 666.67 of hotels: the flat, by 96 666.67.
    const cheapFlat = travellingTeam({ ...article, flatRentPerMonth: 250_000 }).flat!;
    expect(cheapFlat.aboveThreshold).toBe(true);
    expect(cheapFlat.hotelPerMonth).toBeCloseTo(346_666.67, 2);
    expect(cheapFlat.cheaper).toBe('flat');
    expect(cheapFlat.saving).toBeCloseTo(96_666.67, 2);
    // A flat at 400 000: the hotels, by 53 333.33.
    const dearFlat = travellingTeam({ ...article, flatRentPerMonth: 400_000 }).flat!;
    expect(dearFlat.cheaper).toBe('hotel');
    expect(dearFlat.saving).toBeCloseTo(53_333.33, 2);
    // Two office weeks and one field week: still a 3-week cycle, 13/9 × 1 × 5 = 65/9 ≈ 7.22 days, not above 10.
    const shortStay = travellingTeam({ ...article, officeWeeksPerCycle: 2, fieldWeeksPerCycle: 1, flatRentPerMonth: 250_000 });
    expect(shortStay.daysOnSitePerMonth).toBeCloseTo(7.222, 3);
    expect(shortStay.flat!.aboveThreshold).toBe(false);
    // "More than 10": exactly 10 is not, 10.5 is.
    expect(flatOrHotel({ daysOnSitePerMonth: 10, hotelPerMonth: 100, flatRentPerMonth: 100 })).toEqual({ aboveThreshold: false, hotelPerMonth: 100, flatPerMonth: 100, cheaper: 'same', saving: 0 });
    expect(flatOrHotel({ daysOnSitePerMonth: 10.5, hotelPerMonth: 100, flatRentPerMonth: 80 }).aboveThreshold).toBe(true);
  });

  it('says null where nothing can be computed', () => {
    // A cycle of no weeks: nothing a month.
    expect(travellingTeam({ ...article, officeWeeksPerCycle: 0, fieldWeeksPerCycle: 0, flatRentPerMonth: 1 })).toEqual({
      cycleWeeks: 0,
      cyclesPerMonth: null,
      daysOnSitePerMonth: null,
      meetingsHeldPerMonth: null,
      hotelNightsPerMonth: null,
      costPerMonth: null,
      costPerMeetingHeld: null,
      flat: null,
    });
    // No meetings held: a cost a month, but none a meeting.
    const none = travellingTeam({ ...article, heldPercent: 0 });
    expect(none.meetingsHeldPerMonth).toBe(0);
    expect(none.costPerMeetingHeld).toBeNull();
    expect(heldPercent(2, 0)).toBeNull();
  });

  it('property: no NaN or Infinity for any non-negative input', () => {
    fc.assert(
      fc.property(
        fc.record({
          teamSize: fc.integer({ min: 0, max: 20 }),
          officeWeeksPerCycle: fc.double({ min: 0, max: 10, noNaN: true }),
          fieldWeeksPerCycle: fc.double({ min: 0, max: 10, noNaN: true }),
          meetingsPlannedPerDay: fc.double({ min: 0, max: 20, noNaN: true }),
          heldPercent: fc.double({ min: 0, max: 100, noNaN: true }),
          fieldDaysPerWeek: fc.double({ min: 0, max: 7, noNaN: true }),
          travelCostPerTrip: amount,
          lodgingPerNight: amount,
          flatRentPerMonth: fc.option(amount),
        }),
        (input) => {
          const r = travellingTeam(input);
          expect(allFinite(r)).toBe(true);
          if (r.flat) expect(r.flat.saving).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('onboarding', () => {
  it('one intake of 7: two groups, dated steps, two mentors for six weeks', () => {
    // 7 newcomers, groups of at most 5 → 2 groups as even as can be: 4 and 3; one mentor each.
    // Day 1 = Mon 4 Jan 2027. Tests weeks 3–4 = days 15–28 = 18–31 Jan; first calls week 5 = 1–7 Feb;
    // training days 36–37 = 8–9 Feb; results 2 to 4 months in = 4 Mar – 4 May.
    // Mentors busy 6 weeks = 42 days: 4 Jan – 14 Feb.
    const plan = onboardingPlan({ kind: 'dates', intakes: [{ date: '2027-01-04', count: 7 }] })!;
    expect(GROUP_SIZE).toBe(5);
    expect(MENTOR_WEEKS).toBe(6);
    expect(plan.intakes).toEqual([
      {
        date: '2027-01-04',
        newcomers: 7,
        groups: [4, 3],
        mentors: 2,
        mentoringEnd: '2027-02-14',
        steps: [
          { kind: 'starterPack', start: '2027-01-04', end: '2027-01-04' },
          { kind: 'groupTests', start: '2027-01-18', end: '2027-01-31' },
          { kind: 'firstCalls', start: '2027-02-01', end: '2027-02-07' },
          { kind: 'onSiteTraining', start: '2027-02-08', end: '2027-02-09' },
          { kind: 'results', start: '2027-03-04', end: '2027-05-04' },
        ],
      },
    ]);
    expect(plan.months).toEqual([
      { month: '2027-01', joining: 7, headcount: 7, mentorsNeeded: 2 },
      { month: '2027-02', joining: 0, headcount: 7, mentorsNeeded: 2 },
      { month: '2027-03', joining: 0, headcount: 7, mentorsNeeded: 0 },
      { month: '2027-04', joining: 0, headcount: 7, mentorsNeeded: 0 },
      { month: '2027-05', joining: 0, headcount: 7, mentorsNeeded: 0 },
    ]);
    expect(plan.peakMentors).toBe(2);
  });

  it('12 a month for 3 months from 31 January: month ends clamp, mentors overlap', () => {
    // Intakes 31 Jan, 28 Feb (no 31st), 31 Mar; 12 each → groups 4, 4, 4 and 3 mentors.
    // Six weeks of mentoring (day 1 + 41): to 13 Mar, 10 Apr, 11 May.
    // Jan: 3. Feb: 3 from 1 Feb, 6 from 28 Feb. Mar: 6 (1st: first + second; 31st: second + third).
    // Apr: 6 on 1 Apr (second to 10 Apr + third). May: 3. Jun, Jul: 0 (the last results end 31 Jul).
    const plan = onboardingPlan({ kind: 'monthly', start: '2027-01-31', perMonth: 12, months: 3 })!;
    expect(plan.intakes.map((i) => [i.date, i.groups, i.mentoringEnd])).toEqual([
      ['2027-01-31', [4, 4, 4], '2027-03-13'],
      ['2027-02-28', [4, 4, 4], '2027-04-10'],
      ['2027-03-31', [4, 4, 4], '2027-05-11'],
    ]);
    expect(plan.months.map((m) => [m.month, m.joining, m.headcount, m.mentorsNeeded])).toEqual([
      ['2027-01', 12, 12, 3],
      ['2027-02', 12, 24, 6],
      ['2027-03', 12, 36, 6],
      ['2027-04', 0, 36, 6],
      ['2027-05', 0, 36, 3],
      ['2027-06', 0, 36, 0],
      ['2027-07', 0, 36, 0],
    ]);
    expect(plan.peakMentors).toBe(6);
  });

  it('a mentor free after four weeks takes the next group: no overlap', () => {
    // Four weeks = 28 days: the first intake's mentors are busy 31 Jan – 27 Feb, the second's from
    // 28 Feb: never both on one day, so 3 mentors suffice every month.
    const plan = onboardingPlan({ kind: 'monthly', start: '2027-01-31', perMonth: 12, months: 3 }, { mentorWeeks: 4 })!;
    expect(plan.intakes[0]!.mentoringEnd).toBe('2027-02-27');
    expect(plan.months.slice(0, 4).map((m) => m.mentorsNeeded)).toEqual([3, 3, 3, 3]);
    expect(plan.peakMentors).toBe(3);
  });

  it("the article's alternative, 2 mentors and 4 newcomers, is groups of 2", () => {
    // 4 newcomers in groups of at most 2 → [2, 2], 2 mentors.
    const plan = onboardingPlan({ kind: 'dates', intakes: [{ date: '2027-09-01', count: 4 }] }, { groupSize: 2 })!;
    expect(plan.intakes[0]).toMatchObject({ groups: [2, 2], mentors: 2 });
  });

  it('edge cases: unsorted intakes, empty intakes, no group size, leap years', () => {
    const plan = onboardingPlan({
      kind: 'dates',
      intakes: [
        { date: '2028-03-01', count: 5 },
        { date: '2028-02-01', count: 0 },
        { date: '2028-01-15', count: 1 },
      ],
    })!;
    expect(plan.intakes.map((i) => [i.date, i.groups])).toEqual([
      ['2028-01-15', [1]],
      ['2028-03-01', [5]],
    ]);
    expect(plan.months[1]).toEqual({ month: '2028-02', joining: 0, headcount: 1, mentorsNeeded: 1 });
    expect(onboardingPlan({ kind: 'monthly', start: '2027-01-01', perMonth: 0, months: 5 })).toEqual({ intakes: [], months: [], peakMentors: 0 });
    expect(onboardingPlan({ kind: 'monthly', start: '2027-01-01', perMonth: 3, months: 1 }, { groupSize: 0 })).toBeNull();
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('property: groups never exceed the size, add up, and mentors never exceed the groups started', () => {
    const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: isoDate, count: fc.integer({ min: 0, max: 60 }) }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 20 }),
        (intakes, groupSize, mentorWeeks) => {
          const plan = onboardingPlan({ kind: 'dates', intakes }, { groupSize, mentorWeeks })!;
          expect(allFinite(plan)).toBe(true);
          const total = intakes.reduce((n, i) => n + i.count, 0);
          for (const intake of plan.intakes) {
            expect(Math.max(...intake.groups)).toBeLessThanOrEqual(groupSize);
            expect(intake.groups.reduce((a, b) => a + b, 0)).toBe(intake.newcomers);
            expect(intake.mentors).toBe(Math.ceil(intake.newcomers / groupSize));
          }
          expect(plan.intakes.reduce((n, i) => n + i.newcomers, 0)).toBe(total);
          expect(plan.peakMentors).toBeLessThanOrEqual(plan.intakes.reduce((n, i) => n + i.mentors, 0));
          if (mentorWeeks === 0) expect(plan.peakMentors).toBe(0);
          plan.months.forEach((m, i) => i > 0 && expect(m.headcount).toBeGreaterThanOrEqual(plan.months[i - 1]!.headcount));
          if (plan.months.length > 0) expect(plan.months.at(-1)!.headcount).toBe(total);
        },
      ),
    );
  });

  it('property: splitting into groups of the default size', () => {
    fc.assert(
      fc.property(count, (n) => {
        const groups = splitIntoGroups(n, GROUP_SIZE);
        expect(groups.every((g) => g >= 1 && g <= GROUP_SIZE)).toBe(true);
        expect(groups.reduce((a, b) => a + b, 0)).toBe(n);
        // As even as can be: sizes differ by at most one.
        if (groups.length > 0) expect(Math.max(...groups) - Math.min(...groups)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('implementation roadmap', () => {
  const decisions: (Decision & { id: string })[] = [
    { id: 'it', area: 'informationTechnology', owner: 'IT lead', deadline: '2027-06-30', status: 'todo' },
    { id: 'structure', area: 'structure', owner: 'CEO', deadline: '2027-02-28', status: 'done' },
    { id: 'motivation', area: 'motivation', owner: 'HR', deadline: null, status: 'todo' },
    { id: 'staff', area: 'staff', owner: 'HR', deadline: '2027-03-31', status: 'doing' },
    { id: 'methods', area: 'salesManagement', owner: 'Sales director', deadline: '2027-03-31', status: 'todo' },
    { id: 'departments', area: 'otherDepartments', owner: 'COO', deadline: '2027-04-15', status: 'doing' },
  ];

  it('sorts by deadline, ties in the given order, no deadline last', () => {
    expect(roadmapTimeline(decisions).map((d) => d.id)).toEqual(['structure', 'staff', 'methods', 'departments', 'it', 'motivation']);
  });

  it('overdue on 15 April 2027: past deadlines not done; a deadline of today is on time', () => {
    // structure (28 Feb) is done; staff and methods (31 Mar) are late; departments is due today.
    expect(overdueDecisions(decisions, '2027-04-15').map((d) => d.id)).toEqual(['staff', 'methods']);
    expect(overdueDecisions(decisions, '2027-04-16').map((d) => d.id)).toEqual(['staff', 'methods', 'departments']);
  });

  it('counts by status', () => {
    expect(countByStatus(decisions)).toEqual({ todo: 3, doing: 2, done: 1 });
    expect(roadmap([], '2027-01-01')).toEqual({ timeline: [], overdue: [], counts: { todo: 0, doing: 0, done: 0 } });
  });

  it('property: the timeline is a sorted permutation; overdue is part of it; counts add up', () => {
    const decision = fc.record({
      area: fc.string(),
      owner: fc.string(),
      deadline: fc.option(fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      status: fc.constantFrom('todo' as const, 'doing' as const, 'done' as const),
    });
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 20 }), (list) => {
        const r = roadmap(list, '2027-06-01');
        expect(r.timeline).toHaveLength(list.length);
        expect(new Set(r.timeline)).toEqual(new Set(list));
        const dated = r.timeline.filter((d) => d.deadline !== null);
        expect(r.timeline.slice(0, dated.length)).toEqual(dated);
        dated.forEach((d, i) => i > 0 && expect(d.deadline! >= dated[i - 1]!.deadline!).toBe(true));
        expect(r.overdue.every((d) => r.timeline.includes(d) && d.status !== 'done' && d.deadline! < '2027-06-01')).toBe(true);
        expect(r.counts.todo + r.counts.doing + r.counts.done).toBe(list.length);
      }),
    );
  });
});
