import { Table } from '@mantine/core';

export interface Figure {
  label: string;
  value: string;
  /** How the figure was worked out, in small type beside it. */
  note?: string | undefined;
}

/**
 * A calculator's results: each figure's name, its value right-aligned in tabular digits, and where
 * any figure has one, a note on how it was worked out.
 */
export function FiguresTable({ rows, maxWidth, labelWidth }: { rows: Figure[]; maxWidth: number; labelWidth: string }) {
  const notes = rows.some((row) => row.note !== undefined);
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={4} maw={maxWidth}>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th w={labelWidth} fw={400} bg="transparent">
              {row.label}
            </Table.Th>
            <Table.Td ta="right" fw={600} w={notes ? 90 : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {row.value}
            </Table.Td>
            {notes && (
              <Table.Td c="dimmed" fz="xs">
                {row.note}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
