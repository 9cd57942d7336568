import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { newId } from '../../../shared/project/blank';
import { GlossaryEntry, type Project } from '../../../shared/project/schema';
import { findSection } from '../../../shared/sections/catalogue';
import { glossaryValidation } from '../../chapters/validation';
import { SubPart } from '../../chapters/layout';
import { FieldPathProvider } from '../../editor/FieldPath';
import { FormTextarea, FormTextInput } from '../../editor/fields';
import { RowsTable } from '../../editor/RowsTable';
import { useSectionForm } from '../../editor/useSectionForm';
import type { ProjectSession } from '../projectSession';

const section = findSection('details')!;
const Glossary = z.object({ glossary: z.array(GlossaryEntry) });
const GlossaryValidation = z.object({ glossary: glossaryValidation });
const select = (p: Project) => ({ glossary: p.meta.glossary });
const apply = (draft: Project, values: z.infer<typeof Glossary>) => {
  draft.meta.glossary = values.glossary;
};

/** The user's own glossary terms; the appendix adds the abbreviations and catalogue terms it finds. */
export function GlossaryForm({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const form = useSectionForm({ session, select, apply, storable: Glossary, validation: GlossaryValidation, undoKey: 'glossary' });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="meta">
        <SubPart section={section} id="glossary">
          <RowsTable
            name="glossary"
            rowLabel={(i) => t('glossary.row', { number: i + 1 })}
            addLabel={t('glossary.add')}
            emptyText={t('glossary.empty')}
            newRow={() => ({ id: newId(), term: '', meaning: '' })}
            columns={[
              { label: t('glossary.term'), required: true, width: '28%', cell: (i) => <FormTextInput name={`glossary.${i}.term`} label={t('glossary.term')} required /> },
              { label: t('glossary.meaning'), required: true, cell: (i) => <FormTextarea name={`glossary.${i}.meaning`} label={t('glossary.meaning')} minRows={1} required /> },
            ]}
          />
        </SubPart>
      </FieldPathProvider>
    </FormProvider>
  );
}
