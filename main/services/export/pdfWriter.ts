import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ChartKind } from '../../../shared/charts/definitions';
import { headingsOf, type Block, type DocumentModel } from '../../../shared/document/model';
import { headerFill } from '../../../shared/document/colors';
import { fill } from '../../../shared/document/texts';
import { hyphenateOverlong } from './hyphenation';

/**
 * Lays the document model out as PDF with pdfkit: title page, contents with page numbers,
 * numbered headings mirrored in the PDF outline, tables that repeat their header row across
 * pages, charts as vector graphics, and a header and "page X of Y" footer. Decides no content.
 *
 * The file is PDF/A-2b (embedded fonts, sRGB output intent, XMP metadata) and tagged: headings,
 * paragraphs, lists, tables and figures are structure elements in reading order, and page
 * furniture (header, footer, rules, fills, watermark, repeated table headers) is marked as
 * artifacts so screen readers skip it.
 */

export interface PdfOptions {
  paper: 'A4' | 'LETTER';
  fonts: { regular: string; bold: string; italic: string; chart: string };
  charts: Partial<Record<ChartKind, string>>;
  /** The title-page logo, already decoded and checked. */
  logo: Buffer | null;
}

const MARGIN = { top: 70, bottom: 64, left: 60, right: 60 };
const GREY = '#5f6b76';
const RULE = '#c8cdd2';

export function writePdf(model: DocumentModel, options: PdfOptions): Promise<Buffer> {
  const { meta, labels } = model;
  const accent = meta.accentColor;
  const doc = new PDFDocument({
    size: options.paper,
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: meta.languageTag,
    displayTitle: true,
    info: { Title: meta.title, Author: meta.authors.join('; '), Subject: meta.subject, Keywords: meta.keywords.join(', '), Creator: 'Commercial Policy Builder', Producer: 'Commercial Policy Builder' },
  });
  doc.registerFont('body', options.fonts.regular);
  doc.registerFont('bold', options.fonts.bold);
  doc.registerFont('italic', options.fonts.italic);
  doc.registerFont('chart', options.fonts.chart);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const pageWidth = () => doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  // Logical structure: one Document element whose children follow the reading order.
  const root = doc.struct('Document');
  doc.addStructure(root);
  const tagged = (type: string, draw: () => void, extra: { alt?: string } = {}) => {
    const element = doc.struct(type, extra, draw);
    root.add(element);
    return element;
  };
  /** Drawing that carries no content (rules, fills, furniture): skipped by assistive technology. */
  const artifact = (draw: () => void, type: 'Layout' | 'Pagination' = 'Layout') => {
    doc.markContent('Artifact', { type });
    draw();
    doc.endMarkedContent();
  };

  // Title page.
  doc.addPage();
  if (options.logo) {
    const logo = options.logo;
    tagged('Figure', () => doc.image(logo, MARGIN.left, MARGIN.top, { fit: [200, 80] }), { alt: meta.companyName });
  }
  doc.y = 180;
  if (meta.confidential) tagged('P', () => doc.font('bold').fontSize(10).fillColor('#b3261e').text(labels.confidential.toUpperCase(), MARGIN.left, doc.y, { characterSpacing: 1.5 }).moveDown(1.5));
  tagged('P', () => doc.font('bold').fontSize(26).fillColor('#1f2328').text(meta.title, MARGIN.left, doc.y, { lineGap: 4 }));
  doc.moveDown(0.6);
  tagged('P', () => doc.font('body').fontSize(15).fillColor(accent).text(meta.companyName, MARGIN.left, doc.y));
  doc.moveDown(2).fontSize(10.5).fillColor('#1f2328');
  const fact = (label: string, value: string) => {
    if (!value) return;
    tagged('P', () => {
      doc.font('bold').fontSize(10.5).fillColor(GREY).text(label, MARGIN.left, doc.y);
      doc.font('body').fillColor('#1f2328').text(value, MARGIN.left, doc.y).moveDown(0.6);
    });
  };
  fact(labels.version, `${meta.documentVersion} · ${meta.date}`);
  fact(labels.authors, meta.authors.join('\n'));
  fact(labels.preparedBy, meta.preparedBy);
  artifact(() => doc.rect(MARGIN.left, doc.page.height - 150, pageWidth(), 3).fill(accent));
  // The contents are written last, once page numbers are known, but read right after the title page.
  const contents = doc.struct('TOC');
  root.add(contents);

  // Contents: pages reserved now, filled once the page of every heading is known.
  const headings = headingsOf(model);
  const tocLineHeight = 17;
  const tocPages = Math.max(1, Math.ceil((headings.length * tocLineHeight + 60) / (doc.page.height - MARGIN.top - MARGIN.bottom)));
  const tocStart = doc.bufferedPageRange().count;
  for (let i = 0; i < tocPages; i++) doc.addPage();

  // Body.
  doc.addPage();
  const headingPages = new Map<string, number>();
  const outline: { level: number; item: PDFKit.PDFOutline }[] = [];
  let first = true;
  for (const block of model.blocks) {
    renderBlock(block);
    first = false;
  }

  function renderBlock(block: Block) {
    const width = pageWidth();
    switch (block.kind) {
      case 'heading': {
        const size = block.level === 1 ? 20 : block.level === 2 ? 15 : 12;
        if (block.level === 1 && !first) doc.addPage();
        else ensure(size * 2 + 120); // never leave a heading alone at the bottom of a page
        doc.moveDown(block.level === 1 ? 0 : 0.8);
        headingPages.set(block.id, doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1);
        const text = `${block.number ? `${block.number} ` : ''}${block.text}`;
        tagged(`H${block.level}`, () => doc.font('bold').fontSize(size).fillColor(block.level === 1 ? accent : '#1f2328').text(text, MARGIN.left, doc.y, { width }));
        if (block.level === 1) artifact(() => doc.moveTo(MARGIN.left, doc.y + 2).lineTo(MARGIN.left + width, doc.y + 2).lineWidth(0.7).strokeColor(RULE).stroke());
        doc.moveDown(0.5);
        const parent = [...outline].reverse().find((o) => o.level < block.level);
        const item = (parent ? parent.item : doc.outline).addItem(text);
        outline.push({ level: block.level, item });
        return;
      }
      case 'paragraph':
        tagged('P', () => doc.font('body').fontSize(10.5).fillColor('#1f2328').text(block.text, MARGIN.left, doc.y, { width, lineGap: 2 }));
        doc.moveDown(0.5);
        return;
      case 'placeholder':
        ensure(30);
        tagged('P', () => doc.font('italic').fontSize(10.5).fillColor('#8a6100').text(block.text, MARGIN.left, doc.y, { width, lineGap: 2 }));
        doc.moveDown(0.5);
        return;
      case 'list': {
        const list = doc.struct('L');
        root.add(list);
        block.items.forEach((item, i) => {
          const marker = block.ordered ? `${i + 1}.` : '•';
          ensure(16);
          const y = doc.y;
          const entry = doc.struct('LI');
          list.add(entry);
          entry.add(doc.struct('Lbl', {}, () => doc.font('body').fontSize(10.5).fillColor('#1f2328').text(marker, MARGIN.left + 4, y, { width: 16 })));
          entry.add(doc.struct('LBody', {}, () => doc.font('body').fontSize(10.5).fillColor('#1f2328').text(item, MARGIN.left + 22, y, { width: width - 22, lineGap: 2 })));
          entry.end();
        });
        list.end();
        doc.x = MARGIN.left;
        doc.moveDown(0.5);
        return;
      }
      case 'table':
        renderTable(block);
        return;
      case 'chart': {
        const svg = options.charts[block.chart];
        if (!svg) return;
        const height = width * 0.5;
        ensure(height + 30);
        // Chart labels were measured by ECharts for a narrow sans; the condensed face matches it.
        const top = doc.y;
        tagged('Figure', () => SVGtoPDF(doc, svg, MARGIN.left, top, { width, height, preserveAspectRatio: 'xMidYMid meet', fontCallback: () => 'chart' }), { alt: block.caption });
        doc.y = top + height + 4;
        tagged('Caption', () => doc.font('bold').fontSize(9).fillColor(GREY).text(block.caption, MARGIN.left, doc.y, { width }));
        doc.moveDown(1);
        return;
      }
    }
  }

  function renderTable(block: Extract<Block, { kind: 'table' }>) {
    const width = pageWidth();
    const pad = 4;
    let fontSize = 8.5;
    // Numbers never wrap: right-aligned columns get at least their widest figure (in bold, for
    // totals); the text columns share the rest. If even that does not fit, the type gets smaller.
    const numberWidth = (i: number) => {
      doc.font('bold').fontSize(fontSize);
      const headerWords = block.columns[i]!.header.split(/\s+/).map((word) => doc.widthOfString(word));
      return Math.max(...headerWords, ...block.rows.map((r) => doc.widthOfString(r.cells[i] ?? ''))) + 2 * pad + 1;
    };
    let minimum = block.columns.map((c, i) => (c.align === 'right' ? numberWidth(i) : 0));
    while (minimum.reduce((a, b) => a + b, 0) > width * 0.8 && fontSize > 6.5) {
      fontSize -= 0.5;
      minimum = block.columns.map((c, i) => (c.align === 'right' ? numberWidth(i) : 0));
    }
    const proportional = block.columns.map((c) => c.width);
    const total = proportional.reduce((a, b) => a + b, 0);
    let widths = proportional.map((w, i) => Math.max((w / total) * width, minimum[i]!));
    const numericSum = widths.reduce((a, w, i) => a + (block.columns[i]!.align === 'right' ? w : 0), 0);
    const textShare = proportional.reduce((a, w, i) => a + (block.columns[i]!.align === 'right' ? 0 : w), 0);
    widths = widths.map((w, i) => (block.columns[i]!.align === 'right' || textShare === 0 ? w : ((width - numericSum) * proportional[i]!) / textShare));
    /** A row's cells as drawn: syllable breaks in words wider than their column, worked out once and then measured and drawn. */
    const fittedRow = (cells: string[], font: string) => {
      doc.font(font).fontSize(fontSize);
      return cells.map((cell, i) => hyphenateOverlong(cell, meta.language, (word) => doc.widthOfString(word) <= widths[i]! - 2 * pad));
    };
    const rowHeight = (cells: string[], font: string) => {
      doc.font(font).fontSize(fontSize);
      return Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i]! - 2 * pad }))) + 2 * pad;
    };
    /** Cells as TH/TD elements of a TR; a repeated header on a later page is only an artifact. */
    const drawRow = (cells: string[], font: string, y: number, height: number, structure: { row: PDFKit.PDFStructureElement; cell: 'TH' | 'TD' } | null, fillColor?: string) => {
      if (fillColor) artifact(() => doc.rect(MARGIN.left, y, width, height).fill(fillColor));
      let x = MARGIN.left;
      cells.forEach((cell, i) => {
        const left = x;
        const draw = () => doc.font(font).fontSize(fontSize).fillColor('#1f2328').text(cell, left + pad, y + pad, { width: widths[i]! - 2 * pad, align: block.columns[i]!.align });
        if (structure) structure.row.add(doc.struct(structure.cell, {}, draw));
        else artifact(draw);
        x += widths[i]!;
      });
      structure?.row.end();
    };
    const header = fittedRow(block.columns.map((c) => c.header), 'bold');
    const headerHeight = rowHeight(header, 'bold');
    const table = doc.struct('Table');
    const structuredRow = (cell: 'TH' | 'TD') => {
      const row = doc.struct('TR');
      table.add(row);
      return { row, cell };
    };
    const drawHeader = (repeat: boolean) => {
      const y = doc.y;
      drawRow(header, 'bold', y, headerHeight, repeat ? null : structuredRow('TH'), headerFill(accent));
      artifact(() => doc.moveTo(MARGIN.left, y + headerHeight).lineTo(MARGIN.left + width, y + headerHeight).lineWidth(1).strokeColor(accent).stroke());
      doc.y = y + headerHeight;
    };
    const firstRow = block.rows[0] ? rowHeight(fittedRow(block.rows[0].cells, 'body'), 'body') : 0;
    ensure(22 + headerHeight + firstRow); // caption, header and a first row stay together
    tagged('Caption', () => doc.font('bold').fontSize(9).fillColor(GREY).text(block.caption, MARGIN.left, doc.y, { width }));
    root.add(table);
    doc.moveDown(0.3);
    drawHeader(false);
    for (const row of block.rows) {
      const font = row.emphasis === 'total' ? 'bold' : 'body';
      const cells = fittedRow(row.cells, font);
      const height = rowHeight(cells, font);
      if (doc.y + height > bottom()) {
        doc.addPage();
        drawHeader(true); // the header row repeats on every page the table runs over
      }
      const y = doc.y;
      drawRow(cells, font, y, height, structuredRow('TD'));
      artifact(() =>
        doc
          .moveTo(MARGIN.left, row.emphasis === 'total' ? y : y + height)
          .lineTo(MARGIN.left + width, row.emphasis === 'total' ? y : y + height)
          .lineWidth(row.emphasis === 'total' ? 1 : 0.4)
          .strokeColor(row.emphasis === 'total' ? '#1f2328' : RULE)
          .stroke(),
      );
      doc.y = y + height;
    }
    table.end();
    if (block.note) {
      const note = block.note;
      tagged('P', () => doc.font('italic').fontSize(8).fillColor(GREY).text(note, MARGIN.left, doc.y + 3, { width }));
    }
    doc.x = MARGIN.left;
    doc.moveDown(1);
  }

  // Contents, with the page numbers as printed in the footers.
  doc.switchToPage(tocStart);
  doc.y = MARGIN.top;
  contents.add(doc.struct('H1', {}, () => doc.font('bold').fontSize(18).fillColor('#1f2328').text(labels.contents, MARGIN.left, doc.y)));
  doc.moveDown(0.8);
  for (const heading of headings) {
    if (doc.y + tocLineHeight > bottom()) doc.switchToPage(Math.min(tocStart + tocPages - 1, doc.bufferedPageRange().count - 1));
    const indent = heading.level === 1 ? 0 : heading.level === 2 ? 12 : 30;
    const page = String((headingPages.get(heading.id) ?? 0) + 1);
    const y = doc.y;
    let end = y;
    contents.add(
      doc.struct('TOCI', {}, () => {
        doc.font(heading.level === 1 ? 'bold' : 'body').fontSize(heading.level === 3 ? 9.5 : 10.5).fillColor('#1f2328');
        doc.text(`${heading.number ? `${heading.number} ` : ''}${heading.text}`, MARGIN.left + indent, y, { width: pageWidth() - indent - 40 });
        end = doc.y;
        doc.text(page, MARGIN.left, y, { width: pageWidth(), align: 'right' });
      }),
    );
    doc.y = Math.max(end, y + tocLineHeight - 4);
  }
  contents.end();
  root.end();

  // Page furniture: header, footer with "page X of Y", draft watermark.
  const { count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    if (meta.draft) {
      artifact(() => {
        doc.save().rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
        doc.font('bold').fontSize(96).fillColor('#000000', 0.06).text(labels.draft.toUpperCase(), 0, doc.page.height / 2 - 60, { width: doc.page.width, align: 'center', lineBreak: false });
        doc.restore();
        doc.fillOpacity(1);
      });
    }
    if (i === 0) continue;
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    artifact(() => {
      doc.font('body').fontSize(8).fillColor(GREY);
      doc.text(meta.title, MARGIN.left, 36, { width: pageWidth(), align: 'left', lineBreak: false, ellipsis: true });
      doc.moveTo(MARGIN.left, 50).lineTo(doc.page.width - MARGIN.right, 50).lineWidth(0.4).strokeColor(RULE).stroke();
      doc.text(meta.companyName, MARGIN.left, doc.page.height - 40, { width: pageWidth() / 2, lineBreak: false });
      doc.text(fill(labels.pageOf, { page: i + 1, pages: count }), MARGIN.left + pageWidth() / 2, doc.page.height - 40, { width: pageWidth() / 2, align: 'right', lineBreak: false });
    }, 'Pagination');
    doc.page.margins.bottom = savedBottom;
  }
  doc.end();
  return done;
}
