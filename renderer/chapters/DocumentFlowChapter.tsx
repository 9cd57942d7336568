import { useMemo } from 'react';
import { SimpleGrid, Stack } from '@mantine/core';
import { FormProvider, useController, useFormContext } from 'react-hook-form';
import { Select, type ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { DocumentFlowChapter as DocumentFlowSchema, type Party, type Project } from '../../shared/project/schema';
import { findSection } from '../../shared/sections/catalogue';
import { FieldPathProvider, useFieldPath } from '../editor/FieldPath';
import { useFieldLayout } from '../editor/fieldLayout';
import { FormMultiSelect, FormRichText, FormSelect, FormTextarea, FormTextInput, useErrorText } from '../editor/fields';
import { RowsTable } from '../editor/RowsTable';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';
import { ChapterHeader, SubPart } from './layout';
import { RuleFields, RuleRefBadge } from './RuleFields';
import { nextRuleRef, ruleLabel } from '../../shared/project/ruleRefs';
import { useCatalogueOptions } from './useCatalogueOptions';
import { documentFlowValidation } from './validation';

const section = findSection('documentFlow')!;
const select = (p: Project) => p.policy.documentFlow;
const apply = (draft: Project, values: Project['policy']['documentFlow']) => {
  draft.policy.documentFlow = values;
};
const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'annual', 'perEvent'] as const;

/** "From" and "To": the company itself, or a kind of partner. */
function PartySelect({ name, label, counterpartyTypes }: { name: string; label: string; counterpartyTypes: ComboboxItem[] }) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { field, fieldState } = useController({ control, name });
  const party = field.value as Party;
  const value = party.kind === 'company' ? 'company' : party.id ? `partner:${party.id}` : null;
  const inCell = useFieldLayout() === 'cell';
  return (
    <Select
      {...(inCell ? { 'aria-label': label } : { label, withAsterisk: true })}
      data-field={useFieldPath(name)}
      data={[{ value: 'company', label: t('documentFlow.company') }, ...counterpartyTypes.map((c) => ({ value: `partner:${c.value}`, label: c.label }))]}
      value={value}
      allowDeselect={false}
      error={useErrorText(fieldState.error?.message)}
      onChange={(next) => field.onChange(next === 'company' || next === null ? { kind: 'company' } : { kind: 'counterpartyType', id: next.slice('partner:'.length) })}
      ref={field.ref}
    />
  );
}

export function DocumentFlowChapter({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const options = useCatalogueOptions(session);
  const schemeList = useSessionSelector(session, (s) => s.project.policy.channelRules.motivation.schemes);
  const schemes = useMemo(() => schemeList.map((s) => ({ value: s.id, label: `${ruleLabel('motivation', s.ref)} ${s.name}` })), [schemeList]);
  const form = useSectionForm({ session, select, apply, storable: DocumentFlowSchema, validation: documentFlowValidation, undoKey: 'documentFlow' });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="policy.documentFlow">
        <Stack gap="lg">
          <ChapterHeader section={section} session={session} />
          <SubPart section={section} id="documents">
            <RowsTable
              name="documents"
              rowLabel={(i) => t('documentFlow.row', { number: i + 1 })}
              addLabel={t('documentFlow.add')}
              emptyText={t('documentFlow.empty')}
              newRow={() => ({
                id: newId(),
                ref: nextRuleRef(form.getValues('documents')),
                owner: '',
                effectiveDate: null,
                name: '',
                from: { kind: 'counterpartyType', id: '' },
                to: { kind: 'company' },
                frequency: 'monthly',
                due: '',
                content: '',
                purpose: '',
                feedsKpiIds: [],
                feedsSchemeIds: [],
              })}
              lead={(i) => <RuleRefBadge kind="documents" name={`documents.${i}`} />}
              columns={[
                { label: t('documentFlow.name'), required: true, width: '24%', cell: (i) => <FormTextInput name={`documents.${i}.name`} label={t('documentFlow.name')} required /> },
                { label: t('documentFlow.from'), required: true, cell: (i) => <PartySelect name={`documents.${i}.from`} label={t('documentFlow.from')} counterpartyTypes={options.counterpartyTypes} /> },
                { label: t('documentFlow.to'), required: true, cell: (i) => <PartySelect name={`documents.${i}.to`} label={t('documentFlow.to')} counterpartyTypes={options.counterpartyTypes} /> },
                {
                  label: t('documentFlow.frequency'),
                  width: 116,
                  cell: (i) => <FormSelect name={`documents.${i}.frequency`} label={t('documentFlow.frequency')} searchable={false} data={FREQUENCIES.map((f) => ({ value: f, label: t(`documentFlow.frequencies.${f}`) }))} />,
                },
                { label: t('documentFlow.due'), hint: t('documentFlow.dueHint'), width: 120, cell: (i) => <FormTextInput name={`documents.${i}.due`} label={t('documentFlow.due')} /> },
              ]}
              details={(i) => (
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    <FormTextarea name={`documents.${i}.content`} label={t('documentFlow.content')} minRows={1} />
                    <FormTextarea name={`documents.${i}.purpose`} label={t('documentFlow.purpose')} minRows={1} />
                    <FormMultiSelect name={`documents.${i}.feedsKpiIds`} label={t('documentFlow.feedsKpis')} data={options.kpis} />
                    <FormMultiSelect name={`documents.${i}.feedsSchemeIds`} label={t('documentFlow.feedsSchemes')} data={schemes} />
                  </SimpleGrid>
                  <RuleFields kind="documents" name={`documents.${i}`} badge={false} />
                </Stack>
              )}
            />
            <FormRichText name="narrative" label={t('documentFlow.narrative')} minRows={2} />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}
