import type { ChartKind } from '../charts/definitions';
import type { Language } from '../project/primitives';
import type { Logo } from '../project/schema';

/**
 * The format-neutral document: what the deliverable says, in order, with every number already
 * formatted for the output language. The HTML preview, DOCX and PDF writers lay it out; none of
 * them decides content (pandoc's model: one AST, many writers).
 */

export type Align = 'left' | 'right';

export interface TableColumn {
  header: string;
  align: Align;
  /** Relative width; writers scale the columns to the page. */
  width: number;
}

export interface TableRow {
  cells: string[];
  /** Totals rows are set in bold with a rule above. */
  emphasis?: 'total';
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; number: string; text: string; id: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; id: string; caption: string; columns: TableColumn[]; rows: TableRow[]; note?: string }
  | { kind: 'chart'; id: string; chart: ChartKind; caption: string }
  | { kind: 'placeholder'; text: string };

export interface DocumentMeta {
  title: string;
  companyName: string;
  documentVersion: string;
  /** Formatted in the document language. */
  date: string;
  authors: string[];
  preparedBy: string;
  confidential: boolean;
  draft: boolean;
  language: Language;
  /** BCP 47 tag for the document's language property ("en-GB", "hu-HU"). */
  languageTag: string;
  currency: string;
  /** The title-page logo, if the project has one. */
  logo: Logo | null;
  /** #RRGGBB, used for the company name, top-level headings and table rules. */
  accentColor: string;
  subject: string;
  keywords: string[];
}

export interface DocumentModel {
  meta: DocumentMeta;
  /** Fixed texts of the page furniture in the document language. */
  labels: { contents: string; pageOf: string; confidential: string; draft: string; version: string; preparedBy: string; authors: string };
  blocks: Block[];
}

/** The entries of the table of contents, from the headings. */
export const headingsOf = (model: DocumentModel) => model.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');

/** All text a reader sees (title page and body), for checks that every value made it in. */
export function plainTextOf(model: DocumentModel): string {
  const { meta } = model;
  const titlePage = [meta.title, meta.companyName, meta.documentVersion, meta.date, ...meta.authors, meta.preparedBy].join('\n');
  return `${titlePage}\n${model.blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `${b.number} ${b.text}`;
        case 'paragraph':
        case 'placeholder':
          return b.text;
        case 'list':
          return b.items.join('\n');
        case 'table':
          return [b.caption, b.columns.map((c) => c.header).join('\t'), ...b.rows.map((r) => r.cells.join('\t')), b.note ?? ''].join('\n');
        case 'chart':
          return b.caption;
      }
    })
    .join('\n')}`;
}
