import { roundingStep, roundToStep as roundTo } from '../money';
import type { Project, Zone } from '../project/schema';

/**
 * The price policy, computed: the adjustment a channel gets on a product group (its own cell, or
 * the channel's row for all product groups), the unit price a partner pays, and the price
 * waterfall from list price to net price against the unit's direct cost.
 */

type Pricing = Project['policy']['channelRules']['pricing'];
type PolicyParts = Pick<Project, 'catalogues' | 'meta'> & { policy: { channelRules: Pick<Project['policy']['channelRules'], 'pricing' | 'motivation'> } };

export const ALL_PRODUCT_GROUPS = '';

/**
 * The channel's adjustment (signed %) on a product group in a zone: the most specific row wins
 * (group and zone, then group, then all groups in the zone, then all groups); null when none is set.
 */
export function adjustmentFor(pricing: Pick<Pricing, 'adjustments'>, channelId: string, productGroupId: string, zoneId = ''): number | null {
  const find = (group: string, zone: string) => pricing.adjustments.find((a) => a.channelId === channelId && a.productGroupId === group && a.zoneId === zone)?.percent;
  const candidates = zoneId === '' ? [find(productGroupId, ''), find(ALL_PRODUCT_GROUPS, '')] : [find(productGroupId, zoneId), find(productGroupId, ''), find(ALL_PRODUCT_GROUPS, zoneId), find(ALL_PRODUCT_GROUPS, '')];
  return candidates.find((p) => p !== undefined) ?? null;
}


/** The delivery zone a territory is in, if any. */
export function zoneOfTerritory(project: Pick<Project, 'catalogues'>, territoryId: string | null): Zone | null {
  if (territoryId === null) return null;
  return project.catalogues.zones.find((z) => z.territoryIds.includes(territoryId)) ?? null;
}

/** Whether a zone's surcharge is part of the product's price: with zone pricing, in any zone but the base. */
export const surchargeApplies = (pricing: Pick<Pricing, 'basis' | 'baseZoneId'>, zone: Zone | null): zone is Zone => pricing.basis === 'zone' && zone !== null && zone.id !== pricing.baseZoneId;

/**
 * What a unit of the product group costs the channel's partner: the list price, with the zone's
 * surcharge when prices are set by zone and the territory is in a zone other than the base, then
 * the channel's adjustment in the territory's zone (a zone's own adjustment applies with any
 * basis); rounded to the currency's shown step. Null when the product group has no list price.
 * (With ex-works or delivered prices, zone surcharges are delivery charges, not the product's price.)
 */
export function policyUnitPrice(
  project: Pick<Project, 'catalogues' | 'meta'> & { policy: { channelRules: { pricing: Pick<Pricing, 'adjustments' | 'basis' | 'baseZoneId'> } } },
  channelId: string | null,
  productGroupId: string | null,
  territoryId: string | null = null,
): number | null {
  const group = project.catalogues.productGroups.find((g) => g.id === productGroupId);
  if (!group || group.listPrice === null) return null;
  const { currency } = project.meta;
  const zone = zoneOfTerritory(project, territoryId);
  const listed = surchargeApplies(project.policy.channelRules.pricing, zone) ? zonePrice(group.listPrice, zone, currency) : group.listPrice;
  const percent = channelId ? (adjustmentFor(project.policy.channelRules.pricing, channelId, group.id, zone?.id ?? '') ?? 0) : 0;
  return roundTo(listed * (1 + percent / 100), roundingStep(currency));
}

/** One step down from list price to net price, for one channel and product group. */
export interface WaterfallRow {
  channelId: string;
  productGroupId: string;
  listPrice: number;
  /** Signed % (−12 is a 12% discount), and the amount it adds or takes (negative for a discount). */
  adjustmentPercent: number;
  adjustment: number;
  /** What the partner is invoiced. */
  invoicePrice: number;
  /** The highest bonus the channel's schemes pay, as a % of the invoice price, and its amount. */
  bonusPercent: number;
  bonus: number;
  /** What the company keeps per unit after the adjustment and the highest bonus. */
  netPrice: number;
  unitCost: number | null;
  /** Net price less unit cost, and as a share of the net price (null without a unit cost or a net price). */
  margin: number | null;
  marginPercent: number | null;
}

/** The highest percentage reward any scheme rewarding the channel can pay. */
export function topBonusPercent(project: { policy: { channelRules: Pick<Project['policy']['channelRules'], 'motivation'> } }, channelId: string): number {
  const rewards = project.policy.channelRules.motivation.schemes.filter((s) => s.channelId === channelId).flatMap((s) => s.tiers.map((t) => t.rewardPercent ?? 0));
  return Math.max(0, ...rewards);
}

/**
 * The price waterfall for every channel and every product group with a list price, in catalogue
 * order: list price → channel adjustment → invoice price → highest bonus → net price, against
 * the unit cost. The bonus is paid on the invoice price, as partners' bonuses are on their purchases.
 */
export function priceWaterfall(project: PolicyParts): WaterfallRow[] {
  const step = roundingStep(project.meta.currency);
  const { pricing } = project.policy.channelRules;
  const rows: WaterfallRow[] = [];
  for (const channel of project.catalogues.channels) {
    const bonusPercent = topBonusPercent(project, channel.id);
    for (const group of project.catalogues.productGroups) {
      if (group.listPrice === null) continue;
      const adjustmentPercent = adjustmentFor(pricing, channel.id, group.id) ?? 0;
      const invoicePrice = roundTo(group.listPrice * (1 + adjustmentPercent / 100), step);
      const bonus = -roundTo((invoicePrice * bonusPercent) / 100, step) || 0; // never -0
      const netPrice = invoicePrice + bonus;
      const margin = group.unitCost === null ? null : netPrice - group.unitCost;
      rows.push({
        channelId: channel.id,
        productGroupId: group.id,
        listPrice: group.listPrice,
        adjustmentPercent,
        adjustment: invoicePrice - group.listPrice,
        invoicePrice,
        bonusPercent,
        bonus,
        netPrice,
        unitCost: group.unitCost,
        margin,
        marginPercent: margin === null || netPrice === 0 ? null : (margin / netPrice) * 100,
      });
    }
  }
  return rows;
}

/** A zone's price for a unit listed at `listPrice` at the base zone: the surcharge added. */
export function zonePrice(listPrice: number, zone: Zone, currency: string): number {
  const step = roundingStep(currency);
  return zone.surcharge.mode === 'percent' ? roundTo(listPrice * (1 + zone.surcharge.value / 100), step) : listPrice + zone.surcharge.value;
}
