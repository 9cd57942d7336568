import { Box, Group, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { ForecastEditor } from '../forecast/ForecastEditor';
import { OperatingProfit, ScenarioResults } from '../forecast/ForecastResults';
import { forecastOf } from '../forecast/figures';
import { FormProvider, useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { newId } from '../../shared/project/blank';
import { OperatingCostCategory, SalesPlan, type OperatingCost, type Project, type Scenarios } from '../../shared/project/schema';
import { RichText } from '../../shared/text/richText';
import { findSection } from '../../shared/sections/catalogue';
import { FieldPathProvider, useFieldPath } from '../editor/FieldPath';
import { planYears } from '../../shared/forecast/engine';
import { FormMoneyInput, FormNumberInput, FormRichText, FormSegmented, FormSelect, FormTextarea, FormTextInput } from '../editor/fields';
import { RowsTable } from '../editor/RowsTable';
import { useCatalogueOptions } from './useCatalogueOptions';
import { RowsEditor } from '../editor/RowsEditor';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';
import { ChapterHeader, SubPart } from './layout';
import { tacticsValidation } from './validation';

// Part B of the document: the sales section of the business plan.

const overviewSection = findSection('salesOverview')!;
const OverviewValues = z.object({ overview: RichText });
const selectOverview = (p: Project) => ({ overview: p.salesPlan.overview });
const applyOverview = (draft: Project, values: z.infer<typeof OverviewValues>) => {
  draft.salesPlan.overview = values.overview;
};

export function SalesOverviewChapter({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const form = useSectionForm({ session, select: selectOverview, apply: applyOverview, storable: OverviewValues, validation: OverviewValues, undoKey: 'salesOverview' });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="salesPlan">
        <Stack gap="lg">
          <ChapterHeader section={overviewSection} session={session} />
          <SubPart section={overviewSection} id="overview">
            <FormRichText name="overview" label={t('salesPlan.overview')} description={t('salesPlan.overviewHint')} required minRows={6} />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}

const forecastSection = findSection('salesForecast')!;
const ForecastValues = z.object({ context: SalesPlan.shape.context, narrative: RichText });
const selectForecast = (p: Project) => ({ context: p.salesPlan.context, narrative: p.salesPlan.forecast.narrative });
const applyForecast = (draft: Project, values: z.infer<typeof ForecastValues>) => {
  draft.salesPlan.context = values.context;
  draft.salesPlan.forecast.narrative = values.narrative;
};

/**
 * A year of the plan, as the plan names it ("2029/30" when its years start in April); stored as
 * the calendar year the plan year starts in. A year outside the plan stays shown, marked.
 */
function PlanYearSelect({ session, name, label, description }: { session: ProjectSession; name: string; label: string; description: string }) {
  const { t } = useTranslation();
  const planStart = useSessionSelector(session, (s) => s.project.meta.planStart);
  const horizonYears = useSessionSelector(session, (s) => s.project.meta.horizonYears);
  const { control } = useFormContext();
  const { field } = useController({ control, name });
  const value = field.value as number | null;
  const years = planYears(planStart, horizonYears).map((y) => ({ value: String(y.startYear), label: y.label }));
  if (value !== null && !years.some((y) => y.value === String(value))) years.push({ value: String(value), label: t('salesPlan.outsidePlan', { year: value }) });
  return (
    <Select
      label={label}
      description={description}
      data={years}
      value={value === null ? null : String(value)}
      onChange={(next) => field.onChange(next === null ? null : Number(next))}
      clearable
      data-field={useFieldPath(name)}
      ref={field.ref}
      onBlur={field.onBlur}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function SalesForecastChapter({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const currency = useSessionSelector(session, (s) => s.project.meta.currency);
  const form = useSectionForm({ session, select: selectForecast, apply: applyForecast, storable: ForecastValues, validation: ForecastValues, undoKey: 'salesForecast' });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="salesPlan">
        <Stack gap="lg">
          <ChapterHeader section={forecastSection} session={session} />
          <SubPart section={forecastSection} id="context">
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              <FormNumberInput name="context.marketGrowthPercent" label={t('salesPlan.marketGrowth')} min={-100} max={1000} suffix=" %" nullable required />
              <FormNumberInput name="context.potentialCustomers" label={t('salesPlan.potentialCustomers')} min={0} decimals={0} nullable />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              <FormNumberInput name="context.qualifiedLeadsPerMonth" label={t('salesPlan.leads')} min={0} decimals={0} nullable />
              <FormNumberInput name="context.leadConversionPercent" label={t('salesPlan.conversion')} description={t('salesPlan.conversionHint')} min={0} max={100} suffix=" %" nullable />
            </SimpleGrid>
            <FormTextarea name="context.businessGoal.description" label={t('salesPlan.goal')} description={t('salesPlan.goalHint')} minRows={1} />
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
              <FormMoneyInput name="context.businessGoal.profitTarget" label={t('salesPlan.profitTarget', { currency })} currency={currency} nullable />
              <PlanYearSelect session={session} name="context.businessGoal.year" label={t('salesPlan.goalYear')} description={t('salesPlan.goalYearHint')} />
            </SimpleGrid>
          </SubPart>
          <SubPart section={forecastSection} id="lines">
            <ForecastEditor session={session} />
            <FormRichText name="narrative" label={t('salesPlan.forecastNarrative')} required minRows={4} />
          </SubPart>
          <SubPart section={forecastSection} id="operatingCosts">
            <OperatingCostsTable currency={currency} />
            <OperatingProfitOf session={session} />
          </SubPart>
          <SubPart section={forecastSection} id="scenarios">
            <ScenarioFields />
            <ScenarioResultsOf session={session} />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}

const COST_MODES = ['fixed', 'percentOfSales'] as const;
const costPath = (i: number, field: keyof OperatingCost) => `context.operatingCosts.${i}.${field}`;

/** The operating costs, one a row: fixed a year (with a yearly change) or a share of sales. */
function OperatingCostsTable({ currency }: { currency: string }) {
  const { t } = useTranslation();
  return (
    <RowsTable<OperatingCost>
      name="context.operatingCosts"
      rowLabel={(i) => t('salesPlan.costs.row', { number: i + 1 })}
      addLabel={t('salesPlan.costs.add')}
      emptyText={t('salesPlan.costs.empty')}
      newRow={() => ({ id: newId(), name: '', category: 'salesTeam', mode: 'fixed', value: 0, yearlyChangePercent: 0 })}
      columns={[
        { label: t('salesPlan.costs.name'), cell: (i) => <FormTextInput name={costPath(i, 'name')} label={t('salesPlan.costs.name')} /> },
        {
          label: t('salesPlan.costs.category'),
          width: 200,
          cell: (i) => (
            <FormSelect
              name={costPath(i, 'category')}
              label={t('salesPlan.costs.category')}
              searchable={false}
              data={OperatingCostCategory.options.map((c) => ({ value: c, label: t(`salesPlan.costs.categories.${c}`) }))}
            />
          ),
        },
        { label: t('salesPlan.costs.mode'), width: 155, cell: (i) => <CostModeCell index={i} /> },
        { label: t('salesPlan.costs.value'), hint: t('salesPlan.costs.valueHint', { currency }), width: 150, cell: (i) => <CostValueCell index={i} currency={currency} /> },
        { label: t('salesPlan.costs.yearlyChange'), hint: t('salesPlan.costs.yearlyChangeHint'), width: 100, cell: (i) => <CostChangeCell index={i} /> },
      ]}
    />
  );
}

/** Fixed or a share of sales; a change of basis starts the value again (180 M is not 180 %). */
function CostModeCell({ index }: { index: number }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext();
  const { field } = useController({ control, name: costPath(index, 'mode') });
  return (
    <Select
      aria-label={t('salesPlan.costs.mode')}
      size="sm"
      data={COST_MODES.map((m) => ({ value: m, label: t(`salesPlan.costs.modes.${m}`) }))}
      value={field.value as string}
      allowDeselect={false}
      onChange={(next) => {
        if (!next || next === field.value) return;
        setValue(costPath(index, 'value'), 0, { shouldDirty: true, shouldValidate: true });
        if (next === 'percentOfSales') setValue(costPath(index, 'yearlyChangePercent'), 0, { shouldDirty: true });
        field.onChange(next);
      }}
      data-field={useFieldPath(costPath(index, 'mode'))}
      ref={field.ref}
      onBlur={field.onBlur}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function CostValueCell({ index, currency }: { index: number; currency: string }) {
  const { t } = useTranslation();
  const mode = useWatch({ name: costPath(index, 'mode') }) as OperatingCost['mode'];
  return mode === 'fixed' ? (
    <FormMoneyInput key="fixed" name={costPath(index, 'value')} label={t('salesPlan.costs.value')} currency={currency} />
  ) : (
    <FormNumberInput key="share" name={costPath(index, 'value')} label={t('salesPlan.costs.value')} min={0} max={1000} suffix=" %" />
  );
}

/** The yearly change: fixed costs only (a share of sales moves with sales). */
function CostChangeCell({ index }: { index: number }) {
  const { t } = useTranslation();
  const mode = useWatch({ name: costPath(index, 'mode') }) as OperatingCost['mode'];
  if (mode !== 'fixed') {
    return (
      <Text size="sm" c="dimmed" ta="right" pr="xs" lh="36px">
        –
      </Text>
    );
  }
  return <FormNumberInput name={costPath(index, 'yearlyChangePercent')} label={t('salesPlan.costs.yearlyChange')} min={-100} max={1000} suffix=" %" />;
}

function OperatingProfitOf({ session }: { session: ProjectSession }) {
  const project = useSessionSelector(session, (s) => s.project);
  return <OperatingProfit project={project} forecast={forecastOf(project)} />;
}

function ScenarioResultsOf({ session }: { session: ProjectSession }) {
  const project = useSessionSelector(session, (s) => s.project);
  return <ScenarioResults project={project} forecast={forecastOf(project)} />;
}

const SCENARIO_MODES = ['aroundBase', 'ownGrowth'] as const;
const NEW_SCENARIOS: Scenarios = { mode: 'aroundBase', lowPercent: -10, highPercent: 10 };

/** Whether the plan has a low and a high case, and how they differ from the base. */
function ScenarioFields() {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { field } = useController({ control, name: 'context.scenarios' });
  const value = field.value as Scenarios | null;
  return (
    <Stack gap="sm">
      <Switch label={t('salesPlan.scenarios.on')} checked={value !== null} onChange={(e) => field.onChange(e.currentTarget.checked ? NEW_SCENARIOS : null)} data-field={useFieldPath('context.scenarios')} />
      {value !== null && (
        <Group align="flex-start" gap="lg">
          <Stack gap={2} maw={360}>
            <FormSegmented name="context.scenarios.mode" label={t('salesPlan.scenarios.mode')} data={SCENARIO_MODES.map((m) => ({ value: m, label: t(`salesPlan.scenarios.modes.${m}`) }))} />
            <Text size="xs" c="dimmed">
              {t(`salesPlan.scenarios.modeHints.${value.mode}`)}
            </Text>
          </Stack>
          <Box w={190}>
            <FormNumberInput name="context.scenarios.lowPercent" label={t('salesPlan.scenarios.low')} min={-100} max={1000} suffix=" %" required />
          </Box>
          <Box w={190}>
            <FormNumberInput name="context.scenarios.highPercent" label={t('salesPlan.scenarios.high')} min={-100} max={1000} suffix=" %" required />
          </Box>
        </Group>
      )}
    </Stack>
  );
}

const tacticsSection = findSection('salesTactics')!;
const TacticsValues = SalesPlan.shape.tactics;
const TacticsValidation = TacticsValues.extend({ interest: tacticsValidation, desire: tacticsValidation, decision: tacticsValidation });
const selectTactics = (p: Project) => p.salesPlan.tactics;
const applyTactics = (draft: Project, values: Project['salesPlan']['tactics']) => {
  draft.salesPlan.tactics = values;
};
const STAGES = [
  ['interest', 'salesPlan.tacticInterest', 'salesPlan.tacticInterestHint'],
  ['desire', 'salesPlan.tacticDesire', 'salesPlan.tacticDesireHint'],
  ['decision', 'salesPlan.tacticDecision', 'salesPlan.tacticDecisionHint'],
] as const;

export function SalesTacticsChapter({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const options = useCatalogueOptions(session);
  const currency = useSessionSelector(session, (s) => s.project.meta.currency);
  const form = useSectionForm({ session, select: selectTactics, apply: applyTactics, storable: TacticsValues, validation: TacticsValidation, undoKey: 'salesTactics' });
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="salesPlan.tactics">
        <Stack gap="lg">
          <ChapterHeader section={tacticsSection} session={session} />
          <SubPart section={tacticsSection} id="stages">
            {STAGES.map(([stage, title, hint]) => (
              <div key={stage}>
                <Title order={4} size="h5">
                  {t(title)}
                </Title>
                <Text size="xs" c="dimmed" mb="xs">
                  {t(hint)}
                </Text>
                <RowsEditor
                  name={stage}
                  rowLabel={(i) => `${t(title)}: ${t('salesPlan.tacticRow', { number: i + 1 })}`}
                  addLabel={t('salesPlan.addTactic')}
                  emptyText={t('salesPlan.emptyTactics')}
                  newRow={() => ({ id: newId(), tactic: '', detail: '', channelId: '', owner: '', when: '', cost: null })}
                  renderRow={(i) => (
                    <Stack gap="sm">
                      <SimpleGrid cols={{ base: 1, md: 2 }}>
                        <FormTextInput name={`${stage}.${i}.tactic`} label={t('salesPlan.tactic')} required />
                        <FormTextInput name={`${stage}.${i}.detail`} label={t('salesPlan.detail')} />
                      </SimpleGrid>
                      <SimpleGrid cols={{ base: 1, md: 2, xl: 4 }}>
                        <FormSelect name={`${stage}.${i}.channelId`} label={t('salesPlan.tacticChannel')} placeholder={t('salesPlan.allChannels')} data={options.channels} clearable />
                        <FormTextInput name={`${stage}.${i}.owner`} label={t('salesPlan.tacticOwner')} />
                        <FormTextInput name={`${stage}.${i}.when`} label={t('salesPlan.tacticWhen')} />
                        <FormMoneyInput name={`${stage}.${i}.cost`} label={t('salesPlan.tacticCost', { currency })} currency={currency} nullable />
                      </SimpleGrid>
                    </Stack>
                  )}
                />
              </div>
            ))}
            <FormRichText name="narrative" label={t('salesPlan.tacticsNarrative')} minRows={2} />
          </SubPart>
        </Stack>
      </FieldPathProvider>
    </FormProvider>
  );
}
