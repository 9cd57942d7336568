import { Anchor, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ChapterGuidance, PartGuidance } from '../project/GuidancePanel';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findSection, sectionKeys, subsectionKeys, type SectionDef } from '../../shared/sections/catalogue';
import { chapterLabelOf } from '../../shared/sections/numbering';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';

type Key = 'sections.goals.title';

/** A chapter's heading (with its number, as the document prints it) and its one-line purpose. */
export function ChapterHeader({ section, session }: { section: Pick<SectionDef, 'id'>; session: ProjectSession }) {
  const { t } = useTranslation();
  const keys = sectionKeys(section);
  const number = useSessionSelector(session, (s) => chapterLabelOf(s.project, section.id));
  return (
    <div>
      <Title order={2} tabIndex={-1}>
        {number && `${number} `}
        {t(keys.title as Key)}
      </Title>
      <Text c="dimmed" mt={4}>
        {t(keys.guidance as Key)}
      </Text>
      <PartLinks sectionId={section.id} />
      <Box mt="md">
        <ChapterGuidance sectionId={section.id} />
      </Box>
    </div>
  );
}

/**
 * The chapter's sub-parts as links under its heading: a keyboard user reaches any table a few Tab
 * presses from the heading, however long the parts before it.
 */
function PartLinks({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation();
  const section = findSection(sectionId);
  if (!section || section.subsections.length < 2) return null;
  return (
    <Group component="nav" aria-label={t('project.partsOfChapter')} gap="md" mt="xs">
      {section.subsections.map((sub) => (
        <Anchor
          key={sub.id}
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            const title = document.getElementById(`part-${sub.id}-title`);
            title?.scrollIntoView({ block: 'start' });
            title?.focus({ preventScroll: true });
          }}
        >
          {t(subsectionKeys(section, sub).title as Key)}
        </Anchor>
      ))}
    </Group>
  );
}

/** One sub-part of a chapter, as a titled card; its id lets links and the guidance panel find it. */
export function SubPart({ section, id, children }: { section: Pick<SectionDef, 'id'>; id: string; children: ReactNode }) {
  const { t } = useTranslation();
  const keys = subsectionKeys(section, { id });
  return (
    <Paper withBorder p="lg" radius="md" id={`part-${id}`} component="section" aria-labelledby={`part-${id}-title`}>
      <Title order={3} size="h4" id={`part-${id}-title`} tabIndex={-1}>
        {t(keys.title as Key)}
      </Title>
      <Text size="sm" c="dimmed" mb={4}>
        {t(keys.guidance as Key)}
      </Text>
      <Box mb="md">
        <PartGuidance sectionId={section.id} partId={id} />
      </Box>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}
