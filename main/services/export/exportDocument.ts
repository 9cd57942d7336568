import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import writeFileAtomic from 'write-file-atomic';
import { buildDocument } from '../../../shared/document/build';
import { documentTexts } from '../../../shared/document/texts';
import { computeForecast } from '../../../shared/forecast/engine';
import type { Language } from '../../../shared/project/primitives';
import type { Project } from '../../../shared/project/schema';
import { err, ok, type Result } from '../../../shared/result';
import { fileAccessError } from '../fileErrors';
import { renderChartSvgs } from './chartSvg';
import { writeDocx } from './docxWriter';
import { writePdf } from './pdfWriter';

export interface ExportOptions {
  format: 'pdf' | 'docx';
  language?: Language;
  draft: boolean;
  paper: 'A4' | 'LETTER';
  accent: string;
}

/** DejaVu Sans (free to redistribute; Latin Extended-A and Cyrillic), shipped as an npm package. */
function fontFiles() {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf'), italic: join(dir, 'DejaVuSans-Oblique.ttf'), chart: join(dir, 'DejaVuSansCondensed.ttf') };
}

/** Renders the deliverable and writes it atomically: a failure never leaves a partial file. */
export async function exportDocument(project: Project, options: ExportOptions, out: string): Promise<Result<{ path: string; bytes: number }>> {
  const source = options.language ? { ...project, meta: { ...project.meta, outputLanguage: options.language } } : project;
  const model = buildDocument(source, { draft: options.draft });
  const texts = documentTexts(model.meta.language);
  const charts = source.salesPlan.forecast.lines.length > 0 ? renderChartSvgs(computeForecast(source), model.meta.language, { grossMargin: texts.values.grossMargin, marginPercent: texts.values.marginPercent }) : {};
  const writerOptions = { paper: options.paper, accent: options.accent, fonts: fontFiles(), charts };
  const data = options.format === 'pdf' ? await writePdf(model, writerOptions) : await writeDocx(model, writerOptions);
  try {
    await writeFileAtomic(out, data);
  } catch (e) {
    return err(fileAccessError(e, out, 'write'));
  }
  return ok({ path: out, bytes: data.length });
}
