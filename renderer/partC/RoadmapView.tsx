import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapDecision } from '../../shared/project/partC';
import { DECISION_STATUSES, roadmap, type DecisionStatus } from '../../shared/partC/roadmap';
import { dateFormats, isIsoDate, todayIso } from './SalesOrgDates';

const STATUS_COLOURS: Record<DecisionStatus, string> = { todo: 'gray', doing: 'blue', done: 'green' };

/** The computed roadmap: counts by status, what is overdue, and the decisions on a timeline by deadline. */
export function RoadmapView({ decisions, today = todayIso() }: { decisions: readonly RoadmapDecision[]; today?: string }) {
  const { t, i18n } = useTranslation();
  const formats = useMemo(() => dateFormats(i18n.language), [i18n.language]);
  const map = useMemo(() => {
    // A half-typed date is no deadline yet; a row without its decision typed is not on the roadmap (nor in the document).
    const clean = decisions.filter((d) => d.decision.trim() !== '').map((d) => ({ ...d, deadline: isIsoDate(d.deadline) ? d.deadline : null, status: DECISION_STATUSES.includes(d.status) ? d.status : 'todo' }));
    return roadmap(clean, today);
  }, [decisions, today]);
  const overdue = new Set(map.overdue.map((d) => d.id));
  const dated = map.timeline.filter((d) => d.deadline !== null);
  const undated = map.timeline.filter((d) => d.deadline === null);
  // Today sits before the first deadline still ahead (a deadline of today is still on time).
  const todayAt = dated.findIndex((d) => d.deadline! >= today);
  const todayIndex = todayAt === -1 ? dated.length : todayAt;

  return (
    <Stack gap="sm" data-testid="roadmap">
      <Title order={4} size="h5">
        {t('partC.roadmap.summaryTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {DECISION_STATUSES.map((status) => (
          <Count key={status} label={t(`partC.roadmap.statuses.${status}`)} value={map.counts[status]} colour={STATUS_COLOURS[status]} />
        ))}
        <Count label={t('partC.roadmap.overdue')} value={map.overdue.length} colour={map.overdue.length > 0 ? 'red' : 'gray'} />
      </SimpleGrid>
      {decisions.length > 0 &&
        (map.overdue.length > 0 ? (
          <Alert color="red" variant="light" data-testid="roadmap-overdue">
            {t('partC.roadmap.overdueAlert', { count: map.overdue.length })}
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            {t('partC.roadmap.noneOverdue')}
          </Text>
        ))}

      <Title order={4} size="h5" mt="xs">
        {t('partC.roadmap.timelineTitle')}
      </Title>
      {decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('partC.roadmap.timelineEmpty')}
        </Text>
      ) : (
        <>
          {dated.length > 0 && (
            <Timeline active={dated.length} bulletSize={18} lineWidth={2} data-testid="roadmap-timeline">
              {[...dated.slice(0, todayIndex), null, ...dated.slice(todayIndex)].map((decision) =>
                decision === null ? (
                  <Timeline.Item key="today" color="dark" lineVariant="dashed" bullet={<IconCalendarEvent size={11} />} title={<Text size="sm" fw={600}>{t('partC.roadmap.today', { date: formats.date(today) })}</Text>} />
                ) : (
                  <Timeline.Item key={decision.id} color={overdue.has(decision.id) ? 'red' : STATUS_COLOURS[decision.status]} title={<DecisionTitle decision={decision} overdue={overdue.has(decision.id)} date={formats.date(decision.deadline!)} />}>
                    <DecisionBody decision={decision} />
                  </Timeline.Item>
                ),
              )}
            </Timeline>
          )}
          {undated.length > 0 && (
            <Paper withBorder radius="md" p="sm" data-testid="roadmap-undated">
              <Text size="sm" fw={600} mb={4}>
                {t('partC.roadmap.noDeadline')}
              </Text>
              <Stack gap={6}>
                {undated.map((decision) => (
                  <Fragment key={decision.id}>
                    <DecisionTitle decision={decision} overdue={false} date={null} />
                    <DecisionBody decision={decision} />
                  </Fragment>
                ))}
              </Stack>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}

function Count({ label, value, colour }: { label: string; value: number; colour: string }) {
  return (
    <Paper withBorder radius="md" px="sm" py={6} data-testid="roadmap-count">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={value > 0 ? `${colour}.8` : 'dimmed'}>
        {value}
      </Text>
    </Paper>
  );
}

function DecisionTitle({ decision, overdue, date }: { decision: RoadmapDecision; overdue: boolean; date: string | null }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="wrap" data-testid="roadmap-item" data-overdue={overdue || undefined}>
      {date && (
        <Text size="sm" fw={600} c={overdue ? 'red.8' : undefined}>
          {date}
        </Text>
      )}
      <Text size="sm" fw={500}>
        {t(`partC.roadmap.areas.${decision.area}`)}
      </Text>
      <Badge size="sm" radius="sm" variant="light" color={STATUS_COLOURS[decision.status]}>
        {t(`partC.roadmap.statuses.${decision.status}`)}
      </Badge>
      {overdue && (
        <Badge size="sm" radius="sm" color="red">
          {t('partC.roadmap.overdue')}
        </Badge>
      )}
    </Group>
  );
}

function DecisionBody({ decision }: { decision: RoadmapDecision }) {
  const { t } = useTranslation();
  const text = decision.decision.trim();
  return (
    <Stack gap={0}>
      <Text size="sm" c={text ? undefined : 'dimmed'} fs={text ? undefined : 'italic'} style={{ whiteSpace: 'pre-line' }} lineClamp={3}>
        {text || t('partC.roadmap.untitled')}
      </Text>
      {decision.owner.trim() && (
        <Text size="xs" c="dimmed">
          {t('partC.roadmap.ownedBy', { owner: decision.owner.trim() })}
        </Text>
      )}
    </Stack>
  );
}
