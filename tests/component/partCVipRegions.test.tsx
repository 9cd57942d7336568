import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OptionalChapterForm } from '../../renderer/chapters/OptionalChapter';
import { ProjectSession } from '../../renderer/project/projectSession';
import { accountsFromRows, parsePastedAccounts } from '../../renderer/partC/VipAccountsPaste';
import type { ApiClient } from '../../shared/api/contract';
import { emptyPartC } from '../../shared/project/partC';
import type { Project } from '../../shared/project/schema';
import { templateProject } from '../support/projects';
import { renderWithApp } from './render';

/** Waits for the project to take typing that has paused (a state, however busy the machine). */
const PAUSE = { timeout: 10_000, interval: 20 };

function sessionOf(project: Project) {
  const api = { 'project:save': vi.fn(async () => ({ ok: true as const, value: { updatedAt: '2026-12-01T12:00:00.000Z' } })) };
  return { api: api as unknown as ApiClient, session: new ProjectSession(api as unknown as ApiClient, 'duna', project, false) };
}

/** Duna Cargo in forints with both chapters switched on and blank (the sample's own data is not relied on). */
function project(): Project {
  const p = templateProject('duna-cargo');
  p.meta.currency = 'HUF';
  const blank = emptyPartC();
  p.optionalChapters.vipProgramme = { included: true, body: [], ...blank.vipProgramme };
  p.optionalChapters.regionalExpansion = { included: true, body: [], ...blank.regionalExpansion };
  return p;
}

const ROWS = ['Alföld Logistics\tManufacturing\tKiss Anna\t2026-09-14\t48 000 000', 'Tisza Agro\tAgriculture\tNagy Péter\t14/10/2026\t12,500,000.50', 'Balaton Foods\tFood\tKiss Anna\t\t'].join('\n');

describe('the key-account list', () => {
  it('adds three accounts pasted from Excel into the paste box, dates and amounts read', async () => {
    const { api, session } = sessionOf(project());
    renderWithApp(<OptionalChapterForm session={session} chapterId="vipProgramme" />, api);
    await userEvent.click(screen.getByRole('button', { name: 'Paste from Excel' }));
    await userEvent.click(screen.getByLabelText('Rows copied from Excel'));
    await userEvent.paste(ROWS);
    await userEvent.click(screen.getByRole('button', { name: 'Add these accounts' }));
    expect(screen.getByTestId('vip-paste-outcome')).toHaveTextContent('3 accounts added.');
    expect(screen.getAllByRole('row', { name: /^Key account \d$/ })).toHaveLength(3);
    await vi.waitFor(() => {
      const accounts = session.getSnapshot().project.optionalChapters.vipProgramme.accounts;
      expect(accounts.map(({ id: _id, ...rest }) => rest)).toEqual([
        { client: 'Alföld Logistics', segment: 'Manufacturing', accountManager: 'Kiss Anna', lastContact: '2026-09-14', yearlyRevenue: 4_800_000_000 },
        { client: 'Tisza Agro', segment: 'Agriculture', accountManager: 'Nagy Péter', lastContact: '2026-10-14', yearlyRevenue: 1_250_000_050 },
        { client: 'Balaton Foods', segment: 'Food', accountManager: 'Kiss Anna', lastContact: null, yearlyRevenue: null },
      ]);
    }, PAUSE);
  });

  it('adds the rows pasted into a cell of the table, and says which lines it left out and why', async () => {
    const { api, session } = sessionOf(project());
    renderWithApp(<OptionalChapterForm session={session} chapterId="vipProgramme" />, api);
    await userEvent.click(screen.getByRole('button', { name: 'Add account' }));
    const row = screen.getByRole('row', { name: 'Key account 1' });
    await userEvent.click(within(row).getByLabelText('Client'));
    await userEvent.paste(`Client\tSegment\tManager\tLast contact\tRevenue\n${ROWS}\n\tNo name\t\t\t\nDelta Kft\tRetail\tKiss Anna\tsoon\t1000`);
    const outcome = screen.getByTestId('vip-paste-outcome');
    expect(outcome).toHaveTextContent('3 accounts added.');
    expect(outcome).toHaveTextContent('3 lines not added');
    expect(outcome).toHaveTextContent('Line 1: a header row');
    expect(outcome).toHaveTextContent('Line 5: no client name');
    expect(outcome).toHaveTextContent('Line 6: “soon” is not a date');
    // The cell keeps what it had: the block went to new rows.
    expect(within(row).getByLabelText('Client')).toHaveValue('');
    expect(screen.getAllByRole('row', { name: /^Key account \d$/ })).toHaveLength(4);
  });

  it('reads rows of a workbook: numbers as they are, dates as the file reader gives them, a bare number in the date column refused', () => {
    const rows = [
      ['Client', 'Segment', 'Account manager', 'Last contact', 'Yearly revenue'],
      ['Mecsek Kft.', 'Ipar', 'Kiss Anna', '2026-09-14', 1234567.5],
      [],
      ['Tisza Foods', null, null, 46279, 100],
      ['Rába Parts', 'Auto', null, null, -5],
      ['Mátra Kft.', null, null, null, 1e20],
    ];
    const { accounts, skipped } = accountsFromRows(rows, { language: 'hu', currency: 'HUF', room: 10 });
    expect(accounts).toEqual([expect.objectContaining({ client: 'Mecsek Kft.', lastContact: '2026-09-14', yearlyRevenue: 123_456_750 })]);
    expect(skipped).toEqual([
      { line: 1, reason: 'header' },
      { line: 4, reason: 'badDate', value: '46279' },
      { line: 5, reason: 'negativeRevenue' },
      { line: 6, reason: 'badRevenue', value: '100000000000000000000' },
    ]);
  });

  it('reads Hungarian dates and amounts', () => {
    const { accounts, skipped } = parsePastedAccounts('Mecsek Kft.\tIpar\tKiss Anna\t2026. 09. 14.\t1 234 567,5 Ft', { language: 'hu', currency: 'HUF', room: 10 });
    expect(skipped).toEqual([]);
    expect(accounts[0]).toMatchObject({ lastContact: '2026-09-14', yearlyRevenue: 123_456_750 });
  });
});

describe('the VIP capacity', () => {
  function withAccounts() {
    const p = project();
    const vip = p.optionalChapters.vipProgramme;
    vip.accounts = Array.from({ length: 120 }, (_, i) => ({ id: `a${i}`, client: `Client ${i + 1}`, segment: '', accountManager: '', lastContact: null, yearlyRevenue: null }));
    vip.contactsPerYear = 4;
    vip.people = 1;
    vip.staffing = 'dedicated';
    vip.weeklyCapacity = 15;
    return p;
  }

  it('warns that 120 accounts × 4 contacts need 3 people working alongside, not 1; one dedicated person does it', async () => {
    const { api, session } = sessionOf(withAccounts());
    renderWithApp(<OptionalChapterForm session={session} chapterId="vipProgramme" />, api);
    const result = screen.getByTestId('vip-capacity-result');
    // Dedicated: 15 a week × 46 weeks = 690 a year against 480.
    expect(result).toHaveTextContent('690');
    expect(result).toHaveTextContent('480');
    expect(screen.queryByTestId('vip-capacity-warning')).toBeNull();

    await userEvent.click(screen.getByLabelText('Sales managers alongside their own clients'));
    // Switching sets the article's 5 a week: 230 a year a person, 480 ÷ 230 → 3 people.
    expect(screen.getByLabelText('Questionnaires one person completes a week')).toHaveValue('5');
    expect(result).toHaveTextContent('230');
    const warning = screen.getByTestId('vip-capacity-warning');
    expect(warning).toHaveTextContent('The plan cannot be staffed');
    expect(warning).toHaveTextContent('3 people are needed; you give 1.');
    await vi.waitFor(() => expect(session.getSnapshot().project.optionalChapters.vipProgramme).toMatchObject({ staffing: 'alongside', weeklyCapacity: 5 }), PAUSE);

    // Typing the people follows at once.
    const people = screen.getByLabelText(/^People on the programme/);
    await userEvent.clear(people);
    await userEvent.type(people, '3');
    expect(screen.queryByTestId('vip-capacity-warning')).toBeNull();
  });

  it('shows a long list 50 rows a page, and opens the last page to add a row there', async () => {
    const { api, session } = sessionOf(withAccounts());
    renderWithApp(<OptionalChapterForm session={session} chapterId="vipProgramme" />, api);
    expect(screen.getByText('Rows 1–50 of 120')).toBeInTheDocument();
    expect(screen.getAllByRole('row', { name: /^Key account \d+$/ })).toHaveLength(50);
    await userEvent.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(screen.getByText('Rows 101–120 of 120')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: 'Key account 101' })).getByLabelText('Client')).toHaveValue('Client 101');
    await userEvent.click(screen.getByRole('button', { name: 'Page 1' }));
    // Enter in the page's last row goes on to the next row, on the next page.
    await userEvent.click(within(screen.getByRole('row', { name: 'Key account 50' })).getByLabelText('Segment'));
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Rows 51–100 of 120')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: 'Key account 51' })).getByLabelText('Segment')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Add account' }));
    // The new row is on the last page, focused, ready to type in.
    expect(screen.getByText('Rows 101–121 of 121')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: 'Key account 121' })).getByLabelText('Client')).toHaveFocus();
    await userEvent.keyboard('Mecsek Kft.');
    await vi.waitFor(() => expect(session.getSnapshot().project.optionalChapters.vipProgramme.accounts[120]!.client).toBe('Mecsek Kft.'), PAUSE);
  });

  it('fills the six standard topics in the interface language', async () => {
    const { api, session } = sessionOf(project());
    renderWithApp(<OptionalChapterForm session={session} chapterId="vipProgramme" />, api);
    await userEvent.click(screen.getByRole('button', { name: 'Use the six standard topics' }));
    expect(screen.getAllByRole('row', { name: /^Question \d$/ })).toHaveLength(6);
    await vi.waitFor(() => expect(session.getSnapshot().project.optionalChapters.vipProgramme.questionnaire[0]!.question).toMatch(/^Contact person:/), PAUSE);
    expect(screen.getByRole('button', { name: 'Use the six standard topics' })).toBeDisabled();
  });
});

describe('the travelling team', () => {
  it('computes the article’s case: a pair, 1 office + 2 field weeks, 2 of 6 meetings held, and the flat above 10 days', async () => {
    const p = project();
    p.optionalChapters.regionalExpansion.team = {
      teamSize: 2,
      officeWeeks: 1,
      fieldWeeks: 2,
      meetingsPlannedPerDay: 6,
      heldPercent: 40,
      travelCostPerTrip: 1_500_000,
      lodgingPerNight: 2_000_000,
      flatRentPerMonth: 25_000_000,
      flatThresholdDays: 10,
    };
    const { api, session } = sessionOf(p);
    renderWithApp(<OptionalChapterForm session={session} chapterId="regionalExpansion" />, api);
    const held = screen.getByLabelText(/^Share of planned meetings held/);
    await userEvent.clear(held);
    await userEvent.paste('33.3333');
    const result = screen.getByTestId('travelling-team-result');
    const row = (name: string) => within(result).getByRole('row', { name: new RegExp(`^${name}`) });
    // 52/12 weeks a month ÷ 3-week cycles × 2 field weeks × 5 days = 14.4 days; × 2 held a day = 28.9.
    expect(row('Meetings held a month')).toHaveTextContent('28.9');
    expect(row('Days on site a month')).toHaveTextContent('14.4');
    // Hotels: 1.44 cycles × 2 weeks × 4 nights × 2 people = 23.1 nights × 20,000 = 462,222 a month.
    expect(within(result).getByTestId('travelling-team-flat')).toHaveTextContent('14.4 days a month on site: a flat at HUF 250,000 costs HUF 212,222 less than hotels (HUF 462,222).');
    await vi.waitFor(() => expect(session.getSnapshot().project.optionalChapters.regionalExpansion.team.heldPercent).toBeCloseTo(33.3333, 4), PAUSE);
  });
});
