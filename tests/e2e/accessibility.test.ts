import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../shared/sections/catalogue';
import { seriousViolations, type AxeViolation } from '../support/axe';
import { newPage, settled, useBrowserAndHost } from '../support/browserFixture';

const env = useBrowserAndHost();

/**
 * axe-core (WCAG 2.1 A and AA) on every screen a user meets, in both languages: the library, the
 * New policy dialog, every chapter with its guidance, the forecast, the check, the preview and the
 * export dialog. No critical or serious violation is allowed.
 */
describe('accessibility', () => {
  it.each(['en', 'hu'] as const)('has no critical or serious violations on any screen (%s)', async (language) => {
    const { page, errors } = await newPage(env.browser, { width: 1280, height: 800 });
    const url = env.host.host.url;
    const id = `a11y-${language}`;
    await env.host.host.call('project:create', { templateId: 'duna-cargo', language, title: id });
    await page.goto(url);
    if (language === 'hu') {
      await page.getByRole('button', { name: /Interface language/ }).click();
      await page.getByRole('menuitem', { name: 'Magyar' }).click();
      await page.getByRole('menu').waitFor({ state: 'detached' });
    }
    const found: Record<string, AxeViolation[]> = {};
    const audit = async (screen: string) => {
      await settled(page);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[screen] = violations;
    };
    await page.getByRole('table').or(page.getByRole('list')).first().waitFor();
    await audit('library');
    await page.getByRole('button', { name: language === 'hu' ? 'Új kereskedelmi politika' : 'New policy' }).click();
    await page.getByRole('dialog').waitFor();
    await audit('new-policy-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    for (const section of [...SECTIONS.map((s) => s.id), 'review', 'preview']) {
      await page.goto(`${url}/#/project/${id}/${section}`);
      await page.getByTestId('save-state').waitFor();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await audit(section);
    }
    await page.getByRole('button', { name: language === 'hu' ? /Exportálás/ : /Export/ }).first().click();
    await page.getByRole('dialog').waitFor();
    await audit('export-dialog');
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  });
});
