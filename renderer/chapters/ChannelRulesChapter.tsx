import { Alert, Anchor, Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { FormProvider, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { ChannelRulesChapter as ChannelRulesSchema, type Project } from '../../shared/project/schema';
import { findSection } from '../../shared/sections/catalogue';
import { routes } from '../app/routes';
import { FieldPathProvider } from '../editor/FieldPath';
import { FormMoneyInput, FormNumberInput, FormRichText, FormSelect, FormTextarea, FormTextInput } from '../editor/fields';
import { RowsEditor } from '../editor/RowsEditor';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';
import { ChapterHeader, SubPart } from './layout';
import { PriceMatrix } from './PriceMatrix';
import { useCatalogueOptions } from './useCatalogueOptions';
import { channelRulesValidation } from './validation';
import { RuleFields, RuleRefBadge } from './RuleFields';
import { RowsTable } from '../editor/RowsTable';
import { nextRuleRef } from '../../shared/project/ruleRefs';
import { ZoneAdjustments } from '../pricing/ZoneAdjustments';
import { PriceWaterfall } from '../pricing/PriceWaterfall';
import { GroupOrAllSelect } from '../pricing/GroupOrAllSelect';
import { useDetailsForFix } from '../pricing/useDetailsForFix';

const section = findSection('channelRules')!;
const select = (p: Project) => p.policy.channelRules;
const apply = (draft: Project, values: Project['policy']['channelRules']) => {
  draft.policy.channelRules = values;
};
const BASES = ['exWorks', 'delivered', 'zone', 'other'] as const;
const PERIODS = ['monthly', 'quarterly', 'annual'] as const;
const LIMIT_SCOPES = ['perPartner', 'channel'] as const;

export function ChannelRulesChapter({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const options = useCatalogueOptions(session);
  const currency = useSessionSelector(session, (s) => s.project.meta.currency);
  const kpis = useSessionSelector(session, (s) => s.project.catalogues.kpis);
  const form = useSectionForm({ session, select, apply, storable: ChannelRulesSchema, validation: channelRulesValidation, undoKey: 'channelRules' });
  const pricingBasis = useWatch({ control: form.control, name: 'pricing.basis' });
  const terms = useWatch({ control: form.control, name: 'creditPolicy.terms' });
  // A problem with a credit exception: its row's panel opens, so the link reaches the field.
  useDetailsForFix('policy.channelRules.creditPolicy.terms', /^(\d+)\.(exceptions|conditions|owner|effectiveDate)(\.|$)/);
  const zonesLink = (
    <Anchor href={`#${routes.project(session.id, 'catalogues', 'catalogues.zones')}`} size="xs" underline="always">
      {t('sections.catalogues.title')}
    </Anchor>
  );
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="policy.channelRules">
        <Stack gap="lg">
          <ChapterHeader section={section} session={session} />

          <SubPart section={section} id="scope">
            <FormRichText name="scope" label={t('rules.scope')} description={t('rules.scopeHint')} minRows={2} />
          </SubPart>

          <SubPart section={section} id="pricing">
            <FormSelect
              name="pricing.basis"
              label={t('pricing.basis')}
              searchable={false}
              data={BASES.map((basis) => ({ value: basis, label: t(`pricing.bases.${basis}`) }))}
              required
            />
            {pricingBasis === 'zone' &&
              (options.zones.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('pricing.noZones')} {zonesLink}
                </Text>
              ) : (
                <FormSelect name="pricing.baseZoneId" label={t('pricing.baseZone')} description={t('pricing.baseZoneHint')} data={options.zones} searchable={false} />
              ))}
            <FormRichText name="pricing.basePrinciple" label={t('pricing.basePrinciple')} required minRows={2} />
            <FormRichText name="pricing.deliveryCosts" label={t('pricing.deliveryCosts')} required minRows={2} />
            <div>
              <Text fw={500} size="sm">
                {t('pricing.adjustments')}
              </Text>
              <Text size="xs" c="dimmed" mb={6}>
                {t('pricing.adjustmentsHint')}
              </Text>
              {options.channels.length === 0 || options.productGroups.length === 0 ? (
                <Alert color="yellow">{t('pricing.needCatalogues')}</Alert>
              ) : (
                <PriceMatrix channels={options.channels} productGroups={options.productGroups} />
              )}
            </div>
            {options.channels.length > 0 &&
              (options.zones.length > 0 ? (
                <ZoneAdjustments channels={options.channels} productGroups={options.productGroups} zones={options.zones} />
              ) : (
                pricingBasis === 'zone' && (
                  <Text size="xs" c="dimmed">
                    {t('pricing.zoneAdjustmentsNeedZones')} {zonesLink}
                  </Text>
                )
              ))}
            <PriceWaterfall session={session} />
            <FormRichText name="pricing.narrative" label={t('pricing.narrative')} minRows={2} />
          </SubPart>

          <SubPart section={section} id="motivation">
            <RowsEditor
              name="motivation.schemes"
              rowLabel={(i) => t('motivation.scheme', { number: i + 1 })}
              addLabel={t('motivation.addScheme')}
              emptyText={t('motivation.emptySchemes')}
              newRow={() => ({ id: newId(), ref: nextRuleRef(form.getValues('motivation.schemes')), owner: '', effectiveDate: null, name: '', counterpartyTypeId: '', channelId: '', kpiId: '', period: 'quarterly', tiers: [], notes: '' })}
              renderRow={(i) => (
                <Stack gap="sm">
                  <RuleRefBadge kind="motivation" name={`motivation.schemes.${i}`} />
                  {/* What is paid on what first (name, indicator, tiers): the tiers a few Tab presses from the heading. */}
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    <FormTextInput name={`motivation.schemes.${i}.name`} label={t('motivation.name')} required />
                    <FormSelect name={`motivation.schemes.${i}.kpiId`} label={t('motivation.kpi')} data={options.kpis} required />
                  </SimpleGrid>
                  <Text fw={500} size="sm">
                    {t('motivation.tiers')}
                  </Text>
                  <RowsTable
                    name={`motivation.schemes.${i}.tiers`}
                    rowLabel={(j) => t('motivation.tier', { number: j + 1 })}
                    addLabel={t('motivation.addTier')}
                    emptyText={t('motivation.emptyTiers')}
                    newRow={() => ({ id: newId(), threshold: 0, reward: '', rewardPercent: null })}
                    columns={[
                      { label: t('motivation.threshold'), required: true, width: 170, cell: (j) => <FormNumberInput name={`motivation.schemes.${i}.tiers.${j}.threshold`} label={t('motivation.threshold')} min={0} required /> },
                      { label: t('motivation.reward'), required: true, cell: (j) => <FormTextarea name={`motivation.schemes.${i}.tiers.${j}.reward`} label={t('motivation.reward')} required minRows={1} /> },
                      {
                        label: t('motivation.rewardPercent'),
                        hint: t('motivation.rewardPercentHint'),
                        width: 130,
                        cell: (j) => <FormNumberInput name={`motivation.schemes.${i}.tiers.${j}.rewardPercent`} label={t('motivation.rewardPercent')} min={-100} max={1000} suffix=" %" nullable />,
                      },
                    ]}
                  />
                  <SimpleGrid cols={{ base: 1, md: 3 }}>
                    <FormSelect name={`motivation.schemes.${i}.counterpartyTypeId`} label={t('motivation.counterpartyType')} data={options.counterpartyTypes} required />
                    <FormSelect name={`motivation.schemes.${i}.channelId`} label={t('motivation.channel')} description={t('motivation.channelHint')} data={options.channels} clearable />
                    <FormSelect
                      name={`motivation.schemes.${i}.period`}
                      label={t('motivation.period')}
                      searchable={false}
                      data={PERIODS.map((period) => ({ value: period, label: t(`motivation.periods.${period}`) }))}
                    />
                  </SimpleGrid>
                  <FormTextarea name={`motivation.schemes.${i}.notes`} label={t('motivation.notes')} minRows={1} />
                  <RuleFields kind="motivation" name={`motivation.schemes.${i}`} badge={false} />
                </Stack>
              )}
            />
            <div>
              <Title order={4} size="h5">
                {t('motivation.kpis')}
              </Title>
              <Text size="xs" c="dimmed" mb={6}>
                {t('motivation.kpisHint')}{' '}
                <Anchor href={`#${routes.project(session.id, 'catalogues')}`} size="xs" underline="always">
                  {t('motivation.editKpis')}
                </Anchor>
              </Text>
              {kpis.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('motivation.noKpis')}
                </Text>
              ) : (
                <Table withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('catalogues.name')}</Table.Th>
                      <Table.Th>{t('catalogues.unit')}</Table.Th>
                      <Table.Th>{t('catalogues.measurement')}</Table.Th>
                      <Table.Th>{t('catalogues.target')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {kpis.map((kpi) => (
                      <Table.Tr key={kpi.id}>
                        <Table.Td>{kpi.name}</Table.Td>
                        <Table.Td>{kpi.unit}</Table.Td>
                        <Table.Td>{kpi.measurement}</Table.Td>
                        <Table.Td>{kpi.target}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </div>
            <FormRichText name="motivation.narrative" label={t('motivation.narrative')} minRows={2} />
          </SubPart>

          <SubPart section={section} id="creditPolicy">
            <Title order={4} size="h5">
              {t('credit.terms')}
            </Title>
            <RowsTable
              name="creditPolicy.terms"
              rowLabel={(i) => t('credit.row', { number: i + 1 })}
              addLabel={t('credit.add')}
              emptyText={t('credit.empty')}
              newRow={() => ({
                id: newId(),
                ref: nextRuleRef(form.getValues('creditPolicy.terms')),
                owner: '',
                effectiveDate: null,
                channelId: '',
                paymentDays: 0,
                creditLimit: 0,
                limitScope: '',
                prepaymentPercent: 0,
                conditions: '',
                exceptions: [],
              })}
              lead={(i) => <RuleRefBadge kind="credit" name={`creditPolicy.terms.${i}`} />}
              columns={[
                {
                  label: t('credit.channel'),
                  required: true,
                  width: '26%',
                  cell: (i) => (
                    <Stack gap={2}>
                      <FormSelect name={`creditPolicy.terms.${i}.channelId`} label={t('credit.channel')} data={options.channels} required />
                      <TermsSummary conditions={terms?.[i]?.conditions ?? ''} exceptions={terms?.[i]?.exceptions.length ?? 0} />
                    </Stack>
                  ),
                },
                { label: t('credit.paymentDays'), required: true, width: 92, cell: (i) => <FormNumberInput name={`creditPolicy.terms.${i}.paymentDays`} label={t('credit.paymentDays')} min={0} max={365} decimals={0} required /> },
                { label: t('credit.creditLimit', { currency }), required: true, width: 136, cell: (i) => <FormMoneyInput name={`creditPolicy.terms.${i}.creditLimit`} label={t('credit.creditLimit', { currency })} currency={currency} required /> },
                {
                  label: t('credit.limitScope'),
                  hint: t('credit.limitScopeHint'),
                  width: 212,
                  cell: (i) => (
                    <FormSelect name={`creditPolicy.terms.${i}.limitScope`} label={t('credit.limitScope')} placeholder={t('credit.limitScopeUnset')} searchable={false} clearable data={LIMIT_SCOPES.map((scope) => ({ value: scope, label: t(`credit.limitScopes.${scope}`) }))} />
                  ),
                },
                { label: t('credit.prepaymentPercent'), required: true, width: 96, cell: (i) => <FormNumberInput name={`creditPolicy.terms.${i}.prepaymentPercent`} label={t('credit.prepaymentPercent')} min={0} max={100} suffix=" %" required /> },
              ]}
              details={(i) => (
                <Stack gap="md">
                  <FormTextarea name={`creditPolicy.terms.${i}.conditions`} label={t('credit.conditions')} description={t('credit.conditionsHint')} minRows={1} />
                  <CreditExceptions index={i} currency={currency} productGroups={options.productGroups} />
                  <RuleFields kind="credit" name={`creditPolicy.terms.${i}`} badge={false} />
                </Stack>
              )}
            />
            <FormTextarea name="creditPolicy.newCustomerTerms" label={t('credit.newCustomerTerms')} description={t('credit.newCustomerTermsHint')} minRows={1} />
            <Title order={4} size="h5">
              {t('credit.lateSteps')}
            </Title>
            <RowsTable
              name="creditPolicy.latePaymentSteps"
              rowLabel={(i) => t('credit.lateStep', { number: i + 1 })}
              addLabel={t('credit.addLateStep')}
              emptyText={t('credit.emptyLateSteps')}
              newRow={() => ({ id: newId(), afterDays: 0, action: '' })}
              columns={[
                { label: t('credit.afterDays'), required: true, width: 170, cell: (i) => <FormNumberInput name={`creditPolicy.latePaymentSteps.${i}.afterDays`} label={t('credit.afterDays')} min={0} decimals={0} required /> },
                { label: t('credit.action'), required: true, cell: (i) => <FormTextarea name={`creditPolicy.latePaymentSteps.${i}.action`} label={t('credit.action')} required minRows={1} /> },
              ]}
            />
            <FormRichText name="creditPolicy.narrative" label={t('credit.narrative')} minRows={2} />
          </SubPart>

          <SubPart section={section} id="exceptions">
            <FormRichText name="exceptions" label={t('rules.exceptions')} description={t('rules.exceptionsHint')} minRows={3} />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}

/** A channel's credit exceptions: other terms for a product group, or for orders from an amount up. */
function CreditExceptions({ index, currency, productGroups }: { index: number; currency: string; productGroups: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const name = `creditPolicy.terms.${index}.exceptions`;
  return (
    <div>
      <Text fw={500} size="sm">
        {t('credit.exceptions')}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {t('credit.exceptionsHint')}
      </Text>
      <RowsTable
        name={name}
        rowLabel={(j) => t('credit.exception', { number: j + 1 })}
        addLabel={t('credit.addException')}
        emptyText={t('credit.emptyExceptions')}
        newRow={() => ({ id: newId(), productGroupId: '', minOrder: null, prepaymentPercent: 0, paymentDays: 0, note: '' })}
        columns={[
          { label: t('credit.productGroup'), width: '26%', cell: (j) => <GroupOrAllSelect name={`${name}.${j}.productGroupId`} label={t('credit.productGroup')} allLabel={t('credit.anyProductGroup')} data={productGroups} /> },
          {
            label: t('credit.minOrder', { currency }),
            hint: t('credit.minOrderHint'),
            width: 140,
            cell: (j) => <FormMoneyInput name={`${name}.${j}.minOrder`} label={t('credit.minOrder', { currency })} currency={currency} nullable />,
          },
          { label: t('credit.prepaymentPercent'), width: 96, cell: (j) => <FormNumberInput name={`${name}.${j}.prepaymentPercent`} label={t('credit.prepaymentPercent')} min={0} max={100} suffix=" %" /> },
          { label: t('credit.paymentDays'), width: 96, cell: (j) => <FormNumberInput name={`${name}.${j}.paymentDays`} label={t('credit.paymentDays')} min={0} max={365} decimals={0} /> },
          { label: t('credit.note'), cell: (j) => <FormTextInput name={`${name}.${j}.note`} label={t('credit.note')} /> },
        ]}
      />
    </div>
  );
}

/** What the row's detail panel holds, in a line under the channel: the conditions, how many exceptions. */
function TermsSummary({ conditions, exceptions }: { conditions: string; exceptions: number }) {
  const { t } = useTranslation();
  if (conditions.trim() === '' && exceptions === 0) return null;
  return (
    // Width 0 and at least the cell's: a long text is cut at the cell, not widening the column.
    <Group gap={6} wrap="nowrap" px={4} style={{ width: 0, minWidth: '100%' }}>
      {exceptions > 0 && (
        <Badge variant="light" color="gray" size="sm" radius="sm" style={{ flexShrink: 0 }}>
          {t('credit.exceptionCount', { count: exceptions })}
        </Badge>
      )}
      <Text size="xs" c="dimmed" truncate title={conditions}>
        {conditions}
      </Text>
    </Group>
  );
}
