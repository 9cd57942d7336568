import { Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { GoalsChapter as GoalsSchema, type Project } from '../../shared/project/schema';
import { findSection } from '../../shared/sections/catalogue';
import { FieldPathProvider } from '../editor/FieldPath';
import { FormRichText, FormTextarea, FormTextInput } from '../editor/fields';
import { RowsTable } from '../editor/RowsTable';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { ChapterHeader, SubPart } from './layout';
import { goalsValidation } from './validation';

const section = findSection('goals')!;
const select = (p: Project) => p.policy.goals;
const apply = (draft: Project, values: Project['policy']['goals']) => {
  draft.policy.goals = values;
};

export function GoalsChapter({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const form = useSectionForm({ session, select, apply, storable: GoalsSchema, validation: goalsValidation, undoKey: 'goals' });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="policy.goals">
        <Stack gap="lg">
          <ChapterHeader section={section} session={session} />
          <SubPart section={section} id="goalList">
            <FormRichText name="intro" label={t('goals.intro')} description={t('goals.introHint')} minRows={2} />
            <RowsTable
              name="items"
              rowLabel={(i) => t('goals.row', { number: i + 1 })}
              addLabel={t('goals.add')}
              emptyText={t('goals.empty')}
              newRow={() => ({ id: newId(), goal: '', horizon: '', measure: '', owner: '' })}
              columns={[
                { label: t('goals.goal'), hint: t('goals.goalHint'), required: true, width: '38%', cell: (i) => <FormTextarea name={`items.${i}.goal`} label={t('goals.goal')} required minRows={1} /> },
                { label: t('goals.horizon'), hint: t('goals.horizonHint'), required: true, width: 140, cell: (i) => <FormTextInput name={`items.${i}.horizon`} label={t('goals.horizon')} required /> },
                { label: t('goals.measure'), hint: t('goals.measureHint'), required: true, cell: (i) => <FormTextarea name={`items.${i}.measure`} label={t('goals.measure')} required minRows={1} /> },
                { label: t('goals.owner'), width: 150, cell: (i) => <FormTextInput name={`items.${i}.owner`} label={t('goals.owner')} /> },
              ]}
            />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}
