import { Alert, Button, Collapse, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconClipboardList, IconUpload } from '@tabler/icons-react';
import { useId, useState, type ClipboardEvent, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { VipProgramme } from '../../shared/project/partC';
import { useApi } from '../api/ApiProvider';
import { notifyError } from '../components/notify';
import { accountsFromRows, isTableText, parsePastedAccounts, type PastedAccounts, type SkippedLine } from './VipAccountsPaste';

const MAX_ACCOUNTS = 2000;

interface Outcome {
  added: number;
  skipped: SkippedLine[];
  /** The file the rows came from; none for pasted rows. */
  file?: string;
}

/**
 * Adds key accounts from rows copied out of Excel (pasted into any cell of the table around it, a
 * block with tabs or line breaks rather than one figure, or into the paste box) or read from a
 * CSV or XLSX file. Says how many were added and which lines or rows were left out, and why.
 */
export function VipAccountsPaste({ currency, children }: { currency: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { getValues, setValue } = useFormContext<VipProgramme>();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const api = useApi();
  const hintId = useId();
  const options = () => ({ language: i18n.language, currency, room: MAX_ACCOUNTS - (getValues('accounts') ?? []).length });
  const append = ({ accounts, skipped }: PastedAccounts, file?: string) => {
    if (accounts.length > 0) setValue('accounts', [...(getValues('accounts') ?? []), ...accounts], { shouldDirty: true, shouldValidate: true });
    setOutcome({ added: accounts.length, skipped, ...(file ? { file } : {}) });
    return accounts.length;
  };
  const add = (pasted: string) => append(parsePastedAccounts(pasted, options()));
  const importFile = async () => {
    const result = await api['keyAccounts:readTable']({});
    if (!result.ok) return notifyError(t, result.error);
    append(accountsFromRows(result.value.rows, options()), result.value.file);
  };

  // Captured before the cell's own paste handling: a block of rows is accounts, not a cell's text.
  const onPasteCapture = (event: ClipboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('[data-paste-box]')) return;
    const pasted = event.clipboardData.getData('text/plain');
    if (!isTableText(pasted)) return;
    event.preventDefault();
    event.stopPropagation();
    add(pasted);
  };

  const reasonText = (s: SkippedLine) => t(`partC.vip.paste.reason.${s.reason}`, { value: s.value ?? '', max: MAX_ACCOUNTS });

  return (
    <Stack gap="sm">
      <div onPasteCapture={onPasteCapture}>{children}</div>
      <Group gap="xs">
        <Button variant="subtle" size="compact-sm" leftSection={<IconClipboardList size={14} />} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('partC.vip.paste.open')}
        </Button>
        <Button variant="subtle" size="compact-sm" leftSection={<IconUpload size={14} />} aria-describedby={hintId} onClick={() => void importFile()}>
          {t('partC.vip.paste.importFile')}
        </Button>
        <Text size="xs" c="dimmed" id={hintId}>
          {t('partC.vip.paste.importHint')}
        </Text>
      </Group>
      <Collapse expanded={open}>
        <Stack gap="xs" data-paste-box>
          <Textarea
            label={t('partC.vip.paste.label')}
            description={t('partC.vip.paste.hint')}
            placeholder={t('partC.vip.paste.placeholder')}
            autosize
            minRows={3}
            maxRows={10}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
          />
          <Group>
            <Button
              size="compact-sm"
              disabled={text.trim() === ''}
              onClick={() => {
                if (add(text) > 0) setText('');
              }}
            >
              {t('partC.vip.paste.add')}
            </Button>
          </Group>
        </Stack>
      </Collapse>
      {outcome && (
        <Alert color={outcome.skipped.length > 0 ? 'orange' : 'teal'} withCloseButton onClose={() => setOutcome(null)} role="status" data-testid="vip-paste-outcome" py="xs">
          <Text size="sm" fw={500}>
            {outcome.file
              ? outcome.added > 0
                ? t('partC.vip.paste.addedFrom', { count: outcome.added, file: outcome.file })
                : t('partC.vip.paste.nothingFrom', { file: outcome.file })
              : outcome.added > 0
                ? t('partC.vip.paste.added', { count: outcome.added })
                : t('partC.vip.paste.nothing')}
          </Text>
          {outcome.skipped.length > 0 && (
            <>
              <Text size="sm" mt={4}>
                {t('partC.vip.paste.skippedTitle', { count: outcome.skipped.length })}
              </Text>
              <List size="sm" spacing={0}>
                {outcome.skipped.slice(0, 20).map((s) => (
                  <List.Item key={s.line}>{t(outcome.file ? 'partC.vip.paste.row' : 'partC.vip.paste.line', { line: s.line, reason: reasonText(s) })}</List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
    </Stack>
  );
}
