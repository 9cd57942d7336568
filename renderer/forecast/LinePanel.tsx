import { Anchor, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Draft } from 'immer';
import { generateYear1, unitPriceOf } from '../../shared/forecast/engine';
import { formatMoney, numberFormat } from '../../shared/format';
import { toMajor, toMinor } from '../../shared/money';
import { adjustmentFor, surchargeApplies, zoneOfTerritory, zonePrice } from '../../shared/pricing/prices';
import type { ForecastLine, Project } from '../../shared/project/schema';
import { routes } from '../app/routes';
import { useCatalogueOptions } from '../chapters/useCatalogueOptions';
import { LabeledSegmented } from '../components/LabeledSegmented';
import { RowActions } from '../editor/RowActions';
import type { ProjectSession } from '../project/projectSession';
import { LocaleNumberInput } from '../components/LocaleNumberInput';

interface Props {
  session: ProjectSession;
  project: Project;
  index: number;
  onRemoved(): void;
}

const FLAT = Array.from({ length: 12 }, () => 1);

/** The selected line's settings and the helpers that fill its figures. */
export function LinePanel({ session, project, index, onRemoved }: Props) {
  const { t, i18n } = useTranslation();
  const options = useCatalogueOptions(session);
  const line = project.salesPlan.forecast.lines[index]!;
  const { currency, horizonYears } = project.meta;
  const money = line.planning === 'money';
  const fromPolicy = !money && line.priceSource === 'policy';
  const update = (recipe: (line: Draft<ForecastLine>) => void) =>
    session.update((draft) => recipe(draft.salesPlan.forecast.lines[index]!), `forecast-${line.id}`);
  const [start, setStart] = useState<number | string>(line.year1Generator ? (money ? toMajor(line.year1Generator.start, currency) : line.year1Generator.start) : '');
  const [monthlyGrowth, setMonthlyGrowth] = useState<number | string>(line.year1Generator?.monthlyGrowthPercent ?? 0);
  const [seasonality, setSeasonality] = useState<(number | string)[]>(line.year1Generator?.seasonality ?? FLAT);
  const [yearlyGrowth, setYearlyGrowth] = useState<number | string>('');
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });

  const generate = () => {
    if (typeof start !== 'number' || typeof monthlyGrowth !== 'number') return;
    const factors = seasonality.map((f) => (typeof f === 'number' ? f : 1));
    const startStored = money ? toMinor(start, currency) : start;
    update((l) => {
      l.year1 = generateYear1(startStored, monthlyGrowth, factors, project.meta.planStart);
      l.year1Generator = { start: startStored, monthlyGrowthPercent: monthlyGrowth, seasonality: factors };
    });
  };

  return (
    <Paper withBorder p="lg" radius="md" data-testid="line-panel" aria-label={t('forecast.lineSettings', { name: line.name })} component="section">
      <Group justify="space-between" mb="md">
        <Title order={4} size="h5">
          {t('forecast.lineSettings', { name: line.name || t('forecast.unnamedLine') })}
        </Title>
        <RowActions
          label={line.name}
          move={{
            up: index > 0 ? () => session.update((d) => moveLine(d, index, -1), 'forecast-order') : null,
            down: index < project.salesPlan.forecast.lines.length - 1 ? () => session.update((d) => moveLine(d, index, 1), 'forecast-order') : null,
          }}
          onRemove={() => {
            session.update((d) => void d.salesPlan.forecast.lines.splice(index, 1), 'forecast-order');
            onRemoved();
          }}
        />
      </Group>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2, xl: 4 }}>
          <TextInput label={t('forecast.lineName')} value={line.name} onChange={(e) => update((l) => void (l.name = e.currentTarget.value))} />
          <Select label={t('forecast.productGroup')} data={options.productGroups} value={line.productGroupId} clearable onChange={(v) => update((l) => void (l.productGroupId = v))} />
          <Select label={t('forecast.channel')} data={options.channels} value={line.channelId} clearable onChange={(v) => update((l) => void (l.channelId = v))} />
          <Select label={t('forecast.territory')} data={options.territories} value={line.territoryId} clearable onChange={(v) => update((l) => void (l.territoryId = v))} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2, xl: 4 }}>
          <TextInput label={t('forecast.unitName')} value={line.unitName} onChange={(e) => update((l) => void (l.unitName = e.currentTarget.value))} />
          <LabeledSegmented
            label={t('forecast.priceSegment')}
            value={line.priceSegment}
            data={(['low', 'mid', 'high'] as const).map((s) => ({ value: s, label: t(`forecast.segments.${s}`) }))}
            onChange={(v) => update((l) => void (l.priceSegment = v))}
          />
          <LabeledSegmented
            label={t('forecast.planning')}
            value={line.planning}
            data={[
              { value: 'money' as const, label: t('forecast.inMoney', { currency }) },
              { value: 'units' as const, label: t('forecast.inUnits') },
            ]}
            onChange={(v) => update((l) => void (l.planning = v))}
          />
          <LocaleNumberInput
            label={t('forecast.dealSize', { currency })}
            description={t('forecast.dealSizeHint')}
            value={line.dealSize === null ? '' : toMajor(line.dealSize, currency)}
            thousandSeparator=" "
            min={0}
            hideControls
            onChange={(v) => update((l) => void (l.dealSize = typeof v === 'number' && v >= 0 ? toMinor(v, currency) : null))}
          />
        </SimpleGrid>
        {/* Three columns: the price source and direct cost are segmented controls that need the room. */}
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {!money && (
            <LabeledSegmented
              label={t('forecast.priceSource')}
              value={line.priceSource}
              data={(['own', 'policy'] as const).map((s) => ({ value: s, label: t(`forecast.priceSources.${s}`) }))}
              onChange={(v) => update((l) => void (l.priceSource = v))}
            />
          )}
          {fromPolicy ? (
            <LocaleNumberInput
              label={t('forecast.policyPrice.label', { currency })}
              description={<PolicyPriceNote project={project} line={line} sessionId={session.id} />}
              value={toMajor(unitPriceOf(project, line), currency)}
              thousandSeparator=" "
              readOnly
              variant="filled"
              hideControls
            />
          ) : (
            <LocaleNumberInput
              label={t('forecast.unitPrice', { currency })}
              description={money ? t('forecast.unitPriceMoneyHint') : undefined}
              value={line.unitPrice === null ? '' : toMajor(line.unitPrice, currency)}
              thousandSeparator=" "
              min={0}
              hideControls
              onChange={(v) => update((l) => void (l.unitPrice = typeof v === 'number' ? toMinor(v, currency) : null))}
            />
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('forecast.directCost')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <SegmentedControl
                aria-label={t('forecast.directCostMode')}
                value={line.directCost.mode}
                data={[
                  { value: 'percentOfSales', label: '%' },
                  { value: 'perUnit', label: t('forecast.perUnit'), disabled: money },
                ]}
                onChange={(v) => update((l) => void (l.directCost = { mode: v as 'percentOfSales' | 'perUnit', value: 0 }))}
              />
              <LocaleNumberInput
                aria-label={t('forecast.directCostValue')}
                value={line.directCost.mode === 'perUnit' ? toMajor(line.directCost.value, currency) : line.directCost.value}
                suffix={line.directCost.mode === 'percentOfSales' ? ' %' : ` ${currency}`}
                min={0}
                hideControls
                thousandSeparator=" "
                onChange={(v) => {
                  if (typeof v !== 'number' || v < 0) return;
                  update((l) => void (l.directCost.value = l.directCost.mode === 'perUnit' ? toMinor(v, currency) : v));
                }}
              />
            </Group>
          </Stack>
        </SimpleGrid>

        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Text fw={600} size="sm">
            {t('forecast.generateTitle')}
          </Text>
          <Text size="xs" c="dimmed" mb="sm">
            {t('forecast.generateHint')}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 4 }} mb="sm">
            <LocaleNumberInput label={money ? t('forecast.startValue', { currency }) : t('forecast.startUnits')} value={start} onChange={setStart} thousandSeparator=" " min={0} hideControls />
            <LocaleNumberInput label={t('forecast.monthlyGrowth')} value={monthlyGrowth} onChange={setMonthlyGrowth} suffix=" %" hideControls />
          </SimpleGrid>
          <Text size="xs" fw={500} mb={4}>
            {t('forecast.seasonality')}
          </Text>
          <SimpleGrid cols={{ base: 6, md: 12 }} spacing={4}>
            {seasonality.map((factor, i) => (
              <LocaleNumberInput
                key={i}
                size="xs"
                // Factors are by calendar month, January first, whatever month the plan starts in.
                label={monthName.format(new Date(Date.UTC(2000, i, 1)))}
                value={factor}
                decimalScale={2}
                min={0}
                max={10}
                hideControls
                onChange={(v) => setSeasonality((s) => s.map((f, j) => (j === i ? v : f)))}
              />
            ))}
          </SimpleGrid>
          <Group mt="sm">
            <Button size="xs" onClick={generate} disabled={typeof start !== 'number'}>
              {t('forecast.generate')}
            </Button>
          </Group>
        </Paper>

        {horizonYears > 1 && (
          <Group align="flex-end">
            <LocaleNumberInput label={t('forecast.laterGrowth')} value={yearlyGrowth} onChange={setYearlyGrowth} suffix=" %" min={-100} max={1000} hideControls w={220} />
            <Button
              size="sm"
              variant="light"
              disabled={typeof yearlyGrowth !== 'number'}
              onClick={() => update((l) => void (l.laterYears = Array.from({ length: horizonYears - 1 }, () => ({ mode: 'growth' as const, value: Number(yearlyGrowth) }))))}
            >
              {t('forecast.applyLaterGrowth')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Where a line's policy price comes from: "List price HUF 1,000,000 −12% for Dealers.", or what
 * is missing for it, with a link to the place that sets it.
 */
function PolicyPriceNote({ project, line, sessionId }: { project: Project; line: ForecastLine; sessionId: string }) {
  const { t, i18n } = useTranslation();
  const groupIndex = project.catalogues.productGroups.findIndex((g) => g.id === line.productGroupId);
  const group = project.catalogues.productGroups[groupIndex];
  const matrix = (
    <Anchor href={`#${routes.project(sessionId, 'channelRules', 'policy.channelRules.pricing.adjustments')}`} size="xs">
      {t('forecast.policyPrice.openMatrix')}
    </Anchor>
  );
  if (!group) return <>{t('forecast.policyPrice.noGroup')}</>;
  if (group.listPrice === null) {
    return (
      <>
        {t('forecast.policyPrice.noListPrice', { group: group.name })}{' '}
        <Anchor href={`#${routes.project(sessionId, 'catalogues', `catalogues.productGroups.${groupIndex}.listPrice`)}`} size="xs">
          {t('forecast.policyPrice.setListPrice')}
        </Anchor>
      </>
    );
  }
  return (
    <>
      {policyPriceText(t, project, line, group.listPrice, i18n.language)} {matrix}
    </>
  );
}

/** The policy price's derivation in words, for the line panel and the grid's tooltip. */
function policyPriceText(t: TFunction, project: Project, line: ForecastLine, listPrice: number, locale: string): string {
  const { currency } = project.meta;
  // In another zone than the base, the list price carries the zone's surcharge (as the engine prices it).
  const zone = zoneOfTerritory(project, line.territoryId);
  const list = surchargeApplies(project.policy.channelRules.pricing, zone) ? t('forecast.policyPrice.inZone', { price: formatMoney(zonePrice(listPrice, zone, currency), currency, locale), zone: zone.name }) : formatMoney(listPrice, currency, locale);
  const channel = project.catalogues.channels.find((c) => c.id === line.channelId);
  if (!channel) return t('forecast.policyPrice.noChannel', { listPrice: list });
  const percent = adjustmentFor(project.policy.channelRules.pricing, channel.id, listPriceGroupId(line), zone?.id ?? '');
  if (percent === null) return t('forecast.policyPrice.noAdjustment', { listPrice: list, channel: channel.name });
  const adjustment = `${percent < 0 ? '−' : percent > 0 ? '+' : '±'}${numberFormat(locale, { maximumFractionDigits: 2 }).format(Math.abs(percent))}%`;
  return t('forecast.policyPrice.adjusted', { listPrice: list, adjustment, channel: channel.name });
}

const listPriceGroupId = (line: ForecastLine) => line.productGroupId ?? '';

function moveLine(draft: Draft<Project>, index: number, step: -1 | 1) {
  const lines = draft.salesPlan.forecast.lines;
  const [line] = lines.splice(index, 1);
  if (line) lines.splice(index + step, 0, line);
}
