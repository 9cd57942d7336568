import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useFieldArray, useFormContext, type FieldValues } from 'react-hook-form';
import { RowActions } from './RowActions';
import { useFieldPath } from './FieldPath';
import { useRowFromFix } from './fixTarget';

interface RowsEditorProps<Row> {
  /** The form path of the list, e.g. "items". */
  name: string;
  /** How one row reads to a screen reader and in buttons: "Goal 2". */
  rowLabel(index: number): string;
  addLabel: string;
  emptyText: string;
  newRow(): Row;
  renderRow(index: number): ReactNode;
  /** Asked before a row goes; return false to keep it (e.g. a catalogue entry still in use). */
  canRemove?(index: number): boolean;
  reorderable?: boolean;
}

/**
 * A list of rows with Add, Remove and Move up/down, all reachable by keyboard. A new row gets
 * the focus, so a user can add and fill rows without the mouse.
 */
export function RowsEditor<Row extends FieldValues>({ name, rowLabel, addLabel, emptyText, newRow, renderRow, canRemove, reorderable = true }: RowsEditorProps<Row>) {
  const { control } = useFormContext();
  const rows = useFieldArray({ control, name });
  const listRef = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | null>(null);
  const path = useFieldPath(name);

  // A "Fix" link for a missing row (a channel without credit terms): added, filled, focused.
  useRowFromFix(path, (values) => {
    focusRow.current = rows.fields.length;
    rows.append({ ...newRow(), ...values } as never);
  });

  useEffect(() => {
    if (focusRow.current === null) return;
    const row = listRef.current?.querySelectorAll<HTMLElement>('[data-row]')[focusRow.current];
    // The row appears on the render after the one that added it.
    if (!row) return;
    row.scrollIntoView({ block: 'center' });
    row.querySelector<HTMLElement>('input, textarea, [role="radio"]')?.focus({ preventScroll: true });
    focusRow.current = null;
  });

  return (
    <Stack gap="sm" ref={listRef} data-field={path} tabIndex={-1} style={{ outline: 'none' }}>
      {rows.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      )}
      {rows.fields.map((field, index) => (
        <Paper key={field.id} withBorder p="md" radius="md" data-row={index} role="group" aria-label={rowLabel(index)}>
          <Group justify="space-between" mb="xs" wrap="nowrap">
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {rowLabel(index)}
            </Text>
            <RowActions
              label={rowLabel(index)}
              move={
                reorderable
                  ? { up: index > 0 ? () => rows.move(index, index - 1) : null, down: index < rows.fields.length - 1 ? () => rows.move(index, index + 1) : null }
                  : undefined
              }
              onRemove={() => {
                if (canRemove && !canRemove(index)) return;
                rows.remove(index);
              }}
            />
          </Group>
          {renderRow(index)}
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            focusRow.current = rows.fields.length;
            rows.append(newRow() as never);
          }}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
