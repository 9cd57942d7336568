import { waterfallChartData } from '../charts/definitions';
import { waterfallChartBars } from '../pricing/waterfallChart';
import { displayDigits, toMajor } from '../money';
import { adjustmentFor, ALL_PRODUCT_GROUPS, priceWaterfall, type WaterfallRow } from '../pricing/prices';
import { chapterNumbers } from '../sections/numbering';
import { hungarianArticle } from '../text/hungarian';
import { currencyLabel, formatScaled, type AmountScale } from './amounts';
import type { Builder } from './build';
import { tableColumn as col } from './model';
import { fill } from './texts';

/**
 * Section 4.1's figures: the delivery zones, the price matrix (with a channel's row for all
 * product groups), the adjustments of single zones, and the price waterfall from list price to
 * net price against the unit cost. Every figure comes from the pricing engine.
 */

/** "4.1": the pricing sub-part, always the first of the channel-rules chapter. */
export const pricingSection = (b: Builder) => `${chapterNumbers(b.project).get('channelRules') ?? ''}.1`;

/** Decimals (0–2) that show every value of a set exactly, so a column uses one number of decimals. */
export const decimalsFor = (values: number[]) => Math.max(0, ...values.map((v) => (Number.isInteger(v) ? 0 : Number.isInteger(Math.round(v * 10 * 1e6) / 1e6) ? 1 : 2)));

/** With zone pricing, the sentence naming the zone whose prices the list prices are. */
export function baseZoneSentence(b: Builder) {
  const { pricing } = b.project.policy.channelRules;
  const zone = b.project.catalogues.zones.find((z) => z.id === pricing.baseZoneId);
  if (pricing.basis === 'zone' && zone && zone.name.trim()) b.paragraph(fill(b.t.values.baseZone, { zone: zone.name.trim(), zoneArticle: hungarianArticle(zone.name) }));
}

export function zonesTable(b: Builder) {
  const { t, project } = b;
  const { zones, territories } = project.catalogues;
  if (zones.length === 0) return;
  b.table(
    'zones',
    b.count(t.captions.zones, zones.length),
    [col(t.columns.zone), col(t.columns.territories), col(t.columns.surcharge, 'right')],
    zones.map((zone) => ({
      cells: [
        zone.name,
        zone.territoryIds.map((id) => b.nameIn(territories, id)).filter(Boolean).join(', '),
        zone.surcharge.mode === 'percent' ? b.percent(zone.surcharge.value, { signed: true }) : fill(t.values.perUnit, { amount: b.money(zone.surcharge.value) }),
      ],
    })),
    { rowHeaders: true },
  );
}

/**
 * The price matrix of the adjustments that hold in every zone: an "All product groups" column for
 * the channels' rows for all groups, and each group's cell as it applies (its own figure, else the
 * channel's for all groups), so a reader never has to work out which one wins.
 */
export function priceMatrix(b: Builder, citedChannel: (channelId: string, name: string) => string, notes: { note?: string }) {
  const { t, project } = b;
  const { catalogues } = project;
  const { pricing } = project.policy.channelRules;
  const general = pricing.adjustments.filter((a) => a.zoneId === '' && catalogues.channels.some((c) => c.id === a.channelId));
  const allGroups = general.some((a) => a.productGroupId === ALL_PRODUCT_GROUPS);
  const groupsPriced = catalogues.productGroups.filter((g) => general.some((a) => a.productGroupId === g.id));
  const channelsPriced = catalogues.channels.filter((c) => general.some((a) => a.channelId === c.id));
  if (channelsPriced.length === 0 || (groupsPriced.length === 0 && !allGroups)) {
    b.missing(t.captions.adjustments);
    return;
  }
  const digits = decimalsFor(general.map((a) => a.percent));
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '–' : b.percent(value, { signed: true, digits }));
  const note = [allGroups && groupsPriced.length > 0 ? t.values.allGroupsNote : '', notes.note ?? ''].filter(Boolean).join(' ');
  b.table(
    'adjustments',
    fill(t.captions.adjustmentsRange, {
      low: percent(Math.min(...general.map((a) => a.percent))),
      high: percent(Math.max(...general.map((a) => a.percent))),
      channels: channelsPriced.length,
      groups: allGroups ? catalogues.productGroups.length : groupsPriced.length,
    }),
    [col(t.columns.channel), ...(allGroups ? [col(t.columns.allProductGroups, 'right')] : []), ...groupsPriced.map((g) => col(g.name, 'right'))],
    channelsPriced.map((c) => ({
      cells: [
        citedChannel(c.id, c.name),
        ...(allGroups ? [percent(general.find((a) => a.channelId === c.id && a.productGroupId === ALL_PRODUCT_GROUPS)?.percent)] : []),
        ...groupsPriced.map((g) => percent(adjustmentFor({ adjustments: general }, c.id, g.id))),
      ],
    })),
    { rowHeaders: true, turnable: { corner: t.columns.productGroup }, ...(note ? { note } : {}) },
  );
}

/** Adjustments that hold in one zone only: few, so a short list-like table rather than a matrix per zone. */
export function zoneAdjustmentsTable(b: Builder) {
  const { t, project } = b;
  const { catalogues } = project;
  const rows = project.policy.channelRules.pricing.adjustments.filter((a) => a.zoneId !== '' && catalogues.zones.some((z) => z.id === a.zoneId) && catalogues.channels.some((c) => c.id === a.channelId));
  if (rows.length === 0) return;
  const digits = decimalsFor(rows.map((a) => a.percent));
  b.table(
    'zone-adjustments',
    b.count(t.captions.zoneAdjustments, rows.length),
    [col(t.columns.channel), col(t.columns.productGroup), col(t.columns.zone), col(t.columns.adjustment, 'right')],
    rows.map((a) => ({
      cells: [b.nameIn(catalogues.channels, a.channelId), a.productGroupId === ALL_PRODUCT_GROUPS ? t.columns.allProductGroups : b.nameIn(catalogues.productGroups, a.productGroupId), b.nameIn(catalogues.zones, a.zoneId), b.percent(a.percent, { signed: true, digits })],
    })),
    { rowHeaders: true },
  );
}

/** Beyond this many channel × group rows the waterfall prints each channel's ranges instead. */
const MAX_WATERFALL_ROWS = 80;

/** What the company keeps of the list price, as a share (the waterfall's net price over its list price). */
const keptShare = (row: WaterfallRow) => (row.listPrice === 0 ? null : (row.netPrice / row.listPrice) * 100);

/**
 * The price waterfall for every channel and every product group with a list price: the table of
 * unit prices (exact, in the currency: they are prices, not plan totals), and a chart of where
 * each list price goes. Nothing when no product group has a list price.
 */
export function priceWaterfallBlocks(b: Builder) {
  const { t, project, locale } = b;
  const { catalogues, meta } = project;
  const rows = priceWaterfall(project);
  if (rows.length === 0) return;
  const currency = meta.currency;
  const major = (minor: number) => toMajor(minor, currency);
  const amounts = rows.flatMap((r) => [r.listPrice, r.invoicePrice, r.netPrice, r.unitCost ?? 0, r.margin ?? 0]);
  // Whole units when every price is whole (HUF, most list prices), else the currency's cents.
  const scale: AmountScale = { unit: 'one', divisor: 1, decimals: amounts.every((a) => Number.isInteger(major(a))) ? 0 : displayDigits(currency) };
  const money = (minor: number | null) => (minor === null ? '–' : formatScaled(major(minor), scale, locale));
  const adjustmentDigits = decimalsFor(rows.map((r) => r.adjustmentPercent));
  const bonusDigits = decimalsFor(rows.map((r) => r.bonusPercent));
  const shares = rows.map(keptShare).filter((s): s is number => s !== null);
  const share = (value: number) => b.percent(value, { digits: 1 });
  const low = Math.min(...shares);
  const high = Math.max(...shares);
  const unit = currencyLabel(currency, locale);
  if (rows.length > MAX_WATERFALL_ROWS) {
    // Dozens of channels × dozens of groups make hundreds of rows nobody reads: each channel's range.
    const range = (values: number[], format: (v: number) => string) => {
      const [from, to] = [Math.min(...values), Math.max(...values)];
      return format(from) === format(to) ? format(from) : `${format(from)} – ${format(to)}`;
    };
    const channelIds = [...new Set(rows.map((r) => r.channelId))];
    b.table(
      'price-waterfall',
      fill(t.captions.waterfallRanges, { channels: channelIds.length, low: share(low), high: share(high) }),
      [col(t.columns.channel), col(t.columns.productGroups, 'right'), col(t.columns.adjustment, 'right'), col(t.columns.topBonus, 'right'), col(t.columns.netShare, 'right'), col(t.columns.marginPercent, 'right')],
      channelIds.map((channelId) => {
        const mine = rows.filter((r) => r.channelId === channelId);
        const margins = mine.flatMap((r) => (r.marginPercent === null ? [] : [r.marginPercent]));
        return {
          cells: [
            b.nameIn(catalogues.channels, channelId),
            String(mine.length),
            range(mine.map((r) => r.adjustmentPercent), (v) => b.percent(v, { signed: true, digits: adjustmentDigits })),
            b.percent(mine[0]!.bonusPercent, { digits: bonusDigits }),
            range(mine.flatMap((r) => keptShare(r) ?? []), share),
            margins.length === 0 ? '–' : range(margins, share),
          ],
        };
      }),
      { rowHeaders: true },
    );
  } else b.table(
    'price-waterfall',
    shares.length > 0 && share(low) !== share(high) ? fill(t.captions.waterfall, { unit, low: share(low), high: share(high) }) : fill(t.captions.waterfallOne, { unit, low: shares.length > 0 ? share(low) : '–' }),
    [
      col(t.columns.channelAndGroup),
      col(t.columns.listPrice, 'right'),
      col(t.columns.adjustment, 'right'),
      col(t.columns.invoicePrice, 'right'),
      col(t.columns.topBonus, 'right'),
      col(t.columns.netPrice, 'right'),
      col(t.columns.unitCost, 'right'),
      col(t.columns.margin, 'right'),
      col(t.columns.marginPercent, 'right'),
    ],
    // Each channel heads its block of product groups in a row of its own: the names get the width.
    rows.flatMap((r, i) => [
      ...(rows[i - 1]?.channelId === r.channelId ? [] : [{ cells: [b.nameIn(catalogues.channels, r.channelId), ...Array<string>(8).fill('')] }]),
      {
        cells: [
          fill(t.values.exceptionOf, { what: b.nameIn(catalogues.productGroups, r.productGroupId) }),
          money(r.listPrice),
          b.percent(r.adjustmentPercent, { signed: true, digits: adjustmentDigits }),
          money(r.invoicePrice),
          b.percent(r.bonusPercent, { digits: bonusDigits }),
          money(r.netPrice),
          money(r.unitCost),
          money(r.margin),
          r.marginPercent === null ? '–' : b.percent(r.marginPercent, { digits: 1 }),
        ],
      },
    ]),
    { rowHeaders: true },
  );

  const { bars, averaged } = waterfallChartBars(rows, (list, id) => b.nameIn(catalogues[list], id));
  if (bars.length === 0) return;
  const kept = bars.map((bar) => ({ name: bar.label, share: (bar.netPrice / bar.listPrice) * 100 }));
  const lowest = kept.reduce((a, c) => (c.share < a.share ? c : a));
  const highest = kept.reduce((a, c) => (c.share > a.share ? c : a));
  const v = t.values;
  b.figure(
    'chart-price-waterfall',
    {
      text: `${share(lowest.share) === share(highest.share) ? fill(t.captions.waterfallChartOne, { low: share(lowest.share) }) : fill(t.captions.waterfallChart, { low: share(lowest.share), lowName: lowest.name, high: share(highest.share), highName: highest.name })}.`,
      source: `${averaged ? `${t.captions.waterfallAveraged}. ` : ''}${fill(t.captions.waterfallSource, { section: pricingSection(b) })}.`,
    },
    waterfallChartData(bars, {
      currency,
      locale,
      texts: { unitCost: v.waterfallUnitCost, margin: v.waterfallMargin, loss: v.waterfallLoss, netPrice: v.waterfallNet, bonus: v.waterfallBonus, discount: v.waterfallDiscount },
    }),
  );
}
