import type { SectionDef } from '../../shared/sections/catalogue';
import type { ProjectSession } from '../project/projectSession';

/** The Implementation chapter's own questions, inside the chapter's form (field names relative to the chapter). */
export function ImplementationQuestions(_props: { session: ProjectSession; section: SectionDef }) {
  return null;
}
