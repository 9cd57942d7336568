import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, newPage, screenshot } from '../support/browserFixture';
import { startTestHost, type HostFixture } from '../support/hostFixture';
import { REPO_ROOT } from '../support/paths';

let browser: Browser;
let fx: HostFixture;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());
beforeEach(async () => {
  fx = await startTestHost();
});
afterEach(() => fx.dispose());

describe('the library in Chromium', () => {
  it('creates a project from the Duna Cargo template, edits its title, and keeps it across a reload', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(fx.host.url);
    await page.getByRole('heading', { name: 'Start your first commercial policy' }).waitFor();
    await screenshot(page, 'home-empty');

    await page.getByRole('button', { name: 'New policy' }).click();
    await page.getByLabel('Title of the document').fill('Duna Cargo 2027');
    await page.getByRole('radio', { name: /Duna Cargo Logisztika/ }).click();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    // The project screen is open (until then, the closing dialog's title field has the same name).
    await page.getByTestId('save-state').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const title = page.getByRole('textbox', { name: /^Title of the document/ });
    await expect.poll(() => title.inputValue()).toBe('Duna Cargo 2027');
    await title.fill('Commercial Policy of Duna Cargo 2027–2031, revised');
    // Autosave reaches the disk on its own, then the status says so.
    const titleOnDisk = async () => (JSON.parse(await readFile(join(fx.libraryDir, 'duna-cargo-2027.cpolicy'), 'utf8')) as { meta: { title: string } }).meta.title;
    await expect.poll(titleOnDisk).toBe('Commercial Policy of Duna Cargo 2027–2031, revised');
    const status = page.getByTestId('save-state');
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved');
    await screenshot(page, 'project-details');

    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: /^Title of the document/ }).inputValue()).toBe('Commercial Policy of Duna Cargo 2027–2031, revised');
    expect(await page.getByTestId('project-title').textContent()).toBe('Commercial Policy of Duna Cargo 2027–2031, revised');

    const onDisk = JSON.parse(await readFile(join(fx.libraryDir, 'duna-cargo-2027.cpolicy'), 'utf8'));
    expect(onDisk.meta.title).toBe('Commercial Policy of Duna Cargo 2027–2031, revised');
    expect(errors).toEqual([]);
  });

  it('shows a damaged file clearly and leaves it on disk byte for byte', async () => {
    const damaged = '{"schemaVersion": 1, "meta": {"title": "Half a fi';
    const file = join(fx.libraryDir, 'broken.cpolicy');
    await mkdir(fx.libraryDir, { recursive: true });
    await writeFile(file, damaged);

    const { page, errors } = await newPage(browser);
    await page.goto(fx.host.url);
    const row = page.getByTestId('library-row').filter({ hasText: 'broken.cpolicy' });
    await row.getByText('Cannot be opened').waitFor();
    await screenshot(page, 'home-damaged');

    await page.goto(`${fx.host.url}/#/project/broken/details`);
    const alert = page.getByTestId('load-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/This policy cannot be opened.*not valid JSON.*has not been changed.*copy is kept at/s);
    await screenshot(page, 'project-load-error');

    expect(await readFile(file, 'utf8')).toBe(damaged);
    expect(await readdir(join(fx.libraryDir, 'Damaged'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('duplicates, renames and deletes (to the Trash folder) from the library', async () => {
    const { page } = await newPage(browser);
    await page.goto(fx.host.url);
    await page.getByRole('button', { name: 'Create a policy' }).click();
    await page.getByLabel('Title of the document').fill('Alpha');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByTestId('save-state').waitFor();
    await page.getByText('Library', { exact: true }).click();

    await page.getByRole('button', { name: 'More actions for Alpha' }).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    const row = (title: string) => page.getByTestId('library-row').filter({ has: page.getByRole('button', { name: title, exact: true }) });
    await row('Alpha (copy)').waitFor();
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);

    await page.getByRole('button', { name: 'More actions for Alpha (copy)' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    await page.getByRole('dialog').getByLabel('Title').fill('Beta');
    await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
    await row('Beta').waitFor();
    await screenshot(page, 'home-list');

    await page.getByRole('button', { name: 'More actions for Alpha' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Move to Trash' }).click();
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(1);
    const trash = (await readdir(join(fx.libraryDir, 'Trash'))).sort();
    expect(trash).toEqual([expect.stringMatching(/^alpha-.*\.cpolicy$/), expect.stringMatching(/^alpha-.*\.cpolicy\.bak$/)]);
  });

  it('opens the project files the system hands over (a double-click on .cpolicy): one from elsewhere is imported, one in the library opens in place', async () => {
    const outside = join(fx.dataDir, 'From the consultant.cpolicy');
    await writeFile(outside, await readFile(join(REPO_ROOT, 'templates', 'projects', 'premium-manufacturer.en.cpolicy')));
    fx.host.requestOpen(outside);
    const { page, errors } = await newPage(browser);
    await page.goto(fx.host.url);
    await expect.poll(() => page.getByTestId('project-title').textContent()).toMatch(/Mátrahő/);
    const imported = (await readdir(fx.libraryDir)).filter((n) => n.endsWith('.cpolicy'));
    expect(imported).toHaveLength(1);

    // The same file again, now from inside the library, at the next start: no second copy.
    fx.host.requestOpen(join(fx.libraryDir, imported[0]!));
    const again = await newPage(browser);
    await again.page.goto(fx.host.url);
    await expect.poll(() => again.page.getByTestId('project-title').textContent()).toMatch(/Mátrahő/);
    expect((await readdir(fx.libraryDir)).filter((n) => n.endsWith('.cpolicy'))).toHaveLength(1);
    expect([...errors, ...again.errors]).toEqual([]);
  });

  it('imports a project file picked in the Open dialog, migrating an older one', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(fx.host.url);
    await page.getByRole('heading', { name: 'Start your first commercial policy' }).waitFor();
    fx.host.queueDialogAnswer(join(REPO_ROOT, 'tests', 'fixtures', 'project-v0.json'));
    await page.getByRole('button', { name: 'Open file…' }).click();
    const row = page.getByTestId('library-row').filter({ hasText: 'Kereskedelmi politika (preview file)' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Kereskedelmi politika (preview file)', exact: true }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /^Company/ }).inputValue()).toBe('Példa Kft.');
    expect(errors).toEqual([]);
  });
});
