// `npm run fuzz -- --runs 2000 [--seed 42] [--libreoffice 100] [--keep]`: exports random
// schema-valid projects (tests/support/arbitraryProject) to PDF and DOCX in the app's export
// workers, then reads every file back: every PDF with qpdf --check, every DOCX with python-docx,
// a sample of the DOCX files with LibreOffice. Prints what failed, with the seed and index to
// reproduce it; exits 1 when anything did. Started by hand (a full run takes a while); `npm test`
// runs a small sample of the same as a property test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { workerRenderer } from '../../main/services/export/renderer';
import type { Project } from '../../shared/project/schema';
import { projectIssues } from '../../shared/project/validate';
import { arbitraryProject } from '../support/arbitraryProject';
import { REPO_ROOT } from '../support/paths';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    libreoffice: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
/** Longer than LibreOffice takes over the largest valid project here (about 10 s), by far. */
const LIBREOFFICE_LIMIT_S = 180;

/** Runs a program in its own process group; past `limitMs`, the whole group is killed (LibreOffice leaves helpers behind). */
function run(command: string, args: string[], limitMs = 3_600_000): Promise<{ stdout: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, limitMs);
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ stdout, timedOut });
    });
  });
}
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const workerScript = join(REPO_ROOT, 'out', 'main', 'exportWorker.js');
if (!existsSync(workerScript)) throw new Error('Run `npm run build` first: the fuzz run uses the built export worker.');

const dir = await mkdtemp(join(tmpdir(), 'cpb-fuzz-'));
const failures: string[] = [];
const fail = (index: number, what: string) => {
  failures.push(`#${index}: ${what}`);
  console.log(`  FAIL #${index}: ${what}`);
};
console.log(`Fuzzing the export: ${runs} projects, seed ${seed}, files in ${dir}`);

const projects = fc.sample(arbitraryProject, { numRuns: runs, seed });
const parallel = Math.max(1, Math.min(4, availableParallelism()));
const renderers = Array.from({ length: parallel }, () => workerRenderer(workerScript));
const pdfs: string[] = [];
const docxs: string[] = [];
const times: number[] = [];
const slowest: { index: number; format: string; ms: number }[] = [];
let expectedErrors = 0;

const exportOne = async (project: Project, index: number, renderer: (typeof renderers)[number]) => {
  const issues = projectIssues(project);
  if (issues.length > 0) return fail(index, `the generator made an invalid project: ${issues[0]!.path}: ${issues[0]!.message}`);
  for (const format of ['pdf', 'docx'] as const) {
    const start = performance.now();
    const result = await renderer.render(project, { format, draft: index % 2 === 0, paper: index % 3 === 0 ? 'LETTER' : 'A4' });
    const ms = performance.now() - start;
    times.push(ms);
    slowest.push({ index, format, ms });
    if (!result.ok) {
      // A damaged logo is refused with a message that says what to do: that is the right answer.
      if (result.error.reason === 'logoUnreadable') expectedErrors += 1;
      else fail(index, `${format}: ${result.error.message}`);
      continue;
    }
    const file = join(dir, `${index}.${format}`);
    await writeFile(file, result.value);
    (format === 'pdf' ? pdfs : docxs).push(file);
  }
};

let next = 0;
let done = 0;
await Promise.all(
  renderers.map(async (renderer) => {
    while (next < projects.length) {
      const index = next++;
      await exportOne(projects[index]!, index, renderer);
      done += 1;
      if (done % 100 === 0) console.log(`  ${done}/${projects.length} projects exported`);
    }
  }),
);
await Promise.all(renderers.map((r) => r.close()));

console.log(`Checking ${pdfs.length} PDFs with qpdf…`);
for (const pdf of pdfs) {
  const check = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
  if (check.status !== 0) fail(Number(/(\d+)\.pdf$/.exec(pdf)![1]), `qpdf --check: ${(check.stdout + check.stderr).trim().split('\n').slice(-2).join(' ')}`);
}

const python = ['/usr/bin/python3'].find((path) => existsSync(path));
if (python && docxs.length > 0) {
  console.log(`Reading ${docxs.length} DOCX files with python-docx…`);
  const script = 'import docx,sys\nfor path in sys.argv[1:]:\n  try:\n    d=docx.Document(path); [p.text for p in d.paragraphs]; [c.text for t in d.tables for r in t.rows for c in r.cells]\n  except Exception as e:\n    print(path, repr(e)[:200])';
  // One reader per core: python-docx takes a while over large tables.
  const chunks = Array.from({ length: parallel }, (_, c) => docxs.filter((_, i) => i % parallel === c));
  const outputs = await Promise.all(chunks.filter((chunk) => chunk.length > 0).map((chunk) => run(python, ['-c', script, ...chunk])));
  for (const { stdout } of outputs) for (const row of stdout.trim().split('\n').filter(Boolean)) fail(Number(/(\d+)\.docx/.exec(row)?.[1] ?? -1), `python-docx: ${row}`);
} else console.log('python-docx is not installed (Debian: python3-docx); DOCX files not read.');

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const sample = docxs.filter((_, i) => i % Math.max(1, Math.floor(docxs.length / Number(values.libreoffice))) === 0).slice(0, Number(values.libreoffice));
if (soffice && sample.length > 0) {
  console.log(`Converting ${sample.length} DOCX files with LibreOffice, one at a time (a file it has not laid out in ${LIBREOFFICE_LIMIT_S} s counts as a failure)…`);
  const outDir = join(dir, 'libreoffice');
  for (const docx of sample) {
    const index = Number(/(\d+)\.docx$/.exec(docx)![1]);
    const args = ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, docx];
    const { timedOut } = await run(soffice, args, LIBREOFFICE_LIMIT_S * 1000);
    const pdf = join(outDir, docx.replace(/^.*[/\\]/, '').replace(/\.docx$/, '.pdf'));
    if (timedOut) fail(index, `LibreOffice had not laid it out after ${LIBREOFFICE_LIMIT_S} s`);
    else if (!existsSync(pdf) || spawnSync('pdfinfo', [pdf]).status !== 0) fail(index, 'LibreOffice could not open it');
  }
}

const sorted = [...times].sort((a, b) => a - b);
console.log(
  `\n${projects.length} projects, ${pdfs.length} PDF and ${docxs.length} DOCX files; ${expectedErrors} damaged logos refused with a message; ` +
    `export median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms, slowest ${Math.round(sorted.at(-1) ?? 0)} ms; ${failures.length} failures (seed ${seed}).`,
);
console.log(`slowest: ${[...slowest].sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => `#${s.index} ${s.format} ${Math.round(s.ms)} ms`).join(', ')}`);
if (!values.keep && failures.length === 0) await rm(dir, { recursive: true, force: true });
process.exitCode = failures.length > 0 ? 1 : 0;
