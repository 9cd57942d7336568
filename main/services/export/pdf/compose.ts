import { captionEntry, captionsOf, captionText, headingLabel, headingsOf, type ChartBlock, type DocumentModel, type HeadingBlock, type TableBlock } from '../../../../shared/document/model';
import { fitTable, type FittedTable } from '../../../../shared/layout/tables';
import { COLORS, LIST_INDENT, SPACING, STYLES, TABLE, PART_DIVIDER_OFFSET, headingStartsPage, logoSize, type BlockSpacing, type TextStyle } from '../../../../shared/layout/theme';
import { headerFill } from '../../../../shared/document/colors';
import { measureText } from '../text/fonts';
import { breakLines, type Line } from '../text/lineBreaking';
import { plotHeight } from '../../../../shared/charts/size';
import { layoutLegend } from '../legend';
import { drawChart, drawLegend } from './charts';
import { artifact, drawLine, Structured, type PdfContext } from './context';
import { COST, type Box, type FlowItem } from './flow';

/**
 * Turns the document model into the PDF's flow of boxes, glue and penalties (see flow.ts), each
 * box knowing how to draw itself. The rules of the page are here: chapters start a page, a
 * heading keeps with its first lines, a caption with its table's header and first two rows, a
 * table's total with its last rows, and no paragraph leaves a single line behind or ahead.
 */

type Item = FlowItem<PdfContext>;

/** A placed logo: its bytes and size in pixels. */
export interface PdfLogo {
  data: Buffer;
  width: number;
  height: number;
}

const box = (height: number, draw: (ctx: PdfContext, y: number) => void): Box<PdfContext> => ({ type: 'box', height, draw });
const glue = (height: number): Item => ({ type: 'glue', height });
const penalty = (cost: number, carry?: Box<PdfContext>[]): Item => ({ type: 'penalty', cost, ...(carry ? { carry } : {}) });
const forcedBreak: Item = { type: 'penalty', cost: COST.free, forced: true };
/** The anchor and named destination of a table's or figure's start, for the list of tables and figures. */
const captionAnchor = (id: string) => `cap-${id}`;

/** The cost of breaking after line `k` (from 1) of `n`: never leave one line alone on either page. */
const lineBreakCost = (k: number, n: number) => (k < 2 || n - k < 2 ? COST.widow : COST.free);

export function composeDocument(model: DocumentModel, options: { logo: PdfLogo | null; charts: Map<string, string> }, ctx: () => PdfContext): Item[] {
  const { geometry } = ctx();
  const { language } = model.meta;
  const left = geometry.margin.left;
  const items: Item[] = [];
  const root = () => ctx().root;
  const lines = (text: string, style: TextStyle, width: number) => breakLines(text, style, width, language);

  /** A run of lines as boxes, one element of the structure tree holding them all. */
  const textLines = (element: Structured, wrapped: Line[], style: TextStyle, x: number, options: { color?: string; marker?: { text: string; x: number; element: Structured } } = {}): Item[] => {
    const out: Item[] = [];
    wrapped.forEach((line, i) => {
      if (i > 0) out.push(penalty(lineBreakCost(i, wrapped.length)));
      out.push(
        box(style.leading, (c, y) => {
          if (i === 0 && options.marker) {
            const { marker } = options;
            marker.element.content(c, () => drawLine(c, marker.text, style, marker.x, y, options.color ? { color: options.color } : {}));
            marker.element.end();
          }
          element.content(c, () => drawLine(c, line.text, style, x, y, options.color ? { color: options.color } : {}));
          if (i === wrapped.length - 1) element.end();
        }),
      );
    });
    return out;
  };

  const spaced = (spacing: BlockSpacing, content: Item[], keepWithNext = false): Item[] => [
    ...(spacing.before > 0 ? [glue(spacing.before)] : []),
    ...content,
    penalty(keepWithNext ? COST.keep : COST.free),
    ...(spacing.after > 0 ? [glue(spacing.after)] : []),
  ];

  const paragraph = (text: string, style: TextStyle, spacing: BlockSpacing, type = 'P') =>
    spaced(spacing, textLines(new Structured(type, root), lines(text, style, geometry.textWidth), style, left));

  // ------------------------------------------------------------------ title page
  const titlePage = (): Item[] => {
    const { titlePage: page } = model;
    const width = geometry.contentWidth;
    const title = lines(page.title, STYLES.title, width);
    const company = lines(page.company, STYLES.company, width);
    const facts = page.facts.map((f) => ({ label: f.label.toUpperCase(), lines: f.lines.flatMap((l) => lines(l, STYLES.factValue, width)) }));
    return [
      box(geometry.bodyHeight, (c, top) => {
        const { doc } = c;
        if (options.logo) {
          const size = logoSize(options.logo);
          const logo = options.logo;
          c.root.add(doc.struct('Figure', { alt: page.company }, () => doc.image(logo.data, left, top, { width: size.width, height: size.height })));
        }
        let y = top + geometry.bodyHeight * 0.22;
        if (page.confidential) {
          const label = page.confidential.toUpperCase();
          const labelTop = y;
          c.root.add(doc.struct('P', {}, () => drawLine(c, label, STYLES.confidential, left, labelTop)));
          y += STYLES.confidential.leading + 10;
        }
        const heading = doc.struct('P');
        c.root.add(heading);
        for (const line of title) {
          const lineTop = y;
          heading.add(() => drawLine(c, line.text, STYLES.title, left, lineTop));
          y += STYLES.title.leading;
        }
        heading.end();
        y += 8;
        const companyElement = doc.struct('P');
        c.root.add(companyElement);
        for (const line of company) {
          const lineTop = y;
          companyElement.add(() => drawLine(c, line.text, STYLES.company, left, lineTop, { color: c.accent }));
          y += STYLES.company.leading;
        }
        companyElement.end();
        y += 36;
        for (const fact of facts) {
          const element = doc.struct('P');
          c.root.add(element);
          const labelTop = y;
          element.add(() => drawLine(c, fact.label, STYLES.factLabel, left, labelTop));
          y += STYLES.factLabel.leading + 2;
          for (const line of fact.lines) {
            const lineTop = y;
            element.add(() => drawLine(c, line.text, STYLES.factValue, left, lineTop));
            y += STYLES.factValue.leading;
          }
          element.end();
          y += 10;
        }
        artifact(c, () => doc.rect(left, top + geometry.bodyHeight - 40, width, 3).fill(c.accent));
      }),
      forcedBreak,
    ];
  };

  // ------------------------------------------------------------------ contents, and the list of tables and figures
  interface ListingEntry {
    text: string;
    level: 1 | 2 | 3;
    /** The anchor whose page the entry gives, and the named destination it links to. */
    anchor: string;
    destination: string;
  }
  /** A titled list of entries with dot leaders and page numbers, starting a page of its own. */
  const listing = (title: string, entries: ListingEntry[]): Item[] => {
    const NUMBER_WIDTH = 28;
    const toc = new Structured('TOC', root);
    // Right after the title page (or another listing's forced break) the break is dropped.
    const out: Item[] = [forcedBreak, ...textLines(new Structured('H1', () => toc.get(ctx())), lines(title, STYLES.contentsTitle, geometry.contentWidth), STYLES.contentsTitle, left), penalty(COST.keep), glue(SPACING.contentsTitle.after)];
    entries.forEach((item, index) => {
      const style = item.level === 1 ? STYLES.contents1 : item.level === 2 ? STYLES.contents2 : STYLES.contents3;
      const indent = item.level === 3 ? 22 : 0;
      const width = geometry.contentWidth - indent - NUMBER_WIDTH - 8;
      const wrapped = lines(item.text, style, width);
      const entry = new Structured('TOCI', () => toc.get(ctx()));
      if (item.level === 1 && index > 0) out.push(glue(6));
      wrapped.forEach((line, i) => {
        if (i > 0) out.push(penalty(COST.keep));
        out.push(
          box(style.leading, (c, y) => {
            entry.content(c, () => drawLine(c, line.text, style, left + indent, y, { goTo: item.destination }));
            if (i === wrapped.length - 1) {
              const page = String(c.headingPages.get(item.anchor) ?? '');
              const end = left + indent + line.width + 4;
              const numberWidth = measureText(page, style.face, style.size);
              const dotsEnd = left + geometry.contentWidth - numberWidth - 4;
              artifact(c, () => {
                const dot = measureText('.', style.face, style.size) + 2.2;
                const count = Math.max(0, Math.floor((dotsEnd - end) / dot));
                if (count > 2) drawLine(c, Array.from({ length: count }, () => '.').join('\u2009'), { ...style, color: COLORS.muted }, dotsEnd - count * dot, y);
              });
              entry.content(c, () => drawLine(c, page, style, left, y, { align: 'right', width: geometry.contentWidth, goTo: item.destination }));
              entry.end();
              if (index === entries.length - 1) toc.end();
            }
          }),
        );
      });
      out.push(penalty(index === 0 ? COST.keep : COST.free));
    });
    if (entries.length === 0) out.push(box(0, () => toc.end()));
    out.push(forcedBreak);
    return out;
  };
  const contents = (title: string): Item[] => listing(title, headingsOf(model).map((h) => ({ text: headingLabel(h), level: h.level, anchor: h.id, destination: `h-${h.id}` })));
  const captionList = (title: string): Item[] =>
    listing(title, captionsOf(model).map(({ id, caption }) => ({ text: captionEntry(model.labels, caption), level: 2, anchor: captionAnchor(id), destination: captionAnchor(id) })));
  /** A zero-height box where a caption's table or figure starts: the list's page number and link point here. */
  const captionTarget = (id: string): Item => ({
    ...box(0, (c, y) => c.doc.addNamedDestination(captionAnchor(id), 'XYZ', left, c.doc.page.height - y, null)),
    anchor: captionAnchor(id),
  });

  // ------------------------------------------------------------------ headings
  const outline: { level: number; item: PDFKit.PDFOutline }[] = [];
  const heading = (block: HeadingBlock): Item[] => {
    const style = block.level === 1 ? STYLES.heading1 : block.level === 2 ? STYLES.heading2 : STYLES.heading3;
    const spacing = block.level === 1 ? SPACING.heading1 : block.level === 2 ? SPACING.heading2 : SPACING.heading3;
    const label = headingLabel(block);
    const wrapped = lines(label, style, geometry.contentWidth);
    const element = new Structured(`H${block.level}`, root);
    const out: Item[] = [];
    if (headingStartsPage(block.level)) out.push(forcedBreak);
    // A part's heading sits a third down its divider page; space at the top of a page would be dropped, so the box holds it.
    const offset = block.level === 1 ? PART_DIVIDER_OFFSET : 0;
    if (spacing.before > 0) out.push(glue(spacing.before));
    wrapped.forEach((line, i) => {
      if (i > 0) out.push(penalty(COST.keep));
      out.push({
        ...box(style.leading + (i === 0 ? offset : 0) + (block.level === 1 && i === wrapped.length - 1 ? 6 : 0), (c, top) => {
          const y = top + (i === 0 ? offset : 0);
          if (i === 0) {
            c.doc.addNamedDestination(`h-${block.id}`, 'XYZ', left, c.doc.page.height - y, null);
            const parent = [...outline].reverse().find((o) => o.level < block.level);
            outline.push({ level: block.level, item: (parent ? parent.item : c.doc.outline).addItem(label) });
          }
          element.content(c, () => drawLine(c, line.text, style, left, y, block.level === 1 ? { color: c.accent } : {}));
          if (i === wrapped.length - 1) {
            element.end();
            if (block.level === 1) artifact(c, () => c.doc.moveTo(left, y + style.leading + 3).lineTo(left + geometry.contentWidth, y + style.leading + 3).lineWidth(0.75).strokeColor(c.accent).stroke());
          }
        }),
        ...(i === 0 ? { anchor: block.id } : {}),
      });
    });
    out.push(penalty(COST.keep));
    if (spacing.after > 0) out.push(glue(spacing.after));
    return out;
  };

  // ------------------------------------------------------------------ lists
  const list = (items: string[], ordered: boolean): Item[] => {
    const listElement = new Structured('L', root);
    const style = STYLES.body;
    const out: Item[] = [];
    items.forEach((item, index) => {
      const entry = new Structured('LI', () => listElement.get(ctx()));
      const labelElement = new Structured('Lbl', () => entry.get(ctx()));
      const bodyElement = new Structured('LBody', () => entry.get(ctx()));
      const wrapped = lines(item, style, geometry.textWidth - LIST_INDENT);
      out.push(...textLines(bodyElement, wrapped, style, left + LIST_INDENT, { marker: { text: ordered ? `${index + 1}.` : '•', x: left + (ordered ? 0 : 4), element: labelElement } }));
      out.push(box(0, () => entry.end()));
      if (index < items.length - 1) out.push(penalty(COST.free), glue(SPACING.listItem.after));
    });
    out.push(box(0, () => listElement.end()));
    return spaced(SPACING.list, out);
  };

  // ------------------------------------------------------------------ tables
  const table = (block: TableBlock): Item[] => fitTable(block, geometry.contentWidth, measureText).flatMap((part, i) => tablePart(part, i === 0 ? block.id : null));

  const tablePart = (part: FittedTable, anchorId: string | null): Item[] => {
    const out: Item[] = [];
    const width = geometry.contentWidth;
    const captionElement = new Structured('Caption', root);
    const tableElement = new Structured('Table', root);
    const caption = captionText(model.labels, part.caption, part.continued);
    out.push(glue(SPACING.tableCaption.before));
    if (anchorId) out.push(captionTarget(anchorId));
    const captionLines = lines(caption, STYLES.caption, width);
    out.push(...textLines(captionElement, captionLines, STYLES.caption, left), penalty(COST.keep), glue(SPACING.tableCaption.after));

    const cellLines = (cells: string[], style: TextStyle) => part.columns.map((column, i) => lines(cells[i] ?? '', style, column.width - 2 * TABLE.padX));
    const rowHeight = (cells: Line[][], style: TextStyle) => Math.max(1, ...cells.map((c) => c.length)) * style.leading + 2 * TABLE.padY;

    /** Draws lines [from, to) of each cell, the row's top at `y`. */
    const drawCells = (c: PdfContext, cells: Line[][], style: TextStyle, y: number, from: number, to: number, structure: Structured[] | null) => {
      let x = left;
      part.columns.forEach((column, i) => {
        const cellX = x;
        const draw = () =>
          cells[i]!.slice(from, to).forEach((line, k) =>
            drawLine(c, line.text, style, cellX + TABLE.padX, y + (from === 0 ? TABLE.padY : 0) + k * style.leading, { align: column.align, width: column.width - 2 * TABLE.padX }),
          );
        if (structure) structure[i]!.content(c, draw);
        else artifact(c, draw);
        x += column.width;
      });
    };

    const headerCells = cellLines(part.columns.map((c) => c.header), STYLES.tableHeader);
    const headerHeight = rowHeight(headerCells, STYLES.tableHeader);
    const drawHeader = (c: PdfContext, y: number, repeat: boolean) => {
      artifact(c, () => c.doc.rect(left, y, width, headerHeight).fill(headerFill(c.accent)));
      if (repeat) drawCells(c, headerCells, STYLES.tableHeader, y, 0, Number.MAX_SAFE_INTEGER, null);
      else {
        const row = new Structured('TR', () => tableElement.get(c));
        const cells = part.columns.map(() => new Structured('TH', () => row.get(c)));
        drawCells(c, headerCells, STYLES.tableHeader, y, 0, Number.MAX_SAFE_INTEGER, cells);
        cells.forEach((cell) => cell.end());
        row.end();
      }
      artifact(c, () => c.doc.moveTo(left, y + headerHeight).lineTo(left + width, y + headerHeight).lineWidth(TABLE.headerRule).strokeColor(c.accent).stroke());
    };
    const repeatedHeader = box(headerHeight, (c, y) => drawHeader(c, y, true));
    out.push(box(headerHeight, (c, y) => drawHeader(c, y, false)));

    const rows = part.rows.map((row) => {
      const style = row.emphasis === 'total' ? STYLES.tableHeader : STYLES.tableText;
      const cells = cellLines(row.cells, style);
      return { row, style, cells, height: rowHeight(cells, style) };
    });
    const lastBody = rows.at(-1)?.row.emphasis === 'total' ? rows.length - 1 : rows.length;
    // A row taller than this is drawn in slices that may break across pages.
    const sliceLines = Math.max(1, Math.floor((geometry.bodyHeight * 0.3) / STYLES.tableText.leading));
    rows.forEach((r, index) => {
      // Breaking before row `index`: at least two rows stay on each side, and the total stays with two rows above it.
      const cost = index === 0 ? COST.keep : index < 2 || lastBody - index < 2 || index === lastBody ? COST.widow : COST.free;
      out.push(penalty(cost, [repeatedHeader]));
      const row = new Structured('TR', () => tableElement.get(ctx()));
      const cells = part.columns.map(() => new Structured('TD', () => row.get(ctx())));
      const tallest = Math.max(1, ...r.cells.map((c) => c.length));
      const slices = r.height > geometry.bodyHeight * 0.4 ? Math.ceil(tallest / sliceLines) : 1;
      for (let s = 0; s < slices; s++) {
        const from = slices === 1 ? 0 : s * sliceLines;
        const to = slices === 1 ? Number.MAX_SAFE_INTEGER : (s + 1) * sliceLines;
        const count = Math.min(tallest, to) - from;
        const height = slices === 1 ? r.height : count * r.style.leading + (s === 0 ? TABLE.padY : 0) + (s === slices - 1 ? TABLE.padY : 0);
        if (s > 0) out.push(penalty(COST.free, [repeatedHeader]));
        out.push(
          box(height, (c, y) => {
            drawCells(c, r.cells, r.style, y, from, to, cells);
            if (s === slices - 1) {
              cells.forEach((cell) => cell.end());
              row.end();
              if (index === rows.length - 1) tableElement.end();
              const total = r.row.emphasis === 'total';
              const ruleY = total ? y : y + height;
              artifact(c, () =>
                c.doc
                  .moveTo(left, ruleY)
                  .lineTo(left + width, ruleY)
                  .lineWidth(total ? TABLE.totalRule : TABLE.rowRule)
                  .strokeColor(total ? COLORS.ink : COLORS.rule)
                  .stroke(),
              );
            }
          }),
        );
      }
    });
    if (rows.length === 0) out.push(box(0, () => tableElement.end()));
    if (part.note) {
      const noteLines = lines(part.note, STYLES.note, width);
      out.push(penalty(COST.widow), glue(SPACING.note.before), ...textLines(new Structured('P', root), noteLines, STYLES.note, left));
    }
    out.push(penalty(COST.free), glue(SPACING.afterTable.after));
    return out;
  };

  // ------------------------------------------------------------------ charts
  const chart = (block: ChartBlock): Item[] => {
    const svg = options.charts.get(block.id);
    const width = geometry.contentWidth;
    const legend = layoutLegend(block.chart, width, language);
    const plot = plotHeight(block.chart, width);
    const figureHeight = plot + legend.height;
    const caption = captionText(model.labels, block.caption);
    const captionLines = lines(caption, STYLES.caption, width);
    const figure = new Structured('Figure', root, { alt: caption });
    return [
      glue(6),
      captionTarget(block.id),
      box(figureHeight, (c, y) => figure.content(c, () => {
        if (svg) drawChart(c, svg, left, y, width, plot);
        drawLegend(c, legend, left, y + plot, width);
      })),
      box(0, () => figure.end()),
      penalty(COST.never),
      glue(SPACING.figureCaption.before),
      ...textLines(new Structured('Caption', root), captionLines, STYLES.caption, left),
      penalty(COST.free),
      glue(SPACING.figureCaption.after),
    ];
  };

  // ------------------------------------------------------------------ the document
  items.push(...titlePage());
  model.blocks.forEach((block) => {
    switch (block.kind) {
      case 'contents':
        items.push(...contents(block.title));
        return;
      case 'captionList':
        items.push(...captionList(block.title));
        return;
      case 'heading':
        items.push(...heading(block));
        return;
      case 'paragraph':
        items.push(...paragraph(block.text, STYLES.body, SPACING.paragraph));
        return;
      case 'placeholder':
        items.push(...paragraph(block.text, STYLES.placeholder, SPACING.paragraph));
        return;
      case 'list':
        items.push(...list(block.items, block.ordered));
        return;
      case 'table':
        items.push(...table(block));
        return;
      case 'chart':
        items.push(...chart(block));
        return;
    }
  });
  return items;
}
