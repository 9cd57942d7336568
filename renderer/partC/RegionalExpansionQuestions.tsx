import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { REGION_STAGES } from '../../shared/project/partC';
import type { SectionDef } from '../../shared/sections/catalogue';
import { SubPart } from '../chapters/layout';
import { useCatalogueOptions } from '../chapters/useCatalogueOptions';
import { FormSelect, FormTextarea } from '../editor/fields';
import { RowsTable } from '../editor/RowsTable';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';
import { RegionalTravellingTeam } from './RegionalTravellingTeam';

/** The regional expansion chapter's own questions, inside the chapter's form (field names relative to the chapter). */
export function RegionalExpansionQuestions({ session, section }: { session: ProjectSession; section: SectionDef }) {
  const { t } = useTranslation();
  const options = useCatalogueOptions(session);
  const currency = useSessionSelector(session, (s) => s.project.meta.currency);
  const stages = REGION_STAGES.map((stage) => ({ value: stage, label: t(`partC.regions.stages.${stage}`) }));
  return (
    <>
      <SubPart section={section} id="regions">
        {options.territories.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('partC.regions.noTerritories')}
          </Text>
        )}
        <RowsTable
          name="regions"
          rowLabel={(i) => t('partC.regions.region', { number: i + 1 })}
          addLabel={t('partC.regions.addRegion')}
          emptyText={t('partC.regions.emptyRegions')}
          newRow={() => ({ id: newId(), territoryId: '', stage: 'remote', plan: '' })}
          columns={[
            { label: t('partC.regions.territory'), required: true, width: '26%', cell: (i) => <FormSelect name={`regions.${i}.territoryId`} label={t('partC.regions.territory')} data={options.territories} required /> },
            { label: t('partC.regions.stage'), width: 240, cell: (i) => <FormSelect name={`regions.${i}.stage`} label={t('partC.regions.stage')} data={stages} searchable={false} /> },
            { label: t('partC.regions.plan'), cell: (i) => <FormTextarea name={`regions.${i}.plan`} label={t('partC.regions.plan')} minRows={1} /> },
          ]}
        />
      </SubPart>

      <SubPart section={section} id="travellingTeam">
        <RegionalTravellingTeam currency={currency} />
      </SubPart>

      <SubPart section={section} id="ownOffice">
        <FormTextarea name="officeSigns" label={t('partC.regions.officeSigns')} description={t('partC.regions.officeSignsHint')} placeholder={t('partC.regions.officeSignsPlaceholder')} required minRows={3} />
        <FormTextarea name="pitfalls" label={t('partC.regions.pitfalls')} description={t('partC.regions.pitfallsHint')} placeholder={t('partC.regions.pitfallsPlaceholder')} minRows={3} />
      </SubPart>
    </>
  );
}
