import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../shared/calendar';
import { buildDocument } from '../../shared/document/build';
import { captionEntry, captionsOf, plainTextOf, type ChartBlock, type DocumentModel, type TableBlock } from '../../shared/document/model';
import { createBlankProject } from '../../shared/project/blank';
import type { Language } from '../../shared/project/primitives';
import type { Project } from '../../shared/project/schema';

/**
 * The Part C chapters in the document (issue 16): each chapter's answers and its calculators'
 * inputs and results as short tables with a sentence of conclusion. Figures are checked by hand.
 */

const HUF = (major: number) => major * 100;

function blank(language: Language = 'en'): Project {
  const project = createBlankProject({ id: 'partc', now: new Date('2026-12-01T00:00:00Z'), currency: 'HUF' });
  project.meta.outputLanguage = language;
  project.meta.documentDate = '2026-12-01';
  return project;
}

/** 120 key accounts, each contacted 4 times a year, worked by 1 sales manager alongside at 5 a week. */
function vipProject(language: Language = 'en'): Project {
  const project = blank(language);
  const vip = project.optionalChapters.vipProgramme;
  vip.included = true;
  vip.goals = ['contacts', 'referrals'];
  vip.owner = 'Anna Kovács, key-account director';
  vip.accounts = Array.from({ length: 120 }, (_, i) => ({
    id: `a${i}`,
    client: `Client ${String(i + 1).padStart(3, '0')}`,
    segment: i % 2 ? 'Retail' : 'Industry',
    accountManager: 'Béla Nagy',
    lastContact: '2026-10-15',
    yearlyRevenue: HUF(10_000_000),
  }));
  vip.staffing = 'alongside';
  vip.people = 1;
  vip.weeklyCapacity = 5;
  vip.contactsPerYear = 4;
  vip.questionnaire = [
    { id: 'q1', question: 'Who is our contact person now?' },
    { id: 'q2', question: 'How satisfied are you with our service?' },
  ];
  vip.problemRule = 'Stays open until the owner reports the fix; then a follow-up meeting.';
  vip.refreshMonth = 7;
  return project;
}

/** Intl puts no-break and narrow spaces in amounts and dates; the checks read them as spaces. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');
const build = (project: Project) => buildDocument(project, { draft: true });
const textOf = (model: DocumentModel) => spaces(plainTextOf(model));
const table = (model: DocumentModel, id: string) => model.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id);
const figure = (model: DocumentModel, id: string) => model.blocks.find((b): b is ChartBlock => b.kind === 'chart' && b.id === id);
/** A period of days as the chart holds it: from its first day to the day after its last. */
const days = (first: string, last: string) => ({ from: dayNumber(first), to: dayNumber(last) + 1 });
const cell = (t: TableBlock, label: string) => spaces(t.rows.find((r) => r.cells[0] === label)?.cells[1] ?? '');

describe('VIP programme', () => {
  it('prints goals and owner, the key-account list with its total, and the capacity that cannot be staffed', () => {
    const model = build(vipProject());
    const text = textOf(model);
    expect(text).toContain('The programme is for keeping contacts up to date, newly appointed managers included and referrals to new clients; its owner is Anna Kovács, key-account director.');
    const accounts = table(model, 'vip-accounts')!;
    expect(accounts.rows).toHaveLength(121);
    // 120 × HUF 10m = HUF 1.2bn, in millions in the table.
    expect(accounts.rows.at(-1)).toMatchObject({ emphasis: 'total' });
    expect(accounts.rows.at(-1)!.cells.at(-1)).toBe('1,200');
    expect(accounts.columns.at(-1)!.header).toBe('Yearly revenue');
    expect(spaces(accounts.caption.text)).toBe('120 key accounts: HUF 1.2bn yearly revenue (HUF m)');

    // 120 × 4 = 480 a year; one person 5 × 46 = 230 a year → 480 / 230 = 2.09 → 3 people.
    // A round of 120 at 5 a week takes 24 weeks; 46 / 4 = 11.5 are available.
    const capacity = table(model, 'vip-capacity')!;
    expect(cell(capacity, 'Questionnaires a year')).toBe('480');
    expect(cell(capacity, 'One person’s capacity')).toBe('5 a week, 230 a year (46 working weeks)');
    expect(cell(capacity, 'People needed')).toBe('3 (2.1 full-time)');
    expect(cell(capacity, 'Weeks a round (every account once)')).toBe('24 (11.5 available)');
    expect(capacity.caption.text).toBe('Capacity of the VIP programme: 3 people needed, 1 person given');
    expect(text).toContain('3 people are needed; 1 is given: a round takes 24 weeks, more than the 11.5 available.');
    expect(model.blocks).toContainEqual({ kind: 'list', ordered: true, items: ['Who is our contact person now?', 'How satisfied are you with our service?'] });
    expect(text).toContain('Problems clients raise: Stays open until the owner reports the fix; then a follow-up meeting.');
    expect(text).toContain('The key-account list is refreshed every year in July.');
  });

  it('says a round fits when the people given suffice', () => {
    // 120 accounts, 2 contacts, 1 dedicated specialist at 15 a week: 240 ≤ 690; a round in 8 weeks of 23.
    const project = vipProject();
    Object.assign(project.optionalChapters.vipProgramme, { staffing: 'dedicated', weeklyCapacity: 15, contactsPerYear: 2 });
    expect(textOf(build(project))).toContain('1 person completes a round in 8 weeks, within the 23 available.');
  });

  it('prints in Hungarian', () => {
    const text = textOf(build(vipProject('hu')));
    expect(text).toContain('3 főre van szükség, de csak 1 fő van kijelölve: egy kör 24 hétig tart, tovább a rendelkezésre álló 11,5 hétnél.');
    expect(text).toContain('A kulcsügyfél-listát minden évben júliusban frissítjük.');
  });
});

describe('Regional expansion', () => {
  it('computes the travelling pair: 6 planned, 2 held → about 28.9 meetings a month on 14.4 days, and the flat case', () => {
    const project = blank();
    project.catalogues.territories = [{ id: 'east', name: 'East', description: '' }];
    const r = project.optionalChapters.regionalExpansion;
    r.included = true;
    r.regions = [{ id: 'r1', territoryId: 'east', stage: 'travellingTeam', plan: 'A pair from March' }];
    // 52/12/3 cycles × 2 field weeks × 5 days = 14.44 days; × 6 × 1/3 = 28.89 meetings.
    // Trips: 1.444 cycles × 2 trips × 2 people × 20,000 = 115,556; nights 1.444 × 2 × 4 × 2 = 23.1 × 15,000 = 346,667.
    r.team = { ...r.team, meetingsPlannedPerDay: 6, heldPercent: 100 / 3, travelCostPerTrip: HUF(20_000), lodgingPerNight: HUF(15_000), flatRentPerMonth: HUF(250_000) };
    r.officeSigns = 'Dozens of large and thousands of small customers.';
    r.pitfalls = 'Remote selling by phone: no control.\nA lone representative: no control.';
    const model = build(project);
    const text = textOf(model);
    const team = table(model, 'travelling-team')!;
    expect(cell(team, 'Days on site a month')).toBe('14.4');
    expect(cell(team, 'Meetings held a month')).toBe('28.9');
    expect(cell(team, 'Travel and hotels a month')).toBe('HUF 462,222');
    // 462,222 / 28.89 = 16,000 a meeting.
    expect(cell(team, 'Cost per meeting held')).toBe('HUF 16,000');
    expect(text).toContain('The team holds about 28.9 meetings a month on 14.4 days in the region, at HUF 16,000 a meeting.');
    // 346,667 in hotels against 250,000 rent: the flat saves 96,667.
    expect(text).toContain('With 14.4 days a month on site, more than 10, a company flat pays: at HUF 250,000 a month it costs HUF 96,667 less than the HUF 346,667 spent on hotels.');
    expect(table(model, 'regions')!.rows[0]!.cells).toEqual(['East', 'Travelling team', 'A pair from March']);
    expect(table(model, 'regions')!.caption.text).toBe('Regions: 1 by travelling team');
    expect(text).toContain('Signs that justify an own office: Dozens of large and thousands of small customers.');
    expect(model.blocks).toContainEqual({ kind: 'list', ordered: false, items: ['Remote selling by phone: no control.', 'A lone representative: no control.'] });
  });

  it('leaves the flat out at 10 days or fewer', () => {
    const project = blank();
    const r = project.optionalChapters.regionalExpansion;
    r.included = true;
    // One week in the office, one in the region: 52/12/2 × 5 = 10.8 days; two in the office: 7.2.
    r.team = { ...r.team, officeWeeks: 2, fieldWeeks: 1, travelCostPerTrip: HUF(10_000) };
    const text = textOf(build(project));
    expect(text).toContain('7.2 days in the region');
    expect(text).not.toContain('flat');
  });
});

describe('Sales organisation', () => {
  it('splits 7 newcomers starting on 4 January 2027 into 2 groups under 2 mentors, with dated steps', () => {
    const project = blank();
    const o = project.optionalChapters.salesOrganisation;
    o.included = true;
    o.newClientSales = { people: 4, variablePercent: 60, basis: 'the sales plan' };
    o.clientService = { people: 3, variablePercent: 80, basis: 'collections' };
    o.hiring = [{ id: 'h1', date: '2027-01-04', count: 7 }];
    const model = build(project);
    const roles = table(model, 'sales-roles')!;
    expect(roles.caption.text).toBe('Sales and client service: 7 people and their pay mix');
    expect(roles.rows.map((r) => r.cells)).toEqual([
      ['New-client sales', '4', '60%', 'the sales plan'],
      ['Client service', '3', '80%', 'collections'],
    ]);
    const intakes = table(model, 'onboarding-intakes')!;
    expect(intakes.caption.text).toBe('Intakes: 7 newcomers in 2 groups, one mentor to a group');
    // Mentors busy for 6 weeks: 4 Jan to 14 Feb, free from 15 Feb.
    expect(intakes.rows[0]!.cells).toEqual(['4 Jan 2027', '7', '4 + 3', '2', '15 Feb 2027']);
    const steps = table(model, 'onboarding-steps')!;
    expect(steps.rows.map((r) => spaces(r.cells[1]!))).toEqual(['4 Jan 2027', '18–31 Jan 2027', '1–7 Feb 2027', '8–9 Feb 2027', '4 Mar – 4 May 2027']);
    expect(steps.caption.text).toBe('Onboarding timeline by start date: results expected by 4 May 2027');
    const months = table(model, 'onboarding-months')!;
    // Mentors busy into February; the months waiting for results (March to May) are left out.
    expect(months.rows.map((r) => r.cells)).toEqual([
      ['Jan 2027', '7', '7', '2'],
      ['Feb 2027', '–', '7', '2'],
    ]);
    expect(months.caption.text).toBe('Headcount and mentors by month: at most 2 mentors at once');
    expect(textOf(model)).toContain('Headcount reaches 7 by the end of January 2027; at most 2 mentors are needed at once, first in January 2027.');
  });

  it('draws each intake’s steps on a timeline over whole months, each step a bar of its own', () => {
    const project = blank();
    const o = project.optionalChapters.salesOrganisation;
    o.included = true;
    o.hiring = [
      { id: 'h1', date: '2027-01-04', count: 7 },
      { id: 'h2', date: '2027-03-01', count: 3 },
    ];
    const chart = figure(build(project), 'chart-onboarding')!;
    expect(chart.caption.text).toBe('The onboarding steps of each intake on a timeline: results expected by 1 Jul 2027');
    expect(chart.chart.categories.map(spaces)).toEqual(['4 Jan 2027 · 7 newcomers', '1 Mar 2027 · 3 newcomers']);
    expect(chart.chart.series.map((s) => s.name)).toEqual(['Starter pack handed over', 'Group tests (weeks 3–4)', 'First calls under a senior (week 5)', 'Two-day on-site training', 'Results expected (months 2–4)']);
    const [pack, tests, calls, training, results] = chart.chart.series;
    expect(pack!.spans).toEqual([days('2027-01-04', '2027-01-04'), days('2027-03-01', '2027-03-01')]);
    expect(tests!.spans![0]).toEqual(days('2027-01-18', '2027-01-31'));
    expect(calls!.spans![0]).toEqual(days('2027-02-01', '2027-02-07'));
    expect(training!.spans![1]).toEqual(days('2027-04-05', '2027-04-06'));
    expect(results!.spans![1]).toEqual(days('2027-05-01', '2027-07-01'));
    // Two days of training: the bar's length is what a Word chart stacks.
    expect(training!.values).toEqual([2, 2]);
    // From the first of the first intake's month to the first of the month after the last result.
    expect(chart.chart.dateRange).toEqual({ from: dayNumber('2027-01-01'), to: dayNumber('2027-08-01') });
  });

  it('charts the first 20 intakes of a longer hiring plan and says so', () => {
    const project = blank();
    const o = project.optionalChapters.salesOrganisation;
    o.included = true;
    o.hiring = Array.from({ length: 24 }, (_, i) => ({ id: `h${i}`, date: `${2027 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, count: 2 }));
    const model = build(project);
    expect(table(model, 'onboarding-intakes')!.rows).toHaveLength(24);
    const chart = figure(model, 'chart-onboarding')!;
    expect(chart.chart.categories).toHaveLength(20);
    expect(chart.caption.text).toMatch(/results expected by 1 Apr 2029\.$/);
    expect(chart.caption.source).toBe('The chart shows the first 20 of 24; the table lists them all.');
  });
});

describe('Customer service', () => {
  it('prints the segments and the short answers', () => {
    const project = blank();
    const s = project.optionalChapters.customerService;
    s.included = true;
    s.segments = [{ id: 's1', segment: 'Key accounts', service: 'Own manager', frequency: 'monthly', owner: 'KAM team', offers: 'Warehousing' }];
    s.followUpCall = 'One month after each first order.';
    const model = build(project);
    expect(table(model, 'service-segments')!.rows[0]!.cells).toEqual(['Key accounts', 'Own manager', 'monthly', 'KAM team', 'Warehousing']);
    expect(textOf(model)).toContain('Follow-up call after a purchase: One month after each first order.');
  });
});

describe('Implementation roadmap', () => {
  function roadmapProject() {
    const project = blank();
    const i = project.optionalChapters.implementation;
    i.included = true;
    i.decisions = [
      { id: 'd1', area: 'informationTechnology', decision: 'Choose the CRM system.', owner: 'IT director', deadline: '2027-03-31', status: 'todo' },
      { id: 'd2', area: 'structure', decision: 'Split sales from client service', owner: 'CEO', deadline: '2026-11-15', status: 'doing' },
      { id: 'd3', area: 'motivation', decision: 'New bonus scheme', owner: 'HR', deadline: '2026-10-01', status: 'done' },
    ];
    project.summary.decisions = [{ id: 'b1', decision: 'Approve the policy' }, { id: 'b2', decision: 'Split sales from client service' }] as Project['summary']['decisions'];
    return project;
  }

  it('sorts decisions by deadline, counts them and names the overdue one against the document date', () => {
    const model = build(roadmapProject());
    const t = table(model, 'roadmap')!;
    expect(t.rows.map((r) => r.cells[1])).toEqual(['New bonus scheme', 'Split sales from client service', 'Choose the CRM system.']);
    expect(t.rows[1]!.cells[4]).toBe('under way, overdue');
    expect(t.caption.text).toBe('Decisions by deadline: 1 done, 1 under way, 1 to do');
    expect(textOf(model)).toContain('1 decision is overdue on 1 December 2026: Split sales from client service (CEO, due 15 Nov 2026).');
  });

  it('draws the decisions from the document date to each deadline, overdue ones in their own series', () => {
    const chart = figure(build(roadmapProject()), 'chart-roadmap')!;
    expect(chart.caption.text).toBe('Time from 1 Dec 2026 to each deadline: ahead to the right, past to the left');
    expect(chart.chart.categories).toEqual(['New bonus scheme', 'Split sales from client service', 'Choose the CRM system']);
    // Nothing is under way and on time, so that series is left out.
    expect(chart.chart.series.map((s) => [s.name, s.spans])).toEqual([
      ['Overdue', [null, days('2026-11-15', '2026-11-30'), null]],
      ['To do', [null, null, days('2026-12-01', '2027-03-31')]],
      ['Done', [days('2026-10-01', '2026-11-30'), null, null]],
    ]);
    expect(chart.chart.marker).toEqual({ day: dayNumber('2026-12-01'), label: 'As of 1 Dec 2026' });
    expect(chart.chart.dateRange).toEqual({ from: dayNumber('2026-10-01'), to: dayNumber('2027-04-01') });
  });

  it('shortens a long decision on its timeline row, and leaves undated ones off the chart', () => {
    const project = roadmapProject();
    project.optionalChapters.implementation.decisions.push(
      { id: 'd4', area: 'staff', decision: 'Hire seven salespeople in two intakes and train them in groups under a mentor, with tests in weeks 3–4.', owner: 'HR', deadline: '2027-06-30', status: 'todo' },
      { id: 'd5', area: 'staff', decision: 'Find a trainer', owner: 'HR', deadline: null, status: 'todo' },
    );
    const chart = figure(build(project), 'chart-roadmap')!;
    expect(chart.chart.categories).toHaveLength(4);
    expect(chart.chart.categories[3]).toBe('Hire seven salespeople in two intakes and train them in…');
  });

  it('names the next deadline when none is overdue', () => {
    const project = roadmapProject();
    project.meta.documentDate = '2026-11-01';
    expect(textOf(build(project))).toContain('No decision is overdue on 1 November 2026; the next is due on 15 Nov 2026 (organisational structure).');
  });

  it('prints the chapter’s free text before its answers', () => {
    const project = roadmapProject();
    project.optionalChapters.implementation.body = [{ type: 'paragraph', text: 'The policy needs decisions.' }] as Project['optionalChapters']['implementation']['body'];
    const blocks = build(project).blocks;
    const intro = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === 'The policy needs decisions.');
    expect(intro).toBeGreaterThan(-1);
    expect(intro).toBeLessThan(blocks.findIndex((b) => b.kind === 'table' && b.id === 'roadmap'));
  });

  it('adds the open decisions to the executive summary after the user’s own, without repeating one', () => {
    const model = build(roadmapProject());
    const lists = model.blocks.filter((b) => b.kind === 'list');
    expect(lists[0]).toEqual({ kind: 'list', ordered: true, items: ['Approve the policy', 'Split sales from client service', 'Choose the CRM system (by 31 Mar 2027)'] });
  });

  it('leaves the summary alone when the chapter is switched off', () => {
    const project = roadmapProject();
    project.optionalChapters.implementation.included = false;
    expect(textOf(build(project))).not.toContain('CRM');
  });
});

describe('empty chapters', () => {
  it('keeps the placeholder of a switched-on chapter with nothing answered, and prints nothing in a final', () => {
    const project = blank();
    for (const id of ['vipProgramme', 'regionalExpansion', 'salesOrganisation', 'customerService', 'implementation'] as const) project.optionalChapters[id].included = true;
    const draft = build(project);
    expect(draft.blocks.filter((b) => b.kind === 'placeholder').map((b) => (b as { text: string }).text)).toEqual(
      expect.arrayContaining([
        'To be completed: VIP programme for key accounts.',
        'To be completed: Entering new regions.',
        'To be completed: Sales organisation.',
        'To be completed: Customer service and retention.',
        'To be completed: Implementing the strategy.',
      ]),
    );
    const final = buildDocument(project, { draft: false });
    expect(final.blocks.filter((b) => b.kind === 'table' && /vip|regions|travelling|sales-roles|onboarding|service-segments|roadmap/.test(b.id))).toEqual([]);
  });

  it('keeps every Part C caption short enough for one line in the list of tables', () => {
    for (const language of ['en', 'hu'] as const) {
      const project = vipProject(language);
      Object.assign(project.optionalChapters.regionalExpansion, { included: true, regions: [], team: { ...project.optionalChapters.regionalExpansion.team, travelCostPerTrip: HUF(20_000), lodgingPerNight: HUF(15_000) } });
      Object.assign(project.optionalChapters.salesOrganisation, { included: true, hiring: [{ id: 'h', date: '2027-09-27', count: 7 }], newClientSales: { people: 4, variablePercent: 60, basis: 'plan' } });
      Object.assign(project.optionalChapters.implementation, { included: true, decisions: [{ id: 'd', area: 'staff', decision: 'Hire', owner: 'HR', deadline: '2027-09-30', status: 'todo' }] });
      const model = build(project);
      for (const { caption } of captionsOf(model)) expect(captionEntry(model.labels, caption).length, captionEntry(model.labels, caption)).toBeLessThanOrEqual(95);
    }
  });
});
