import { Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { MethodsChapter as MethodsSchema, type Project } from '../../shared/project/schema';
import { findSection } from '../../shared/sections/catalogue';
import { FieldPathProvider } from '../editor/FieldPath';
import { FormRichText, FormSelect, FormTextarea } from '../editor/fields';
import { RowsTable } from '../editor/RowsTable';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { ChapterHeader, SubPart } from './layout';
import { useCatalogueOptions } from './useCatalogueOptions';
import { methodsValidation } from './validation';

const section = findSection('methods')!;
const select = (p: Project) => p.policy.methods;
const apply = (draft: Project, values: Project['policy']['methods']) => {
  draft.policy.methods = values;
};

export function MethodsChapter({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const options = useCatalogueOptions(session);
  const form = useSectionForm({ session, select, apply, storable: MethodsSchema, validation: methodsValidation, undoKey: 'methods' });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="policy.methods">
        <Stack gap="lg">
          <ChapterHeader section={section} session={session} />
          <SubPart section={section} id="principles">
            <RowsTable
              name="principles"
              rowLabel={(i) => t('methods.row', { number: i + 1 })}
              addLabel={t('methods.add')}
              emptyText={t('methods.empty')}
              newRow={() => ({ id: newId(), counterpartyTypeId: '', principle: '' })}
              columns={[
                { label: t('methods.counterpartyType'), required: true, width: '30%', cell: (i) => <FormSelect name={`principles.${i}.counterpartyTypeId`} label={t('methods.counterpartyType')} data={options.counterpartyTypes} required /> },
                { label: t('methods.principle'), hint: t('methods.principleHint'), required: true, cell: (i) => <FormTextarea name={`principles.${i}.principle`} label={t('methods.principle')} required minRows={1} /> },
              ]}
            />
            <FormRichText name="narrative" label={t('methods.narrative')} description={t('methods.narrativeHint')} required />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}
