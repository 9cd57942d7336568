import { PALETTE, timelineChartData } from '../charts/definitions';
import { numberFormat } from '../format';
import { toMajor } from '../money';
import { addDays } from '../calendar';
import { onboardingPlan, type OnboardingStepKind } from '../partC/onboarding';
import { roadmap } from '../partC/roadmap';
import { travellingTeam } from '../partC/travellingTeam';
import { vipCapacity, WORKING_WEEKS_PER_YEAR } from '../partC/vipCapacity';
import type { Language } from '../project/primitives';
import type { OptionalChapters, Project } from '../project/schema';
import { chapterNumbers } from '../sections/numbering';
import { amountScale, formatScaled, scaleUnitLabel } from './amounts';
import type { Builder } from './build';
import { tableColumn as col, type TableRow } from './model';
import { fill } from './texts';

/**
 * The structured content of the Part C chapters in the document: each chapter's answers, and its
 * calculators' inputs and results as short tables with one sentence of conclusion each (the
 * calculators in shared/partC). Each part prints only when its inputs are there; a builder says
 * whether it printed anything, so a chapter with nothing answered keeps its placeholder.
 */

const ONBOARDING_STEPS: readonly OnboardingStepKind[] = ['starterPack', 'groupTests', 'firstCalls', 'onSiteTraining', 'results'];

/** A timeline keeps a row a reader can follow: beyond this many, the chart shows the first ones and the table lists all. */
export const TIMELINE_MAX_ROWS = 20;

/** A decision's text as a timeline row: long ones end in an ellipsis, the table has them whole. */
const rowLabel = (text: string, max = 60) => {
  const line = cited(text);
  return line.length <= max ? line : `${line.slice(0, max).replace(/\s+\S*$/u, '').replace(/[\s,;:.–-]+$/u, '')}…`;
};

/** A timeline's caption: its text, and when the chart leaves rows out, a note saying so (after a full stop). */
function timelineCaption(b: Builder, text: string, total: number): { text: string; source: string } {
  if (total <= TIMELINE_MAX_ROWS) return { text, source: '' };
  // A Hungarian date ends in its own full stop ("2029. ápr. 1.").
  return { text: text.endsWith('.') ? text : `${text}.`, source: fill(b.t.partCContent.chartShowsFirst, { shown: TIMELINE_MAX_ROWS, total: whole(b, total) }) };
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** "4 Jan 2027" / "2027. jan. 4.": dates in table cells. */
const shortDate = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc(iso));
/** "4 January 2027" / "2027. január 4.": dates in sentences. */
const longDate = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utc(iso));
/** "18–31 Jan 2027", "2027. jan. 18–31.": a step's first and last day; one date for a one-day step. */
const dateRange = (start: string, end: string, locale: string) =>
  start === end
    ? shortDate(start, locale)
    : // A dash between two bare day numbers is closed up ("18–31 Jan"); between dates it keeps its spaces ("4 Mar – 4 May").
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(utc(start), utc(end)).replace(/(^|[\s.])(\d+)\s+–\s+(\d+)(?=[\s.]|$)/u, '$1$2–$3');
/** "January 2027" / "2027. január" (long) or "Jan 2027" / "2027. jan." (short). */
const monthLabel = (yearMonth: string, locale: string, style: 'long' | 'short' = 'long') =>
  new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(utc(`${yearMonth}-01`));

/** "in July" / "júliusban": the refresh month in a sentence. */
function inMonth(month: number, language: Language, locale: string): string {
  const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
  if (language === 'hu') return `${name}${/ber$/.test(name) ? 'ben' : 'ban'}`;
  return name;
}

/** A figure with at most one decimal: 28.9 meetings, 14.4 days, 11.5 weeks. */
const oneDecimal = (b: Builder, value: number | null) => (value === null ? '–' : numberFormat(b.locale, { maximumFractionDigits: 1 }).format(value));
const whole = (b: Builder, value: number) => numberFormat(b.locale, { maximumFractionDigits: 0 }).format(value);

/** "A, B and C": the language's list joining. */
const listOf = (b: Builder, items: string[]) => new Intl.ListFormat(b.locale, { style: 'long', type: 'conjunction' }).format(items);

/** A sentence without its closing full stop, to be cited inside another. */
const cited = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/[.;:]+$/, '');

/** A label inside a sentence: "Motivation of sales managers" → "motivation of sales managers"; "IT and CRM" stays. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? `${label[0]!.toLocaleLowerCase()}${label.slice(1)}` : label);

/** A free-text answer with its lead: one line as "Lead: text", several as the lead and a list. */
function note(b: Builder, lead: string, text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim().replace(/^[-•*]\s+/, ''))
    .filter(Boolean);
  if (lines.length === 0) return false;
  if (lines.length === 1) b.paragraph(`${lead}: ${lines[0]}`);
  else {
    b.paragraph(`${lead}:`);
    b.list(lines);
  }
  return true;
}

/** Money of one table in one scale: its cells and the unit for the header. */
function scaled(b: Builder, minorAmounts: number[]) {
  const currency = b.project.meta.currency;
  const scale = amountScale(minorAmounts.map((m) => toMajor(m, currency)), currency);
  return { cell: (minor: number) => formatScaled(toMajor(minor, currency), scale, b.locale), unit: scaleUnitLabel(scale, currency, b.locale) };
}

const figureColumns = (b: Builder) => [col(b.t.partCContent.columns.figure), col(b.t.partCContent.columns.value, 'right')];

// VIP programme ---------------------------------------------------------------------------------

export function vipProgrammeBlocks(b: Builder): boolean {
  const p = b.t.partCContent;
  const vip = b.project.optionalChapters.vipProgramme;
  let printed = false;

  const goals = vip.goals.map((g) => p.goals[g]);
  const owner = vip.owner.trim();
  if (goals.length > 0 || owner) {
    const joined = listOf(b, goals);
    b.paragraph(goals.length === 0 ? fill(p.ownerOnly, { owner }) : owner ? fill(p.goalsAndOwner, { goals: joined, owner }) : fill(p.goalsOnly, { goals: joined }));
    printed = true;
  }

  const accounts = vip.accounts.filter((a) => a.client.trim() !== '' || a.yearlyRevenue !== null);
  if (accounts.length > 0) {
    const revenues = accounts.map((a) => a.yearlyRevenue ?? 0);
    const total = revenues.reduce((x, y) => x + y, 0);
    const hasRevenue = accounts.some((a) => a.yearlyRevenue !== null);
    const money = scaled(b, [...revenues, total]);
    const rows: TableRow[] = accounts.map((a) => ({
      cells: [a.client, a.segment, a.accountManager, a.lastContact ? shortDate(a.lastContact, b.locale) : '', a.yearlyRevenue === null ? '' : money.cell(a.yearlyRevenue)],
    }));
    if (hasRevenue && accounts.length > 1) rows.push({ cells: [p.columns.total, '', '', '', money.cell(total)], emphasis: 'total' });
    b.table(
      'vip-accounts',
      hasRevenue ? b.count(p.keyAccounts, accounts.length, { total: b.moneyShort(total), unit: money.unit }) : b.count(p.keyAccountsPlain, accounts.length),
      [col(p.columns.client), col(p.columns.segment), col(p.columns.accountManager), col(p.columns.lastContact, 'right'), col(p.columns.yearlyRevenue, 'right')],
      rows,
      { rowHeaders: true },
    );
    printed = true;
  }

  // The capacity needs a list to work and a plan of contacts; the people given may be none.
  if (accounts.length > 0 && vip.contactsPerYear > 0) {
    const c = vipCapacity({ accounts: accounts.length, contactsPerYear: vip.contactsPerYear, weeklyCapacity: vip.weeklyCapacity, people: vip.people });
    const available = oneDecimal(b, c.weeksAvailablePerRound);
    const needed = c.peopleNeededWhole;
    b.table(
      'vip-capacity',
      fill(p.capacity, { needed: needed === null ? '–' : b.count(p.people, needed), given: b.count(p.people, vip.people) }),
      figureColumns(b),
      [
        [p.accounts, whole(b, accounts.length)],
        [p.contacts, whole(b, vip.contactsPerYear)],
        [p.questionnaires, whole(b, c.questionnairesPerYear)],
        [p.staffing, p.staffings[vip.staffing]],
        [p.personCapacity, fill(p.personCapacityValue, { week: oneDecimal(b, vip.weeklyCapacity), year: whole(b, c.capacityPerPerson), weeks: WORKING_WEEKS_PER_YEAR })],
        [p.peopleGiven, whole(b, vip.people)],
        [p.peopleNeeded, needed === null || c.peopleNeeded === null ? '–' : fill(p.peopleNeededValue, { whole: whole(b, needed), exact: numberFormat(b.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(c.peopleNeeded) })],
        [p.weeksPerRound, c.weeksPerRound === null ? '–' : fill(p.weeksPerRoundValue, { weeks: oneDecimal(b, c.weeksPerRound), available })],
      ].map((cells) => ({ cells })),
      { rowHeaders: true },
    );
    if (needed !== null) {
      const facts = { needed: whole(b, needed), weeks: oneDecimal(b, c.weeksPerRound), available };
      if (vip.people === 0) b.paragraph(b.count(p.staffNone, needed));
      else b.paragraph(b.count(c.staffable ? p.staffOk : p.staffShort, vip.people, facts));
    }
    printed = true;
  }

  const questions = vip.questionnaire.map((q) => q.question.trim()).filter(Boolean);
  if (questions.length > 0) {
    b.paragraph(p.questionnaireLead);
    b.list(questions, true);
    printed = true;
  }
  if (note(b, p.problemRule, vip.problemRule)) printed = true;
  if (vip.refreshMonth !== null) {
    b.paragraph(fill(p.refresh, { month: inMonth(vip.refreshMonth, b.language, b.locale) }));
    printed = true;
  }
  return printed;
}

// Entering other regions ------------------------------------------------------------------------

export function regionalExpansionBlocks(b: Builder): boolean {
  const p = b.t.partCContent;
  const r = b.project.optionalChapters.regionalExpansion;
  let printed = false;

  const regions = r.regions.filter((x) => x.territoryId !== '' || x.plan.trim() !== '');
  if (regions.length > 0) {
    const stages = (['remote', 'travellingTeam', 'ownOffice'] as const)
      .map((stage) => ({ stage, n: regions.filter((x) => x.stage === stage).length }))
      .filter(({ n }) => n > 0)
      .map(({ stage, n }) => fill(p.stageCounts[stage], { n: whole(b, n) }));
    b.table(
      'regions',
      fill(p.regions, { stages: stages.join(', ') }),
      [col(p.columns.territory), col(p.columns.stage), col(p.columns.plan)],
      regions.map((x) => ({ cells: [b.nameIn(b.project.catalogues.territories, x.territoryId), p.stages[x.stage], x.plan] })),
      { rowHeaders: true },
    );
    printed = true;
  }

  // The planner's figures have defaults (the article's pair): it prints when a region is worked by a travelling team or its costs are given.
  const team = r.team;
  if (regions.some((x) => x.stage === 'travellingTeam') || team.travelCostPerTrip > 0 || team.lodgingPerNight > 0) {
    const result = travellingTeam({
      teamSize: team.teamSize,
      officeWeeksPerCycle: team.officeWeeks,
      fieldWeeksPerCycle: team.fieldWeeks,
      meetingsPlannedPerDay: team.meetingsPlannedPerDay,
      heldPercent: team.heldPercent,
      travelCostPerTrip: team.travelCostPerTrip,
      lodgingPerNight: team.lodgingPerNight,
      flatRentPerMonth: team.flatRentPerMonth,
      flatThresholdDays: team.flatThresholdDays,
    });
    const costed = team.travelCostPerTrip > 0 || team.lodgingPerNight > 0;
    const money = (minor: number | null) => (minor === null ? '–' : b.money(Math.round(minor)));
    const meetings = oneDecimal(b, result.meetingsHeldPerMonth);
    const days = oneDecimal(b, result.daysOnSitePerMonth);
    const cost = money(result.costPerMeetingHeld);
    const rows: string[][] = [
      [p.team, b.count(p.people, team.teamSize)],
      [p.cycle, fill(p.cycleValue, { office: b.count(p.weeks, team.officeWeeks), field: b.count(p.weeks, team.fieldWeeks) })],
      [p.planned, oneDecimal(b, team.meetingsPlannedPerDay)],
      [p.held, fill(p.heldValue, { percent: b.percent(team.heldPercent, { digits: 0 }), perDay: oneDecimal(b, (team.meetingsPlannedPerDay * team.heldPercent) / 100) })],
      ...(costed ? [[p.trip, b.money(team.travelCostPerTrip)], [p.night, b.money(team.lodgingPerNight)]] : []),
      ...(team.flatRentPerMonth !== null ? [[p.flatRent, b.money(team.flatRentPerMonth)]] : []),
      [p.daysOnSite, days],
      [p.meetingsHeld, meetings],
      ...(costed ? [[p.hotelNights, oneDecimal(b, result.hotelNightsPerMonth)], [p.costPerMonth, money(result.costPerMonth)], [p.costPerMeeting, cost]] : []),
    ];
    b.table(
      'travelling-team',
      costed && result.costPerMeetingHeld !== null ? fill(p.teamCaption, { meetings, cost }) : fill(p.teamCaptionNoCost, { meetings, days }),
      figureColumns(b),
      rows.map((cells) => ({ cells })),
      { rowHeaders: true },
    );
    if (result.meetingsHeldPerMonth !== null) b.paragraph(fill(costed && result.costPerMeetingHeld !== null ? p.teamSentence : p.teamSentenceNoCost, { meetings, days, cost }));
    const onSite = result.daysOnSitePerMonth ?? 0;
    if (onSite > team.flatThresholdDays) {
      const facts = { days, threshold: oneDecimal(b, team.flatThresholdDays) };
      const flat = result.flat;
      if (!flat || flat.flatPerMonth === 0) b.paragraph(fill(p.flatNoRent, facts));
      else {
        const amounts = { ...facts, flat: money(flat.flatPerMonth), hotel: money(flat.hotelPerMonth), saving: money(flat.saving) };
        b.paragraph(fill(flat.cheaper === 'flat' ? p.flatCheaper : flat.cheaper === 'hotel' ? p.flatDearer : p.flatSame, amounts));
      }
    }
    printed = true;
  }

  if (note(b, p.officeSigns, r.officeSigns)) printed = true;
  if (note(b, p.pitfalls, r.pitfalls)) printed = true;
  return printed;
}

// Sales organisation ----------------------------------------------------------------------------

export function salesOrganisationBlocks(b: Builder): boolean {
  const p = b.t.partCContent;
  const o = b.project.optionalChapters.salesOrganisation;
  let printed = false;

  if (o.structure.length > 0) {
    b.rich(o.structure);
    printed = true;
  }

  const roles = (['newClientSales', 'clientService'] as const).map((id) => ({ id, role: o[id] })).filter(({ role }) => role.people > 0 || role.basis.trim() !== '');
  if (roles.length > 0) {
    const people = roles.reduce((n, { role }) => n + role.people, 0);
    b.table(
      'sales-roles',
      b.count(p.roles, people),
      [col(p.columns.role), col(p.columns.people, 'right'), col(p.columns.variableShare, 'right'), col(p.columns.basis)],
      roles.map(({ id, role }) => ({ cells: [p.roleNames[id], whole(b, role.people), b.percent(role.variablePercent), role.basis] })),
      { rowHeaders: true },
    );
    printed = true;
  }

  const intakes = o.hiring.filter((h): h is typeof h & { date: string } => h.date !== null && h.count > 0).map((h) => ({ date: h.date, count: h.count }));
  const plan = intakes.length > 0 ? onboardingPlan({ kind: 'dates', intakes }, { groupSize: o.groupSize, mentorWeeks: o.mentorWeeks }) : null;
  if (plan && plan.intakes.length > 0) {
    const newcomers = plan.intakes.reduce((n, i) => n + i.newcomers, 0);
    const groups = plan.intakes.reduce((n, i) => n + i.groups.length, 0);
    b.table(
      'onboarding-intakes',
      fill(p.intakes, { newcomers: b.count(p.newcomers, newcomers), groups: b.count(p.groups, groups) }),
      [col(p.columns.start), col(p.columns.newcomers, 'right'), col(p.columns.groups, 'right'), col(p.columns.mentors, 'right'), col(p.columns.mentorsFree, 'right')],
      plan.intakes.map((i) => ({
        cells: [shortDate(i.date, b.locale), whole(b, i.newcomers), i.groups.map((g) => whole(b, g)).join(' + '), whole(b, i.mentors), shortDate(addDays(i.mentoringEnd, 1), b.locale)],
      })),
      { rowHeaders: true },
    );

    // The timeline: one row per step, one column of dates per start date.
    const lastResult = plan.intakes.map((i) => i.steps.find((s) => s.kind === 'results')!.end).reduce((x, y) => (x > y ? x : y));
    const columns = plan.intakes.length === 1 ? [col(p.columns.dates)] : plan.intakes.map((i) => col(shortDate(i.date, b.locale)));
    b.table(
      'onboarding-steps',
      fill(p.steps, { date: shortDate(lastResult, b.locale) }),
      [col(p.columns.step), ...columns],
      ONBOARDING_STEPS.map((kind) => ({
        cells: [
          p.stepNames[kind],
          ...plan.intakes.map((i) => {
            const step = i.steps.find((s) => s.kind === kind)!;
            return dateRange(step.start, step.end, b.locale);
          }),
        ],
      })),
      { rowHeaders: true },
    );
    b.figure(
      'chart-onboarding',
      timelineCaption(b, fill(p.stepsChart, { date: shortDate(lastResult, b.locale) }), plan.intakes.length),
      timelineChartData(
        'onboardingTimeline',
        plan.intakes.slice(0, TIMELINE_MAX_ROWS).map((i) => ({
          label: fill(p.intakeRow, { date: shortDate(i.date, b.locale), newcomers: b.count(p.newcomers, i.newcomers) }),
          periods: ONBOARDING_STEPS.map((kind) => i.steps.find((s) => s.kind === kind) ?? null),
        })),
        ONBOARDING_STEPS.map((kind, index) => ({ name: p.stepNames[kind], color: PALETTE[index]! })),
        { currency: b.project.meta.currency, locale: b.locale },
      ),
    );

    if (plan.months.length > 0) {
      const peak = plan.months.find((m) => m.mentorsNeeded === plan.peakMentors)!;
      // Months when no one joins and no mentor is busy (the wait for results) say nothing: left out.
      const busy = plan.months.filter((m) => m.joining > 0 || m.mentorsNeeded > 0);
      b.table(
        'onboarding-months',
        b.count(p.months, plan.peakMentors),
        [col(p.columns.month), col(p.columns.joining, 'right'), col(p.columns.headcount, 'right'), col(p.columns.mentorsNeeded, 'right')],
        busy.map((m) => ({ cells: [monthLabel(m.month, b.locale, 'short'), m.joining === 0 ? '–' : whole(b, m.joining), whole(b, m.headcount), whole(b, m.mentorsNeeded)] })),
        { rowHeaders: true },
      );
      const lastJoin = [...plan.months].reverse().find((m) => m.joining > 0) ?? plan.months.at(-1)!;
      b.paragraph(b.count(p.monthsSentence, plan.peakMentors, { headcount: whole(b, lastJoin.headcount), month: monthLabel(lastJoin.month, b.locale), peakMonth: monthLabel(peak.month, b.locale) }));
    }
    printed = true;
  }
  return printed;
}

// Customer service ------------------------------------------------------------------------------

export function customerServiceBlocks(b: Builder): boolean {
  const p = b.t.partCContent;
  const s = b.project.optionalChapters.customerService;
  let printed = false;
  const segments = s.segments.filter((x) => [x.segment, x.service, x.frequency, x.owner, x.offers].some((v) => v.trim() !== ''));
  if (segments.length > 0) {
    b.table(
      'service-segments',
      b.count(p.segments, segments.length),
      [col(p.columns.segment), col(p.columns.service), col(p.columns.frequency), col(p.columns.owner), col(p.columns.offers)],
      segments.map((x) => ({ cells: [x.segment, x.service, x.frequency, x.owner, x.offers] })),
      { rowHeaders: true },
    );
    printed = true;
  }
  if (note(b, p.followUpCall, s.followUpCall)) printed = true;
  if (note(b, p.declined, s.declined)) printed = true;
  if (note(b, p.satisfaction, s.satisfaction)) printed = true;
  return printed;
}

// Implementation roadmap ------------------------------------------------------------------------

type Decisions = OptionalChapters['implementation']['decisions'];
const answered = (decisions: Decisions) => decisions.filter((d) => d.decision.trim() !== '');

export function implementationBlocks(b: Builder): boolean {
  const p = b.t.partCContent;
  const decisions = answered(b.project.optionalChapters.implementation.decisions);
  if (decisions.length === 0) return false;
  const today = b.project.meta.documentDate;
  const plan = roadmap(decisions, today);
  const overdue = new Set(plan.overdue);
  b.table(
    'roadmap',
    fill(p.decisions, { done: whole(b, plan.counts.done), doing: whole(b, plan.counts.doing), todo: whole(b, plan.counts.todo) }),
    [col(p.columns.area), col(p.columns.decision), col(p.columns.owner), col(p.columns.deadline, 'right'), col(p.columns.status)],
    plan.timeline.map((d) => ({
      cells: [p.areas[d.area], d.decision, d.owner, d.deadline ? shortDate(d.deadline, b.locale) : '–', overdue.has(d) ? fill(p.overdueStatus, { status: p.statuses[d.status] }) : p.statuses[d.status]],
    })),
  );
  const date = longDate(today, b.locale);
  roadmapChart(b, plan.timeline, overdue, today);
  if (plan.overdue.length > 0) {
    const items = plan.overdue.map((d) => fill(d.owner.trim() ? p.overdueItem : p.overdueItemNoOwner, { decision: cited(d.decision), owner: d.owner.trim(), deadline: shortDate(d.deadline!, b.locale) }));
    b.paragraph(b.count(p.overdue, plan.overdue.length, { date, list: items.join('; ') }));
  } else {
    const next = plan.timeline.find((d) => d.status !== 'done' && d.deadline !== null);
    b.paragraph(next ? fill(p.noneOverdue, { date, area: inSentence(p.areas[next.area]), deadline: shortDate(next.deadline!, b.locale) }) : fill(p.noneOverdueNoNext, { date }));
  }
  return true;
}

/** Overdue first in the legend, as the one to act on; the statuses then in their order. */
const ROADMAP_SERIES = [
  { id: 'overdue', color: PALETTE[5]! },
  { id: 'todo', color: '#7F8A94' },
  { id: 'doing', color: PALETTE[0]! },
  { id: 'done', color: PALETTE[2]! },
] as const;

/**
 * The dated decisions on a timeline from the document's date: a bar runs forward to a deadline
 * still ahead and back to one already past, coloured by status (overdue in its own colour), so
 * the bars meet at the date the roadmap is read on.
 */
function roadmapChart(b: Builder, timeline: Decisions, overdue: ReadonlySet<Decisions[number]>, today: string) {
  const p = b.t.partCContent;
  const dated = timeline.filter((d): d is typeof d & { deadline: string } => d.deadline !== null);
  if (dated.length === 0) return;
  const seriesOf = (d: Decisions[number]) => (overdue.has(d) ? 'overdue' : d.status);
  b.figure(
    'chart-roadmap',
    timelineCaption(b, fill(p.roadmapChart, { date: shortDate(today, b.locale) }), dated.length),
    timelineChartData(
      'roadmapTimeline',
      dated.slice(0, TIMELINE_MAX_ROWS).map((d) => ({
        label: rowLabel(d.decision),
        periods: ROADMAP_SERIES.map(({ id }) => (seriesOf(d) === id ? (d.deadline < today ? { start: d.deadline, end: addDays(today, -1) } : { start: today, end: d.deadline }) : null)),
      })),
      ROADMAP_SERIES.map(({ id, color }) => ({ name: p.roadmapSeries[id], color })),
      { currency: b.project.meta.currency, locale: b.locale, marker: { date: today, label: fill(p.asOf, { date: shortDate(today, b.locale) }) } },
    ),
  );
}

/**
 * The roadmap's open decisions for the executive summary, after the user's own: earliest deadline
 * first, each with its deadline, leaving out any the user already lists. None when the chapter is
 * not in the document.
 */
export function roadmapSummaryDecisions(project: Project, locale: string, texts: Builder['t'], own: readonly string[]): string[] {
  if (!chapterNumbers(project).has('implementation')) return [];
  const key = (text: string) => cited(text).toLocaleLowerCase(locale);
  const seen = new Set(own.map(key));
  const open = roadmap(answered(project.optionalChapters.implementation.decisions), project.meta.documentDate).timeline.filter((d) => d.status !== 'done');
  return open.flatMap((d) => {
    const text = cited(d.decision);
    if (seen.has(key(text))) return [];
    seen.add(key(text));
    return [d.deadline ? fill(texts.partCContent.decisionBy, { decision: text, deadline: shortDate(d.deadline, locale) }) : text];
  });
}
