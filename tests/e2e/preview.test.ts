import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot, useBrowserAndHost } from '../support/browserFixture';

const env = useBrowserAndHost();

describe('the document preview in Chromium', () => {
  it('shows the deliverable from the document model, follows edits, and switches draft to final', async () => {
    await fetch(`${env.host.host.url}/api/project:create`, { method: 'POST', body: JSON.stringify({ templateId: 'duna-cargo', title: 'Preview me' }) });
    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    await page.goto(`${env.host.host.url}/#/project/preview-me/preview`);
    const preview = page.getByTestId('document-preview');
    await preview.waitFor();
    const text = (await preview.textContent())!.replace(/\u00a0/g, ' ');
    for (const value of ['Preview me', 'Contents', '4.3. Credit policy', 'HUF 25,000,000', '≥ 2,500', '4,227,845,100', 'Trade-fair stand at Transport Logistic']) expect(text).toContain(value);
    expect(await preview.locator('svg').count()).toBeGreaterThanOrEqual(3);
    expect(await preview.getByText('Draft', { exact: true }).count()).toBe(1);
    await screenshot(page, 'preview-draft');
    await page.getByText('Final', { exact: true }).click();
    await expect.poll(() => preview.getByText('Draft', { exact: true }).count()).toBe(0);

    // An edit elsewhere shows in the preview.
    await page.goto(`${env.host.host.url}/#/project/preview-me/goals`);
    await page.getByRole('group', { name: 'Goal 1', exact: true }).getByLabel('Owner').fill('Nagy Anna');
    await page.goto(`${env.host.host.url}/#/project/preview-me/preview`);
    await expect.poll(async () => (await page.getByTestId('document-preview').textContent()) ?? '').toContain('Nagy Anna');
    expect(errors).toEqual([]);
  });

  it('exports a PDF from the Export dialog to the place chosen in the save dialog', async () => {
    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    await page.goto(`${env.host.host.url}/#/project/preview-me/goals`);
    await page.getByRole('button', { name: 'Export…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export the document' });
    await dialog.waitFor();
    await dialog.getByText('Letter', { exact: true }).click();
    const target = join(env.host.dataDir, 'exported.pdf');
    env.host.host.queueDialogAnswer(target);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await page.getByText('Document exported').waitFor({ timeout: 30_000 });
    await screenshot(page, 'export-done');
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' });
    expect(text).toContain('Preview me');
    expect(text).toContain('Nagy Anna');
    expect(execFileSync('pdfinfo', [target], { encoding: 'utf8' })).toMatch(/612 x 792/);
    expect(errors).toEqual([]);
  });
});
