/**
 * Citable rules: each pricing rule, motivation scheme, credit term and document-flow obligation
 * has a number within its kind, printed with the kind's letter ("P-3", "M-2", "C-4", "D-1").
 */
export const RULE_PREFIXES = { pricing: 'P', motivation: 'M', credit: 'C', documents: 'D' } as const;
export type RuleKind = keyof typeof RULE_PREFIXES;

export const ruleLabel = (kind: RuleKind, ref: number): string => `${RULE_PREFIXES[kind]}-${ref}`;

/** The number a new rule gets: one above the highest in its list, so no rule already cited changes. */
export const nextRuleRef = (rules: readonly { ref?: number }[] | undefined): number => Math.max(0, ...(rules ?? []).map((r) => r.ref ?? 0)) + 1;

/**
 * The pricing rules with one for every channel that has an adjustment: a channel priced for the
 * first time gets the next number; existing rules keep theirs.
 */
export function withPricingRules<R extends { channelId: string; ref: number; owner: string; effectiveDate: string | null }>(rules: readonly R[], adjustments: readonly { channelId: string }[]): (R | { channelId: string; ref: number; owner: string; effectiveDate: null })[] {
  const next: (R | { channelId: string; ref: number; owner: string; effectiveDate: null })[] = [...rules];
  for (const { channelId } of adjustments) {
    if (channelId === '' || next.some((r) => r.channelId === channelId)) continue;
    next.push({ channelId, ref: nextRuleRef(next), owner: '', effectiveDate: null });
  }
  return next;
}

/** "P-3": a channel's pricing rule, as the price matrix shows it. */
export const pricingRuleLabel = (ref: number): string => ruleLabel('pricing', ref);
