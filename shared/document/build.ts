import { computeForecast, marginRatio, type Figures } from '../forecast/engine';
import { formatMoney, formatNumber, formatPercentValue } from '../format';
import { displayDigits, toMajor } from '../money';
import { LANGUAGE_TAGS } from '../project/primitives';
import type { OptionalChapterId, Project } from '../project/schema';
import { OPTIONAL_CHAPTER_IDS } from '../project/schema';
import type { SectionId } from '../sections/catalogue';
import { isRichTextEmpty, type RichText } from '../text/richText';
import type { Block, DocumentModel, TableColumn, TableRow } from './model';
import { documentTexts, fill, type DocumentTexts } from './texts';

export interface DocumentOptions {
  /** Chapters to include; all when omitted. */
  chapters?: readonly SectionId[];
  /** Drafts show "to be completed" placeholders for empty required parts, and a watermark. */
  draft: boolean;
}

const col = (header: string, width: number, align: 'left' | 'right' = 'left'): TableColumn => ({ header, width, align });

/** Builds the deliverable's content from a project: headings, text, tables and charts. */
export function buildDocument(project: Project, options: DocumentOptions): DocumentModel {
  const language = project.meta.outputLanguage;
  const locale = LANGUAGE_TAGS[language];
  const t = documentTexts(language);
  const { currency } = project.meta;
  const include = (id: SectionId) => !options.chapters || options.chapters.includes(id);
  const blocks: Block[] = [];
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const percent = (value: number, signed = false) => `${signed && value > 0 ? '+' : ''}${formatNumber(value, locale, 2)} %`.replace('-', '−');
  const nameIn = (list: { id: string; name: string }[], id: string | null) => list.find((e) => e.id === id)?.name ?? '';
  const { catalogues, policy, salesPlan } = project;

  let chapterNumber = 0;
  let subNumber = 0;
  const h1 = (text: string, id: string) => blocks.push({ kind: 'heading', level: 1, number: '', text, id });
  const chapter = (text: string, id: string) => {
    chapterNumber += 1;
    subNumber = 0;
    blocks.push({ kind: 'heading', level: 2, number: `${chapterNumber}.`, text, id });
  };
  const sub = (text: string, id: string) => {
    subNumber += 1;
    blocks.push({ kind: 'heading', level: 3, number: `${chapterNumber}.${subNumber}.`, text, id });
  };
  const rich = (text: RichText) => {
    for (const block of text) {
      if (block.type === 'paragraph') {
        if (block.text.trim() !== '') blocks.push({ kind: 'paragraph', text: block.text });
      } else if (block.items.some((i) => i.trim() !== '')) {
        blocks.push({ kind: 'list', ordered: block.type === 'numberedList', items: block.items.filter((i) => i.trim() !== '') });
      }
    }
  };
  /** A required part with nothing in it: a visible placeholder in drafts, nothing in finals. */
  const missing = (part: string) => {
    if (options.draft) blocks.push({ kind: 'placeholder', text: fill(t.toComplete, { part }) });
  };
  const table = (id: string, caption: string, columns: TableColumn[], rows: TableRow[], note?: string) =>
    blocks.push({ kind: 'table', id, caption, columns, rows, ...(note ? { note } : {}) });

  // ---------------------------------------------------------------- Part A: commercial policy
  const partA: SectionId[] = ['goals', 'methods', 'distribution', 'channelRules', 'documentFlow'];
  if (partA.some(include)) h1(t.partA, 'part-a');

  if (include('goals')) {
    chapter(t.chapters.goals, 'goals');
    rich(policy.goals.intro);
    if (policy.goals.items.length === 0) missing(t.parts.goalList);
    else
      table(
        'goals',
        t.captions.goals,
        [col(t.columns.goal, 4), col(t.columns.horizon, 1.5), col(t.columns.measure, 3), col(t.columns.owner, 1.5)],
        policy.goals.items.map((g) => ({ cells: [g.goal, g.horizon, g.measure, g.owner] })),
      );
  }

  if (include('methods')) {
    chapter(t.chapters.methods, 'methods');
    if (policy.methods.principles.length === 0) missing(t.parts.principles);
    else
      table(
        'principles',
        t.captions.principles,
        [col(t.columns.counterpartyType, 2), col(t.columns.principle, 6)],
        policy.methods.principles.map((p) => ({ cells: [nameIn(catalogues.counterpartyTypes, p.counterpartyTypeId), p.principle] })),
      );
    if (isRichTextEmpty(policy.methods.narrative)) missing(t.chapters.methods);
    else rich(policy.methods.narrative);
  }

  if (include('distribution')) {
    const { distribution } = policy;
    chapter(t.chapters.distribution, 'distribution');
    rich(distribution.narrative);
    const units = (list: typeof distribution.branches) =>
      list.map((u) => ({
        cells: [`${u.name}\n${u.location}`, u.status === 'planned' ? t.values.planned : t.values.existing, [u.structure, u.currentState].filter(Boolean).join('\n'), [u.goals, u.tasks].filter(Boolean).join('\n')],
      }));
    const unitColumns = [col(t.columns.unit, 2), col(t.columns.status, 1), col(t.columns.structureAndState, 3), col(t.columns.goalsAndTasks, 3)];
    sub(t.parts.branches, 'branches');
    if (distribution.branches.length === 0) missing(t.parts.branches);
    else table('branches', t.captions.branches, unitColumns, units(distribution.branches));
    if (distribution.dealers.length > 0) {
      sub(t.parts.dealers, 'dealers');
      table('dealers', t.captions.dealers, unitColumns, units(distribution.dealers));
    }
    sub(t.parts.priorityChannels, 'priority-channels');
    if (distribution.priorityChannels.length === 0) missing(t.parts.priorityChannels);
    else
      table(
        'priority-channels',
        t.captions.priorityChannels,
        [col(t.columns.productGroup, 2), col(t.columns.territory, 2), col(t.columns.channels, 2), col(t.columns.targetCustomer, 3)],
        distribution.priorityChannels.map((r) => ({
          cells: [nameIn(catalogues.productGroups, r.productGroupId), nameIn(catalogues.territories, r.territoryId), r.channelIds.map((c) => nameIn(catalogues.channels, c)).join(', '), r.targetCustomerType],
        })),
      );
  }

  if (include('channelRules')) {
    const { pricing, motivation, creditPolicy } = policy.channelRules;
    chapter(t.chapters.channelRules, 'channel-rules');

    sub(t.parts.pricing, 'pricing');
    blocks.push({ kind: 'paragraph', text: t.values.bases[pricing.basis] });
    if (isRichTextEmpty(pricing.basePrinciple)) missing(t.parts.pricing);
    else rich(pricing.basePrinciple);
    rich(pricing.deliveryCosts);
    const groupsPriced = catalogues.productGroups.filter((g) => pricing.adjustments.some((a) => a.productGroupId === g.id));
    const channelsPriced = catalogues.channels.filter((c) => pricing.adjustments.some((a) => a.channelId === c.id));
    if (groupsPriced.length === 0) missing(t.captions.adjustments);
    else
      table(
        'adjustments',
        t.captions.adjustments,
        [col(t.columns.channel, 2.5), ...groupsPriced.map((g) => col(g.name, 1.5, 'right'))],
        channelsPriced.map((c) => ({
          cells: [c.name, ...groupsPriced.map((g) => {
            const a = pricing.adjustments.find((x) => x.channelId === c.id && x.productGroupId === g.id);
            return a ? percent(a.percent, true) : '–';
          })],
        })),
      );
    rich(pricing.narrative);

    sub(t.parts.motivation, 'motivation');
    rich(motivation.narrative);
    if (catalogues.kpis.length > 0)
      table(
        'kpis',
        t.captions.kpis,
        [col(t.columns.kpi, 2.5), col(t.columns.kpiUnit, 1), col(t.columns.measurement, 3.5), col(t.columns.target, 2)],
        catalogues.kpis.map((k) => ({ cells: [k.name, k.unit, k.measurement, k.target] })),
      );
    if (motivation.schemes.length === 0) missing(t.parts.motivation);
    for (const scheme of motivation.schemes) {
      const kpi = catalogues.kpis.find((k) => k.id === scheme.kpiId);
      blocks.push({
        kind: 'paragraph',
        text: fill(t.values.schemeIntro, { name: scheme.name, partner: nameIn(catalogues.counterpartyTypes, scheme.counterpartyTypeId), period: t.values.periods[scheme.period], kpi: kpi ? `${kpi.name} (${kpi.unit})` : '' }),
      });
      table(
        `tiers-${scheme.id}`,
        fill(t.captions.tiers, { name: scheme.name }),
        [col(t.columns.threshold, 1.5, 'right'), col(t.columns.reward, 5)],
        scheme.tiers.map((tier) => ({ cells: [`≥ ${formatNumber(tier.threshold, locale)}`, tier.reward] })),
        scheme.notes || undefined,
      );
    }

    sub(t.parts.creditPolicy, 'credit-policy');
    rich(creditPolicy.narrative);
    if (creditPolicy.terms.length === 0) missing(t.parts.creditPolicy);
    else
      table(
        'credit-terms',
        t.captions.creditTerms,
        [col(t.columns.channel, 2.5), col(t.columns.paymentDays, 1, 'right'), col(t.columns.creditLimit, 1.8, 'right'), col(t.columns.prepayment, 1.2, 'right'), col(t.columns.conditions, 3)],
        creditPolicy.terms.map((c) => ({ cells: [nameIn(catalogues.channels, c.channelId), formatNumber(c.paymentDays, locale), money(c.creditLimit), percent(c.prepaymentPercent), c.conditions] })),
      );
    if (creditPolicy.newCustomerTerms.trim()) blocks.push({ kind: 'paragraph', text: fill(t.values.newCustomers, { terms: creditPolicy.newCustomerTerms }) });
    if (creditPolicy.latePaymentSteps.length > 0)
      table(
        'late-steps',
        t.captions.lateSteps,
        [col(t.columns.afterDays, 1, 'right'), col(t.columns.action, 6)],
        creditPolicy.latePaymentSteps.map((s) => ({ cells: [formatNumber(s.afterDays, locale), s.action] })),
      );
  }

  if (include('documentFlow')) {
    const { documentFlow } = policy;
    chapter(t.chapters.documentFlow, 'document-flow');
    rich(documentFlow.narrative);
    const party = (p: (typeof documentFlow.documents)[number]['from']) => (p.kind === 'company' ? t.values.company : nameIn(catalogues.counterpartyTypes, p.id));
    const schemeName = (id: string) => policy.channelRules.motivation.schemes.find((s) => s.id === id)?.name ?? '';
    if (documentFlow.documents.length === 0) missing(t.parts.documents);
    else
      table(
        'documents',
        t.captions.documents,
        [col(t.columns.document, 2), col(t.columns.fromTo, 2), col(t.columns.frequency, 1.5), col(t.columns.content, 2.5), col(t.columns.purpose, 2.5), col(t.columns.feeds, 2)],
        documentFlow.documents.map((d) => ({
          cells: [
            d.name,
            `${party(d.from)} → ${party(d.to)}`,
            [t.values.frequencies[d.frequency], d.due].filter(Boolean).join(', '),
            d.content,
            d.purpose,
            [...d.feedsKpiIds.map((k) => nameIn(catalogues.kpis, k)), ...d.feedsSchemeIds.map(schemeName)].filter(Boolean).join(', '),
          ],
        })),
      );
  }

  // ---------------------------------------------------------------- Part B: sales plan
  const partB: SectionId[] = ['salesOverview', 'salesForecast', 'salesTactics'];
  if (partB.some(include)) h1(t.partB, 'part-b');

  if (include('salesOverview')) {
    chapter(t.chapters.salesOverview, 'sales-overview');
    if (isRichTextEmpty(salesPlan.overview)) missing(t.chapters.salesOverview);
    else rich(salesPlan.overview);
  }

  if (include('salesForecast')) {
    chapter(t.chapters.salesForecast, 'sales-forecast');
    const { context } = salesPlan;
    sub(t.parts.context, 'context');
    const facts = [
      context.marketGrowthPercent !== null && fill(t.values.marketGrowth, { value: percent(context.marketGrowthPercent) }),
      context.potentialCustomers !== null && fill(t.values.potentialCustomers, { value: formatNumber(context.potentialCustomers, locale) }),
      context.qualifiedLeadsPerMonth !== null && fill(t.values.leads, { value: formatNumber(context.qualifiedLeadsPerMonth, locale) }),
      context.businessGoal.description.trim() && fill(t.values.goal, { value: context.businessGoal.description }),
      context.businessGoal.profitTarget !== null && context.businessGoal.year !== null && fill(t.values.profitTarget, { value: money(context.businessGoal.profitTarget), year: context.businessGoal.year }),
    ].filter((f): f is string => typeof f === 'string' && f !== '');
    if (facts.length === 0) missing(t.parts.context);
    else blocks.push({ kind: 'list', ordered: false, items: facts });

    if (salesPlan.forecast.lines.length === 0) missing(t.chapters.salesForecast);
    else forecastBlocks(project, t, locale, blocks, sub);
    rich(salesPlan.forecast.narrative);
  }

  if (include('salesTactics')) {
    chapter(t.chapters.salesTactics, 'sales-tactics');
    const stages = ['interest', 'desire', 'decision'] as const;
    for (const stage of stages) {
      sub(t.parts[stage], `tactics-${stage}`);
      const list = salesPlan.tactics[stage];
      if (list.length === 0) {
        missing(t.parts[stage]);
        continue;
      }
      table(
        `tactics-${stage}`,
        fill(t.captions.tactics, { stage: t.parts[stage] }),
        [col(t.columns.tactic, 2.5), col(t.columns.how, 3), col(t.columns.channel, 1.8), col(t.columns.owner, 1.8), col(t.columns.when, 1.5), col(t.columns.cost, 1.5, 'right')],
        list.map((x) => ({ cells: [x.tactic, x.detail, x.channelId ? nameIn(catalogues.channels, x.channelId) : t.values.allChannels, x.owner, x.when, x.cost === null ? '' : money(x.cost)] })),
      );
    }
    rich(salesPlan.tactics.narrative);
  }

  // ---------------------------------------------------------------- Part C: optional chapters
  const optional = OPTIONAL_CHAPTER_IDS.filter((id: OptionalChapterId) => project.optionalChapters[id].included && include(id));
  if (optional.length > 0) h1(t.partC, 'part-c');
  for (const id of optional) {
    chapter(t.chapters[id], id);
    const body = project.optionalChapters[id].body;
    if (isRichTextEmpty(body)) missing(t.chapters[id]);
    else rich(body);
  }

  const { meta } = project;
  return {
    meta: {
      title: meta.title,
      companyName: meta.companyName,
      documentVersion: meta.documentVersion,
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${meta.documentDate}T00:00:00Z`)),
      authors: meta.authors.map((a) => [a.name, a.role].filter(Boolean).join(', ')),
      preparedBy: meta.preparedBy,
      confidential: meta.confidential,
      draft: options.draft,
      language,
      languageTag: locale,
      currency,
      logo: meta.branding.logo,
      accentColor: meta.branding.accentColor,
      subject: `${t.partA} · ${t.partB}`,
      keywords: [t.partA, t.partB, meta.companyName].filter(Boolean),
    },
    labels: { contents: t.contents, pageOf: t.pageOf, confidential: t.confidential, draft: t.draft, version: t.version, preparedBy: t.preparedBy, authors: t.authors },
    blocks,
  };
}

/** The forecast tables and charts: months in two half-year tables, years, and results. */
function forecastBlocks(project: Project, t: DocumentTexts, locale: string, blocks: Block[], sub: (text: string, id: string) => void) {
  const forecast = computeForecast(project);
  const { currency } = project.meta;
  const digits = displayDigits(currency);
  const amount = (minor: number) => formatNumber(toMajor(minor, currency), locale, digits);
  const monthName = (ym: string) => {
    const [y, m] = ym.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  };
  const lineColumn = col(t.columns.line, 2.6);
  const total = (cells: string[]): TableRow => ({ cells: [t.values.totalSales, ...cells], emphasis: 'total' });

  sub(t.parts.monthly, 'forecast-monthly');
  for (const half of [0, 6]) {
    const months = forecast.months.slice(half, half + 6);
    blocks.push({
      kind: 'table',
      id: `forecast-months-${half === 0 ? 'first' : 'second'}`,
      caption: fill(t.captions.monthly, { from: monthName(months[0]!), to: monthName(months.at(-1)!), currency }),
      columns: [lineColumn, ...months.map((m) => col(monthName(m), 1.2, 'right'))],
      rows: [...forecast.lines.map((line) => ({ cells: [line.name, ...line.months.slice(half, half + 6).map((f) => amount(f.sales))] })), total(forecast.totals.months.slice(half, half + 6).map((f) => amount(f.sales)))],
      ...(project.salesPlan.forecast.lines.some((l) => l.planning === 'units') ? { note: t.values.unitsNote } : {}),
    });
  }
  blocks.push({ kind: 'chart', id: 'chart-sales-by-month', chart: 'salesByMonth', caption: t.captions.chartMonthly });

  sub(t.parts.yearly, 'forecast-yearly');
  for (let start = 0; start < forecast.years.length; start += 5) {
    const years = forecast.years.slice(start, start + 5);
    blocks.push({
      kind: 'table',
      id: `forecast-years-${start}`,
      caption: fill(t.captions.yearly, { currency }),
      columns: [lineColumn, ...years.map((y) => col(y.label, 1.3, 'right'))],
      rows: [...forecast.lines.map((line) => ({ cells: [line.name, ...years.map((y) => amount(line.years[y.index]!.sales))] })), total(years.map((y) => amount(forecast.totals.years[y.index]!.sales)))],
    });
  }
  blocks.push({ kind: 'chart', id: 'chart-sales-by-year', chart: 'salesByYear', caption: t.captions.chartYearly });

  sub(t.parts.results, 'forecast-results');
  const ratio = (f: Figures) => {
    const r = marginRatio(f);
    return r === null ? '–' : formatPercentValue(r, locale);
  };
  for (let start = 0; start < forecast.years.length; start += 5) {
    const years = forecast.years.slice(start, start + 5);
    const row = (label: string, cell: (f: Figures) => string, emphasis?: 'total'): TableRow => ({ cells: [label, ...years.map((y) => cell(forecast.totals.years[y.index]!))], ...(emphasis ? { emphasis } : {}) });
    blocks.push({
      kind: 'table',
      id: `forecast-results-${start}`,
      caption: fill(t.captions.results, { currency }),
      columns: [col(t.columns.figure, 2.6), ...years.map((y) => col(y.label, 1.3, 'right'))],
      rows: [row(t.values.sales, (f) => amount(f.sales)), row(t.values.directCosts, (f) => amount(f.cost)), row(t.values.grossMargin, (f) => amount(f.margin), 'total'), row(t.values.marginPercent, ratio)],
    });
  }
  blocks.push({ kind: 'chart', id: 'chart-margin-by-year', chart: 'marginByYear', caption: t.captions.chartMargin });
}
