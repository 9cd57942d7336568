import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../shared/checks/rules';
import { CURRENT_SCHEMA_VERSION } from '../../shared/project/schema';
import { parseProjectText } from '../../shared/project/validate';
import { projectCompleteness } from '../../shared/sections/completeness';
import { REPO_ROOT } from '../support/paths';
import { templateProject } from '../support/projects';

const templatesDir = join(REPO_ROOT, 'templates', 'projects');

describe('shipped templates', () => {
  it.each(readdirSync(templatesDir).filter((f) => f.endsWith('.cpolicy')))('%s is a valid current project', (file) => {
    const parsed = parseProjectText(readFileSync(join(templatesDir, file), 'utf8'), file);
    expect(parsed.ok ? [] : parsed.error.issues ?? [parsed.error.message]).toEqual([]);
    expect(parsed.ok && parsed.value.fromVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  const examples = ['duna-cargo', 'building-materials', 'premium-manufacturer'];

  it.each(examples.flatMap((id) => (['en', 'hu'] as const).map((language) => [id, language] as const)))('%s (%s) fills every chapter and passes the checks without errors', (id, language) => {
    const project = templateProject(id, language);
    expect(project.meta.outputLanguage).toBe(language);
    expect(projectCompleteness(project).ratio).toBe(1);
    expect(checkProject(project).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each(examples)('%s says the same in both languages: every id and figure is equal, only the texts differ', (id) => {
    /** The project with every string replaced by its kind, so only structure and numbers remain. */
    const shape = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(shape) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' || k.endsWith('Id') || k.endsWith('Ids') ? v : shape(v)])) : typeof value === 'string' ? 'text' : value;
    const [en, hu] = [templateProject(id, 'en'), templateProject(id, 'hu')].map((p) => ({ ...p, meta: { ...p.meta, outputLanguage: 'text', title: 'text' } }));
    expect(shape(hu)).toEqual(shape(en));
  });

  it('blank has every chapter present and empty, in both languages', () => {
    expect(templateProject('blank', 'hu').meta).toMatchObject({ outputLanguage: 'hu', currency: 'HUF' });
    const blank = templateProject('blank');
    expect(blank.policy.goals.items).toEqual([]);
    expect(blank.salesPlan.forecast.lines).toEqual([]);
    // Nothing the user has not chosen counts: a new project is 0% complete and states no pricing basis.
    expect(projectCompleteness(blank).ratio).toBe(0);
    expect(blank.policy.channelRules.pricing.basis).toBeNull();
  });

  it('duna-cargo carries the figures of the sample brief', () => {
    const p = templateProject('duna-cargo');
    const M = 100_000_000; // a million HUF in fillér
    expect(p.meta).toMatchObject({ companyName: 'Duna Cargo Logisztika Kft.', currency: 'HUF', planStart: '2027-01', horizonYears: 5, documentVersion: '1.0' });
    expect(p.policy.goals.items).toHaveLength(4);
    const credit = Object.fromEntries(p.policy.channelRules.creditPolicy.terms.map((t) => [t.channelId, t]));
    expect(credit.kam).toMatchObject({ paymentDays: 30, creditLimit: 25 * M });
    expect(credit.agents).toMatchObject({ paymentDays: 15, creditLimit: 5 * M });
    const agentTiers = p.policy.channelRules.motivation.schemes.find((s) => s.counterpartyTypeId === 'agents')!.tiers;
    expect(agentTiers.map((t) => [t.threshold, t.rewardPercent])).toEqual([[500, 1], [1200, 2], [2500, 3.5]]);
    const lines = Object.fromEntries(p.salesPlan.forecast.lines.map((l) => [l.id, l]));
    expect(lines['l-ftl']!.year1[0]).toBe(190 * M);
    expect(lines['l-ftl']!.year1[7]).toBe(Math.round(190 * M * 1.01 ** 7 * 0.85));
    expect(lines['l-wh']!.year1.slice(5, 7)).toEqual([70 * M, 80 * M]);
    expect(lines['l-customs']!.directCost).toEqual({ mode: 'percentOfSales', value: 30 });
    expect(lines['l-ltl']!.laterYears.map((y) => y.value)).toEqual([9, 8, 7, 7]);
    expect(p.salesPlan.context).toMatchObject({ marketGrowthPercent: 4, potentialCustomers: 2300, qualifiedLeadsPerMonth: 60 });
    expect(p.salesPlan.context.businessGoal).toMatchObject({ profitTarget: 300 * M, year: 2028 });
  });

  it('duna-cargo fills every required part of the document', () => {
    expect(projectCompleteness(templateProject('duna-cargo'))).toMatchObject({ ratio: 1 });
  });
});

describe('money', () => {
  it('uses the ISO 4217 minor units whatever the platform formats', async () => {
    const { minorUnitDigits, toMajor, toMinor, ISO_CURRENCY_CODES } = await import('../../shared/money');
    expect(['HUF', 'EUR', 'JPY', 'KWD'].map(minorUnitDigits)).toEqual([2, 2, 0, 3]);
    expect(toMajor(30_000_000_000, 'HUF')).toBe(300_000_000);
    expect(toMinor(25_000_000.004, 'HUF')).toBe(2_500_000_000);
    expect(ISO_CURRENCY_CODES).toEqual(expect.arrayContaining(['HUF', 'EUR', 'USD', 'XOF']));
    expect(ISO_CURRENCY_CODES).not.toContain('XAU');
  });
});
