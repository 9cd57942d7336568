import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { forecastIsExact } from '../../shared/forecast/engine';
import { createBlankProject } from '../../shared/project/blank';
import { OPTIONAL_CHAPTER_IDS, type ForecastLine, type Project } from '../../shared/project/schema';
import type { RichText } from '../../shared/text/richText';
import { fixturePath } from './projects';

/**
 * Schema-valid projects as real clients bring them, and worse: names in any script (with control
 * characters, characters XML cannot carry, emoji, long compounds and unbroken runs of letters),
 * 0–50 entries in every list, empty and huge numbers within the schema, every optional chapter,
 * logos good and damaged. For the export's property test and for `npm run fuzz`.
 */

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));
/** One character: mostly letters of the scripts users write in, sometimes what a paste drags along. */
const character = fc.oneof(
  { weight: 30, arbitrary: range(0x61, 0x7a) },
  { weight: 6, arbitrary: range(0x20, 0x7e) },
  { weight: 6, arbitrary: fc.constantFrom(...'áéíóöőúüűÁÉÍÓÖŐÚÜŰäöüßÄÖÜ') },
  { weight: 6, arbitrary: range(0x430, 0x44f) },
  { weight: 1, arbitrary: range(0x370, 0x3ff) },
  { weight: 1, arbitrary: range(0x590, 0x5ff) },
  { weight: 1, arbitrary: range(0x620, 0x64a) },
  { weight: 1, arbitrary: range(0x4e00, 0x4fff) },
  { weight: 1, arbitrary: range(0x1f600, 0x1f64f) },
  { weight: 1, arbitrary: range(0x0, 0x1f) },
  { weight: 1, arbitrary: fc.constantFrom('\uFFFE', '\uFFFF', '\u200B', '\u00AD', '\uFEFF', '\u0301', '\uD800', '\uDC00', '"', "'", '\u2028') },
);
const word = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: character, minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom('Straßenbaumaschinenersatzteile', 'Высокотемпературные', 'disztribútorhálózat', 'Donaudampfschifffahrtsgesellschaft', 'Гидроизоляционные') },
  { weight: 1, arbitrary: fc.string({ unit: character, minLength: 30, maxLength: 120 }) },
);
/** Text of up to `max` characters: words and spaces, now and then a line break. */
const text = (max: number, maxWords = 12) =>
  fc.array(word, { maxLength: maxWords }).chain((words) => fc.constantFrom(' ', ' ', ' ', '\n').map((sep) => words.join(sep).slice(0, max)));
const line = text(500, 8);
const note = text(5000, 40);
const richText: fc.Arbitrary<RichText> = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: text(20_000, 120).map((t) => ({ type: 'paragraph' as const, text: t })) },
    { weight: 1, arbitrary: fc.array(text(5000, 20), { maxLength: 8 }).map((items) => ({ type: 'bulletList' as const, items })) },
    { weight: 1, arbitrary: fc.array(text(5000, 20), { maxLength: 8 }).map((items) => ({ type: 'numberedList' as const, items })) },
  ),
  { maxLength: 4 },
);
/** Now and then one unbroken word as long as the schema allows: layout must stay linear. */
const hugeWord = fc.constantFrom('', 'x'.repeat(20_000), 'Ж'.repeat(5_000));

const count = (max = 50) => fc.integer({ min: 0, max });
const list = <T>(arbitrary: fc.Arbitrary<T>, max = 50) => fc.array(arbitrary, { maxLength: max });
const money = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000_00 }), fc.integer({ min: 0, max: 9e15 }));
const percent = fc.oneof(fc.constant(0), fc.double({ min: -100, max: 1000, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-100, 1000, 12.5, -0));

const logos = (() => {
  const png = readFileSync(fixturePath('logo.png')).toString('base64');
  const jpeg = readFileSync(fixturePath('logo.jpg')).toString('base64');
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant({ mediaType: 'image/png' as const, data: png }) },
    { weight: 1, arbitrary: fc.constant({ mediaType: 'image/jpeg' as const, data: jpeg }) },
    // A damaged image: the signature is right, the rest is cut off.
    { weight: 1, arbitrary: fc.constant({ mediaType: 'image/png' as const, data: png.slice(0, 40) }) },
  );
})();

export const arbitraryProject: fc.Arbitrary<Project> = fc
  .record({
    language: fc.constantFrom('en' as const, 'hu' as const),
    currency: fc.constantFrom('HUF', 'EUR', 'USD', 'JPY', 'KWD'),
    horizon: fc.integer({ min: 1, max: 10 }),
    month: fc.integer({ min: 1, max: 12 }),
    title: fc.oneof(line, hugeWord.map((w) => w.slice(0, 500))),
    company: line,
    authors: list(fc.record({ name: line, role: line }), 20),
    preparedBy: line,
    confidential: fc.boolean(),
    logo: logos,
    accent: fc.constantFrom('#0B7A66', '#1D4E89', '#FFFF00', '#000000', '#FFFFFF'),
    counts: fc.record({ groups: count(), territories: count(), channels: count(), partners: count(), kpis: count() }),
    names: list(line, 250),
    notes: list(note, 50),
    rich: list(richText, 20),
    numbers: list(fc.integer({ min: 0, max: 1_000_000 }), 100),
    monies: list(money, 100),
    percents: list(percent, 100),
    lines: count(50),
    huge: hugeWord,
    optional: fc.array(fc.boolean(), { minLength: OPTIONAL_CHAPTER_IDS.length, maxLength: OPTIONAL_CHAPTER_IDS.length }),
  })
  .map((r) => {
    const project = createBlankProject({ id: 'fuzz', now: new Date('2026-11-28T00:00:00Z'), language: r.language, currency: r.currency });
    let cursor = 0;
    const pick = <T>(values: T[], fallback: T): T => (values.length === 0 ? fallback : values[cursor++ % values.length]!);
    const name = () => pick(r.names, '');
    const noteText = () => pick(r.notes, '');
    const rich = () => pick(r.rich, []);
    const num = () => pick(r.numbers, 0);
    const cash = () => pick(r.monies, 0);
    const pct = () => pick(r.percents, 0);
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const ref = (pool: string[]) => (pool.length === 0 || cursor++ % 7 === 0 ? '' : pool[cursor % pool.length]!);

    Object.assign(project.meta, {
      title: r.title,
      companyName: r.company,
      authors: r.authors,
      preparedBy: r.preparedBy,
      confidential: r.confidential,
      horizonYears: r.horizon,
      planStart: `2027-${String(r.month).padStart(2, '0')}`,
      branding: { logo: r.logo, accentColor: r.accent },
    });
    const dates = ['2027-01-01', '2026-12-31', '2030-02-28'];
    project.meta.control = {
      reference: name(),
      status: (['draft', 'forApproval', 'approved', 'superseded'] as const)[num() % 4]!,
      effectiveDate: num() % 2 ? dates[num() % 3]! : null,
      nextReviewDate: num() % 2 ? dates[num() % 3]! : null,
      owner: { name: name(), role: name() },
      distribution: noteText(),
      history: Array.from({ length: num() % 101 }, (_, i) => ({ id: `h${i}`, version: name().slice(0, 40), date: i % 2 ? dates[i % 3]! : null, author: name(), changes: noteText() })),
      approvals: Array.from({ length: num() % 21 }, (_, i) => ({ id: `a${i}`, name: name(), role: name(), date: i % 2 ? null : dates[i % 3]!, resolution: i % 3 ? '' : name() })),
    };
    project.summary = { text: rich(), decisions: Array.from({ length: num() % 11 }, (_, i) => ({ id: `dec${i}`, decision: noteText() })) };
    const groups = ids('pg', r.counts.groups);
    const territories = ids('t', r.counts.territories);
    const channels = ids('ch', r.counts.channels);
    const partners = ids('cp', r.counts.partners);
    const kpis = ids('k', r.counts.kpis);
    const c = project.catalogues;
    c.productGroups = groups.map((id, i) => ({ id, name: name(), description: noteText(), listPrice: i % 3 ? Math.min(cash(), 1e12) : null, unitCost: i % 2 ? Math.min(cash(), 1e12) : null }));
    c.territories = territories.map((id) => ({ id, name: name(), description: '' }));
    c.zones = Array.from({ length: num() % 4 }, (_, i) => ({ id: `z${i}`, name: name(), description: '', territoryIds: territories.slice(i, i + 2), surcharge: i % 2 ? { mode: 'perUnit' as const, value: num() } : { mode: 'percent' as const, value: Math.min(1000, Math.max(-100, pct())) } }));
    c.channels = channels.map((id, i) => ({ id, name: name(), description: '', kind: (['dealer', 'agent', 'online', 'keyAccount'] as const)[i % 4]! }));
    c.counterpartyTypes = partners.map((id) => ({ id, name: name(), description: '' }));
    c.kpis = kpis.map((id) => ({ id, name: name(), unit: name().slice(0, 20), measurement: noteText(), target: name() }));

    const p = project.policy;
    const fifty = <T>(make: (i: number) => T) => Array.from({ length: num() % 51 }, (_, i) => make(i));
    p.goals.intro = rich();
    p.goals.items = fifty((i) => ({ id: `g${i}`, goal: noteText(), horizon: name(), measure: noteText(), owner: name() }));
    p.methods.narrative = [...rich(), ...(r.huge ? [{ type: 'paragraph' as const, text: r.huge }] : [])];
    p.methods.principles = fifty((i) => ({ id: `m${i}`, counterpartyTypeId: ref(partners), principle: noteText() }));
    p.distribution.narrative = rich();
    const unit = (i: number) => ({ id: `u${i}`, name: name(), status: i % 3 === 0 ? ('planned' as const) : ('existing' as const), location: name(), structure: noteText(), currentState: noteText(), goals: noteText(), tasks: noteText() });
    p.distribution.branches = fifty(unit);
    p.distribution.dealers = fifty((i) => ({ ...unit(i), id: `d${i}` }));
    p.distribution.priorityChannels = fifty((i) => ({ id: `pc${i}`, productGroupId: ref(groups), territoryId: ref(territories), channelIds: channels.slice(0, i % 4), targetCustomerType: noteText() }));
    p.channelRules.pricing = {
      basis: (['exWorks', 'delivered', 'zone', 'other'] as const)[num() % 4]!,
      baseZoneId: c.zones.length > 0 ? c.zones[0]!.id : '',
      basePrinciple: rich(),
      deliveryCosts: rich(),
      narrative: rich(),
      adjustments: channels.flatMap((channel, i) => [
        ...groups.filter((_, j) => (i + j) % 3 !== 1).map((group) => ({ channelId: channel, productGroupId: group, zoneId: '', percent: pct() })),
        // Every other channel has a row for all product groups, and some a zone's own adjustment.
        ...(i % 2 ? [{ channelId: channel, productGroupId: '', zoneId: '', percent: pct() }] : []),
        ...(c.zones.length > 0 && i % 3 === 0 ? [{ channelId: channel, productGroupId: '', zoneId: c.zones[0]!.id, percent: pct() }] : []),
      ]),
      rules: channels.map((channelId, i) => ({ channelId, ref: 9999 - i, owner: name(), effectiveDate: i % 2 ? '2027-01-01' : null })),
    };
    p.channelRules.scope = rich();
    p.channelRules.exceptions = rich();
    const rule = (i: number) => ({ ref: i + 1, owner: i % 3 ? '' : name(), effectiveDate: i % 4 ? null : '2027-04-01' });
    p.channelRules.motivation = {
      narrative: rich(),
      schemes: fifty((i) => ({
        id: `s${i}`,
        ...rule(i),
        name: name(),
        counterpartyTypeId: ref(partners),
        channelId: ref(channels),
        kpiId: ref(kpis),
        period: (['monthly', 'quarterly', 'annual'] as const)[i % 3]!,
        tiers: Array.from({ length: i % 21 }, (_, k) => ({ id: `s${i}t${k}`, threshold: num() * k, reward: noteText(), rewardPercent: k % 2 ? null : Math.min(1000, Math.max(-100, pct())) })),
        notes: noteText(),
      })).slice(0, 100),
    };
    p.channelRules.creditPolicy = {
      narrative: rich(),
      terms: fifty((i) => ({
        id: `ct${i}`,
        ...rule(i),
        channelId: ref(channels),
        paymentDays: num() % 366,
        creditLimit: cash(),
        limitScope: i % 2 ? ('channel' as const) : ('perPartner' as const),
        prepaymentPercent: Math.min(100, Math.max(0, pct())),
        conditions: noteText(),
        exceptions: Array.from({ length: i % 4 }, (_, k) => ({ id: `ct${i}x${k}`, productGroupId: ref(groups), minOrder: k % 2 ? cash() : null, prepaymentPercent: num() % 101, paymentDays: num() % 366, note: name() })),
      })),
      newCustomerTerms: noteText(),
      latePaymentSteps: fifty((i) => ({ id: `l${i}`, afterDays: num() % 3651, action: noteText() })).slice(0, 20),
    };
    p.documentFlow = {
      narrative: rich(),
      documents: fifty((i) => ({
        id: `doc${i}`,
        ...rule(i),
        name: name(),
        from: i % 2 ? { kind: 'company' as const } : { kind: 'counterpartyType' as const, id: ref(partners) },
        to: i % 2 ? { kind: 'counterpartyType' as const, id: ref(partners) } : { kind: 'company' as const },
        frequency: (['weekly', 'monthly', 'quarterly', 'annual', 'perEvent'] as const)[i % 5]!,
        due: name(),
        content: noteText(),
        purpose: noteText(),
        feedsKpiIds: kpis.slice(0, i % 3),
        feedsSchemeIds: [],
      })),
    };

    const s = project.salesPlan;
    s.overview = rich();
    s.context = {
      marketGrowthPercent: num() % 2 ? pct() : null,
      potentialCustomers: num() % 2 ? num() : null,
      qualifiedLeadsPerMonth: num() % 2 ? num() : null,
      leadConversionPercent: num() % 2 ? num() % 101 : null,
      businessGoal: { description: noteText(), profitTarget: num() % 2 ? cash() : null, year: num() % 2 ? 2028 : null },
      operatingCosts: Array.from({ length: num() % 6 }, (_, i) => ({
        id: `oc${i}`,
        name: name(),
        category: (['salesTeam', 'marketing', 'logistics', 'overheads', 'other'] as const)[i % 5]!,
        ...(i % 2 ? { mode: 'percentOfSales' as const, value: num() % 101 } : { mode: 'fixed' as const, value: Math.min(cash(), 1e13) }),
        yearlyChangePercent: Math.min(100, Math.max(-100, pct())),
      })),
      scenarios: num() % 2 ? { mode: num() % 2 ? ('aroundBase' as const) : ('ownGrowth' as const), lowPercent: -(num() % 100), highPercent: num() % 100 } : null,
    };
    s.forecast = {
      narrative: rich(),
      lines: Array.from({ length: r.lines }, (_, i): ForecastLine => {
        const units = i % 4 === 0;
        // Within the schema's reach: a year of sales stays below the exact-arithmetic limit.
        const month = () => (units ? num() % 10_000 : Math.min(cash(), 5e12));
        return {
          id: `line${i}`,
          name: name(),
          productGroupId: groups.length > 0 && i % 2 ? groups[i % groups.length]! : null,
          channelId: channels.length > 0 && i % 3 ? channels[i % channels.length]! : null,
          territoryId: territories.length > 0 && i % 2 ? territories[i % territories.length]! : null,
          unitName: name().slice(0, 20),
          priceSegment: (['low', 'mid', 'high'] as const)[i % 3]!,
          planning: units ? 'units' : 'money',
          unitPrice: units ? Math.min(cash(), 1e9) : null,
          priceSource: units && i % 8 === 0 ? 'policy' : 'own',
          dealSize: i % 3 ? Math.min(cash(), 1e12) : null,
          year1: Array.from({ length: 12 }, month),
          year1Generator: null,
          laterYears: Array.from({ length: r.horizon - 1 }, (_, k) => (k % 3 === 2 ? { mode: 'amount' as const, value: month() } : { mode: 'growth' as const, value: Math.min(200, pct()) })),
          directCost: i % 5 === 0 ? { mode: 'perUnit', value: num() } : { mode: 'percentOfSales', value: [0, 60, 95, 300, 1000][i % 5]! },
        };
      }),
    };
    for (const stage of ['interest', 'desire', 'decision'] as const) {
      s.tactics[stage] = Array.from({ length: num() % 51 }, (_, i) => ({ id: `${stage}${i}`, tactic: name(), detail: noteText(), channelId: ref(channels), owner: name(), when: name(), cost: i % 2 ? cash() : null }));
    }
    s.tactics.narrative = rich();
    OPTIONAL_CHAPTER_IDS.forEach((id, i) => Object.assign(project.optionalChapters[id], { included: r.optional[i]!, body: i % 2 ? rich() : [] }));
    // Huge, but within what the schema accepts: scale the plan down until its sums stay exact.
    while (!forecastIsExact(project)) {
      for (const l of s.forecast.lines) {
        l.year1 = l.year1.map((v) => Math.floor(v / 1000));
        l.laterYears = l.laterYears.map((y) => (y.mode === 'amount' ? { ...y, value: Math.floor(y.value / 1000) } : { ...y, value: Math.min(y.value, 50) }));
        if (l.unitPrice !== null) l.unitPrice = Math.floor(l.unitPrice / 1000);
        if (l.directCost.mode === 'perUnit') l.directCost = { ...l.directCost, value: Math.floor(l.directCost.value / 1000) };
      }
    }
    return project;
  });
