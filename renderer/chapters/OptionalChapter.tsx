import { Stack } from '@mantine/core';
import { useCallback } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OptionalChapter as OptionalChapterSchema, type OptionalChapterId, type Project } from '../../shared/project/schema';
import { findSection } from '../../shared/sections/catalogue';
import { FieldPathProvider } from '../editor/FieldPath';
import { FormCheckbox, FormRichText } from '../editor/fields';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { ChapterHeader, SubPart } from './layout';

/** Part C: a chapter the user may add to the document, with free text. */
export function OptionalChapterForm({ session, chapterId }: { session: ProjectSession; chapterId: OptionalChapterId }) {
  const { t } = useTranslation();
  const section = findSection(chapterId)!;
  const select = useCallback((p: Project) => p.optionalChapters[chapterId], [chapterId]);
  const apply = useCallback(
    (draft: Project, values: Project['optionalChapters'][OptionalChapterId]) => {
      draft.optionalChapters[chapterId] = values;
    },
    [chapterId],
  );
  const form = useSectionForm({ session, select, apply, storable: OptionalChapterSchema, validation: OptionalChapterSchema, undoKey: chapterId });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base={`optionalChapters.${chapterId}`}>
        <Stack gap="lg">
          <ChapterHeader section={section} session={session} />
          <SubPart section={section} id="body">
            <FormCheckbox name="included" label={t('optional.include')} />
            <FormRichText name="body" label={t('optional.body')} minRows={8} />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}
