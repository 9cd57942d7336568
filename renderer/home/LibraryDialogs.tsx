import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../shared/api/contract';

export function RenameDialog({ entry, onClose, onRename }: { entry: LibraryEntry | null; onClose(): void; onRename(entry: LibraryEntry, title: string): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  useEffect(() => setTitle(entry?.title ?? ''), [entry]);
  const empty = title.trim() === '';
  return (
    <Modal opened={entry !== null} onClose={onClose} title={t('home.rename.title')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (entry && !empty) onRename(entry, title.trim());
        }}
      >
        <Stack>
          <TextInput label={t('home.rename.label')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={empty ? t('newProject.titleRequired') : undefined} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={empty}>
              {t('common.rename')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ConfirmDeleteDialog({ entry, onClose, onConfirm }: { entry: LibraryEntry | null; onClose(): void; onConfirm(entry: LibraryEntry): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={entry !== null} onClose={onClose} title={t('home.delete.title')} centered>
      <Stack>
        <Text size="sm">{t('home.delete.body', { title: entry?.title ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => entry && onConfirm(entry)}>
            {t('home.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
