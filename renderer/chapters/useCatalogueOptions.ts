import type { ComboboxItem } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogues } from '../../shared/project/schema';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';

export type CatalogueOptions = Record<keyof Catalogues, ComboboxItem[]>;

/** The catalogues as pick-list options, live: a rename shows at once in every list. */
export function useCatalogueOptions(session: ProjectSession): CatalogueOptions {
  const { t } = useTranslation();
  const catalogues = useSessionSelector(session, (s) => s.project.catalogues);
  return useMemo(() => {
    const toOptions = (entries: { id: string; name: string }[]) =>
      entries.map((entry, i) => ({ value: entry.id, label: entry.name.trim() || t('catalogues.unnamed', { number: i + 1 }) }));
    return {
      productGroups: toOptions(catalogues.productGroups),
      territories: toOptions(catalogues.territories),
      zones: toOptions(catalogues.zones),
      channels: toOptions(catalogues.channels),
      counterpartyTypes: toOptions(catalogues.counterpartyTypes),
      kpis: toOptions(catalogues.kpis),
    };
  }, [catalogues, t]);
}
