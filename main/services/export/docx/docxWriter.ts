import {
  Bookmark,
  Document,
  InternalHyperlink,
  PageReference,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  SequentialIdentifier,
  SoftHyphen,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IXmlableObject,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { estimatePageNumbersWith } from 'docx/layout';
import { TextWatermark } from 'docx/watermarks';
import { amountScale, scaleUnitLabel } from '../../../../shared/document/amounts';
import { captionEntry, captionLabelParts, captionsOf, captionText, type ChartBlock, type DocumentModel, type HeadingBlock, type TableBlock } from '../../../../shared/document/model';
import { fitTable } from '../../../../shared/layout/tables';
import { CHART, FONT_FAMILIES, STYLES, TABLE, logoSize, pageGeometry, type Face, type Paper, type TextStyle } from '../../../../shared/layout/theme';
import type { PlacedLogo } from '../logo';
import { plotHeight } from '../../../../shared/charts/size';
import { layoutLegend } from '../legend';
import { FACE_NAMES, fontBytes, measureText } from '../text/fonts';
import { breakLines, withSoftHyphens } from '../text/lineBreaking';
import { finishPackage } from './package';
import { timelineChart } from './timelineChart';
import { BULLETS, HEADING_NUMBERING, NUMBERS, STYLE_IDS, TABLE_STYLE_ID, chapterNumbering, documentStyles, twips } from './styles';

/**
 * Lays the document model out as DOCX with the `docx` package, for a consultant to edit in Word:
 * every paragraph has a named style, headings are numbered by Word's multilevel list, tables use
 * one table style, captions number themselves with SEQ fields (so Word can list tables and
 * figures), charts are native Word charts with their data, and the fonts are embedded. The page
 * geometry, type and column widths are the PDF's (one shared layout layer); the contents carry
 * page numbers worked out by laying the pages out as Word does, so readers that never update
 * fields (LibreOffice, Google Docs, previews) show them. Decides no content.
 */

export interface DocxOptions {
  paper: Paper;
  logo: PlacedLogo | null;
}

const hex = (color: string) => color.replace('#', '').toUpperCase();
/**
 * Soft hyphens are placed for a line this much narrower than the DOCX's: a word processor's
 * widths differ from ours by a hair, and a word it finds too wide it breaks by letters, silently.
 */
const WIDTH_SAFETY = 2;
/** Text with its soft hyphens as Word writes them (w:softHyphen), which every reader takes as a break point. */
const hyphenated = (text: string): (string | SoftHyphen)[] =>
  text.split('\u00AD').flatMap((part, i) => (i === 0 ? [part] : [new SoftHyphen(), part])).filter((part) => part !== '');

/** Points to the pixels (96 per inch) docx sizes pictures and charts in. */
const pixels = (points: number) => Math.round((points * 96) / 72);

type Child = Paragraph | Table | TableOfContents;

export async function writeDocx(model: DocumentModel, options: DocxOptions): Promise<Buffer> {
  return finishPackage(await Packer.toBuffer(docxDocument(model, options)), {
    company: model.meta.companyName,
    languageTag: model.meta.languageTag,
    fonts: [
      { name: FONT_FAMILIES.serif, faces: [{ kind: 'Regular', data: fontBytes('serif') }, { kind: 'Bold', data: fontBytes('serifBold') }, { kind: 'Italic', data: fontBytes('serifItalic') }] },
      { name: FONT_FAMILIES.sans, faces: [{ kind: 'Regular', data: fontBytes('sans') }, { kind: 'Bold', data: fontBytes('sansBold') }] },
    ],
  });
}

/**
 * The document as docx's object model, before it is packed. The fonts are embedded when the
 * package is finished; `withFonts` embeds them here instead, for docx's own layout of the pages
 * (`layoutDocument`, which tests use to see where docx thinks each line falls).
 */
export function docxDocument(model: DocumentModel, options: DocxOptions, withFonts = false): Document {
  const { meta, labels } = model;
  const geometry = pageGeometry(options.paper);
  const language = meta.language;
  const headings = model.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');

  // Chapters are numbered by Word; an export that skips chapters restarts the list at the chapter's own number.
  const chapterRuns: { reference: string; start: number }[] = [];
  const runOf = new Map<string, string>();
  let previous = Number.NaN;
  for (const heading of headings.filter((h) => h.level === 2 && h.number !== '')) {
    const number = Number.parseInt(heading.number, 10);
    if (number !== previous + 1) chapterRuns.push({ reference: chapterRuns.length === 0 ? HEADING_NUMBERING : `${HEADING_NUMBERING}-${number}`, start: number });
    runOf.set(heading.id, chapterRuns.at(-1)!.reference);
    previous = number;
  }
  // The title sits about a fifth down the title page, under the logo.
  const logoHeight = options.logo ? logoSize(options.logo).height + 6 : 0;
  const titleOffset = Math.max(0, geometry.bodyHeight * 0.22 - logoHeight);
  const { styles, externalStyles, numbering } = documentStyles(geometry, meta.accentColor, meta.languageTag, chapterRuns[0]?.start ?? 1, {
    confidential: titleOffset,
    title: model.titlePage.confidential ? 0 : titleOffset,
  });
  const numberingConfig = [...numbering.config, ...chapterRuns.slice(1).map((r) => chapterNumbering(r.reference, r.start))];

  /** Text as paragraphs' runs: soft hyphens where the PDF's lines break a word, "\n" as a line break. */
  const runs = (text: string, style: TextStyle, width: number): TextRun[] =>
    text.split('\n').map((line, i) => new TextRun({ children: hyphenated(withSoftHyphens(line, breakLines(line, style, width - WIDTH_SAFETY, language))), ...(i > 0 ? { break: 1 } : {}) }));

  const titlePage = (): Child[] => {
    const page = model.titlePage;
    const logo = options.logo;
    const size = logo ? logoSize(logo) : null;
    const out: Child[] = [];
    if (logo && size) {
      out.push(
        new Paragraph({
          style: STYLE_IDS.figure,
          children: [new ImageRun({ type: logo.type, data: logo.data, transformation: { width: pixels(size.width), height: pixels(size.height) }, altText: { name: page.company, description: page.company, title: page.company } })],
        }),
      );
    }
    if (page.confidential) out.push(new Paragraph({ style: STYLE_IDS.confidential, text: page.confidential }));
    out.push(new Paragraph({ style: STYLE_IDS.title, children: runs(page.title, STYLES.title, geometry.contentWidth) }));
    out.push(new Paragraph({ style: STYLE_IDS.company, children: runs(page.company, STYLES.company, geometry.contentWidth) }));
    for (const fact of page.facts) {
      out.push(new Paragraph({ style: STYLE_IDS.factLabel, text: fact.label }));
      for (const line of fact.lines) out.push(new Paragraph({ style: STYLE_IDS.factValue, children: runs(line, STYLES.factValue, geometry.contentWidth) }));
    }
    return out;
  };

  const heading = (block: HeadingBlock): Paragraph => {
    const style = block.level === 1 ? STYLE_IDS.heading1 : block.level === 2 ? STYLE_IDS.heading2 : STYLE_IDS.heading3;
    const text = block.level === 1 ? STYLES.heading1 : block.level === 2 ? STYLES.heading2 : STYLES.heading3;
    const reference = block.level === 1 ? null : runOf.get(block.level === 2 ? block.id : lastChapterId(block)) ?? HEADING_NUMBERING;
    return new Paragraph({
      style,
      children: runs(block.text, text, geometry.contentWidth - 40),
      // An unnumbered chapter (document control, executive summary) turns off the style's numbering.
      ...(block.level === 2 && block.number === '' ? { numbering: false as const } : reference && reference !== HEADING_NUMBERING ? { numbering: { reference, level: block.level - 2 } } : {}),
    });
  };
  const chapterOfSub = new Map<string, string>();
  {
    let chapter = '';
    for (const h of headings) {
      if (h.level === 2) chapter = h.id;
      if (h.level === 3) chapterOfSub.set(h.id, chapter);
    }
  }
  const lastChapterId = (block: HeadingBlock) => chapterOfSub.get(block.id) ?? '';

  let listInstance = 0;
  const list = (items: string[], ordered: boolean): Paragraph[] => {
    listInstance += 1;
    const instance = listInstance;
    return items.map(
      (item) =>
        new Paragraph({
          style: ordered ? STYLE_IDS.listNumber : STYLE_IDS.listBullet,
          numbering: { reference: ordered ? NUMBERS : BULLETS, level: 0, instance },
          children: runs(item, STYLES.body, geometry.textWidth - 16),
        }),
    );
  };

  const caption = (block: { caption: TableBlock['caption'] }, style: string, continued = false, bookmarkId?: string): Paragraph => {
    if (continued) return new Paragraph({ style, text: captionText(labels, block.caption, true) });
    const { before, after } = captionLabelParts(labels, block.caption);
    const children: ParagraphChild[] = [];
    if (before) children.push(new TextRun(before));
    // The number is a SEQ field named as the label ("Table", "táblázat"), so Word counts tables and figures and can list them.
    children.push(new SequentialIdentifier(captionLabelName(block.caption.kind === 'table' ? labels.table : labels.figure)));
    children.push(new TextRun(`${after}${labels.captionSeparator}${block.caption.text}${block.caption.source ? ` ${block.caption.source}` : ''}`));
    // The list of tables and figures links here and gives this page (a PAGEREF the page estimate fills in).
    return new Paragraph({ style, children: bookmarkId ? [new Bookmark({ id: bookmarkId, children })] : children });
  };
  /** Bookmarks of the captions, by block id: "_Cap1"…, hidden in Word's bookmark list as "_Toc…" are. */
  const captionBookmarks = new Map(captionsOf(model).map(({ id }, i) => [id, `_Cap${i + 1}`]));

  const table = (block: TableBlock): Child[] =>
    fitTable(block, geometry.contentWidth, measureText).flatMap((part) => {
      const total = part.rows.at(-1)?.emphasis === 'total';
      const lastBody = total ? part.rows.length - 1 : part.rows.length;
      const paragraphStyle = (right: boolean, kind: 'header' | 'body' | 'total', keepNext: boolean) =>
        kind === 'header'
          ? right
            ? STYLE_IDS.tableHeadingFigure
            : STYLE_IDS.tableHeading
          : kind === 'total'
            ? right
              ? STYLE_IDS.tableTotalFigure
              : STYLE_IDS.tableTotal
            : right ? (keepNext ? STYLE_IDS.tableFigureKeep : STYLE_IDS.tableFigure) : keepNext ? STYLE_IDS.tableTextKeep : STYLE_IDS.tableText;
      const cell = (text: string, index: number, kind: 'header' | 'body' | 'total', keepNext: boolean) => {
        const column = part.columns[index]!;
        const style = kind === 'body' ? STYLES.tableText : STYLES.tableHeader;
        return new TableCell({
          width: { size: twips(column.width), type: WidthType.DXA },
          children: text.split('\n').map(
            (line) =>
              new Paragraph({
                style: paragraphStyle(column.align === 'right', kind, keepNext),
                // Figures never wrap (their columns are wide enough): only text gets break points.
                children: [new TextRun({ children: column.align === 'right' ? [line] : hyphenated(withSoftHyphens(line, breakLines(line, style, column.width - 2 * TABLE.padX - WIDTH_SAFETY, language))) })],
              }),
          ),
        });
      };
      const rows = [
        new TableRow({ tableHeader: true, cantSplit: true, children: part.columns.map((c, i) => cell(c.header, i, 'header', true)) }),
        ...part.rows.map((row, r) => {
          // The first body row keeps with the second, and the last two keep with the total.
          const keepNext = r === 0 || (total && r >= lastBody - 2 && r < part.rows.length - 1);
          const tall = Math.max(...row.cells.map((c) => c.length)) > 600;
          return new TableRow({ cantSplit: !tall, children: row.cells.map((text, i) => cell(text, i, row.emphasis === 'total' ? 'total' : 'body', keepNext)) });
        }),
      ];
      return [
        caption(part, STYLE_IDS.caption, part.continued, part.continued ? undefined : captionBookmarks.get(block.id)),
        new Table({
          style: TABLE_STYLE_ID,
          width: { size: twips(geometry.contentWidth), type: WidthType.DXA },
          columnWidths: part.columns.map((c) => twips(c.width)),
          layout: TableLayoutType.FIXED,
          tableLook: { firstRow: true, lastRow: total, noHBand: true, noVBand: true, firstColumn: false, lastColumn: false },
          rows,
        }),
        ...(part.note ? [new Paragraph({ style: STYLE_IDS.tableNote, children: runs(part.note, STYLES.note, geometry.contentWidth) })] : []),
      ];
    });

  const chart = (block: ChartBlock): Child[] => {
    const data = block.chart;
    const legend = layoutLegend(data, geometry.contentWidth, language);
    const axisFont = { name: FONT_FAMILIES.sans, size: CHART.fontSize, color: '4A545E' };
    const size = { width: pixels(geometry.contentWidth), height: pixels(plotHeight(data, geometry.contentWidth) + legend.height) };
    const altText = { name: captionText(labels, block.caption), description: captionText(labels, block.caption), title: captionText(labels, block.caption) };
    const figure = (run: ChartRun): Child[] => [new Paragraph({ style: STYLE_IDS.figure, children: [run] }), caption(block, STYLE_IDS.figureCaption, false, captionBookmarks.get(block.id))];
    if (data.valueUnit === 'date') {
      const timeline = timelineChart(data, language);
      // The legend is a line of text under the chart: readers disagree on which entries a chart's own
      // legend leaves out (LibreOffice counts them backwards in a bar chart), and the offsets have entries.
      const legendLine = new Paragraph({
        style: STYLE_IDS.figureLegend,
        // Each swatch in its series' colour: the one formatting of a run's own the document has.
        children: data.series.flatMap((s, i) => [new TextRun({ text: `${i === 0 ? '' : '\u00A0\u00A0 '}\u25A0\u00A0`, color: hex(s.color) }), new TextRun(s.name)]),
      });
      const [plot, ...rest] = figure(
        new ChartRun({
          type: 'bar',
          stacking: 'stacked',
          overlap: 100,
          gapWidth: 60,
          categories: data.categories,
          series: timeline.series,
          font: { name: FONT_FAMILIES.sans },
          legend: false,
          chartArea: { border: 'none' },
          // Rows from the top, as in the table; the date axis under them.
          categoryAxis: { font: axisFont, reverseOrder: true },
          valueAxis: { font: axisFont, ...timeline.axis, crossesAt: 'maximum' },
          transformation: { width: size.width, height: pixels(plotHeight(data, geometry.contentWidth)) },
          altText,
        }),
      );
      return [plot!, legendLine, ...rest];
    }
    const inPercent = data.valueUnit === 'percent';
    const money = data.series.filter((s) => s.axis === 'primary').flatMap((s) => s.values.filter((v): v is number => v !== null));
    const scale = inPercent ? { unit: 'one' as const, divisor: 1, decimals: 0 } : amountScale(money, data.currency);
    // The unit as the document's text writes it ("HUF m", "Mrd Ft"), not English abbreviations in a Hungarian chart.
    const unit = inPercent ? '' : scaleUnitLabel(scale, data.currency, data.locale);
    const percent = data.series.some((s) => s.axis === 'secondary');
    const allLines = data.series.every((s) => s.type === 'line');
    const series = data.series.map((s) => ({
      name: s.name,
      color: hex(s.color),
      values: s.axis === 'primary' && !inPercent ? s.values.map((v) => (v === null ? null : Math.round((v / scale.divisor) * 10) / 10)) : s.values,
      ...(s.type === 'line' ? { ...(allLines ? {} : { type: 'line' as const }), markers: { shape: 'circle' as const, size: 5 }, ...(s.dashed ? { line: { color: hex(s.color), dash: 'dash' as const } } : {}) } : {}),
      ...(s.axis === 'secondary' ? { axis: 'secondary' as const } : {}),
    }));
    const common = {
      categories: data.categories,
      series,
      font: { name: FONT_FAMILIES.sans },
      legend: { position: 'bottom' as const, font: { ...axisFont, color: '1F2328' } },
      chartArea: { border: 'none' as const },
      // Word draws a bar chart's first category at the bottom: reversed, the list reads from the top as in the table.
      categoryAxis: { font: axisFont, ...(data.horizontal ? { reverseOrder: true } : {}) },
      valueAxis: { font: axisFont, numberFormat: inPercent ? '0"%"' : '#,##0', ...(unit ? { title: { text: unit, font: axisFont } } : {}), ...(data.horizontal ? { crossesAt: 'maximum' as const } : {}) },
      ...(percent ? { secondaryValueAxis: { font: axisFont, numberFormat: '0"%"', minimum: data.percentRange?.min ?? 0, maximum: data.percentRange?.max ?? 100 } } : {}),
      transformation: size,
      altText,
    };
    const stacking = data.stacked ? ('stacked' as const) : ('none' as const);
    const bars = data.stacked ? { overlap: 100, gapWidth: data.horizontal ? 50 : 60 } : { gapWidth: 80 };
    return figure(allLines ? new ChartRun({ type: 'line', ...common }) : new ChartRun({ type: data.horizontal ? 'bar' : 'column', stacking, ...bars, ...common }));
  };

  const body: Child[] = [];
  model.blocks.forEach((block, index) => {
    const before = model.blocks[index - 1];
    switch (block.kind) {
      case 'contents':
        body.push(new Paragraph({ style: STYLE_IDS.contentsTitle, text: block.title }), new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-3' }));
        return;
      case 'captionList':
        body.push(
          new Paragraph({ style: STYLE_IDS.contentsTitle, text: block.title }),
          ...captionsOf(model).map(({ id, caption: entry }) => {
            const bookmark = captionBookmarks.get(id)!;
            return new Paragraph({ style: 'TOC2', children: [new InternalHyperlink({ anchor: bookmark, children: [new TextRun(captionEntry(labels, entry))] }), new TextRun('\t'), new PageReference(bookmark, { hyperlink: true })] });
          }),
        );
        return;
      case 'heading':
        body.push(heading(block));
        return;
      case 'paragraph':
        body.push(new Paragraph({ style: before?.kind === 'table' ? STYLE_IDS.bodyAfterTable : STYLE_IDS.body, children: runs(block.text, STYLES.body, geometry.textWidth) }));
        return;
      case 'placeholder':
        body.push(new Paragraph({ style: STYLE_IDS.placeholder, children: runs(block.text, STYLES.placeholder, geometry.textWidth) }));
        return;
      case 'list': {
        const items = list(block.items, block.ordered);
        body.push(...items);
        return;
      }
      case 'table':
        body.push(...table(block));
        return;
      case 'chart':
        body.push(...chart(block));
        return;
    }
  });

  const footerStyle = STYLE_IDS.footer;
  const pageOf = labels.pageOf.split(/(\{page\}|\{pages\})/).filter(Boolean);
  const document = new Document({
    creator: meta.authors.join('; ') || 'Commercial Policy Builder',
    title: meta.title,
    subject: meta.subject,
    keywords: meta.keywords.join(', '),
    description: meta.companyName,
    lastModifiedBy: 'Commercial Policy Builder',
    // The contents and page references carry their page numbers (laid out as Word lays the pages out), so no reader is asked to update fields.
    pageNumbers: withHeadingNumbers(pageNumberEstimator(), headings.map((h) => h.number)),
    ...(withFonts
      ? {
          fonts: [
            { name: FONT_FAMILIES.serif, data: fontBytes('serif'), bold: fontBytes('serifBold'), italic: fontBytes('serifItalic') },
            { name: FONT_FAMILIES.sans, data: fontBytes('sans'), bold: fontBytes('sansBold') },
          ],
        }
      : {}),
    styles,
    externalStyles,
    numbering: { config: numberingConfig },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(geometry.width), height: twips(geometry.height) },
            margin: {
              top: twips(geometry.margin.top),
              bottom: twips(geometry.margin.bottom),
              left: twips(geometry.margin.left),
              right: twips(geometry.margin.right),
              header: twips(geometry.headerBaseline - STYLES.furniture.size),
              footer: twips(geometry.height - geometry.footerBaseline - 2),
            },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ style: STYLE_IDS.header, children: [new TextRun(meta.title), ...watermark()] })] }),
          first: new Header({ children: [new Paragraph({ style: STYLE_IDS.body, children: watermark() })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: footerStyle,
                children: [
                  new TextRun(meta.footer),
                  new TextRun('\t'),
                  ...pageOf.map((part) => (part === '{page}' ? new TextRun({ children: [PageNumber.CURRENT] }) : part === '{pages}' ? new TextRun({ children: [PageNumber.TOTAL_PAGES] }) : new TextRun(part))),
                ],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph({ style: footerStyle, children: [] })] }),
        },
        children: [...titlePage(), ...body],
      },
    ],
  });
  return document;

  /** Word's own kind of watermark (Design → Watermark), so a reader can remove it there. */
  function watermark() {
    return meta.draft ? [new TextWatermark({ text: labels.draft.toUpperCase(), font: FONT_FAMILIES.sans, color: 'D0D4D8', opacity: 0.5 })] : [];
  }
}

/** The label of a caption without its number: "Table {n}" -> "Table", "{n}. ábra" -> "ábra". */
const captionLabelName = (template: string) => template.replace('{n}', '').replace(/^[\s.]+|[\s.]+$/g, '');

/**
 * The estimator, told the headings' numbers (which the model already has) instead of working them
 * out by reading the whole document a second time: about 40% of a DOCX export's time.
 */
function withHeadingNumbers(estimate: PageNumberEstimator, numbers: string[]): PageNumberEstimator {
  const listNumbers = (body: IXmlableObject) => {
    const bookmarks = headingBookmarksIn(body);
    return new Map(
      bookmarks.flatMap((name, i) => {
        const text = numbers[i]?.replace(/\.$/, '') ?? '';
        // Our levels write "4.3." (the list's own text) followed by a space.
        return text ? [[name, { text: `${text}.`, separator: 'space' as const, width: (text.length + 1) * 120 }] as const] : [];
      }),
    );
  };
  return Object.assign((body: IXmlableObject, context: Parameters<PageNumberEstimator>[1]) => estimate(body, context), { listNumbers });
}

/** The names of the contents' bookmarks on the headings, in document order. */
function headingBookmarksIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) headingBookmarksIn(child, found);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'w:bookmarkStart') {
        const name = (value as { _attr?: Record<string, unknown> })._attr?.['w:name'];
        if (typeof name === 'string' && name.startsWith('_Toc')) found.push(name);
      } else if (key !== '_attr') headingBookmarksIn(value, found);
    }
  }
  return found;
}

let estimator: ReturnType<typeof estimatePageNumbersWith> | null = null;
/** One estimator per process, given our font files once (it measures text in them). */
function pageNumberEstimator() {
  estimator ??= estimatePageNumbersWith({
    fonts: FACE_NAMES.map((face) => ({ data: fontBytes(face) })),
    // Widths from the export's own cache of shaped words (the same numbers the columns were fitted with).
    // A soft hyphen has no width unless a line breaks there (docx then measures the hyphen itself).
    measureWidth: (text, font) => measureText(text.replace(/\u00AD/g, ''), faceOf(font), font.size),
  });
  return estimator;
}

const faceOf = (font: { name: string; bold: boolean; italic: boolean }): Face =>
  font.name === FONT_FAMILIES.serif ? (font.bold ? 'serifBold' : font.italic ? 'serifItalic' : 'serif') : font.bold ? 'sansBold' : 'sans';


