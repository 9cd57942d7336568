import { Alert, Badge, Box, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { addDays, addMonths, dayNumber } from '../../shared/calendar';
import { onboardingPlan, type Intake, type OnboardingPlan, type OnboardingStepKind } from '../../shared/partC/onboarding';
import { dateFormats, isIsoDate } from './SalesOrgDates';

interface HiringRow {
  date: string | null;
  count: number;
}

/** The plan for what the form holds now: intakes with a date and a number of newcomers; null when no group can be formed. */
export function usePlan(): OnboardingPlan | null {
  const { control } = useFormContext();
  const hiring = useWatch({ control, name: 'hiring' }) as HiringRow[] | undefined;
  const groupSize = useWatch({ control, name: 'groupSize' }) as number | undefined;
  const mentorWeeks = useWatch({ control, name: 'mentorWeeks' }) as number | undefined;
  return useMemo(() => {
    const intakes = (hiring ?? []).filter((row) => isIsoDate(row.date) && Number.isFinite(row.count) && row.count > 0).map((row) => ({ date: row.date!, count: row.count }));
    return onboardingPlan(
      { kind: 'dates', intakes },
      { groupSize: Number.isFinite(groupSize) ? groupSize : undefined, mentorWeeks: Number.isFinite(mentorWeeks) ? mentorWeeks : undefined },
    );
  }, [hiring, groupSize, mentorWeeks]);
}

/** The computed onboarding plan: per intake its groups, mentors and a timeline of its steps; then headcount and mentors by month. */
export function OnboardingPlanView() {
  const { t, i18n } = useTranslation();
  const plan = usePlan();
  const formats = useMemo(() => dateFormats(i18n.language), [i18n.language]);
  return (
    <Stack gap="sm" data-testid="onboarding-plan">
      <Title order={4} size="h5">
        {t('partC.organisation.planTitle')}
      </Title>
      {plan === null ? (
        <Alert color="yellow">{t('partC.organisation.planNoGroups')}</Alert>
      ) : plan.intakes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('partC.organisation.planEmpty')}
        </Text>
      ) : (
        <>
          {plan.intakes.map((intake, index) => (
            <IntakeCard key={`${intake.date}-${index}`} intake={intake} formats={formats} />
          ))}
          <MonthsTable plan={plan} formats={formats} />
        </>
      )}
    </Stack>
  );
}

type Formats = ReturnType<typeof dateFormats>;

const STEP_COLOURS: Record<OnboardingStepKind | 'mentoring', string> = {
  mentoring: 'var(--mantine-color-gray-4)',
  starterPack: 'var(--mantine-color-blue-6)',
  groupTests: 'var(--mantine-color-orange-6)',
  firstCalls: 'var(--mantine-color-teal-6)',
  onSiteTraining: 'var(--mantine-color-grape-6)',
  results: 'var(--mantine-color-green-5)',
};

function IntakeCard({ intake, formats }: { intake: Intake; formats: Formats }) {
  const { t } = useTranslation();
  const date = formats.date(intake.date);
  return (
    <Paper withBorder p="md" radius="md" data-testid="onboarding-intake">
      <Group justify="space-between" align="baseline" mb="xs" gap="xs">
        <Text fw={600}>{t('partC.organisation.intakeTitle', { count: intake.newcomers, date })}</Text>
        <Group gap={6}>
          <Badge variant="light" radius="sm">
            {t('partC.organisation.groups', { count: intake.groups.length, sizes: intake.groups.join(' + ') })}
          </Badge>
          <Badge variant="light" radius="sm" color="grape">
            {t('partC.organisation.mentors', { count: intake.mentors })}
          </Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mt={-4} mb="xs">
        {t('partC.organisation.mentoringUntil', { date: formats.date(intake.mentoringEnd) })}
      </Text>
      <StepsTimeline intake={intake} formats={formats} />
    </Paper>
  );
}

/** The intake's steps as bars on a date axis: a label and its dates on the left, the bar on the right. */
function StepsTimeline({ intake, formats }: { intake: Intake; formats: Formats }) {
  const { t } = useTranslation();
  const rows: { kind: OnboardingStepKind | 'mentoring'; start: string; end: string }[] = [{ kind: 'mentoring', start: intake.date, end: intake.mentoringEnd }, ...intake.steps];
  const from = dayNumber(intake.date);
  const to = Math.max(...rows.map((row) => dayNumber(row.end))) + 1;
  const span = Math.max(1, to - from);
  const at = (iso: string) => ((dayNumber(iso) - from) / span) * 100;
  // Month starts on the axis, after the first day.
  const ticks: string[] = [];
  for (let d = `${intake.date.slice(0, 7)}-01`; dayNumber(d) < to; d = addMonths(d, 1)) if (dayNumber(d) > from) ticks.push(d);
  const label = 236;
  return (
    <Box role="list" aria-label={t('partC.organisation.timelineLabel', { date: formats.date(intake.date) })}>
      <Box style={{ display: 'grid', gridTemplateColumns: `${label}px 1fr`, columnGap: 12, rowGap: 4, alignItems: 'center' }}>
        <div aria-hidden />
        <Box aria-hidden style={{ position: 'relative', height: 18 }}>
          <Text size="xs" c="dimmed" style={{ position: 'absolute', left: 0 }}>
            {formats.date(intake.date)}
          </Text>
          {ticks.map((tick) => (
            // A month starting near the end is marked by its line only: its name would run off the axis.
            <Text key={tick} size="xs" c="dimmed" style={{ position: 'absolute', left: `${at(tick)}%`, paddingLeft: 3, borderLeft: '1px solid var(--mantine-color-gray-4)', whiteSpace: 'nowrap' }}>
              {at(tick) < 92 ? formats.monthShort(tick) : '\u00a0'}
            </Text>
          ))}
        </Box>
        {rows.map((row) => (
          <StepRow key={row.kind} label={t(`partC.organisation.steps.${row.kind}`)} dates={formats.range(row.start, row.end)} left={at(row.start)} width={at(addDays(row.end, 1)) - at(row.start)} colour={STEP_COLOURS[row.kind]} ticks={ticks.map(at)} />
        ))}
      </Box>
    </Box>
  );
}

function StepRow({ label, dates, left, width, colour, ticks }: { label: string; dates: string; left: number; width: number; colour: string; ticks: number[] }) {
  return (
    <>
      <Box role="listitem" data-testid="onboarding-step" style={{ minWidth: 0 }}>
        <Text size="sm" lh={1.25}>
          {label}
        </Text>
        <Text size="xs" c="dimmed" lh={1.25}>
          {dates}
        </Text>
      </Box>
      <Box aria-hidden style={{ position: 'relative', height: 14, background: 'var(--mantine-color-gray-0)', borderRadius: 3 }}>
        {ticks.map((tick) => (
          <Box key={tick} style={{ position: 'absolute', left: `${tick}%`, top: -4, bottom: -4, borderLeft: '1px dashed var(--mantine-color-gray-3)' }} />
        ))}
        <Box style={{ position: 'absolute', left: `${left}%`, width: `max(${width}%, 5px)`, top: 0, bottom: 0, background: colour, borderRadius: 3 }} />
      </Box>
    </>
  );
}

/** Headcount and mentors needed per month, a month a row; the peak stands out. */
function MonthsTable({ plan, formats }: { plan: OnboardingPlan; formats: Formats }) {
  const { t } = useTranslation();
  const atPeak = (mentors: number) => plan.peakMentors > 0 && mentors === plan.peakMentors;
  const peakMonth = plan.months.find((m) => atPeak(m.mentorsNeeded));
  return (
    <div>
      <Text fw={500} size="sm" mb={4}>
        {t('partC.organisation.monthsTitle')}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing={3} horizontalSpacing={10} data-testid="onboarding-months" style={{ width: 'auto' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('partC.organisation.month')}</Table.Th>
            <Table.Th ta="right">{t('partC.organisation.joining')}</Table.Th>
            <Table.Th ta="right">{t('partC.organisation.headcount')}</Table.Th>
            <Table.Th ta="right">{t('partC.organisation.mentorsNeeded')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.months.map((m) => (
            <Table.Tr key={m.month} data-peak={atPeak(m.mentorsNeeded) || undefined}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                {formats.month(m.month)}
              </Table.Th>
              <Table.Td ta="right" c={m.joining === 0 ? 'dimmed' : undefined}>
                {m.joining}
              </Table.Td>
              <Table.Td ta="right">{m.headcount}</Table.Td>
              <Table.Td ta="right" fw={atPeak(m.mentorsNeeded) ? 700 : undefined} c={atPeak(m.mentorsNeeded) ? 'grape.8' : m.mentorsNeeded === 0 ? 'dimmed' : undefined} bg={atPeak(m.mentorsNeeded) ? 'grape.0' : undefined}>
                {m.mentorsNeeded}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {peakMonth && (
        <Text size="sm" mt={6} data-testid="onboarding-peak">
          {t('partC.organisation.peak', { count: plan.peakMentors, month: formats.monthLong(peakMonth.month) })}
        </Text>
      )}
    </div>
  );
}
