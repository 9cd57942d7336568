import { Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buildDocument } from '../../shared/document/build';
import { newId } from '../../shared/project/blank';
import { ExecutiveSummary, type Project } from '../../shared/project/schema';
import { findSection } from '../../shared/sections/catalogue';
import { FieldPathProvider } from '../editor/FieldPath';
import { FormRichText, FormTextarea } from '../editor/fields';
import { RowsEditor } from '../editor/RowsEditor';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { useDeferredProject } from '../project/projectChecks';
import { ChapterHeader, SubPart } from './layout';
import { summaryValidation } from './validation';

const section = findSection('summary')!;
const select = (p: Project) => p.summary;
const apply = (draft: Project, values: Project['summary']) => {
  draft.summary = values;
};

/** The key figures exactly as the document prints them (the document model computes and formats them). */
function KeyFiguresPanel({ project }: { project: Project }) {
  const { t } = useTranslation();
  const table = useMemo(() => {
    const model = buildDocument(project, { draft: false, chapters: ['summary'] });
    return model.blocks.find((b) => b.kind === 'table' && b.id === 'key-figures');
  }, [project]);
  return (
    <Stack gap="xs" data-testid="key-figures">
      <Title order={4} size="h5">
        {t('summary.keyFigures')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('summary.keyFiguresHint')}
      </Text>
      {table?.kind === 'table' ? (
        <Table withTableBorder striped>
          <Table.Tbody>
            {table.rows.map((row) => (
              <Table.Tr key={row.cells[0]}>
                <Table.Th scope="row" w="40%">
                  {row.cells[0]}
                </Table.Th>
                <Table.Td>{row.cells[1]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm">{t('summary.noKeyFigures')}</Text>
      )}
    </Stack>
  );
}

/** The executive summary: the user's paragraph and the board's decisions, beside the computed key figures. */
export function SummaryChapter({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const project = useDeferredProject(session);
  const form = useSectionForm({ session, select, apply, storable: ExecutiveSummary, validation: summaryValidation, undoKey: 'summary' });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="summary">
        <Stack gap="lg">
          <ChapterHeader section={section} session={session} />
          <SubPart section={section} id="summaryText">
            <FormRichText name="text" label={t('summary.text')} description={t('summary.textHint')} required minRows={4} />
            <KeyFiguresPanel project={project} />
            <Title order={4} size="h5">
              {t('summary.decisions')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('summary.decisionsHint')}
            </Text>
            <RowsEditor
              name="decisions"
              rowLabel={(i) => t('summary.decisionRow', { number: i + 1 })}
              addLabel={t('summary.addDecision')}
              emptyText={t('summary.emptyDecisions')}
              newRow={() => ({ id: newId(), decision: '' })}
              renderRow={(i) => <FormTextarea name={`decisions.${i}.decision`} label={t('summary.decision')} required minRows={1} />}
            />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}
