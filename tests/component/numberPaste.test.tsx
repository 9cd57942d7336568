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
