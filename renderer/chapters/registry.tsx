import type { ComponentType } from 'react';
import { OPTIONAL_CHAPTER_IDS, type OptionalChapterId } from '../../shared/project/schema';
import type { SectionId } from '../../shared/sections/catalogue';
import type { ProjectSession } from '../project/projectSession';
import { DetailsForm } from '../project/details/DetailsForm';
import { CataloguesChapter } from './CataloguesChapter';
import { ChannelRulesChapter } from './ChannelRulesChapter';
import { DistributionChapter } from './DistributionChapter';
import { DocumentFlowChapter } from './DocumentFlowChapter';
import { GoalsChapter } from './GoalsChapter';
import { MethodsChapter } from './MethodsChapter';
import { OptionalChapterForm } from './OptionalChapter';
import { SummaryChapter } from './SummaryChapter';
import { SalesForecastChapter, SalesOverviewChapter, SalesTacticsChapter } from './SalesPlanChapters';

type ChapterForm = ComponentType<{ session: ProjectSession }>;

const optionalForms = Object.fromEntries(
  OPTIONAL_CHAPTER_IDS.map((chapterId) => [chapterId, ({ session }: { session: ProjectSession }) => <OptionalChapterForm session={session} chapterId={chapterId} />]),
) as Record<OptionalChapterId, ChapterForm>;

/** The form of every section in the catalogue; the type makes a missing one a compile error. */
export const CHAPTER_FORMS: Record<SectionId, ChapterForm> = {
  details: DetailsForm,
  catalogues: CataloguesChapter,
  summary: SummaryChapter,
  goals: GoalsChapter,
  methods: MethodsChapter,
  distribution: DistributionChapter,
  channelRules: ChannelRulesChapter,
  documentFlow: DocumentFlowChapter,
  salesOverview: SalesOverviewChapter,
  salesForecast: SalesForecastChapter,
  salesTactics: SalesTacticsChapter,
  ...optionalForms,
};
