import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../renderer/i18n/locales/en.json';
import { DOCUMENT_CHAPTER_IDS } from '../../shared/sections/catalogue';
import { newPage, screenshot, settled, useBrowserAndHost } from '../support/browserFixture';
import { REPO_ROOT } from '../support/paths';

const env = useBrowserAndHost();

/** The English interface texts as fragments to look for: the parts between placeholders. */
function englishFragments(): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(en);
  const sameInBoth = new Set(['Commercial Policy Builder', 'PDF', 'Word (DOCX)', 'CSV (.csv)…']);
  return [...new Set(texts.filter((t) => !sameInBoth.has(t)).flatMap((t) => t.split(/\{\{\s*\w+\s*\}\}/)).map((f) => f.trim()))].filter((f) => /[A-Za-z]{3}/.test(f));
}
/** What the user typed (the project's content) is not the interface; neither is a word Hungarian shares with English. */
const HUNGARIAN_LOANWORDS = ['Online'];
const PROJECT_CONTENT = readFileSync(join(REPO_ROOT, 'templates', 'projects', 'duna-cargo.hu.cpolicy'), 'utf8');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word match: not inside a longer word or a file path. */
const wordPattern = (fragment: string) => new RegExp(`(^|[^\\p{L}/])${escapeRegExp(fragment)}($|[^\\p{L}/])`, 'u');
const FRAGMENTS = englishFragments().filter((fragment) => !HUNGARIAN_LOANWORDS.includes(fragment) && !wordPattern(fragment).test(PROJECT_CONTENT));

/** Every text a user can see or hear on the page: visible text and the labels of controls. */
async function pageTexts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label],[placeholder],[title],[alt]')].flatMap((el) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''));
    return [document.body.innerText, ...attributes].join('\n');
  });
}

/** English interface texts found on the page (whole words, so "Online" inside a name is not a hit). */
async function englishOn(page: Page): Promise<string[]> {
  const text = await pageTexts(page);
  return FRAGMENTS.filter((fragment) => wordPattern(fragment).test(text));
}

describe('the interface in Hungarian', () => {
  it('switches without a restart, shows no English text on any screen, is remembered, and switches back', async () => {
    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    const url = env.host.host.url;
    await page.goto(url);
    await page.getByRole('button', { name: 'Interface language' }).click();
    await page.getByRole('menuitem', { name: 'Magyar' }).click();
    // The language menu (which names every language in its own) closes once the choice is made.
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Kereskedelmi politikák' }).or(page.getByRole('heading', { name: /Kezdje el/ })).first().waitFor();
    const found: Record<string, string[]> = {};
    const visit = async (name: string) => {
      await settled(page);
      const english = await englishOn(page);
      if (english.length > 0) found[name] = english;
      await screenshot(page, `hu-${name}`);
    };
    await visit('home-empty');

    await page.getByRole('button', { name: 'Új kereskedelmi politika' }).first().click();
    await page.getByRole('dialog').waitFor();
    await visit('new-dialog');
    await page.getByLabel('A dokumentum címe').fill('Duna Cargo 2027');
    await page.getByRole('radio', { name: /Duna Cargo Logisztika/ }).click();
    await page.getByRole('button', { name: 'Létrehozás', exact: true }).click();
    await page.getByTestId('save-state').waitFor();
    await visit('details');
    // Dates and months as Hungarian writes them, whatever the browser's own locale.
    await expect.poll(async () => (await page.getByLabel('A terv első hónapja').textContent())?.trim()).toMatch(/^\d{4}\. [a-zá-űé]+$/);
    expect(await page.getByLabel('A dokumentum dátuma').inputValue()).toMatch(/^\d{4}\. [a-zá-űé]+ \d{1,2}\.$/);

    const id = 'duna-cargo-2027';
    for (const section of ['catalogues', ...DOCUMENT_CHAPTER_IDS.filter((s) => !['salesStrategyInNumbers', 'regionalExpansion', 'salesOrganisation', 'customerService', 'implementation'].includes(s)), 'review', 'preview']) {
      await page.goto(`${url}/#/project/${id}/${section}`);
      await page.getByTestId('save-state').waitFor();
      // The guidance panel (purpose, questions, a good answer, the example) is part of every chapter's screen.
      const showGuidance = page.getByRole('button', { name: 'Útmutató megjelenítése' });
      if (await showGuidance.isVisible()) await showGuidance.click();
      await visit(section);
    }
    // Numbers are typed the Hungarian way: a decimal comma, grouping with spaces.
    await page.goto(`${url}/#/project/${id}/salesForecast`);
    const growth = page.getByRole('textbox', { name: /^Piacnövekedés/ });
    await growth.fill('4,5');
    await growth.blur();
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    const opened = (await env.host.host.call('project:open', { id })) as { value: { project: { salesPlan: { context: { marketGrowthPercent: number } } } } };
    expect(opened.value.project.salesPlan.context.marketGrowthPercent).toBe(4.5);
    expect(await page.getByRole('textbox', { name: /^Elérhető potenciális ügyfelek/ }).inputValue()).toBe('2\u00a0300');

    await page.getByRole('button', { name: 'Exportálás…' }).first().click();
    await page.getByRole('dialog').waitFor();
    await visit('export-dialog');
    await page.keyboard.press('Escape');
    expect(found).toEqual({});

    // Remembered: a reload keeps Hungarian.
    await page.reload();
    await page.getByTestId('save-state').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hu');

    // And back to English.
    await page.getByRole('button', { name: 'A felület nyelve' }).click();
    await page.getByRole('menuitem', { name: 'English', exact: true }).click();
    await page.getByRole('button', { name: 'Export…' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
  }, 120_000);
});
