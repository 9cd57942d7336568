import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OptionalChapterForm } from '../../renderer/chapters/OptionalChapter';
import { ProjectSession } from '../../renderer/project/projectSession';
import type { ApiClient } from '../../shared/api/contract';
import type { Project } from '../../shared/project/schema';
import { templateProject } from '../support/projects';
import { renderWithApp } from './render';

/** Waits for the project to take typing that has paused (a state, however busy the machine). */
const PAUSE = { timeout: 10_000, interval: 20 };

function sessionOf(project: Project) {
  const api = { 'project:save': vi.fn(async () => ({ ok: true as const, value: { updatedAt: '2026-11-28T12:00:00.000Z' } })) };
  return { api: api as unknown as ApiClient, session: new ProjectSession(api as unknown as ApiClient, 'blank', project, false) };
}

describe('the sales organisation chapter', () => {
  it('draws the onboarding plan of an intake of 7: two groups, two mentors, the tests in weeks 3–4', async () => {
    const project = templateProject('blank');
    const chapter = project.optionalChapters.salesOrganisation;
    chapter.included = true;
    chapter.hiring = [{ id: 'i1', date: '2027-01-04', count: 7 }];
    const { api, session } = sessionOf(project);
    renderWithApp(<OptionalChapterForm session={session} chapterId="salesOrganisation" />, api);

    // The article's defaults.
    expect(screen.getByLabelText('Variable share of income', { selector: '[data-field$="newClientSales.variablePercent"]' })).toHaveValue('60 %');
    expect(screen.getByLabelText('Variable share of income', { selector: '[data-field$="clientService.variablePercent"]' })).toHaveValue('80 %');

    const intake = screen.getByTestId('onboarding-intake');
    expect(intake).toHaveTextContent('7 newcomers from 4 Jan 2027');
    expect(within(intake).getByText('2 groups (4 + 3)')).toBeInTheDocument();
    expect(within(intake).getByText('2 mentors')).toBeInTheDocument();
    const tests = within(intake).getByText('Group tests (weeks 3–4)').closest('[data-testid="onboarding-step"]')!;
    expect(tests.textContent).toMatch(/18\s*–\s*31 Jan 2027/);
    const steps = within(intake).getAllByTestId('onboarding-step').map((step) => step.textContent);
    expect(steps).toEqual([
      expect.stringMatching(/^With the mentor4\s*Jan\s*–\s*14\s*Feb 2027$/),
      'Starter pack4 Jan 2027',
      expect.stringMatching(/^Group tests \(weeks 3–4\)18\s*–\s*31 Jan 2027$/),
      expect.stringMatching(/^First calls under a senior1\s*–\s*7 Feb 2027$/),
      expect.stringMatching(/^Two-day on-site training8\s*–\s*9 Feb 2027$/),
      expect.stringMatching(/^Results expected \(months 2–4\)4 Mar\s*–\s*4 May 2027$/),
    ]);
    // January to May: 7 join in January; both mentors busy in January and February.
    const months = screen.getByTestId('onboarding-months');
    const rows = within(months)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Jan 2027', '7', '7', '2'],
      ['Feb 2027', '0', '7', '2'],
      ['Mar 2027', '0', '7', '0'],
      ['Apr 2027', '0', '7', '0'],
      ['May 2027', '0', '7', '0'],
    ]);
    expect(screen.getByTestId('onboarding-peak')).toHaveTextContent('At most 2 mentors are needed at a time, first in January 2027.');

    // The plan follows the typing: 12 newcomers make three groups under three mentors.
    const count = screen.getByLabelText('Newcomers');
    await userEvent.clear(count);
    await userEvent.type(count, '12');
    await vi.waitFor(() => expect(within(screen.getByTestId('onboarding-intake')).getByText('3 groups (4 + 4 + 4)')).toBeInTheDocument(), PAUSE);
    expect(within(screen.getByTestId('onboarding-intake')).getByText('3 mentors')).toBeInTheDocument();
    await vi.waitFor(() => expect(session.getSnapshot().project.optionalChapters.salesOrganisation.hiring[0]!.count).toBe(12), PAUSE);
  });
});

describe('the customer service chapter', () => {
  it('keeps a segment typed into its table', async () => {
    const project = templateProject('blank');
    const { api, session } = sessionOf(project);
    renderWithApp(<OptionalChapterForm session={session} chapterId="customerService" />, api);
    await userEvent.click(screen.getByRole('button', { name: 'Add segment' }));
    const row = screen.getByRole('row', { name: 'Segment 1' });
    await userEvent.type(within(row).getByLabelText('Segment'), 'Key accounts');
    await userEvent.type(within(row).getByLabelText('How often'), 'Monthly');
    await vi.waitFor(() => expect(session.getSnapshot().project.optionalChapters.customerService.segments).toMatchObject([{ segment: 'Key accounts', frequency: 'Monthly' }]), PAUSE);
  });
});

describe('the implementation roadmap', () => {
  it('shows a decision past its deadline and not done as overdue', () => {
    const project = templateProject('blank');
    project.optionalChapters.implementation.decisions = [
      { id: 'late', area: 'informationTechnology', decision: 'Choose a CRM', owner: 'IT lead', deadline: '2020-03-31', status: 'doing' },
      { id: 'done', area: 'structure', decision: 'Split sales from client service', owner: 'CEO', deadline: '2020-01-31', status: 'done' },
      { id: 'later', area: 'staff', decision: 'Hire two sales managers', owner: 'HR', deadline: '2999-06-30', status: 'todo' },
      // A row with no decision typed yet is not on the roadmap, as in the document.
      { id: 'blank', area: 'motivation', decision: ' ', owner: '', deadline: '2020-02-01', status: 'todo' },
    ];
    project.meta.documentDate = '2026-12-01';
    const { api, session } = sessionOf(project);
    renderWithApp(<OptionalChapterForm session={session} chapterId="implementation" />, api);
    expect(screen.getByTestId('roadmap-overdue')).toHaveTextContent('1 decision is past its deadline and not done.');
    const counts = screen.getAllByTestId('roadmap-count').map((c) => c.textContent);
    expect(counts).toEqual(['To do1', 'In progress1', 'Done1', 'Overdue1']);
    // On the timeline by deadline: the done one, the late one (marked), today, the one ahead.
    const items = within(screen.getByTestId('roadmap-timeline')).getAllByTestId('roadmap-item');
    expect(items.map((i) => i.textContent)).toEqual([
      '31 Jan 2020Organisational structureDone',
      '31 Mar 2020IT and CRMIn progressOverdue',
      '30 Jun 2999Staff and qualificationsTo do',
    ]);
    expect(items[1]).toHaveAttribute('data-overdue', 'true');
    expect(items[0]).not.toHaveAttribute('data-overdue');
    // Overdue against the document's date, as the checks and the document count it.
    expect(within(screen.getByTestId('roadmap-timeline')).getByText('As of the document date, 1 Dec 2026')).toBeInTheDocument();
  });

  it('adds one empty decision for each of the six areas the article names, then none', async () => {
    const project = templateProject('blank');
    project.optionalChapters.implementation.decisions = [];
    const { api, session } = sessionOf(project);
    renderWithApp(<OptionalChapterForm session={session} chapterId="implementation" />, api);
    const button = screen.getByRole('button', { name: 'Add the six decisions the article names' });
    await userEvent.click(button);
    for (let n = 1; n <= 6; n += 1) expect(screen.getByRole('row', { name: `Decision ${n}` })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: 'Decision 7' })).toBeNull();
    await vi.waitFor(
      () =>
        expect(session.getSnapshot().project.optionalChapters.implementation.decisions.map((d) => d.area)).toEqual([
          'structure',
          'staff',
          'motivation',
          'informationTechnology',
          'otherDepartments',
          'salesManagement',
        ]),
      PAUSE,
    );
    expect(button).toBeDisabled();
  });
});
