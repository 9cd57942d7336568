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
});
