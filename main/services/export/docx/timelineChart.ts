import type { ChartData } from '../../../../shared/charts/definitions';
import type { Language } from '../../../../shared/project/primitives';
import { NO_FILL_COLOUR } from './package';

/**
 * A timeline as a native Word chart, the way Word users build a Gantt chart: a stacked bar chart
 * whose value axis holds dates (Excel's day numbers, formatted as dates), each period a bar
 * stacked on an unfilled offset that reaches from the previous period's end to its start. The
 * package writes the offsets without fill.
 */

/** Excel's day number of 1970-01-01 (its days count from 1899-12-30). */
const EXCEL_1970 = 25569;

/**
 * Date formats in the document's language whatever the reader's own ([$-LCID]). Hungarian dates
 * are numeric: readers disagree on its short month names (LibreOffice writes Roman numerals).
 */
const FORMATS: Record<Language, { day: string; dayYear: string }> = {
  en: { day: '[$-809]d mmm', dayYear: '[$-809]d mmm yy' },
  hu: { day: '[$-40E]mm. dd.', dayYear: '[$-40E]yyyy. mm.' },
};

/**
 * Days between gridlines: the shortest step that keeps the axis to seven labels or fewer, each
 * with room to stay on one line. Word's value axis steps evenly, not by month, so its labels are
 * dates ("1 Nov, 29 Nov") where the PDF's, drawn on a time axis, name the months.
 */
function step(days: number): number {
  return [7, 14, 28, 56, 91, 182, 364].find((s) => days / s <= 7) ?? Math.ceil(days / 7 / 364) * 364;
}

export interface TimelineSeries {
  name: string;
  color: string;
  values: (number | null)[];
}

export function timelineChart(data: ChartData, language: Language): { series: TimelineSeries[]; axis: { minimum: number; maximum: number; interval: number; numberFormat: string } } {
  const range = data.dateRange ?? { from: 0, to: 31 };
  const days = range.to - range.from;
  // Word draws a bar as long as its days, so a one-day step on a year's axis would be a hairline
  // no one sees: every bar is at least a 150th of the axis (the PDF's bars have a minimum width too).
  const shortest = Math.max(1, Math.round(days / 150));
  const cursor = data.categories.map(() => 0);
  const series: TimelineSeries[] = [];
  data.series.forEach((s, index) => {
    const spans = s.spans ?? [];
    // The offset up to this period: from where the row's last period ended (day 0 for its first).
    const offsets = data.categories.map((_, row) => {
      const span = spans[row];
      return span ? Math.max(0, EXCEL_1970 + span.from - cursor[row]!) : null;
    });
    const lengths = data.categories.map((_, row) => {
      const span = spans[row];
      if (!span) return null;
      const length = Math.max(span.to - span.from, shortest);
      cursor[row] = EXCEL_1970 + span.from + length;
      return length;
    });
    // The offsets show only in the chart's data sheet, where a Word user edits the dates: named by number.
    const offsetName = `(${index + 1})`;
    series.push({ name: offsetName, color: NO_FILL_COLOUR, values: offsets }, { name: s.name, color: s.color.replace('#', '').toUpperCase(), values: lengths });
  });
  const formats = FORMATS[language] ?? FORMATS.en;
  return {
    series,
    axis: { minimum: EXCEL_1970 + range.from, maximum: EXCEL_1970 + range.to, interval: step(days), numberFormat: days > 300 ? formats.dayYear : formats.day },
  };
}
