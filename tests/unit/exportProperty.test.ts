import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../main/services/export/exportDocument';
import { projectIssues } from '../../shared/project/validate';
import { arbitraryProject } from '../support/arbitraryProject';

// Every schema-valid project exports, in both formats, to files that read back: a small sample
// of what `npm run fuzz` does with thousands (names in any script, 0–50 entries in every list,
// huge and empty numbers, every optional chapter, damaged logos). fast-check prints the seed of
// any failure, so it can be replayed.

const python = ['/usr/bin/python3'].find((path) => existsSync(path) && spawnSync(path, ['-c', 'import docx']).status === 0);
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-property-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('exporting any valid project', () => {
  it('never throws; the PDF passes qpdf --check, the DOCX reads in python-docx and LibreOffice', async () => {
    const docxFiles: string[] = [];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryProject, async (project) => {
        expect(projectIssues(project)).toEqual([]);
        run += 1;
        for (const format of ['pdf', 'docx'] as const) {
          const result = await renderDocument(project, { format, draft: run % 2 === 0, paper: run % 3 === 0 ? 'LETTER' : 'A4' });
          // The one refusal a valid file can meet: a damaged logo, with a message that says what to do.
          if (!result.ok) {
            expect(result.error.reason).toBe('logoUnreadable');
            continue;
          }
          const file = join(dir, `${run}.${format}`);
          await writeFile(file, result.value);
          if (format === 'pdf') {
            const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
            expect(check.status, check.stdout + check.stderr).toBe(0);
          } else {
            docxFiles.push(file);
            if (python) execFileSync(python, ['-c', 'import docx,sys\nd=docx.Document(sys.argv[1])\n[p.text for p in d.paragraphs]\n[c.text for t in d.tables for r in t.rows for c in r.cells]', file], { stdio: 'pipe' });
          }
        }
      }),
      { numRuns: 8 },
    );
    if (soffice && docxFiles.length > 0) {
      const sample = docxFiles.slice(0, 3);
      execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), ...sample], { stdio: 'pipe', timeout: 600_000 });
      for (const file of sample) expect(existsSync(join(dir, 'lo', file.replace(/^.*[/\\]/, '').replace('.docx', '.pdf'))), file).toBe(true);
    }
  }, 900_000);
});
