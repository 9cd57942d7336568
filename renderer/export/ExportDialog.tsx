import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkProject } from '../../shared/checks/rules';
import { useApi } from '../api/ApiProvider';
import { LabeledSegmented } from '../components/LabeledSegmented';
import { notifyError } from '../components/notify';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSnapshot } from '../project/useProjectSession';

/** Export: options, the policy's open errors first, then the native save dialog and the file. */
export function ExportDialog({ session, opened, onClose }: { session: ProjectSession; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { project } = useSessionSnapshot(session);
  const [paper, setPaper] = useState<'A4' | 'LETTER'>('A4');
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [draft, setDraft] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = checkProject(project).filter((p) => p.severity === 'error');

  const exportNow = async () => {
    setBusy(true);
    await session.flush();
    const result = await api['document:export']({ id: session.id, format, draft, paper });
    setBusy(false);
    if (!result.ok) return notifyError(t, result.error);
    onClose();
    const { path } = result.value;
    notifications.show({
      color: 'teal',
      autoClose: 12_000,
      title: t('export.done'),
      message: (
        <Stack gap={6}>
          <Text size="sm">{path}</Text>
          <Group gap="xs">
            <Button size="compact-xs" variant="light" onClick={() => void api['file:reveal']({ path, how: 'open' })}>
              {t('export.open')}
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => void api['file:reveal']({ path, how: 'showInFolder' })}>
              {t('export.showInFolder')}
            </Button>
          </Group>
        </Stack>
      ),
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('export.title')} centered size="lg">
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
        <LabeledSegmented<'pdf' | 'docx'>
          label={t('export.format')}
          value={format}
          onChange={setFormat}
          data={[
            { value: 'pdf' as const, label: t('export.pdf') },
            { value: 'docx' as const, label: t('export.docx') },
          ]}
        >
          <Group gap="xs" mt={4}>
            {format === 'pdf' ? <IconFileTypePdf size={18} color="var(--mantine-color-red-7)" aria-hidden /> : <IconFileTypeDocx size={18} color="var(--mantine-color-blue-7)" aria-hidden />}
            <Text size="xs" c="dimmed">
              {format === 'pdf' ? t('export.pdfHint') : t('export.docxHint')}
            </Text>
          </Group>
        </LabeledSegmented>
        <LabeledSegmented<'A4' | 'LETTER'>
          label={t('export.paper')}
          value={paper}
          onChange={setPaper}
          data={[
            { value: 'A4' as const, label: 'A4' },
            { value: 'LETTER' as const, label: 'Letter' },
          ]}
        />
        <Checkbox label={t('export.draft')} description={t('export.draftHint')} checked={draft} onChange={(e) => setDraft(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void exportNow()}>
            {t('export.action')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
