import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parsePercent } from '../../shared/parseNumber';

/** The decimal mark and digit grouping of a locale: "1 234,5" in Hungarian, "1,234.5" in English. */
export function numberSeparators(language: string): { decimalSeparator: string; thousandSeparator: string } {
  const parts = new Intl.NumberFormat(language).formatToParts(12345.6);
  return { decimalSeparator: parts.find((p) => p.type === 'decimal')?.value ?? '.', thousandSeparator: parts.find((p) => p.type === 'group')?.value ?? ',' };
}

/**
 * A number field that reads and shows numbers the way the interface language writes them. Pass
 * `thousandSeparator` (any value) to group digits; the locale decides the characters.
 */
export function LocaleNumberInput({ thousandSeparator, onPaste, ...props }: NumberInputProps) {
  const { i18n } = useTranslation();
  const separators = numberSeparators(i18n.language);
  return (
    <NumberInput
      {...props}
      decimalSeparator={separators.decimalSeparator}
      thousandSeparator={thousandSeparator ? separators.thousandSeparator : undefined}
      // A pasted figure is read as a person writes it ("190 000 000 Ft", "€1,200", "(1,200)",
      // "12%"), not character by character; what is not a number is left to the field as usual.
      onPaste={(event) => {
        onPaste?.(event);
        const value = parsePercent(event.clipboardData.getData('text/plain'), i18n.language);
        if (value === null || event.defaultPrevented) return;
        event.preventDefault();
        props.onChange?.(value);
      }}
    />
  );
}
