import { Alert, Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconExclamationCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { countErrors, type Problem } from '../../shared/checks/rules';
import { sectionKeys } from '../../shared/sections/catalogue';
import { missingRequired } from '../../shared/sections/completeness';
import { MissingPartsList } from '../components/MissingPartsList';
import { routes } from '../app/routes';
import type { ProjectSession } from './projectSession';
import { problemsOf } from './projectChecks';
import { useSessionSelector } from './useSessionSelector';

/** "Check the policy": every consistency problem, errors first, each opening the field to fix. */
export function ReviewScreen({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const project = useSessionSelector(session, (s) => s.project);
  const problems = problemsOf(project);
  const errors = countErrors(problems);
  const rank = { error: 0, warning: 1, hint: 2 } as const;
  const sorted = [...problems].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  // Consistency is not readiness: a policy with empty required parts is not ready to approve.
  const missing = missingRequired(project);
  const row = (problem: Problem, index: number) => (
    <Paper key={`${problem.rule}-${problem.path}-${index}`} withBorder p="md" radius="md" data-testid="problem">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <ThemeIcon color={problem.severity === 'error' ? 'red' : problem.severity === 'warning' ? 'yellow' : 'blue'} variant="light" radius="xl">
            {problem.severity === 'error' ? <IconExclamationCircle size={16} /> : <IconAlertTriangle size={16} />}
          </ThemeIcon>
          <div>
            <Text size="sm">{String(t(`review.rules.${problem.rule}` as 'review.rules.salesGap', problem.params as { line: string; month: string }))}</Text>
            <Text size="xs" c="dimmed">
              {t(sectionKeys({ id: problem.sectionId }).title as 'sections.goals.title')}
            </Text>
          </div>
        </Group>
        <Button size="xs" variant="light" onClick={() => navigate(routes.project(session.id, problem.sectionId, problem.path, problem.addRow))}>
          {t('review.open')}
        </Button>
      </Group>
    </Paper>
  );
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('review.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('review.intro')}
        </Text>
      </div>
      {missing.length > 0 && (
        <Alert color="yellow" title={t('review.notReadyTitle', { count: missing.length })} data-testid="not-ready">
          <Text size="sm" mb={6}>
            {t('review.notReadyHint')}
          </Text>
          <MissingPartsList projectId={session.id} missing={missing} />
        </Alert>
      )}
      {problems.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Group>
            <ThemeIcon color="teal" radius="xl">
              <IconCircleCheck size={18} />
            </ThemeIcon>
            <Text>{missing.length > 0 ? t('review.noneInWhatIsFilled') : t('review.none')}</Text>
          </Group>
        </Paper>
      ) : (
        <>
          <Group gap="xs">
            <Badge color="red" variant="light">
              {t('review.errors')}: {errors}
            </Badge>
            <Badge color="orange" variant="light" style={{ '--badge-color': '#8f3700' }}>
              {t('review.warnings')}: {warnings}
            </Badge>
            <Badge color="blue" variant="light">
              {t('review.hints')}: {problems.length - errors - warnings}
            </Badge>
          </Group>
          <Stack gap="sm">{sorted.map(row)}</Stack>
        </>
      )}
    </Stack>
  );
}
