import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot, useBrowserAndHost } from '../support/browserFixture';
import { add, createPolicy, field, pick, row, saved, textOf } from '../support/userActions';

const env = useBrowserAndHost();

async function open(page: Page, section: string) {
  await page.goto(`${env.host.host.url}/#/project/part-c/${section}`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
}
const include = async (page: Page) => {
  await page.getByLabel('Include this chapter in the document').check();
};

describe('the Part C chapters through the UI', () => {
  it('switches on each chapter, fills it (key accounts pasted from Excel), and keeps every value and result across a reload', async () => {
    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    await createPolicy(page, env.host.host.url, 'Part C');
    await open(page, 'catalogues');
    await add(page, 'Add territory');
    await field(row(page, 'Territory 1'), /^Name/).fill('Eastern Hungary');
    await saved(page);

    // VIP programme: goals, owner, three accounts pasted from Excel, and the capacity they take.
    await open(page, 'vipProgramme');
    await include(page);
    await page.getByLabel(/^Up-to-date contacts/).check();
    await field(page, /^Owner of the programme/).fill('Kovács Éva');
    await page.getByRole('button', { name: 'Paste from Excel' }).click();
    const rows = ['Alföld Logistics\tManufacturing\tKiss Anna\t2026-09-14\t48 000 000', 'Rába Parts\tAutomotive\tNagy Péter\t2026-10-02\t120 000 000', 'Tisza Foods\tFood\tKiss Anna\t2026-06-30\t35 500 000'];
    await field(page, 'Rows copied from Excel').fill(rows.join('\n'));
    await add(page, 'Add these accounts');
    await expect.poll(() => page.getByText('3 accounts added.').count()).toBe(1);
    await field(page, /^Contacts per account a year/).fill('4');
    await field(page, /^People on the programme/).fill('1');
    await add(page, 'Use the six standard topics');
    await saved(page);
    // 3 accounts × 4 contacts = 12 questionnaires a year; one dedicated person (15 a week) is plenty.
    const capacity = page.getByTestId('vip-capacity-result');
    await expect.poll(async () => textOf(capacity)).toContain("1 person completes the year's 12 questionnaires.");
    expect(await page.getByTestId('vip-capacity-warning').count()).toBe(0);

    // Regions: a travelling team, and when a flat beats hotels.
    await open(page, 'regionalExpansion');
    await include(page);
    await add(page, 'Add region');
    await pick(page, row(page, 'Region 1'), /^Territory/, 'Eastern Hungary');
    await field(page, /^Return trip per person/).fill('18000');
    await field(page, /^Hotel night per person/).fill('16000');
    await field(page, /^Flat rent a month/).fill('220000');
    await field(page, /^The signs that a region needs its own office/).fill('More than 20 active clients in the region.');
    await saved(page);
    await expect.poll(async () => textOf(page.getByTestId('travelling-team-flat'))).toMatch(/days a month on site: a flat at €220,000\.00 costs €[\d,.]+ less than hotels/);

    // Sales organisation: an intake of 7 makes two groups under two mentors.
    await open(page, 'salesOrganisation');
    await include(page);
    await add(page, 'Add intake');
    await field(row(page, 'Intake 1'), /^Start date/).fill('2027-01-04');
    await page.keyboard.press('Tab');
    await field(row(page, 'Intake 1'), /^Newcomers/).fill('7');
    await saved(page);
    await expect.poll(async () => textOf(page.getByTestId('onboarding-plan'))).toContain('2 groups (4 + 3)');

    // Customer service and the implementation roadmap.
    await open(page, 'customerService');
    await include(page);
    await add(page, 'Add segment');
    await field(row(page, 'Segment 1'), /^Segment/).fill('Key accounts');
    await saved(page);
    await open(page, 'implementation');
    await include(page);
    await add(page, 'Add the six decisions the article names');
    await field(row(page, 'Decision 1'), /^Decision/).fill('Split new-client sales from client service');
    await field(row(page, 'Decision 1'), /^Deadline/).fill('2027-03-31');
    await page.keyboard.press('Tab');
    await saved(page);
    expect(await page.getByRole('row', { name: /^Decision \d$/ }).count()).toBe(6);
    await screenshot(page, 'part-c-implementation');

    // After a reload every value and every computed result is still there.
    await page.reload();
    await open(page, 'vipProgramme');
    await expect.poll(() => page.getByRole('row', { name: /^Key account \d$/ }).count()).toBe(3);
    expect(await field(row(page, 'Key account 2'), /^Client/).inputValue()).toBe('Rába Parts');
    await expect.poll(async () => textOf(page.getByTestId('vip-capacity-result'))).toContain("1 person completes the year's 12 questionnaires.");
    await open(page, 'regionalExpansion');
    await expect.poll(async () => textOf(page.getByTestId('travelling-team-flat'))).toMatch(/a flat at €220,000\.00 costs/);
    await open(page, 'salesOrganisation');
    await expect.poll(async () => textOf(page.getByTestId('onboarding-plan'))).toContain('2 groups (4 + 3)');
    const file = JSON.parse(await readFile(join(env.host.libraryDir, 'part-c.cpolicy'), 'utf8'));
    const c = file.optionalChapters;
    expect([c.vipProgramme.included, c.regionalExpansion.included, c.salesOrganisation.included, c.customerService.included, c.implementation.included]).toEqual([true, true, true, true, true]);
    expect(c.vipProgramme.accounts.map((a: { client: string; yearlyRevenue: number; lastContact: string }) => [a.client, a.yearlyRevenue, a.lastContact])).toEqual([
      ['Alföld Logistics', 48_000_000_00, '2026-09-14'],
      ['Rába Parts', 120_000_000_00, '2026-10-02'],
      ['Tisza Foods', 35_500_000_00, '2026-06-30'],
    ]);
    expect(c.vipProgramme.questionnaire).toHaveLength(6);
    expect(c.salesOrganisation.hiring).toEqual([expect.objectContaining({ date: '2027-01-04', count: 7 })]);
    expect(c.implementation.decisions).toHaveLength(6);

    // The preview prints the answers and the calculators' results.
    await page.goto(`${env.host.host.url}/#/project/part-c/preview`);
    const preview = page.getByTestId('document-preview');
    await preview.waitFor();
    await expect.poll(async () => textOf(preview)).toContain('Rába Parts');
    const printed = await textOf(preview);
    for (const value of ['VIP programme for key accounts', 'Kovács Éva', 'Eastern Hungary', 'Key accounts', 'Split new-client sales from client service', '2 groups']) expect(printed, value).toContain(value);
    // The onboarding plan and the roadmap are drawn as timelines: the intake's group tests (orange) and the dated
    // decision to do (grey), each a bar and its legend key.
    for (const [name, colour] of [[/The onboarding steps of each intake on a timeline/, '#E69F00'], [/to each deadline/, '#7F8A94']] as const) {
      const timeline = preview.getByRole('img', { name });
      await timeline.scrollIntoViewIfNeeded();
      await expect.poll(() => timeline.locator(`path[fill="${colour}"]`).count(), { timeout: 30_000 }).toBe(2);
    }
    expect(c.implementation.decisions[0].deadline).toBe('2027-03-31');
    await screenshot(page, 'part-c-preview');
    expect(errors).toEqual([]);
  });
});
