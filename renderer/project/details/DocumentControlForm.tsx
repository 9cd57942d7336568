import { SimpleGrid, Title } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/project/blank';
import { DocumentControl, PolicyStatus, type Project } from '../../../shared/project/schema';
import { findSection } from '../../../shared/sections/catalogue';
import { documentControlValidation } from '../../chapters/validation';
import { SubPart } from '../../chapters/layout';
import { FieldPathProvider } from '../../editor/FieldPath';
import { FormDateInput, FormSelect, FormTextarea, FormTextInput } from '../../editor/fields';
import { RowsTable } from '../../editor/RowsTable';
import { useSectionForm } from '../../editor/useSectionForm';
import type { ProjectSession } from '../projectSession';

const section = findSection('details')!;
const select = (p: Project) => p.meta.control;
const apply = (draft: Project, values: DocumentControl) => {
  draft.meta.control = values;
};

/** Document control: the policy's reference, status, owner, versions and approvers (printed after the title page). */
export function DocumentControlForm({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const form = useSectionForm({ session, select, apply, storable: DocumentControl, validation: documentControlValidation, undoKey: 'documentControl' });
  const today = new Date().toISOString().slice(0, 10);
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="meta.control">
        <SubPart section={section} id="control">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <FormTextInput name="reference" label={t('control.reference')} description={t('control.referenceHint')} required />
            <FormSelect name="status" label={t('control.status')} searchable={false} data={PolicyStatus.options.map((status) => ({ value: status, label: t(`control.statuses.${status}`) }))} />
            <FormDateInput name="effectiveDate" label={t('control.effectiveDate')} />
            <FormDateInput name="nextReviewDate" label={t('control.nextReviewDate')} />
            <FormTextInput name="owner.name" label={t('control.ownerName')} description={t('control.ownerNameHint')} required />
            <FormTextInput name="owner.role" label={t('control.ownerRole')} />
          </SimpleGrid>
          <FormTextarea name="distribution" label={t('control.distribution')} description={t('control.distributionHint')} minRows={2} />
          <Title order={4} size="h5">
            {t('control.history')}
          </Title>
          <RowsTable
            name="history"
            rowLabel={(i) => t('control.versionRow', { number: i + 1 })}
            addLabel={t('control.addVersion')}
            emptyText={t('control.emptyHistory')}
            newRow={() => ({ id: newId(), version: '', date: today, author: '', changes: '' })}
            columns={[
              { label: t('control.version'), width: 90, cell: (i) => <FormTextInput name={`history.${i}.version`} label={t('control.version')} /> },
              { label: t('control.date'), width: 170, cell: (i) => <FormDateInput name={`history.${i}.date`} label={t('control.date')} /> },
              { label: t('control.author'), width: '22%', cell: (i) => <FormTextInput name={`history.${i}.author`} label={t('control.author')} /> },
              { label: t('control.changes'), cell: (i) => <FormTextarea name={`history.${i}.changes`} label={t('control.changes')} minRows={1} /> },
            ]}
          />
          <Title order={4} size="h5">
            {t('control.approvals')}
          </Title>
          <RowsTable
            name="approvals"
            rowLabel={(i) => t('control.approvalRow', { number: i + 1 })}
            addLabel={t('control.addApproval')}
            emptyText={t('control.emptyApprovals')}
            newRow={() => ({ id: newId(), name: '', role: '', date: null, resolution: '' })}
            columns={[
              { label: t('control.name'), cell: (i) => <FormTextInput name={`approvals.${i}.name`} label={t('control.name')} /> },
              { label: t('control.role'), cell: (i) => <FormTextInput name={`approvals.${i}.role`} label={t('control.role')} /> },
              { label: t('control.date'), width: 170, cell: (i) => <FormDateInput name={`approvals.${i}.date`} label={t('control.date')} /> },
              { label: t('control.resolution'), hint: t('control.resolutionHint'), cell: (i) => <FormTextInput name={`approvals.${i}.resolution`} label={t('control.resolution')} /> },
            ]}
          />
        </SubPart>
      </FieldPathProvider>
    </FormProvider>
  );
}
