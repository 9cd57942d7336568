import { ActionIcon, Button, Group, Pagination, Table, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { Fragment, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFieldArray, useFormContext, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldPath } from './FieldPath';
import { RowActions } from './RowActions';
import { FieldLayoutProvider } from './fieldLayout';
import { useFixTarget, useRowFromFix } from './fixTarget';

export interface RowsTableColumn {
  /** The column header, which is also every cell's accessible name. */
  label: string;
  /** A hint, shown as the header's tooltip. */
  hint?: string;
  required?: boolean;
  /** Width in px, or a share ("30%"); the rest share what is left. */
  width?: number | string;
  cell(index: number): ReactNode;
}

interface RowsTableProps<Row> {
  /** The form path of the list, e.g. "creditPolicy.terms". */
  name: string;
  /** How one row reads to a screen reader and in its menu: "Terms 2". */
  rowLabel(index: number): string;
  addLabel: string;
  emptyText: string;
  newRow(): Row;
  columns: RowsTableColumn[];
  /** Fields that need room (long text, the rule's owner and date): in a panel the row opens. */
  details?(index: number): ReactNode;
  /** Something to show before the first column (a rule's reference). */
  lead?(index: number): ReactNode;
  canRemove?(index: number): boolean;
  reorderable?: boolean;
  /**
   * Rows a page: a list that can run to thousands (key accounts) shows one page at a time, as
   * every row is a set of live fields. Without it every row shows.
   */
  pageSize?: number;
}

const formatCount = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);

const isPlainInput = (target: HTMLElement) =>
  target instanceof HTMLInputElement && target.getAttribute('aria-haspopup') === null && target.type !== 'checkbox' && target.type !== 'radio';

/**
 * A list as a table to type across, as in a spreadsheet: Tab moves along the row, Enter in the
 * last row adds the next one (elsewhere it moves down), Ctrl+Enter adds a row from anywhere in
 * the table; the row menu moves and removes; long fields open in the row's detail panel. "Add"
 * is above the table, so it is a Tab or two from the sub-part's heading, however long the list.
 */
export function RowsTable<Row extends FieldValues>({ name, rowLabel, addLabel, emptyText, newRow, columns, details, lead, canRemove, reorderable = true, pageSize }: RowsTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext();
  const rows = useFieldArray({ control, name });
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const focusRow = useRef<{ index: number; column: number } | null>(null);
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const path = useFieldPath(name);
  const target = useFixTarget();
  // A "Fix" link to a row of this list opens the page it is on.
  const targetPage = () => {
    const index = target?.path.startsWith(`${path}.`) ? Number(target.path.slice(path.length + 1).split('.')[0]) : Number.NaN;
    return pageSize && Number.isInteger(index) ? Math.floor(index / pageSize) : null;
  };
  const [page, setPage] = useState(() => targetPage() ?? 0);
  // A new link while the chapter is open opens its row's page too (state adjusted while rendering, as React advises).
  const [linked, setLinked] = useState(target);
  if (target !== linked) {
    setLinked(target);
    const at = targetPage();
    if (at !== null) setPage(at);
  }
  const pages = pageSize ? Math.max(1, Math.ceil(rows.fields.length / pageSize)) : 1;
  // Rows removed from the end: the page kept is the last there is, so rows added later do not jump to an old one.
  if (page > pages - 1) setPage(pages - 1);
  const shownPage = Math.min(page, pages - 1);
  const first = pageSize ? shownPage * pageSize : 0;
  const shown = pageSize ? rows.fields.slice(first, first + pageSize) : rows.fields;
  const showPageOf = (index: number) => {
    if (pageSize) setPage(Math.floor(index / pageSize));
  };

  const add = (at = rows.fields.length) => {
    focusRow.current = { index: at, column: 0 };
    showPageOf(at);
    if (at >= rows.fields.length) rows.append(newRow() as never);
    else rows.insert(at, newRow() as never);
  };

  // A "Fix" link for a missing row: added, filled with what the problem names, and focused.
  useRowFromFix(path, (values) => {
    focusRow.current = { index: rows.fields.length, column: 0 };
    showPageOf(rows.fields.length);
    rows.append({ ...newRow(), ...values } as never);
  });

  useEffect(() => {
    if (focusRow.current === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-row="${focusRow.current.index}"]`);
    // The row appears on the render after the one that added it.
    if (!row) return;
    const cells = row.querySelectorAll<HTMLElement>('td[data-cell]');
    const cell = cells[Math.min(focusRow.current.column, cells.length - 1)];
    const input = cell?.querySelector<HTMLElement>('input, textarea, button, [role="radio"]');
    input?.focus();
    // As Tab does: what is in the cell (a new row's 0) is replaced by what is typed.
    if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) input.select();
    row.scrollIntoView({ block: 'nearest' });
    focusRow.current = null;
  });

  // A row moved past the page's edge: the page follows it.
  const move = (from: number, to: number) => {
    rows.move(from, to);
    showPageOf(to);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return;
    const target = event.target as HTMLElement;
    const tr = target.closest<HTMLElement>('tr[data-row]');
    if (!tr) return;
    const index = Number(tr.dataset.row);
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      add(index + 1);
      return;
    }
    // Plain Enter in a plain box (not a list that is choosing, not a multi-line text).
    if (!isPlainInput(target)) return;
    event.preventDefault();
    const column = [...tr.querySelectorAll('td[data-cell]')].findIndex((td) => td.contains(target));
    if (index === rows.fields.length - 1) add();
    else {
      focusRow.current = { index: index + 1, column };
      showPageOf(index + 1);
    }
    setOpen((current) => new Set(current)); // a render, to run the focus effect
  };

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div data-field={path} tabIndex={-1} style={{ outline: 'none' }}>
      <Group justify="space-between" mb={6}>
        <Text size="xs" c="dimmed">
          {rows.fields.length === 0 ? emptyText : t('rows.tableKeys')}
        </Text>
        {pages > 1 && (
          <Group gap="xs">
            <Text size="xs" c="dimmed" aria-live="polite">
              {t('rows.pageOf', { from: formatCount(first + 1, i18n.language), to: formatCount(first + shown.length, i18n.language), total: formatCount(rows.fields.length, i18n.language) })}
            </Text>
            <Pagination size="sm" total={pages} value={shownPage + 1} onChange={(value) => setPage(value - 1)} aria-label={t('rows.pages')} getControlProps={(control) => ({ 'aria-label': t(`rows.pageControl.${control}`) })} getItemProps={(value) => ({ 'aria-label': t('rows.pageNumber', { page: value }) })} />
          </Group>
        )}
        <Button variant="light" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => add()}>
          {addLabel}
        </Button>
      </Group>
      {rows.fields.length > 0 && (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} className="cpb-rows-table">
            <Table.Thead>
              <Table.Tr>
                {(details || lead) && <Table.Th w={(details ? 32 : 0) + (lead ? 56 : 0)} />}
                {columns.map((column) => (
                  <Table.Th key={column.label} w={column.width}>
                    <Tooltip label={column.hint} disabled={!column.hint} multiline w={280} withArrow>
                      <Text size="xs" fw={600} span>
                        {column.label}
                        {column.required && (
                          <Text span c="red.8" aria-hidden>
                            {' *'}
                          </Text>
                        )}
                      </Text>
                    </Tooltip>
                  </Table.Th>
                ))}
                <Table.Th w={40}>
                  <Text size="xs" className="cpb-visually-hidden">
                    {t('common.actions')}
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody ref={bodyRef} onKeyDown={onKeyDown}>
              <FieldLayoutProvider value="cell">
                {shown.map((field, offset) => {
                  const index = first + offset;
                  const expanded = open.has(field.id);
                  const label = rowLabel(index);
                  return (
                    <Fragment key={field.id}>
                      <Table.Tr data-row={index} role="row" aria-label={label}>
                        {(details || lead) && (
                          <Table.Td>
                            <Group gap={2} wrap="nowrap">
                              {details && (
                                <ActionIcon variant="subtle" color="gray" size="sm" aria-expanded={expanded} aria-label={t('rows.detailsLabel', { row: label })} onClick={() => toggle(field.id)}>
                                  {expanded ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                                </ActionIcon>
                              )}
                              {lead?.(index)}
                            </Group>
                          </Table.Td>
                        )}
                        {columns.map((column) => (
                          <Table.Td key={column.label} data-cell>
                            {column.cell(index)}
                          </Table.Td>
                        ))}
                        <Table.Td>
                          <RowActions
                            label={label}
                            onInsertBelow={() => add(index + 1)}
                            move={reorderable ? { up: index > 0 ? () => move(index, index - 1) : null, down: index < rows.fields.length - 1 ? () => move(index, index + 1) : null } : undefined}
                            onRemove={() => {
                              if (canRemove && !canRemove(index)) return;
                              rows.remove(index);
                            }}
                          />
                        </Table.Td>
                      </Table.Tr>
                      {details && expanded && (
                        <Table.Tr>
                          <Table.Td colSpan={columns.length + 2} bg="gray.0">
                            <FieldLayoutProvider value="form">{details(index)}</FieldLayoutProvider>
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  );
                })}
              </FieldLayoutProvider>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
