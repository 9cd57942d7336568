import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createPolicy } from '../support/userActions';
import { newPage, screenshot, useBrowserAndHost } from '../support/browserFixture';

const env = useBrowserAndHost();

// Helpers that act as a user does: by label, inside a numbered row.
// A row of a list: a card (group) or a table row.
const row = (page: Page, name: string) => page.getByRole('group', { name, exact: true }).or(page.getByRole('row', { name, exact: true }));
/** Picks an action from a row's menu ("Move Goal 2 up"). */
async function rowAction(page: Page, rowName: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${rowName}`, exact: true }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}
const field = (scope: Page | Locator, label: string | RegExp) => scope.getByLabel(label).first();
async function pick(page: Page, scope: Page | Locator, label: string | RegExp, option: string) {
  await field(scope, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
async function pickMany(page: Page, scope: Page | Locator, label: string | RegExp, options: string[]) {
  for (const option of options) {
    await field(scope, label).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  await page.keyboard.press('Escape');
}
async function add(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
}
async function open(page: Page, section: string) {
  await page.goto(`${env.host.host.url}/#/project/duna-cargo-ui/${section}`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
}
async function saved(page: Page) {
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
}

describe('filling every chapter through the UI', () => {
  it('keeps every value typed, picked and added across a reload', async () => {
    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    await createPolicy(page, env.host.host.url, 'Duna Cargo UI');
    expect(page.url()).toContain('/project/duna-cargo-ui/');

    // Set-up: the catalogues every chapter picks from.
    await open(page, 'catalogues');
    const catalogue = async (addLabel: string, rowName: (n: number) => string, names: string[]) => {
      for (const [i, name] of names.entries()) {
        await add(page, addLabel);
        await field(row(page, rowName(i + 1)), /^Name/).fill(name);
      }
    };
    await catalogue('Add product group', (n) => `Product group ${n}`, ['FTL road freight', 'Groupage (LTL)']);
    await catalogue('Add territory', (n) => `Territory ${n}`, ['Western Hungary', 'All regions']);
    await catalogue('Add channel', (n) => `Channel ${n}`, ['Key account management', 'Forwarding agents']);
    await pick(page, row(page, 'Channel 2'), 'Kind of channel', 'Agent');
    await catalogue('Add kind of partner', (n) => `Kind of partner ${n}`, ['Key accounts', 'Forwarding agents']);
    await add(page, 'Add indicator');
    await field(row(page, 'Indicator 1'), /^Name/).fill('Shipment volume');
    await field(row(page, 'Indicator 1'), /^Unit/).fill('pallets');
    await field(row(page, 'Indicator 1'), 'How it is measured').fill('Pallets shipped in the period.');
    await saved(page);

    // 1. Goals, with a reorder.
    await open(page, 'goals');
    for (const [i, [goal, horizon, measure]] of [
      ['Open a sales office in Debrecen', '2029', 'Office open with 2 staff'],
      ['Agent network in 6 of 7 regions', 'End of 2027', 'Signed agent agreements per region'],
    ].entries()) {
      await add(page, 'Add goal');
      const goalRow = row(page, `Goal ${i + 1}`);
      await field(goalRow, /^Goal/).fill(goal!);
      await field(goalRow, /^By when/).fill(horizon!);
      await field(goalRow, /^How we know it is done/).fill(measure!);
    }
    await field(row(page, 'Goal 2'), 'Owner').fill('Kovács Éva');
    await rowAction(page, 'Goal 2', 'Move Goal 2 up');
    await saved(page);

    // 2. Methods.
    await open(page, 'methods');
    await add(page, 'Add principle');
    await pick(page, row(page, 'Principle 1'), /^Kind of partner/, 'Forwarding agents');
    await field(row(page, 'Principle 1'), /^Principle/).fill('Paid on commission; exclusivity earned by volume.');
    await field(page, /^The reasoning behind the principles/).fill('We sell directly where relationships are large.\n\n- No exclusive territories in year 1\n- A travelling team opens the east');
    await saved(page);

    // 3. Distribution: networks and the priority matrix.
    await open(page, 'distribution');
    await add(page, 'Add branch');
    await field(row(page, 'Branch 1'), /^Name/).fill('Győr head office');
    await field(row(page, 'Branch 1'), /^Location/).fill('Győr');
    await field(row(page, 'Branch 1'), 'Structure').fill('Full service, 12,000 m² warehouse');
    await add(page, 'Add branch');
    await field(row(page, 'Branch 2'), /^Name/).fill('Debrecen sales office');
    await field(row(page, 'Branch 2'), /^Location/).fill('Debrecen');
    await row(page, 'Branch 2').getByText('Planned', { exact: true }).click();
    await add(page, 'Add dealer or agent');
    await field(row(page, 'Dealer 1'), /^Name/).fill('Forwarding agent, Pécs');
    await field(row(page, 'Dealer 1'), /^Location/).fill('Pécs');
    await add(page, 'Add priority channel');
    const priority = row(page, 'Priority 1');
    await pick(page, priority, /^Product group/, 'Groupage (LTL)');
    await pick(page, priority, /^Territory/, 'All regions');
    await pickMany(page, priority, /^Priority channel/, ['Forwarding agents', 'Key account management']);
    await field(priority, /^Target customer type/).fill('SMEs and e-commerce sellers');
    await saved(page);

    // 4. Rules of working with the channels: pricing matrix, tiers, credit.
    await open(page, 'channelRules');
    await pick(page, page, /^Base price is set/, 'By delivery zone');
    await field(page, /^How the base price is formed/).fill('Tariff per pallet-km from the Győr hub.');
    await field(page, /^How delivery costs enter the price/).fill('Fuel surcharge indexed monthly to diesel.');
    await page.getByLabel('Key account management, FTL road freight: markup or discount %').fill('-8');
    await page.getByLabel('Forwarding agents, Groupage (LTL): markup or discount %').fill('0');
    await add(page, 'Add bonus or discount scheme');
    const scheme = row(page, 'Scheme 1');
    await field(scheme, /^Name of the scheme/).fill('Agent volume bonus');
    await pick(page, scheme, /^For/, 'Forwarding agents');
    await pick(page, scheme, /^Paid on/, 'Shipment volume');
    for (const [i, [threshold, reward, percent]] of [
      ['500', '+1 point commission', '1'],
      ['1200', '+2 points commission', '2'],
      ['2500', '+3.5 points and exclusivity', '3.5'],
    ].entries()) {
      await scheme.getByRole('button', { name: 'Add tier' }).click();
      const tier = row(page, `Tier ${i + 1}`);
      await field(tier, /^From/).fill(threshold!);
      await field(tier, /^Reward$|^Reward \*/).fill(reward!);
      await field(tier, /^Reward as %/).fill(percent!);
    }
    await add(page, 'Add terms for a channel');
    await pick(page, row(page, 'Terms 1'), /^Channel/, 'Key account management');
    await field(row(page, 'Terms 1'), /^Payment terms/).fill('30');
    await field(row(page, 'Terms 1'), /^Credit limit/).fill('25000000');
    await add(page, 'Add terms for a channel');
    await pick(page, row(page, 'Terms 2'), /^Channel/, 'Forwarding agents');
    await field(row(page, 'Terms 2'), /^Payment terms/).fill('15');
    await field(row(page, 'Terms 2'), /^Credit limit/).fill('5000000');
    await field(page, /^Terms for new customers/).fill('100% prepayment for the first 3 shipments.');
    await add(page, 'Add step');
    await field(row(page, 'Step 1'), /^Days after the due date/).fill('5');
    await field(row(page, 'Step 1'), /^What happens/).fill('Reminder');
    await saved(page);

    // 5. Document flow.
    await open(page, 'documentFlow');
    await add(page, 'Add document');
    const doc = row(page, 'Document 1');
    await field(doc, /^Document/).fill('Monthly sales report');
    await pick(page, doc, /^From/, 'Forwarding agents');
    await pick(page, doc, /^How often/, 'Monthly');
    await field(doc, /^Due/).fill('By the 5th');
    // What a document reports and feeds is in the row's detail panel.
    await page.getByRole('button', { name: 'Details of Document 1' }).click();
    await pickMany(page, page, /^Reports indicators/, ['Shipment volume']);
    await pickMany(page, page, /^Feeds bonus schemes/, ['M-1 Agent volume bonus']); // schemes are offered with their reference
    await saved(page);
    expect(errors).toEqual([]);

    // Everything is still there after a reload, in the UI…
    await page.reload();
    await open(page, 'goals');
    expect(await field(row(page, 'Goal 1'), /^Goal/).inputValue()).toBe('Agent network in 6 of 7 regions');
    expect(await field(row(page, 'Goal 1'), 'Owner').inputValue()).toBe('Kovács Éva');
    await open(page, 'channelRules');
    expect(await page.getByLabel('Key account management, FTL road freight: markup or discount %').inputValue()).toBe('-8 %');
    expect(await field(row(page, 'Tier 3'), /^From/).inputValue()).toBe('2,500');
    expect(await field(row(page, 'Terms 1'), /^Credit limit/).inputValue()).toBe('25,000,000');
    await screenshot(page, 'chapter-channel-rules-filled');

    // …and in the file, with references by id.
    const file = JSON.parse(await readFile(join(env.host.libraryDir, 'duna-cargo-ui.cpolicy'), 'utf8'));
    const { catalogues, policy } = file;
    const id = (list: { id: string; name: string }[], name: string) => list.find((e) => e.name === name)!.id;
    expect(catalogues.channels.map((c: { name: string; kind: string }) => [c.name, c.kind])).toEqual([
      ['Key account management', 'directSales'],
      ['Forwarding agents', 'agent'],
    ]);
    expect(policy.goals.items.map((g: { goal: string; horizon: string; measure: string }) => [g.goal, g.horizon, g.measure])).toEqual([
      ['Agent network in 6 of 7 regions', 'End of 2027', 'Signed agent agreements per region'],
      ['Open a sales office in Debrecen', '2029', 'Office open with 2 staff'],
    ]);
    expect(policy.methods.principles[0]).toMatchObject({ counterpartyTypeId: id(catalogues.counterpartyTypes, 'Forwarding agents') });
    expect(policy.methods.narrative).toEqual([
      { type: 'paragraph', text: 'We sell directly where relationships are large.' },
      { type: 'bulletList', items: ['No exclusive territories in year 1', 'A travelling team opens the east'] },
    ]);
    expect(policy.distribution.branches.map((b: { name: string; status: string }) => [b.name, b.status])).toEqual([
      ['Győr head office', 'existing'],
      ['Debrecen sales office', 'planned'],
    ]);
    expect(policy.distribution.priorityChannels[0]).toMatchObject({
      productGroupId: id(catalogues.productGroups, 'Groupage (LTL)'),
      territoryId: id(catalogues.territories, 'All regions'),
      channelIds: [id(catalogues.channels, 'Forwarding agents'), id(catalogues.channels, 'Key account management')],
    });
    const { pricing, motivation, creditPolicy } = policy.channelRules;
    expect(pricing.basis).toBe('zone');
    expect(pricing.adjustments).toEqual(
      expect.arrayContaining([
        { channelId: id(catalogues.channels, 'Key account management'), productGroupId: id(catalogues.productGroups, 'FTL road freight'), zoneId: '', percent: -8 },
        { channelId: id(catalogues.channels, 'Forwarding agents'), productGroupId: id(catalogues.productGroups, 'Groupage (LTL)'), zoneId: '', percent: 0 },
      ]),
    );
    expect(motivation.schemes[0].tiers.map((t: { threshold: number; rewardPercent: number }) => [t.threshold, t.rewardPercent])).toEqual([
      [500, 1],
      [1200, 2],
      [2500, 3.5],
    ]);
    expect(creditPolicy.terms.map((t: { paymentDays: number; creditLimit: number }) => [t.paymentDays, t.creditLimit])).toEqual([
      [30, 2_500_000_000],
      [15, 500_000_000],
    ]);
    expect(creditPolicy.latePaymentSteps[0]).toMatchObject({ afterDays: 5, action: 'Reminder' });
    expect(policy.documentFlow.documents[0]).toMatchObject({
      name: 'Monthly sales report',
      from: { kind: 'counterpartyType', id: id(catalogues.counterpartyTypes, 'Forwarding agents') },
      to: { kind: 'company' },
      due: 'By the 5th',
      feedsKpiIds: [id(catalogues.kpis, 'Shipment volume')],
      feedsSchemeIds: [motivation.schemes[0].id],
    });
    // Rules created in the editor are numbered as they are created: P- per priced channel, M-, C-, D-.
    expect(pricing.rules.map((r: { channelId: string; ref: number }) => r.ref)).toEqual([1, 2]);
    expect([motivation.schemes[0].ref, creditPolicy.terms.map((t: { ref: number }) => t.ref), policy.documentFlow.documents[0].ref]).toEqual([1, [1, 2], 1]);
  }, 180_000);
});

describe('the review screen and the catalogues in Chromium', () => {
  it('lists a problem, opens the field to fix it, and clears it once fixed', async () => {
    await env.host.host.call('project:create', { templateId: 'duna-cargo', title: 'Review me' });
    const { page, errors } = await newPage(env.browser);
    await page.goto(`${env.host.host.url}/#/project/review-me/goals`);
    const horizon = row(page, 'Goal 2').getByLabel(/^By when/);
    await horizon.fill('');
    await expect.poll(() => row(page, 'Goal 2').getByText('Fill this in.').count()).toBe(1);
    await saved(page);

    await page.getByRole('link', { name: /Check the policy/ }).click();
    // The sample's own warning (growth above the market) stays; the goal's problem comes and goes.
    const problem = page.getByTestId('problem').filter({ hasText: 'has no horizon' });
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.textContent()).toContain('The goal “Separate new-client sales from key-account service (two teams).” has no horizon');
    expect(await page.getByTestId('problem').count()).toBe(2);
    await screenshot(page, 'review-one-problem');
    await problem.getByRole('button', { name: 'Fix' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('policy.goals.items.1.horizon');
    await page.keyboard.type('Q2 2027');
    await saved(page);
    await page.getByRole('link', { name: /Check the policy/ }).click();
    await expect.poll(() => page.getByTestId('problem').count()).toBe(1);
    expect(await problem.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('adds the missing row a problem names, filled and focused, and shows no message on a row nobody has typed in', async () => {
    await env.host.host.call('project:create', { templateId: 'duna-cargo', title: 'Fix rows' });
    const { page, errors } = await newPage(env.browser);
    await page.goto(`${env.host.host.url}/#/project/fix-rows/catalogues`);
    await page.getByRole('heading', { level: 2 }).waitFor();
    // A new empty row is not an error yet: no "Fill this in." before anything is typed.
    await add(page, 'Add channel');
    const channel = row(page, 'Channel 5');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-row][aria-label]')?.getAttribute('aria-label'))).toBe('Channel 5');
    expect(await channel.getByText('Fill this in.').count()).toBe(0);
    await page.keyboard.type('Webshop');
    await saved(page);

    await page.getByRole('link', { name: /Check the policy/ }).click();
    const problem = page.getByTestId('problem').filter({ hasText: 'has no credit terms' });
    await expect.poll(() => problem.count()).toBe(1);
    await problem.getByRole('button', { name: 'Fix' }).click();
    // The credit policy opens with a fifth row for the channel, the focus in it.
    const terms = row(page, 'Terms 5');
    await terms.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-row][aria-label]')?.getAttribute('aria-label'))).toBe('Terms 5');
    expect(await field(terms, /^Channel/).inputValue()).toBe('Webshop');
    await field(terms, /^Payment terms/).fill('15');
    await saved(page);
    await page.getByRole('link', { name: /Check the policy/ }).click();
    await expect.poll(() => page.getByTestId('problem').filter({ hasText: 'has no credit terms' }).count()).toBe(0);
    // A channel without a price rule: Fix puts the focus in the channel's first cell of the price matrix.
    await page.getByTestId('problem').filter({ hasText: 'has no markup or discount' }).getByRole('button', { name: 'Fix' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Webshop, .*markup or discount %$/);

    // Another chapter starts at its top, with the focus on its heading.
    await page.mouse.wheel(0, 2000);
    await page.getByRole('link', { name: /Rules of working with the channels/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows guidance at 1280 × 800 inside the chapter without narrowing the form, beside it at 1920, and remembers when it is hidden', async () => {
    const { page, errors } = await newPage(env.browser, { width: 1280, height: 800 });
    await page.goto(`${env.host.host.url}/#/project/review-me/channelRules`);
    const guidance = page.getByTestId('guidance');
    await guidance.waitFor();
    expect(await guidance.textContent()).toContain('The commercial terms each channel gets');
    // The form keeps its width: the price matrix's table is as wide as with no guidance at all.
    const formWidth = () => page.locator('#part-pricing').evaluate((el) => el.getBoundingClientRect().width);
    const withGuidance = await formWidth();
    expect(withGuidance).toBeGreaterThan(850);
    await page.getByRole('button', { name: 'How to answer this part' }).first().click();
    await screenshot(page, 'guidance-inline-1280');
    await guidance.getByRole('button', { name: 'Hide guidance' }).click();
    await expect.poll(() => guidance.count()).toBe(0);
    expect(await formWidth()).toBe(withGuidance);
    await page.reload();
    await page.getByRole('heading', { level: 2 }).waitFor();
    expect(await page.getByTestId('guidance').count()).toBe(0);
    await page.getByRole('button', { name: 'Show guidance' }).click();

    const wide = await newPage(env.browser, { width: 1920, height: 1080 });
    await wide.page.goto(`${env.host.host.url}/#/project/review-me/channelRules`);
    await wide.page.getByRole('complementary', { name: 'Guidance' }).first().waitFor();
    expect(await wide.page.getByRole('button', { name: 'How to answer this part' }).count()).toBe(0);
    await screenshot(wide.page, 'guidance-panel-1920');
    expect([...errors, ...wide.errors]).toEqual([]);
  });

  it('says a blank policy is not ready and 0% complete, each missing part a link to its field', async () => {
    await env.host.host.call('project:create', { templateId: 'blank', title: 'Not ready yet' });
    const { page, errors } = await newPage(env.browser);
    await page.goto(`${env.host.host.url}/#/project/not-ready-yet/review`);
    const notReady = page.getByTestId('not-ready');
    await notReady.waitFor();
    expect(await notReady.textContent()).toMatch(/Not ready: \d+ required parts are still empty/);
    expect(await page.getByText('No problems in what is filled in so far.').count()).toBe(1);
    // A new project is 0% complete: the title typed in the New project dialog counts for nothing.
    expect(await page.getByTestId('status-completeness').textContent()).toContain('0%');
    await screenshot(page, 'review-not-ready');
    await notReady.getByRole('link', { name: 'Summary and decisions' }).click();
    await page.getByRole('heading', { name: 'Executive summary', level: 2 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('summary.text');
    expect(errors).toEqual([]);
  });

  it('shows the executive summary’s key figures as the document prints them, and edits document control', async () => {
    await env.host.host.call('project:create', { templateId: 'duna-cargo', title: 'Summary me' });
    const { page, errors } = await newPage(env.browser);
    await page.goto(`${env.host.host.url}/#/project/summary-me/summary`);
    const figures = page.getByTestId('key-figures');
    await figures.waitFor();
    const text = (await figures.textContent())!.replace(/\u00a0/g, ' ');
    for (const value of ['Sales in 2027', 'HUF 4.23bn', 'HUF 5.7bn', '7.7% a year, against a market growing 4% a year', '29.7%']) expect(text).toContain(value);
    await screenshot(page, 'summary-chapter');
    await page.goto(`${env.host.host.url}/#/project/summary-me/details`);
    const reference = page.getByLabel(/^Policy reference/);
    expect(await reference.inputValue()).toBe('DC-KP-2027/01');
    await reference.fill('DC-KP-2027/02');
    await saved(page);
    await page.locator('#part-control').scrollIntoViewIfNeeded();
    await screenshot(page, 'details-control');
    await page.reload();
    await expect.poll(() => page.getByLabel(/^Policy reference/).inputValue()).toBe('DC-KP-2027/02');
    expect(errors).toEqual([]);
  });

  it('refuses to delete a catalogue entry in use, saying where; renames show everywhere', async () => {
    const { page } = await newPage(env.browser);
    await page.goto(`${env.host.host.url}/#/project/review-me/catalogues`);
    const agents = row(page, 'Channel 2');
    await rowAction(page, 'Channel 2', 'Remove Channel 2');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('“Forwarding agents” is still in use').waitFor();
    const places = await dialog.getByRole('listitem').allTextContents();
    expect(places).toEqual(
      expect.arrayContaining([
        'Distribution and sales channels — Priority channels, row 2',
        'Rules of working with the channels — Credit policy, row 2',
        'Rules of working with the channels — Pricing policy',
      ]),
    );
    // The price matrix is one place, not one "row" per cell; no place is a row that does not exist.
    expect(places.filter((p) => p.includes('Pricing policy'))).toEqual(['Rules of working with the channels — Pricing policy']);
    await screenshot(page, 'catalogue-in-use');
    // Each place is a link to it.
    await dialog.getByRole('link', { name: 'Rules of working with the channels — Credit policy, row 2' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-row]')?.getAttribute('aria-label'))).toBe('Terms 2');
    await page.goto(`${env.host.host.url}/#/project/review-me/catalogues`);
    expect(await agents.count()).toBe(1);

    await agents.getByLabel(/^Name/).fill('Regional agents');
    await saved(page);
    await page.goto(`${env.host.host.url}/#/project/review-me/channelRules`);
    expect(await row(page, 'Terms 2').getByLabel(/^Channel/).inputValue()).toBe('Regional agents');
    expect(await page.locator('table.cpb-price-matrix').getByRole('rowheader', { name: 'Regional agents' }).count()).toBe(1);
  });

  it('moves between chapters and undoes with the keyboard', async () => {
    const { page } = await newPage(env.browser);
    await page.goto(`${env.host.host.url}/#/project/review-me/goals`);
    const owner = row(page, 'Goal 1').getByLabel('Owner');
    await owner.fill('Somebody else');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(page, 'Goal 1').getByLabel('Owner').inputValue()).toBe('Kovács Éva');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => row(page, 'Goal 1').getByLabel('Owner').inputValue()).toBe('Somebody else');
    await page.keyboard.press('Control+PageDown');
    await page.getByRole('heading', { name: '2. Methods of reaching the goals' }).waitFor();
    await page.keyboard.press('Control+PageUp');
    await page.getByRole('heading', { name: '1. Goals of the commercial policy' }).waitFor();
  });
});
