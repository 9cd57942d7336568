import { Anchor, List } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionKeys, subsectionKeys, type SectionId } from '../../shared/sections/catalogue';
import type { MissingPart } from '../../shared/sections/completeness';
import { routes } from '../app/routes';

/** The missing parts, chapter by chapter (in document order). */
function missingBySection(missing: readonly MissingPart[]): { sectionId: SectionId; parts: MissingPart[] }[] {
  const bySection = new Map<SectionId, MissingPart[]>();
  for (const part of missing) bySection.set(part.sectionId, [...(bySection.get(part.sectionId) ?? []), part]);
  return [...bySection].map(([sectionId, parts]) => ({ sectionId, parts }));
}

/** The empty required parts, one line per chapter, each part a link that opens its field. */
export function MissingPartsList({ projectId, missing, onNavigate }: { projectId: string; missing: readonly MissingPart[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2} data-testid="missing-parts">
      {missingBySection(missing).map(({ sectionId, parts }) => (
        <List.Item key={sectionId}>
          {t(sectionKeys({ id: sectionId }).title as 'sections.goals.title')}
          {': '}
          {parts.map((part, i) => (
            <Fragment key={part.subsectionId}>
              {i > 0 && ', '}
              <Anchor href={`#${routes.project(projectId, sectionId, part.path)}`} onClick={onNavigate} size="sm">
                {t(subsectionKeys({ id: sectionId }, { id: part.subsectionId }).title as 'sections.goals.parts.goalList.title')}
              </Anchor>
            </Fragment>
          ))}
        </List.Item>
      ))}
    </List>
  );
}
