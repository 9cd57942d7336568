import { chartData, type ChartKind } from '../charts/definitions';
import { computeForecast, marginRatio, type Figures, type Forecast } from '../forecast/engine';
import { formatMoney, formatNumber, formatPercentValue, numberFormat } from '../format';
import { toMajor } from '../money';
import { LANGUAGE_TAGS, type Language } from '../project/primitives';
import type { OptionalChapterId, Project } from '../project/schema';
import { OPTIONAL_CHAPTER_IDS } from '../project/schema';
import { SECTIONS, type SectionDef, type SectionId } from '../sections/catalogue';
import { chapterLabel, chapterNumbers } from '../sections/numbering';
import { isRichTextEmpty, type RichText } from '../text/richText';
import { printableText } from '../text/typography';
import { amountScale, currencyLabel, formatScaled, typographicMinus, type AmountScale } from './amounts';
import type { Block, DocumentModel, TableBlock, TableColumn, TableRow } from './model';
import { documentTexts, fill, type DocumentTexts } from './texts';

export interface DocumentOptions {
  /** Chapters to include; all when omitted. */
  chapters?: readonly SectionId[];
  /** Drafts show "to be completed" placeholders for empty required parts, and a watermark. */
  draft: boolean;
}

const col = (header: string, align: 'left' | 'right' = 'left'): TableColumn => ({ header, align });

/** What a chapter's builder works with: the project, the texts, and one helper per kind of block. */
interface Builder {
  project: Project;
  t: DocumentTexts;
  language: Language;
  locale: string;
  draft: boolean;
  /** A numbered sub-part heading ("4.2. Motivation of channel partners"). */
  sub(text: string, id: string): void;
  paragraph(text: string): void;
  list(items: string[], ordered?: boolean): void;
  rich(text: RichText): void;
  /** A required part with nothing in it: a visible placeholder in drafts, nothing in finals. */
  missing(part: string): void;
  table(id: string, caption: string, columns: TableColumn[], rows: TableRow[], options?: { note?: string; rowHeaders?: boolean; turnable?: { corner: string } }): void;
  chart(kind: ChartKind, caption: string, forecast: Forecast): void;
  money(minor: number): string;
  /** "+12,5 %" with a minus sign for negatives; `digits` fixes the decimals of a whole column. */
  percent(value: number, options?: { signed?: boolean; digits?: number }): string;
  nameIn(list: { id: string; name: string }[], id: string | null): string;
}

type ChapterBuilder = (b: Builder) => void;

/** The chapters of the deliverable: the catalogue's sections but the set-up pages. */
type DocumentChapterId = 'goals' | 'methods' | 'distribution' | 'channelRules' | 'documentFlow' | 'salesOverview' | 'salesForecast' | 'salesTactics' | OptionalChapterId;

/** Decimals (0–2) that show every value of a set exactly, so a column uses one number of decimals. */
const decimalsFor = (values: number[]) => Math.max(0, ...values.map((v) => (Number.isInteger(v) ? 0 : Number.isInteger(Math.round(v * 10 * 1e6) / 1e6) ? 1 : 2)));

// ---------------------------------------------------------------------------------------------
// Part A: the commercial policy

const goals: ChapterBuilder = (b) => {
  const { policy } = b.project;
  b.rich(policy.goals.intro);
  if (policy.goals.items.length === 0) b.missing(b.t.parts.goalList);
  else
    b.table(
      'goals',
      b.t.captions.goals,
      [col(b.t.columns.goal), col(b.t.columns.horizon), col(b.t.columns.measure), col(b.t.columns.owner)],
      policy.goals.items.map((g) => ({ cells: [g.goal, g.horizon, g.measure, g.owner] })),
    );
};

const methods: ChapterBuilder = (b) => {
  const { policy, catalogues } = b.project;
  if (policy.methods.principles.length === 0) b.missing(b.t.parts.principles);
  else
    b.table(
      'principles',
      b.t.captions.principles,
      [col(b.t.columns.counterpartyType), col(b.t.columns.principle)],
      policy.methods.principles.map((p) => ({ cells: [b.nameIn(catalogues.counterpartyTypes, p.counterpartyTypeId), p.principle] })),
    );
  if (isRichTextEmpty(policy.methods.narrative)) b.missing(b.t.chapters.methods);
  else b.rich(policy.methods.narrative);
};

const distribution: ChapterBuilder = (b) => {
  const { t } = b;
  const { distribution: d } = b.project.policy;
  const { catalogues } = b.project;
  b.rich(d.narrative);
  const units = (list: typeof d.branches) =>
    list.map((u) => ({
      cells: [[u.name, u.location].filter(Boolean).join('\n'), u.status === 'planned' ? t.values.planned : t.values.existing, [u.structure, u.currentState].filter(Boolean).join('\n'), [u.goals, u.tasks].filter(Boolean).join('\n')],
    }));
  const unitColumns = [col(t.columns.unit), col(t.columns.status), col(t.columns.structureAndState), col(t.columns.goalsAndTasks)];
  b.sub(t.parts.branches, 'branches');
  if (d.branches.length === 0) b.missing(t.parts.branches);
  else b.table('branches', t.captions.branches, unitColumns, units(d.branches));
  if (d.dealers.length > 0) {
    b.sub(t.parts.dealers, 'dealers');
    b.table('dealers', t.captions.dealers, unitColumns, units(d.dealers));
  }
  b.sub(t.parts.priorityChannels, 'priority-channels');
  if (d.priorityChannels.length === 0) b.missing(t.parts.priorityChannels);
  else
    b.table(
      'priority-channels',
      t.captions.priorityChannels,
      [col(t.columns.productGroup), col(t.columns.territory), col(t.columns.channels), col(t.columns.targetCustomer)],
      d.priorityChannels.map((r) => ({
        cells: [b.nameIn(catalogues.productGroups, r.productGroupId), b.nameIn(catalogues.territories, r.territoryId), r.channelIds.map((c) => b.nameIn(catalogues.channels, c)).join(', '), r.targetCustomerType],
      })),
    );
};

const channelRules: ChapterBuilder = (b) => {
  const { t } = b;
  const { catalogues } = b.project;
  const { pricing, motivation, creditPolicy } = b.project.policy.channelRules;

  b.sub(t.parts.pricing, 'pricing');
  b.paragraph(t.values.bases[pricing.basis]);
  if (isRichTextEmpty(pricing.basePrinciple)) b.missing(t.parts.pricing);
  else b.rich(pricing.basePrinciple);
  b.rich(pricing.deliveryCosts);
  const groupsPriced = catalogues.productGroups.filter((g) => pricing.adjustments.some((a) => a.productGroupId === g.id));
  const channelsPriced = catalogues.channels.filter((c) => pricing.adjustments.some((a) => a.channelId === c.id));
  if (groupsPriced.length === 0 || channelsPriced.length === 0) b.missing(t.captions.adjustments);
  else {
    const digits = decimalsFor(pricing.adjustments.map((a) => a.percent));
    b.table(
      'adjustments',
      t.captions.adjustments,
      [col(t.columns.channel), ...groupsPriced.map((g) => col(g.name, 'right'))],
      channelsPriced.map((c) => ({
        cells: [
          c.name,
          ...groupsPriced.map((g) => {
            const a = pricing.adjustments.find((x) => x.channelId === c.id && x.productGroupId === g.id);
            return a ? b.percent(a.percent, { signed: true, digits }) : '–';
          }),
        ],
      })),
      { rowHeaders: true, turnable: { corner: t.columns.productGroup } },
    );
  }
  b.rich(pricing.narrative);

  b.sub(t.parts.motivation, 'motivation');
  b.rich(motivation.narrative);
  if (catalogues.kpis.length > 0)
    b.table(
      'kpis',
      t.captions.kpis,
      [col(t.columns.kpi), col(t.columns.kpiUnit), col(t.columns.measurement), col(t.columns.target)],
      catalogues.kpis.map((k) => ({ cells: [k.name, k.unit, k.measurement, k.target] })),
    );
  if (motivation.schemes.length === 0) b.missing(t.parts.motivation);
  for (const scheme of motivation.schemes) {
    const kpi = catalogues.kpis.find((k) => k.id === scheme.kpiId);
    b.paragraph(fill(t.values.schemeIntro, { name: scheme.name, partner: b.nameIn(catalogues.counterpartyTypes, scheme.counterpartyTypeId), period: t.values.periods[scheme.period], kpi: kpi ? `${kpi.name} (${kpi.unit})` : '' }));
    if (scheme.tiers.length > 0)
      b.table(
        `tiers-${scheme.id}`,
        fill(t.captions.tiers, { name: scheme.name }),
        [col(t.columns.threshold, 'right'), col(t.columns.reward)],
        scheme.tiers.map((tier) => ({ cells: [`≥ ${typographicMinus(formatNumber(tier.threshold, b.locale))}`, tier.reward] })),
        scheme.notes ? { note: scheme.notes } : {},
      );
    else if (scheme.notes) b.paragraph(scheme.notes);
  }

  b.sub(t.parts.creditPolicy, 'credit-policy');
  b.rich(creditPolicy.narrative);
  if (creditPolicy.terms.length === 0) b.missing(t.parts.creditPolicy);
  else {
    const digits = decimalsFor(creditPolicy.terms.map((c) => c.prepaymentPercent));
    b.table(
      'credit-terms',
      t.captions.creditTerms,
      [col(t.columns.channel), col(t.columns.paymentDays, 'right'), col(t.columns.creditLimit, 'right'), col(t.columns.prepayment, 'right'), col(t.columns.conditions)],
      creditPolicy.terms.map((c) => ({ cells: [b.nameIn(catalogues.channels, c.channelId), formatNumber(c.paymentDays, b.locale), b.money(c.creditLimit), b.percent(c.prepaymentPercent, { digits }), c.conditions] })),
    );
  }
  if (creditPolicy.newCustomerTerms.trim()) b.paragraph(fill(t.values.newCustomers, { terms: creditPolicy.newCustomerTerms }));
  if (creditPolicy.latePaymentSteps.length > 0)
    b.table(
      'late-steps',
      t.captions.lateSteps,
      [col(t.columns.afterDays, 'right'), col(t.columns.action)],
      creditPolicy.latePaymentSteps.map((s) => ({ cells: [formatNumber(s.afterDays, b.locale), s.action] })),
    );
};

const documentFlow: ChapterBuilder = (b) => {
  const { t } = b;
  const { catalogues, policy } = b.project;
  const { documentFlow: flow } = policy;
  b.rich(flow.narrative);
  const party = (p: (typeof flow.documents)[number]['from']) => (p.kind === 'company' ? t.values.company : b.nameIn(catalogues.counterpartyTypes, p.id));
  const schemeName = (id: string) => policy.channelRules.motivation.schemes.find((s) => s.id === id)?.name ?? '';
  if (flow.documents.length === 0) b.missing(t.parts.documents);
  else
    b.table(
      'documents',
      t.captions.documents,
      [col(t.columns.document), col(t.columns.fromTo), col(t.columns.frequency), col(t.columns.content), col(t.columns.purpose), col(t.columns.feeds)],
      flow.documents.map((d) => ({
        cells: [
          d.name,
          `${party(d.from)} → ${party(d.to)}`,
          [t.values.frequencies[d.frequency], d.due].filter(Boolean).join(', '),
          d.content,
          d.purpose,
          [...d.feedsKpiIds.map((k) => b.nameIn(catalogues.kpis, k)), ...d.feedsSchemeIds.map(schemeName)].filter(Boolean).join(', '),
        ],
      })),
    );
};

// ---------------------------------------------------------------------------------------------
// Part B: the sales plan

const salesOverview: ChapterBuilder = (b) => {
  if (isRichTextEmpty(b.project.salesPlan.overview)) b.missing(b.t.chapters.salesOverview);
  else b.rich(b.project.salesPlan.overview);
};

const salesForecast: ChapterBuilder = (b) => {
  const { t } = b;
  const { salesPlan } = b.project;
  const { context } = salesPlan;
  b.sub(t.parts.context, 'context');
  const facts = [
    context.marketGrowthPercent !== null && fill(t.values.marketGrowth, { value: b.percent(context.marketGrowthPercent) }),
    context.potentialCustomers !== null && fill(t.values.potentialCustomers, { value: formatNumber(context.potentialCustomers, b.locale) }),
    context.qualifiedLeadsPerMonth !== null && fill(t.values.leads, { value: formatNumber(context.qualifiedLeadsPerMonth, b.locale) }),
    context.businessGoal.description.trim() && fill(t.values.goal, { value: context.businessGoal.description }),
    context.businessGoal.profitTarget !== null && context.businessGoal.year !== null && fill(t.values.profitTarget, { value: b.money(context.businessGoal.profitTarget), year: context.businessGoal.year }),
  ].filter((f): f is string => typeof f === 'string' && f !== '');
  if (facts.length === 0) b.missing(t.parts.context);
  else b.list(facts);

  if (salesPlan.forecast.lines.length === 0) b.missing(t.chapters.salesForecast);
  else forecastTables(b, computeForecast(b.project));
  b.rich(salesPlan.forecast.narrative);
};

/** The forecast in tables and charts: the first year by month, every year, and the results. */
function forecastTables(b: Builder, forecast: Forecast) {
  const { t, locale } = b;
  const { currency } = forecast;
  const major = (minor: number) => toMajor(minor, currency);
  const unitOf = (scale: AmountScale) => fill(t.amountUnits[scale.unit], { currency: currencyLabel(currency, locale) });
  const monthName = (ym: string) => {
    const [y, m] = ym.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  };
  const total = (cells: string[]): TableRow => ({ cells: [t.values.totalSales, ...cells], emphasis: 'total' });
  const unitsNote = b.project.salesPlan.forecast.lines.some((l) => l.planning === 'units') ? { note: t.values.unitsNote } : {};

  b.sub(t.parts.monthly, 'forecast-monthly');
  const monthly = amountScale([...forecast.lines.flatMap((l) => l.months.map((f) => major(f.sales))), ...forecast.totals.months.map((f) => major(f.sales))], currency);
  const inMonthly = (minor: number) => formatScaled(major(minor), monthly, locale);
  b.table(
    'forecast-months',
    fill(t.captions.monthly, { from: monthName(forecast.months[0]!), to: monthName(forecast.months.at(-1)!), unit: unitOf(monthly) }),
    [col(t.columns.line), ...forecast.months.map((m) => col(monthName(m), 'right'))],
    [...forecast.lines.map((line) => ({ cells: [line.name, ...line.months.map((f) => inMonthly(f.sales))] })), total(forecast.totals.months.map((f) => inMonthly(f.sales)))],
    { rowHeaders: true, ...unitsNote },
  );
  b.chart('salesByMonth', t.captions.chartMonthly, forecast);

  b.sub(t.parts.yearly, 'forecast-yearly');
  const yearly = amountScale([...forecast.lines.flatMap((l) => l.years.map((f) => major(f.sales))), ...forecast.totals.years.map((f) => major(f.sales))], currency);
  const inYearly = (minor: number) => formatScaled(major(minor), yearly, locale);
  b.table(
    'forecast-years',
    fill(t.captions.yearly, { unit: unitOf(yearly) }),
    [col(t.columns.line), ...forecast.years.map((y) => col(y.label, 'right'))],
    [...forecast.lines.map((line) => ({ cells: [line.name, ...line.years.map((f) => inYearly(f.sales))] })), total(forecast.totals.years.map((f) => inYearly(f.sales)))],
    { rowHeaders: true },
  );
  b.chart('salesByYear', t.captions.chartYearly, forecast);

  b.sub(t.parts.results, 'forecast-results');
  const results = amountScale(forecast.totals.years.flatMap((f) => [major(f.sales), major(f.cost), major(f.margin)]), currency);
  const inResults = (minor: number) => formatScaled(major(minor), results, locale);
  const ratio = (f: Figures) => {
    const r = marginRatio(f);
    return r === null ? '–' : typographicMinus(formatPercentValue(r, locale));
  };
  const row = (label: string, cell: (f: Figures) => string, emphasis?: 'total'): TableRow => ({ cells: [label, ...forecast.totals.years.map(cell)], ...(emphasis ? { emphasis } : {}) });
  b.table(
    'forecast-results',
    fill(t.captions.results, { unit: unitOf(results) }),
    [col(t.columns.figure), ...forecast.years.map((y) => col(y.label, 'right'))],
    [row(t.values.sales, (f) => inResults(f.sales)), row(t.values.directCosts, (f) => inResults(f.cost)), row(t.values.grossMargin, (f) => inResults(f.margin), 'total'), row(t.values.marginPercent, ratio)],
    { rowHeaders: true },
  );
  b.chart('marginByYear', t.captions.chartMargin, forecast);
}

const salesTactics: ChapterBuilder = (b) => {
  const { t } = b;
  const { salesPlan, catalogues } = b.project;
  for (const stage of ['interest', 'desire', 'decision'] as const) {
    b.sub(t.parts[stage], `tactics-${stage}`);
    const list = salesPlan.tactics[stage];
    if (list.length === 0) {
      b.missing(t.parts[stage]);
      continue;
    }
    b.table(
      `tactics-${stage}`,
      fill(t.captions.tactics, { stage: t.parts[stage] }),
      [col(t.columns.tactic), col(t.columns.how), col(t.columns.channel), col(t.columns.owner), col(t.columns.when), col(t.columns.cost, 'right')],
      list.map((x) => ({ cells: [x.tactic, x.detail, x.channelId ? b.nameIn(catalogues.channels, x.channelId) : t.values.allChannels, x.owner, x.when, x.cost === null ? '' : b.money(x.cost)] })),
    );
  }
  b.rich(salesPlan.tactics.narrative);
};

// ---------------------------------------------------------------------------------------------
// Part C: optional chapters, free text

const optionalChapter =
  (id: OptionalChapterId): ChapterBuilder =>
  (b) => {
    const body = b.project.optionalChapters[id].body;
    if (isRichTextEmpty(body)) b.missing(b.t.chapters[id]);
    else b.rich(body);
  };

/** One builder per chapter of the deliverable; the type makes a missing one a compile error. */
const CHAPTERS: Record<DocumentChapterId, ChapterBuilder> = {
  goals,
  methods,
  distribution,
  channelRules,
  documentFlow,
  salesOverview,
  salesForecast,
  salesTactics,
  ...(Object.fromEntries(OPTIONAL_CHAPTER_IDS.map((id) => [id, optionalChapter(id)])) as Record<OptionalChapterId, ChapterBuilder>),
};

/** Heading anchors: stable ids the preview and the PDF link to. */
const CHAPTER_ANCHORS: Partial<Record<DocumentChapterId, string>> = { channelRules: 'channel-rules', documentFlow: 'document-flow', salesOverview: 'sales-overview', salesForecast: 'sales-forecast', salesTactics: 'sales-tactics' };

/** Builds the deliverable's content from a project: title page, contents, headings, text, tables and charts. */
export function buildDocument(project: Project, options: DocumentOptions): DocumentModel {
  const language = project.meta.outputLanguage;
  const locale = LANGUAGE_TAGS[language];
  const t = documentTexts(language);
  const { meta } = project;
  const text = (value: string) => printableText(value, language);
  const blocks: Block[] = [{ kind: 'contents', title: t.contents }];
  const counters = { table: 0, figure: 0 };
  let chapter = 0;
  let subNumber = 0;

  const b: Builder = {
    project,
    t,
    language,
    locale,
    draft: options.draft,
    sub(title, id) {
      subNumber += 1;
      blocks.push({ kind: 'heading', level: 3, number: chapterLabel(chapter, subNumber), text: text(title), id });
    },
    paragraph(value) {
      if (value.trim() !== '') blocks.push({ kind: 'paragraph', text: text(value) });
    },
    list(items, ordered = false) {
      const kept = items.filter((i) => i.trim() !== '').map(text);
      if (kept.length > 0) blocks.push({ kind: 'list', ordered, items: kept });
    },
    rich(value) {
      for (const block of value) {
        if (block.type === 'paragraph') b.paragraph(block.text);
        else b.list(block.items, block.type === 'numberedList');
      }
    },
    missing(part) {
      if (options.draft) blocks.push({ kind: 'placeholder', text: fill(t.toComplete, { part }) });
    },
    table(id, caption, columns, rows, extra = {}) {
      counters.table += 1;
      const block: TableBlock = {
        kind: 'table',
        id,
        caption: { kind: 'table', number: counters.table, text: text(caption) },
        columns: columns.map((c) => ({ ...c, header: text(c.header) })),
        rows: rows.map((r) => ({ ...r, cells: r.cells.map(text) })),
        rowHeaders: extra.rowHeaders ?? false,
        ...(extra.note ? { note: text(extra.note) } : {}),
        ...(extra.turnable ? { turnable: { corner: text(extra.turnable.corner) } } : {}),
      };
      blocks.push(block);
    },
    chart(kind, caption, forecast) {
      counters.figure += 1;
      const texts = { grossMargin: t.values.grossMargin, marginPercent: t.values.marginPercent, otherLines: (count: number) => fill(t.values.otherLines, { count }) };
      const data = chartData(kind, forecast, { locale, texts });
      blocks.push({
        kind: 'chart',
        id: `chart-${kind}`,
        caption: { kind: 'figure', number: counters.figure, text: text(caption) },
        chart: { ...data, categories: data.categories.map(text), series: data.series.map((s) => ({ ...s, name: text(s.name) })) },
      });
    },
    money: (minor) => typographicMinus(formatMoney(minor, meta.currency, locale)),
    percent: (value, { signed = false, digits } = {}) =>
      typographicMinus(`${numberFormat(locale, { minimumFractionDigits: digits ?? 0, maximumFractionDigits: digits ?? 2, signDisplay: signed ? 'exceptZero' : 'negative' }).format(value)} %`),
    nameIn: (list, id) => list.find((e) => e.id === id)?.name ?? '',
  };

  const numbers = chapterNumbers(project);
  const include = (id: SectionId) => numbers.has(id) && (!options.chapters || options.chapters.includes(id));
  const parts = [
    { part: 'policy', title: t.partA, id: 'part-a' },
    { part: 'salesPlan', title: t.partB, id: 'part-b' },
    { part: 'optional', title: t.partC, id: 'part-c' },
  ] as const;
  for (const { part, title, id } of parts) {
    const chapters = (SECTIONS as readonly SectionDef[]).filter((s) => s.part === part && include(s.id as SectionId));
    if (chapters.length === 0) continue;
    blocks.push({ kind: 'heading', level: 1, number: '', text: text(title), id });
    for (const section of chapters) {
      const sectionId = section.id as DocumentChapterId;
      chapter = numbers.get(sectionId)!;
      subNumber = 0;
      blocks.push({ kind: 'heading', level: 2, number: chapterLabel(chapter), text: text(t.chapters[sectionId]), id: CHAPTER_ANCHORS[sectionId] ?? sectionId });
      CHAPTERS[sectionId](b);
    }
  }

  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${meta.documentDate}T00:00:00Z`));
  const authors = meta.authors.map((a) => text([a.name, a.role].filter(Boolean).join(', '))).filter(Boolean);
  return {
    meta: {
      title: text(meta.title),
      companyName: text(meta.companyName),
      authors,
      draft: options.draft,
      language,
      languageTag: locale,
      currency: meta.currency,
      accentColor: meta.branding.accentColor,
      subject: `${t.partA} · ${t.partB}`,
      keywords: [t.partA, t.partB, text(meta.companyName)].filter(Boolean),
    },
    labels: { pageOf: t.pageOf, draft: t.draft, table: t.table, figure: t.figure, captionSeparator: t.captionSeparator, continued: t.continued },
    titlePage: {
      logo: meta.branding.logo,
      confidential: meta.confidential ? t.confidential : null,
      title: text(meta.title),
      company: text(meta.companyName),
      facts: [
        { label: t.version, lines: [[text(meta.documentVersion), date].filter(Boolean).join(' · ')] },
        { label: t.authors, lines: authors },
        { label: t.preparedBy, lines: [text(meta.preparedBy)].filter(Boolean) },
      ].filter((f) => f.lines.length > 0),
    },
    blocks,
  };
}
