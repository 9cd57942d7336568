import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { marginRatio, type Forecast, type Figures } from '../../shared/forecast/engine';
import { formatMoney, formatPercentValue } from '../../shared/format';

/** Sales, direct costs and gross margin by plan year: the figures behind the charts. */
export function ForecastResults({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoney(minor, forecast.currency, i18n.language);
  const rows: [string, (f: Figures) => string, boolean][] = [
    [t('forecast.sales'), (f) => money(f.sales), false],
    [t('forecast.directCosts'), (f) => money(f.cost), false],
    [t('forecast.grossMargin'), (f) => money(f.margin), true],
    [t('forecast.marginPercent'), (f) => {
      const ratio = marginRatio(f);
      return ratio === null ? '–' : formatPercentValue(ratio, i18n.language);
    }, false],
  ];
  return (
    // A table wider than the window scrolls; the keyboard can reach and scroll it too.
    <ScrollArea type="auto" viewportProps={{ tabIndex: 0, 'aria-label': t('forecast.resultsTable') }}>
      <Table withTableBorder striped data-testid="forecast-results" miw={600}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {forecast.years.map((year) => (
              <Table.Th key={year.index} style={{ textAlign: 'right' }}>
                {year.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, cell, strong]) => (
            <Table.Tr key={label} fw={strong ? 700 : undefined}>
              <Table.Th scope="row">{label}</Table.Th>
              {forecast.totals.years.map((f, i) => (
                <Table.Td key={i} style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {cell(f)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
