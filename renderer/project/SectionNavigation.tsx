import { Badge, Box, Group, NavLink, Progress, ScrollArea, Stack, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconCircleDashed, IconFileText, IconListCheck } from '@tabler/icons-react';
import { countErrors } from '../../shared/checks/rules';
import { useTranslation } from 'react-i18next';
import { SECTIONS, sectionKeys, type Part, type SectionDef, type SectionId } from '../../shared/sections/catalogue';
import { chapterLabel, chapterNumbers } from '../../shared/sections/numbering';
import { sectionCompleteness, type Completeness } from '../../shared/sections/completeness';
import { completenessOf, problemsOf, useDeferredProject } from './projectChecks';
import type { ProjectSession } from './projectSession';
import { routes } from '../app/routes';
import { formatPercent } from '../components/format';

const PARTS: Part[] = ['setup', 'summary', 'policy', 'salesPlan', 'optional'];

function CompletenessMark({ completeness, label }: { completeness: Completeness | null; label: string }) {
  if (completeness === null) return <Box w={20} aria-hidden />;
  const done = completeness.ratio >= 1;
  return (
    <Tooltip label={label} withArrow position="right">
      {done ? (
        <ThemeIcon size={20} radius="xl" color="teal" aria-label={label}>
          <IconCheck size={13} />
        </ThemeIcon>
      ) : completeness.filled === 0 ? (
        <ThemeIcon size={20} radius="xl" color="gray" variant="light" aria-label={label}>
          <IconCircleDashed size={13} />
        </ThemeIcon>
      ) : (
        <Box w={20} aria-label={label} role="img">
          <Progress value={completeness.ratio * 100} size={6} radius="xl" color="yellow" />
        </Box>
      )}
    </Tooltip>
  );
}

/** The chapters of the project, and the way back to the library (`onLeave`, which may ask first). */
export function SectionNavigation({ session, activeSectionId, onLeave }: { session: ProjectSession; activeSectionId: string; onLeave(): void }) {
  const { t, i18n } = useTranslation();
  const project = useDeferredProject(session);
  const projectId = session.id;
  const overall = completenessOf(project);
  const problems = problemsOf(project);
  const errors = countErrors(problems);

  const markLabel = (c: Completeness | null) =>
    c === null ? t('project.notIncluded') : c.ratio >= 1 ? t('project.complete') : c.filled === 0 ? t('project.notStarted') : t('project.partlyComplete', { filled: c.filled, required: c.required });

  const numbers = chapterNumbers(project);
  const numberOf = (section: SectionDef) => {
    const number = numbers.get(section.id as SectionId);
    return number === undefined ? '' : `${chapterLabel(number)} `;
  };

  return (
    <Stack h="100%" gap={0}>
      <Box p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <UnstyledButton onClick={onLeave} mb="xs">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            <Text size="sm" c="dimmed">
              {t('project.backToLibrary')}
            </Text>
          </Group>
        </UnstyledButton>
        <Text fw={650} lineClamp={2} data-testid="project-title">
          {project.meta.title}
        </Text>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {project.meta.companyName}
        </Text>
        <Progress value={overall.ratio * 100} size="sm" mt="sm" aria-label={t('project.overall', { percent: formatPercent(overall.ratio, i18n.language) })} />
        <Text size="xs" c="dimmed" mt={4}>
          {t('project.overall', { percent: formatPercent(overall.ratio, i18n.language).replace(/\s*%$/, '') })}
        </Text>
      </Box>
      <ScrollArea style={{ flex: 1 }} p="xs">
        <nav aria-label={t('project.navigation')}>
          <Box mb="sm">
            <NavLink
              component="a"
              href={`#${routes.project(projectId, 'review')}`}
              active={activeSectionId === 'review'}
              aria-current={activeSectionId === 'review' ? 'page' : undefined}
              leftSection={<IconListCheck size={18} />}
              label={t('review.nav')}
              rightSection={
                problems.length > 0 ? (
                  <Badge size="sm" color={errors > 0 ? 'red' : 'yellow'} variant="light" aria-label={t('review.count', { errors, warnings: problems.length - errors })}>
                    {problems.length}
                  </Badge>
                ) : (
                  <ThemeIcon size={20} radius="xl" color="teal" aria-label={t('review.none')}>
                    <IconCheck size={13} />
                  </ThemeIcon>
                )
              }
            />
            <NavLink
              component="a"
              href={`#${routes.project(projectId, 'preview')}`}
              active={activeSectionId === 'preview'}
              aria-current={activeSectionId === 'preview' ? 'page' : undefined}
              leftSection={<IconFileText size={18} />}
              label={t('preview.nav')}
            />
          </Box>
          {PARTS.map((part) => (
            <Box key={part} mb="sm">
              <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" py={6}>
                {t(`project.parts.${part}`)}
              </Text>
              {SECTIONS.filter((s) => s.part === part).map((section: SectionDef) => {
                const included = !section.optionalChapterId || project.optionalChapters[section.optionalChapterId].included;
                const completeness = included ? sectionCompleteness(project, section) : null;
                const active = section.id === activeSectionId;
                return (
                  <NavLink
                    key={section.id}
                    component="a"
                    href={`#${routes.project(projectId, section.id)}`}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    label={`${numberOf(section)}${t(sectionKeys(section).title as 'sections.goals.title')}`}
                    rightSection={<CompletenessMark completeness={completeness} label={markLabel(completeness)} />}
                    styles={{ label: { whiteSpace: 'normal' } }}
                    c={included ? undefined : 'dimmed'}
                  />
                );
              })}
            </Box>
          ))}
        </nav>
        <Text size="xs" c="dimmed" px="sm" pb="md">
          {t('shortcuts.nextChapter')}
        </Text>
      </ScrollArea>
    </Stack>
  );
}
