/**
 * Small arithmetic shared by the Part C calculators. Their results print in the document, so
 * they must never be NaN or Infinity: a division by zero says "cannot be computed" with null.
 */

/** a ÷ b, or null when b is zero or either side is not a finite number. */
export function ratio(a: number, b: number): number | null {
  if (b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  const value = a / b;
  return Number.isFinite(value) ? value : null;
}

/**
 * Rounds up to a whole number, forgiving the last bits of floating-point noise: 1200 ÷ 600 may
 * come out as 2.0000000000000004, which must need 2 people, not 3.
 */
export function ceilWhole(value: number): number {
  const nearest = Math.round(value);
  // Relative, so that a tiny positive need still rounds up to one rather than down to none.
  return Math.abs(value - nearest) <= 8 * Number.EPSILON * Math.abs(value) ? nearest : Math.ceil(value);
}

/** Negative counts and amounts make no sense in a plan; they count as zero. */
export const nonNegative = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);
