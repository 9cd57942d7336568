import PDFDocument from 'pdfkit';
import type { DocumentModel } from '../../../../shared/document/model';
import { fill } from '../../../../shared/document/texts';
import { STYLES, pageGeometry, type Paper } from '../../../../shared/layout/theme';
import { FACE_NAMES, fontOf, measureText, shareShapingCaches } from '../text/fonts';
import { composeDocument, type PdfLogo } from './compose';
import { artifact, drawLine, type PdfContext } from './context';
import { anchorPages, paginate } from './flow';

/**
 * Lays the document model out as PDF with pdfkit, through our own layout (compose.ts and
 * flow.ts): lines are broken and pages are made here, and pdfkit only draws. Title page,
 * contents with page numbers and links, numbered headings mirrored in the outline, tables that
 * repeat their header row across pages, charts as vector graphics, running head and "page X of
 * Y" footer. Decides no content.
 *
 * The file is PDF/A-2b (embedded fonts, sRGB output intent, XMP metadata) and tagged: headings,
 * paragraphs, lists, tables and figures are structure elements in reading order, and page
 * furniture (running head, footer, rules, fills, watermark, repeated table headers, leaders) is
 * marked as artifacts so screen readers skip it.
 */

export interface PdfOptions {
  paper: Paper;
  /** Each chart's plot as SVG, by chart block id. */
  charts: Map<string, string>;
  /** The title-page logo, already decoded and checked. */
  logo: PdfLogo | null;
}

export function writePdf(model: DocumentModel, options: PdfOptions): Promise<Buffer> {
  const { meta, labels } = model;
  const geometry = pageGeometry(options.paper);
  const doc = new PDFDocument({
    size: options.paper,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    // Pages are written out as they are finished: a 400-page document needs no more memory than a short one.
    bufferPages: false,
    autoFirstPage: false,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: meta.languageTag,
    displayTitle: true,
    info: { Title: meta.title, Author: meta.authors.join('; '), Subject: meta.subject, Keywords: meta.keywords.join(', '), Creator: 'Commercial Policy Builder', Producer: 'Commercial Policy Builder' },
  });
  for (const face of FACE_NAMES) doc.registerFont(face, fontOf(face) as unknown as string);
  shareShapingCaches(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const context: PdfContext = { doc, geometry, language: meta.language, accent: meta.accentColor, page: 0, root, headingPages: new Map() };

  const items = composeDocument(model, { logo: options.logo, charts: options.charts }, () => context);
  const pages = paginate(items, geometry.bodyHeight);
  context.headingPages = anchorPages(pages);

  // Page furniture: running head, footer with "page X of Y", draft watermark. The page count is
  // known before the first page is drawn, so each page is finished and written out in turn.
  const width = geometry.contentWidth;
  const left = geometry.margin.left;
  const style = STYLES.furniture;
  const title = fitWithEllipsis(meta.title, width);
  const footer = fitWithEllipsis(meta.footer, width * 0.72);
  const furniture = (page: number) => {
    if (meta.draft) {
      artifact(context, () => {
        doc.save().rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
        doc.font('sansBold').fontSize(96).fillColor('#000000', 0.06).text(labels.draft.toUpperCase(), 0, doc.page.height / 2 - 60, { width: doc.page.width, align: 'center', lineBreak: false });
        doc.restore();
        doc.fillOpacity(1);
      });
    }
    if (page === 1) return;
    artifact(
      context,
      () => {
        const top = (baseline: number) => baseline - style.leading + (style.leading - style.size) / 2;
        drawLine(context, title, style, left, top(geometry.headerBaseline));
        doc.moveTo(left, geometry.headerBaseline + 6).lineTo(left + width, geometry.headerBaseline + 6).lineWidth(0.4).strokeColor('#C8CDD2').stroke();
        drawLine(context, footer, style, left, top(geometry.footerBaseline));
        drawLine(context, fill(labels.pageOf, { page, pages: pages.length }), style, left, top(geometry.footerBaseline), { align: 'right', width });
      },
      'Pagination',
    );
  };
  for (const page of pages) {
    doc.addPage();
    context.page += 1;
    furniture(context.page);
    for (const { box, y } of page) box.draw(context, geometry.margin.top + y);
  }
  root.end();
  doc.end();
  return done;
}

/** Cuts a running head to fit its width, with an ellipsis. */
function fitWithEllipsis(text: string, width: number): string {
  const { face, size } = STYLES.furniture;
  if (measureText(text, face, size) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measureText(`${text.slice(0, mid)}…`, face, size) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}
