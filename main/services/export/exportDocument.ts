import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { imageSize } from 'image-size';
import writeFileAtomic from 'write-file-atomic';
import { buildDocument } from '../../../shared/document/build';
import { documentTexts, fill } from '../../../shared/document/texts';
import { computeForecast } from '../../../shared/forecast/engine';
import type { Language } from '../../../shared/project/primitives';
import type { Logo, Project } from '../../../shared/project/schema';
import { appError, err, ok, type Result } from '../../../shared/result';
import type { SectionId } from '../../../shared/sections/catalogue';
import { fileAccessError } from '../fileErrors';
import { unpackedPath } from '../paths';
import { renderChartSvgs } from './chartSvg';
import { writeDocx } from './docxWriter';
import { writePdf } from './pdfWriter';

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

/** A logo the writers can place: its bytes and its size in pixels. */
export interface PlacedLogo {
  data: Buffer;
  width: number;
  height: number;
  type: 'png' | 'jpg';
}

/** DejaVu Sans (free to redistribute; Latin Extended-A and Cyrillic), shipped as an npm package. */
export function fontFiles() {
  const dir = unpackedPath(join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf'), italic: join(dir, 'DejaVuSans-Oblique.ttf'), chart: join(dir, 'DejaVuSansCondensed.ttf') };
}

/** The schema checked the logo's signature; this reads its header, so a truncated image fails here, not half-way through a writer. */
function placeLogo(logo: Logo | null): Result<PlacedLogo | null> {
  if (!logo) return ok(null);
  const data = Buffer.from(logo.data, 'base64');
  try {
    const size = imageSize(data);
    const type = size.type === 'png' ? 'png' : size.type === 'jpg' ? 'jpg' : null;
    if (type && size.width > 0 && size.height > 0) return ok({ data, width: size.width, height: size.height, type });
  } catch {
    // Reported below with what to do.
  }
  const message = 'The logo could not be read as a PNG or JPEG image. Choose the logo again in Details → Branding, or remove it.';
  return err(appError('invalidProject', message, { issues: [{ path: 'meta.branding.logo', message }], reason: 'logoUnreadable' }));
}

/** The sibling file for another format: "plan.pdf" -> "plan.docx". */
export const pathForFormat = (path: string, format: ExportFormat) => `${path.replace(/\.(pdf|docx)$/i, '')}.${format}`;

/** Renders the deliverable and writes it atomically: a failure never leaves a partial file. */
export async function exportDocument(project: Project, options: ExportOptions, out: string): Promise<Result<{ path: string; bytes: number }>> {
  const meta = {
    ...project.meta,
    outputLanguage: options.language ?? project.meta.outputLanguage,
    branding: { ...project.meta.branding, accentColor: options.accent ?? project.meta.branding.accentColor },
  };
  const source: Project = { ...project, meta };
  const logo = placeLogo(meta.branding.logo);
  if (!logo.ok) return logo;
  const model = buildDocument(source, { draft: options.draft, ...(options.chapters ? { chapters: options.chapters } : {}) });
  const texts = documentTexts(model.meta.language);
  const charts =
    source.salesPlan.forecast.lines.length > 0 && model.blocks.some((b) => b.kind === 'chart')
      ? renderChartSvgs(computeForecast(source), model.meta.languageTag, {
          grossMargin: texts.values.grossMargin,
          marginPercent: texts.values.marginPercent,
          otherLines: (count) => fill(texts.values.otherLines, { count }),
        })
      : {};
  const fonts = fontFiles();
  const data =
    options.format === 'pdf'
      ? await writePdf(model, { paper: options.paper, fonts, charts, logo: logo.value?.data ?? null })
      : await writeDocx(model, { paper: options.paper, fonts, charts, logo: logo.value });
  try {
    await writeFileAtomic(out, data);
  } catch (e) {
    return err(fileAccessError(e, out, 'write'));
  }
  return ok({ path: out, bytes: data.length });
}
