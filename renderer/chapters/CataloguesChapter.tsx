import { Anchor, Box, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { usagesOf } from '../../shared/project/references';
import { Catalogues, type CatalogueName, type Project } from '../../shared/project/schema';
import { findSection, locateField, MATRIX_LISTS, rowOfPath, sectionKeys, subsectionKeys } from '../../shared/sections/catalogue';
import { routes } from '../app/routes';
import { FieldPathProvider, useFieldPath } from '../editor/FieldPath';
import { FormMoneyInput, FormMultiSelect, FormNumberInput, FormSelect, FormTextarea, FormTextInput } from '../editor/fields';
import { useSessionSelector } from '../project/useSessionSelector';
import { RowsTable } from '../editor/RowsTable';
import { useSectionForm } from '../editor/useSectionForm';
import type { ProjectSession } from '../project/projectSession';
import { ChapterHeader, SubPart } from './layout';
import { catalogueValidation } from './validation';
import { AppModal } from '../components/AppModal';

const select = (p: Project) => p.catalogues;
const apply = (draft: Project, values: Project['catalogues']) => {
  draft.catalogues = values;
};
const section = findSection('catalogues')!;
const CHANNEL_KINDS = ['keyAccount', 'directSales', 'branch', 'dealer', 'agent', 'online', 'retail', 'other'] as const;
const SURCHARGE_MODES = ['percent', 'perUnit'] as const;

type Key = 'sections.goals.title';

export function CataloguesChapter({ session }: { session: ProjectSession }) {
  const form = useSectionForm({ session, select, apply, storable: Catalogues, validation: catalogueValidation, undoKey: 'catalogues' });
  const [blocked, setBlocked] = useState<{ name: string; places: Place[] } | null>(null);
  return (
    <FormProvider {...form}>
      <FieldPathProvider base="catalogues">
        <Stack gap="lg">
          <ChapterHeader section={section} session={session} />
          <CatalogueList session={session} catalogue="productGroups" onBlocked={setBlocked} />
          <CatalogueList session={session} catalogue="territories" onBlocked={setBlocked} />
          <CatalogueList session={session} catalogue="zones" onBlocked={setBlocked} />
          <CatalogueList session={session} catalogue="channels" onBlocked={setBlocked} />
          <CatalogueList session={session} catalogue="counterpartyTypes" onBlocked={setBlocked} />
          <CatalogueList session={session} catalogue="kpis" onBlocked={setBlocked} />
        </Stack>
      </FieldPathProvider>
      <InUseDialog blocked={blocked} onClose={() => setBlocked(null)} />
    </FormProvider>
  );
}

const ROW_KEYS = {
  productGroups: ['catalogues.productGroup', 'catalogues.addProductGroup', 'catalogues.emptyProductGroups'],
  territories: ['catalogues.territory', 'catalogues.addTerritory', 'catalogues.emptyTerritories'],
  zones: ['catalogues.zone', 'catalogues.addZone', 'catalogues.emptyZones'],
  channels: ['catalogues.channel', 'catalogues.addChannel', 'catalogues.emptyChannels'],
  counterpartyTypes: ['catalogues.counterpartyType', 'catalogues.addCounterpartyType', 'catalogues.emptyCounterpartyTypes'],
  kpis: ['catalogues.kpi', 'catalogues.addKpi', 'catalogues.emptyKpis'],
} as const;

/** A place an entry is used, as a link to it. */
interface Place {
  label: string;
  href: string;
}

function CatalogueList({ session, catalogue, onBlocked }: { session: ProjectSession; catalogue: CatalogueName; onBlocked(b: { name: string; places: Place[] }): void }) {
  const { t } = useTranslation();
  const { getValues, control } = useFormContext<Project['catalogues']>();
  const [rowKey, addKey, emptyKey] = ROW_KEYS[catalogue];
  const currency = useSessionSelector(session, (s) => s.project.meta.currency);
  // The territories as typed here, so a territory just added can be put in a zone at once.
  const territories = useWatch({ control, name: 'territories' });
  const territoryOptions = (territories ?? []).map((entry, i) => ({ value: entry.id, label: entry.name.trim() || t('catalogues.unnamed', { number: i + 1 }) }));

  /** Where an entry is used, in words a user can act on and as links there; empty when it can go. */
  const placesUsing = (index: number): Place[] => {
    const entry = getValues(catalogue)[index];
    if (!entry) return [];
    const places = usagesOf(session.getSnapshot().project, catalogue, entry.id).flatMap((path): Place[] => {
      const dotted = path.join('.');
      const where = locateField(dotted);
      if (!where) return [];
      const sectionTitle = t(sectionKeys(where.section).title as Key);
      const part = t(subsectionKeys(where.section, where.subsection).title as Key);
      const row = rowOfPath(dotted);
      const matrix = MATRIX_LISTS.find((list) => dotted.startsWith(`${list}.`));
      return [
        {
          label: row ? t('catalogues.inUseRow', { section: sectionTitle, part, row }) : t('catalogues.inUsePlace', { section: sectionTitle, part }),
          href: `#${routes.project(session.id, where.section.id, matrix ?? dotted)}`,
        },
      ];
    });
    // The price matrix is one place, however many of its cells name the entry.
    return places.filter((place, i) => places.findIndex((p) => p.label === place.label) === i);
  };

  return (
    <SubPart section={section} id={catalogue}>
      <RowsTable
        name={catalogue}
        rowLabel={(i) => t(rowKey, { number: i + 1 })}
        addLabel={t(addKey)}
        emptyText={t(emptyKey)}
        newRow={() =>
          catalogue === 'channels'
            ? { id: newId(), name: '', description: '', kind: 'directSales' }
            : catalogue === 'kpis'
              ? { id: newId(), name: '', unit: '', measurement: '', target: '' }
              : catalogue === 'productGroups'
                ? { id: newId(), name: '', description: '', listPrice: null, unitCost: null }
                : catalogue === 'zones'
                  ? { id: newId(), name: '', description: '', territoryIds: [], surcharge: { mode: 'percent', value: 0 } }
                  : { id: newId(), name: '', description: '' }
        }
        canRemove={(i) => {
          const places = placesUsing(i);
          if (places.length === 0) return true;
          onBlocked({ name: getValues(catalogue)[i]?.name ?? '', places });
          return false;
        }}
        columns={
          catalogue === 'kpis'
            ? [
                { label: t('catalogues.name'), required: true, width: '26%', cell: (i) => <FormTextInput name={`kpis.${i}.name`} label={t('catalogues.name')} required /> },
                { label: t('catalogues.unit'), required: true, width: 120, cell: (i) => <FormTextInput name={`kpis.${i}.unit`} label={t('catalogues.unit')} required /> },
                { label: t('catalogues.measurement'), cell: (i) => <FormTextarea name={`kpis.${i}.measurement`} label={t('catalogues.measurement')} minRows={1} /> },
                { label: t('catalogues.target'), width: '20%', cell: (i) => <FormTextInput name={`kpis.${i}.target`} label={t('catalogues.target')} /> },
              ]
            : catalogue === 'zones'
              ? [
                  { label: t('catalogues.name'), required: true, width: '26%', cell: (i) => <FormTextInput name={`zones.${i}.name`} label={t('catalogues.name')} required /> },
                  { label: t('catalogues.territories'), width: '26%', cell: (i) => <FormMultiSelect name={`zones.${i}.territoryIds`} label={t('catalogues.territories')} data={territoryOptions} /> },
                  {
                    label: t('catalogues.surcharge'),
                    hint: t('catalogues.surchargeHint', { currency }),
                    width: 210,
                    cell: (i) => (
                      <Group gap={4} wrap="nowrap" align="flex-start">
                        <Box style={{ flex: 1 }}>
                          <SurchargeValue index={i} currency={currency} />
                        </Box>
                        <Box w={98} style={{ flexShrink: 0 }}>
                          <SurchargeMode index={i} currency={currency} />
                        </Box>
                      </Group>
                    ),
                  },
                  { label: t('catalogues.description'), cell: (i) => <FormTextarea name={`zones.${i}.description`} label={t('catalogues.description')} minRows={1} /> },
                ]
            : [
                { label: t('catalogues.name'), required: true, width: catalogue === 'productGroups' ? '30%' : '32%', cell: (i) => <FormTextInput name={`${catalogue}.${i}.name`} label={t('catalogues.name')} required /> },
                ...(catalogue === 'channels'
                  ? [
                      {
                        label: t('catalogues.kind'),
                        width: 170,
                        cell: (i: number) => (
                          <FormSelect name={`channels.${i}.kind`} label={t('catalogues.kind')} searchable={false} data={CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`catalogues.channelKinds.${kind}`) }))} />
                        ),
                      },
                    ]
                  : []),
                ...(catalogue === 'productGroups'
                  ? [
                      {
                        label: t('catalogues.listPrice', { currency }),
                        hint: t('catalogues.listPriceHint'),
                        width: 130,
                        cell: (i: number) => <FormMoneyInput name={`productGroups.${i}.listPrice`} label={t('catalogues.listPrice', { currency })} currency={currency} nullable />,
                      },
                      {
                        label: t('catalogues.unitCost', { currency }),
                        hint: t('catalogues.unitCostHint'),
                        width: 130,
                        cell: (i: number) => <FormMoneyInput name={`productGroups.${i}.unitCost`} label={t('catalogues.unitCost', { currency })} currency={currency} nullable />,
                      },
                    ]
                  : []),
                { label: t('catalogues.description'), cell: (i) => <FormTextarea name={`${catalogue}.${i}.description`} label={t('catalogues.description')} minRows={1} /> },
              ]
        }
      />
    </SubPart>
  );
}

/**
 * A zone's surcharge: a percentage of the list price, or an amount per unit typed in the currency.
 * Switching between them starts the value at 0 (3 % is not 3 fillér).
 */
function SurchargeValue({ index, currency }: { index: number; currency: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext<Project['catalogues']>();
  const mode = useWatch({ control, name: `zones.${index}.surcharge.mode` });
  const name = `zones.${index}.surcharge.value`;
  return mode === 'perUnit' ? (
    <FormMoneyInput name={name} label={t('catalogues.surcharge')} currency={currency} />
  ) : (
    <FormNumberInput name={name} label={t('catalogues.surcharge')} min={-100} max={1000} />
  );
}

/** % or an amount per unit; the user's switch (not any other change of the mode) starts the value at 0. */
function SurchargeMode({ index, currency }: { index: number; currency: string }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<Project['catalogues']>();
  const { field } = useController({ control, name: `zones.${index}.surcharge.mode` });
  return (
    <Select
      label={t('catalogues.surchargeMode')}
      size="sm"
      data={SURCHARGE_MODES.map((mode) => ({ value: mode, label: t(`catalogues.surchargeModes.${mode}`, { currency }) }))}
      value={field.value}
      allowDeselect={false}
      onChange={(next) => {
        if (!next || next === field.value) return;
        setValue(`zones.${index}.surcharge.value`, 0, { shouldDirty: true, shouldValidate: true });
        field.onChange(next);
      }}
      data-field={useFieldPath(`zones.${index}.surcharge.mode`)}
      ref={field.ref}
      onBlur={field.onBlur}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function InUseDialog({ blocked, onClose }: { blocked: { name: string; places: Place[] } | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={blocked !== null} onClose={onClose} title={t('catalogues.inUseTitle', { name: blocked?.name ?? '' })} centered>
      <Stack>
        <Text size="sm">{t('catalogues.inUseBody')}</Text>
        <List size="sm" spacing={4}>
          {blocked?.places.map((place) => (
            <List.Item key={place.label}>
              <Anchor href={place.href} onClick={onClose} size="sm">
                {place.label}
              </Anchor>
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
