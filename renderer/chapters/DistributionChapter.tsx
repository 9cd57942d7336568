import { Alert, SimpleGrid, Stack, Title } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { DistributionChapter as DistributionSchema, type Project } from '../../shared/project/schema';
import { findSection } from '../../shared/sections/catalogue';
import { FieldPathProvider } from '../editor/FieldPath';
import { FormMultiSelect, FormRichText, FormSegmented, FormSelect, FormTextarea, FormTextInput } from '../editor/fields';
import { RowsEditor } from '../editor/RowsEditor';
import { RowsTable } from '../editor/RowsTable';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { ChapterHeader, SubPart } from './layout';
import { useCatalogueOptions } from './useCatalogueOptions';
import { distributionValidation } from './validation';

const section = findSection('distribution')!;
const select = (p: Project) => p.policy.distribution;
const apply = (draft: Project, values: Project['policy']['distribution']) => {
  draft.policy.distribution = values;
};

function NetworkUnitFields({ list, index }: { list: 'branches' | 'dealers'; index: number }) {
  const { t } = useTranslation();
  const base = `${list}.${index}`;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        <FormTextInput name={`${base}.name`} label={t('distribution.unitName')} required />
        <FormTextInput name={`${base}.location`} label={t('distribution.location')} required />
        <FormSegmented
          name={`${base}.status`}
          label={t('distribution.status')}
          data={[
            { value: 'existing', label: t('distribution.existing') },
            { value: 'planned', label: t('distribution.planned') },
          ]}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <FormTextarea name={`${base}.structure`} label={t('distribution.structure')} minRows={1} />
        <FormTextarea name={`${base}.currentState`} label={t('distribution.currentState')} minRows={1} />
        <FormTextarea name={`${base}.goals`} label={t('distribution.goals')} minRows={1} />
        <FormTextarea name={`${base}.tasks`} label={t('distribution.tasks')} minRows={1} />
      </SimpleGrid>
    </Stack>
  );
}

const newUnit = () => ({ id: newId(), name: '', status: 'existing' as const, location: '', structure: '', currentState: '', goals: '', tasks: '' });

export function DistributionChapter({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const options = useCatalogueOptions(session);
  const form = useSectionForm({ session, select, apply, storable: DistributionSchema, validation: distributionValidation, undoKey: 'distribution' });
  const cataloguesMissing = options.productGroups.length === 0 || options.territories.length === 0 || options.channels.length === 0;
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="policy.distribution">
        <Stack gap="lg">
          <ChapterHeader section={section} session={session} />
          <SubPart section={section} id="scheme">
            <FormRichText name="narrative" label={t('distribution.narrative')} minRows={2} />
            <Title order={4} size="h5">
              {t('distribution.branches')}
            </Title>
            <RowsEditor
              name="branches"
              rowLabel={(i) => t('distribution.branchRow', { number: i + 1 })}
              addLabel={t('distribution.addBranch')}
              emptyText={t('distribution.emptyBranches')}
              newRow={newUnit}
              renderRow={(i) => <NetworkUnitFields list="branches" index={i} />}
            />
            <Title order={4} size="h5">
              {t('distribution.dealers')}
            </Title>
            <RowsEditor
              name="dealers"
              rowLabel={(i) => t('distribution.dealerRow', { number: i + 1 })}
              addLabel={t('distribution.addDealer')}
              emptyText={t('distribution.emptyDealers')}
              newRow={newUnit}
              renderRow={(i) => <NetworkUnitFields list="dealers" index={i} />}
            />
          </SubPart>
          <SubPart section={section} id="priorityChannels">
            {cataloguesMissing && <Alert color="yellow">{t('distribution.needCatalogues')}</Alert>}
            <RowsTable
              name="priorityChannels"
              rowLabel={(i) => t('distribution.priorityRow', { number: i + 1 })}
              addLabel={t('distribution.addPriority')}
              emptyText={t('distribution.emptyPriorities')}
              newRow={() => ({ id: newId(), productGroupId: '', territoryId: '', channelIds: [], targetCustomerType: '' })}
              columns={[
                { label: t('distribution.productGroup'), required: true, width: '22%', cell: (i) => <FormSelect name={`priorityChannels.${i}.productGroupId`} label={t('distribution.productGroup')} data={options.productGroups} required /> },
                { label: t('distribution.territory'), required: true, width: '18%', cell: (i) => <FormSelect name={`priorityChannels.${i}.territoryId`} label={t('distribution.territory')} data={options.territories} required /> },
                { label: t('distribution.channels'), required: true, cell: (i) => <FormMultiSelect name={`priorityChannels.${i}.channelIds`} label={t('distribution.channels')} data={options.channels} required /> },
                {
                  label: t('distribution.targetCustomerType'),
                  hint: t('distribution.targetCustomerTypeHint'),
                  width: '22%',
                  cell: (i) => <FormTextarea name={`priorityChannels.${i}.targetCustomerType`} label={t('distribution.targetCustomerType')} minRows={1} />,
                },
              ]}
            />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}
