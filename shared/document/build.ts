import { chartData, type ChartData, type ChartKind } from '../charts/definitions';
import { computeForecast, marginRatio, planYears, type Figures, type Forecast } from '../forecast/engine';
import { formatMoney, formatMoneyShort, formatNumber, formatPercentValue, numberFormat } from '../format';
import { toMajor } from '../money';
import { LANGUAGE_TAGS, type Language } from '../project/primitives';
import type { OptionalChapterId, Project } from '../project/schema';
import { OPTIONAL_CHAPTER_IDS } from '../project/schema';
import { SECTIONS, type SectionDef, type SectionId } from '../sections/catalogue';
import { chapterLabel, chapterNumbers } from '../sections/numbering';
import { isRichTextEmpty, type RichText } from '../text/richText';
import { hungarianArticle } from '../text/hungarian';
import { printableText } from '../text/typography';
import { amountScale, formatScaled, scaleUnitLabel, typographicMinus, type AmountScale } from './amounts';
import { tableColumn, type Block, type DocumentModel, type TableBlock, type TableColumn, type TableRow } from './model';
import { appendixLabel, buildAppendices } from './appendices';
import { documentTexts, fill, type DocumentTexts } from './texts';
import { averageAnnualGrowth, keyFigures } from '../summary/keyFigures';
import { ruleLabel, type RuleKind } from '../project/ruleRefs';
import { baseZoneSentence, decimalsFor, priceMatrix, priceWaterfallBlocks, pricingSection, zoneAdjustmentsTable, zonesTable } from './pricing';
import { funnelTable, operatingProfitTable, salesBreakdown, scenarioBlocks } from './plan';
import { customerServiceBlocks, implementationBlocks, regionalExpansionBlocks, roadmapSummaryDecisions, salesOrganisationBlocks, vipProgrammeBlocks } from './partC';

export interface DocumentOptions {
  /** Chapters to include; all when omitted. */
  chapters?: readonly SectionId[];
  /** Drafts show "to be completed" placeholders for empty required parts, and a watermark. */
  draft: boolean;
}

const col = tableColumn;

/** What a chapter's builder works with: the project, the texts, and one helper per kind of block. */
export interface Builder {
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
  chart(kind: ChartKind, caption: { text: string; source: string }, forecast: Forecast): void;
  /** A chart of data built elsewhere (the price waterfall, sales by channel, scenarios); the caption's text and source as printed. */
  figure(id: string, caption: { text: string; source: string }, data: ChartData): void;
  /** "Source: sales forecast, chapter 7", without the full stop. */
  forecastSource: string;
  money(minor: number): string;
  /** A headline amount in the language's scale words: "HUF 4.23bn", "4,23 Mrd Ft". */
  moneyShort(minor: number): string;
  /** "+12,5%" with a minus sign for negatives (no space, as both languages write it); `digits` fixes the decimals of a whole column. */
  percent(value: number, options?: { signed?: boolean; digits?: number }): string;
  nameIn(list: { id: string; name: string }[], id: string | null): string;
  /** "4 goals": the form for the count in the document's language, with `{n}` and the values filled in. */
  count(forms: { one: string; other: string }, n: number, values?: Record<string, string | number>): string;
  /** An unnumbered heading: a part (1) or an appendix (2). */
  heading(level: 1 | 2, text: string, id: string): void;
  /** Detail a chapter leaves to the appendices (the forecast's months), written there. */
  forAppendix: { monthly: (() => void) | null };
}

type ChapterBuilder = (b: Builder) => void;

/** The chapters of the deliverable: the catalogue's sections but the set-up pages. */
type DocumentChapterId = 'summary' | 'goals' | 'methods' | 'distribution' | 'channelRules' | 'documentFlow' | 'salesOverview' | 'salesForecast' | 'salesTactics' | OptionalChapterId;


/** "M-2 Agent volume bonus": a rule's name with its reference, as the text cites it. */
const citedName = (ref: number | undefined, kind: RuleKind, name: string) => (ref === undefined ? name : `${ruleLabel(kind, ref)} ${name}`);

/** A note under a table of rules naming the owners and effective dates the rules have (none: no note). */
function ruleNotes(b: Builder, kind: RuleKind, rules: readonly { ref: number; owner: string; effectiveDate: string | null }[]): { note?: string } {
  const parts = rules.flatMap((rule) => {
    const facts = [rule.owner.trim() && fill(b.t.values.ruleOwner, { owner: rule.owner.trim() }), rule.effectiveDate && fill(b.t.values.ruleFrom, { date: formatDate(rule.effectiveDate, b.locale) })].filter(Boolean);
    return facts.length === 0 ? [] : [`${ruleLabel(kind, rule.ref)} ${facts.join(', ')}`];
  });
  // A Hungarian date ends in a full stop ("2027. március 1."): the sentence does not add another.
  return parts.length === 0 ? {} : { note: fill(b.t.values.ruleNotes, { rules: parts.join('; ') }).replace(/([^.])\.\.$/, '$1.') };
}

// ---------------------------------------------------------------------------------------------
// The executive summary: the user's summary, the key figures computed from the project, and the
// decisions the board is asked to take.

const summary: ChapterBuilder = (b) => {
  const { t, project, locale } = b;
  const s = t.summary;
  if (isRichTextEmpty(project.summary.text)) b.missing(t.chapters.summary);
  else b.rich(project.summary.text);

  const forecast = computeForecast(project);
  const k = keyFigures(project, forecast);
  const rows: [string, string][] = [];
  if (k.firstYear) rows.push([fill(s.salesIn, { year: k.firstYear.label }), b.moneyShort(k.firstYear.sales)]);
  if (k.lastYear) rows.push([fill(s.salesIn, { year: k.lastYear.label }), b.moneyShort(k.lastYear.sales)]);
  if (k.averageGrowthPercent !== null) {
    const plan = b.percent(k.averageGrowthPercent, { digits: 1 });
    rows.push([s.growth, k.marketGrowthPercent === null ? fill(s.growthOnly, { plan }) : fill(s.growthAgainstMarket, { plan, market: b.percent(k.marketGrowthPercent) })]);
  }
  if (k.grossMarginPercent !== null) rows.push([s.grossMargin, b.percent(k.grossMarginPercent, { digits: 1 })]);
  if (k.profitTarget) {
    const { target, yearLabel, calendarYear, margin, met, basis } = k.profitTarget;
    const args = { target: b.moneyShort(target), year: yearLabel ?? String(calendarYear), margin: margin === null ? '' : b.moneyShort(margin), gap: margin === null ? '' : b.moneyShort(target - margin) };
    const operating = basis === 'operatingProfit';
    rows.push([fill(s.profitTarget, { year: args.year }), fill(met === null ? s.profitOutside : met ? (operating ? s.profitMetOperating : s.profitMet) : operating ? s.profitShortOperating : s.profitShort, args)]);
  }
  // The target's row already gives the goal year's operating profit.
  if (k.operatingProfit && !(k.profitTarget?.basis === 'operatingProfit' && k.profitTarget.yearLabel === k.operatingProfit.label)) rows.push([fill(s.operatingProfit, { year: k.operatingProfit.label }), b.moneyShort(k.operatingProfit.value)]);
  if (k.scenarioSales) {
    const { label, low, base, high } = k.scenarioSales;
    rows.push([fill(s.scenarioSales, { year: label }), fill(s.scenarioValues, { low: b.moneyShort(low), base: b.moneyShort(base), high: b.moneyShort(high) })]);
  }
  if (k.channels + k.partnerTypes > 0) rows.push([s.network, [b.count(s.channels, k.channels), b.count(s.partnerTypes, k.partnerTypes)].join(', ')]);
  if (k.credit) {
    const days = numberRange(k.credit.minDays, k.credit.maxDays, locale);
    rows.push([s.credit, [fill(s.creditDays, { days }), k.credit.largestLimit > 0 ? fill(s.creditLimit, { limit: b.moneyShort(k.credit.largestLimit) }) : ''].filter(Boolean).join(', ')]);
  }
  if (k.bonus) rows.push([s.bonus, [b.count(s.schemes, k.bonus.schemes), k.bonus.bestRewardPercent === null ? '' : fill(s.bonusUpTo, { percent: b.percent(k.bonus.bestRewardPercent) })].filter(Boolean).join(', ')]);
  if (rows.length > 0) {
    const first = forecast.years[0]?.label ?? '';
    const last = forecast.years.at(-1)?.label ?? '';
    b.table(
      'key-figures',
      forecast.years.length > 1 ? fill(s.keyFigures, { from: first, to: last }) : fill(s.keyFiguresOneYear, { year: first }),
      [col(s.columns.figure), col(s.columns.value)],
      rows.map((cells) => ({ cells })),
      { rowHeaders: true },
    );
  }

  const own = project.summary.decisions.map((d) => d.decision).filter((d) => d.trim() !== '');
  // The roadmap's open decisions (chapter "Implementing the strategy") follow the user's own.
  const decisions = [...own, ...roadmapSummaryDecisions(project, locale, t, own)];
  if (decisions.length === 0) b.missing(s.decisions);
  else {
    b.paragraph(`${s.decisions}:`);
    b.list(decisions, true);
  }
};

// ---------------------------------------------------------------------------------------------
// Part A: the commercial policy

const goals: ChapterBuilder = (b) => {
  const { policy } = b.project;
  b.rich(policy.goals.intro);
  if (policy.goals.items.length === 0) b.missing(b.t.parts.goalList);
  else
    b.table(
      'goals',
      b.count(b.t.captions.goals, policy.goals.items.length),
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
      b.count(b.t.captions.principles, new Set(policy.methods.principles.map((p) => p.counterpartyTypeId)).size),
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
  const network = (list: typeof d.branches) => ({ existing: list.filter((u) => u.status === 'existing').length, planned: list.filter((u) => u.status === 'planned').length });
  if (d.branches.length === 0) b.missing(t.parts.branches);
  else b.table('branches', fill(t.captions.branches, network(d.branches)), unitColumns, units(d.branches));
  if (d.dealers.length > 0) {
    b.sub(t.parts.dealers, 'dealers');
    b.table('dealers', fill(t.captions.dealers, network(d.dealers)), unitColumns, units(d.dealers));
  }
  b.sub(t.parts.priorityChannels, 'priority-channels');
  if (d.priorityChannels.length === 0) b.missing(t.parts.priorityChannels);
  else
    b.table(
      'priority-channels',
      fill(t.captions.priorityChannels, { groups: new Set(d.priorityChannels.map((r) => r.productGroupId)).size, territories: new Set(d.priorityChannels.map((r) => r.territoryId)).size }),
      [col(t.columns.productGroup), col(t.columns.territory), col(t.columns.channels), col(t.columns.targetCustomer)],
      d.priorityChannels.map((r) => ({
        cells: [b.nameIn(catalogues.productGroups, r.productGroupId), b.nameIn(catalogues.territories, r.territoryId), r.channelIds.map((c) => b.nameIn(catalogues.channels, c)).join(', '), r.targetCustomerType],
      })),
    );
};

/** "Credit terms by channel: 8–30 days to pay, credit limits up to HUF 25m". */
function creditCaption(b: Builder, terms: readonly { paymentDays: number; creditLimit: number }[]): string {
  const days = terms.map((x) => x.paymentDays);
  return fill(b.t.captions.creditTerms, { days: numberRange(Math.min(...days), Math.max(...days), b.locale), limit: b.moneyShort(Math.max(...terms.map((x) => x.creditLimit))) });
}

const channelRules: ChapterBuilder = (b) => {
  const { t } = b;
  const { catalogues } = b.project;
  const { scope, pricing, motivation, creditPolicy, exceptions } = b.project.policy.channelRules;
  const { documentFlow } = b.project.policy;
  b.rich(scope);

  b.sub(t.parts.pricing, 'pricing');
  if (pricing.basis !== null) b.paragraph(t.values.bases[pricing.basis]);
  baseZoneSentence(b);
  if (isRichTextEmpty(pricing.basePrinciple)) b.missing(t.parts.pricing);
  else b.rich(pricing.basePrinciple);
  b.rich(pricing.deliveryCosts);
  zonesTable(b);
  priceMatrix(b, (channelId, name) => citedName(pricing.rules.find((r) => r.channelId === channelId)?.ref, 'pricing', name), ruleNotes(b, 'pricing', pricing.rules.filter((r) => pricing.adjustments.some((a) => a.channelId === r.channelId && a.zoneId === ''))));
  zoneAdjustmentsTable(b);
  priceWaterfallBlocks(b);
  b.rich(pricing.narrative);

  b.sub(t.parts.motivation, 'motivation');
  b.rich(motivation.narrative);
  if (catalogues.kpis.length > 0)
    b.table(
      'kpis',
      b.count(t.captions.kpis, catalogues.kpis.length),
      [col(t.columns.kpi), col(t.columns.kpiUnit), col(t.columns.measurement), col(t.columns.target)],
      catalogues.kpis.map((k) => ({ cells: [k.name, k.unit, k.measurement, k.target] })),
    );
  if (motivation.schemes.length === 0) b.missing(t.parts.motivation);
  for (const scheme of motivation.schemes) {
    const kpi = catalogues.kpis.find((k) => k.id === scheme.kpiId);
    const cited = citedName(scheme.ref, 'motivation', scheme.name);
    const partner = b.nameIn(catalogues.counterpartyTypes, scheme.counterpartyTypeId).trim();
    const measure = kpi ? [kpi.name.trim(), kpi.unit.trim() && `(${kpi.unit.trim()})`].filter(Boolean).join(' ') : '';
    const sentence = partner ? (measure ? t.values.scheme.full : t.values.scheme.noKpi) : measure ? t.values.scheme.noPartner : t.values.scheme.bare;
    // Hungarian articles agree with the sound that follows (a dealer, az ügynök); the name starts "M-", always "az".
    // The verb agrees with the kind of partner: catalogue names are mostly plurals ("Dealers", "Ügynökök").
    const head = partner.replace(/\s*\(.*$/, '');
    const plural = b.language === 'hu' ? /k$/i.test(head) : /s$/i.test(head);
    // A name that starts with its own article ("Az ügyfél éves beszerzése") takes no second one.
    const article = (words: string) => (/^az?\s/i.test(words) ? '' : hungarianArticle(words));
    const midSentence = (words: string) => (b.language === 'hu' ? words.replace(/^(Az?)(?=\s)/, (a) => a.toLowerCase()) : words);
    b.paragraph(
      fill(sentence, { name: cited, partner: midSentence(partner), partnerArticle: article(partner), period: t.values.periods[scheme.period], kpi: midSentence(measure), kpiArticle: article(measure), earn: plural ? 'earn' : 'earns', kap: plural ? 'kapnak' : 'kap' }).replace(/ {2,}/g, ' '),
    );
    // Where the scheme's figures come from: the documents of chapter 5 that feed it.
    const sources = documentFlow.documents.filter((d) => d.feedsSchemeIds.includes(scheme.id) || (scheme.kpiId !== '' && d.feedsKpiIds.includes(scheme.kpiId)));
    const flowChapter = chapterNumbers(b.project).get('documentFlow');
    if (sources.length > 0 && flowChapter !== undefined) b.paragraph(fill(t.values.measuredFrom, { documents: sources.map((d) => citedName(d.ref, 'documents', d.name)).join(', '), chapter: flowChapter }));
    const owned = ruleNotes(b, 'motivation', [scheme]);
    if (scheme.tiers.length > 0)
      b.table(
        `tiers-${scheme.id}`,
        fill(t.captions.tiers, { name: cited }),
        [col(t.columns.threshold, 'right'), col(t.columns.reward)],
        scheme.tiers.map((tier) => ({ cells: [`≥ ${typographicMinus(formatNumber(tier.threshold, b.locale))}`, tier.reward] })),
        { note: [scheme.notes, owned.note ?? ''].filter((n) => n.trim() !== '').join('\n') },
      );
    else {
      b.paragraph(scheme.notes);
      if (owned.note) b.paragraph(owned.note);
    }
  }

  b.sub(t.parts.creditPolicy, 'credit-policy');
  b.rich(creditPolicy.narrative);
  if (creditPolicy.terms.length === 0) b.missing(t.parts.creditPolicy);
  else {
    const { terms } = creditPolicy;
    const digits = decimalsFor(terms.flatMap((c) => [c.prepaymentPercent, ...c.exceptions.map((e) => e.prepaymentPercent)]));
    // One scope for every channel with a limit is said once under the table; mixed scopes get a
    // column. A scope nobody stated ("") is not printed: the document says only what the user said.
    const limited = terms.filter((c) => c.creditLimit > 0);
    const scopes = new Set(limited.map((c) => c.limitScope));
    const scopeColumn = scopes.size > 1;
    const onlyScope = limited[0]?.limitScope ?? '';
    const scopeNote = !scopeColumn && onlyScope !== '' ? t.values.limitScopeNote[onlyScope] : '';
    const rules = ruleNotes(b, 'credit', terms);
    const note = [scopeNote, rules.note ?? ''].filter(Boolean).join(' ');
    // An exception of a product group, of orders from a size up, or of both.
    const exceptionLabel = (e: (typeof terms)[number]['exceptions'][number]) => {
      const what = [b.nameIn(catalogues.productGroups, e.productGroupId), e.minOrder === null ? '' : fill(t.values.ordersFrom, { amount: b.moneyShort(e.minOrder) })].filter((x) => x.trim() !== '').join(', ');
      return fill(t.values.exceptionOf, { what: what || t.values.anyOrder });
    };
    b.table(
      'credit-terms',
      creditCaption(b, terms),
      [
        col(t.columns.rule),
        col(t.columns.channel),
        col(t.columns.paymentDays, 'right'),
        col(t.columns.creditLimit, 'right'),
        ...(scopeColumn ? [col(t.columns.limitFor)] : []),
        col(t.columns.prepayment, 'right'),
        col(t.columns.conditions),
      ],
      // Each channel's exceptions follow its row, so a channel never reads as its general terms alone.
      terms.flatMap((c) => [
        {
          cells: [
            ruleLabel('credit', c.ref),
            b.nameIn(catalogues.channels, c.channelId),
            formatNumber(c.paymentDays, b.locale),
            b.money(c.creditLimit),
            ...(scopeColumn ? [c.limitScope === '' || c.creditLimit === 0 ? '–' : t.values.limitScopes[c.limitScope]] : []),
            b.percent(c.prepaymentPercent, { digits }),
            c.conditions,
          ],
        },
        ...c.exceptions.map((e) => ({
          cells: ['', exceptionLabel(e), formatNumber(e.paymentDays, b.locale), '', ...(scopeColumn ? [''] : []), b.percent(e.prepaymentPercent, { digits }), e.note],
        })),
      ]),
      note ? { note } : {},
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

  if (!isRichTextEmpty(exceptions)) {
    b.sub(t.parts.exceptions, 'exceptions');
    b.rich(exceptions);
  }
};

const documentFlow: ChapterBuilder = (b) => {
  const { t } = b;
  const { catalogues, policy } = b.project;
  const { documentFlow: flow } = policy;
  b.rich(flow.narrative);
  const party = (p: (typeof flow.documents)[number]['from']) => (p.kind === 'company' ? t.values.company : b.nameIn(catalogues.counterpartyTypes, p.id));
  const schemeName = (id: string) => {
    const scheme = policy.channelRules.motivation.schemes.find((s) => s.id === id);
    return scheme ? citedName(scheme.ref, 'motivation', scheme.name) : '';
  };
  if (flow.documents.length === 0) b.missing(t.parts.documents);
  else
    b.table(
      'documents',
      b.count(t.captions.documents, flow.documents.length),
      [col(t.columns.rule), col(t.columns.document), col(t.columns.fromTo), col(t.columns.frequency), col(t.columns.content), col(t.columns.purpose), col(t.columns.feeds)],
      flow.documents.map((d) => ({
        cells: [
          ruleLabel('documents', d.ref),
          d.name,
          `${party(d.from)} → ${party(d.to)}`,
          [t.values.frequencies[d.frequency], d.due].filter(Boolean).join(', '),
          d.content,
          d.purpose,
          [...d.feedsKpiIds.map((k) => b.nameIn(catalogues.kpis, k)), ...d.feedsSchemeIds.map(schemeName)].filter(Boolean).join(', '),
        ],
      })),
      ruleNotes(b, 'documents', flow.documents),
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
    context.leadConversionPercent !== null && fill(t.values.leadConversion, { value: b.percent(context.leadConversionPercent) }),
    context.businessGoal.description.trim() && fill(t.values.goal, { value: context.businessGoal.description }),
    context.businessGoal.profitTarget !== null &&
      context.businessGoal.year !== null &&
      // The plan's own year: "2029/30" in a plan whose years start in April.
      fill(t.values.profitTarget, { value: b.moneyShort(context.businessGoal.profitTarget), year: planYears(b.project.meta.planStart, b.project.meta.horizonYears).find((y) => y.startYear === context.businessGoal.year)?.label ?? String(context.businessGoal.year) }),
  ].filter((f): f is string => typeof f === 'string' && f !== '');
  if (facts.length === 0) b.missing(t.parts.context);
  else b.list(facts);

  if (salesPlan.forecast.lines.length === 0) b.missing(t.chapters.salesForecast);
  else {
    const forecast = computeForecast(b.project);
    forecastTables(b, forecast);
    // The narrative explains the forecast's figures: it closes their sub-part, before the plan around them.
    b.rich(salesPlan.forecast.narrative);
    salesBreakdown(b, forecast);
    operatingProfitTable(b, forecast);
    funnelTable(b, forecast);
    scenarioBlocks(b, forecast);
  }
  if (salesPlan.forecast.lines.length === 0) b.rich(salesPlan.forecast.narrative);
};

/** The forecast in tables and charts: the first year by month, every year, and the results. */
function forecastTables(b: Builder, forecast: Forecast) {
  const { t, locale } = b;
  const { currency } = forecast;
  const major = (minor: number) => toMajor(minor, currency);
  const unitOf = (scale: AmountScale) => scaleUnitLabel(scale, currency, locale);
  const monthName = (ym: string) => {
    const [y, m] = ym.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  };
  const total = (cells: string[]): TableRow => ({ cells: [t.values.totalSales, ...cells], emphasis: 'total' });
  const unitsNote = b.project.salesPlan.forecast.lines.some((l) => l.planning === 'units') ? { note: t.values.unitsNote } : {};

  b.sub(t.parts.monthly, 'forecast-monthly');
  const monthly = amountScale([...forecast.lines.flatMap((l) => l.months.map((f) => major(f.sales))), ...forecast.totals.months.map((f) => major(f.sales))], currency);
  const inMonthly = (minor: number) => formatScaled(major(minor), monthly, locale);
  // The body keeps the chart; the table of every line's months is detail, for the appendix.
  b.forAppendix.monthly = () =>
    b.table(
      'forecast-months',
      fill(t.captions.monthly, { from: monthName(forecast.months[0]!), to: monthName(forecast.months.at(-1)!), unit: unitOf(monthly) }),
      [col(t.columns.line), ...forecast.months.map((m) => col(monthName(m), 'right'))],
      [...forecast.lines.map((line) => ({ cells: [line.name, ...line.months.map((f) => inMonthly(f.sales))] })), total(forecast.totals.months.map((f) => inMonthly(f.sales)))],
      { rowHeaders: true, ...unitsNote },
    );
  const headlines = chartHeadlines(b, forecast, monthName);
  b.chart('salesByMonth', headlines.monthly, forecast);
  b.paragraph(fill(t.values.monthlyInAppendix, { appendix: appendixLabel(t, 0) }));

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
  b.chart('salesByYear', headlines.yearly, forecast);
  unitsTable(b, forecast);

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
  b.chart('marginByYear', headlines.margin, forecast);
}

/** Lines planned in units: how many units a year, at what price (the fact a board asks about). */
function unitsTable(b: Builder, forecast: Forecast) {
  const { t, project, locale } = b;
  const planned = project.salesPlan.forecast.lines.flatMap((line, i) => {
    const computed = forecast.lines[i];
    return line.planning === 'units' && computed?.units ? [{ line, units: computed.units, price: computed.unitPrice }] : [];
  });
  if (planned.length === 0) return;
  const digits = decimalsFor(planned.flatMap((p) => p.units.years));
  const fromPolicy = planned.filter((p) => p.line.priceSource === 'policy').map((p) => p.line.name.trim()).filter(Boolean);
  b.table(
    'forecast-units',
    t.captions.units,
    [col(t.columns.line), col(t.columns.kpiUnit), col(t.columns.unitPrice, 'right'), ...forecast.years.map((y) => col(y.label, 'right'))],
    // The price the forecast used: the line's own, or the price policy's for its channel and product group.
    planned.map(({ line, units, price }) => ({
      cells: [line.name, line.unitName, price === null ? '' : b.money(price), ...units.years.map((u) => typographicMinus(numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(u)))],
    })),
    { rowHeaders: true, ...(fromPolicy.length > 0 ? { note: fill(t.values.policyPrices, { lines: fromPolicy.join(', '), section: pricingSection(b) }) } : {}) },
  );
}

/**
 * Each chart's caption says what the chart shows, computed from the forecast ("Sales grow from
 * HUF 4.23bn in 2027 to HUF 5.7bn in 2031, 7.7% a year, against a market growing 4% a year"),
 * and where the figures come from.
 */
function chartHeadlines(b: Builder, forecast: Forecast, monthName: (yearMonth: string) => string): Record<'monthly' | 'yearly' | 'margin', { text: string; source: string }> {
  const { t, project } = b;
  const c = t.captions;
  const source = fill(c.chartSource, { chapter: chapterNumbers(project).get('salesForecast') ?? '' });
  const withSource = (headline: string) => ({ text: `${headline}.`, source: `${source}.` });
  const months = forecast.totals.months.map((f) => f.sales);
  const low = months.indexOf(Math.min(...months));
  const high = months.indexOf(Math.max(...months));
  const years = forecast.totals.years;
  const first = years[0]!;
  const last = years.at(-1)!;
  const firstYear = forecast.years[0]!.label;
  const lastYear = forecast.years.at(-1)!.label;
  const monthly = fill(c.chartMonthly, {
    year: firstYear,
    total: b.moneyShort(first.sales),
    low: b.moneyShort(months[low]!),
    lowMonth: monthName(forecast.months[low]!),
    high: b.moneyShort(months[high]!),
    highMonth: monthName(forecast.months[high]!),
  });
  const ratio = (f: Figures) => {
    const r = marginRatio(f);
    return r === null ? '–' : b.percent(r * 100, { digits: 1 });
  };
  if (years.length === 1) {
    return {
      monthly: withSource(monthly),
      yearly: withSource(fill(c.chartOneYear, { year: firstYear, total: b.moneyShort(first.sales) })),
      margin: withSource(fill(c.chartOneYearMargin, { year: firstYear, total: b.moneyShort(first.margin), percent: ratio(first) })),
    };
  }
  const growth = averageAnnualGrowth(first.sales, last.sales, years.length);
  const market = project.salesPlan.context.marketGrowthPercent;
  const yearly =
    growth === null
      ? fill(c.chartOneYear, { year: lastYear, total: b.moneyShort(last.sales) })
      : `${fill(growth < 0 ? c.chartYearlyFall : c.chartYearly, { first: b.moneyShort(first.sales), firstYear, last: b.moneyShort(last.sales), lastYear, growth: b.percent(growth, { digits: 1 }) })}${market === null ? '' : fill(c.chartYearlyMarket, { market: b.percent(market) })}`;
  const margin = fill(ratio(first) === ratio(last) ? c.chartMarginSteady : c.chartMargin, { first: b.moneyShort(first.margin), firstYear, last: b.moneyShort(last.margin), lastYear, firstPercent: ratio(first), lastPercent: ratio(last) });
  return { monthly: withSource(monthly), yearly: withSource(yearly), margin: withSource(margin) };
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
      `${b.count(t.captions.tactics, list.length, { stage: t.parts[stage] })}${list.some((x) => x.cost !== null) ? fill(t.captions.tacticsCost, { cost: b.moneyShort(list.reduce((sum, x) => sum + (x.cost ?? 0), 0)) }) : ''}`,
      [col(t.columns.tactic), col(t.columns.how), col(t.columns.channel), col(t.columns.owner), col(t.columns.when), col(t.columns.cost, 'right')],
      list.map((x) => ({ cells: [x.tactic, x.detail, x.channelId ? b.nameIn(catalogues.channels, x.channelId) : t.values.allChannels, x.owner, x.when, x.cost === null ? '' : b.money(x.cost)] })),
    );
  }
  b.rich(salesPlan.tactics.narrative);
};

// ---------------------------------------------------------------------------------------------
// Part C: optional chapters: their free text, then their structured content (shared/document/partC.ts)

const STRUCTURED: Partial<Record<OptionalChapterId, (b: Builder) => boolean>> = {
  vipProgramme: vipProgrammeBlocks,
  regionalExpansion: regionalExpansionBlocks,
  salesOrganisation: salesOrganisationBlocks,
  customerService: customerServiceBlocks,
  implementation: implementationBlocks,
};

// The free text comes first: users write it as the chapter's introduction ("the accounts below").
const optionalChapter =
  (id: OptionalChapterId): ChapterBuilder =>
  (b) => {
    const body = b.project.optionalChapters[id].body;
    b.rich(body);
    const structured = STRUCTURED[id]?.(b) ?? false;
    if (isRichTextEmpty(body) && !structured) b.missing(b.t.chapters[id]);
  };

/** One builder per chapter of the deliverable; the type makes a missing one a compile error. */
const CHAPTERS: Record<DocumentChapterId, ChapterBuilder> = {
  summary,
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

/** A calendar date as the language writes it: "1 January 2027" (long), "1 Jan 2027" (medium, for narrow columns). */
const formatDate = (isoDate: string, locale: string, style: 'long' | 'medium' = 'long') => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/** "8" or "8–30": a range of whole numbers, one number when both ends are equal. */
const numberRange = (low: number, high: number, locale: string) => (low === high ? formatNumber(low, locale) : `${formatNumber(low, locale)}–${formatNumber(high, locale)}`);

/**
 * The document control page, printed after the title page: what the policy is, who owns it,
 * whether it is approved and from when it applies, its versions, and who signs it off. Its
 * tables are numbered with the rest, so the control page opens the list of tables.
 */
function documentControl(project: Project, t: DocumentTexts, locale: string, text: (value: string) => string): Block[] {
  const { control } = project.meta;
  const c = t.control;
  const date = (value: string | null) => (value ? formatDate(value, locale) : '');
  // Table columns are narrow: "14 Nov 2026", "2026. nov. 14.".
  const shortDate = (value: string | null) => (value ? formatDate(value, locale, 'medium') : '');
  const facts: [string, string][] = [
    [c.reference, control.reference],
    [c.status, c.statuses[control.status]],
    [c.effective, date(control.effectiveDate)],
    [c.review, date(control.nextReviewDate)],
    [c.owner, [control.owner.name, control.owner.role].filter((v) => v.trim() !== '').join(', ')],
    [c.distribution, control.distribution.split('\n').map((l) => l.trim()).filter(Boolean).join('\n')],
  ];
  const table = (id: string, caption: string, columns: TableColumn[], rows: string[][], rowHeaders = false): TableBlock => ({
    kind: 'table',
    id,
    caption: { kind: 'table', number: 0, text: text(caption) },
    columns: columns.map((column) => ({ ...column, header: text(column.header) })),
    rows: rows.map((cells) => ({ cells: cells.map(text) })),
    rowHeaders,
  });
  const blocks: Block[] = [{ kind: 'heading', level: 2, number: '', text: text(c.title), id: 'document-control' }];
  blocks.push(table('control', c.caption, [col(c.columns.item), col(c.columns.detail)], facts.filter(([, value]) => value.trim() !== ''), true));
  if (control.history.length > 0)
    blocks.push(table('history', c.history, [col(c.columns.version), col(c.columns.date), col(c.columns.author), col(c.columns.changes)], control.history.map((h) => [h.version, shortDate(h.date), h.author, h.changes])));
  if (control.approvals.length > 0)
    blocks.push(
      table(
        'approvals',
        c.approvals,
        [col(c.columns.name), col(c.columns.role), col(c.columns.date), col(c.columns.signature)],
        // An empty resolution leaves room to sign: the line is drawn in the cell.
        control.approvals.map((a) => [a.name, a.role, shortDate(a.date), a.resolution.trim() || '\n\n________________________']),
      ),
    );
  return blocks;
}

/** Builds the deliverable's content from a project: title page, contents, headings, text, tables and charts. */
export function buildDocument(project: Project, options: DocumentOptions): DocumentModel {
  const language = project.meta.outputLanguage;
  const locale = LANGUAGE_TAGS[language];
  const t = documentTexts(language);
  const { meta } = project;
  const text = (value: string) => printableText(value, language);
  const blocks: Block[] = [
    { kind: 'contents', title: t.contents },
    { kind: 'captionList', title: t.captionList },
  ];
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
      const texts = { grossMargin: t.values.grossMargin, marginPercent: t.values.marginPercent, otherLines: (count: number) => fill(t.values.otherLines, { count }) };
      b.figure(`chart-${kind}`, caption, chartData(kind, forecast, { locale, texts }));
    },
    figure(id, caption, data) {
      counters.figure += 1;
      blocks.push({
        kind: 'chart',
        id,
        caption: { kind: 'figure', number: counters.figure, text: text(caption.text), source: text(caption.source) },
        chart: { ...data, categories: data.categories.map(text), series: data.series.map((s) => ({ ...s, name: text(s.name) })) },
      });
    },
    forecastSource: fill(t.captions.chartSource, { chapter: chapterNumbers(project).get('salesForecast') ?? '' }),
    // No cents on a plan's or a policy's whole amounts ("€300,000"), as a board reads them.
    money: (minor) => typographicMinus(formatMoney(minor, meta.currency, locale, { cents: 'whenNeeded' })),
    moneyShort: (minor) => typographicMinus(formatMoneyShort(minor, meta.currency, locale)),
    percent: (value, { signed = false, digits } = {}) =>
      typographicMinus(`${numberFormat(locale, { minimumFractionDigits: digits ?? 0, maximumFractionDigits: digits ?? 2, signDisplay: signed ? 'exceptZero' : 'negative' }).format(value)}%`),
    nameIn: (list, id) => list.find((e) => e.id === id)?.name ?? '',
    count: (forms, n, values = {}) => fill(new Intl.PluralRules(locale).select(n) === 'one' ? forms.one : forms.other, { ...values, n: formatNumber(n, locale) }),
    heading(level, value, id) {
      blocks.push({ kind: 'heading', level, number: '', text: text(value), id });
    },
    forAppendix: { monthly: null },
  };

  const numbers = chapterNumbers(project);
  const include = (id: SectionId) => (id === 'summary' || numbers.has(id)) && (!options.chapters || options.chapters.includes(id));
  blocks.unshift(...documentControl(project, t, locale, text));
  if (include('summary')) {
    chapter = 0;
    blocks.push({ kind: 'heading', level: 2, number: '', text: text(t.chapters.summary), id: 'summary' });
    CHAPTERS.summary(b);
  }
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

  buildAppendices(b, { includes: include, bodyText: () => blocks.map((block) => (block.kind === 'paragraph' || block.kind === 'placeholder' ? block.text : block.kind === 'list' ? block.items.join(' ') : block.kind === 'table' ? block.rows.map((r) => r.cells.join(' ')).join(' ') : '')).join(' ') });

  // The control page's tables come first in the document: number every table in reading order.
  let tableNumber = 0;
  for (const block of blocks) if (block.kind === 'table') block.caption.number = ++tableNumber;
  // A document without tables or figures lists none.
  if (!blocks.some((block) => block.kind === 'table' || block.kind === 'chart')) blocks.splice(blocks.findIndex((block) => block.kind === 'captionList'), 1);

  const date = formatDate(meta.documentDate, locale);
  const { control } = meta;
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
      footer: text(
        [meta.companyName, control.reference, meta.documentVersion && fill(t.control.footerVersion, { version: meta.documentVersion }), t.control.statuses[control.status], meta.confidential ? t.confidential : '']
          .filter((part) => part.trim() !== '')
          .join(' · '),
      ),
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
