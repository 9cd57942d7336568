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

/** The parts of pdfkit a line of text is written with (its own `text()` does much more per call). */
interface PdfkitText {
  _font: { id: string; ref(): unknown; encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]] };
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * Draws one line of text with its line box's top at `top`: the glyphs pdfkit's font shapes (from
 * the shared cache), written as one text object, as pdfkit's own `text()` writes them with its
 * line wrapping off, in a fraction of the time (a long document draws tens of thousands of lines).
 */
export function drawLine(ctx: PdfContext, text: string, style: TextStyle, x: number, top: number, options: DrawTextOptions = {}) {
  if (text === '') return;
  const { doc } = ctx;
  const width = measureText(text, style.face, style.size);
  const left = options.align === 'right' ? x + (options.width ?? 0) - width : options.align === 'center' ? x + ((options.width ?? 0) - width) / 2 : x;
  doc.font(style.face).fillColor(options.color ?? style.color);
  const pdf = doc as unknown as PdfkitText;
  const font = pdf._font;
  pdf.page.fonts[font.id] ??= font.ref();
  const [encoded, positions] = font.encode(text);
  const scale = style.size / 1000;
  const baselineY = pdf.page.height - (top + baselineOffset(style));
  const ops = ['q', `1 0 0 -1 0 ${num(pdf.page.height)} cm`, 'BT', `1 0 0 1 ${num(left)} ${num(baselineY)} Tm`, `/${font.id} ${num(style.size)} Tf`];
  // Glyph runs, with the kerning between glyphs as TJ adjustments and a new position for a glyph
  // the font moves off its line (marks): the same operators pdfkit writes.
  let segments: string[] = [];
  let start = 0;
  let penX = left;
  const segment = (end: number) => {
    if (start < end) segments.push(`<${encoded.slice(start, end).join('')}> ${num(-(positions[end - 1]!.xAdvance - positions[end - 1]!.advanceWidth))}`);
    start = end;
  };
  const flush = (end: number) => {
    segment(end);
    if (segments.length > 0) ops.push(`[${segments.join(' ')}] TJ`);
    segments = [];
  };
  let moved = false;
  positions.forEach((position, i) => {
    if (position.xOffset || position.yOffset) {
      flush(i);
      ops.push(`1 0 0 1 ${num(penX + position.xOffset * scale)} ${num(baselineY + position.yOffset * scale)} Tm`);
      flush(i + 1);
      moved = true;
    } else {
      if (moved) {
        ops.push(`1 0 0 1 ${num(penX)} ${num(baselineY)} Tm`);
        moved = false;
      }
      if (position.xAdvance !== position.advanceWidth) segment(i + 1);
    }
    penX += position.xAdvance * scale;
  });
  flush(positions.length);
  ops.push('ET', 'Q');
  pdf.addContent(ops.join('\n'));
  if (options.goTo) doc.goTo(left, top, width, style.leading, options.goTo);
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
