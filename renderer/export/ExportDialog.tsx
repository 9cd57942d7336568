import { Alert, Button, Checkbox, Group, List, Progress, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../shared/api/contract';
import type { Language } from '../../shared/project/primitives';
import type { Project } from '../../shared/project/schema';
import { DOCUMENT_CHAPTER_IDS, findSection, sectionKeys, type SectionId } from '../../shared/sections/catalogue';
import { missingRequired } from '../../shared/sections/completeness';
import { useApi } from '../api/ApiProvider';
import { AccentColorInput } from '../branding/AccentColorInput';
import { LabeledSegmented } from '../components/LabeledSegmented';
import { MissingPartsList } from '../components/MissingPartsList';
import { notifyError } from '../components/notify';
import type { ProjectSession } from '../project/projectSession';
import { problemsOf } from '../project/projectChecks';
import { useSessionSelector } from '../project/useSessionSelector';
import { AppModal } from '../components/AppModal';

type Format = 'pdf' | 'docx' | 'both';

/** The chapters the document can have: optional chapters only when the project includes them. */
const availableChapters = (project: Project): SectionId[] =>
  DOCUMENT_CHAPTER_IDS.filter((id) => {
    const optional = findSection(id)?.optionalChapterId;
    return !optional || project.optionalChapters[optional].included;
  });

/** Counts seconds while an export runs, so a long one visibly moves. */
function useElapsedSeconds(running: boolean) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [running]);
  return seconds;
}

/** Export: options, the policy's open errors and missing parts first, then the native save dialog and the file. */
export function ExportDialog({ session, opened, onClose }: { session: ProjectSession; opened: boolean; onClose(): void }) {
  // Closed, it follows no edits: the checks it shows run only while it is open.
  return opened ? <OpenExportDialog session={session} onClose={onClose} /> : null;
}

function OpenExportDialog({ session, onClose }: { session: ProjectSession; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  // What was typed just before opening is part of what is exported.
  useEffect(() => session.applyDeferred(), [session]);
  const project = useSessionSelector(session, (s) => s.project);
  const [paper, setPaper] = useState<'A4' | 'LETTER'>('A4');
  const [format, setFormat] = useState<Format>('pdf');
  const [language, setLanguage] = useState<Language>(project.meta.outputLanguage);
  const [draft, setDraft] = useState(false);
  const chapters = availableChapters(project);
  const [excluded, setExcluded] = useState<SectionId[]>([]);
  const included = chapters.filter((id) => !excluded.includes(id));
  const [busy, setBusy] = useState(false);
  const elapsed = useElapsedSeconds(busy);
  const errors = problemsOf(project).filter((p) => p.severity === 'error');
  // A final document with empty required parts would read as finished: say what is missing, and ask.
  const missing = draft ? [] : missingRequired(project, included);

  const exportNow = async () => {
    setBusy(true);
    await session.flush();
    const result = await api['document:export']({
      id: session.id,
      format,
      draft,
      paper,
      language,
      accent: project.meta.branding.accentColor,
      ...(included.length < chapters.length ? { chapters: included } : {}),
    });
    setBusy(false);
    if (!result.ok) return notifyError(t, result.error);
    onClose();
    showWritten(result.value.files);
  };

  const showWritten = (files: CallOutput<'document:export'>['files']) =>
    notifications.show({
      color: 'teal',
      autoClose: 12_000,
      title: t('export.done'),
      message: (
        <Stack gap={8}>
          {files.map(({ path, format: written }) => (
            <Stack key={path} gap={4}>
              <Text size="sm">{path}</Text>
              <Group gap="xs">
                <Button size="compact-xs" variant="light" onClick={() => void api['file:reveal']({ path, how: 'open' })}>
                  {t(written === 'pdf' ? 'export.openPdf' : 'export.openDocx')}
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => void api['file:reveal']({ path, how: 'showInFolder' })}>
                  {t('export.showInFolder')}
                </Button>
              </Group>
            </Stack>
          ))}
        </Stack>
      ),
    });

  const formatHint = { pdf: t('export.pdfHint'), docx: t('export.docxHint'), both: t('export.bothHint') }[format];

  return (
    <AppModal opened onClose={() => !busy && onClose()} title={t('export.title')} centered size="lg" closeOnClickOutside={!busy} closeOnEscape={!busy}>
      <Stack>
        {errors.length > 0 && (
          <Alert color="red" title={t('export.errorsTitle', { count: errors.length })}>
            <List size="sm" spacing={2}>
              {errors.slice(0, 5).map((p, i) => (
                <List.Item key={i}>{String(t(`review.rules.${p.rule}` as 'review.rules.salesGap', p.params as { line: string; month: string }))}</List.Item>
              ))}
            </List>
            <Text size="xs" mt={6}>
              {t('export.errorsHint')}
            </Text>
          </Alert>
        )}
        {missing.length > 0 && (
          <Alert color="yellow" title={t('export.missingTitle', { count: missing.length })} data-testid="export-missing">
            <MissingPartsList projectId={session.id} missing={missing} onNavigate={onClose} />
            <Group gap="xs" mt={8}>
              <Button size="compact-xs" variant="light" color="yellow" onClick={() => setDraft(true)} disabled={busy}>
                {t('export.markAsDraft')}
              </Button>
              <Text size="xs">{t('export.missingHint')}</Text>
            </Group>
          </Alert>
        )}
        <fieldset disabled={busy} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack>
            <LabeledSegmented<Format>
              label={t('export.format')}
              value={format}
              onChange={setFormat}
              data={[
                { value: 'pdf' as const, label: t('export.pdf') },
                { value: 'docx' as const, label: t('export.docx') },
                { value: 'both' as const, label: t('export.both') },
              ]}
            >
              <Group gap="xs" mt={4} wrap="nowrap">
                {format !== 'docx' && <IconFileTypePdf size={18} color="var(--mantine-color-red-7)" aria-hidden />}
                {format !== 'pdf' && <IconFileTypeDocx size={18} color="var(--mantine-color-blue-7)" aria-hidden />}
                <Text size="xs" c="dimmed">
                  {formatHint}
                </Text>
              </Group>
            </LabeledSegmented>
            <SimpleGrid cols={2}>
              <Select
                label={t('export.language')}
                description={t('export.languageHint')}
                data={[
                  { value: 'en', label: t('languages.en') },
                  { value: 'hu', label: t('languages.hu') },
                ]}
                allowDeselect={false}
                value={language}
                onChange={(value) => setLanguage(value === 'hu' ? 'hu' : 'en')}
              />
              <LabeledSegmented<'A4' | 'LETTER'>
                label={t('export.paper')}
                value={paper}
                onChange={setPaper}
                data={[
                  { value: 'A4' as const, label: 'A4' },
                  { value: 'LETTER' as const, label: 'Letter' },
                ]}
              />
            </SimpleGrid>
            <AccentColorInput
              value={project.meta.branding.accentColor}
              disabled={session.readOnly}
              onChange={(color) =>
                session.update((draftProject) => {
                  draftProject.meta.branding.accentColor = color;
                })
              }
            />
            <Checkbox.Group
              label={t('export.chapters')}
              description={t('export.chaptersHint')}
              value={included}
              onChange={(values) => setExcluded(chapters.filter((id) => !values.includes(id)))}
              error={included.length === 0 ? t('export.noChapters') : undefined}
            >
              <SimpleGrid cols={2} spacing={6} mt={6}>
                {chapters.map((id) => (
                  <Checkbox key={id} value={id} size="xs" label={t(sectionKeys({ id }).title as 'sections.goals.title')} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Checkbox label={t('export.draft')} description={t('export.draftHint')} checked={draft} onChange={(e) => setDraft(e.currentTarget.checked)} />
          </Stack>
        </fieldset>
        {busy && (
          <Stack gap={4} role="status" aria-live="polite">
            <Progress value={100} striped animated aria-label={t('export.writing')} />
            <Text size="xs" c="dimmed">
              {t(format === 'both' ? 'export.writingBoth' : 'export.writing')} {elapsed > 1 ? t('export.elapsed', { seconds: elapsed }) : ''}
            </Text>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} disabled={included.length === 0} onClick={() => void exportNow()} color={missing.length > 0 ? 'yellow' : undefined}>
            {t(missing.length > 0 ? 'export.actionIncomplete' : 'export.action')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
