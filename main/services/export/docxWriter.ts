import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ChartKind } from '../../../shared/charts/definitions';
import { headerFill } from '../../../shared/document/colors';
import type { Block, DocumentModel } from '../../../shared/document/model';
import type { PlacedLogo } from './exportDocument';
import { hyphenateOverlong } from './hyphenation';

/**
 * Lays the document model out as DOCX with the `docx` package: real Heading 1–3 styles, a TOC
 * field filled in from the headings (so readers that do not update fields still show it), page
 * X of Y fields in the footer, tables whose header row repeats, charts as SVG with a PNG
 * fallback, and DejaVu Sans embedded. Decides no content.
 */

export interface DocxOptions {
  paper: 'A4' | 'LETTER';
  fonts: { regular: string; bold: string; italic: string };
  charts: Partial<Record<ChartKind, string>>;
  logo: PlacedLogo | null;
}

const FONT = 'DejaVu Sans';
const PAGE = { A4: { width: 11906, height: 16838 }, LETTER: { width: 12240, height: 15840 } } as const;
const MARGIN = 1134; // 2 cm in twips
const hex = (color: string) => color.replace('#', '').toUpperCase();

export async function writeDocx(model: DocumentModel, options: DocxOptions): Promise<Buffer> {
  const { meta, labels } = model;
  const page = PAGE[options.paper];
  const textWidth = page.width - 2 * MARGIN; // twips
  const accent = hex(meta.accentColor);
  const [regular, bold, italic] = await Promise.all([readFile(options.fonts.regular), readFile(options.fonts.bold), readFile(options.fonts.italic)]);

  const logo = options.logo;
  // The logo sits at the top of the title page, at most 200 × 80 pt like the PDF's, in proportion.
  const logoScale = logo ? Math.min(1, (200 / 0.75) / logo.width, (80 / 0.75) / logo.height) : 1;
  const titlePage: (Paragraph | TableOfContents)[] = [
    logo
      ? new Paragraph({
          spacing: { after: 1400 },
          children: [new ImageRun({ type: logo.type, data: logo.data, transformation: { width: Math.round(logo.width * logoScale), height: Math.round(logo.height * logoScale) }, altText: { name: meta.companyName, description: meta.companyName, title: meta.companyName } })],
        })
      : new Paragraph({ spacing: { before: 2400 } }),
    ...(meta.confidential ? [new Paragraph({ children: [new TextRun({ text: labels.confidential.toUpperCase(), bold: true, color: 'B3261E', size: 18, characterSpacing: 30 })], spacing: { after: 300 } })] : []),
    new Paragraph({ children: [new TextRun({ text: meta.title, bold: true, size: 52 })], spacing: { after: 200 } }),
    new Paragraph({ children: [new TextRun({ text: meta.companyName, size: 30, color: accent })], spacing: { after: 600 } }),
    ...[
      [labels.version, `${meta.documentVersion} · ${meta.date}`],
      [labels.authors, meta.authors.join('; ')],
      [labels.preparedBy, meta.preparedBy],
    ]
      .filter(([, value]) => value)
      .map(([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true, color: '5F6B76' }), new TextRun(value!)], spacing: { after: 120 } })),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ text: labels.contents, heading: HeadingLevel.TITLE }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];

  const body: (Paragraph | Table | TableOfContents)[] = [];
  let first = true;
  for (const block of model.blocks) {
    body.push(...render(block));
    first = false;
  }

  function render(block: Block): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'heading': {
        const heading = block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
        return [new Paragraph({ text: `${block.number ? `${block.number} ` : ''}${block.text}`, heading, pageBreakBefore: block.level === 1 && !first, keepNext: true })];
      }
      case 'paragraph':
        return [new Paragraph({ text: block.text, spacing: { after: 120 } })];
      case 'placeholder':
        return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true, color: '8A6100' })], spacing: { after: 120 } })];
      case 'list':
        return block.items.map((item) => new Paragraph({ text: item, numbering: { reference: block.ordered ? 'numbers' : 'bullets', level: 0 } }));
      case 'table': {
        // Figures never wrap: a right-aligned column is at least as wide as its longest figure
        // (about 100 twips a character at 8 pt, 120 for the longest word of the bold header,
        // plus the cell margins); text columns share the rest.
        const longestWord = (text: string) => Math.max(...text.split(/\s+/).map((w) => w.length));
        const minimum = block.columns.map((c, i) => (c.align === 'right' ? Math.max(longestWord(c.header) * 120, ...block.rows.map((r) => (r.cells[i] ?? '').length * 100)) + 220 : 0));
        const total = block.columns.reduce((a, c) => a + c.width, 0);
        const proportional = block.columns.map((c) => Math.max((c.width / total) * textWidth, minimum[block.columns.indexOf(c)]!));
        const numeric = proportional.reduce((a, w, i) => a + (block.columns[i]!.align === 'right' ? w : 0), 0);
        const textShare = block.columns.reduce((a, c) => a + (c.align === 'right' ? 0 : c.width), 0);
        const widths = proportional.map((w, i) => Math.round(block.columns[i]!.align === 'right' || textShare === 0 ? w : ((textWidth - numeric) * block.columns[i]!.width) / textShare));
        const cell = (text: string, i: number, opts: { header?: boolean; total?: boolean }) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(headerFill(meta.accentColor)) } : undefined,
            margins: { top: 50, bottom: 50, left: 80, right: 80 },
            children: text.split('\n').map(
              (line) =>
                new Paragraph({
                  alignment: block.columns[i]!.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  // A word wider than the column breaks at a syllable (a soft hyphen), not at a letter.
                  children: [new TextRun({ text: hyphenateOverlong(line, meta.language, (word) => word.length * (opts.header ? 120 : 100) <= widths[i]! - 160), bold: opts.header || opts.total, size: 16 })],
                }),
            ),
          });
        const rule = { style: BorderStyle.SINGLE, size: 4, color: 'C8CDD2' };
        return [
          new Paragraph({ children: [new TextRun({ text: block.caption, bold: true, size: 18, color: '5F6B76' })], keepNext: true, spacing: { before: 160, after: 60 } }),
          new Table({
            width: { size: textWidth, type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            borders: { top: rule, bottom: rule, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideHorizontal: rule, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } },
            rows: [
              new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c.header, i, { header: true })) }),
              ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.cells.map((text, i) => cell(text, i, { total: row.emphasis === 'total' })) })),
            ],
          }),
          ...(block.note ? [new Paragraph({ children: [new TextRun({ text: block.note, italics: true, size: 16, color: '5F6B76' })] })] : []),
          new Paragraph({ spacing: { after: 120 } }),
        ];
      }
      case 'chart': {
        const svg = options.charts[block.chart];
        if (!svg) return [];
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1520 }, font: { fontFiles: [options.fonts.regular], defaultFontFamily: FONT, loadSystemFonts: false } }).render().asPng();
        const width = 600;
        const height = 300;
        return [
          new Paragraph({
            keepNext: true,
            // A single-spaced line that grows with the image; a fixed line height would clip it.
            spacing: { line: 240, lineRule: LineRuleType.AUTO },
            children: [new ImageRun({ type: 'svg', data: Buffer.from(svg), fallback: { type: 'png', data: png }, transformation: { width, height }, altText: { name: block.caption, description: block.caption, title: block.caption } })],
          }),
          new Paragraph({ children: [new TextRun({ text: block.caption, bold: true, size: 18, color: '5F6B76' })], spacing: { after: 200 } }),
        ];
      }
    }
  }

  const document = new Document({
    creator: meta.authors.join('; ') || 'Commercial Policy Builder',
    title: meta.title,
    subject: meta.subject,
    keywords: meta.keywords.join(', '),
    description: meta.companyName,
    lastModifiedBy: 'Commercial Policy Builder',
    // Word refreshes the contents (page numbers included) on opening; other readers show the pre-filled entries.
    features: { updateFields: true },
    fonts: [{ name: FONT, data: regular, bold, italic }],
    styles: {
      default: { document: { run: { font: FONT, size: 20, language: { value: meta.languageTag } }, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 36, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 200 } } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 28, bold: true }, paragraph: { spacing: { before: 360, after: 120 } } },
        { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 23, bold: true }, paragraph: { spacing: { before: 240, after: 100 } } },
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 36, bold: true }, paragraph: { spacing: { after: 240 } } },
      ],
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 260 } } } }] },
        { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 300 } } } }] },
      ],
    },
    sections: [
      {
        properties: { titlePage: true, page: { size: page, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: {
          default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: meta.title, size: 16, color: '5F6B76' }), ...watermark()] })] }),
          first: new Header({ children: [new Paragraph({ children: watermark() })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
                children: pageOfRuns(meta.companyName, labels.pageOf),
              }),
            ],
          }),
        },
        children: [...titlePage, ...body],
      },
    ],
  });
  return withPackageProperties(await Packer.toBuffer(document), { company: meta.companyName, languageTag: meta.languageTag });

  /** Word's own kind of watermark (Design → Watermark), so a reader can remove it there. */
  function watermark() {
    return meta.draft ? [new TextWatermark({ text: labels.draft.toUpperCase(), font: FONT, color: 'D0D4D8', opacity: 0.5 })] : [];
  }
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Adds what the docx package does not write: the company (docProps/app.xml) and the document
 * language (dc:language in docProps/core.xml), both shown in Word's and LibreOffice's properties.
 */
function withPackageProperties(docx: Buffer, properties: { company: string; languageTag: string }): Buffer {
  const files = unzipSync(docx);
  const edit = (name: string, change: (xml: string) => string) => {
    const file = files[name];
    if (file) files[name] = strToU8(change(strFromU8(file)));
  };
  edit('docProps/app.xml', (xml) =>
    xml.replace(/<Properties([^>]*?)\/>|<Properties([^>]*)>/, (_m, empty: string | undefined, open: string | undefined) => {
      const inner = `<Application>Commercial Policy Builder</Application><Company>${escapeXml(properties.company)}</Company>`;
      return empty !== undefined ? `<Properties${empty}>${inner}</Properties>` : `<Properties${open}>${inner}`;
    }),
  );
  edit('docProps/core.xml', (xml) => xml.replace('</cp:coreProperties>', `<dc:language>${escapeXml(properties.languageTag)}</dc:language></cp:coreProperties>`));
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** "Company<tab>Page {page} of {pages}" with real PAGE and NUMPAGES fields. */
function pageOfRuns(company: string, template: string): TextRun[] {
  const parts = template.split(/(\{page\}|\{pages\})/);
  return [
    new TextRun({ text: company, size: 16, color: '5F6B76' }),
    new TextRun({ text: '\t', size: 16 }),
    ...parts.filter(Boolean).map((part) =>
      part === '{page}'
        ? new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '5F6B76' })
        : part === '{pages}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '5F6B76' })
          : new TextRun({ text: part, size: 16, color: '5F6B76' }),
    ),
  ];
}
