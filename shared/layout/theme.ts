/**
 * The deliverable's look, decided once for every writer: typefaces, type scale, colours, spacing
 * and page geometry, in points. The PDF lays pages out with these numbers, the DOCX turns them
 * into Word styles (so both paginate alike), and the preview into CSS.
 *
 * Body text is Source Serif 4 on a measure of about 75 characters; headings, tables, captions,
 * charts and page furniture are Source Sans 3, whose figures are tabular, so columns of numbers
 * line up. Both are free (SIL OFL) and cover Latin Extended-A and Cyrillic.
 */

/** The font families, as the DOCX names them and the fonts' own name tables say. */
export const FONT_FAMILIES = { serif: 'Source Serif 4', sans: 'Source Sans 3' } as const;
export type Family = keyof typeof FONT_FAMILIES;

/** Each face the document uses: a family, bold or not, italic or not. */
export const FACES = {
  serif: { family: 'serif', bold: false, italic: false },
  serifItalic: { family: 'serif', bold: false, italic: true },
  serifBold: { family: 'serif', bold: true, italic: false },
  sans: { family: 'sans', bold: false, italic: false },
  sansBold: { family: 'sans', bold: true, italic: false },
} as const satisfies Record<string, { family: Family; bold: boolean; italic: boolean }>;
export type Face = keyof typeof FACES;

export interface TextStyle {
  face: Face;
  /** Type size, pt. */
  size: number;
  /** Distance from one baseline to the next, pt. */
  leading: number;
  color: string;
}

export interface BlockSpacing {
  /** Space before and after, pt; space before is dropped at the top of a page. */
  before: number;
  after: number;
}

export const COLORS = {
  ink: '#1F2328',
  muted: '#5F6B76',
  rule: '#C8CDD2',
  placeholder: '#8A6100',
  confidential: '#B3261E',
} as const;

const text = (face: Face, size: number, leading: number, color: string = COLORS.ink): TextStyle => ({ face, size, leading, color });

/** Nothing is smaller than 8 pt. */
export const STYLES = {
  body: text('serif', 10.5, 15),
  placeholder: text('serifItalic', 10.5, 15, COLORS.placeholder),
  heading1: text('sansBold', 20, 24),
  heading2: text('sansBold', 16, 20),
  heading3: text('sansBold', 12, 15),
  caption: text('sans', 9, 12, COLORS.muted),
  captionLabel: text('sansBold', 9, 12, COLORS.muted),
  tableText: text('sans', 9, 11.5),
  tableHeader: text('sansBold', 9, 11.5),
  note: text('serifItalic', 8.5, 11, COLORS.muted),
  contentsTitle: text('sansBold', 16, 20),
  contents1: text('sansBold', 10.5, 16),
  contents2: text('sans', 10.5, 16),
  contents3: text('sans', 9.5, 14),
  legend: text('sans', 8.5, 11, COLORS.ink),
  title: text('sansBold', 28, 34),
  company: text('sans', 15, 20),
  factLabel: text('sansBold', 8.5, 12, COLORS.muted),
  factValue: text('serif', 10.5, 15),
  confidential: text('sansBold', 9, 12, COLORS.confidential),
  furniture: text('sans', 8, 10, COLORS.muted),
} as const satisfies Record<string, TextStyle>;
export type StyleName = keyof typeof STYLES;

export const SPACING = {
  paragraph: { before: 0, after: 7 },
  listItem: { before: 0, after: 3 },
  list: { before: 0, after: 7 },
  heading1: { before: 0, after: 16 },
  heading2: { before: 0, after: 10 },
  heading3: { before: 14, after: 5 },
  tableCaption: { before: 8, after: 5 },
  figureCaption: { before: 5, after: 12 },
  note: { before: 3, after: 0 },
  afterTable: { before: 0, after: 12 },
  contentsTitle: { before: 0, after: 14 },
} as const satisfies Record<string, BlockSpacing>;

/** Table cells: padding around the text, and the rules between rows. */
export const TABLE = { padX: 4, padY: 3, headerRule: 0.8, rowRule: 0.4, totalRule: 0.8 } as const;

/** Bullets and numbers hang in this indent. */
export const LIST_INDENT = 16;

/** The chart's plot (the legend is laid out under it with the text, then the caption). */
export const CHART = { height: 200, fontSize: 8.5, swatch: 7, swatchGap: 4, itemGap: 12, rowGap: 2 } as const;

/** The logo on the title page fits in this box, in proportion. */
export const LOGO_BOX = { width: 200, height: 80 } as const;

export type Paper = 'A4' | 'LETTER';

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number };
  /** Where the running head's baseline and the footer's baseline sit. */
  headerBaseline: number;
  footerBaseline: number;
  /** Width of headings, tables and charts. */
  contentWidth: number;
  /** Width of body text: narrower, so a line holds about 75 characters. */
  textWidth: number;
  /** Height of the page's text area. */
  bodyHeight: number;
}

const PAPER = { A4: { width: 595.28, height: 841.89 }, LETTER: { width: 612, height: 792 } } as const;

/** Body text measure, pt: about 72 characters of 10.5 pt Source Serif 4, never more than 80. */
const MEASURE = 372;

export function pageGeometry(paper: Paper): PageGeometry {
  const { width, height } = PAPER[paper];
  const margin = { top: 68, bottom: 62, left: 70.9, right: 70.9 };
  const contentWidth = width - margin.left - margin.right;
  return {
    width,
    height,
    margin,
    headerBaseline: 40,
    footerBaseline: height - 34,
    contentWidth,
    textWidth: Math.min(contentWidth, MEASURE),
    bodyHeight: height - margin.top - margin.bottom,
  };
}

/** The logo's size on the title page: it fits the box, in proportion, never enlarged past 1 px = 0.75 pt. */
export function logoSize(pixels: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(0.75, LOGO_BOX.width / pixels.width, LOGO_BOX.height / pixels.height);
  return { width: pixels.width * scale, height: pixels.height * scale };
}

/** Parts and chapters start a page: a part's heading has a divider page of its own. */
export const headingStartsPage = (level: 1 | 2 | 3): boolean => level !== 3;

/** How far down its divider page a part's heading sits. */
export const PART_DIVIDER_OFFSET = 180;
