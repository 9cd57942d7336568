import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePercent } from '../../shared/parseNumber';

/** The decimal mark and digit grouping of a locale: "1 234,5" in Hungarian, "1,234.5" in English. */
export function numberSeparators(language: string): { decimalSeparator: string; thousandSeparator: string } {
  const parts = new Intl.NumberFormat(language).formatToParts(12345.6);
  return { decimalSeparator: parts.find((p) => p.type === 'decimal')?.value ?? '.', thousandSeparator: parts.find((p) => p.type === 'group')?.value ?? ',' };
}

/** Whether the text being typed is the value the field holds ("33." is 33; "-" is no number yet). */
function draftShows(draft: string, value: NumberInputProps['value']): boolean {
  const number = Number.parseFloat(draft);
  if (Number.isFinite(number)) return value === number;
  return value === '' || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * A number field that reads and shows numbers the way the interface language writes them. Pass
 * `thousandSeparator` (any value) to group digits; the locale decides the characters.
 *
 * A number on its way ("33." before the 3, "0.0" before the 5, "-") reaches the field as text:
 * the field keeps showing it, and its owner gets the number it starts with, so typing 12.5 does
 * not lose the point (and with it everything before the 5).
 */
export function LocaleNumberInput({ thousandSeparator, onPaste, onChange, onBlur, value, ...props }: NumberInputProps) {
  const { i18n } = useTranslation();
  const separators = numberSeparators(i18n.language);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <NumberInput
      {...props}
      value={draft !== null && draftShows(draft, value) ? draft : value}
      onChange={(next) => {
        if (typeof next === 'string' && next !== '') {
          setDraft(next);
          const number = Number.parseFloat(next);
          onChange?.(Number.isFinite(number) ? number : next);
          return;
        }
        setDraft(null);
        onChange?.(next);
      }}
      onBlur={(event) => {
        setDraft(null);
        onBlur?.(event);
      }}
      decimalSeparator={separators.decimalSeparator}
      thousandSeparator={thousandSeparator ? separators.thousandSeparator : undefined}
      // A pasted figure is read as a person writes it ("190 000 000 Ft", "€1,200", "(1,200)",
      // "12%"), not character by character; what is not a number is left to the field as usual.
      onPaste={(event) => {
        onPaste?.(event);
        const pasted = parsePercent(event.clipboardData.getData('text/plain'), i18n.language);
        if (pasted === null || event.defaultPrevented) return;
        event.preventDefault();
        setDraft(null);
        onChange?.(pasted);
      }}
    />
  );
}
