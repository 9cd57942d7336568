import { Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { ROADMAP_AREA_IDS, type RoadmapDecision } from '../../shared/project/partC';
import { DECISION_STATUSES, ROADMAP_AREAS } from '../../shared/partC/roadmap';
import type { SectionDef } from '../../shared/sections/catalogue';
import { SubPart } from '../chapters/layout';
import { FormDateInput, FormSelect, FormTextarea, FormTextInput } from '../editor/fields';
import { RowsTable } from '../editor/RowsTable';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';
import { RoadmapView } from './RoadmapView';

const blankDecision = (area: RoadmapDecision['area']): RoadmapDecision => ({ id: newId(), area, decision: '', owner: '', deadline: null, status: 'todo' });

/** The Implementation chapter's own questions, inside the chapter's form (field names relative to the chapter). */
export function ImplementationQuestions({ session, section }: { session: ProjectSession; section: SectionDef }) {
  const { t } = useTranslation();
  // Overdue as the checks and the document count it: against the document's date.
  const documentDate = useSessionSelector(session, (s) => s.project.meta.documentDate);
  const { control, getValues, setValue } = useFormContext();
  const decisions = (useWatch({ control, name: 'decisions' }) as RoadmapDecision[] | undefined) ?? [];
  const missing = ROADMAP_AREAS.filter((area) => !decisions.some((d) => d.area === area));
  const addArticleDecisions = () => {
    const current = (getValues('decisions') as RoadmapDecision[] | undefined) ?? [];
    const absent = ROADMAP_AREAS.filter((area) => !current.some((d) => d.area === area));
    setValue('decisions', [...current, ...absent.map(blankDecision)], { shouldDirty: true, shouldValidate: true });
  };
  return (
    <SubPart section={section} id="decisions">
      <Group>
        <Tooltip label={missing.length === 0 ? t('partC.roadmap.allAreasPresent') : t('partC.roadmap.addSixHint')} multiline w={320} withArrow>
          <Button variant="default" size="compact-sm" leftSection={<IconListCheck size={14} />} onClick={addArticleDecisions} disabled={missing.length === 0}>
            {t('partC.roadmap.addSix')}
          </Button>
        </Tooltip>
        {missing.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('partC.roadmap.allAreasPresent')}
          </Text>
        )}
      </Group>
      <RowsTable
        name="decisions"
        rowLabel={(i) => t('partC.roadmap.row', { number: i + 1 })}
        addLabel={t('partC.roadmap.add')}
        emptyText={t('partC.roadmap.empty')}
        newRow={() => blankDecision('other')}
        columns={[
          {
            label: t('partC.roadmap.area'),
            required: true,
            width: 200,
            cell: (i) => <FormSelect name={`decisions.${i}.area`} label={t('partC.roadmap.area')} searchable={false} data={ROADMAP_AREA_IDS.map((area) => ({ value: area, label: t(`partC.roadmap.areas.${area}`) }))} required />,
          },
          { label: t('partC.roadmap.decision'), required: true, cell: (i) => <FormTextarea name={`decisions.${i}.decision`} label={t('partC.roadmap.decision')} required minRows={1} /> },
          {
            // Stacked in one column, so that the decision itself keeps room to read.
            label: t('partC.roadmap.ownerAndDeadline'),
            width: 220,
            cell: (i) => (
              <Stack gap={4}>
                <FormTextInput name={`decisions.${i}.owner`} label={t('partC.roadmap.owner')} placeholder={t('partC.roadmap.owner')} />
                <FormDateInput name={`decisions.${i}.deadline`} label={t('partC.roadmap.deadline')} />
              </Stack>
            ),
          },
          {
            label: t('partC.roadmap.status'),
            width: 150,
            cell: (i) => <FormSelect name={`decisions.${i}.status`} label={t('partC.roadmap.status')} searchable={false} data={DECISION_STATUSES.map((status) => ({ value: status, label: t(`partC.roadmap.statuses.${status}`) }))} />,
          },
        ]}
      />
      <RoadmapView decisions={decisions} today={documentDate} />
    </SubPart>
  );
}
