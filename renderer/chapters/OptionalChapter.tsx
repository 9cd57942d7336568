import { Stack } from '@mantine/core';
import { useCallback } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OptionalChapters, type OptionalChapterId, type Project } from '../../shared/project/schema';
import { findSection } from '../../shared/sections/catalogue';
import { FieldPathProvider } from '../editor/FieldPath';
import { FormCheckbox, FormRichText } from '../editor/fields';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { PartCQuestions } from '../partC/PartCQuestions';
import { ChapterHeader, SubPart } from './layout';

/** Part C: a chapter the user may add to the document: its switch, its own questions, then free text. */
export function OptionalChapterForm({ session, chapterId }: { session: ProjectSession; chapterId: OptionalChapterId }) {
  const { t } = useTranslation();
  const section = findSection(chapterId)!;
  const schema = OptionalChapters.shape[chapterId];
  const select = useCallback((p: Project) => p.optionalChapters[chapterId], [chapterId]);
  const apply = useCallback(
    (draft: Project, values: Project['optionalChapters'][OptionalChapterId]) => {
      draft.optionalChapters[chapterId] = values as never; // the chapter's own schema validated it
    },
    [chapterId],
  );
  const form = useSectionForm({ session, select, apply, storable: schema, validation: schema, undoKey: chapterId });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base={`optionalChapters.${chapterId}`}>
        <Stack gap="lg">
          <ChapterHeader section={section} session={session} />
          <FormCheckbox name="included" label={t('optional.include')} />
          <PartCQuestions chapterId={chapterId} session={session} section={section} />
          <SubPart section={section} id="body">
            <FormRichText name="body" label={t('optional.body')} minRows={8} />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}
