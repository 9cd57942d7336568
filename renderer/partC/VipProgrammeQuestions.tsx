import { Button, Checkbox, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { VIP_GOALS, type VipProgramme } from '../../shared/project/partC';
import type { SectionDef } from '../../shared/sections/catalogue';
import { SubPart } from '../chapters/layout';
import { useFieldPath } from '../editor/FieldPath';
import { FormDateInput, FormMoneyInput, FormTextarea, FormTextInput, useErrorText } from '../editor/fields';
import { RowsTable } from '../editor/RowsTable';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';
import { VipAccountsPaste } from './VipAccountsPasteBox';
import { VipCapacity } from './VipCapacity';

/** Key accounts a page: a list of hundreds stays quick to open and to type in. */
const ACCOUNTS_PAGE = 50;

/** The article's six topics of a VIP call, in the order the call takes them. */
const STANDARD_TOPICS = ['contactPerson', 'satisfaction', 'cooperation', 'expansion', 'newOffers', 'referrals'] as const;

/** The VIP programme's own questions, inside the chapter's form (field names relative to the chapter). */
export function VipProgrammeQuestions({ session, section }: { session: ProjectSession; section: SectionDef }) {
  const { t } = useTranslation();
  const currency = useSessionSelector(session, (s) => s.project.meta.currency);
  return (
    <>
      <SubPart section={section} id="programme">
        <VipGoals />
        <FormTextInput name="owner" label={t('partC.vip.owner')} description={t('partC.vip.ownerHint')} placeholder={t('partC.vip.ownerPlaceholder')} required />
      </SubPart>

      <SubPart section={section} id="accounts">
        <VipAccounts currency={currency} />
      </SubPart>

      <SubPart section={section} id="capacity">
        <VipCapacity />
      </SubPart>

      <SubPart section={section} id="questionnaire">
        <VipQuestionnaire />
        <FormTextarea name="problemRule" label={t('partC.vip.problemRule')} description={t('partC.vip.problemRuleHint')} placeholder={t('partC.vip.problemRulePlaceholder')} required minRows={2} />
        <VipRefreshMonth />
      </SubPart>
    </>
  );
}

/** The programme's goals as ticks, kept in the article's order whatever order they are ticked in. */
function VipGoals() {
  const { t } = useTranslation();
  const { control } = useFormContext<VipProgramme>();
  const { field, fieldState } = useController({ control, name: 'goals' });
  const error = useErrorText(fieldState.error?.message);
  return (
    <Checkbox.Group
      label={t('partC.vip.goals')}
      description={t('partC.vip.goalsHint')}
      withAsterisk
      error={error}
      data-field={useFieldPath('goals')}
      value={field.value ?? []}
      onChange={(next) => field.onChange(VIP_GOALS.filter((goal) => next.includes(goal)))}
    >
      <Stack gap={6} mt={6}>
        {VIP_GOALS.map((goal) => (
          <Checkbox key={goal} value={goal} label={t(`partC.vip.goal.${goal}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** The key-account list: typed row by row, or pasted from a spreadsheet into a cell or the paste box. */
function VipAccounts({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation();
  const revenue = t('partC.vip.yearlyRevenue', { currency });
  // Room for the longest date the language writes ("2026. szeptember 22.", "22 Sep 2026") and the clear button.
  const dateWidth = i18n.language === 'hu' ? 214 : 160;
  return (
    <VipAccountsPaste currency={currency}>
      <RowsTable
        name="accounts"
        pageSize={ACCOUNTS_PAGE}
        rowLabel={(i) => t('partC.vip.account', { number: i + 1 })}
        addLabel={t('partC.vip.addAccount')}
        emptyText={t('partC.vip.emptyAccounts')}
        newRow={() => ({ id: newId(), client: '', segment: '', accountManager: '', lastContact: null, yearlyRevenue: null })}
        columns={[
          { label: t('partC.vip.client'), required: true, cell: (i) => <FormTextInput name={`accounts.${i}.client`} label={t('partC.vip.client')} required /> },
          { label: t('partC.vip.segment'), width: '15%', cell: (i) => <FormTextInput name={`accounts.${i}.segment`} label={t('partC.vip.segment')} /> },
          { label: t('partC.vip.accountManager'), width: '15%', cell: (i) => <FormTextInput name={`accounts.${i}.accountManager`} label={t('partC.vip.accountManager')} /> },
          { label: t('partC.vip.lastContact'), width: dateWidth, cell: (i) => <FormDateInput name={`accounts.${i}.lastContact`} label={t('partC.vip.lastContact')} /> },
          { label: revenue, width: 150, cell: (i) => <FormMoneyInput name={`accounts.${i}.yearlyRevenue`} label={revenue} currency={currency} nullable /> },
        ]}
      />
    </VipAccountsPaste>
  );
}

/** The questions of a VIP call; the article's six topics a click away, in the interface language. */
function VipQuestionnaire() {
  const { t } = useTranslation();
  const { control, getValues, setValue } = useFormContext<VipProgramme>();
  const questions = useWatch({ control, name: 'questionnaire' });
  const useStandard = () => {
    const current = getValues('questionnaire') ?? [];
    const present = new Set(current.map((q) => q.question.trim()));
    const added = STANDARD_TOPICS.map((topic) => t(`partC.vip.standard.${topic}`))
      .filter((question) => !present.has(question))
      .map((question) => ({ id: newId(), question }));
    // An empty list gets the six; a list already begun keeps its questions, and gets the topics it lacks after them.
    setValue('questionnaire', [...current, ...added].slice(0, 50), { shouldDirty: true, shouldValidate: true });
  };
  const hasAllStandard = useMemo(() => {
    const present = new Set((questions ?? []).map((q) => q.question.trim()));
    return STANDARD_TOPICS.every((topic) => present.has(t(`partC.vip.standard.${topic}`)));
  }, [questions, t]);
  return (
    <Stack gap={6}>
      <Group justify="flex-end">
        <Button variant="default" size="compact-sm" leftSection={<IconListCheck size={14} />} onClick={useStandard} disabled={hasAllStandard}>
          {t('partC.vip.useStandard')}
        </Button>
      </Group>
      <RowsTable
        name="questionnaire"
        rowLabel={(i) => t('partC.vip.questionRow', { number: i + 1 })}
        addLabel={t('partC.vip.addQuestion')}
        emptyText={t('partC.vip.emptyQuestions')}
        newRow={() => ({ id: newId(), question: '' })}
        columns={[{ label: t('partC.vip.question'), required: true, cell: (i) => <FormTextarea name={`questionnaire.${i}.question`} label={t('partC.vip.question')} required minRows={1} /> }]}
      />
    </Stack>
  );
}

/** The month the list is refreshed, by its name in the interface language; stored as 1–12 or none. */
function VipRefreshMonth() {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<VipProgramme>();
  const { field, fieldState } = useController({ control, name: 'refreshMonth' });
  const error = useErrorText(fieldState.error?.message);
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: format.format(new Date(Date.UTC(2026, i, 1))) }));
  }, [i18n.language]);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('partC.vip.refreshMonth')}
        description={t('partC.vip.refreshMonthHint')}
        data={months}
        clearable
        error={error}
        data-field={useFieldPath('refreshMonth')}
        value={field.value === null || field.value === undefined ? null : String(field.value)}
        onChange={(next) => field.onChange(next ? Number(next) : null)}
        onBlur={field.onBlur}
        ref={field.ref}
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );
}
