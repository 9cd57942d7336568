import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { disk } from '../services/files/disk';
import { checkProject, countErrors } from '../../shared/checks/rules';
import { projectJsonSchema } from '../../shared/project/jsonSchema';
import { MAX_PROJECT_FILE_BYTES, parseProjectText, serializeProject, tooBigMessage } from '../../shared/project/validate';
import { HexColor, type Language } from '../../shared/project/primitives';
import type { AppError } from '../../shared/result';
import { DOCUMENT_CHAPTER_IDS, isDocumentChapter, type SectionId } from '../../shared/sections/catalogue';
import { exportDocument, pathForFormat, type ExportFormat } from '../services/export/exportDocument';
import { fileAccessError } from '../services/fileErrors';
import { findResourceRoot, libraryDirFrom } from '../services/paths';
import { ProjectStore } from '../services/projectStore';
import { missingRequired } from '../../shared/sections/completeness';
import { documentTexts } from '../../shared/document/texts';
import { TemplateLibrary } from '../services/templateLibrary';

/** Chapter names for messages about missing parts (the command line speaks English). */
const partNames: Record<string, string> = { details: 'Document details', catalogues: 'Products, markets and partners', ...documentTexts('en').chapters };

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  now(): Date;
  /** Where the app keeps its data when no library is given (for `list`). */
  dataDir: string;
}

/** A user error: printed as one clear line, with exit code 1 — never a stack trace. */
class UserError extends Error {
  constructor(
    message: string,
    readonly lines: string[] = [],
  ) {
    super(message);
  }
}

/** A failure as one line that names the file (unless the message already does), then its issues. */
function fail(error: AppError, file?: string): never {
  const message = file && !error.message.includes(file) ? `${file}: ${error.message}` : error.message;
  throw new UserError(message, (error.issues ?? []).map((i) => `${i.path}: ${i.message}`));
}

/** Reads a project file, refusing one too big to be a project before reading it whole. */
async function readText(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError(`${file} is a folder, not a project file.`);
    if (info.size > MAX_PROJECT_FILE_BYTES) throw new UserError(tooBigMessage(file, info.size));
    return await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    return fail(fileAccessError(e, file, 'read'));
  }
}

/** Whether a file is already there (an export does not replace one without --force). */
const present = (file: string) => stat(file).then(() => true, () => false);

export function buildProgram(io: CliIo): Command {
  const templates = () => new TemplateLibrary(join(findResourceRoot(), 'templates'));
  const program = new Command('cpb')
    .description('Commercial Policy Builder on the command line: the same services as the app, without a window.')
    .option('--library <dir>', 'the library folder (default: $CPB_LIBRARY_DIR, else the app\'s own)')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('templates')
    .description('list the starter templates')
    .action(async () => {
      const list = await templates().list();
      if (!list.ok) fail(list.error);
      const width = Math.max(...list.value.map((t) => t.id.length));
      for (const t of list.value) io.out(`${t.id.padEnd(width)}  ${t.language}  ${t.title}`);
    });

  program
    .command('new')
    .description('write a new project file from a template')
    .requiredOption('--template <id>', 'template id (see "templates")')
    .requiredOption('--out <file>', 'where to write the project file')
    .addOption(new Option('--lang <language>', 'the language the template is written in').choices(['en', 'hu']).default('en'))
    .option('--title <title>', 'the document title (default: the template\'s)')
    .option('--force', 'replace the file if it exists')
    .action(async (opts: { template: string; out: string; lang: Language; title?: string; force?: boolean }) => {
      const out = resolve(opts.out);
      if (!opts.force && (await stat(out).then(() => true, () => false))) {
        throw new UserError(`${out} already exists. Choose another name, or add --force to replace it.`);
      }
      const project = await templates().instantiate(opts.template, opts.lang, io.now(), opts.title);
      if (!project.ok) fail(project.error);
      try {
        await disk.writeAtomically(out, serializeProject(project.value));
      } catch (e) {
        fail(fileAccessError(e, out, 'write'));
      }
      io.out(`Wrote ${out}`);
    });

  program
    .command('validate')
    .description('check that a file is a valid project (exit 0 and OK, or exit 1 and the problems)')
    .argument('<file>', 'the project file')
    .action(async (file: string) => {
      const loaded = parseProjectText(await readText(file), file);
      if (!loaded.ok) {
        const issues = loaded.error.issues ?? [];
        // A newer app's file says so first: its fields may simply be ones this version does not know.
        if (issues.length === 0 || loaded.error.code === 'newerVersion') fail(loaded.error, file);
        throw new UserError(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues.map((i) => `${i.path}: ${i.message}`));
      }
      if (loaded.value.readOnly) io.out(`Note: written by a newer version of the app (format ${loaded.value.fromVersion}).`);
      else if (loaded.value.fromVersion < loaded.value.project.schemaVersion) {
        io.out(`Note: format ${loaded.value.fromVersion}; the app will update it to format ${loaded.value.project.schemaVersion} when it is saved.`);
      }
      io.out('OK');
    });

  program
    .command('check')
    .description('run the consistency checks (exit 0 when none is an error)')
    .argument('<file>', 'the project file')
    .action(async (file: string) => {
      const loaded = parseProjectText(await readText(file), file);
      if (!loaded.ok) fail(loaded.error, file);
      const problems = checkProject(loaded.value.project);
      const missing = missingRequired(loaded.value.project);
      if (missing.length > 0) {
        // Consistency is not readiness: say first what a final document would still lack.
        io.out(`Not ready: ${missing.length} required part${missing.length === 1 ? ' is' : 's are'} still empty (export refuses a final document without --allow-incomplete):`);
        for (const m of missing) io.out(`missing  ${m.path}: ${partNames[m.sectionId] ?? m.sectionId}`);
      }
      for (const p of problems) io.out(`${p.severity.padEnd(7)}  ${p.path}: ${p.message}`);
      const errors = countErrors(problems);
      const warnings = problems.filter((p) => p.severity === 'warning').length;
      const hints = problems.length - errors - warnings;
      io.out(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${hints > 0 ? `, ${hints} hint${hints === 1 ? '' : 's'}` : ''}`);
      if (errors > 0) throw new UserError(`${file}: the policy has ${errors} error${errors === 1 ? '' : 's'} to fix.`);
    });

  program
    .command('export')
    .description('write the deliverable as PDF, DOCX or both')
    .argument('<file>', 'the project file')
    .requiredOption('--out <path>', 'where to write the document (with "both", the DOCX goes beside the PDF)')
    .addOption(new Option('--format <format>', 'document format').choices(['pdf', 'docx', 'both']).default('pdf'))
    .addOption(new Option('--lang <language>', "document language (default: the project's)").choices(['en', 'hu']))
    .addOption(new Option('--paper <size>', 'paper size').choices(['A4', 'Letter']).default('A4'))
    .option('--accent <colour>', "accent colour as #RRGGBB (default: the project's)", (value: string) => {
      if (!HexColor.safeParse(value).success) throw new InvalidArgumentError('Use the form #RRGGBB, for example #0B7A66.');
      return value;
    })
    .option('--chapters <ids>', `chapters to include, comma-separated (default: all): ${DOCUMENT_CHAPTER_IDS.join(', ')}`, (value: string) => {
      const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
      const unknown = ids.filter((id) => !isDocumentChapter(id));
      if (ids.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`${unknown.length > 0 ? `Unknown chapter ${unknown.map((u) => `"${u}"`).join(', ')}` : 'No chapter given'}; choose from ${DOCUMENT_CHAPTER_IDS.join(', ')}.`);
      return ids as SectionId[];
    })
    .option('--draft', 'mark as draft and show what is still to be completed')
    .option('--allow-incomplete', 'write a final document even though required parts are empty')
    .option('--force', 'replace files that are already there (never one marked read-only)')
    .action(async (file: string, opts: { out: string; format: 'pdf' | 'docx' | 'both'; lang?: Language; paper: 'A4' | 'Letter'; accent?: string; chapters?: SectionId[]; draft?: boolean; force?: boolean; allowIncomplete?: boolean }) => {
      const loaded = parseProjectText(await readText(file), file);
      if (!loaded.ok) fail(loaded.error, file);
      // A final document with empty required parts would read as finished while it is not.
      const missing = opts.draft || opts.allowIncomplete ? [] : missingRequired(loaded.value.project, opts.chapters);
      if (missing.length > 0) {
        throw new UserError(
          `${file}: ${missing.length} required part${missing.length === 1 ? ' is' : 's are'} still empty, so no final document was written. Fill ${missing.length === 1 ? 'it' : 'them'} in, export with --draft to mark the gaps, or add --allow-incomplete.`,
          missing.map((m) => `${partNames[m.sectionId] ?? m.sectionId}: ${m.path}`),
        );
      }
      const out = resolve(opts.out);
      const formats: ExportFormat[] = opts.format === 'both' ? ['pdf', 'docx'] : [opts.format];
      const targets = formats.map((format) => ({ format, path: opts.format === 'both' ? pathForFormat(out, format) : out }));
      // Nothing is written unless every target may be: an existing file needs --force.
      for (const target of targets) {
        if (!opts.force && (await present(target.path))) throw new UserError(`${target.path} already exists. Choose another name, or add --force to replace it.`);
      }
      for (const target of targets) {
        const options = { format: target.format, draft: Boolean(opts.draft), paper: opts.paper === 'A4' ? 'A4' : 'LETTER', language: opts.lang, accent: opts.accent, chapters: opts.chapters } as const;
        const written = await exportDocument(loaded.value.project, options, target.path);
        if (!written.ok) fail(written.error, written.error.file ? undefined : file);
        io.out(`Wrote ${written.value.path} (${Math.round(written.value.bytes / 1024)} KB)`);
      }
    });

  program
    .command('schema')
    .description('print the JSON Schema of the project file')
    .action(() => io.out(JSON.stringify(projectJsonSchema(), null, 2)));

  program
    .command('list')
    .description('list the projects in the library')
    .action(async () => {
      const store = new ProjectStore({ libraryDir: libraryDirFrom(io.dataDir, program.opts<{ library?: string }>().library) });
      const list = await store.list();
      if (!list.ok) fail(list.error);
      if (list.value.length === 0) io.out(`No projects in ${store.libraryDir}.`);
      for (const e of list.value) io.out(`${e.id}  ${e.state.padEnd(8)}  ${e.updatedAt.slice(0, 10)}  ${e.title}`);
    });

  return program;
}

/** Runs the CLI and returns the exit code: 0 done, 1 the input is at fault, 2 usage error. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UserError) {
      io.err(e.message);
      for (const line of e.lines) io.err(`  ${line}`);
      return 1;
    }
    io.err(`Unexpected error: ${e instanceof Error ? e.message : String(e)}. Please report this.`);
    return 70;
  }
}
