import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  /** How the row reads in the buttons' labels: "Goal 2". */
  label: string;
  /** Absent for rows that keep their order; a null move cannot happen (first or last row). */
  move?: { up: (() => void) | null; down: (() => void) | null };
  onRemove(): void;
}

/** Move up, move down and remove for one row; a move that cannot happen is disabled. */
export function RowActions({ label, move, onRemove }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {move && (
        <>
          <Tooltip label={t('rows.moveUp')}>
            <ActionIcon variant="subtle" color="gray" disabled={!move.up} aria-label={t('rows.moveUpLabel', { row: label })} onClick={move.up ?? undefined}>
              <IconArrowUp size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('rows.moveDown')}>
            <ActionIcon variant="subtle" color="gray" disabled={!move.down} aria-label={t('rows.moveDownLabel', { row: label })} onClick={move.down ?? undefined}>
              <IconArrowDown size={16} />
            </ActionIcon>
          </Tooltip>
        </>
      )}
      <Tooltip label={t('rows.remove')}>
        <ActionIcon variant="subtle" color="red" aria-label={t('rows.removeLabel', { row: label })} onClick={onRemove}>
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
