import { ActionIcon, Button, Collapse, Divider, Group, List, Paper, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconBulb, IconX } from '@tabler/icons-react';
import i18next from 'i18next';
import { createContext, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSection, type SectionDef } from '../../shared/sections/catalogue';

interface Guidance {
  purpose: string;
  questions: string[];
  good: string;
  example: string;
  parts?: Record<string, Omit<Guidance, 'parts'>>;
}

function guidanceFor(section: SectionDef): Guidance {
  // An optional chapter may have guidance of its own (the Part C chapters); the rest share one.
  const own = `guidance.${section.id}`;
  const key = section.part === 'optional' && !i18next.exists(own) ? 'guidance.optional' : own;
  return i18next.t(key as 'guidance.goals', { returnObjects: true }) as unknown as Guidance;
}

/** What a chapter or a sub-part is for, the questions to answer, a good answer, and the sample's. */
function GuidanceBlock({ guidance, heading }: { guidance: Omit<Guidance, 'parts'>; heading?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {heading && (
        <Title order={4} size="h6">
          {heading}
        </Title>
      )}
      <Text size="xs" fw={700} tt="uppercase" c="gray.7">
        {t('guidancePanel.purpose')}
      </Text>
      <Text size="sm">{guidance.purpose}</Text>
      <Text size="xs" fw={700} tt="uppercase" c="gray.7">
        {t('guidancePanel.questions')}
      </Text>
      <List size="sm" spacing={2}>
        {guidance.questions.map((q) => (
          <List.Item key={q}>{q}</List.Item>
        ))}
      </List>
      <Text size="xs" fw={700} tt="uppercase" c="gray.7">
        {t('guidancePanel.good')}
      </Text>
      <Text size="sm">{guidance.good}</Text>
      <Text size="xs" fw={700} tt="uppercase" c="gray.7">
        {t('guidancePanel.example')}
      </Text>
      <Text size="sm" fs="italic" c="teal.9">
        {guidance.example}
      </Text>
    </Stack>
  );
}

/** The chapter's guidance beside the form, where the window has room for it (1600 px and wider). */
export function GuidancePanel({ section, onClose }: { section: SectionDef; onClose(): void }) {
  const { t } = useTranslation();
  const guidance = guidanceFor(section);
  return (
    <Stack h="100%" gap={0} component="aside" aria-label={t('guidancePanel.title')}>
      <Stack p="md" pb="xs" gap={0} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Text fw={650} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          {t('guidancePanel.title')}
          <Tooltip label={t('guidancePanel.hide')}>
            <ActionIcon variant="subtle" color="gray" onClick={onClose} aria-label={t('guidancePanel.hide')}>
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        </Text>
      </Stack>
      <ScrollArea style={{ flex: 1 }} p="md" data-testid="guidance">
        <Stack gap="lg">
          <GuidanceBlock guidance={guidance} />
          {guidance.parts &&
            Object.entries(guidance.parts).map(([partId, part]) => (
              <div key={partId}>
                <Divider mb="md" />
                <GuidanceBlock guidance={part} heading={t(`sections.${section.id}.parts.${partId}.title` as 'sections.goals.title')} />
              </div>
            ))}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}

/**
 * Where guidance shows: beside the form in a wide window, inside the chapter (under its heading
 * and each sub-part's) in a narrower one, so the form keeps its width; or nowhere.
 */
export type GuidanceMode = { kind: 'panel' | 'off' } | { kind: 'inline'; hide(): void };
const GuidanceModeContext = createContext<GuidanceMode>({ kind: 'off' });
export const GuidanceModeProvider = GuidanceModeContext.Provider;

/** The chapter's guidance under its heading (inline mode): purpose and questions open, the rest a click away. */
export function ChapterGuidance({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation();
  const mode = useContext(GuidanceModeContext);
  const [more, setMore] = useState(false);
  const section = findSection(sectionId);
  if (mode.kind !== 'inline' || !section) return null;
  const guidance = guidanceFor(section);
  return (
    <Paper p="md" radius="md" bg="teal.0" component="aside" aria-label={t('guidancePanel.title')} data-testid="guidance">
      <Group justify="space-between" wrap="nowrap" align="flex-start" mb={4}>
        <Text fw={650} size="sm">
          {t('guidancePanel.title')}
        </Text>
        <Tooltip label={t('guidancePanel.hide')}>
          <ActionIcon variant="subtle" color="gray" onClick={mode.hide} aria-label={t('guidancePanel.hide')}>
            <IconX size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Text size="sm">{guidance.purpose}</Text>
      <Collapse expanded={more}>
        <Stack gap="xs" mt="sm">
          <GuidanceBlock guidance={guidance} />
        </Stack>
      </Collapse>
      <Button variant="subtle" size="compact-sm" mt={4} px={0} onClick={() => setMore(!more)} aria-expanded={more}>
        {more ? t('guidancePanel.less') : t('guidancePanel.more')}
      </Button>
    </Paper>
  );
}

/** A sub-part's guidance under its heading (inline mode), opened on request. */
export function PartGuidance({ sectionId, partId }: { sectionId: string; partId: string }) {
  const { t } = useTranslation();
  const mode = useContext(GuidanceModeContext);
  const [open, setOpen] = useState(false);
  const section = findSection(sectionId);
  const part = section && mode.kind === 'inline' ? guidanceFor(section).parts?.[partId] : undefined;
  if (!part) return null;
  return (
    <div>
      <Button variant="subtle" size="compact-sm" px={0} leftSection={<IconBulb size={14} />} onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? t('guidancePanel.hidePart') : t('guidancePanel.showPart')}
      </Button>
      <Collapse expanded={open}>
        <Paper p="md" mt="xs" radius="md" bg="teal.0">
          <GuidanceBlock guidance={part} />
        </Paper>
      </Collapse>
    </div>
  );
}
