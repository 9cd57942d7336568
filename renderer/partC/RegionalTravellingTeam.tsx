import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconHome, IconInfoCircle } from '@tabler/icons-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatMoney, numberFormat } from '../../shared/format';
import { travellingTeam } from '../../shared/partC/travellingTeam';
import type { RegionalExpansion } from '../../shared/project/partC';
import { FormMoneyInput, FormNumberInput } from '../editor/fields';
import { FiguresTable, type Figure } from './FiguresTable';

const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The travelling team's pattern and prices, and its month computed as they are typed. */
export function RegionalTravellingTeam({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<RegionalExpansion>();
  const [planned, held] = useWatch({ control, name: ['team.meetingsPlannedPerDay', 'team.heldPercent'] });
  const heldPerDay = numberFormat(i18n.language, { maximumFractionDigits: 1 }).format((finite(planned) * finite(held)) / 100);
  return (
    <Stack gap="md">
      {/* Inputs on one line whatever the length of the labels and hints above them. */}
      <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
        <FormNumberInput name="team.teamSize" label={t('partC.regions.teamSize')} description={t('partC.regions.teamSizeHint')} min={0} max={100} decimals={0} />
        <FormNumberInput name="team.officeWeeks" label={t('partC.regions.officeWeeks')} description={t('partC.regions.officeWeeksHint')} min={0} max={52} decimals={0} />
        <FormNumberInput name="team.fieldWeeks" label={t('partC.regions.fieldWeeks')} description={t('partC.regions.fieldWeeksHint')} min={0} max={52} decimals={0} />
        <FormNumberInput name="team.meetingsPlannedPerDay" label={t('partC.regions.meetingsPlanned')} description={t('partC.regions.meetingsPlannedHint')} min={0} max={50} decimals={1} />
        <FormNumberInput name="team.heldPercent" label={t('partC.regions.heldPercent')} description={t('partC.regions.heldPercentHint', { held: heldPerDay })} min={0} max={100} decimals={2} suffix=" %" />
        <FormNumberInput name="team.flatThresholdDays" label={t('partC.regions.thresholdDays')} description={t('partC.regions.thresholdDaysHint')} min={0} max={31} decimals={1} />
        <FormMoneyInput name="team.travelCostPerTrip" label={t('partC.regions.travelCost', { currency })} currency={currency} />
        <FormMoneyInput name="team.lodgingPerNight" label={t('partC.regions.lodging', { currency })} currency={currency} />
        <FormMoneyInput name="team.flatRentPerMonth" label={t('partC.regions.flatRent', { currency })} description={t('partC.regions.flatRentHint')} currency={currency} nullable />
      </SimpleGrid>
      <TravellingTeamResult currency={currency} />
    </Stack>
  );
}

function TravellingTeamResult({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<RegionalExpansion>();
  const team = useWatch({ control, name: 'team' });
  const language = i18n.language;
  const rent = team?.flatRentPerMonth;
  const threshold = finite(team?.flatThresholdDays);
  const result = travellingTeam({
    teamSize: finite(team?.teamSize),
    officeWeeksPerCycle: finite(team?.officeWeeks),
    fieldWeeksPerCycle: finite(team?.fieldWeeks),
    meetingsPlannedPerDay: finite(team?.meetingsPlannedPerDay),
    heldPercent: finite(team?.heldPercent),
    travelCostPerTrip: finite(team?.travelCostPerTrip),
    lodgingPerNight: finite(team?.lodgingPerNight),
    flatRentPerMonth: typeof rent === 'number' && Number.isFinite(rent) ? rent : null,
    flatThresholdDays: threshold,
  });
  const n = (value: number | null, digits = 1) => (value === null ? t('partC.regions.result.none') : numberFormat(language, { maximumFractionDigits: digits }).format(value));
  const money = (minor: number | null) => (minor === null ? t('partC.regions.result.none') : formatMoney(minor, currency, language));

  if (result.cyclesPerMonth === null) {
    return (
      <Paper withBorder radius="md" p="md" bg="gray.0" data-testid="travelling-team-result">
        <Text size="sm" c="dimmed">
          {t('partC.regions.result.noCycle')}
        </Text>
      </Paper>
    );
  }
  const days = n(result.daysOnSitePerMonth);
  const rows: Figure[] = [
    { label: t('partC.regions.result.meetingsHeld'), value: n(result.meetingsHeldPerMonth) },
    { label: t('partC.regions.result.daysOnSite'), value: days },
    { label: t('partC.regions.result.costPerMonth'), value: money(result.costPerMonth) },
    { label: t('partC.regions.result.costPerMeeting'), value: money(result.costPerMeetingHeld) },
  ];
  const above = (result.daysOnSitePerMonth ?? 0) > threshold;
  const flat = result.flat;
  const flatText = !above
    ? t('partC.regions.result.belowThreshold', { days, threshold: n(threshold) })
    : flat === null
      ? t('partC.regions.result.flatNoRent', { days, threshold: n(threshold) })
      : flat.cheaper === 'flat'
        ? t('partC.regions.result.flatCheaper', { days, rent: money(flat.flatPerMonth), saving: money(flat.saving), hotel: money(flat.hotelPerMonth) })
        : flat.cheaper === 'hotel'
          ? t('partC.regions.result.flatDearer', { days, rent: money(flat.flatPerMonth), saving: money(flat.saving), hotel: money(flat.hotelPerMonth) })
          : t('partC.regions.result.flatSame', { days, rent: money(flat.flatPerMonth) });
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" data-testid="travelling-team-result" aria-live="polite">
      <Title order={4} size="h5">
        {t('partC.regions.result.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('partC.regions.result.cycle', { weeks: n(result.cycleWeeks, 0), cycles: n(result.cyclesPerMonth, 2) })}
      </Text>
      <FiguresTable rows={rows} maxWidth={520} labelWidth="60%" />
      <Alert
        mt="sm"
        color={above && flat?.cheaper === 'flat' ? 'teal' : above ? 'blue' : 'gray'}
        variant="light"
        icon={above ? <IconHome size={18} /> : <IconInfoCircle size={18} />}
        data-testid="travelling-team-flat"
      >
        {flatText}
      </Alert>
    </Paper>
  );
}
