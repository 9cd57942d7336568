import { ActionIcon, Alert, Badge, Box, Button, Center, Container, Group, Loader, Menu, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCopy, IconDots, IconFileImport, IconFolderOpen, IconInfoCircle, IconPencil, IconPlus, IconRestore, IconTrash, IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { LibraryEntry } from '../../shared/api/contract';
import type { Settings } from '../../shared/settings';
import { useApi, useMenuCommands } from '../api/ApiProvider';
import { queryKeys, useAppInfo, useLibrary, useSettings } from '../api/queries';
import { AboutDialog } from '../app/AboutDialog';
import { routes } from '../app/routes';
import { formatDateTime } from '../components/format';
import { ErrorDetails } from '../components/ErrorDetails';
import { LanguageMenu } from '../components/LanguageMenu';
import { notifyDone, notifyError } from '../components/notify';
import { ConfirmDeleteDialog, RenameDialog } from './LibraryDialogs';
import { NewProjectDialog } from './NewProjectDialog';

type SortColumn = Settings['librarySort']['column'];
type Sort = Settings['librarySort'];

function sortEntries(entries: LibraryEntry[], sort: Sort, language: string): LibraryEntry[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => sign * collator.compare(a[sort.column], b[sort.column]));
}

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const onMenuCommand = useMenuCommands();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const library = useLibrary();
  const settings = useSettings();
  const appInfo = useAppInfo();
  const [sortChoice, setSortChoice] = useState<Sort | null>(null);
  const sort: Sort = sortChoice ?? settings.data?.librarySort ?? { column: 'updatedAt', direction: 'desc' };
  const [newOpen, setNewOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [renaming, setRenaming] = useState<LibraryEntry | null>(null);
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);
  const [problem, setProblem] = useState<LibraryEntry | null>(null);
  const entries = library.data ?? null;
  const libraryDir = appInfo.data?.libraryDir ?? '';

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.library }), [queryClient]);

  useEffect(() => {
    if (library.error) notifyError(t, library.error.appError);
  }, [library.error, t]);

  const importFile = useCallback(async () => {
    const result = await api['project:import']({});
    if (!result.ok) return notifyError(t, result.error);
    notifyDone(t('home.notices.imported', { title: result.value.title }));
    await refresh();
  }, [api, refresh, t]);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'file:new') setNewOpen(true);
        if (command === 'file:open') void importFile();
      }),
    [onMenuCommand, importFile],
  );

  const changeSort = (column: SortColumn) => {
    const next: Sort = { column, direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc' };
    setSortChoice(next);
    void api['settings:update']({ librarySort: next });
  };

  const sorted = entries ? sortEntries(entries, sort, i18n.language) : [];

  const run = async <T,>(action: Promise<{ ok: true; value: T } | { ok: false; error: Parameters<typeof notifyError>[1] }>, done: (value: T) => string) => {
    const result = await action;
    if (!result.ok) notifyError(t, result.error);
    else notifyDone(done(result.value));
    await refresh();
  };

  const header = (column: SortColumn) => {
    const active = sort.column === column;
    const Arrow = sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton onClick={() => changeSort(column)} aria-label={t('home.sortBy', { column: t(`home.columns.${column}`) })}>
          <Group gap={4} wrap="nowrap">
            <Text fw={600} size="sm">
              {t(`home.columns.${column}`)}
            </Text>
            {active && <Arrow size={14} aria-hidden />}
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Container size="lg" py="xl">
      <Group justify="space-between" align="flex-end" mb="lg">
        <div>
          <Text size="sm" c="teal.8" fw={600}>
            {t('app.name')}
          </Text>
          <Title order={1}>{t('home.title')}</Title>
        </div>
        <Group>
          <Button variant="subtle" color="gray" size="compact-sm" leftSection={<IconInfoCircle size={16} />} onClick={() => setAboutOpen(true)}>
            {t('about.button')}
          </Button>
          <AboutDialog opened={aboutOpen} onClose={() => setAboutOpen(false)} />
          <LanguageMenu />
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => void importFile()}>
            {t('home.openFile')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setNewOpen(true)}>
            {t('home.newPolicy')}
          </Button>
        </Group>
      </Group>

      {entries === null ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : entries.length === 0 ? (
        <Paper withBorder radius="lg" p={48}>
          <Stack align="center" gap="md" maw={560} mx="auto" ta="center">
            <Title order={2}>{t('home.empty.title')}</Title>
            <Text c="dimmed">{t('home.empty.body')}</Text>
            <Button size="md" leftSection={<IconPlus size={18} />} onClick={() => setNewOpen(true)}>
              {t('home.empty.action')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="lg">
          <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                {header('title')}
                {header('companyName')}
                {header('updatedAt')}
                <Table.Th w={60}>
                  <Box component="span" style={{ position: 'absolute', left: -9999 }}>
                    {t('common.actions')}
                  </Box>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((entry) => (
                <Table.Tr key={entry.id} data-testid="library-row">
                  <Table.Td>
                    {entry.state === 'damaged' ? (
                      <Group gap="xs">
                        <Text fw={600}>{entry.fileName}</Text>
                        <Badge color="red" variant="light">
                          {t('home.damaged')}
                        </Badge>
                      </Group>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <UnstyledButton onClick={() => navigate(routes.project(entry.id))}>
                          <Text fw={600} c="dark.7">
                            {entry.title}
                          </Text>
                        </UnstyledButton>
                        {entry.state === 'readOnly' && (
                          <Badge color="yellow" variant="light">
                            {t('home.readOnly')}
                          </Badge>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.companyName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatDateTime(entry.updatedAt, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('home.moreActions', { title: entry.title })}>
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {entry.state === 'damaged' ? (
                          <>
                            <Menu.Item leftSection={<IconFolderOpen size={16} />} onClick={() => setProblem(entry)}>
                              {t('home.showProblem')}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconRestore size={16} />}
                              disabled={!entry.backupAvailable}
                              onClick={() => void run(api['project:restoreBackup']({ id: entry.id }), (e) => t('home.notices.restored', { title: e.title }))}
                            >
                              {t('home.restoreBackup')}
                            </Menu.Item>
                          </>
                        ) : (
                          <>
                            <Menu.Item leftSection={<IconFolderOpen size={16} />} onClick={() => navigate(routes.project(entry.id))}>
                              {t('home.open')}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconCopy size={16} />}
                              onClick={() => void run(api['project:duplicate']({ id: entry.id }), (e) => t('home.notices.duplicated', { title: e.title }))}
                            >
                              {t('home.duplicate')}
                            </Menu.Item>
                            <Menu.Item leftSection={<IconPencil size={16} />} disabled={entry.state !== 'ok'} onClick={() => setRenaming(entry)}>
                              {t('common.rename')}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconDeviceFloppy size={16} />}
                              onClick={() => void run(api['project:saveCopy']({ id: entry.id }), (r) => t('home.notices.savedCopy', { path: r.path }))}
                            >
                              {t('home.saveCopy')}
                            </Menu.Item>
                          </>
                        )}
                        <Menu.Divider />
                        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(entry)}>
                          {t('common.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      {problem?.problem && (
        <Alert color="red" title={t('project.loadFailed')} mt="lg" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setProblem(null)} data-testid="problem-alert">
          <ErrorDetails error={problem.problem} />
        </Alert>
      )}

      {libraryDir && (
        <Text size="xs" c="dimmed" mt="md">
          {t('home.library', { dir: libraryDir })}
        </Text>
      )}

      <NewProjectDialog
        opened={newOpen}
        onClose={() => setNewOpen(false)}
        onCreated={(entry) => {
          setNewOpen(false);
          notifyDone(t('home.notices.created', { title: entry.title }));
          navigate(routes.project(entry.id));
        }}
      />
      <RenameDialog
        entry={renaming}
        onClose={() => setRenaming(null)}
        onRename={async (entry, title) => {
          setRenaming(null);
          await run(api['project:rename']({ id: entry.id, title }), (e) => t('home.notices.renamed', { title: e.title }));
        }}
      />
      <ConfirmDeleteDialog
        entry={deleting}
        onClose={() => setDeleting(null)}
        onConfirm={async (entry) => {
          setDeleting(null);
          await run(api['project:delete']({ id: entry.id }), (r) => t('home.notices.deleted', { file: r.trashedAs }));
        }}
      />
    </Container>
  );
}
