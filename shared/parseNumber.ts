/**
 * Reads a number as a person types or pastes it in their locale: "1 234,5" in Hungarian,
 * "1,234.5" in English; spaces (also non-breaking and thin ones) are always taken as grouping.
 * Returns null for anything that is not a number.
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let s = text.trim().replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/\u2212/g, '-');
  if (s === '') return null;
  if (group.trim() !== '') s = s.split(group).join('');
  if (decimal !== '.') {
    if (s.includes('.')) return null;
    s = s.replace(decimal, '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** A later-year cell: "+9 %" or "9%" is growth over the previous year; a plain number is an amount. */
export function parseYearCell(text: string, locale: string): { mode: 'growth' | 'amount'; value: number } | null {
  const trimmed = text.trim();
  if (trimmed.endsWith('%')) {
    const value = parseLocaleNumber(trimmed.slice(0, -1), locale);
    return value === null ? null : { mode: 'growth', value };
  }
  const value = parseLocaleNumber(trimmed, locale);
  return value === null || value < 0 ? null : { mode: 'amount', value };
}
