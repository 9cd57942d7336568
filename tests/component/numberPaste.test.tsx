import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleNumberInput } from '../../renderer/components/LocaleNumberInput';
import { renderWithApp } from './render';

function Field({ onValue }: { onValue(value: number | string): void }) {
  const [value, setValue] = useState<number | string>('');
  return (
    <LocaleNumberInput
      aria-label="Amount"
      value={value}
      thousandSeparator=" "
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}

afterEach(() => i18next.changeLanguage('en'));

describe('pasting a figure into a number field', () => {
  it('reads it as a Hungarian spreadsheet writes it, currency and all', async () => {
    await i18next.changeLanguage('hu');
    const values: (number | string)[] = [];
    renderWithApp(<Field onValue={(v) => values.push(v)} />, {});
    await userEvent.click(screen.getByLabelText('Amount'));
    await userEvent.paste('190\u00a0000\u00a0000 Ft');
    expect(values.at(-1)).toBe(190_000_000);
    expect((screen.getByLabelText('Amount') as HTMLInputElement).value.replace(/\s/g, ' ')).toBe('190 000 000');
  });

  it('reads an English figure with its currency symbol, and brackets as negative', async () => {
    const values: (number | string)[] = [];
    renderWithApp(<Field onValue={(v) => values.push(v)} />, {});
    await userEvent.click(screen.getByLabelText('Amount'));
    await userEvent.paste('€1,200');
    expect(values.at(-1)).toBe(1200);
    await userEvent.clear(screen.getByLabelText('Amount'));
    await userEvent.paste('(1,200.50)');
    expect(values.at(-1)).toBe(-1200.5);
  });
});

/** A field as the forms hold it: a number or nothing, any text that is not a number yet dropped (as FormNumberInput does). */
function NumberField({ onValue, suffix }: { onValue(value: number | null): void; suffix?: string }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <LocaleNumberInput
      aria-label="Share"
      value={value === null || Number.isNaN(value) ? '' : value}
      suffix={suffix}
      decimalScale={4}
      onChange={(next) => {
        const number = typeof next === 'number' ? next : next === '' ? null : Number.NaN;
        setValue(number);
        onValue(number);
      }}
    />
  );
}

describe('typing a number with decimals', () => {
  it('keeps the decimal point while the digits after it are typed, with a suffix after the number', async () => {
    const values: (number | null)[] = [];
    renderWithApp(<NumberField suffix=" %" onValue={(v) => values.push(v)} />, {});
    const input = screen.getByLabelText('Share') as HTMLInputElement;
    await userEvent.click(input);
    await userEvent.keyboard('12.5');
    expect(input.value).toBe('12.5 %');
    expect(values.at(-1)).toBe(12.5);
    // The point alone leaves the number as it was, not emptied.
    expect(values.some((v) => Number.isNaN(v))).toBe(false);
    await userEvent.clear(input);
    await userEvent.keyboard('0.05');
    expect(values.at(-1)).toBe(0.05);
  });

  it('keeps the Hungarian decimal comma', async () => {
    await i18next.changeLanguage('hu');
    const values: (number | null)[] = [];
    renderWithApp(<NumberField onValue={(v) => values.push(v)} />, {});
    const input = screen.getByLabelText('Share') as HTMLInputElement;
    await userEvent.click(input);
    await userEvent.keyboard('33,3333');
    expect(input.value).toBe('33,3333');
    expect(values.at(-1)).toBe(33.3333);
  });
});
