import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../shared/api/contract';
import { AppModal } from '../components/AppModal';

interface RenameProps {
  entry: LibraryEntry | null;
  onClose(): void;
  onRename(entry: LibraryEntry, title: string): void;
}

export function RenameDialog({ entry, onClose, onRename }: RenameProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={entry !== null} onClose={onClose} title={t('home.rename.title')} centered>
      {entry && <RenameForm key={entry.id} entry={entry} onClose={onClose} onRename={onRename} />}
    </AppModal>
  );
}

function RenameForm({ entry, onClose, onRename }: RenameProps & { entry: LibraryEntry }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(entry.title);
  const empty = title.trim() === '';
  return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!empty) onRename(entry, title.trim());
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
  );
}

export function ConfirmDeleteDialog({ entry, onClose, onConfirm }: { entry: LibraryEntry | null; onClose(): void; onConfirm(entry: LibraryEntry): void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={entry !== null} onClose={onClose} title={t('home.delete.title')} centered>
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
    </AppModal>
  );
}
