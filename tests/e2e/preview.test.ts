import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot, settled, useBrowserAndHost } from '../support/browserFixture';
import { fixturePath } from '../support/projects';

const env = useBrowserAndHost();

describe('the document preview in Chromium', () => {
  it('shows the deliverable from the document model, follows edits, and switches draft to final', async () => {
    await env.host.host.call('project:create', { templateId: 'duna-cargo', title: 'Preview me' });
    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    await page.goto(`${env.host.host.url}/#/project/preview-me/preview`);
    const preview = page.getByTestId('document-preview');
    await preview.waitFor();
    const text = (await preview.textContent())!.replace(/\u00a0/g, ' ');
    for (const value of ['Preview me', 'Contents', '4.3. Credit policy', 'HUF 25,000,000', '≥ 2,500', 'Sales by year (HUF m)', '4,228', 'Trade-fair stand at Transport Logistic']) expect(text).toContain(value);
    expect(await preview.locator('svg').count()).toBeGreaterThanOrEqual(3);
    expect(await preview.locator('[data-watermark="Draft"]').count()).toBe(1);
    await screenshot(page, 'preview-draft');

    // The chapters carry the same numbers in the navigation as in the document.
    const numbers = (labels: string[]) => labels.map((l) => /^(\d+)\.\s/.exec(l.trim())?.[1]).filter(Boolean);
    const navigation = numbers(await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').allTextContents());
    const chapters = numbers(await preview.locator('h3').allTextContents());
    // The sample includes the five Part C chapters, numbered on from the sales plan.
    expect(navigation).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    expect(chapters).toEqual(navigation);
    await page.getByText('Final', { exact: true }).click();
    await expect.poll(() => preview.locator('[data-watermark]').count()).toBe(0);

    // An edit elsewhere shows in the preview.
    await page.goto(`${env.host.host.url}/#/project/preview-me/goals`);
    await page.getByRole('row', { name: 'Goal 1', exact: true }).getByLabel('Owner').fill('Nagy Anna');
    await page.goto(`${env.host.host.url}/#/project/preview-me/preview`);
    await expect.poll(async () => (await page.getByTestId('document-preview').textContent()) ?? '').toContain('Nagy Anna');
    expect(errors).toEqual([]);
  });

  it('says which required parts are empty before a final export, links to them, and offers a draft', async () => {
    await env.host.host.call('project:create', { templateId: 'blank', title: 'Empty policy' });
    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    await page.goto(`${env.host.host.url}/#/project/empty-policy/details`);
    await page.getByRole('button', { name: 'Export…' }).first().click();
    const missing = page.getByTestId('export-missing');
    await missing.waitFor();
    expect(await missing.textContent()).toMatch(/\d+ required parts are still empty.*Products, markets and partners: Product groups, .*Goals of the commercial policy: Goals/s);
    expect(await page.getByRole('button', { name: 'Export anyway…' }).count()).toBe(1);
    await settled(page);
    await screenshot(page, 'export-missing');
    await missing.getByRole('button', { name: 'Mark as draft' }).click();
    await missing.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Export…', exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /Mark as draft/ }).uncheck();
    // Each empty part is its own link, to its own field.
    await page.getByTestId('export-missing').getByRole('listitem').filter({ hasText: 'Goals of the commercial policy' }).getByRole('link', { name: 'Goals', exact: true }).click();
    await expect.poll(() => page.url()).toContain('/project/empty-policy/goals/policy.goals.items');
    expect(errors).toEqual([]);
  });

  it('exports the PDF and the DOCX from the Export dialog with the chosen options and the logo chosen in Details', async () => {
    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    await page.goto(`${env.host.host.url}/#/project/preview-me/details`);
    await page.locator('input[type="file"][accept="image/png,image/jpeg"]').setInputFiles(fixturePath('logo.png'));
    const logo = page.getByRole('img', { name: 'The logo as it is stored in this policy' });
    await logo.waitFor();
    await logo.scrollIntoViewIfNeeded();
    await screenshot(page, 'details-branding');
    // The preview lays out the same model: the logo on its title page.
    await page.goto(`${env.host.host.url}/#/project/preview-me/preview`);
    const previewLogo = page.getByTestId('document-preview').getByRole('img', { name: 'Duna Cargo Logisztika Kft.' });
    await previewLogo.waitFor();
    await previewLogo.scrollIntoViewIfNeeded();
    await screenshot(page, 'preview-logo');

    await page.getByRole('button', { name: 'Export…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export the document' });
    await dialog.waitFor();
    await dialog.getByText('Both', { exact: true }).click();
    await dialog.getByText('Letter', { exact: true }).click();
    await dialog.getByRole('checkbox', { name: 'Sales forecast' }).uncheck();
    await screenshot(page, 'export-dialog');
    const target = join(env.host.dataDir, 'exported.pdf');
    env.host.host.queueDialogAnswer(target);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await page.getByText('Document exported').waitFor({ timeout: 60_000 });
    await screenshot(page, 'export-done');
    expect(await page.getByRole('button', { name: 'Open PDF' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Open DOCX' }).count()).toBe(1);

    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Preview me');
    expect(text).toContain('Nagy Anna');
    expect(execFileSync('pdfinfo', [target], { encoding: 'utf8' })).toMatch(/612 x 792/);
    const outline = execFileSync('qpdf', ['--json', '--json-key=outlines', target], { encoding: 'utf8' });
    expect(outline).toContain('Sales tactics');
    expect(outline).not.toContain('Sales forecast');
    expect(execFileSync('pdfimages', ['-list', target], { encoding: 'utf8' })).toMatch(/image\s+454\s+120/);
    expect(readFileSync(join(env.host.dataDir, 'exported.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(errors).toEqual([]);
  });
});
