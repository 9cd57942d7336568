import { Button, Group, Select, Table, Text, type ComboboxItem } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ALL_PRODUCT_GROUPS } from '../../shared/pricing/prices';
import { withPricingRules } from '../../shared/project/ruleRefs';
import type { Project } from '../../shared/project/schema';
import { MatrixCell } from '../chapters/PriceMatrix';
import { RowActions } from '../editor/RowActions';
import { fromGroupOrAllOption, groupOrAllData, toGroupOrAllOption } from './GroupOrAllSelect';

type ChannelRules = Project['policy']['channelRules'];
type Adjustment = ChannelRules['pricing']['adjustments'][number];

/** Stands for "" (all product groups) in the product group list; never an id. */

/**
 * The adjustments for one delivery zone: the same list as the price matrix (rows with a zone),
 * edited as a small table. A row always names its zone, or it would be a matrix cell.
 */
export function ZoneAdjustments({ channels, productGroups, zones }: { channels: ComboboxItem[]; productGroups: ComboboxItem[]; zones: ComboboxItem[] }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<ChannelRules>();
  const watchedAdjustments = useWatch({ control, name: 'pricing.adjustments' });
  const watchedRules = useWatch({ control, name: 'pricing.rules' });
  const adjustments = watchedAdjustments ?? [];
  const rows = adjustments.map((adjustment, index) => ({ adjustment, index })).filter(({ adjustment }) => adjustment.zoneId !== '');

  // A channel priced only in a zone is a pricing rule too (P-n), as the matrix makes it.
  useEffect(() => {
    const rules = watchedRules ?? [];
    const next = withPricingRules(rules, watchedAdjustments ?? []);
    if (next.length !== rules.length) setValue('pricing.rules', next, { shouldDirty: true });
  }, [watchedAdjustments, watchedRules, setValue]);

  const write = (next: Adjustment[]) => setValue('pricing.adjustments', next, { shouldDirty: true, shouldValidate: true });
  const change = (index: number, patch: Partial<Adjustment>) => write(adjustments.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  const add = (at = adjustments.length) => {
    const row: Adjustment = { channelId: '', productGroupId: ALL_PRODUCT_GROUPS, zoneId: zones[0]!.value, percent: 0 };
    write([...adjustments.slice(0, at), row, ...adjustments.slice(at)]);
  };
  const columns = [t('pricing.channel'), t('pricing.productGroup'), t('pricing.zone'), t('pricing.percent')];

  return (
    <div>
      <Group justify="space-between" mb={6} wrap="nowrap" align="flex-start">
        <div>
          <Text fw={500} size="sm">
            {t('pricing.zoneAdjustments')}
          </Text>
          <Text size="xs" c="dimmed">
            {rows.length === 0 ? t('pricing.emptyZoneAdjustments') : t('pricing.zoneAdjustmentsHint')}
          </Text>
        </div>
        <Button variant="light" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => add()} style={{ flexShrink: 0 }}>
          {t('pricing.addZoneAdjustment')}
        </Button>
      </Group>
      {rows.length > 0 && (
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} className="cpb-rows-table" data-field="policy.channelRules.pricing.adjustments">
          <Table.Thead>
            <Table.Tr>
              {columns.map((label, i) => (
                <Table.Th key={label} w={i === 3 ? 150 : undefined}>
                  <Text size="xs" fw={600} span>
                    {label}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th w={40}>
                <Text size="xs" className="cpb-visually-hidden">
                  {t('common.actions')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ adjustment, index }, position) => {
              const label = t('pricing.zoneAdjustment', { number: position + 1 });
              return (
                <Table.Tr key={position} aria-label={label}>
                  <Table.Td>
                    <Select
                      aria-label={t('pricing.channel')}
                      size="sm"
                      data={channels}
                      value={adjustment.channelId || null}
                      onChange={(next) => change(index, { channelId: next ?? '' })}
                      error={adjustment.channelId === '' ? true : undefined}
                      searchable
                      allowDeselect={false}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('pricing.productGroup')}
                      size="sm"
                      data={groupOrAllData(t('pricing.allGroups'), productGroups)}
                      value={toGroupOrAllOption(adjustment.productGroupId)}
                      onChange={(next) => change(index, { productGroupId: fromGroupOrAllOption(next) })}
                      searchable
                      allowDeselect={false}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('pricing.zone')}
                      size="sm"
                      data={zones}
                      value={adjustment.zoneId}
                      onChange={(next) => next && change(index, { zoneId: next })}
                      allowDeselect={false}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <MatrixCell
                      key={`${index}:${adjustment.channelId}:${adjustment.productGroupId}:${adjustment.zoneId}`}
                      boxed
                      label={t('pricing.percent')}
                      value={adjustment.percent}
                      onCommit={(percent) => change(index, { percent: percent ?? 0 })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RowActions label={label} onInsertBelow={() => add(index + 1)} onRemove={() => write(adjustments.filter((_, i) => i !== index))} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
