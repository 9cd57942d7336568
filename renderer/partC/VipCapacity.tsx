import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../shared/format';
import { defaultWeeklyCapacity, vipCapacity, WORKING_WEEKS_PER_YEAR, type VipStaffing } from '../../shared/partC/vipCapacity';
import type { VipProgramme } from '../../shared/project/partC';
import { LabeledSegmented } from '../components/LabeledSegmented';
import { useFieldPath } from '../editor/FieldPath';
import { FormNumberInput } from '../editor/fields';
import { FiguresTable, type Figure } from './FiguresTable';

const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Who works the VIP list and how much they can do, and what the plan takes, computed as it is typed. */
export function VipCapacity() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <VipStaffingChoice />
      <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
        <FormNumberInput name="people" label={t('partC.vip.people')} min={0} max={1000} decimals={0} required />
        <FormNumberInput name="weeklyCapacity" label={t('partC.vip.weeklyCapacity')} description={t('partC.vip.weeklyCapacityHint')} min={0} max={1000} decimals={1} />
        <FormNumberInput name="contactsPerYear" label={t('partC.vip.contactsPerYear')} description={t('partC.vip.contactsPerYearHint')} min={0} max={52} decimals={0} required />
      </SimpleGrid>
      <VipCapacityResult />
    </Stack>
  );
}

/** Dedicated specialists or the sales team on the side; switching (only switching) sets the article's weekly figure. */
function VipStaffingChoice() {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<VipProgramme>();
  const { field } = useController({ control, name: 'staffing' });
  const dataField = useFieldPath('staffing');
  return (
    <LabeledSegmented<VipStaffing>
      label={t('partC.vip.staffing')}
      fieldPath={dataField}
      value={field.value}
      data={[
        { value: 'dedicated', label: t('partC.vip.staffingDedicated') },
        { value: 'alongside', label: t('partC.vip.staffingAlongside') },
      ]}
      onChange={(next) => {
        if (next === field.value) return;
        field.onChange(next);
        setValue('weeklyCapacity', defaultWeeklyCapacity(next), { shouldDirty: true, shouldValidate: true });
      }}
    >
      <Text size="xs" c="dimmed">
        {t('partC.vip.staffingHint')}
      </Text>
    </LabeledSegmented>
  );
}

function VipCapacityResult() {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<VipProgramme>();
  const [accounts, people, weekly, contacts] = useWatch({ control, name: ['accounts', 'people', 'weeklyCapacity', 'contactsPerYear'] });
  const input = { accounts: accounts?.length ?? 0, people: finite(people), weeklyCapacity: finite(weekly), contactsPerYear: finite(contacts) };
  const result = useMemo(() => vipCapacity(input), [input.accounts, input.people, input.weeklyCapacity, input.contactsPerYear]); // eslint-disable-line react-hooks/exhaustive-deps
  const n = (value: number | null, digits = 1) => (value === null ? t('partC.vip.result.none') : numberFormat(i18n.language, { maximumFractionDigits: digits }).format(value));
  const rows: Figure[] = [
    { label: t('partC.vip.result.accounts'), value: n(input.accounts, 0) },
    {
      label: t('partC.vip.result.questionnaires'),
      value: n(result.questionnairesPerYear, 0),
      note: t('partC.vip.result.questionnairesFormula', { accounts: n(input.accounts, 0), contacts: n(input.contactsPerYear, 0) }),
    },
    { label: t('partC.vip.result.perPerson'), value: n(result.capacityPerPerson, 0), note: t('partC.vip.result.perPersonFormula', { weekly: n(input.weeklyCapacity), weeks: WORKING_WEEKS_PER_YEAR }) },
    { label: t('partC.vip.result.peopleNeeded'), value: n(result.peopleNeededWhole, 0) },
    {
      label: t('partC.vip.result.weeksPerRound'),
      value: n(result.weeksPerRound),
      note: result.weeksAvailablePerRound === null ? undefined : t('partC.vip.result.weeksAvailable', { weeks: n(result.weeksAvailablePerRound), contacts: n(input.contactsPerYear, 0) }),
    },
  ];
  const planned = input.accounts > 0 && input.contactsPerYear > 0;
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" data-testid="vip-capacity-result" aria-live="polite">
      <Title order={4} size="h5" mb="xs">
        {t('partC.vip.result.title')}
      </Title>
      <FiguresTable rows={rows} maxWidth={620} labelWidth="45%" />
      {!planned ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('partC.vip.result.noContacts')}
        </Text>
      ) : result.staffable ? (
        <Text size="sm" c="teal.8" mt="xs">
          {t('partC.vip.result.ok', { count: input.people, questionnaires: n(result.questionnairesPerYear, 0) })}
        </Text>
      ) : (
        <Alert color="orange" mt="sm" icon={<IconAlertTriangle size={18} />} title={t('partC.vip.result.warningTitle')} data-testid="vip-capacity-warning">
          {result.peopleNeededWhole === null ? t('partC.vip.result.noCapacity') : t('partC.vip.result.warning', { count: result.peopleNeededWhole, people: n(input.people, 0) })}
        </Alert>
      )}
    </Paper>
  );
}
