import { Alert, AppShell, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconRestore } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { findSection } from '../../shared/sections/catalogue';
import { useApi, useMenuCommands } from '../api/ApiProvider';
import { useLibrary } from '../api/queries';
import { routes } from '../app/routes';
import { notifyDone, notifyError } from '../components/notify';
import { ChapterPlaceholder } from './ChapterPlaceholder';
import { DetailsForm } from './details/DetailsForm';
import { SectionNavigation } from './SectionNavigation';
import { StatusBar } from './StatusBar';
import { useOpenProject, useSessionSnapshot } from './useProjectSession';
import type { ProjectSession } from './projectSession';
import type { OpenedProject } from '../../shared/api/contract';

export function ProjectScreen({ id, sectionId }: { id: string; sectionId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [, navigate] = useLocation();
  const state = useOpenProject(id);
  const library = useLibrary();
  const backupAvailable = library.data?.find((entry) => entry.id === id)?.backupAvailable ?? false;

  if (state.kind === 'loading') {
    return (
      <Center h="100%">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (state.kind === 'failed') {
    const first = state.error.issues?.[0];
    return (
      <Center h="100%" p="xl">
        <Stack maw={720}>
          <Alert color="red" title={t('project.loadFailed')} data-testid="load-error">
            <Stack gap="xs">
              <Text size="sm">{state.error.message}</Text>
              {first && <Text size="sm">{t('errors.firstProblem', { path: first.path, message: first.message })}</Text>}
            </Stack>
          </Alert>
          <Group>
            <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate(routes.home())}>
              {t('project.backToLibrary')}
            </Button>
            {backupAvailable && (
            <Button
              variant="light"
              leftSection={<IconRestore size={16} />}
              onClick={async () => {
                const restored = await api['project:restoreBackup']({ id });
                if (!restored.ok) return notifyError(t, restored.error);
                notifyDone(t('home.notices.restored', { title: restored.value.title }));
                navigate(routes.home());
              }}
            >
              {t('home.restoreBackup')}
            </Button>
            )}
          </Group>
        </Stack>
      </Center>
    );
  }
  return <OpenProjectView session={state.session} opened={state.opened} sectionId={sectionId} />;
}

function OpenProjectView({ session, opened, sectionId }: { session: ProjectSession; opened: OpenedProject; sectionId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const onMenuCommand = useMenuCommands();
  const [, navigate] = useLocation();
  const { project } = useSessionSnapshot(session);
  const section = findSection(sectionId) ?? findSection('details')!;

  useEffect(
    () =>
      onMenuCommand(async (command) => {
        if (command === 'file:close') navigate(routes.home());
        if (command === 'file:saveCopy') {
          await session.flush();
          const result = await api['project:saveCopy']({ id: session.id });
          if (!result.ok) notifyError(t, result.error);
          else notifyDone(t('home.notices.savedCopy', { path: result.value.path }));
        }
      }),
    [onMenuCommand, navigate, session, api, t],
  );

  return (
    <AppShell navbar={{ width: 300, breakpoint: 0 }} footer={{ height: 36 }} padding={0}>
      <AppShell.Navbar>
        <SectionNavigation project={project} projectId={session.id} activeSectionId={section.id} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Stack p="xl" maw={960} gap="lg">
          {opened.readOnly && <Alert color="yellow">{t('project.readOnlyBanner')}</Alert>}
          {opened.migratedFrom !== null && <Alert color="blue">{t('project.migratedBanner')}</Alert>}
          {section.id === 'details' ? <DetailsForm session={session} /> : <ChapterPlaceholder section={section} project={project} />}
        </Stack>
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar session={session} />
      </AppShell.Footer>
    </AppShell>
  );
}
