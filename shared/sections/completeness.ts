import type { Project } from '../project/schema';
import { isRichTextEmpty, RichTextBlock } from '../text/richText';
import { SECTIONS, type SectionDef, type SectionId, type SubsectionDef } from './catalogue';

export interface Completeness {
  filled: number;
  required: number;
  /** 0..1; a part with nothing required counts as complete. */
  ratio: number;
}

export function valueAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const isRichText = (value: unknown[]): boolean => value.length > 0 && value.every((b) => RichTextBlock.safeParse(b).success);

/** Whether a field holds something a reader of the document would see. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  if (Array.isArray(value)) return isRichText(value) ? !isRichTextEmpty(value as never) : value.length > 0;
  return true;
}

const measure = (filled: number, required: number): Completeness => ({
  filled,
  required,
  ratio: required === 0 ? 1 : filled / required,
});

export function subsectionCompleteness(project: Project, sub: SubsectionDef): Completeness {
  const required = sub.fields.filter((f) => f.required);
  return measure(required.filter((f) => isFilled(valueAtPath(project, f.path))).length, required.length);
}

export function sectionCompleteness(project: Project, section: SectionDef): Completeness {
  let filled = 0;
  let required = 0;
  for (const sub of section.subsections) {
    const c = subsectionCompleteness(project, sub);
    filled += c.filled;
    required += c.required;
  }
  return measure(filled, required);
}

/** Sections that count towards the document: all but optional chapters that are not included. */
export const sectionsInDocument = (project: Project): SectionDef[] =>
  SECTIONS.filter((s: SectionDef) => !s.optionalChapterId || project.optionalChapters[s.optionalChapterId].included);

export function projectCompleteness(project: Project): Completeness {
  let filled = 0;
  let required = 0;
  for (const section of sectionsInDocument(project)) {
    const c = sectionCompleteness(project, section);
    filled += c.filled;
    required += c.required;
  }
  return measure(filled, required);
}

/** A required part of the document that is still empty. */
export interface MissingPart {
  sectionId: SectionId;
  subsectionId: string;
  /** The first empty required field (dot path), to open and focus. */
  path: string;
}

/**
 * The required parts still empty, in document order: of the set-up (title, company, catalogues)
 * and of the chapters given (by default, every chapter in the document). A final document is
 * not written over these without the user saying so.
 */
export function missingRequired(project: Project, chapters?: readonly SectionId[]): MissingPart[] {
  return sectionsInDocument(project)
    .filter((section) => section.part === 'setup' || !chapters || chapters.includes(section.id as SectionId))
    .flatMap((section) =>
      section.subsections.flatMap((sub) => {
        const empty = sub.fields.find((f) => f.required && !isFilled(valueAtPath(project, f.path)));
        return empty ? [{ sectionId: section.id as SectionId, subsectionId: sub.id, path: empty.path }] : [];
      }),
    );
}
