import { nanoid } from 'nanoid';
import { emptyDocumentControl } from './documentControl';
import { emptyPartC } from './partC';
import { DEFAULT_ACCENT_COLOR, CURRENT_SCHEMA_VERSION, type OptionalChapters, type Project } from './schema';
import type { Language } from './primitives';

export const newId = (): string => nanoid(12);

export interface BlankProjectOptions {
  id?: string;
  title?: string;
  now: Date;
  language?: Language;
  currency?: string;
}

const nextJanuary = (now: Date) => `${now.getUTCFullYear() + 1}-01`;

/** A project with every chapter present and empty: the `blank` template and the start of a new one. */
export function createBlankProject({ id = newId(), title = '', now, language = 'en', currency = 'EUR' }: BlankProjectOptions): Project {
  const stamp = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    meta: {
      title,
      companyName: '',
      authors: [],
      preparedBy: '',
      documentVersion: '0.1',
      documentDate: stamp.slice(0, 10),
      createdAt: stamp,
      updatedAt: stamp,
      currency,
      planStart: nextJanuary(now),
      horizonYears: 5,
      outputLanguage: language,
      confidential: false,
      branding: { logo: null, accentColor: DEFAULT_ACCENT_COLOR },
      control: emptyDocumentControl(),
      glossary: [],
    },
    catalogues: { productGroups: [], territories: [], zones: [], channels: [], counterpartyTypes: [], kpis: [] },
    summary: { text: [], decisions: [] },
    policy: {
      goals: { intro: [], items: [] },
      methods: { narrative: [], principles: [] },
      distribution: { narrative: [], branches: [], dealers: [], priorityChannels: [] },
      channelRules: {
        scope: [],
        pricing: { basis: null, baseZoneId: '', basePrinciple: [], deliveryCosts: [], adjustments: [], rules: [], narrative: [] },
        motivation: { narrative: [], schemes: [] },
        creditPolicy: { narrative: [], terms: [], newCustomerTerms: '', latePaymentSteps: [] },
        exceptions: [],
      },
      documentFlow: { narrative: [], documents: [] },
    },
    salesPlan: {
      overview: [],
      context: {
        marketGrowthPercent: null,
        potentialCustomers: null,
        qualifiedLeadsPerMonth: null,
        leadConversionPercent: null,
        businessGoal: { description: '', profitTarget: null, year: null },
        operatingCosts: [],
        scenarios: null,
      },
      forecast: { lines: [], narrative: [] },
      tactics: { interest: [], desire: [], decision: [], narrative: [] },
    },
    optionalChapters: blankOptionalChapters(),
  };
}

/** Every Part C chapter switched off, empty. */
export function blankOptionalChapters(): OptionalChapters {
  const partC = emptyPartC();
  const off = { included: false, body: [] };
  return {
    salesStrategyInNumbers: { ...off },
    vipProgramme: { ...off, ...partC.vipProgramme },
    regionalExpansion: { ...off, ...partC.regionalExpansion },
    salesOrganisation: { ...off, ...partC.salesOrganisation },
    customerService: { ...off, ...partC.customerService },
    implementation: { ...off, ...partC.implementation },
  };
}
