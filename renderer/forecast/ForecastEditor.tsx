import type { TFunction } from 'i18next';
import { Button, Group, Menu, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBarRight, IconDownload, IconPlus, IconUpload } from '@tabler/icons-react';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/project/blank';
import { useApi } from '../api/ApiProvider';
import { errorText, notifyDone, notifyError } from '../components/notify';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';
import { ForecastCharts } from './ForecastCharts';
import { ForecastGrid } from './ForecastGrid';
import { FunnelCheck, ForecastResults, SalesBreakdown } from './ForecastResults';
import { forecastOf } from './figures';
import { applyEdits, gridRows, monthProp, totalsRow, type CellEdit } from './gridModel';

/** An import problem or note in the interface language; its key and values come from main. */
const tableText = (t: TFunction, key: string, params: Record<string, string> = {}) => String(t(key as 'tableProblems.columns', params as never));
import { LinePanel } from './LinePanel';

/** The sales forecast: the grid, the selected line's settings, the results and the charts. */
export function ForecastEditor({ session }: { session: ProjectSession }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const project = useSessionSelector(session, (s) => s.project);
  const save = useSessionSelector(session, (s) => s.save);
  const locale = i18n.language;
  // From the whole project: a policy-priced line follows the price matrix and the list prices.
  const forecast = forecastOf(project);
  // Charts redraw after the grid and the totals have been painted, never holding up typing.
  const chartForecast = useDeferredValue(forecast);
  // The breakdown and the funnel (tables and a chart) follow a beat behind typing, as the charts do.
  const resultsProject = useDeferredValue(project);
  const rows = useMemo(() => gridRows(project, forecast, locale), [project, forecast, locale]);
  const totals = useMemo(() => totalsRow(project, forecast, t('forecast.totalRow')), [project, forecast, t]);
  // The focused cell changes with every arrow key: kept in a ref, so moving around the grid
  // re-renders nothing; only a change of line (for the settings panel) is state.
  const focus = useRef<{ lineId: string; prop: string } | null>(null);
  const [selectedLineId, setSelectedLineId] = useState<string | null>(null);
  const lines = project.salesPlan.forecast.lines;
  const selectedIndex = Math.max(0, lines.findIndex((l) => l.id === selectedLineId));
  const readOnly = save.kind === 'readOnly';

  const onFocusCell = useCallback((lineId: string, prop: string) => {
    focus.current = { lineId, prop };
    setSelectedLineId((current) => (current === lineId ? current : lineId));
  }, []);

  const columnLabel = (prop: string) => {
    const month = forecast.months[Number(prop.slice(1))];
    if (prop.startsWith('m') && month) {
      const [year, m] = month.split('-').map(Number) as [number, number];
      return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
    }
    if (prop.startsWith('y')) return forecast.years[Number(prop.slice(1))]?.label ?? prop;
    return t('forecast.lineColumn');
  };

  const edit = (edits: CellEdit[]) => {
    const { apply, rejected } = applyEdits(session.getSnapshot().project, edits, locale, columnLabel);
    if (apply) session.update(apply, 'forecast-grid');
    if (rejected.length > 0) {
      notifications.show({
        color: 'red',
        title: t('forecast.rejectedTitle', { count: rejected.length }),
        // One line: which cells (the first three), what was in the first, and how to write it.
        message: t('forecast.rejectedLine', {
          cells: rejected
            .slice(0, 3)
            .map((r) => `${r.lineName}, ${r.column}`)
            .join('; '),
          more: rejected.length > 3 ? t('forecast.rejectedMore', { count: rejected.length - 3 }) : '',
          value: rejected[0]!.value,
          example: new Intl.NumberFormat(locale).format(1234567.5),
        }),
        autoClose: 10_000,
      });
    }
  };

  const fillRight = () => {
    const at = focus.current;
    if (!at || !/^m\d+$/.test(at.prop)) {
      notifications.show({ message: t('forecast.fillRightHint'), autoClose: 4000 });
      return;
    }
    const from = Number(at.prop.slice(1));
    const row = rows.find((r) => r.id === at.lineId);
    if (!row) return;
    edit(Array.from({ length: 11 - from }, (_, i) => ({ lineId: at.lineId, prop: monthProp(from + 1 + i), value: row[at.prop] })));
  };

  const addLine = () => {
    const id = newId();
    session.update((d) => {
      d.salesPlan.forecast.lines.push({
        id,
        name: t('forecast.newLineName', { number: d.salesPlan.forecast.lines.length + 1 }),
        productGroupId: null,
        channelId: null,
        territoryId: null,
        unitName: '',
        priceSegment: 'mid',
        planning: 'money',
        unitPrice: null,
        priceSource: 'own',
        dealSize: null,
        year1: Array.from({ length: 12 }, () => 0),
        year1Generator: null,
        laterYears: Array.from({ length: d.meta.horizonYears - 1 }, () => ({ mode: 'growth' as const, value: 0 })),
        directCost: { mode: 'percentOfSales', value: 0 },
      });
    }, 'forecast-order');
    setSelectedLineId(id);
  };

  const headers = {
    line: t('forecast.lineColumn'),
    productGroup: t('forecast.productGroup'),
    channel: t('forecast.channel'),
    unitName: t('forecast.unitName'),
    priceSegment: t('forecast.priceSegment'),
    planning: t('forecast.planning'),
    unitPrice: t('forecast.unitPriceColumn'),
    directCostMode: t('forecast.directCostMode'),
    directCost: t('forecast.directCostValue'),
    territory: t('forecast.territory'),
    priceSource: t('forecast.priceSource'),
    dealSize: t('forecast.dealSize', { currency: project.meta.currency }),
  };

  const exportTable = async (format: 'csv' | 'xlsx') => {
    await session.flush();
    const result = await api['forecast:exportTable']({ id: session.id, format, locale, headers, sheetName: t('forecast.sheetName') });
    if (!result.ok) notifyError(t, result.error);
    else notifyDone(t('forecast.exported', { path: result.value.path }));
  };

  const importTable = async () => {
    await session.flush();
    const result = await api['forecast:importTable']({ id: session.id, locale });
    if (!result.ok) {
      if (result.error.code === 'cancelled') return;
      notifications.show({
        color: 'red',
        title: t('forecast.importFailed'),
        message: result.error.issues ? result.error.issues.slice(0, 8).map((i) => `${i.path}: ${i.key ? tableText(t, i.key, i.params) : i.message}`).join('\n') : errorText(t, result.error),
        autoClose: false,
        style: { whiteSpace: 'pre-line' },
      });
      return;
    }
    session.update((d) => void (d.salesPlan.forecast.lines = result.value.lines), 'forecast-import');
    notifyDone([t('forecast.imported', { count: result.value.lines.length }), ...result.value.notes.map((note) => tableText(t, `tableProblems.${note.key}`, note.params))].join(' '));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={addLine} disabled={readOnly}>
            {t('forecast.addLine')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconArrowBarRight size={14} />} onClick={fillRight} disabled={readOnly} title={t('shortcuts.key', { shortcut: 'Ctrl+R' })}>
            {t('forecast.fillRight')}
          </Button>
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconUpload size={14} />} onClick={() => void importTable()} disabled={readOnly}>
            {t('forecast.import')}
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button size="xs" variant="default" leftSection={<IconDownload size={14} />}>
                {t('forecast.export')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportTable('xlsx')}>{t('forecast.exportXlsx')}</Menu.Item>
              <Menu.Item onClick={() => void exportTable('csv')}>{t('forecast.exportCsv')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t('forecast.gridHint', { currency: project.meta.currency })}
        {lines.some((l) => l.planning === 'units' && l.priceSource === 'policy') && ` ${t('forecast.gridPolicyHint')}`}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('forecast.noLines')}
        </Text>
      ) : (
        <div
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'r') {
              e.preventDefault();
              fillRight();
            }
          }}
        >
          <ForecastGrid forecast={forecast} rows={rows} totals={totals} readOnly={readOnly} onEdits={edit} onFocusCell={onFocusCell} />
        </div>
      )}
      {lines.length > 0 && <LinePanel key={lines[selectedIndex]!.id} session={session} project={project} index={selectedIndex} onRemoved={() => setSelectedLineId(null)} />}
      {lines.length > 0 && <ForecastResults forecast={forecast} />}
      {lines.length > 0 && <SalesBreakdown project={resultsProject} forecast={chartForecast} />}
      {lines.length > 0 && <FunnelCheck project={resultsProject} forecast={chartForecast} />}
      {lines.length > 0 && <ForecastCharts forecast={chartForecast} />}
    </Stack>
  );
}
