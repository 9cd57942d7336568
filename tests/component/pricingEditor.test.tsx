import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CataloguesChapter } from '../../renderer/chapters/CataloguesChapter';
import { ChannelRulesChapter } from '../../renderer/chapters/ChannelRulesChapter';
import { ProjectSession } from '../../renderer/project/projectSession';
import { fixTarget, FixTargetProvider } from '../../renderer/editor/fixTarget';
import type { ApiClient } from '../../shared/api/contract';
import type { Project } from '../../shared/project/schema';
import { templateProject } from '../support/projects';
import { renderWithApp } from './render';

/** Waits for the project to take typing that has paused (a state, however busy the machine). */
const PAUSE = { timeout: 10_000, interval: 20 };

function sessionOf(project: Project) {
  const api = { 'project:save': vi.fn(async () => ({ ok: true as const, value: { updatedAt: '2026-11-28T12:00:00.000Z' } })) };
  return { api: api as unknown as ApiClient, session: new ProjectSession(api as unknown as ApiClient, 'duna', project, false) };
}

/** A small priced project: one channel, one product group, a bonus scheme (hand-checkable figures). */
function pricedProject(): Project {
  const project = templateProject('duna-cargo');
  project.meta.currency = 'HUF';
  project.catalogues.channels = [{ id: 'dealer', name: 'Dealers', description: '', kind: 'dealer' }];
  project.catalogues.productGroups = [{ id: 'pumps', name: 'Pumps', description: '', listPrice: 100_000_000, unitCost: 70_000_000 }];
  const rules = project.policy.channelRules;
  rules.pricing.adjustments = [{ channelId: 'dealer', productGroupId: 'pumps', zoneId: '', percent: -12 }];
  rules.pricing.rules = [{ channelId: 'dealer', ref: 1, owner: '', effectiveDate: null }];
  rules.motivation.schemes = rules.motivation.schemes.slice(0, 1).map((scheme) => ({
    ...scheme,
    channelId: 'dealer',
    tiers: [
      { id: 't1', threshold: 100, reward: 'Bonus', rewardPercent: 2 },
      { id: 't2', threshold: 200, reward: 'Bonus', rewardPercent: 4 },
    ],
  }));
  rules.creditPolicy.terms = rules.creditPolicy.terms.slice(0, 1).map((terms) => ({ ...terms, channelId: 'dealer', exceptions: [] }));
  project.salesPlan.forecast.lines = [];
  return project;
}

describe('the catalogue of product groups', () => {
  it('takes a list price typed in the currency and keeps it in minor units', async () => {
    const { api, session } = sessionOf(pricedProject());
    renderWithApp(<CataloguesChapter session={session} />, api);
    const listPrice = screen.getByLabelText('List price (HUF)');
    await userEvent.clear(listPrice);
    await userEvent.type(listPrice, '1250000');
    await vi.waitFor(() => expect(session.getSnapshot().project.catalogues.productGroups[0]!.listPrice).toBe(125_000_000), PAUSE);
    // Emptied, the group is not priced by the policy.
    await userEvent.clear(screen.getByLabelText('Unit cost (HUF)'));
    await vi.waitFor(() => expect(session.getSnapshot().project.catalogues.productGroups[0]!.unitCost).toBeNull(), PAUSE);
  });
});

describe('the price matrix', () => {
  it('writes the all-groups column as the channel’s row for every product group, shown in the groups’ empty cells', async () => {
    const project = pricedProject();
    project.catalogues.productGroups.push({ id: 'valves', name: 'Valves', description: '', listPrice: null, unitCost: null });
    const { api, session } = sessionOf(project);
    renderWithApp(<ChannelRulesChapter session={session} />, api);
    const all = screen.getByLabelText('Dealers, all product groups: markup or discount %');
    await userEvent.type(all, '-5');
    await vi.waitFor(
      () => expect(session.getSnapshot().project.policy.channelRules.pricing.adjustments).toContainEqual({ channelId: 'dealer', productGroupId: '', zoneId: '', percent: -5 }),
      PAUSE,
    );
    // The empty cell shows what applies there; the group's own cell keeps its value.
    expect(screen.getByLabelText('Dealers, Valves: markup or discount %')).toHaveAttribute('placeholder', '-5 %');
    expect(screen.getByLabelText('Dealers, Valves: markup or discount %')).toHaveValue('');
    expect(screen.getByLabelText('Dealers, Pumps: markup or discount %')).toHaveValue('-12 %');
  });
});

describe('zone adjustments', () => {
  it('adds a channel’s adjustment for one zone, kept out of the matrix', async () => {
    const project = pricedProject();
    project.catalogues.zones = [{ id: 'far', name: 'Far zone', description: '', territoryIds: [], surcharge: { mode: 'percent', value: 6 } }];
    project.catalogues.channels.push({ id: 'agents', name: 'Agents', description: '', kind: 'agent' });
    const { api, session } = sessionOf(project);
    renderWithApp(<ChannelRulesChapter session={session} />, api);
    await userEvent.click(screen.getByRole('button', { name: 'Add zone adjustment' }));
    const row = screen.getByRole('row', { name: 'Zone adjustment 1' });
    const channel = within(row).getByLabelText('Channel');
    await userEvent.click(channel);
    // The list this select opened (other selects keep theirs in the page).
    await vi.waitFor(() => expect(channel).toHaveAttribute('aria-controls'));
    const list = document.getElementById(channel.getAttribute('aria-controls')!)!;
    await userEvent.click(within(list).getByRole('option', { name: 'Agents', hidden: true }));
    const percent = within(row).getByLabelText('Markup or discount %');
    await userEvent.clear(percent);
    await userEvent.type(percent, '3');
    await vi.waitFor(() => {
      const pricing = session.getSnapshot().project.policy.channelRules.pricing;
      expect(pricing.adjustments).toContainEqual({ channelId: 'agents', productGroupId: '', zoneId: 'far', percent: 3 });
      // Priced only in a zone, the channel is still a pricing rule (P-2).
      expect(pricing.rules.map((r) => [r.channelId, r.ref])).toEqual([['dealer', 1], ['agents', 2]]);
    }, PAUSE);
    // The matrix shows no all-groups value for the channel: that row is for the zone only.
    expect(screen.getByLabelText('Agents, all product groups: markup or discount %')).toHaveValue('');
  });
});

describe('the price waterfall', () => {
  it('shows list price, adjustment, invoice price, top bonus, net price, unit cost and margin', () => {
    const { api, session } = sessionOf(pricedProject());
    renderWithApp(<ChannelRulesChapter session={session} />, api);
    const [row] = within(screen.getByTestId('price-waterfall')).getAllByTestId('waterfall-row');
    const cells = within(row!).getAllByRole('cell').map((cell) => cell.textContent);
    // 1,000,000 − 12% = 880,000 invoiced; the 4% top bonus on it is 35,200; 844,800 net; 700,000 cost.
    expect(within(row!).getByRole('rowheader')).toHaveTextContent('Dealers');
    expect(cells).toEqual(['Pumps', '1,000,000', '-120,000-12 %', '880,000', '-35,200-4 %', '844,800', '700,000', '17.1 %']);
  });

  it('says where to enter list prices when no product group has one', () => {
    const project = pricedProject();
    project.catalogues.productGroups[0]!.listPrice = null;
    const { api, session } = sessionOf(project);
    renderWithApp(<ChannelRulesChapter session={session} />, api);
    const waterfall = screen.getByTestId('price-waterfall');
    expect(within(waterfall).queryAllByTestId('waterfall-row')).toEqual([]);
    expect(within(waterfall).getByRole('link', { name: 'Products, markets and partners' })).toHaveAttribute('href', expect.stringContaining('/catalogues/'));
  });
});

describe('credit terms', () => {
  it('adds an exception for a product group in the channel’s detail panel', async () => {
    const { api, session } = sessionOf(pricedProject());
    renderWithApp(<ChannelRulesChapter session={session} />, api);
    await userEvent.click(screen.getByRole('button', { name: 'Details of Terms 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add exception' }));
    const exception = screen.getByRole('row', { name: 'Exception 1' });
    await userEvent.click(within(exception).getByLabelText('Product group'));
    await userEvent.click(await screen.findByRole('option', { name: 'Pumps', hidden: true }));
    const prepayment = within(exception).getByLabelText('Prepayment (%)');
    await userEvent.clear(prepayment);
    await userEvent.type(prepayment, '100');
    fireEvent.blur(prepayment);
    await userEvent.type(within(exception).getByLabelText('Note'), 'Against prepayment only.');
    await vi.waitFor(
      () => expect(session.getSnapshot().project.policy.channelRules.creditPolicy.terms[0]!.exceptions).toEqual([{ id: expect.any(String), productGroupId: 'pumps', minOrder: null, prepaymentPercent: 100, paymentDays: 0, note: 'Against prepayment only.' }]),
      PAUSE,
    );
  });

  it('opens the terms’ detail panel when a "Fix" link points at an exception', () => {
    const project = pricedProject();
    project.policy.channelRules.creditPolicy.terms[0]!.exceptions = [{ id: 'x1', productGroupId: '', minOrder: null, prepaymentPercent: 100, paymentDays: 0, note: '' }];
    const { api, session } = sessionOf(project);
    const target = fixTarget('policy.channelRules.creditPolicy.terms.0.exceptions.0.productGroupId', null);
    renderWithApp(
      <FixTargetProvider target={target}>
        <ChannelRulesChapter session={session} />
      </FixTargetProvider>,
      api,
    );
    const exception = screen.getByRole('row', { name: 'Exception 1' });
    expect(within(exception).getByLabelText('Product group')).toHaveValue('Any product group');
  });
});
