import { Alert, Group, ScrollArea, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { marginRatio, type Forecast, type Figures } from '../../shared/forecast/engine';
import { funnel, isShort, operatingPlan, salesBy, scenarios, type BreakdownDimension, type BreakdownRow, type ScenarioCase } from '../../shared/forecast/plan';
import { formatMoneyShort, formatNumber, formatPercentValue, numberFormat } from '../../shared/format';
import { displayDigits, toMajor } from '../../shared/money';
import type { OperatingCost, Project } from '../../shared/project/schema';
import { ChartView, ScenarioChart } from './ForecastCharts';
import { salesByEntryChartData } from '../../shared/charts/definitions';
import { scaledFormat, scaleFor, type Scale } from './figures';

const NUMBER_CELL = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** Sales, direct costs and gross margin by plan year: the figures behind the charts, in full, the currency said once. */
export function ForecastResults({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const digits = displayDigits(forecast.currency);
  const amount = (minor: number) => numberFormat(i18n.language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toMajor(minor, forecast.currency) || 0);
  const rows: [string, (f: Figures) => string, boolean][] = [
    [t('forecast.sales'), (f) => amount(f.sales), false],
    [t('forecast.directCosts'), (f) => amount(f.cost), false],
    [t('forecast.grossMargin'), (f) => amount(f.margin), true],
    [t('forecast.marginPercent'), (f) => {
      const ratio = marginRatio(f);
      return ratio === null ? '–' : formatPercentValue(ratio, i18n.language);
    }, false],
  ];
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" ta="right">
        {t('forecast.amountsIn.one', { currency: forecast.currency })}
      </Text>
      {/* A table wider than the window scrolls; the keyboard can reach and scroll it too. */}
      <ScrollArea type="auto" viewportProps={{ tabIndex: 0, 'aria-label': t('forecast.resultsTable') }}>
        <Table withTableBorder striped data-testid="forecast-results" miw={600} verticalSpacing={6} horizontalSpacing="xs" fz="sm">
          <YearsHead forecast={forecast} />
          <Table.Tbody>
            {rows.map(([label, cell, strong]) => (
              <Table.Tr key={label} fw={strong ? 700 : undefined}>
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                  {label}
                </Table.Th>
                {forecast.totals.years.map((f, i) => (
                  <Table.Td key={i} style={NUMBER_CELL}>
                    {cell(f)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}

/** A titled block of results: its heading, what it is, and the scale its amounts are in. */
function ResultBlock({ title, hint, scale, currency, testId, controls, children }: { title: string; hint?: string; scale?: Scale; currency?: string; testId: string; controls?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid={testId}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={4} size="h5">
            {title}
          </Title>
          {hint && (
            <Text size="xs" c="dimmed" maw={640}>
              {hint}
            </Text>
          )}
        </div>
        <Group gap="sm">
          {controls}
          {scale && currency && (
            <Text size="xs" c="dimmed">
              {t(`forecast.amountsIn.${scale}`, { currency })}
            </Text>
          )}
        </Group>
      </Group>
      {children}
    </Stack>
  );
}

/** A table that scrolls sideways (by keyboard too) when the window is narrower than it. */
function ScrollTable({ label, children, miw = 520 }: { label: string; children: ReactNode; miw?: number }) {
  return (
    <ScrollArea type="auto" viewportProps={{ tabIndex: 0, 'aria-label': label }}>
      <Table withTableBorder striped verticalSpacing={4} horizontalSpacing="xs" fz="sm" miw={miw} aria-label={label}>
        {children}
      </Table>
    </ScrollArea>
  );
}

const DIMENSIONS: BreakdownDimension[] = ['channel', 'productGroup', 'territory'];

/**
 * Sales by channel, product group or territory: the first plan year's quarters and every plan
 * year, rows adding up to the totals.
 */
export function SalesBreakdown({ project, forecast }: { project: Project; forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const [dimension, setDimension] = useState<BreakdownDimension>('channel');
  const rows = useMemo(() => salesBy(project, forecast, dimension), [project, forecast, dimension]);
  const { currency } = project.meta;
  const quarterTotals = [0, 1, 2, 3].map((q) => forecast.totals.months.slice(q * 3, q * 3 + 3).reduce((a, m) => a + m.sales, 0));
  const yearTotals = forecast.totals.years.map((y) => y.sales);
  const scale = scaleFor(Math.max(0, ...yearTotals), currency);
  const format = scaledFormat(scale, currency, i18n.language);
  // Column by column, rounded so that the rows shown add up to the total shown.
  const columns = [...quarterTotals.map((total, q) => format.parts(rows.map((r) => r.quarters[q]!), total)), ...yearTotals.map((total, y) => format.parts(rows.map((r) => r.years[y]!), total))];
  const label = t('forecast.breakdown.table');
  return (
    <ResultBlock
      title={t('forecast.breakdown.title')}
      scale={scale}
      currency={currency}
      testId="sales-breakdown"
      controls={
        <SegmentedControl
          size="xs"
          aria-label={t('forecast.breakdown.label')}
          value={dimension}
          onChange={(v) => setDimension(v as BreakdownDimension)}
          data={DIMENSIONS.map((d) => ({ value: d, label: t(`forecast.breakdown.by.${d}`) }))}
        />
      }
    >
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('forecast.breakdown.empty')}
        </Text>
      ) : (
        <ScrollTable label={label} miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th colSpan={4} style={{ textAlign: 'center' }}>
                {t('forecast.breakdown.quarters', { year: forecast.years[0]!.label })}
              </Table.Th>
              <Table.Th colSpan={forecast.years.length} style={{ textAlign: 'center', borderLeft: '1px solid var(--mantine-color-gray-4)' }}>
                {t('forecast.breakdown.years')}
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t(`forecast.breakdown.heads.${dimension}`)}</Table.Th>
              {[1, 2, 3, 4].map((q) => (
                <Table.Th key={q} style={{ textAlign: 'right' }}>
                  {t('forecast.breakdown.quarter', { number: q })}
                </Table.Th>
              ))}
              {forecast.years.map((year) => (
                <Table.Th key={year.index} style={{ textAlign: 'right', ...(year.index === 0 ? { borderLeft: '1px solid var(--mantine-color-gray-4)' } : {}) }}>
                  {year.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => (
              <Table.Tr key={row.id ?? ''}>
                <Table.Th scope="row" fw={500}>
                  {row.id === null ? t('forecast.breakdown.unassigned') : row.name}
                </Table.Th>
                {columns.map((column, c) => (
                  <Table.Td key={c} style={{ ...NUMBER_CELL, ...(c === 4 ? { borderLeft: '1px solid var(--mantine-color-gray-4)' } : {}) }}>
                    {format.text(column.parts[r]!)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('forecast.breakdown.total')}</Table.Th>
              {columns.map((column, c) => (
                <Table.Td key={c} style={{ ...NUMBER_CELL, ...(c === 4 ? { borderLeft: '1px solid var(--mantine-color-gray-4)' } : {}) }}>
                  {format.text(column.total)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </ScrollTable>
      )}
      {rows.length > 0 && <BreakdownChart rows={rows} project={project} forecast={forecast} dimension={dimension} />}
    </ResultBlock>
  );
}

/** The breakdown's plan years as stacked bars, drawn from the same definition as the document's. */
function BreakdownChart({ rows, project, forecast, dimension }: { rows: BreakdownRow[]; project: Project; forecast: Forecast; dimension: BreakdownDimension }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () =>
      salesByEntryChartData(
        rows.map((r) => ({ name: r.id === null ? t('forecast.breakdown.unassigned') : r.name || '–', years: r.years })),
        forecast.years.map((y) => y.label),
        { currency: project.meta.currency, locale: i18n.language, texts: { otherLines: (count: number) => t('forecast.otherLines', { count }) } },
      ),
    [rows, forecast, project.meta.currency, i18n.language, t],
  );
  return <ChartView data={data} label={t(`forecast.breakdown.chart.${dimension}`)} height={280} testId="sales-breakdown-chart" />;
}

/** Gross margin less the operating costs: the operating profit of every plan year, against the profit target. */
export function OperatingProfit({ project, forecast }: { project: Project; forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const plan = useMemo(() => operatingPlan(project, forecast), [project, forecast]);
  const { currency } = project.meta;
  if (plan.costs.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="operating-profit">
        {t('forecast.operating.empty')}
      </Text>
    );
  }
  const sales = forecast.totals.years.map((y) => y.sales);
  const scale = scaleFor(Math.max(0, ...sales, ...plan.grossMargin.map(Math.abs), ...plan.totalCosts), currency);
  const format = scaledFormat(scale, currency, i18n.language);
  // Per year: gross margin less each cost is the operating profit, in the figures shown too.
  const years = forecast.years.map((_, y) => {
    const { parts, total } = format.parts([plan.grossMargin[y]!, ...plan.costs.map((c) => -c.years[y]!)], plan.operatingProfit[y]!);
    const costs = parts.slice(1).map((p) => -p);
    return { margin: parts[0]!, costs, totalCosts: costs.reduce((a, b) => a + b, 0), profit: total };
  });
  const goal = project.salesPlan.context.businessGoal;
  const goalYear = goal.year === null ? -1 : forecast.years.findIndex((y) => y.startYear === goal.year);
  const label = t('forecast.operating.table');
  const rows: { key: string; title: string; cells: string[]; strong?: boolean; indent?: boolean }[] = [
    { key: 'margin', title: t('forecast.grossMargin'), cells: years.map((y) => format.text(y.margin)) },
    ...plan.costs.map((cost, c) => ({
      key: `cost-${cost.id}`,
      title: cost.name.trim() || t(`salesPlan.costs.categories.${cost.category as OperatingCost['category']}`),
      cells: years.map((y) => format.text(y.costs[c]!)),
      indent: true,
    })),
    { key: 'costs', title: t('forecast.operating.costs'), cells: years.map((y) => format.text(y.totalCosts)) },
    { key: 'profit', title: t('forecast.operating.profit'), cells: years.map((y) => format.text(y.profit)), strong: true },
    { key: 'marginPercent', title: t('forecast.operating.margin'), cells: plan.operatingProfit.map((p, y) => (sales[y] === 0 ? '–' : formatPercentValue(p / sales[y]!, i18n.language))) },
  ];
  return (
    <ResultBlock title={t('forecast.operating.title')} scale={scale} currency={currency} testId="operating-profit">
      <ScrollTable label={label}>
        <YearsHead forecast={forecast} />
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} fw={row.strong ? 700 : undefined}>
              <Table.Th scope="row" fw={row.strong ? 700 : row.indent ? 400 : 500} pl={row.indent ? 'lg' : undefined}>
                {row.title}
              </Table.Th>
              {row.cells.map((cell, y) => (
                <Table.Td key={y} style={NUMBER_CELL}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {goal.profitTarget !== null && goalYear >= 0 && (
        <Text size="sm" c={plan.operatingProfit[goalYear]! >= goal.profitTarget ? 'teal.8' : 'red.8'} data-testid="profit-target">
          {plan.operatingProfit[goalYear]! >= goal.profitTarget
            ? t('forecast.operating.targetMet', { year: forecast.years[goalYear]!.label, target: formatMoneyShort(goal.profitTarget, currency, i18n.language) })
            : t('forecast.operating.targetShort', {
                year: forecast.years[goalYear]!.label,
                target: formatMoneyShort(goal.profitTarget, currency, i18n.language),
                gap: formatMoneyShort(goal.profitTarget - plan.operatingProfit[goalYear]!, currency, i18n.language),
              })}
        </Text>
      )}
    </ResultBlock>
  );
}

/** The deals the forecast needs a month against those marketing's leads bring, per plan year. */
export function FunnelCheck({ project, forecast }: { project: Project; forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const years = useMemo(() => funnel(project, forecast), [project, forecast]);
  const deals = (n: number) => formatNumber(n, i18n.language, 1);
  const shortYears = years?.filter(isShort) ?? [];
  return (
    <ResultBlock title={t('forecast.funnel.title')} hint={t('forecast.funnel.hint')} testId="funnel-check">
      {years === null ? (
        <Text size="sm" c="dimmed">
          {t('forecast.funnel.missing')}
        </Text>
      ) : (
        <>
          <ScrollTable label={t('forecast.funnel.table')}>
            <YearsHead forecast={forecast} />
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" fw={500}>
                  {t('forecast.funnel.needed')}
                </Table.Th>
                {years.map((y) => (
                  <Table.Td key={y.label} style={NUMBER_CELL} c={isShort(y) ? 'red.8' : undefined} fw={isShort(y) ? 700 : undefined} bg={isShort(y) ? 'red.0' : undefined} data-short={isShort(y) || undefined}>
                    {isShort(y) && <IconAlertTriangle size={13} style={{ verticalAlign: -1, marginRight: 4 }} aria-hidden />}
                    {deals(y.dealsNeeded)}
                  </Table.Td>
                ))}
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row" fw={500}>
                  {t('forecast.funnel.fed')}
                </Table.Th>
                {years.map((y) => (
                  <Table.Td key={y.label} style={NUMBER_CELL}>
                    {deals(y.dealsFed)}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </ScrollTable>
          {shortYears.length > 0 ? (
            <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="funnel-warning">
              <Text size="sm">{t('forecast.funnel.shortWarning', { years: shortYears.map((y) => y.label).join(', ') })}</Text>
            </Alert>
          ) : (
            <Text size="sm" c="teal.8" data-testid="funnel-ok">
              {t('forecast.funnel.covered')}
            </Text>
          )}
        </>
      )}
    </ResultBlock>
  );
}

const CASES = ['low', 'base', 'high'] as const;

/** The low, base and high case: sales and operating profit of every plan year. */
export function ScenarioResults({ project, forecast }: { project: Project; forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const set = useMemo(() => scenarios(project, forecast), [project, forecast]);
  const { currency } = project.meta;
  if (!set) {
    return (
      <Text size="sm" c="dimmed" data-testid="scenario-results">
        {t('forecast.scenarios.empty')}
      </Text>
    );
  }
  const scale = scaleFor(Math.max(0, ...CASES.flatMap((c) => [...set[c].sales, ...set[c].operatingProfit.map(Math.abs)])), currency);
  const format = scaledFormat(scale, currency, i18n.language);
  const group = (title: string, pick: (c: ScenarioCase) => number[]) => [
    <Table.Tr key={title}>
      <Table.Th colSpan={forecast.years.length + 1} bg="gray.1">
        {title}
      </Table.Th>
    </Table.Tr>,
    ...CASES.map((c) => (
      <Table.Tr key={`${title}-${c}`} fw={c === 'base' ? 700 : undefined}>
        <Table.Th scope="row" fw={c === 'base' ? 700 : 400} pl="lg">
          {t(`forecast.scenarios.cases.${c}`)}
        </Table.Th>
        {pick(set[c]).map((value, y) => (
          <Table.Td key={y} style={NUMBER_CELL} c={value < 0 ? 'red.8' : undefined}>
            {format.text(format.scaled(value))}
          </Table.Td>
        ))}
      </Table.Tr>
    )),
  ];
  return (
    <ResultBlock title={t('forecast.scenarios.title')} scale={scale} currency={currency} testId="scenario-results">
      <ScrollTable label={t('forecast.scenarios.table')}>
        <YearsHead forecast={forecast} />
        <Table.Tbody>
          {group(t('forecast.scenarios.sales'), (c) => c.sales)}
          {/* Without operating costs the cases' "operating profit" is their gross margin: say so. */}
          {group(project.salesPlan.context.operatingCosts.length > 0 ? t('forecast.scenarios.profit') : t('forecast.scenarios.margin'), (c) => c.operatingProfit)}
        </Table.Tbody>
      </ScrollTable>
      <ScenarioChart set={set} forecast={forecast} />
    </ResultBlock>
  );
}

/** A results table's head: an empty corner, then the plan years. */
function YearsHead({ forecast }: { forecast: Forecast }) {
  return (
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
  );
}
