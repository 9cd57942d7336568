import type { Face, PageGeometry, TextStyle } from '../../../../shared/layout/theme';
import type { Language } from '../../../../shared/project/primitives';
import { measureText, verticalMetrics } from '../text/fonts';

/** What every drawing step shares: the pdfkit document, the page geometry, the structure tree, and where headings landed. */
export interface PdfContext {
  doc: PDFKit.PDFDocument;
  geometry: PageGeometry;
  language: Language;
  accent: string;
  /** The page being drawn, from 1. */
  page: number;
  /** The document's structure root: elements are added in reading order. */
  root: PDFKit.PDFStructureElement;
  /** Heading id -> the page it lands on, known once the pages are made and before they are drawn (the contents need it). */
  headingPages: Map<string, number>;
}

/** Where a line's baseline sits in its line box: half the leading above the text and half below, as CSS does. */
export function baselineOffset(style: Pick<TextStyle, 'face' | 'size' | 'leading'>): number {
  const { ascent, descent } = verticalMetrics(style.face);
  return (style.leading - (ascent + descent) * style.size) / 2 + ascent * style.size;
}

export interface DrawTextOptions {
  align?: 'left' | 'right' | 'center';
  /** The width the text is aligned in (right and centre). */
  width?: number;
  color?: string;
  /** A named destination in the document that the text links to. */
  goTo?: string;
}

/** Draws one line of text with its line box's top at `top`. */
export function drawLine(ctx: PdfContext, text: string, style: TextStyle, x: number, top: number, options: DrawTextOptions = {}) {
  if (text === '') return;
  const { doc } = ctx;
  const width = measureText(text, style.face, style.size);
  const left = options.align === 'right' ? x + (options.width ?? 0) - width : options.align === 'center' ? x + ((options.width ?? 0) - width) / 2 : x;
  doc.font(style.face).fontSize(style.size).fillColor(options.color ?? style.color);
  doc.text(text, left, top + baselineOffset(style), { lineBreak: false, baseline: 'alphabetic', textWidth: width, ...(options.goTo ? { goTo: options.goTo } : {}) } as PDFKit.Mixins.TextOptions);
}

/** Page furniture and decoration: drawn, but skipped by screen readers. */
export function artifact(ctx: PdfContext, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout') {
  ctx.doc.markContent('Artifact', { type });
  draw();
  ctx.doc.endMarkedContent();
}

/**
 * A structure element whose content may be drawn in several steps, on several pages (a
 * paragraph's lines): created and attached on the first step, ended after the last.
 */
export class Structured {
  private element: PDFKit.PDFStructureElement | null = null;

  constructor(
    private readonly type: string,
    private readonly parent: () => PDFKit.PDFStructureElement,
    private readonly options: { alt?: string; lang?: string } = {},
  ) {}

  get(ctx: PdfContext): PDFKit.PDFStructureElement {
    if (!this.element) {
      this.element = ctx.doc.struct(this.type, this.options);
      this.parent().add(this.element);
    }
    return this.element;
  }

  /** Draws content belonging to this element. */
  content(ctx: PdfContext, draw: () => void) {
    this.get(ctx).add(draw);
  }

  end() {
    this.element?.end();
  }
}

export const faceOf = (style: TextStyle): Face => style.face;
