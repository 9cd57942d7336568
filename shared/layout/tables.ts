import type { Align, Caption, TableBlock, TableRow } from '../document/model';
import { STYLES, TABLE, type Face } from './theme';

/**
 * Column fitting for every writer (pandoc's `gridTable` idea: one decision, many writers): how
 * wide each column is, and what a table becomes when its columns cannot fit the page. Widths
 * come from the content, measured in the document's own fonts, and are never zero or negative.
 *
 * A table that cannot fit is turned (a matrix with more columns than rows: product groups down,
 * channels across) when that makes it fit, or else split into column groups that repeat the row
 * labels, as spreadsheets print; a later group's caption says "continued". A table without row
 * labels is squeezed instead, and its longest words are hyphenated by the writer.
 */

/** Width of a text in a face at a size, pt. */
export type MeasureText = (text: string, face: Face, size: number) => number;

export interface FittedColumn {
  header: string;
  align: Align;
  /** Width including the cell padding, pt. */
  width: number;
}

/** One printable part of a table. */
export interface FittedTable {
  caption: Caption;
  /** A later column group of a split table. */
  continued: boolean;
  columns: FittedColumn[];
  rows: TableRow[];
  /** The note under the table, on its last part. */
  note?: string;
  /** Rows and columns were swapped to fit. */
  turned: boolean;
}

/** A text column is at least this wide (about 14 characters) unless everything in it is shorter. */
const READABLE_TEXT_WIDTH = 64;
/** A text column squeezed as far as it goes: about six letters, its words hyphenated. */
const SQUEEZED_TEXT_WIDTH = 32;

/** Where a line may break without a hyphen: spaces, and after a hyphen or slash inside a word. */
export const breakUnits = (text: string): string[] => text.split(/\s+/).flatMap((word) => word.split(/(?<=[-\u2010\u2013/])(?=\p{L})/u)).filter(Boolean);

interface ColumnNeeds {
  /** Widest unbreakable unit (a figure, or a word), with padding. */
  min: number;
  /** The widest line as written, with padding. */
  max: number;
  /** What reads well: the min, or a readable width for text unless the content is narrower. */
  readable: number;
  /** As narrow as the column can go (figures never wrap; text hyphenates). */
  floor: number;
}

/**
 * Room beyond the measured text: a word processor measures with its own rounding (and may kern
 * differently), and a word it finds a hair too wide for its cell it breaks by letters.
 */
const SLACK = 3;

function needsOf(header: string, cells: { text: string; bold: boolean }[], align: Align, measure: MeasureText): ColumnNeeds {
  const pad = 2 * TABLE.padX + SLACK;
  const body = STYLES.tableText.size;
  const width = (text: string, bold: boolean) => measure(text, bold ? 'sansBold' : 'sans', body);
  const lines = [...header.split('\n').map((line) => ({ text: line, bold: true })), ...cells.flatMap((c) => c.text.split('\n').map((line) => ({ text: line, bold: c.bold })))];
  const max = Math.max(0, ...lines.map((l) => width(l.text, l.bold))) + pad;
  if (align === 'right') {
    // Figures never wrap; a header wraps between its words.
    const figure = Math.max(0, ...cells.map((c) => width(c.text, c.bold)));
    const headerWord = Math.max(0, ...breakUnits(header).map((w) => width(w, true)));
    const min = Math.max(figure, headerWord) + pad;
    return { min, max, readable: min, floor: Math.max(figure + pad, Math.min(min, 40)) };
  }
  const min = Math.max(0, ...lines.flatMap((l) => breakUnits(l.text).map((w) => width(w, l.bold)))) + pad;
  const readable = Math.min(max, Math.max(min, READABLE_TEXT_WIDTH));
  return { min, max, readable, floor: Math.min(readable, SQUEEZED_TEXT_WIDTH) };
}

/** Widths for columns that fit in `available`: every column gets what reads well, the rest goes where lines are longest. */
function distribute(needs: ColumnNeeds[], available: number, aligns: Align[]): number[] {
  const readable = needs.reduce((a, n) => a + n.readable, 0);
  if (readable <= available) {
    const stretch = needs.map((n) => Math.max(0, n.max - n.readable));
    const total = stretch.reduce((a, b) => a + b, 0);
    let widths = needs.map((n, i) => n.readable + (total > 0 ? Math.min(stretch[i]!, ((available - readable) * stretch[i]!) / total) : 0));
    // Room left over (every line fits on one): give it to the text columns, in proportion.
    const left = available - widths.reduce((a, b) => a + b, 0);
    const text = widths.map((w, i) => (aligns[i] === 'left' ? w : 0));
    const textTotal = text.reduce((a, b) => a + b, 0);
    if (left > 0.01) widths = widths.map((w, i) => w + (textTotal > 0 ? (left * text[i]!) / textTotal : left / widths.length));
    return widths;
  }
  const floor = needs.reduce((a, n) => a + n.floor, 0);
  if (floor <= available) {
    const give = needs.map((n) => n.readable - n.floor);
    const total = give.reduce((a, b) => a + b, 0);
    return needs.map((n, i) => n.floor + (total > 0 ? ((available - floor) * give[i]!) / total : 0));
  }
  // Not even that fits: every column shrinks in proportion. Text breaks at syllables (or, for a
  // word with none, at a letter with a hyphen); no width is ever zero or negative.
  return needs.map((n) => (n.floor * available) / floor);
}

interface Grid {
  headers: string[];
  aligns: Align[];
  rows: TableRow[];
}

function gridNeeds(grid: Grid, measure: MeasureText): ColumnNeeds[] {
  return grid.headers.map((header, i) =>
    needsOf(
      header,
      grid.rows.map((r) => ({ text: r.cells[i] ?? '', bold: r.emphasis === 'total' })),
      grid.aligns[i]!,
      measure,
    ),
  );
}

function turn(table: TableBlock): Grid {
  const corner = table.turnable?.corner ?? '';
  const dataAlign = table.columns[1]?.align ?? 'left';
  return {
    headers: [corner, ...table.rows.map((r) => r.cells[0] ?? '')],
    aligns: ['left', ...table.rows.map(() => dataAlign)],
    rows: table.columns.slice(1).map((column, c) => ({ cells: [column.header, ...table.rows.map((r) => r.cells[c + 1] ?? '')] })),
  };
}

/**
 * In a split table no column is planned wider than this (about 20 characters) or, for the row
 * labels, than a third of the width: a longer word is hyphenated rather than crushing the other
 * columns into slivers (which also sends word processors into endless layout).
 */
const GROUPED_TEXT_CAP = 96;
const groupedWidth = (n: ColumnNeeds, cap: number) => Math.max(n.floor, Math.min(n.readable, cap));

/** Data columns (all but the row labels) split into the fewest balanced groups that each fit. */
const groupedNeeds = (needs: ColumnNeeds[], available: number): ColumnNeeds[] => needs.map((n, i) => ({ ...n, readable: groupedWidth(n, i === 0 ? available / 3 : GROUPED_TEXT_CAP) }));

function columnGroups(all: ColumnNeeds[], available: number): number[][] | null {
  const needs = groupedNeeds(all, available);
  const label = needs[0]!.readable;
  const width = (i: number) => needs[i]!.readable;
  const data = needs.slice(1).map((_, i) => i + 1);
  if (data.length === 0 || data.some((i) => label + width(i) > available)) return null;
  for (let count = 2; count <= data.length; count++) {
    const size = Math.ceil(data.length / count);
    const groups: number[][] = [];
    for (let start = 0; start < data.length; start += size) groups.push(data.slice(start, start + size));
    if (groups.every((g) => label + g.reduce((a, i) => a + width(i), 0) <= available)) return groups;
  }
  return null;
}

const sum = (needs: ColumnNeeds[]) => needs.reduce((a, n) => a + n.readable, 0);

/** Fits a table into `available` points: one part, or several when it must be split. */
export function fitTable(table: TableBlock, available: number, measure: MeasureText): FittedTable[] {
  const original: Grid = { headers: table.columns.map((c) => c.header), aligns: table.columns.map((c) => c.align), rows: table.rows };
  const whole = (grid: Grid, needs: ColumnNeeds[], turned: boolean): FittedTable[] => [
    {
      caption: table.caption,
      continued: false,
      columns: distribute(needs, available, grid.aligns).map((width, i) => ({ header: grid.headers[i]!, align: grid.aligns[i]!, width })),
      rows: grid.rows,
      ...(table.note ? { note: table.note } : {}),
      turned,
    },
  ];
  const needs = gridNeeds(original, measure);
  if (sum(needs) <= available || !table.rowHeaders) return whole(original, needs, false);

  const turned = table.turnable && table.rows.length > 0 ? turn(table) : null;
  const turnedNeeds = turned ? gridNeeds(turned, measure) : null;
  if (turned && turnedNeeds && sum(turnedNeeds) <= available) return whole(turned, turnedNeeds, true);

  // Split into column groups, in whichever orientation needs fewer.
  const options = [{ grid: original, needs, groups: columnGroups(needs, available), turned: false }];
  if (turned && turnedNeeds) options.push({ grid: turned, needs: turnedNeeds, groups: columnGroups(turnedNeeds, available), turned: true });
  const best = options.filter((o) => o.groups !== null).sort((a, b) => a.groups!.length - b.groups!.length)[0];
  if (!best) return whole(original, needs, false);
  const planned = groupedNeeds(best.needs, available);
  return best.groups!.map((group, g) => {
    const indices = [0, ...group];
    const aligns = indices.map((i) => best.grid.aligns[i]!);
    return {
      caption: table.caption,
      continued: g > 0,
      columns: distribute(
        indices.map((i) => planned[i]!),
        available,
        aligns,
      ).map((width, k) => ({ header: best.grid.headers[indices[k]!]!, align: aligns[k]!, width })),
      rows: best.grid.rows.map((row) => ({ ...row, cells: indices.map((i) => row.cells[i] ?? '') })),
      ...(table.note && g === best.groups!.length - 1 ? { note: table.note } : {}),
      turned: best.turned,
    };
  });
}
