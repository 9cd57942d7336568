import { ActionIcon, Divider, List, ScrollArea, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SectionDef } from '../../shared/sections/catalogue';

interface Guidance {
  purpose: string;
  questions: string[];
  good: string;
  example: string;
  parts?: Record<string, Omit<Guidance, 'parts'>>;
}

function guidanceFor(section: SectionDef): Guidance {
  const key = section.part === 'optional' ? 'guidance.optional' : `guidance.${section.id}`;
  return i18next.t(key as 'guidance.goals', { returnObjects: true }) as unknown as Guidance;
}

/** What the chapter is for, the questions to answer, a good answer, and the sample's answer. */
export function GuidancePanel({ section, onClose }: { section: SectionDef; onClose(): void }) {
  const { t } = useTranslation();
  const guidance = guidanceFor(section);
  const block = (g: Omit<Guidance, 'parts'>, heading?: string) => (
    <Stack gap="xs" key={heading ?? 'main'}>
      {heading && (
        <Title order={4} size="h6">
          {heading}
        </Title>
      )}
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {t('guidancePanel.purpose')}
      </Text>
      <Text size="sm">{g.purpose}</Text>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {t('guidancePanel.questions')}
      </Text>
      <List size="sm" spacing={2}>
        {g.questions.map((q) => (
          <List.Item key={q}>{q}</List.Item>
        ))}
      </List>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {t('guidancePanel.good')}
      </Text>
      <Text size="sm">{g.good}</Text>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {t('guidancePanel.example')}
      </Text>
      <Text size="sm" fs="italic" c="teal.9">
        {g.example}
      </Text>
    </Stack>
  );
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
          {block(guidance)}
          {guidance.parts &&
            Object.entries(guidance.parts).map(([partId, part]) => (
              <div key={partId}>
                <Divider mb="md" />
                {block(part, t(`sections.${section.id}.parts.${partId}.title` as 'sections.goals.title'))}
              </div>
            ))}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
