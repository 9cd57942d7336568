import { Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import type { SectionDef } from '../../shared/sections/catalogue';
import { SubPart } from '../chapters/layout';
import { FormDateInput, FormNumberInput, FormRichText, FormTextInput } from '../editor/fields';
import { RowsTable } from '../editor/RowsTable';
import type { ProjectSession } from '../project/projectSession';
import { OnboardingPlanView } from './SalesOrgOnboardingPlan';

/** The SalesOrganisation chapter's own questions, inside the chapter's form (field names relative to the chapter). */
export function SalesOrganisationQuestions({ section }: { session: ProjectSession; section: SectionDef }) {
  const { t } = useTranslation();
  return (
    <>
      <SubPart section={section} id="structure">
        <FormRichText
          name="structure"
          label={t('partC.organisation.structure')}
          description={t('partC.organisation.structureHint')}
          placeholder={t('partC.organisation.structurePlaceholder')}
          required
          minRows={4}
        />
      </SubPart>

      <SubPart section={section} id="roles">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RoleCard
            name="newClientSales"
            title={t('partC.organisation.newClientSales')}
            hint={t('partC.organisation.newClientSalesHint')}
            basisPlaceholder={t('partC.organisation.basisSalesPlaceholder')}
          />
          <RoleCard
            name="clientService"
            title={t('partC.organisation.clientService')}
            hint={t('partC.organisation.clientServiceHint')}
            basisPlaceholder={t('partC.organisation.basisServicePlaceholder')}
          />
        </SimpleGrid>
      </SubPart>

      <SubPart section={section} id="onboarding">
        <div>
          <Title order={4} size="h5">
            {t('partC.organisation.hiring')}
          </Title>
          <Text size="xs" c="dimmed" mb={6}>
            {t('partC.organisation.hiringHint')}
          </Text>
          <RowsTable
            name="hiring"
            rowLabel={(i) => t('partC.organisation.intake', { number: i + 1 })}
            addLabel={t('partC.organisation.addIntake')}
            emptyText={t('partC.organisation.emptyHiring')}
            newRow={() => ({ id: newId(), date: null, count: 0 })}
            columns={[
              { label: t('partC.organisation.startDate'), required: true, cell: (i) => <FormDateInput name={`hiring.${i}.date`} label={t('partC.organisation.startDate')} required /> },
              {
                label: t('partC.organisation.newcomers'),
                required: true,
                width: 160,
                cell: (i) => <FormNumberInput name={`hiring.${i}.count`} label={t('partC.organisation.newcomers')} min={0} max={1000} decimals={0} required />,
              },
            ]}
          />
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormNumberInput name="groupSize" label={t('partC.organisation.groupSize')} description={t('partC.organisation.groupSizeHint')} min={1} max={50} decimals={0} />
          <FormNumberInput name="mentorWeeks" label={t('partC.organisation.mentorWeeks')} description={t('partC.organisation.mentorWeeksHint')} min={1} max={52} decimals={0} />
        </SimpleGrid>
        <OnboardingPlanView />
      </SubPart>
    </>
  );
}

/** One side of the split: how many people, what share of their income is variable, and on what it is paid. */
function RoleCard({ name, title, hint, basisPlaceholder }: { name: 'newClientSales' | 'clientService'; title: string; hint: string; basisPlaceholder: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0" component="fieldset" aria-label={title} style={{ margin: 0 }}>
      <Stack gap="sm">
        <div>
          <Text fw={600}>{title}</Text>
          {/* Two lines either way, so that the two cards' fields line up. */}
          <Text size="xs" c="dimmed" lineClamp={2} mih="calc(2 * var(--mantine-line-height-xs) * var(--mantine-font-size-xs))">
            {hint}
          </Text>
        </div>
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <Box w={96} style={{ flexShrink: 0 }}>
            <FormNumberInput name={`${name}.people`} label={t('partC.organisation.people')} min={0} decimals={0} />
          </Box>
          <Box style={{ flex: 1, minWidth: 0 }}>
            <FormNumberInput name={`${name}.variablePercent`} label={t('partC.organisation.variablePercent')} min={0} max={100} suffix=" %" decimals={1} />
          </Box>
        </Group>
        <Text size="xs" c="dimmed" mt={-6}>
          {t('partC.organisation.variablePercentHint')}
        </Text>
        <FormTextInput name={`${name}.basis`} label={t('partC.organisation.basis')} placeholder={basisPlaceholder} required />
      </Stack>
    </Paper>
  );
}
