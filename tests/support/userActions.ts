import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Helpers that act as a user does in Chromium: by label, inside a named row of a list.

/** A row of a list: a card (group) or a table row, by its accessible name ("Terms 2"). */
export const row = (page: Page, name: string) => page.getByRole('group', { name, exact: true }).or(page.getByRole('row', { name, exact: true }));
export const field = (scope: Page | Locator, label: string | RegExp) => scope.getByLabel(label).first();
/** Picks an option of a select, found by its label within `scope`. */
export async function pick(page: Page, scope: Page | Locator, label: string | RegExp, option: string) {
  await field(scope, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
export const add = (page: Page, button: string) => page.getByRole('button', { name: button, exact: true }).click();
/** Waits until the project is saved (a state, not a time). */
export const saved = (page: Page) => expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
/** An element's text with non-breaking spaces as spaces, as a reader sees it. */
export const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ');

/** From the library at `url`, creates a blank policy with this title and waits until it is open. */
export async function createPolicy(page: Page, url: string, title: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Create a policy' }).click();
  await page.getByLabel('Title of the document').fill(title);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByTestId('save-state').waitFor();
}
