import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, parseYearCell } from '../../shared/parseNumber';

describe('reading typed and pasted numbers', () => {
  it('reads English numbers', () => {
    expect(['1,234.5', '1234.5', ' 1 234.5 ', '-8', '+3.5', '0', '.5'].map((t) => parseLocaleNumber(t, 'en'))).toEqual([1234.5, 1234.5, 1234.5, -8, 3.5, 0, 0.5]);
  });

  it('reads Hungarian numbers, with any kind of space as grouping', () => {
    expect(['1 234,5', '1\u00a0234,5', '1\u202f234', '−8', '12,75'].map((t) => parseLocaleNumber(t, 'hu'))).toEqual([1234.5, 1234.5, 1234, -8, 12.75]);
  });

  it('refuses what is not a number', () => {
    expect(['', 'abc', '1.2.3', '12a', '--1'].map((t) => parseLocaleNumber(t, 'en'))).toEqual([null, null, null, null, null]);
    expect(parseLocaleNumber('1.234,5', 'hu')).toBeNull();
  });

  it('tells growth from amounts in later-year cells', () => {
    expect(parseYearCell('+9 %', 'en')).toEqual({ mode: 'growth', value: 9 });
    expect(parseYearCell('-2,5%', 'hu')).toEqual({ mode: 'growth', value: -2.5 });
    expect(parseYearCell('4 500 000', 'en')).toEqual({ mode: 'amount', value: 4_500_000 });
    expect(parseYearCell('-5', 'en')).toBeNull();
    expect(parseYearCell('x%', 'en')).toBeNull();
  });
});
