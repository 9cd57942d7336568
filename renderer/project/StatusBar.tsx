import { Anchor, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { countErrors } from '../../shared/checks/rules';
import { routes } from '../app/routes';
import { formatPercent } from '../components/format';
import { errorText } from '../components/notify';
import type { ProjectSession } from './projectSession';
import { completenessOf, problemsOf, useDeferredProject } from './projectChecks';
import { useSessionSelector } from './useSessionSelector';

export function StatusBar({ session }: { session: ProjectSession }) {
  const { t, i18n } = useTranslation();
  const save = useSessionSelector(session, (s) => s.save);
  const project = useDeferredProject(session);
  const overall = completenessOf(project);
  const problems = problemsOf(project);
  const errors = countErrors(problems);
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" style={{ background: 'var(--mantine-color-gray-1)' }}>
      <Group gap={6} role="status" aria-live="polite" data-testid="save-state" data-state={save.kind} wrap="nowrap">
        {save.kind === 'saved' && <IconCheck size={14} color="var(--mantine-color-teal-7)" aria-hidden />}
        {save.kind === 'saving' && <Loader size={12} aria-hidden />}
        {save.kind === 'error' && <IconAlertTriangle size={14} color="var(--mantine-color-red-7)" aria-hidden />}
        {save.kind === 'readOnly' && <IconLock size={14} aria-hidden />}
        {/* What went wrong, and the ways out, are in the notice above the chapter; here it is only named. */}
        <Text size="xs" c={save.kind === 'error' ? 'red.8' : 'dimmed'} lineClamp={1} title={save.kind === 'error' ? errorText(t, save.error) : undefined}>
          {t(`status.${save.kind === 'error' ? 'notSaved' : save.kind}`)}
        </Text>
      </Group>
      <Group gap="lg" wrap="nowrap">
        <Anchor href={`#${routes.project(session.id, 'review')}`} size="xs" c={errors > 0 ? 'red.8' : 'dimmed'} data-testid="problem-count">
          {t('review.count', { errors, warnings: problems.length - errors })}
        </Anchor>
        <Text size="xs" c="dimmed" data-testid="status-completeness">
          {t('project.overall', { percent: formatPercent(overall.ratio, i18n.language).replace(/\s*%$/, '') })}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`languages.${project.meta.outputLanguage}`)} · {project.meta.currency}
        </Text>
      </Group>
    </Group>
  );
}
