import { disk } from '../files/disk';
import { buildDocument } from '../../../shared/document/build';
import { pageGeometry } from '../../../shared/layout/theme';
import type { Language } from '../../../shared/project/primitives';
import type { Project } from '../../../shared/project/schema';
import { err, ok, type Result } from '../../../shared/result';
import type { SectionId } from '../../../shared/sections/catalogue';
import { fileAccessError } from '../fileErrors';
import { plotHeight } from '../../../shared/charts/size';
import { placeLogo } from './logo';

export type ExportFormat = 'pdf' | 'docx';

export interface ExportOptions {
  format: ExportFormat;
  /** The document's language; the project's output language when omitted. */
  language?: Language | undefined;
  draft: boolean;
  paper: 'A4' | 'LETTER';
  /** #RRGGBB; the project's accent colour when omitted. */
  accent?: string | undefined;
  /** Chapters to include; all when omitted. */
  chapters?: readonly SectionId[] | undefined;
}

/** The sibling file for another format: "plan.pdf" -> "plan.docx". */
export const pathForFormat = (path: string, format: ExportFormat) => `${path.replace(/\.(pdf|docx)$/i, '')}.${format}`;

/** The deliverable's bytes in one format, built in memory. */
export async function renderDocument(project: Project, options: ExportOptions): Promise<Result<Buffer>> {
  const meta = {
    ...project.meta,
    outputLanguage: options.language ?? project.meta.outputLanguage,
    branding: { ...project.meta.branding, accentColor: options.accent ?? project.meta.branding.accentColor },
  };
  const source: Project = { ...project, meta };
  const logo = placeLogo(meta.branding.logo);
  if (!logo.ok) return logo;
  const model = buildDocument(source, { draft: options.draft, ...(options.chapters ? { chapters: options.chapters } : {}) });
  // Each writer (and the chart library) is loaded when first needed: the command line starts faster.
  if (options.format === 'docx') {
    const { writeDocx } = await import('./docx/docxWriter');
    return ok(await writeDocx(model, { paper: options.paper, logo: logo.value }));
  }
  const { contentWidth } = pageGeometry(options.paper);
  const charts = new Map<string, string>();
  const chartBlocks = model.blocks.filter((b) => b.kind === 'chart');
  if (chartBlocks.length > 0) {
    const { renderChartSvg } = await import('./chartSvg');
    for (const block of chartBlocks) charts.set(block.id, renderChartSvg(block.chart, { width: contentWidth, height: plotHeight(block.chart, contentWidth) }, model.meta.language));
  }
  const { writePdf } = await import('./pdf/pdfWriter');
  return ok(await writePdf(model, { paper: options.paper, charts, logo: logo.value }));
}

/** Writes a rendered document atomically: a failure never leaves a partial file or replaces a good one. */
export async function writeExport(data: Buffer, out: string): Promise<Result<{ path: string; bytes: number }>> {
  try {
    await disk.writeAtomically(out, data);
  } catch (e) {
    return err(fileAccessError(e, out, 'write'));
  }
  return ok({ path: out, bytes: data.length });
}

/** Renders the deliverable in this process and writes it. */
export async function exportDocument(project: Project, options: ExportOptions, out: string): Promise<Result<{ path: string; bytes: number }>> {
  const rendered = await renderDocument(project, options);
  return rendered.ok ? writeExport(rendered.value, out) : rendered;
}
