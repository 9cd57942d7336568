import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot, useBrowserAndHost } from '../support/browserFixture';
import { add, createPolicy, field, pick, row, saved } from '../support/userActions';

const env = useBrowserAndHost();

async function open(page: Page, section: string) {
  await page.goto(`${env.host.host.url}/#/project/equipment-maker/${section}`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
}
/** A segmented control's option, inside the control named by its label. */
const segment = (scope: Page | Locator, group: string, option: string) => scope.getByRole('radiogroup', { name: group }).getByText(option, { exact: true });

describe('commercial depth through the UI', () => {
  it('prices a forecast line from a zone, an all-groups discount and a credit exception, and prints them', async () => {
    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    await createPolicy(page, env.host.host.url, 'Equipment maker');

    // Catalogues: a product group with its list price and unit cost, a territory in a delivery zone, a channel.
    await open(page, 'catalogues');
    await add(page, 'Add product group');
    await field(row(page, 'Product group 1'), /^Name/).fill('Hydraulic presses');
    await field(row(page, 'Product group 1'), /^List price/).fill('1000000');
    await field(row(page, 'Product group 1'), /^Unit cost/).fill('700000');
    await add(page, 'Add territory');
    await field(row(page, 'Territory 1'), /^Name/).fill('Northern Hungary');
    await add(page, 'Add zone');
    await field(row(page, 'Zone 1'), /^Name/).fill('Zone 3 – north');
    await pick(page, row(page, 'Zone 1'), /^Territories/, 'Northern Hungary');
    await page.keyboard.press('Escape');
    await field(row(page, 'Zone 1'), /^Surcharge$|^Surcharge \*/).fill('6');
    await add(page, 'Add channel');
    await field(row(page, 'Channel 1'), /^Name/).fill('Dealers');
    await saved(page);

    // Chapter 4: dealers get −12% on every product group; presses need 30% prepayment.
    await open(page, 'channelRules');
    await page.getByLabel('Dealers, all product groups: markup or discount %').fill('-12');
    await page.getByLabel('Dealers, all product groups: markup or discount %').blur();
    await add(page, 'Add terms for a channel');
    await pick(page, row(page, 'Terms 1'), /^Channel/, 'Dealers');
    await field(row(page, 'Terms 1'), /^Payment terms/).fill('45');
    await field(row(page, 'Terms 1'), /^Credit limit/).fill('30000000');
    await page.getByRole('button', { name: 'Details of Terms 1' }).click();
    await add(page, 'Add exception');
    await pick(page, row(page, 'Exception 1'), /^Product group/, 'Hydraulic presses');
    await field(row(page, 'Exception 1'), /^Prepayment/).fill('30');
    await field(row(page, 'Exception 1'), /^Payment terms|^Payment days/).fill('30');
    await page.keyboard.press('Escape');
    // The waterfall under the matrix: 1,000,000 − 12% = 880,000 invoiced and net (no bonus scheme yet).
    await expect.poll(async () => (await page.getByRole('table', { name: /Price waterfall/ }).textContent()) ?? '').toMatch(/880,000/);
    await saved(page);

    // The forecast: 2 presses a month through dealers, priced from the policy.
    await open(page, 'salesForecast');
    await add(page, 'Add line');
    const panel = page.getByTestId('line-panel');
    await panel.getByLabel('Name', { exact: true }).fill('Presses through dealers');
    await pick(page, panel, 'Product group', 'Hydraulic presses');
    await pick(page, panel, 'Main channel', 'Dealers');
    await segment(panel, 'Planned in', 'Units').click();
    await segment(panel, 'Unit price from', 'The price policy').click();
    await expect.poll(() => field(panel, /^Unit price from the price policy/).inputValue()).toBe('880,000');
    await panel.getByLabel('First month (units)').fill('2');
    await panel.getByRole('button', { name: 'Fill the months' }).click();
    await saved(page);
    await screenshot(page, 'commercial-depth-forecast');

    // A change in the matrix moves the forecast: dealers now −10% → 900,000 a press.
    await open(page, 'channelRules');
    await page.getByLabel('Dealers, all product groups: markup or discount %').fill('-10');
    await page.getByLabel('Dealers, all product groups: markup or discount %').blur();
    await saved(page);

    const file = JSON.parse(await readFile(join(env.host.libraryDir, 'equipment-maker.cpolicy'), 'utf8'));
    const { catalogues, policy, salesPlan } = file;
    expect(catalogues.productGroups[0]).toMatchObject({ name: 'Hydraulic presses', listPrice: 1_000_000_00, unitCost: 700_000_00 });
    expect(catalogues.zones[0]).toMatchObject({ name: 'Zone 3 – north', territoryIds: [catalogues.territories[0].id], surcharge: { mode: 'percent', value: 6 } });
    expect(policy.channelRules.pricing.adjustments).toEqual([{ channelId: catalogues.channels[0].id, productGroupId: '', zoneId: '', percent: -10 }]);
    expect(policy.channelRules.creditPolicy.terms[0].exceptions).toEqual([expect.objectContaining({ productGroupId: catalogues.productGroups[0].id, prepaymentPercent: 30, paymentDays: 30 })]);
    expect(salesPlan.forecast.lines[0]).toMatchObject({ planning: 'units', priceSource: 'policy', unitPrice: null });

    // The preview prints the zone, the all-groups discount, the exception and the policy-priced sales.
    await page.goto(`${env.host.host.url}/#/project/equipment-maker/preview`);
    const preview = page.getByTestId('document-preview');
    await preview.waitFor();
    await expect.poll(async () => ((await preview.textContent()) ?? '').replace(/\u00a0/g, ' ')).toContain('Zone 3 – north');
    const text = ((await preview.textContent()) ?? '').replace(/\u00a0/g, ' ');
    for (const value of ['All product groups', '−10%', 'Northern Hungary', '30%', '900,000']) expect(text, value).toContain(value);
    // 24 presses at 900,000 = 21,600,000 in the first year.
    expect(text).toMatch(/21,600,000|21\.6/);
    await screenshot(page, 'commercial-depth-preview');
    expect(errors).toEqual([]);
  });
});
