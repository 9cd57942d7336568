import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface Props<T extends string> {
  label: string;
  value: T;
  data: { value: T; label: string; disabled?: boolean }[];
  onChange(value: T): void;
  /** Extra attributes for the control, such as the project path of a form field. */
  fieldPath?: string;
  /** A hint or icon shown under the control. */
  children?: ReactNode;
}

/** A segmented choice with a visible label that names it for screen readers too. */
export function LabeledSegmented<T extends string>({ label, value, data, onChange, fieldPath, children }: Props<T>) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} data-field={fieldPath} value={value} data={data} onChange={(v) => onChange(v as T)} />
      {children}
    </Stack>
  );
}
