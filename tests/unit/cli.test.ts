import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/program';
import { REPO_ROOT } from '../support/paths';
import { CURRENT_SCHEMA_VERSION } from '../../shared/project/schema';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date('2026-11-28T10:00:00Z'), dataDir: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the command line', () => {
  it('lists the templates', async () => {
    const { code, out } = await cli('templates');
    expect(code).toBe(0);
    expect(out).toMatch(/^blank\s+en\s+Untitled commercial policy$/m);
    expect(out).toMatch(/^duna-cargo\s+en\s+Commercial Policy of Duna Cargo/m);
  });

  it('writes a new project that validates', async () => {
    const file = join(dir, 'd.json');
    const created = await cli('new', '--template', 'duna-cargo', '--out', file);
    expect(created).toMatchObject({ code: 0, out: `Wrote ${file}` });
    expect(await cli('validate', file)).toEqual({ code: 0, out: 'OK', err: '' });
    expect(JSON.parse(await readFile(file, 'utf8')).meta.createdAt).toBe('2026-11-28T10:00:00.000Z');
  });

  it('refuses to replace an existing file unless told to', async () => {
    const file = join(dir, 'd.json');
    await writeFile(file, 'keep me');
    const again = await cli('new', '--template', 'blank', '--out', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists.*--force/);
    expect(await readFile(file, 'utf8')).toBe('keep me');
    expect((await cli('new', '--template', 'blank', '--out', file, '--force')).code).toBe(0);
  });

  it('fails a truncated file with a clear message and exit 1', async () => {
    const file = join(dir, 'd.json');
    await cli('new', '--template', 'duna-cargo', '--out', file);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length * 0.6)));
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^.*d\.json: The file is not valid JSON \(.*\)\. It may be damaged or cut short\.$/);
  });

  it('exports both formats side by side, with only the chapters asked for', async () => {
    const file = join(dir, 'd.json');
    await cli('new', '--template', 'duna-cargo', '--out', file);
    const result = await cli('export', file, '--format', 'both', '--out', join(dir, 'plan'), '--chapters', 'goals,salesTactics', '--accent', '#1D4E89');
    expect(result.code).toBe(0);
    expect(result.out.split('\n').map((l) => l.replace(/ \(\d+ KB\)$/, ''))).toEqual([`Wrote ${join(dir, 'plan.pdf')}`, `Wrote ${join(dir, 'plan.docx')}`]);
    const text = execFileSync('pdftotext', [join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Goals of the commercial policy');
    expect(text).toContain('Sales tactics');
    expect(text).not.toContain('Credit policy');
  });

  it('refuses a final document with empty required parts, listing them; writes it as a draft, or when told to', async () => {
    const blank = join(REPO_ROOT, 'templates', 'projects', 'blank.en.cpolicy');
    const final = await cli('export', blank, '--out', join(dir, 'final.pdf'));
    expect(final.code).toBe(1);
    const lines = final.err.split('\n');
    expect(lines[0]).toMatch(/^.*blank\.en\.cpolicy: \d+ required parts are still empty, so no final document was written\. .*--draft.*--allow-incomplete\.$/);
    expect(lines).toContain('  Goals of the commercial policy: policy.goals.items');
    expect(lines).toContain('  Sales forecast: salesPlan.forecast.lines');
    expect(await readdir(dir)).not.toContain('final.pdf');
    expect((await cli('export', blank, '--out', join(dir, 'draft.pdf'), '--draft')).code).toBe(0);
    expect((await cli('export', blank, '--out', join(dir, 'forced.pdf'), '--allow-incomplete')).code).toBe(0);
    // A complete project exports as final with neither option.
    const duna = join(REPO_ROOT, 'templates', 'projects', 'duna-cargo.en.cpolicy');
    expect((await cli('export', duna, '--out', join(dir, 'duna.pdf'))).code).toBe(0);
  });

  it('refuses an unknown chapter or colour with exit 2, naming the choices, and writes nothing', async () => {
    const file = join(dir, 'd.json');
    await cli('new', '--template', 'duna-cargo', '--out', file);
    const chapter = await cli('export', file, '--out', join(dir, 'x.pdf'), '--chapters', 'goals,pricing');
    expect(chapter.code).toBe(2);
    expect(chapter.err).toMatch(/Unknown chapter "pricing"; choose from summary, goals, methods, .*channelRules/);
    const colour = await cli('export', file, '--out', join(dir, 'x.pdf'), '--accent', 'teal');
    expect(colour.code).toBe(2);
    expect(colour.err).toMatch(/#RRGGBB/);
    const format = await cli('export', file, '--out', join(dir, 'x.pdf'), '--format', 'odt');
    expect(format.code).toBe(2);
    expect(format.err).toMatch(/Allowed choices are pdf, docx, both/);
    expect(await readdir(dir)).toEqual(['d.json']);
  });

  it('prints one line per problem, each naming the field path', async () => {
    const file = join(dir, 'd.json');
    await cli('new', '--template', 'duna-cargo', '--out', file);
    const project = JSON.parse(await readFile(file, 'utf8'));
    project.meta.currency = 'euro';
    project.policy.channelRules.creditPolicy.terms[0].paymentDays = -3;
    await writeFile(file, JSON.stringify(project));
    const result = await cli('validate', file);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      `${file}: 2 problems`,
      '  meta.currency: Use a three-letter ISO 4217 code such as HUF, EUR or USD.',
      '  policy.channelRules.creditPolicy.terms.0.paymentDays: Enter at least 0.',
    ]);
  });

  it('says so when a file is missing, and when the arguments are wrong', async () => {
    const missing = await cli('validate', join(dir, 'nope.json'));
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/nope\.json does not exist/) });
    expect((await cli('new', '--template', 'duna-cargo')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('new', '--template', 'no-such', '--out', join(dir, 'x.json'))).err).toMatch(/There is no template "no-such"/);
  });

  it('checks the sample without errors, and names a channel removed from the credit policy', async () => {
    const file = join(dir, 'd.json');
    await cli('new', '--template', 'duna-cargo', '--out', file);
    expect(await cli('check', file)).toEqual({
      code: 0,
      out: 'warning  salesPlan.forecast.lines: Planned sales grow 9.0% in 2028 while the market grows 4.0% a year: explain where the difference comes from, or plan less.\n0 errors, 1 warning',
      err: '',
    });
    const project = JSON.parse(await readFile(file, 'utf8'));
    project.policy.channelRules.creditPolicy.terms = project.policy.channelRules.creditPolicy.terms.filter((t: { channelId: string }) => t.channelId !== 'online');
    await writeFile(file, JSON.stringify(project));
    const result = await cli('check', file);
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      'error    policy.channelRules.creditPolicy.terms: The channel "Online request form and inside sales" has no credit terms in the credit policy.',
      'warning  salesPlan.forecast.lines: Planned sales grow 9.0% in 2028 while the market grows 4.0% a year: explain where the difference comes from, or plan less.',
      '1 error, 1 warning',
    ]);
    expect(result.err).toMatch(/has 1 error to fix/);
  });

  it('says an incomplete policy is not ready, listing each empty required part with its field', async () => {
    const blank = join(REPO_ROOT, 'templates', 'projects', 'blank.en.cpolicy');
    const result = await cli('check', blank);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^Not ready: \d+ required parts are still empty \(export refuses a final document without --allow-incomplete\):$/);
    expect(lines).toContain('missing  summary.text: Executive summary');
    expect(lines).toContain('missing  meta.control.reference: Document details');
    expect(lines).toContain('missing  policy.channelRules.pricing.basis: Rules of working with the channels');
    expect(lines.at(-1)).toBe('0 errors, 0 warnings');
  });

  it('prints the JSON Schema', async () => {
    const { code, out } = await cli('schema');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ title: 'Commercial Policy Builder project', type: 'object' });
  });

  it('lists the library given by --library', async () => {
    expect((await cli('--library', dir, 'list')).out).toBe(`No projects in ${dir}.`);
  });

  it('never replaces an exported file without --force, and names the file in every error', async () => {
    const file = join(dir, 'd.json');
    await cli('new', '--template', 'duna-cargo', '--out', file);
    await writeFile(join(dir, 'plan.docx'), 'signed off');
    const refused = await cli('export', file, '--format', 'both', '--out', join(dir, 'plan.pdf'));
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`${join(dir, 'plan.docx')} already exists. Choose another name, or add --force to replace it.`);
    expect(await readdir(dir)).toEqual(['d.json', 'plan.docx']);
    expect((await cli('export', file, '--format', 'both', '--out', join(dir, 'plan.pdf'), '--force')).code).toBe(0);
    // A broken file: the message names it, whatever the command.
    const project = JSON.parse(await readFile(file, 'utf8'));
    project.meta.currency = 'euro';
    await writeFile(file, JSON.stringify(project));
    for (const command of [['export', file, '--out', join(dir, 'x.pdf')], ['check', file]]) {
      const result = await cli(...command);
      expect(result.code).toBe(1);
      expect(result.err.split('\n')[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    }
  });

  it('leads with "written by a newer version" for a newer format, and refuses a file far too big before reading it', async () => {
    const file = join(dir, 'd.json');
    await cli('new', '--template', 'duna-cargo', '--out', file);
    const project = JSON.parse(await readFile(file, 'utf8'));
    project.schemaVersion = 99;
    project.meta.currency = { code: 'EUR' };
    await writeFile(file, JSON.stringify(project));
    const newer = await cli('validate', file);
    expect(newer.code).toBe(1);
    expect(newer.err.split('\n')[0]).toBe(`${file}: The file was written by a newer version of the app (format 99; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`);
    const huge = join(dir, 'huge.cpolicy');
    await writeFile(huge, Buffer.alloc(40 * 1024 * 1024, 32));
    expect(await cli('validate', huge)).toEqual({ code: 1, out: '', err: `${huge} is 40 MB; a project file is at most 32 MB. Is this the right file?` });
  });

  it('runs as `npm run cli` without a stack trace for a user error', async () => {
    const run = promisify(execFile);
    const failure = await run('npm', ['run', '--silent', 'cli', '--', 'validate', join(dir, 'missing.json')], { cwd: REPO_ROOT }).then(
      (done) => ({ ...done, code: 0 }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim()).toMatch(/^The file .*missing\.json does not exist\. It may have been moved or deleted\.$/);
    expect(failure.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
