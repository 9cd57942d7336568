import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionKeys, subsectionKeys, type SectionDef } from '../../shared/sections/catalogue';

type Key = 'sections.goals.title';

/** A chapter's heading and its one-line purpose, from the section catalogue's keys. */
export function ChapterHeader({ section, number }: { section: Pick<SectionDef, 'id'>; number?: string }) {
  const { t } = useTranslation();
  const keys = sectionKeys(section);
  return (
    <div>
      <Title order={2}>
        {number}
        {t(keys.title as Key)}
      </Title>
      <Text c="dimmed" mt={4}>
        {t(keys.guidance as Key)}
      </Text>
    </div>
  );
}

/** One sub-part of a chapter, as a titled card; its id lets links and the guidance panel find it. */
export function SubPart({ section, id, children }: { section: Pick<SectionDef, 'id'>; id: string; children: ReactNode }) {
  const { t } = useTranslation();
  const keys = subsectionKeys(section, { id });
  return (
    <Paper withBorder p="lg" radius="md" id={`part-${id}`} component="section" aria-labelledby={`part-${id}-title`}>
      <Title order={3} size="h4" id={`part-${id}-title`}>
        {t(keys.title as Key)}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t(keys.guidance as Key)}
      </Text>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}
