import type { Project } from '../project/schema';
import { SECTIONS, type SectionDef, type SectionId } from './catalogue';

/**
 * Chapter numbers, derived from the catalogue's order: the navigation, the chapter forms, the
 * preview and both exports all read them here, so "7. Sales forecast" is 7 everywhere. The
 * policy and sales-plan chapters are numbered on from 1 (the executive summary before them is not); an optional chapter continues the count
 * while the project includes it. Exporting a subset of chapters keeps each chapter's number.
 */
export function chapterNumbers(project: Pick<Project, 'optionalChapters'>): ReadonlyMap<SectionId, number> {
  const numbers = new Map<SectionId, number>();
  for (const section of SECTIONS as readonly SectionDef[]) {
    if (section.part === 'setup' || section.part === 'summary') continue;
    if (section.optionalChapterId && !project.optionalChapters[section.optionalChapterId].included) continue;
    numbers.set(section.id as SectionId, numbers.size + 1);
  }
  return numbers;
}

/** "7." for a chapter, "7.2." for its second sub-part: the form every writer prints. */
export const chapterLabel = (chapter: number, sub?: number): string => (sub === undefined ? `${chapter}.` : `${chapter}.${sub}.`);

/** A chapter's label ("7."), or "" for set-up pages and optional chapters left out. */
export function chapterLabelOf(project: Pick<Project, 'optionalChapters'>, id: string): string {
  const number = chapterNumbers(project).get(id as SectionId);
  return number === undefined ? '' : chapterLabel(number);
}
