import type { WaterfallBar } from '../charts/definitions';
import type { WaterfallRow } from './prices';

/** The most bars the waterfall chart draws one per channel and product group (about half a page). */
const MAX_WATERFALL_BARS = 8;
/** Shares are averaged on this list price, so the average bar reads in % like the others. */
const AVERAGE_BASE = 1_000_000;

/**
 * One row per channel whose prices are its product groups' average shares of their list prices
 * (on a list price of AVERAGE_BASE); a channel's unit cost is known only when every group's is.
 */
function averagedByChannel(rows: readonly WaterfallRow[]): WaterfallRow[] {
  const channels = [...new Set(rows.map((r) => r.channelId))];
  return channels.flatMap((channelId) => {
    const mine = rows.filter((r) => r.channelId === channelId && r.listPrice > 0);
    if (mine.length === 0) return [];
    const mean = (pick: (r: WaterfallRow) => number) => (mine.reduce((a, r) => a + pick(r) / r.listPrice, 0) / mine.length) * AVERAGE_BASE;
    const costed = mine.every((r) => r.unitCost !== null);
    return [{ ...mine[0]!, listPrice: AVERAGE_BASE, invoicePrice: mean((r) => r.invoicePrice), bonus: mean((r) => r.bonus), netPrice: mean((r) => r.netPrice), unitCost: costed ? mean((r) => r.unitCost!) : null }];
  });
}

/**
 * The bars of the price-waterfall chart, for the document and the editor alike. One bar per
 * channel when its product groups split their list prices alike (or there is one group); otherwise
 * one per channel and group, so no bar averages away a difference — unless that is more than a
 * half page of bars, when each channel gets one bar averaging its groups (`averaged`: say so).
 */
export function waterfallChartBars(rows: readonly WaterfallRow[], nameOf: (list: 'channels' | 'productGroups', id: string) => string): { bars: WaterfallBar[]; averaged: boolean } {
  const alike = (a: WaterfallRow, c: WaterfallRow) =>
    a.adjustmentPercent === c.adjustmentPercent && (a.unitCost === null) === (c.unitCost === null) && (a.unitCost === null || c.unitCost === null || Math.abs(a.unitCost / a.listPrice - c.unitCost / c.listPrice) < 1e-9);
  const channels = [...new Set(rows.map((r) => r.channelId))];
  const byChannel = channels.every((channelId) => {
    const mine = rows.filter((r) => r.channelId === channelId);
    return mine.every((r) => alike(r, mine[0]!));
  });
  const averaged = !byChannel && rows.length > MAX_WATERFALL_BARS;
  const chosen = byChannel ? rows.filter((r, i) => rows.findIndex((x) => x.channelId === r.channelId) === i) : averaged ? averagedByChannel(rows) : rows;
  const label = (r: WaterfallRow) => (byChannel || averaged ? nameOf('channels', r.channelId) : `${nameOf('channels', r.channelId)} – ${nameOf('productGroups', r.productGroupId)}`);
  const bars = chosen.filter((r) => r.listPrice > 0).map((r) => ({ label: label(r), listPrice: r.listPrice, invoicePrice: r.invoicePrice, bonus: r.bonus, netPrice: r.netPrice, unitCost: r.unitCost }));
  return { bars, averaged };
}
