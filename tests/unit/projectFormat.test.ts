import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../shared/project/blank';
import { projectJsonSchema } from '../../shared/project/jsonSchema';
import { MIGRATIONS, migrateToCurrent } from '../../shared/project/migrations';
import { findReferenceProblems, usagesOf } from '../../shared/project/references';
import { CURRENT_SCHEMA_VERSION, DEFAULT_ACCENT_COLOR, type Project } from '../../shared/project/schema';
import { buildDocument } from '../../shared/document/build';
import { generateYear1 } from '../../shared/forecast/engine';
import { emptyPartC } from '../../shared/project/partC';
import { plainTextOf } from '../../shared/document/model';
import { parseProjectText, serializeProject } from '../../shared/project/validate';
import { fixturePath, templateProject } from '../support/projects';

const now = new Date('2026-11-28T10:00:00Z');

/** A project with its Part C chapters reduced to what format 4 had (their switch and text). */
const withoutPartC = (project: Project) => ({
  ...project,
  optionalChapters: Object.fromEntries(Object.entries(project.optionalChapters).map(([id, c]) => [id, { included: c.included, body: c.body }])),
});

/** Keys format 5 added. */
const FORMAT_5_KEYS = ['zones', 'listPrice', 'unitCost', 'baseZoneId', 'zoneId', 'limitScope', 'exceptions', 'leadConversionPercent', 'operatingCosts', 'scenarios', 'territoryId', 'priceSource', 'dealSize'];

describe('parsing a project file', () => {
  it('reads back what it writes', () => {
    const project = templateProject('duna-cargo');
    const again = parseProjectText(serializeProject(project));
    expect(again.ok && again.value.project).toEqual(project);
  });

  it('rejects text that is not JSON, saying it may be damaged', () => {
    const text = serializeProject(templateProject('duna-cargo'));
    const result = parseProjectText(text.slice(0, text.length / 2), 'd.cpolicy');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'corruptFile', file: 'd.cpolicy' });
    expect(!result.ok && result.error.message).toMatch(/not valid JSON.*damaged or cut short/);
  });

  it('names the field path of the first schema problem', () => {
    const project = templateProject('duna-cargo') as unknown as { meta: { currency: string; horizonYears: number } };
    project.meta.currency = 'XYZW';
    project.meta.horizonYears = 11;
    const result = parseProjectText(JSON.stringify(project));
    expect(!result.ok && result.error.code).toBe('invalidProject');
    const paths = !result.ok ? result.error.issues!.map((i) => i.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['meta.currency', 'meta.horizonYears']));
    expect(!result.ok && result.error.message).toMatch(/^The project is not valid: meta\./);
  });

  it('rejects a JSON value that is not a project object', () => {
    const result = parseProjectText('[1, 2, 3]');
    expect(!result.ok && result.error).toMatchObject({ code: 'invalidProject' });
  });

  it('opens a file from a newer version read-only when it still reads, and refuses it when not', () => {
    const project = { ...templateProject('duna-cargo'), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const readable = parseProjectText(JSON.stringify(project));
    expect(readable.ok && readable.value).toMatchObject({ readOnly: true, fromVersion: CURRENT_SCHEMA_VERSION + 1 });
    const changed = parseProjectText(JSON.stringify({ ...project, policy: { restructured: true } }));
    expect(!changed.ok && changed.error.code).toBe('newerVersion');
    expect(!changed.ok && changed.error.message).toMatch(/newer version.*Update the app/);
  });
});

describe('references between chapters and catalogues', () => {
  it('the templates have none dangling', () => {
    expect(findReferenceProblems(templateProject('duna-cargo'))).toEqual([]);
  });

  it('reports a reference to a deleted catalogue entry with its path', () => {
    const project = templateProject('duna-cargo');
    project.catalogues.channels = project.catalogues.channels.filter((c) => c.id !== 'agents');
    const problems = findReferenceProblems(project);
    expect(problems.map((p) => p.path.join('.'))).toEqual(
      expect.arrayContaining(['policy.channelRules.creditPolicy.terms.1.channelId', 'policy.distribution.priorityChannels.1.channelIds.0']),
    );
    expect(parseProjectText(JSON.stringify(project)).ok).toBe(false);
  });

  it('reports duplicate ids in a catalogue', () => {
    const project = templateProject('duna-cargo');
    project.catalogues.kpis.push({ ...project.catalogues.kpis[0]! });
    expect(findReferenceProblems(project)).toEqual([{ path: ['catalogues', 'kpis', 5, 'id'], message: 'The id "volume" is used twice.' }]);
  });

  it('lists where a catalogue entry is used', () => {
    const uses = usagesOf(templateProject('duna-cargo'), 'kpis', 'volume').map((p) => p.join('.'));
    expect(uses).toEqual(['policy.channelRules.motivation.schemes.0.kpiId', 'policy.documentFlow.documents.0.feedsKpiIds.0', 'policy.documentFlow.documents.2.feedsKpiIds.0']);
  });
});

describe('migrations', () => {
  it('form one chain from version 0 to the current version', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.from).toBe(i);
      expect(m.to).toBe(i + 1);
    });
    expect(MIGRATIONS.at(-1)!.to).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('lift a hand-written preview file (no schemaVersion, plain-text narratives) to a valid project', () => {
    const text = readFileSync(fixturePath('project-v0.json'), 'utf8');
    const result = parseProjectText(text);
    expect(result.ok ? [] : result.error.issues).toEqual([]);
    if (!result.ok) return;
    const { project, fromVersion, readOnly } = result.value;
    expect({ fromVersion, readOnly, schemaVersion: project.schemaVersion }).toEqual({ fromVersion: 0, readOnly: false, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(project.policy.goals.intro).toEqual([
      { type: 'paragraph', text: 'Our goals for the next two years.' },
      { type: 'paragraph', text: 'They are about structure, not money.' },
    ]);
    expect(project.policy.methods.narrative).toEqual([{ type: 'bulletList', items: ['Dealers sell to builders', 'We sell to large contractors directly'] }]);
    expect(withoutPartC(project).optionalChapters.vipProgramme).toEqual({ included: true, body: [{ type: 'paragraph', text: 'Top 20 clients called every quarter.' }] });
    // Part C's questions start empty.
    expect(project.optionalChapters.vipProgramme).toMatchObject(emptyPartC().vipProgramme);
    expect(project.policy.documentFlow.narrative).toEqual([]);
  });

  it('give format-1 tactics and schemes their new fields, keeping every value', () => {
    const result = parseProjectText(readFileSync(fixturePath('project-v1.json'), 'utf8'));
    expect(result.ok ? [] : result.error.issues).toEqual([]);
    if (!result.ok) return;
    const { project, fromVersion } = result.value;
    expect(fromVersion).toBe(1);
    expect(project.salesPlan.tactics.interest[0]).toEqual({
      id: 'i1',
      tactic: 'Trade-fair stand at Transport Logistic',
      detail: 'Meetings booked in advance with shippers from the lead list.',
      channelId: '',
      owner: '',
      when: '',
      cost: null,
    });
    expect(project.policy.channelRules.motivation.schemes.map((s) => s.channelId)).toEqual(['', '']);
    expect(project.policy.channelRules.motivation.schemes[0]!.tiers).toHaveLength(3);
  });

  it('give format-2 projects the default branding and keep everything else as it was', () => {
    const raw = JSON.parse(readFileSync(fixturePath('project-v2.json'), 'utf8')) as { meta: Record<string, unknown> };
    const result = parseProjectText(JSON.stringify(raw));
    expect(result.ok ? [] : result.error.issues).toEqual([]);
    if (!result.ok) return;
    const { project, fromVersion } = result.value;
    expect(fromVersion).toBe(2);
    expect(project.meta.branding).toEqual({ logo: null, accentColor: DEFAULT_ACCENT_COLOR });
    const { branding: _added, control: _addedLater, glossary: _addedWithControl, ...metaWithoutBranding } = project.meta;
    expect(metaWithoutBranding).toEqual(raw.meta);
  });

  it('give format-3 projects an empty document control, glossary and executive summary, and keep everything else as it was', () => {
    const raw = JSON.parse(readFileSync(fixturePath('project-v3.json'), 'utf8')) as Record<string, unknown> & { meta: Record<string, unknown> };
    const result = parseProjectText(JSON.stringify(raw));
    expect(result.ok ? [] : result.error.issues).toEqual([]);
    if (!result.ok) return;
    const { project, fromVersion } = result.value;
    expect(fromVersion).toBe(3);
    expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(project.meta.control).toEqual({ reference: '', status: 'draft', effectiveDate: null, nextReviewDate: null, owner: { name: '', role: '' }, distribution: '', history: [], approvals: [] });
    expect(project.summary).toEqual({ text: [], decisions: [] });
    expect(project.meta.glossary).toEqual([]);
    // The pricing basis the file already chose stays chosen.
    expect(project.policy.channelRules.pricing.basis).toBe('zone');
    // Rules are numbered in the order the file lists them, pricing rules in the order of the channels.
    const { channelRules } = project.policy;
    expect(channelRules.motivation.schemes.map((r) => [r.ref, r.owner, r.effectiveDate])).toEqual([[1, '', null], [2, '', null]]);
    expect(channelRules.creditPolicy.terms.map((r) => r.ref)).toEqual([1, 2, 3, 4]);
    expect(project.policy.documentFlow.documents.map((r) => r.ref)).toEqual([1, 2, 3, 4]);
    expect(channelRules.pricing.rules).toEqual(['kam', 'agents', 'direct', 'online'].map((channelId, i) => ({ channelId, ref: i + 1, owner: '', effectiveDate: null })));
    expect([channelRules.scope, channelRules.exceptions]).toEqual([[], []]);
    // Everything else is as it was.
    const withoutRules = (file: unknown) =>
      JSON.parse(JSON.stringify(file, (key, value: unknown) => ([...'ref effectiveDate rules scope exceptions control glossary summary schemaVersion'.split(' '), ...FORMAT_5_KEYS].includes(key) || (key === 'owner' && value === '') ? undefined : value)));
    expect(withoutRules(withoutPartC(project))).toEqual(withoutRules(raw));
  });

  it('give format-4 projects zones, credit exceptions, operating costs and calendar seasonality, and keep everything else', () => {
    // The fixture is a plan starting in April whose first line has seasonality in the plan's month order.
    const raw = JSON.parse(readFileSync(fixturePath('project-v4.json'), 'utf8')) as Record<string, unknown> & { meta: Record<string, unknown> };
    const result = parseProjectText(JSON.stringify(raw));
    expect(result.ok ? [] : result.error.issues).toEqual([]);
    if (!result.ok) return;
    const { project, fromVersion } = result.value;
    expect([fromVersion, project.schemaVersion]).toEqual([4, 5]);
    expect(project.catalogues.zones).toEqual([]);
    expect(project.catalogues.productGroups.every((g) => g.listPrice === null && g.unitCost === null)).toBe(true);
    expect(project.policy.channelRules.pricing.baseZoneId).toBe('');
    expect(project.policy.channelRules.pricing.adjustments.every((a) => a.zoneId === '')).toBe(true);
    expect(project.policy.channelRules.creditPolicy.terms.every((t) => t.limitScope === '' && t.exceptions.length === 0)).toBe(true);
    const { context, forecast } = project.salesPlan;
    expect([context.leadConversionPercent, context.operatingCosts, context.scenarios]).toEqual([null, [], null]);
    expect(forecast.lines.every((l) => l.priceSource === 'own' && l.territoryId === null && l.dealSize === null)).toBe(true);
    // Plan months April…March become calendar months January…December: January was the plan's 10th month.
    expect(forecast.lines[0]!.year1Generator!.seasonality).toEqual([1.0, 0.8, 0.5, 0.7, 0.8, 1.0, 1.1, 1.2, 1.3, 1.3, 1.2, 1.1]);
    // The figures already generated are kept: regenerating would give the same months.
    const gen = forecast.lines[0]!.year1Generator!;
    expect(generateYear1(gen.start, gen.monthlyGrowthPercent, gen.seasonality, project.meta.planStart)).toEqual(
      generateYear1(gen.start, gen.monthlyGrowthPercent, [0.7, 0.8, 1.0, 1.1, 1.2, 1.3, 1.3, 1.2, 1.1, 1.0, 0.8, 0.5], '2027-01'),
    );
    const withoutNew = (file: unknown) => JSON.parse(JSON.stringify(file, (key, value: unknown) => (['schemaVersion', 'seasonality', ...FORMAT_5_KEYS].includes(key) ? undefined : value)));
    expect(withoutNew(withoutPartC(project))).toEqual(withoutNew(raw));
  });

  it('keep rule references when rules are reordered, saved and loaded, and refuse a number used twice', () => {
    const project = templateProject('duna-cargo');
    const schemes = project.policy.channelRules.motivation.schemes;
    const cited = (p: Project) => plainTextOf(buildDocument(p, { draft: false }));
    expect(cited(project)).toContain('M-2 Key account volume rebate');
    schemes.reverse();
    const reloaded = parseProjectText(serializeProject(project));
    expect(reloaded.ok).toBe(true);
    if (!reloaded.ok) return;
    expect(reloaded.value.project.policy.channelRules.motivation.schemes.map((s) => [s.ref, s.name])).toEqual([
      [2, 'Key account volume rebate'],
      [1, 'Agent volume bonus'],
    ]);
    expect(cited(reloaded.value.project)).toContain('M-2 Key account volume rebate');
    expect(cited(reloaded.value.project)).toContain('M-1 Agent volume bonus');
    schemes[0]!.ref = 1;
    const clash = parseProjectText(serializeProject(project));
    expect(clash.ok ? [] : (clash.error.issues ?? []).map((i) => i.message)).toContain('Rule M-1 appears twice: give each rule its own number.');
  });

  it('refuse a logo that is not the PNG or JPEG it claims to be', () => {
    const withLogo = (logo: unknown) => {
      const project = createBlankProject({ now });
      return parseProjectText(JSON.stringify({ ...project, meta: { ...project.meta, branding: { logo, accentColor: '#112233' } } }));
    };
    expect(withLogo({ mediaType: 'image/png', data: 'iVBORw0KGgoAAAANSUhEUg==' }).ok).toBe(true);
    expect(withLogo({ mediaType: 'image/jpeg', data: '/9j/4AAQSkZJRg==' }).ok).toBe(true);
    const gif = withLogo({ mediaType: 'image/png', data: 'R0lGODlhAQABAAAAACw=' });
    expect(gif.ok).toBe(false);
    expect(!gif.ok && gif.error.issues?.[0]?.message).toMatch(/not a PNG or JPEG/);
  });

  it('leave a current file untouched', () => {
    const project = createBlankProject({ now });
    expect(migrateToCurrent(JSON.parse(JSON.stringify(project)))).toMatchObject({ kind: 'current', file: project });
  });
});

describe('JSON Schema', () => {
  it('describes every part of the project file', () => {
    const schema = projectJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'meta', 'catalogues', 'policy', 'salesPlan', 'optionalChapters']));
    expect(Object.keys(schema.properties.policy!.properties!)).toEqual(['goals', 'methods', 'distribution', 'channelRules', 'documentFlow']);
    expect(Object.keys(schema.properties.salesPlan!.properties!)).toEqual(['overview', 'context', 'forecast', 'tactics']);
  });
});

describe('numbers in a project file', () => {
  it('refuses magnitudes that would overflow, saying the allowed range, and keeps −0 out of print', async () => {
    const { parseProjectText, serializeProject } = await import('../../shared/project/validate');
    const { templateProject } = await import('../support/projects');
    const project = templateProject('duna-cargo');
    const line = project.salesPlan.forecast.lines[0]!;
    const broken = structuredClone(project);
    broken.salesPlan.forecast.lines[0]!.year1[0] = 1e308;
    broken.salesPlan.forecast.lines[0]!.laterYears[0] = { mode: 'growth', value: 1e308 };
    broken.salesPlan.forecast.lines[0]!.directCost = { mode: 'percentOfSales', value: 5000 };
    const loaded = parseProjectText(serializeProject(broken));
    expect(!loaded.ok && loaded.error.issues?.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'salesPlan.forecast.lines.0.year1.0: Enter a number from 0 to 9,000,000,000,000,000.',
      'salesPlan.forecast.lines.0.laterYears.0.value: Enter a number from -100 to 1,000.',
      'salesPlan.forecast.lines.0.directCost.value: Enter a number from 0 to 1,000.',
      'salesPlan.forecast.lines: The forecast is too large to compute exactly: keep yearly sales below 90 trillion in the plan currency.',
    ]);
    // JSON has no −0: a project written and read back holds 0.
    line.directCost = { mode: 'percentOfSales', value: -0 };
    const saved = parseProjectText(serializeProject(project));
    expect(saved.ok && Object.is(saved.value.project.salesPlan.forecast.lines[0]!.directCost.value, 0)).toBe(true);
  });
});
