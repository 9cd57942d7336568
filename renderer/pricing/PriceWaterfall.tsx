import { Anchor, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { Fragment, useDeferredValue, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../shared/format';
import { displayDigits, toMajor } from '../../shared/money';
import { waterfallChartData } from '../../shared/charts/definitions';
import { priceWaterfall, type WaterfallRow } from '../../shared/pricing/prices';
import { waterfallChartBars } from '../../shared/pricing/waterfallChart';
import { ChartView } from '../forecast/ForecastCharts';
import type { Project } from '../../shared/project/schema';
import { routes } from '../app/routes';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';

type ChannelRules = Project['policy']['channelRules'];
type Column = 'channel' | 'productGroup' | 'listPrice' | 'adjustment' | 'invoicePrice' | 'bonus' | 'netPrice' | 'unitCost' | 'margin';
const COLUMNS: readonly Column[] = ['channel', 'productGroup', 'listPrice', 'adjustment', 'invoicePrice', 'bonus', 'netPrice', 'unitCost', 'margin'];
const HINTS: Partial<Record<Column, 'pricing.waterfallBonusHint' | 'pricing.waterfallMarginHint'>> = { bonus: 'pricing.waterfallBonusHint', margin: 'pricing.waterfallMarginHint' };

/**
 * The price waterfall, read-only: for every channel and every product group with a list price,
 * the step from list price to what the company keeps, against the unit cost. It follows the
 * matrix and the bonus tiers as they are typed (the catalogue's prices come from the project).
 */
export function PriceWaterfall({ session }: { session: ProjectSession }) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<ChannelRules>();
  const catalogues = useSessionSelector(session, (s) => s.project.catalogues);
  const meta = useSessionSelector(session, (s) => s.project.meta);
  // The waterfall (a table and a chart) follows a beat behind typing in the matrix, so a key paints first.
  const adjustments = useDeferredValue(useWatch({ control, name: 'pricing.adjustments' }));
  const schemes = useDeferredValue(useWatch({ control, name: 'motivation.schemes' }));
  const rows = useMemo(
    () => priceWaterfall({ catalogues, meta, policy: { channelRules: { pricing: { adjustments: adjustments ?? [] } as ChannelRules['pricing'], motivation: { schemes: schemes ?? [] } as ChannelRules['motivation'] } } }),
    [catalogues, meta, adjustments, schemes],
  );
  const currency = meta.currency;
  const language = i18n.language;
  const money = (minor: number) => numberFormat(language, { minimumFractionDigits: displayDigits(currency), maximumFractionDigits: displayDigits(currency) }).format(toMajor(minor, currency) || 0);
  const percent = (value: number, digits: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }) => `${numberFormat(language, digits).format(value)} %`;
  const nameOf = (list: { id: string; name: string }[], id: string) => list.find((entry) => entry.id === id)?.name ?? '';

  const heading = (
    <>
      <Text fw={500} size="sm">
        {t('pricing.waterfall')}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {t('pricing.waterfallHint', { currency })}
      </Text>
    </>
  );
  if (rows.length === 0)
    return (
      <div data-testid="price-waterfall">
        {heading}
        <Text size="sm" c="dimmed">
          {t('pricing.waterfallEmpty')}{' '}
          <Anchor href={`#${routes.project(session.id, 'catalogues', 'catalogues.productGroups')}`} size="sm" underline="always">
            {t('sections.catalogues.title')}
          </Anchor>
        </Text>
      </div>
    );

  const byChannel = new Map<string, WaterfallRow[]>();
  for (const row of rows) byChannel.set(row.channelId, [...(byChannel.get(row.channelId) ?? []), row]);
  const right = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
  const step = (amount: number, share: number) => (
    <>
      {money(amount)}
      {share !== 0 && (
        <Text span size="xs" c="dimmed" display="block">
          {percent(share)}
        </Text>
      )}
    </>
  );

  return (
    <div data-testid="price-waterfall">
      {heading}
      <ScrollArea type="auto">
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={8} fz="sm" miw={760} aria-label={t('pricing.waterfall')}>
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((column, i) => {
                const hint = HINTS[column];
                const label = t(`pricing.waterfallColumns.${column}`);
                return (
                  <Table.Th key={column} style={i < 2 ? undefined : right} fz="xs">
                    {hint ? (
                      <Tooltip label={t(hint)} multiline w={260} withArrow>
                        <span>{label}</span>
                      </Tooltip>
                    ) : (
                      label
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...byChannel].map(([channelId, channelRows]) => (
              <Fragment key={channelId}>
                {channelRows.map((row, i) => (
                  <Table.Tr key={row.productGroupId} data-testid="waterfall-row">
                    {i === 0 && (
                      <Table.Th scope="rowgroup" rowSpan={channelRows.length} fw={500} style={{ verticalAlign: 'top' }}>
                        {nameOf(catalogues.channels, channelId)}
                      </Table.Th>
                    )}
                    <Table.Td>{nameOf(catalogues.productGroups, row.productGroupId)}</Table.Td>
                    <Table.Td style={right}>{money(row.listPrice)}</Table.Td>
                    <Table.Td style={right}>{step(row.adjustment, row.adjustmentPercent)}</Table.Td>
                    <Table.Td style={right} fw={500}>
                      {money(row.invoicePrice)}
                    </Table.Td>
                    <Table.Td style={right}>{step(row.bonus, -row.bonusPercent)}</Table.Td>
                    <Table.Td style={right} fw={500}>
                      {money(row.netPrice)}
                    </Table.Td>
                    <Table.Td style={right}>{row.unitCost === null ? '–' : money(row.unitCost)}</Table.Td>
                    <Table.Td style={right} c={row.marginPercent !== null && row.marginPercent < 0 ? 'red.8' : undefined} fw={500}>
                      {row.marginPercent === null ? '–' : percent(row.marginPercent, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <WaterfallChart rows={rows} catalogues={catalogues} currency={currency} />
    </div>
  );
}

/** The waterfall as the document draws it: where each list price goes, in % of it. */
function WaterfallChart({ rows, catalogues, currency }: { rows: WaterfallRow[]; catalogues: Project['catalogues']; currency: string }) {
  const { t, i18n } = useTranslation();
  const { bars, averaged } = useMemo(() => waterfallChartBars(rows, (list, id) => catalogues[list].find((e) => e.id === id)?.name ?? ''), [rows, catalogues]);
  const data = useMemo(
    () =>
      waterfallChartData(bars, {
        currency,
        locale: i18n.language,
        texts: {
          unitCost: t('pricing.waterfallColumns.unitCost'),
          margin: t('pricing.waterfallColumns.margin'),
          loss: t('pricing.waterfallChart.loss'),
          netPrice: t('pricing.waterfallColumns.netPrice'),
          bonus: t('pricing.waterfallColumns.bonus'),
          discount: t('pricing.waterfallChart.discount'),
        },
      }),
    [bars, currency, i18n.language, t],
  );
  if (bars.length === 0) return null;
  return (
    <>
      <ChartView data={data} label={t('pricing.waterfallChart.label')} height={90 + bars.length * 34} testId="waterfall-chart" />
      {averaged && (
        <Text size="xs" c="dimmed">
          {t('pricing.waterfallChart.averaged')}
        </Text>
      )}
    </>
  );
}

