import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot, useBrowserAndHost } from '../support/browserFixture';

const env = useBrowserAndHost();

/**
 * Rows added with the keyboard alone, counting every key that is not part of the text typed
 * (Tab, Enter, arrows): from the chapter's heading, where the focus is when a chapter opens.
 */
class Keyboard {
  presses = 0;
  constructor(private readonly page: Page) {}

  async press(key: string) {
    this.presses += 1;
    await this.page.keyboard.press(key);
  }

  /** Text typed into the focused field: not counted. */
  async type(text: string) {
    await this.page.keyboard.type(text);
  }

  /** Tabs forward until the focused element reads `name`. */
  async tabTo(name: string) {
    for (let i = 0; i < 40; i++) {
      const focused = await this.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
      });
      if (focused === name) return;
      await this.press('Tab');
    }
    throw new Error(`"${name}" was not reached with Tab`);
  }
}

const focusedRow = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-row][aria-label]')?.getAttribute('aria-label'));
const focusedField = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-field'));

async function openChapter(page: Page, id: string, section: string) {
  // Coming from another screen, as a user does (the same address twice is no navigation).
  await page.goto(`${env.host.host.url}/#/project/${id}/review`);
  await page.goto(`${env.host.host.url}/#/project/${id}/${section}`);
  await page.getByTestId('save-state').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
}
async function saved(page: Page) {
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
}

describe('lists as tables, typed across with the keyboard', () => {
  it('adds a credit-terms row, a bonus tier and a document in fewer than 15 key presses each from the chapter heading', async () => {
    await env.host.host.call('project:create', { templateId: 'duna-cargo', title: 'Keyboard only' });
    const { page, errors } = await newPage(env.browser, { width: 1280, height: 800 });
    const id = 'keyboard-only';

    // Credit terms: the part's link, its Add button, then the row's cells.
    await openChapter(page, id, 'channelRules');
    const credit = new Keyboard(page);
    await credit.tabTo('Credit policy');
    await credit.press('Enter');
    await credit.tabTo('Add terms for a channel');
    await credit.press('Enter');
    await expect.poll(() => focusedRow(page)).toBe('Terms 5');
    await credit.type('Direct sales');
    await credit.press('ArrowDown');
    await credit.press('Enter');
    await credit.press('Tab');
    await credit.type('20');
    expect(await focusedField(page)).toBe('policy.channelRules.creditPolicy.terms.4.paymentDays');
    expect(credit.presses).toBeLessThan(15);
    await saved(page);

    // A bonus tier of the first scheme.
    await openChapter(page, id, 'channelRules');
    const tier = new Keyboard(page);
    await tier.tabTo('Partner motivation');
    await tier.press('Enter');
    await tier.tabTo('Add tier');
    await tier.press('Enter');
    await expect.poll(() => focusedRow(page)).toMatch(/^Tier \d+$/);
    await tier.type('5000');
    await tier.press('Tab');
    await tier.type('+4 points commission');
    await tier.press('Tab');
    await tier.type('4');
    expect(tier.presses).toBeLessThan(15);
    await saved(page);
    await screenshot(page, 'keyboard-tier-added');

    // A document: Enter in the last row's plain box adds the next row too.
    await openChapter(page, id, 'documentFlow');
    const document = new Keyboard(page);
    await document.tabTo('Add document');
    await document.press('Enter');
    await expect.poll(() => focusedRow(page)).toBe('Document 5');
    await document.type('Weekly pipeline review');
    await document.press('Enter');
    await expect.poll(() => focusedRow(page)).toBe('Document 6');
    expect(document.presses).toBeLessThan(15);
    await saved(page);

    const file = JSON.parse(await readFile(join(env.host.libraryDir, `${id}.cpolicy`), 'utf8'));
    const terms = file.policy.channelRules.creditPolicy.terms;
    const direct = file.catalogues.channels.find((c: { name: string }) => c.name === 'Direct sales');
    expect(terms.at(-1)).toMatchObject({ channelId: direct.id, paymentDays: 20, ref: 5 });
    expect(file.policy.channelRules.motivation.schemes[0].tiers.at(-1)).toMatchObject({ threshold: 5000, reward: '+4 points commission', rewardPercent: 4 });
    expect(file.policy.documentFlow.documents.map((d: { name: string }) => d.name)).toContain('Weekly pipeline review');
    console.log(`keys: credit terms ${credit.presses}, bonus tier ${tier.presses}, document ${document.presses}`);
    expect(errors).toEqual([]);
  });
});
