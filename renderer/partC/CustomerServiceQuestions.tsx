import { Group, Stack, Text } from '@mantine/core';
import { IconArrowsSplit2 } from '@tabler/icons-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import type { SectionDef } from '../../shared/sections/catalogue';
import { SubPart } from '../chapters/layout';
import { FormTextarea } from '../editor/fields';
import { RowsTable } from '../editor/RowsTable';
import type { ProjectSession } from '../project/projectSession';

/** The CustomerService chapter's own questions, inside the chapter's form (field names relative to the chapter). */
export function CustomerServiceQuestions({ section }: { session: ProjectSession; section: SectionDef }) {
  const { t } = useTranslation();
  return (
    <>
      <SubPart section={section} id="segments">
        <RowsTable
          name="segments"
          rowLabel={(i) => t('partC.service.row', { number: i + 1 })}
          addLabel={t('partC.service.add')}
          emptyText={t('partC.service.empty')}
          newRow={() => ({ id: newId(), segment: '', service: '', frequency: '', owner: '', offers: '' })}
          columns={[
            {
              label: t('partC.service.segment'),
              required: true,
              width: '24%',
              cell: (i) => (
                <Stack gap={2}>
                  <FormTextarea name={`segments.${i}.segment`} label={t('partC.service.segment')} placeholder={t('partC.service.segmentPlaceholder')} required minRows={1} />
                  <OffersSummary index={i} />
                </Stack>
              ),
            },
            { label: t('partC.service.service'), required: true, cell: (i) => <FormTextarea name={`segments.${i}.service`} label={t('partC.service.service')} placeholder={t('partC.service.servicePlaceholder')} required minRows={1} /> },
            // Short answers, but they wrap rather than hide behind the cell's edge.
            { label: t('partC.service.frequency'), width: 150, cell: (i) => <FormTextarea name={`segments.${i}.frequency`} label={t('partC.service.frequency')} placeholder={t('partC.service.frequencyPlaceholder')} minRows={1} /> },
            { label: t('partC.service.owner'), width: 170, cell: (i) => <FormTextarea name={`segments.${i}.owner`} label={t('partC.service.owner')} placeholder={t('partC.service.ownerPlaceholder')} minRows={1} /> },
          ]}
          details={(i) => (
            <FormTextarea name={`segments.${i}.offers`} label={t('partC.service.offers')} description={t('partC.service.offersHint')} placeholder={t('partC.service.offersPlaceholder')} minRows={2} />
          )}
        />
      </SubPart>

      <SubPart section={section} id="retention">
        <FormTextarea name="followUpCall" label={t('partC.service.followUpCall')} description={t('partC.service.followUpCallHint')} placeholder={t('partC.service.followUpCallPlaceholder')} required minRows={2} />
        <FormTextarea name="declined" label={t('partC.service.declined')} description={t('partC.service.declinedHint')} placeholder={t('partC.service.declinedPlaceholder')} minRows={2} />
        <FormTextarea name="satisfaction" label={t('partC.service.satisfaction')} description={t('partC.service.satisfactionHint')} placeholder={t('partC.service.satisfactionPlaceholder')} minRows={2} />
      </SubPart>
    </>
  );
}

/** The segment's offers (kept in the row's panel), in a line under its name. */
function OffersSummary({ index }: { index: number }) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const offers = (useWatch({ control, name: `segments.${index}.offers` }) as string | undefined) ?? '';
  if (offers.trim() === '') return null;
  return (
    // Width 0 and at least the cell's: a long text is cut at the cell, not widening the column.
    <Group gap={4} wrap="nowrap" align="flex-start" px={4} style={{ width: 0, minWidth: '100%' }} title={offers}>
      <IconArrowsSplit2 size={12} aria-label={t('partC.service.offers')} style={{ flexShrink: 0, marginTop: 2, color: 'var(--mantine-color-dimmed)' }} />
      <Text size="xs" c="dimmed" lineClamp={2}>
        {offers}
      </Text>
    </Group>
  );
}
