import { SimpleGrid, Stack } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { GoalsChapter as GoalsSchema, type Project } from '../../shared/project/schema';
import { findSection } from '../../shared/sections/catalogue';
import { FieldPathProvider } from '../editor/FieldPath';
import { FormRichText, FormTextarea, FormTextInput } from '../editor/fields';
import { RowsEditor } from '../editor/RowsEditor';
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
            <RowsEditor
              name="items"
              rowLabel={(i) => t('goals.row', { number: i + 1 })}
              addLabel={t('goals.add')}
              emptyText={t('goals.empty')}
              newRow={() => ({ id: newId(), goal: '', horizon: '', measure: '', owner: '' })}
              renderRow={(i) => (
                <Stack gap="sm">
                  <FormTextarea name={`items.${i}.goal`} label={t('goals.goal')} description={t('goals.goalHint')} required minRows={1} />
                  <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
                    <FormTextInput name={`items.${i}.horizon`} label={t('goals.horizon')} description={t('goals.horizonHint')} required />
                    <FormTextInput name={`items.${i}.measure`} label={t('goals.measure')} description={t('goals.measureHint')} required />
                    <FormTextInput name={`items.${i}.owner`} label={t('goals.owner')} />
                  </SimpleGrid>
                </Stack>
              )}
            />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}
