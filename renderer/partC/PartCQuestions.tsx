import type { OptionalChapterId } from '../../shared/project/schema';
import type { SectionDef } from '../../shared/sections/catalogue';
import type { ProjectSession } from '../project/projectSession';
import { CustomerServiceQuestions } from './CustomerServiceQuestions';
import { ImplementationQuestions } from './ImplementationQuestions';
import { RegionalExpansionQuestions } from './RegionalExpansionQuestions';
import { SalesOrganisationQuestions } from './SalesOrganisationQuestions';
import { VipProgrammeQuestions } from './VipProgrammeQuestions';

/** Each Part C chapter's questions; "Sales strategy in numbers" is computed and asks none. */
const QUESTIONS: Record<OptionalChapterId, ((props: { session: ProjectSession; section: SectionDef }) => React.ReactNode) | null> = {
  salesStrategyInNumbers: null,
  vipProgramme: VipProgrammeQuestions,
  regionalExpansion: RegionalExpansionQuestions,
  salesOrganisation: SalesOrganisationQuestions,
  customerService: CustomerServiceQuestions,
  implementation: ImplementationQuestions,
};

export function PartCQuestions({ chapterId, session, section }: { chapterId: OptionalChapterId; session: ProjectSession; section: SectionDef }) {
  const Questions = QUESTIONS[chapterId];
  return Questions ? <Questions session={session} section={section} /> : null;
}
