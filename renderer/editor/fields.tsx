import { Checkbox, MultiSelect, Select, Textarea, TextInput, type ComboboxItem } from '@mantine/core';
import { useState } from 'react';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { minorUnitDigits, toMajor, toMinor } from '../../shared/money';
import { plainFromRichText, richTextFromPlain, type RichText } from '../../shared/text/richText';
import { LabeledSegmented } from '../components/LabeledSegmented';
import { useFieldPath } from './FieldPath';
import { useFixTarget } from './fixTarget';
import { useFieldLayout } from './fieldLayout';
import { LocaleNumberInput } from '../components/LocaleNumberInput';
import { LocaleDateInput } from '../components/dates';

/** Props every form field takes: its place in the form, and what the user reads. */
interface FieldProps {
  name: string;
  label: string;
  description?: string;
  placeholder?: string;
  required?: boolean;
}

/**
 * The controller of a form field, and the props every input here shares: its label and hint,
 * the required mark, the translated error, the field's project path, blur and ref.
 */
function useField({ name, label, description, placeholder, required }: FieldProps) {
  const { control } = useFormContext<FieldValues>();
  const { field, fieldState } = useController({ control, name: name as Path<FieldValues> });
  const dataField = useFieldPath(name);
  const target = useFixTarget();
  // No message on a field nobody has touched yet (a new empty row is not an error), unless a
  // "Fix" link opened the chapter to show what is wrong. Typed in or left, it says what it lacks.
  const [initial] = useState(() => JSON.stringify(field.value));
  const shown = fieldState.isTouched || target !== null || JSON.stringify(field.value) !== initial;
  const error = useErrorText(shown ? fieldState.error?.message : undefined);
  // In a table the column header is the label: the input keeps it as its name, the hint goes to the header.
  const inCell = useFieldLayout() === 'cell';
  const common = inCell
    ? { 'aria-label': label, placeholder, error, 'data-field': dataField, onBlur: field.onBlur, ref: field.ref, size: 'sm' as const }
    : { label, description, placeholder, withAsterisk: required, error, 'data-field': dataField, onBlur: field.onBlur, ref: field.ref };
  return { field, error, dataField, common };
}

/** Schema messages that are translation keys ("validation.required") in the UI language. */
export function useErrorText(message: string | undefined): string | undefined {
  const { t } = useTranslation();
  return message?.startsWith('validation.') ? t(message as 'validation.required') : message;
}

export function FormTextInput({ name, label, description, placeholder, required }: FieldProps) {
  const { field, common } = useField({ name, label, description, placeholder, required });
  return (
    <TextInput
      {...common}
      value={(field.value as string) ?? ''}
      onChange={(e) => field.onChange(e.currentTarget.value)}
    />
  );
}

export function FormTextarea({ name, label, description, placeholder, required, minRows = 2 }: FieldProps & { minRows?: number }) {
  const { field, common } = useField({ name, label, description, placeholder, required });
  return (
    <Textarea
      {...common}
      autosize
      minRows={minRows}
      maxRows={12}
      value={(field.value as string) ?? ''}
      onChange={(e) => field.onChange(e.currentTarget.value)}
    />
  );
}

/** A calendar date in the interface language's form, or none: an empty box is saved as null ("no date yet"), not as "". */
export function FormDateInput({ name, label, description, required }: Omit<FieldProps, 'placeholder'>) {
  const { field, common } = useField({ name, label, description, required });
  return <LocaleDateInput {...common} clearable value={(field.value as string | null) || null} onChange={(next) => field.onChange(next ? String(next) : null)} />;
}

/**
 * Numbers: an empty box is not a number, so it is not saved until filled — unless the field is
 * `nullable`, where empty means "none".
 */
export function FormNumberInput({ name, label, description, placeholder, required, min, max, decimals = 2, suffix, prefix, nullable = false, grouping = true }: FieldProps & { min?: number; max?: number; decimals?: number; suffix?: string; prefix?: string; nullable?: boolean; grouping?: boolean }) {
  const { field, common } = useField({ name, label, description, placeholder, required });
  const value = field.value as number | null | undefined;
  return (
    <LocaleNumberInput
      {...common}
      min={min}
      max={max}
      clampBehavior="none"
      decimalScale={decimals}
      allowDecimal={decimals > 0}
      thousandSeparator={grouping ? ' ' : undefined}
      suffix={suffix}
      prefix={prefix}
      hideControls
      value={value === null || value === undefined || Number.isNaN(value) ? '' : value}
      onChange={(next) => field.onChange(typeof next === 'number' ? next : nullable && next === '' ? null : Number.NaN)}
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}

/** A pick from a list; `clearable` lets the user go back to no choice (stored as ""). */
export function FormSelect({ name, label, description, placeholder, required, data, searchable = true, clearable = false }: FieldProps & { data: ComboboxItem[]; searchable?: boolean; clearable?: boolean }) {
  const { field, common } = useField({ name, label, description, placeholder, required });
  return (
    <Select
      {...common}
      data={data}
      searchable={searchable}
      clearable={clearable}
      allowDeselect={clearable}
      value={(field.value as string) || null}
      onChange={(next) => field.onChange(next ?? '')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function FormMultiSelect({ name, label, description, placeholder, required, data }: FieldProps & { data: ComboboxItem[] }) {
  const { field, common } = useField({ name, label, description, placeholder, required });
  return (
    <MultiSelect
      {...common}
      data={data}
      searchable
      value={(field.value as string[]) ?? []}
      onChange={field.onChange}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function FormSegmented({ name, label, data }: { name: string; label: string; data: ComboboxItem[] }) {
  const { field, dataField } = useField({ name, label });
  return <LabeledSegmented label={label} fieldPath={dataField} data={data.map((d) => ({ value: d.value, label: d.label }))} value={field.value as string} onChange={field.onChange} />;
}

export function FormCheckbox({ name, label, description }: { name: string; label: string; description?: string }) {
  const { field, dataField } = useField({ name, label });
  return <Checkbox label={label} description={description} data-field={dataField} checked={Boolean(field.value)} onChange={(e) => field.onChange(e.currentTarget.checked)} ref={field.ref} />;
}

/**
 * Narrative text: paragraphs separated by a blank line; lines starting with "-" become a bulleted
 * list and "1." a numbered one. Stored as structure, never as HTML.
 */
export function FormRichText({ name, label, description, placeholder, required, minRows = 4 }: FieldProps & { minRows?: number }) {
  const { field, common } = useField({ name, label, description, placeholder, required });
  // The typed text is kept as typed (blank lines, a list being started); the project gets its structure.
  const [text, setText] = useState(() => plainFromRichText((field.value as RichText) ?? []));
  return (
    <Textarea
      {...common}
      autosize
      minRows={minRows}
      maxRows={20}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        field.onChange(richTextFromPlain(e.currentTarget.value));
      }}
    />
  );
}

/** Money typed in major units (forints, euros), kept in minor units so sums stay exact. */
export function FormMoneyInput({ name, label, description, placeholder, required, currency, nullable }: FieldProps & { currency: string; nullable?: boolean }) {
  const { field, common } = useField({ name, label, description, placeholder, required });
  const digits = minorUnitDigits(currency);
  const minor = field.value as number | null | undefined;
  return (
    <LocaleNumberInput
      {...common}
      min={0}
      decimalScale={digits}
      thousandSeparator=" "
      hideControls
      value={minor === null || minor === undefined || Number.isNaN(minor) ? '' : toMajor(minor, currency)}
      onChange={(next) => field.onChange(typeof next === 'number' ? toMinor(next, currency) : nullable && next === '' ? null : Number.NaN)}
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}
