import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconHistory, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedProject } from '../../shared/api/contract';
import type { AppError } from '../../shared/result';
import { useApi } from '../api/ApiProvider';
import { errorText, notifyDone, notifyError } from '../components/notify';
import type { ProjectSession } from './projectSession';
import { useSessionSelector } from './useSessionSelector';
import { AppModal } from '../components/AppModal';

/**
 * What the user must know about the open project's file, and the ways out: why it is read-only
 * (and who has it), a newer version a crash left behind, and a save that failed (the file changed
 * or went away under the app, or the disk is full). The edits in the app are never dropped
 * without the user choosing so.
 */
export function ProjectNotices({ session, opened, reopen }: { session: ProjectSession; opened: OpenedProject; reopen(opened: OpenedProject): void }) {
  return (
    <>
      {opened.readOnlyReason && <ReadOnlyNotice session={session} opened={opened} reopen={reopen} />}
      {opened.recovery && <RecoveryNotice session={session} savedAt={opened.recovery.savedAt} reopen={reopen} />}
      <SaveProblemNotice session={session} reopen={reopen} />
    </>
  );
}

/** Writes the edits in the app (saved or not) to a file the user chooses. */
export function useSaveCopy(session: ProjectSession) {
  const { t } = useTranslation();
  const api = useApi();
  return async (): Promise<boolean> => {
    const result = await api['project:saveCopy']({ id: session.id, project: session.getSnapshot().project });
    if (!result.ok) {
      notifyError(t, result.error);
      return false;
    }
    notifyDone(t('home.notices.savedCopy', { path: result.value.path }));
    return true;
  };
}

function useDateTime() {
  const { i18n } = useTranslation();
  return (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function ReadOnlyNotice({ session, opened, reopen }: { session: ProjectSession; opened: OpenedProject; reopen(opened: OpenedProject): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const dateTime = useDateTime();
  const saveCopy = useSaveCopy(session);
  const reason = opened.readOnlyReason!;
  const lockedBy = opened.lockedBy;
  const text =
    reason === 'lockedByOther' && lockedBy
      ? t('project.notices.readOnly.lockedByOther', { user: lockedBy.user || '?', host: lockedBy.host, since: dateTime(lockedBy.since) })
      : t(`project.notices.readOnly.${reason === 'lockedByOther' ? 'lockedByOtherUnknown' : reason}`);
  const tryAgain = async () => {
    await api['project:close']({ id: session.id });
    const again = await api['project:open']({ id: session.id });
    if (!again.ok) return notifyError(t, again.error);
    if (again.value.readOnly) notifyDone(t('project.notices.stillReadOnly'));
    reopen(again.value);
  };
  return (
    <Alert color="yellow" icon={<IconLock size={18} />} data-testid="read-only-notice" data-reason={reason}>
      <Stack gap="xs">
        <Text size="sm">{text}</Text>
        {reason !== 'newerVersion' && (
          <Group gap="xs">
            <Button size="compact-sm" variant="light" color="yellow" onClick={() => void tryAgain()}>
              {t('project.notices.tryAgain')}
            </Button>
            <Button size="compact-sm" variant="subtle" color="yellow" onClick={() => void saveCopy()}>
              {t('project.notices.saveCopy')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

function RecoveryNotice({ session, savedAt, reopen }: { session: ProjectSession; savedAt: string; reopen(opened: OpenedProject): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const dateTime = useDateTime();
  const decide = async (accept: boolean) => {
    const result = await api['project:recover']({ id: session.id, accept });
    if (!result.ok) return notifyError(t, result.error);
    if (accept) notifyDone(t('project.notices.recovered'));
    reopen(result.value);
  };
  return (
    <Alert color="blue" icon={<IconHistory size={18} />} data-testid="recovery-notice">
      <Stack gap="xs">
        <Text size="sm">{t('project.notices.recovery', { time: dateTime(savedAt) })}</Text>
        <Group gap="xs">
          <Button size="compact-sm" onClick={() => void decide(true)}>
            {t('project.notices.recover')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={() => void decide(false)}>
            {t('project.notices.discardRecovery')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function SaveProblemNotice({ session, reopen }: { session: ProjectSession; reopen(opened: OpenedProject): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const save = useSessionSelector(session, (s) => s.save);
  const saveCopy = useSaveCopy(session);
  const [busy, setBusy] = useState(false);
  if (save.kind !== 'error') return null;
  const { error } = save;
  const file = error.params?.file ?? error.file ?? '';

  const resolve = async (choice: 'reload' | 'keepBoth' | 'saveAgain') => {
    setBusy(true);
    const result = await session.holdWhile((project) => api['project:resolveConflict']({ id: session.id, choice, project }));
    setBusy(false);
    if (!result.ok) return notifyError(t, result.error);
    if (choice === 'keepBoth') notifyDone(t('project.notices.keptBoth', { title: result.value.copy?.title ?? '' }));
    if (choice === 'reload') notifyDone(t('project.notices.loadedTheirs'));
    reopen(result.value.opened);
  };

  const changed = error.reason === 'changedOnDisk';
  const deleted = error.reason === 'deletedOnDisk';
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t(changed ? 'project.notices.changedTitle' : deleted ? 'project.notices.deletedTitle' : 'project.notices.notSavedTitle')} data-testid="save-problem" data-reason={error.reason ?? error.code}>
      <Stack gap="xs">
        <Text size="sm">{changed ? t('project.notices.changedBody', { file }) : deleted ? t('project.notices.deletedBody', { file }) : errorText(t, error)}</Text>
        <Group gap="xs">
          {changed && (
            <>
              <Button size="compact-sm" color="red" loading={busy} onClick={() => void resolve('keepBoth')}>
                {t('project.notices.keepBoth')}
              </Button>
              <Button size="compact-sm" variant="light" color="red" disabled={busy} onClick={() => void resolve('reload')}>
                {t('project.notices.loadTheirs')}
              </Button>
            </>
          )}
          {deleted && (
            <Button size="compact-sm" color="red" loading={busy} onClick={() => void resolve('saveAgain')}>
              {t('project.notices.saveAgain')}
            </Button>
          )}
          {!changed && !deleted && error.code !== 'readOnly' && (
            <Button size="compact-sm" variant="light" color="red" onClick={() => void session.flush()}>
              {t('status.retry')}
            </Button>
          )}
          <Button size="compact-sm" variant="subtle" color="red" disabled={busy} onClick={() => void saveCopy()}>
            {t('project.notices.saveCopy')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** The user is leaving the project (or closing the window) while the latest edits could not be saved: save them elsewhere, drop them, or stay. */
export function LeaveBlockedDialog({ session, error, settle }: { session: ProjectSession; error: AppError | null; settle(close: boolean): void }) {
  const { t } = useTranslation();
  const saveCopy = useSaveCopy(session);
  return (
    <AppModal opened onClose={() => settle(false)} title={t('project.notices.leaveBlocked.title')} centered>
      <Stack>
        <Text size="sm">{t('project.notices.leaveBlocked.body', { message: error ? errorText(t, error) : '' })}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => settle(false)}>
            {t('project.notices.leaveBlocked.stay')}
          </Button>
          <Button variant="light" color="red" onClick={() => settle(true)}>
            {t('project.notices.leaveBlocked.discard')}
          </Button>
          <Button onClick={() => void saveCopy().then((saved) => saved && settle(true))}>{t('project.notices.saveCopy')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
