import { Badge, Group, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { useRef, useState } from 'react';
import { useRowFromFix } from '../editor/fixTarget';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ComboboxItem } from '@mantine/core';
import type { Project } from '../../shared/project/schema';
import { LocaleNumberInput } from '../components/LocaleNumberInput';
import { pricingRuleLabel, withPricingRules } from '../../shared/project/ruleRefs';
import { ALL_PRODUCT_GROUPS } from '../../shared/pricing/prices';
import { formatNumber } from '../../shared/format';

type Adjustment = Project['policy']['channelRules']['pricing']['adjustments'][number];
const MIN = -100;
const MAX = 1000;

/**
 * Channel × product group grid of markups (+) and discounts (−); an empty cell is no rule. The
 * first column is the channel's row for all product groups: a group's empty cell shows it greyed,
 * as that is what applies there. Adjustments for one zone are edited apart (ZoneAdjustments).
 */
export function PriceMatrix({ channels, productGroups }: { channels: ComboboxItem[]; productGroups: ComboboxItem[] }) {
  const { t, i18n } = useTranslation();
  const { control, setValue } = useFormContext<Project['policy']['channelRules']>();
  const adjustments = useWatch({ control, name: 'pricing.adjustments' }) ?? [];
  const tableRef = useRef<HTMLTableElement>(null);
  // "Fix" for a channel without a price rule: the focus goes to the channel's first cell.
  useRowFromFix('policy.channelRules.pricing.adjustments', ({ channelId }) => {
    const cell = channelId ? tableRef.current?.querySelector<HTMLInputElement>(`tr[data-channel="${CSS.escape(channelId)}"] input`) : null;
    cell?.scrollIntoView({ block: 'center', inline: 'nearest' });
    cell?.focus({ preventScroll: true });
  });
  const rules = useWatch({ control, name: 'pricing.rules' }) ?? [];

  const setCell = (channelId: string, productGroupId: string, percent: number | null) => {
    const others = adjustments.filter((a) => !(a.channelId === channelId && a.productGroupId === productGroupId && a.zoneId === ''));
    const next: Adjustment[] = percent === null ? others : [...others, { channelId, productGroupId, zoneId: '', percent }];
    // A channel priced for the first time becomes rule P-n; its number stays if its cells are emptied.
    const nextRules = withPricingRules(rules, next);
    if (nextRules.length !== rules.length) setValue('pricing.rules', nextRules, { shouldDirty: true });
    setValue('pricing.adjustments', next, { shouldDirty: true, shouldValidate: true });
  };

  return (
    <ScrollArea type="auto">
      <Table ref={tableRef} withTableBorder withColumnBorders data-field="policy.channelRules.pricing.adjustments" miw={200 + (productGroups.length + 1) * 130} className="cpb-price-matrix">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>{t('pricing.channelColumn')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }} bg="gray.0">
              <Tooltip label={t('pricing.allGroupsHint')} multiline w={260} withArrow>
                <span>{t('pricing.allGroups')}</span>
              </Tooltip>
            </Table.Th>
            {productGroups.map((group) => (
              <Table.Th key={group.value} style={{ textAlign: 'right' }}>
                {group.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {channels.map((channel) => {
            const rule = rules.find((r) => r.channelId === channel.value);
            const ref = rule ? pricingRuleLabel(rule.ref) : null;
            const all = adjustments.find((a) => a.channelId === channel.value && a.productGroupId === ALL_PRODUCT_GROUPS && a.zoneId === '')?.percent ?? null;
            return (
            <Table.Tr key={channel.value} data-channel={channel.value}>
              <Table.Th scope="row">
                <Group gap={6} wrap="nowrap">
                  {ref && (
                    <Badge variant="light" color="gray" radius="sm" data-testid="rule-ref" style={{ flexShrink: 0, overflow: 'visible' }}>
                      {ref}
                    </Badge>
                  )}
                  <Text size="sm" fw={500}>
                    {channel.label}
                  </Text>
                </Group>
              </Table.Th>
              <Table.Td p={4} className="cpb-matrix-cell" bg="gray.0">
                <MatrixCell label={t('pricing.allGroupsCellLabel', { channel: channel.label })} value={all} onCommit={(percent) => setCell(channel.value, ALL_PRODUCT_GROUPS, percent)} />
              </Table.Td>
              {productGroups.map((group) => {
                const current = adjustments.find((a) => a.channelId === channel.value && a.productGroupId === group.value && a.zoneId === '');
                return (
                  <Table.Td key={group.value} p={4} className="cpb-matrix-cell">
                    <MatrixCell
                      label={t('pricing.cellLabel', { channel: channel.label, productGroup: group.label })}
                      value={current?.percent ?? null}
                      placeholder={all === null ? undefined : `${formatNumber(all, i18n.language)} %`}
                      onCommit={(percent) => setCell(channel.value, group.value, percent)}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

/** Keeps what is being typed ("-", "-8") and commits only whole, in-range numbers. */
export function MatrixCell({ label, value, placeholder, onCommit, boxed = false }: { label: string; value: number | null; placeholder?: string; onCommit(percent: number | null): void; boxed?: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | number>(value ?? '');
  const number = typeof text === 'number' ? text : null;
  const outOfRange = number !== null && (number < MIN || number > MAX);
  return (
    <LocaleNumberInput
      aria-label={label}
      placeholder={placeholder}
      value={text}
      onChange={(next) => {
        setText(next);
        if (next === '') onCommit(null);
        else if (typeof next === 'number' && next >= MIN && next <= MAX) onCommit(next);
      }}
      error={outOfRange ? t('validation.percentRange') : undefined}
      decimalScale={2}
      suffix=" %"
      hideControls
      variant={boxed ? 'default' : 'unstyled'}
      size={boxed ? 'sm' : undefined}
      styles={{ input: { textAlign: 'right', paddingRight: 8 } }}
      allowNegative
    />
  );
}
