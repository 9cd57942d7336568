import { AlignmentType, BorderStyle, LevelFormat, LevelSuffix, LineRuleType, TabStopType, type INumberingOptions, type IParagraphOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { headerFill } from '../../../../shared/document/colors';
import { COLORS, FACES, FONT_FAMILIES, LIST_INDENT, PART_DIVIDER_OFFSET, SPACING, STYLES, TABLE, type BlockSpacing, type PageGeometry, type TextStyle } from '../../../../shared/layout/theme';

/**
 * The DOCX's named styles, from the shared theme: every paragraph the writer makes uses one of
 * them and carries no formatting of its own, headings are numbered by Word's multilevel list,
 * and tables take one table style (header and total rows by its conditional formatting), so a
 * consultant who edits the document in Word changes a style, not a hundred paragraphs.
 */

export const twips = (points: number) => Math.round(points * 20);
const halfPoints = (points: number) => Math.round(points * 2);
const hex = (color: string) => color.replace('#', '').toUpperCase();
/** Border widths are in eighths of a point. */
const eighths = (points: number) => Math.max(2, Math.round(points * 8));

export const STYLE_IDS = {
  body: 'Normal',
  placeholder: 'Placeholder',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  title: 'Title',
  company: 'Subtitle',
  confidential: 'Confidential',
  factLabel: 'TitleFactLabel',
  factValue: 'TitleFact',
  contentsTitle: 'TOCHeading',
  caption: 'Caption',
  figureCaption: 'FigureCaption',
  figure: 'Figure',
  figureLegend: 'FigureLegend',
  tableText: 'TableText',
  tableFigure: 'TableFigure',
  tableHeading: 'TableHeading',
  tableHeadingFigure: 'TableHeadingFigure',
  tableTotal: 'TableTotal',
  tableTotalFigure: 'TableTotalFigure',
  tableTextKeep: 'TableTextKeep',
  tableFigureKeep: 'TableFigureKeep',
  bodyAfterTable: 'BodyAfterTable',
  tableNote: 'TableNote',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  header: 'Header',
  footer: 'Footer',
} as const;

export const TABLE_STYLE_ID = 'PolicyTable';
export const HEADING_NUMBERING = 'headings';
export const BULLETS = 'bullets';
export const NUMBERS = 'numbers';

const run = (style: TextStyle, color?: string) => ({
  font: FONT_FAMILIES[FACES[style.face].family],
  size: halfPoints(style.size),
  bold: FACES[style.face].bold,
  italics: FACES[style.face].italic,
  color: hex(color ?? style.color),
});

/** Exactly the PDF's leading, so lines fall where they fall in the PDF. */
const paragraph = (style: TextStyle, spacing: BlockSpacing = { before: 0, after: 0 }) => ({
  spacing: { before: twips(spacing.before), after: twips(spacing.after), line: twips(style.leading), lineRule: LineRuleType.EXACT },
});

/**
 * A paragraph style with the two paragraph properties docx's style type leaves out (its style
 * writer emits them, as it does for paragraphs): a chapter starts a page, the contents have
 * dotted leaders to the page number.
 */
type ParagraphStyle = Omit<IParagraphStyleOptions, 'paragraph'> & {
  paragraph?: IParagraphStyleOptions['paragraph'] & Pick<IParagraphOptions, 'pageBreakBefore' | 'tabStops'>;
};

export function documentStyles(geometry: PageGeometry, accent: string, languageTag: string, startChapter: number, titleOffset: { confidential: number; title: number }): { styles: IStylesOptions; externalStyles: string; numbering: INumberingOptions } {
  const bodyIndent = { right: twips(geometry.contentWidth - geometry.textWidth) };
  const fullWidth = { indent: { left: 0, right: 0 } };
  const rule = (color: string, points: number) => ({ style: BorderStyle.SINGLE, size: eighths(points), color: hex(color), space: 1 });
  const styles: IStylesOptions = {
    default: {
      document: { run: { ...run(STYLES.body), language: { value: languageTag } }, paragraph: { ...paragraph(STYLES.body, SPACING.paragraph), indent: bodyIndent } },
    },
    paragraphStyles: (
      [
      { id: STYLE_IDS.placeholder, name: 'Placeholder', basedOn: 'Normal', quickFormat: true, run: run(STYLES.placeholder) },
      {
        id: STYLE_IDS.heading1,
        name: 'heading 1',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: run(STYLES.heading1, accent),
        paragraph: { ...paragraph(STYLES.heading1, { before: PART_DIVIDER_OFFSET, after: SPACING.heading1.after }), ...fullWidth, keepLines: true, pageBreakBefore: true, outlineLevel: 0, border: { bottom: rule(accent, 0.75) } },
      },
      {
        id: STYLE_IDS.heading2,
        name: 'heading 2',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: run(STYLES.heading2),
        paragraph: { ...paragraph(STYLES.heading2, SPACING.heading2), ...fullWidth, keepNext: true, keepLines: true, pageBreakBefore: true, outlineLevel: 1, numbering: { reference: HEADING_NUMBERING, level: 0 } },
      },
      {
        id: STYLE_IDS.heading3,
        name: 'heading 3',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: run(STYLES.heading3),
        paragraph: { ...paragraph(STYLES.heading3, SPACING.heading3), ...fullWidth, keepNext: true, keepLines: true, outlineLevel: 2, numbering: { reference: HEADING_NUMBERING, level: 1 } },
      },
      { id: STYLE_IDS.title, name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: run(STYLES.title), paragraph: { ...paragraph(STYLES.title, { before: titleOffset.title, after: 8 }), ...fullWidth } },
      { id: STYLE_IDS.company, name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: run(STYLES.company, accent), paragraph: { ...paragraph(STYLES.company, { before: 0, after: 36 }), ...fullWidth } },
      { id: STYLE_IDS.confidential, name: 'Confidential', basedOn: 'Normal', run: { ...run(STYLES.confidential), allCaps: true }, paragraph: paragraph(STYLES.confidential, { before: titleOffset.confidential, after: 10 }) },
      { id: STYLE_IDS.factLabel, name: 'Title Fact Label', basedOn: 'Normal', next: STYLE_IDS.factValue, run: { ...run(STYLES.factLabel), allCaps: true }, paragraph: { ...paragraph(STYLES.factLabel, { before: 10, after: 2 }), keepNext: true } },
      { id: STYLE_IDS.factValue, name: 'Title Fact', basedOn: 'Normal', run: run(STYLES.factValue), paragraph: paragraph(STYLES.factValue, { before: 0, after: 0 }) },
      { id: STYLE_IDS.contentsTitle, name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: run(STYLES.contentsTitle), paragraph: { ...paragraph(STYLES.contentsTitle, SPACING.contentsTitle), ...fullWidth, pageBreakBefore: true, keepNext: true } },
      ...[1, 2, 3].map((level) => {
        const style = level === 1 ? STYLES.contents1 : level === 2 ? STYLES.contents2 : STYLES.contents3;
        return {
          id: `TOC${level}`,
          name: `toc ${level}`,
          basedOn: 'Normal',
          next: 'Normal',
          run: run(style),
          paragraph: { ...paragraph(style, { before: level === 1 ? 6 : 0, after: 0 }), indent: { left: level === 3 ? twips(22) : 0, right: 0 }, tabStops: [{ type: TabStopType.RIGHT, position: twips(geometry.contentWidth), leader: 'dot' as const }] },
        };
      }),
      { id: STYLE_IDS.caption, name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: run(STYLES.caption), paragraph: { ...paragraph(STYLES.caption, SPACING.tableCaption), ...fullWidth, keepNext: true } },
      { id: STYLE_IDS.figureCaption, name: 'Figure Caption', basedOn: STYLE_IDS.caption, next: 'Normal', quickFormat: true, paragraph: { ...paragraph(STYLES.caption, SPACING.figureCaption), keepNext: false } },
      { id: STYLE_IDS.figure, name: 'Figure', basedOn: 'Normal', next: STYLE_IDS.figureCaption, paragraph: { spacing: { before: twips(6), after: 0, line: 240, lineRule: LineRuleType.AUTO }, ...fullWidth, keepNext: true, keepLines: true } },
      // A chart's legend written as text: centred under the plot, kept with the caption.
      { id: STYLE_IDS.figureLegend, name: 'Figure Legend', basedOn: 'Normal', next: STYLE_IDS.figureCaption, run: run(STYLES.legend), paragraph: { ...paragraph(STYLES.legend, { before: 4, after: 0 }), alignment: AlignmentType.CENTER, ...fullWidth, keepNext: true, keepLines: true } },
      { id: STYLE_IDS.tableText, name: 'Table Text', basedOn: 'Normal', run: run(STYLES.tableText), paragraph: { ...paragraph(STYLES.tableText), ...fullWidth } },
      { id: STYLE_IDS.tableFigure, name: 'Table Figure', basedOn: STYLE_IDS.tableText, paragraph: { alignment: AlignmentType.RIGHT } },
      // The header row keeps with the first body row; it is bold by its own style as well as by the table style.
      { id: STYLE_IDS.tableHeading, name: 'Table Heading', basedOn: STYLE_IDS.tableText, run: { bold: true }, paragraph: { keepNext: true } },
      { id: STYLE_IDS.tableHeadingFigure, name: 'Table Heading Figure', basedOn: STYLE_IDS.tableFigure, run: { bold: true }, paragraph: { keepNext: true } },
      // A total row is bold by its own style too: not every reader applies a table style's last-row formatting.
      { id: STYLE_IDS.tableTotal, name: 'Table Total', basedOn: STYLE_IDS.tableText, run: { bold: true } },
      { id: STYLE_IDS.tableTotalFigure, name: 'Table Total Figure', basedOn: STYLE_IDS.tableFigure, run: { bold: true } },
      // A table's header row and first body row keep with the next, and so do the rows above a total.
      { id: STYLE_IDS.tableTextKeep, name: 'Table Text (keep with next)', basedOn: STYLE_IDS.tableText, paragraph: { keepNext: true } },
      { id: STYLE_IDS.tableFigureKeep, name: 'Table Figure (keep with next)', basedOn: STYLE_IDS.tableFigure, paragraph: { keepNext: true } },
      { id: STYLE_IDS.bodyAfterTable, name: 'Body Text After Table', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: twips(SPACING.afterTable.after) } } },
      { id: STYLE_IDS.tableNote, name: 'Table Note', basedOn: 'Normal', run: run(STYLES.note), paragraph: { ...paragraph(STYLES.note, SPACING.note), ...fullWidth } },
      { id: STYLE_IDS.listBullet, name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { ...paragraph(STYLES.body, SPACING.listItem), indent: { ...bodyIndent, left: twips(LIST_INDENT), hanging: twips(LIST_INDENT) } } },
      { id: STYLE_IDS.listNumber, name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { ...paragraph(STYLES.body, SPACING.listItem), indent: { ...bodyIndent, left: twips(LIST_INDENT), hanging: twips(LIST_INDENT) } } },
      { id: STYLE_IDS.header, name: 'header', basedOn: 'Normal', run: run(STYLES.furniture), paragraph: { ...paragraph(STYLES.furniture), ...fullWidth, border: { bottom: rule(COLORS.rule, 0.4) } } },
      {
        id: STYLE_IDS.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: run(STYLES.furniture),
        paragraph: { ...paragraph(STYLES.furniture), ...fullWidth, tabStops: [{ type: TabStopType.RIGHT, position: twips(geometry.contentWidth) }] },
      },
      ] satisfies ParagraphStyle[]
    ) as IParagraphStyleOptions[],
  };

  const numbering: INumberingOptions = {
    config: [
      {
        reference: HEADING_NUMBERING,
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: startChapter, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
          { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
        ],
      },
      { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: twips(LIST_INDENT), hanging: twips(LIST_INDENT) } } } }] },
      { reference: NUMBERS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: twips(LIST_INDENT), hanging: twips(LIST_INDENT) } } } }] },
    ],
  };
  // The table style goes in as "external" styles: docx adds its defaults (and ours above) to them.
  const externalStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${tableStyleXml(accent)}</w:styles>`;
  return { styles, externalStyles, numbering };
}

/** A chapter numbering that starts at a chapter of its own (an export whose chapters skip numbers). */
export const chapterNumbering = (reference: string, start: number): INumberingOptions['config'][number] => ({
  reference,
  levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
  ],
});

/**
 * The table style: rules between rows, the header row tinted with the accent and ruled under in
 * it, a total row in bold with a rule above, and the cell padding of the PDF.
 */
function tableStyleXml(accent: string): string {
  const rule = (points: number, color: string) => `w:val="single" w:sz="${eighths(points)}" w:space="0" w:color="${hex(color)}"`;
  const none = 'w:val="nil"';
  return `<w:style w:type="table" w:styleId="${TABLE_STYLE_ID}">
<w:name w:val="Policy Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
<w:pPr><w:spacing w:before="0" w:after="0" w:line="${twips(STYLES.tableText.leading)}" w:lineRule="exact"/><w:ind w:left="0" w:right="0"/></w:pPr>
<w:rPr><w:rFonts w:ascii="${FONT_FAMILIES.sans}" w:hAnsi="${FONT_FAMILIES.sans}" w:cs="${FONT_FAMILIES.sans}"/><w:sz w:val="${halfPoints(STYLES.tableText.size)}"/></w:rPr>
<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/>
<w:tblBorders><w:top ${none}/><w:left ${none}/><w:bottom w:val="single" w:sz="${eighths(TABLE.rowRule)}" w:space="0" w:color="${hex(COLORS.rule)}"/><w:right ${none}/><w:insideH ${rule(TABLE.rowRule, COLORS.rule)}/><w:insideV ${none}/></w:tblBorders>
<w:tblCellMar><w:top w:w="${twips(TABLE.padY)}" w:type="dxa"/><w:left w:w="${twips(TABLE.padX)}" w:type="dxa"/><w:bottom w:w="${twips(TABLE.padY)}" w:type="dxa"/><w:right w:w="${twips(TABLE.padX)}" w:type="dxa"/></w:tblCellMar>
</w:tblPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:tcBorders><w:bottom ${rule(TABLE.headerRule, accent)}/></w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="${hex(headerFill(accent))}"/></w:tcPr></w:tblStylePr>
<w:tblStylePr w:type="lastRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:tcBorders><w:top ${rule(TABLE.totalRule, COLORS.ink)}/></w:tcBorders></w:tcPr></w:tblStylePr>
</w:style>`;
}
