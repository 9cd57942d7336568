import { ActionIcon, Alert, AppShell, Button, Center, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconArrowLeft, IconBulb, IconFileExport, IconRestore } from '@tabler/icons-react';
import { ErrorDetails } from '../components/ErrorDetails';
import { LanguageMenu } from '../components/LanguageMenu';
import { ExportDialog } from '../export/ExportDialog';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { findSection, SECTIONS, type SectionId } from '../../shared/sections/catalogue';
import { CHAPTER_FORMS } from '../chapters/registry';
import { GuidanceModeProvider, GuidancePanel, type GuidanceMode } from './GuidancePanel';
import { useMediaQuery } from '@mantine/hooks';
import { ReviewScreen } from './ReviewScreen';
import { DocumentPreview } from '../preview/DocumentPreview';
import { useApi, useMenuCommands } from '../api/ApiProvider';
import { useLibrary } from '../api/queries';
import { parseFocus, routes } from '../app/routes';
import { fixTarget as makeFixTarget, FixTargetProvider, type FixTarget } from '../editor/fixTarget';
import { notifyDone, notifyError } from '../components/notify';
import { SectionNavigation } from './SectionNavigation';
import { StatusBar } from './StatusBar';
import { useOpenProject } from './useProjectSession';
import { useSessionSelector } from './useSessionSelector';
import { LeaveBlockedDialog, ProjectNotices, useSaveCopy } from './ProjectNotices';
import type { ProjectSession } from './projectSession';
import type { OpenedProject } from '../../shared/api/contract';

export const REVIEW_SECTION = 'review';
export const PREVIEW_SECTION = 'preview';

export function ProjectScreen({ id, sectionId, focus }: { id: string; sectionId: string; focus: string | null }) {
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
              <ErrorDetails error={state.error} />
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
  return (
    <>
      <OpenProjectView key={state.generation} session={state.session} opened={state.opened} reopen={state.reopen} leave={state.leave} sectionId={sectionId} focus={focus} />
      {state.leaveBlocked && <LeaveBlockedDialog session={state.session} error={saveError(state.session)} settle={state.settleLeave} />}
    </>
  );
}

/**
 * Hash navigations so far. The route alone does not tell them apart: when the address changes
 * twice before the app renders, the route reads the last one only, and may read as no change.
 */
let hashNavigations = 0;
window.addEventListener('hashchange', () => {
  hashNavigations += 1;
});
const navigationCount = () => hashNavigations;
const subscribeToNavigations = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const saveError = (session: ProjectSession) => {
  const { save } = session.getSnapshot();
  return save.kind === 'error' ? save.error : null;
};

function OpenProjectView({
  session,
  opened,
  reopen,
  leave,
  sectionId,
  focus,
}: {
  session: ProjectSession;
  opened: OpenedProject;
  reopen(opened: OpenedProject): void;
  leave(go: () => void): void;
  sectionId: string;
  focus: string | null;
}) {
  const { t } = useTranslation();
  const onMenuCommand = useMenuCommands();
  const [, navigate] = useLocation();
  const externalRevision = useSessionSelector(session, (s) => s.externalRevision);
  const canUndo = useSessionSelector(session, (s) => s.canUndo);
  const canRedo = useSessionSelector(session, (s) => s.canRedo);
  const isReview = sectionId === REVIEW_SECTION;
  const isPreview = sectionId === PREVIEW_SECTION;
  const special = isReview || isPreview;
  const section = special ? null : (findSection(sectionId) ?? findSection('details')!);
  const [guidanceOpen, setGuidanceOpen] = useGuidancePreference();
  const [exportOpen, setExportOpen] = useState(false);
  const saveCopy = useSaveCopy(session);

  const goToSection = useCallback(
    (step: 1 | -1) => {
      const order = [...SECTIONS.map((s) => s.id as string), REVIEW_SECTION, PREVIEW_SECTION];
      const next = order[(order.indexOf(sectionId) + step + order.length) % order.length]!;
      navigate(routes.project(session.id, next));
    },
    [navigate, session.id, sectionId],
  );

  useEffect(
    () =>
      onMenuCommand(async (command) => {
        if (command === 'file:close') leave(() => navigate(routes.home()));
        if (command === 'edit:undo') session.undo();
        if (command === 'edit:redo') session.redo();
        if (command === 'file:export') setExportOpen(true);
        if (command === 'file:saveCopy') {
          await session.flush();
          await saveCopy();
        }
      }),
    [onMenuCommand, navigate, session, saveCopy, leave],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) session.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') session.redo();
      else if (event.key === 'PageDown') goToSection(1);
      else if (event.key === 'PageUp') goToSection(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [session, goToSection]);

  const fixTarget = useMemo<FixTarget | null>(() => {
    const parsed = parseFocus(focus);
    return parsed && makeFixTarget(parsed.path, parsed.addRow);
  }, [focus]);

  // Keyed on every navigation, not only on a change of chapter: two that land before a render
  // (to the review and straight back) show the same chapter, yet it is opened anew.
  const navigations = useSyncExternalStore(subscribeToNavigations, navigationCount);
  useEffect(() => {
    if (!fixTarget) {
      // A new chapter starts at its top, with the focus on its heading (where a screen reader reads on).
      window.scrollTo({ top: 0 });
      document.querySelector<HTMLElement>('main h2')?.focus({ preventScroll: true });
      return;
    }
    // Bring the field (or the nearest enclosing part that exists) into view, and focus it; a row
    // the link added is focused by its list.
    const timer = setTimeout(() => {
      if (fixTarget.rowTaken) return;
      const parts = fixTarget.path.split('.');
      for (let length = parts.length; length > 0; length--) {
        const element = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(parts.slice(0, length).join('.'))}"]`);
        if (!element) continue;
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
        break;
      }
    }, 50);
    return () => clearTimeout(timer);
  }, [fixTarget, sectionId, navigations]);

  // Guidance beside the form where the window is wide enough, inside the chapter where it is not.
  const wide = useMediaQuery('(min-width: 1600px)', window.innerWidth >= 1600);
  const guidanceMode = useMemo<GuidanceMode>(() => (!guidanceOpen ? { kind: 'off' } : wide ? { kind: 'panel' } : { kind: 'inline', hide: () => setGuidanceOpen(false) }), [guidanceOpen, wide, setGuidanceOpen]);

  const Form = section ? CHAPTER_FORMS[section.id as SectionId] : null;
  return (
    <AppShell
      navbar={{ width: 300, breakpoint: 0 }}
      aside={{ width: 340, breakpoint: 'md', collapsed: { desktop: guidanceMode.kind !== 'panel' || special, mobile: true } }}
      footer={{ height: 36 }}
      padding={0}
    >
      {/* The first Tab stop: straight to the chapter, past the navigation. */}
      <a
        href="#content"
        className="cpb-skip-link"
        onClick={(event) => {
          event.preventDefault();
          document.querySelector<HTMLElement>('main h2')?.focus();
        }}
      >
        {t('project.skipToContent')}
      </a>
      <AppShell.Navbar>
        <SectionNavigation session={session} activeSectionId={section ? section.id : sectionId} onLeave={() => leave(() => navigate(routes.home()))} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Group justify="flex-end" gap={4} px="xl" pt="sm">
          <LanguageMenu />
          <Tooltip label={`${t('shortcuts.undo')} (Ctrl+Z)`}>
            <ActionIcon variant="subtle" color="gray" disabled={!canUndo} onClick={() => session.undo()} aria-label={t('shortcuts.undo')}>
              <IconArrowBackUp size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={`${t('shortcuts.redo')} (Ctrl+Shift+Z)`}>
            <ActionIcon variant="subtle" color="gray" disabled={!canRedo} onClick={() => session.redo()} aria-label={t('shortcuts.redo')}>
              <IconArrowForwardUp size={18} />
            </ActionIcon>
          </Tooltip>
          <Button size="compact-sm" variant="light" leftSection={<IconFileExport size={16} />} onClick={() => setExportOpen(true)} ml="xs">
            {t('export.button')}
          </Button>
          {!special && !guidanceOpen && (
            <Button size="compact-sm" variant="subtle" leftSection={<IconBulb size={16} />} onClick={() => setGuidanceOpen(true)}>
              {t('guidancePanel.show')}
            </Button>
          )}
        </Group>
        <Stack px="xl" pb="xl" pt="xs" maw={1200} gap="lg">
          <ProjectNotices session={session} opened={opened} reopen={reopen} />
          {opened.migratedFrom !== null && <Alert color="blue">{t('project.migratedBanner')}</Alert>}
          <fieldset disabled={opened.readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            {isReview ? <ReviewScreen session={session} /> : isPreview ? <DocumentPreview session={session} /> : Form && (
              <FixTargetProvider target={fixTarget}>
                <GuidanceModeProvider value={guidanceMode}>
                  <Form key={`${section!.id}-${externalRevision}`} session={session} />
                </GuidanceModeProvider>
              </FixTargetProvider>
            )}
          </fieldset>
        </Stack>
      </AppShell.Main>
      <AppShell.Aside>{section && guidanceMode.kind === 'panel' && <GuidancePanel section={section} onClose={() => setGuidanceOpen(false)} />}</AppShell.Aside>
      <AppShell.Footer>
        <StatusBar session={session} />
      </AppShell.Footer>
      <ExportDialog session={session} opened={exportOpen} onClose={() => setExportOpen(false)} />
    </AppShell>
  );
}

const GUIDANCE_KEY = 'cpb.guidanceOpen';
/** Whether guidance is shown: a preference of this computer's UI, kept across runs; shown until the user hides it. */
function useGuidancePreference(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => window.localStorage.getItem(GUIDANCE_KEY) !== 'false');
  const choose = useCallback((next: boolean) => {
    window.localStorage.setItem(GUIDANCE_KEY, String(next));
    setOpen(next);
  }, []);
  return [open, choose];
}
