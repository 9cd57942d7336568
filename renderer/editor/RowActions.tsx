import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  /** How the row reads in the menu's labels: "Goal 2". */
  label: string;
  /** Absent for rows that keep their order; a null move cannot happen (first or last row). */
  move?: { up: (() => void) | null; down: (() => void) | null };
  /** Adds a row below this one (in tables). */
  onInsertBelow?(): void;
  onRemove(): void;
}

/**
 * A row's actions behind one button: add below, move up or down, remove. One Tab stop per row
 * instead of three, so the keyboard crosses a list quickly; a move that cannot happen is disabled.
 */
export function RowActions({ label, move, onInsertBelow, onRemove }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('rows.menuLabel', { row: label })}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {onInsertBelow && (
          <Menu.Item leftSection={<IconPlus size={14} />} onClick={onInsertBelow}>
            {t('rows.insertBelow')}
          </Menu.Item>
        )}
        {move && (
          <>
            <Menu.Item leftSection={<IconArrowUp size={14} />} disabled={!move.up} onClick={move.up ?? undefined}>
              {t('rows.moveUpLabel', { row: label })}
            </Menu.Item>
            <Menu.Item leftSection={<IconArrowDown size={14} />} disabled={!move.down} onClick={move.down ?? undefined}>
              {t('rows.moveDownLabel', { row: label })}
            </Menu.Item>
          </>
        )}
        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onRemove}>
          {t('rows.removeLabel', { row: label })}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
