import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../shared/project/schema';
import { sectionKeys, subsectionKeys, type SectionDef } from '../../shared/sections/catalogue';
import { subsectionCompleteness } from '../../shared/sections/completeness';

/** A chapter whose guided form is not built yet: what it is for, and which parts it has. */
export function ChapterPlaceholder({ section, project }: { section: SectionDef; project: Project }) {
  const { t } = useTranslation();
  const keys = sectionKeys(section);
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t(keys.title as 'sections.goals.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t(keys.guidance as 'sections.goals.guidance')}
        </Text>
      </div>
      <Paper withBorder p="lg" radius="md">
        <List spacing="sm">
          {section.subsections.map((sub) => {
            const subKeys = subsectionKeys(section, sub);
            const c = subsectionCompleteness(project, sub);
            return (
              <List.Item key={sub.id}>
                <Text fw={600}>{t(subKeys.title as 'sections.goals.parts.goalList.title')}</Text>
                <Text size="sm" c="dimmed">
                  {t(subKeys.guidance as 'sections.goals.parts.goalList.guidance')} —{' '}
                  {c.ratio >= 1 ? t('project.complete') : c.filled === 0 ? t('project.notStarted') : t('project.partlyComplete', { filled: c.filled, required: c.required })}
                </Text>
              </List.Item>
            );
          })}
        </List>
      </Paper>
      <Paper withBorder p="lg" radius="md" bg="gray.0">
        <Text fw={600}>{t('project.chapterComingTitle')}</Text>
        <Text size="sm" c="dimmed" mt={4}>
          {t('project.chapterComingBody')}
        </Text>
      </Paper>
    </Stack>
  );
}
