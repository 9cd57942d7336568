import type { ChartData } from '../charts/definitions';
import type { Language } from '../project/primitives';
import type { Logo } from '../project/schema';

/**
 * The format-neutral document: what the deliverable says, in order, with every number already
 * formatted and every text cleaned and typeset for the output language (quotes, dashes). The
 * HTML preview, DOCX and PDF writers lay it out; none of them decides content (pandoc's model:
 * one AST, many writers). The title page and the contents are part of it.
 */

export type Align = 'left' | 'right';

export interface TableColumn {
  header: string;
  /** Right-aligned columns hold figures: they never wrap, and use tabular figures. */
  align: Align;
}

/** A table column: a text column, or right-aligned figures. */
export const tableColumn = (header: string, align: Align = 'left'): TableColumn => ({ header, align });

export interface TableRow {
  cells: string[];
  /** Totals rows are set in bold with a rule above, and stay with the rows they add up. */
  emphasis?: 'total';
}

/** A numbered caption: "Table 3. Credit terms by channel". */
export interface Caption {
  kind: 'table' | 'figure';
  number: number;
  text: string;
  /** Where the figures come from ("Source: sales forecast, chapter 7."): printed after the text, left out of the list of tables and figures. */
  source?: string;
}

export interface TableBlock {
  kind: 'table';
  id: string;
  caption: Caption;
  columns: TableColumn[];
  rows: TableRow[];
  note?: string;
  /** The first column names each row: it repeats when a wide table is split into column groups. */
  rowHeaders: boolean;
  /** A matrix that may be turned (rows for columns) when that fits the page better; `corner` heads the first column once turned. */
  turnable?: { corner: string };
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1: a part of the document; 2: a chapter; 3: a chapter's sub-part. */
  level: 1 | 2 | 3;
  /** "7." or "7.2." from the section catalogue; "" for parts. */
  number: string;
  text: string;
  id: string;
}

export type Block =
  | HeadingBlock
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | TableBlock
  | { kind: 'chart'; id: string; caption: Caption; chart: ChartData }
  | { kind: 'placeholder'; text: string }
  /** Where the table of contents goes; its entries are the headings. */
  | { kind: 'contents'; title: string }
  /** The list of tables and figures, after the contents; its entries are the captions. */
  | { kind: 'captionList'; title: string };

export interface TitlePage {
  logo: Logo | null;
  /** "Confidential", when the document is. */
  confidential: string | null;
  title: string;
  company: string;
  /** Labelled facts under the title: version and date, authors (one per line), who prepared it. */
  facts: { label: string; lines: string[] }[];
}

export interface DocumentMeta {
  title: string;
  companyName: string;
  authors: string[];
  draft: boolean;
  language: Language;
  /** BCP 47 tag for the document's language property ("en-GB", "hu-HU"). */
  languageTag: string;
  currency: string;
  /** #RRGGBB, used for the company name, top-level headings and table rules. */
  accentColor: string;
  subject: string;
  keywords: string[];
  /** The running footer beside the page number: company, policy reference, version, status, "Confidential". */
  footer: string;
}

export interface DocumentLabels {
  /** "Page {page} of {pages}". */
  pageOf: string;
  draft: string;
  /** "Table {n}" / "{n}. táblázat": the caption label around its number. */
  table: string;
  figure: string;
  /** Between a caption's label and its text. */
  captionSeparator: string;
  /** After the caption of a table's later column groups. */
  continued: string;
}

export interface DocumentModel {
  meta: DocumentMeta;
  labels: DocumentLabels;
  titlePage: TitlePage;
  blocks: Block[];
}

export type ChartBlock = Extract<Block, { kind: 'chart' }>;

/** The entries of the table of contents, from the headings. */
export const headingsOf = (model: Pick<DocumentModel, 'blocks'>) => model.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');

/** The entries of the list of tables and figures: each table's and chart's caption, in order, with the block's id. */
export const captionsOf = (model: Pick<DocumentModel, 'blocks'>) =>
  model.blocks.flatMap((b) => (b.kind === 'table' || b.kind === 'chart' ? [{ id: b.id, caption: b.caption }] : []));

/** "7.2. Sales by year": a heading as printed in the text, the contents and the outline. */
export const headingLabel = (heading: Pick<HeadingBlock, 'number' | 'text'>) => (heading.number ? `${heading.number} ${heading.text}` : heading.text);

/** The label part of a caption ("Table 3"), split around the number so a writer can put a field there. */
export function captionLabelParts(labels: DocumentLabels, caption: Caption): { before: string; after: string } {
  const template = caption.kind === 'table' ? labels.table : labels.figure;
  const [before = '', after = ''] = template.split('{n}');
  return { before, after };
}

/** "Table 3. Credit terms by channel", with "(continued)" for a later part of a split table, and the source where there is one. */
export function captionText(labels: DocumentLabels, caption: Caption, continued = false): string {
  return `${captionEntry(labels, caption)}${continued ? ` ${labels.continued}` : ''}${caption.source ? ` ${caption.source}` : ''}`;
}

/** "Figure 2. Sales grow from …": the caption without its source, as the list of tables and figures gives it. */
export function captionEntry(labels: DocumentLabels, caption: Caption): string {
  const { before, after } = captionLabelParts(labels, caption);
  return `${before}${caption.number}${after}${labels.captionSeparator}${caption.text}`;
}

/** All text a reader sees (title page and body), for checks that every value made it in. */
export function plainTextOf(model: DocumentModel): string {
  const { titlePage } = model;
  const title = [titlePage.confidential ?? '', titlePage.title, titlePage.company, ...titlePage.facts.flatMap((f) => [f.label, ...f.lines])].join('\n');
  return `${title}\n${model.blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return headingLabel(b);
        case 'paragraph':
        case 'placeholder':
          return b.text;
        case 'list':
          return b.items.join('\n');
        case 'table':
          return [captionText(model.labels, b.caption), b.columns.map((c) => c.header).join('\t'), ...b.rows.map((r) => r.cells.join('\t')), b.note ?? ''].join('\n');
        case 'chart':
          return captionText(model.labels, b.caption);
        case 'contents':
        case 'captionList':
          return b.title;
      }
    })
    .join('\n')}`;
}
