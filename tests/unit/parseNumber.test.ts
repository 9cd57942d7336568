import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, parsePercent, parseYearCell } from '../../shared/parseNumber';

describe('reading typed and pasted numbers', () => {
  it('reads English numbers', () => {
    expect(['1,234.5', '1234.5', ' 1 234.5 ', '-8', '+3.5', '0', '.5'].map((t) => parseLocaleNumber(t, 'en'))).toEqual([1234.5, 1234.5, 1234.5, -8, 3.5, 0, 0.5]);
  });

  it('reads Hungarian numbers, with any kind of space as grouping', () => {
    expect(['1 234,5', '1\u00a0234,5', '1\u202f234', '−8', '12,75'].map((t) => parseLocaleNumber(t, 'hu'))).toEqual([1234.5, 1234.5, 1234, -8, 12.75]);
  });

  it('reads numbers as spreadsheets paste them: with a currency, negatives in brackets, Excel’s dot grouping in Hungarian', () => {
    expect(['190 000 000 Ft', '190\u00a0000\u00a0000\u00a0Ft', '1.234.567,5', '(1 200)', 'HUF 4 500', '4 500 HUF', '-2 500 Ft', '1 200 €'].map((t) => parseLocaleNumber(t, 'hu'))).toEqual([
      190_000_000, 190_000_000, 1_234_567.5, -1200, 4500, 4500, -2500, 1200,
    ]);
    expect(['€1,200', '$1,200.50', '-€1,200', '€-1,200', '(1,200)', 'EUR 1,200', '1,200 USD', '£3'].map((t) => parseLocaleNumber(t, 'en'))).toEqual([1200, 1200.5, -1200, -1200, -1200, 1200, 1200, 3]);
    expect(parseLocaleNumber('1 200 руб.', 'ru')).toBe(1200);
  });

  it('refuses what is not a number, and grouping that is not in threes rather than guess', () => {
    expect(['', 'abc', '1.2.3', '12a', '--1', '1.234,5', '1,2', 'Ft', '(-5)', 'ABC 12'].map((t) => parseLocaleNumber(t, 'en'))).toEqual([null, null, null, null, null, null, null, null, null, null]);
    expect(['1.23,5', '1,2,3', '12.5'].map((t) => parseLocaleNumber(t, 'hu'))).toEqual([null, null, null]);
  });

  it('reads back every number and amount as the locale prints it, with or without its currency', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'hu', 'de', 'ru', 'en-GB'), fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 2 }), (locale, minor, digits) => {
        const value = minor / 10 ** digits;
        const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
        const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: digits }).format(value);
        expect(parseLocaleNumber(plain, locale)).toBeCloseTo(value, 6);
        expect(parseLocaleNumber(money, locale)).toBeCloseTo(value, 6);
      }),
    );
  });

  it('reads percents with or without the sign', () => {
    expect(['12%', '12 %', '-2,5 %', '7'].map((t) => parsePercent(t, 'hu'))).toEqual([12, 12, -2.5, 7]);
  });

  it('tells growth from amounts in later-year cells', () => {
    expect(parseYearCell('+9 %', 'en')).toEqual({ mode: 'growth', value: 9 });
    expect(parseYearCell('-2,5%', 'hu')).toEqual({ mode: 'growth', value: -2.5 });
    expect(parseYearCell('4 500 000', 'en')).toEqual({ mode: 'amount', value: 4_500_000 });
    expect(parseYearCell('4 500 000 Ft', 'hu')).toEqual({ mode: 'amount', value: 4_500_000 });
    expect(parseYearCell('-5', 'en')).toBeNull();
    expect(parseYearCell('x%', 'en')).toBeNull();
  });
});
