/**
 * Page breaking for the PDF, after TeX's vertical list: the document is a sequence of boxes (a
 * line of text, a table row, a chart) with glue (space) between them and penalties where a page
 * may break, each with a cost. A page takes boxes until the next one overflows, then ends at the
 * cheapest break on it, the latest among equals, so long as the page is at least a third full;
 * keeps (a heading with its first lines, a table's first and last two rows) give way only when
 * honouring them would leave a page emptier than that. Space at the top of a page is dropped.
 */

export interface Box<Context> {
  type: 'box';
  height: number;
  /** Draws the box with its top at `y`. Called once, in reading order, after the pages are known. */
  draw(context: Context, y: number): void;
  /** A heading's id, so the page it lands on is known before anything is drawn (the contents need it). */
  anchor?: string;
}

export interface Glue {
  type: 'glue';
  height: number;
}

export interface Penalty<Context> {
  type: 'penalty';
  /** 0: a good place to break; higher: worse; Infinity: never. */
  cost: number;
  /** Always break here (a chapter starts), whatever the page holds. */
  forced?: boolean;
  /** Boxes that open the next page when the page breaks here (a table's header row). */
  carry?: Box<Context>[];
}

export type FlowItem<Context> = Box<Context> | Glue | Penalty<Context>;

export interface PlacedBox<Context> {
  box: Box<Context>;
  y: number;
}

/** Costs of breaking, from acceptable to a last resort. */
export const COST = {
  free: 0,
  /** Leaves one line of a paragraph alone (a widow or an orphan), or a table with one row on a page. */
  widow: 1000,
  /** Separates a heading or caption from what it introduces. */
  keep: 10000,
  never: Number.POSITIVE_INFINITY,
} as const;

const MIN_FILL = 1 / 3;

/** The page (from 1) of every anchored box. */
export function anchorPages<Context>(pages: PlacedBox<Context>[][]): Map<string, number> {
  const found = new Map<string, number>();
  pages.forEach((page, i) => page.forEach(({ box }) => box.anchor !== undefined && !found.has(box.anchor) && found.set(box.anchor, i + 1)));
  return found;
}

/** Splits the items into pages of `height` points; returns each page's boxes with their offsets from the top. */
export function paginate<Context>(items: readonly FlowItem<Context>[], height: number): PlacedBox<Context>[][] {
  const pages: PlacedBox<Context>[][] = [];
  let start = 0;
  let carry: Box<Context>[] = [];

  while (start < items.length) {
    // Drop what cannot start a page: space, and breaks (a forced break on an empty page is done).
    while (start < items.length && items[start]!.type !== 'box') start += 1;
    if (start >= items.length) break;

    const placed: PlacedBox<Context>[] = [];
    let y = 0;
    for (const box of carry) {
      placed.push({ box, y });
      y += box.height;
    }
    const opening = y;
    const carried = placed.length;
    carry = [];
    const candidates: { index: number; cost: number; fill: number; placedCount: number }[] = [];
    let end = items.length;
    let overflowAt = -1;
    for (let i = start; i < items.length; i++) {
      const item = items[i]!;
      if (item.type === 'penalty') {
        if (item.forced) {
          end = i;
          break;
        }
        if (item.cost < COST.never) candidates.push({ index: i, cost: item.cost, fill: y, placedCount: placed.length });
        continue;
      }
      // A box taller than a page is placed all the same, on a page of its own.
      if (y + item.height > height && placed.length > carried) {
        overflowAt = i;
        break;
      }
      if (item.type === 'box') placed.push({ box: item, y });
      y += item.height;
    }

    if (overflowAt < 0) {
      // The rest fits, or a forced break ends the page.
      pages.push(placed);
      start = end + (end < items.length ? 1 : 0);
      continue;
    }
    const usable = candidates.filter((c) => c.placedCount > 0 && c.fill - opening > 0);
    const full = usable.filter((c) => c.fill >= height * MIN_FILL);
    const pool = full.length > 0 ? full : usable;
    if (pool.length === 0) {
      // No place to break on this page: break before the box that overflows.
      pages.push(placed);
      start = overflowAt;
      continue;
    }
    const cheapest = Math.min(...pool.map((c) => c.cost));
    const chosen = pool.filter((c) => c.cost === cheapest).at(-1)!;
    pages.push(placed.slice(0, chosen.placedCount));
    const penalty = items[chosen.index] as Penalty<Context>;
    carry = penalty.carry ?? [];
    start = chosen.index + 1;
  }
  return pages;
}
