import { RevoGrid, type ColumnRegular } from '@revolist/react-datagrid';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forecast } from '../../shared/forecast/engine';
import { displayDigits } from '../../shared/money';
import { monthProp, PRICE_PROPS, TOTAL_PROP, TOTAL_ROW_ID, yearProp, type GridRow } from './gridModel';

interface Props {
  forecast: Forecast;
  rows: GridRow[];
  totals: GridRow;
  readOnly: boolean;
  onEdits(edits: { lineId: string; prop: string; value: unknown }[]): void;
  onFocusCell(lineId: string, prop: string): void;
}

const MIN_NUMBER_WIDTH = 96;
/** Width of a column of figures of this many characters, in steps of 16 px (13 px tabular digits, bold totals, padding). */
const numberColumnWidth = (characters: number) => Math.max(MIN_NUMBER_WIDTH, Math.ceil((characters * 8 + 28) / 16) * 16);
/** Width a header needs to show its words ("2027 total") without "…". */
const headerWidth = (name: string) => Math.ceil((name.length * 8.5 + 40) / 16) * 16;

/**
 * The forecast as a spreadsheet (RevoGrid): lines as rows, the twelve months of the first year
 * and the later years as columns, the line names frozen on the left and the totals at the
 * bottom. Arrows, Tab, Enter and typing work as in Excel; ranges copy and paste as TSV; the
 * fill handle fills right. Every edit goes through `onEdits`, which validates it as a whole.
 */
export function ForecastGrid({ forecast, rows, totals, readOnly, onEdits, onFocusCell }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const currencyDigits = displayDigits(forecast.currency);
  const money = useMemo(() => new Intl.NumberFormat(locale, { minimumFractionDigits: currencyDigits, maximumFractionDigits: currencyDigits }), [locale, currencyDigits]);
  const units = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }), [locale]);
  const monthName = useMemo(() => new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }), [locale]);

  const monthsKey = forecast.months.join();
  const yearsKey = forecast.years.map((y) => y.label).join();
  const textOf = (model: Record<string, unknown>, prop: string) => {
    const value = model[prop];
    const format = model.inUnits && prop !== TOTAL_PROP ? units : money;
    return typeof value === 'number' ? format.format(value) : String(value ?? '');
  };
  // Every column is as wide as its longest figure (the totals, usually), so no number is cut; the
  // widths move in steps, so the columns are rebuilt only when a figure gains a digit group.
  const widths = useMemo(() => {
    const fitted: Record<string, number> = {};
    for (const prop of Object.keys(totals)) {
      if (prop === 'id' || prop === 'name' || prop === 'inUnits') continue;
      const longest = Math.max(...[...rows, totals].map((row) => textOf(row, prop).length));
      fitted[prop] = numberColumnWidth(longest);
    }
    return fitted;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, totals, money, units]);
  const widthsKey = JSON.stringify(widths);
  // Units lines show their unit price beside the name: the name column is wider when there are any.
  const priced = rows.some((row) => row.inUnits);
  const columns = useMemo<ColumnRegular[]>(() => {
    const numeric = (prop: string, name: string, readonly = false): ColumnRegular => ({
      prop,
      name,
      size: Math.max(widths[prop] ?? MIN_NUMBER_WIDTH, headerWidth(name)),
      readonly,
      cellTemplate: (h, { model }) => {
        const text = textOf(model, prop);
        const isTotal = model.id === TOTAL_ROW_ID;
        // A column narrowed by hand ends the figure with "…"; the whole figure is in the tooltip.
        return h('span', { class: { 'cpb-num': true, 'cpb-computed': readonly || isTotal }, title: text }, text);
      },
      columnProperties: () => ({ class: { 'cpb-num-header': true }, title: name }),
    });
    return [
      {
        prop: 'name',
        name: t('forecast.lineColumn'),
        pin: 'colPinStart',
        size: priced ? 300 : 220,
        cellTemplate: (h, { model }) => {
          const name = String(model.name ?? '');
          if (typeof model.unitPrice !== 'number') return h('span', { class: { 'cpb-computed': model.id === TOTAL_ROW_ID } }, name);
          // The price is not a cell: a policy price follows the price matrix, an own price is set in the line's settings.
          const price = money.format(model.unitPrice);
          const policy = model.fromPolicy === true;
          return h('span', { style: { display: 'flex', gap: '8px', justifyContent: 'space-between', alignItems: 'baseline' } }, [
            h('span', { style: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }, name),
            h(
              'span',
              {
                class: { 'cpb-line-price': true },
                'data-policy': policy ? 'true' : 'false',
                title: policy ? t('forecast.policyPrice.gridTitle', { price }) : t('forecast.gridOwnPriceTitle', { price }),
                style: { flex: 'none', fontSize: '12px', color: policy ? 'var(--mantine-color-teal-8)' : 'var(--mantine-color-dimmed)', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
              },
              policy ? t('forecast.gridPolicyPrice', { price }) : t('forecast.gridPrice', { price }),
            ),
          ]);
        },
      },
      ...forecast.months.map((ym, m) => {
        const [y, mm] = ym.split('-').map(Number) as [number, number];
        return numeric(monthProp(m), monthName.format(new Date(Date.UTC(y, mm - 1, 1))));
      }),
      numeric(TOTAL_PROP, t('forecast.yearTotal', { year: forecast.years[0]!.label }), true),
      ...forecast.years.slice(1).map((year) => ({
        ...numeric(yearProp(year.index), year.label),
        // Later years show what was typed: an amount, or a growth such as "+9%".
        cellTemplate: (h: Parameters<NonNullable<ColumnRegular['cellTemplate']>>[0], { model }: { model: Record<string, unknown> }) => {
          const value = model[yearProp(year.index)];
          const text = typeof value === 'number' ? money.format(value) : String(value ?? '');
          return h('span', { class: { 'cpb-num': true, 'cpb-computed': model.id === TOTAL_ROW_ID }, title: text }, text);
        },
      })),
    ];
    // The columns change only when the plan's months or years do, not with every figure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [monthsKey, yearsKey, widthsKey, priced, monthName, money, units, t]);

  // Handing the grid new arrays makes it reload everything and drop keys typed meanwhile. So the
  // arrays change only when lines or columns do; otherwise the changed cells are patched in place.
  const structure = `${rows.map((r) => r.id).join(',')}|${columns.map((c) => c.prop).join(',')}|${locale}`;
  const shown = useRef<{ structure: string; source: GridRow[]; pinnedBottom: GridRow[] } | null>(null);
  if (shown.current?.structure !== structure) {
    shown.current = { structure, source: rows.map((r) => ({ ...r })), pinnedBottom: [{ ...totals }] };
  }
  const { source, pinnedBottom } = shown.current;
  const gridRef = useRef<HTMLRevoGridElement>(null);
  useEffect(() => {
    const grid = gridRef.current;
    const current = shown.current;
    if (!grid || !current) return;
    let changed = false;
    const patch = (shown: GridRow, next: GridRow) => {
      for (const prop of [...columns.map((c) => String(c.prop)), ...PRICE_PROPS]) {
        if (shown[prop] === next[prop]) continue;
        shown[prop] = next[prop]!;
        changed = true;
      }
    };
    rows.forEach((next, i) => current.source[i] && patch(current.source[i]!, next));
    patch(current.pinnedBottom[0]!, totals);
    // Redraw the cells from the patched rows; the grid keeps its focus and any open editor.
    if (changed) void grid.refresh('all');
  }, [rows, totals, columns]);

  // RevoGrid puts its column headers straight under the grid, with no row around them: screen
  // readers then cannot tell headers from cells. Each header row is given its role as it appears,
  // in the observer's own callback (before anything reads the page), looking only at what changed.
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const labelIn = (root: Element) => {
      const rows = root.matches('.header-rgRow') ? [root] : root.querySelectorAll('.header-rgRow');
      for (const row of rows) if (!row.hasAttribute('role') && row.querySelector('[role="columnheader"]')) row.setAttribute('role', 'row');
    };
    labelIn(grid);
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const row = (mutation.target as Element).closest?.('.header-rgRow');
        if (row) labelIn(row);
        for (const node of mutation.addedNodes) if (node instanceof Element) labelIn(node);
      }
    });
    observer.observe(grid, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  return (
    <div className="cpb-forecast-grid" data-testid="forecast-grid" style={{ height: Math.min(120 + rows.length * 36, 560) }}>
      <RevoGrid
        ref={gridRef}
        columns={columns}
        source={source}
        pinnedBottomSource={pinnedBottom}
        readonly={readOnly}
        range
        useClipboard
        resize
        canFocus
        applyOnClose
        hideAttribution
        theme="compact"
        onBeforeedit={(event) => {
          event.preventDefault();
          const { model, prop, val } = event.detail;
          if (model?.id && model.id !== totals.id) onEdits([{ lineId: String(model.id), prop: String(prop), value: val }]);
        }}
        onBeforerangeedit={(event) => {
          event.preventDefault();
          const { data, models } = event.detail;
          const edits = Object.entries(data).flatMap(([rowIndex, changes]) => {
            const model = models[Number(rowIndex)];
            if (!model?.id || model.id === totals.id) return [];
            return Object.entries(changes).map(([prop, value]) => ({ lineId: String(model.id), prop, value }));
          });
          if (edits.length > 0) onEdits(edits);
        }}
        onAfterfocus={(event) => {
          const id = event.detail.model?.id;
          const prop = event.detail.column?.prop;
          if (id && id !== totals.id) onFocusCell(String(id), String(prop ?? ''));
        }}
      />
    </div>
  );
}
