import type { Handlers } from '../../shared/api/contract';
import type { Language } from '../../shared/project/primitives';
import { resolveUiLanguage } from '../../shared/settings';
import { appError, err, ok, type Result } from '../../shared/result';
import { forecastToTable, tableToLines } from '../../shared/forecast/table';
import { access, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathForFormat, writeExport, type ExportFormat } from '../services/export/exportDocument';
import type { DocumentRenderer } from '../services/export/renderer';
import { readTable, writeTable } from '../services/forecastFiles';
import type { ProjectStore } from '../services/projectStore';
import type { SettingsStore } from '../services/settingsStore';
import type { TemplateLibrary } from '../services/templateLibrary';

/** What differs between the desktop shell and the test host: native dialogs and the like. */
export interface ShellPort {
  transport: 'ipc' | 'http';
  appVersion: string;
  systemLanguage: string;
  /** Asks the user for a file to open; null when they cancel. */
  chooseFileToOpen(kind: FileKind): Promise<string | null>;
  /** Asks the user where to save; null when they cancel. */
  chooseFileToSave(suggestedName: string, kind: FileKind): Promise<string | null>;
  /** Opens a file in its default program, or shows it in the file manager. */
  reveal(path: string, how: 'open' | 'showInFolder'): Promise<void>;
  /** The interface language changed: the shell's own texts (menu, dialogs) follow. */
  uiLanguageChanged(language: Language): void;
  /** Project files the system asked to open (command line, double-click, macOS open-file) not yet handed to the UI. */
  takeOpenRequests(): string[];
  /** The folder of the licence and third-party notices (the packaged resources, or build/ in development). */
  noticesDir: string;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

export interface Services {
  store: ProjectStore;
  settings: SettingsStore;
  templates: TemplateLibrary;
  shell: ShellPort;
  now: () => Date;
  /** Lays documents out: in a worker in the app, in-process elsewhere. */
  renderer: DocumentRenderer;
}

/** What a file dialog is for: the filters it shows. */
export type FileKind = 'project' | 'csv' | 'xlsx' | 'table' | 'pdf' | 'docx';

const cancelled = () => err(appError('cancelled', 'Cancelled.'));

/** The one implementation of every API call. Transports (IPC, HTTP) only carry them. */
export function createHandlers({ store, settings, templates, shell, now, renderer }: Services): Handlers {
  /** A project file from outside the library: a copy goes into the library; the original is remembered as recent. */
  const importAndRemember = async (path: string) => {
    const imported = await store.importFile(path);
    if (imported.ok) await settings.addRecentFile(path);
    return imported;
  };
  // What the renderer may hand back as a path: files the app wrote in this run (to open or show
  // them) and files the system asked it to open. Any other path is refused.
  const written = new Set<string>();
  const handedOver = new Set<string>();
  const wrote = <T extends { path: string }>(result: Result<T>) => {
    if (result.ok) written.add(result.value.path);
    return result;
  };
  return {
    'app:info': async () =>
      ok({ version: shell.appVersion, libraryDir: store.libraryDir, transport: shell.transport, systemLanguage: shell.systemLanguage }),
    'settings:get': async () => ok(await settings.get()),
    'settings:update': async (patch) => {
      const next = await settings.update(patch);
      if ('uiLanguage' in patch) shell.uiLanguageChanged(resolveUiLanguage(next.uiLanguage, shell.systemLanguage));
      return ok(next);
    },
    'templates:list': () => templates.list(),
    'library:list': () => store.list(),
    'project:create': async ({ templateId, language, title }) => {
      const project = await templates.instantiate(templateId, language, now(), title);
      return project.ok ? store.create(project.value) : project;
    },
    'project:open': ({ id }) => store.open(id),
    'project:save': ({ id, project }) => store.save(id, project),
    'project:duplicate': ({ id }) => store.duplicate(id),
    'project:rename': ({ id, title }) => store.rename(id, title),
    'project:delete': ({ id }) => store.trash(id),
    'project:restoreBackup': ({ id }) => store.restoreBackup(id),
    'project:import': async () => {
      const chosen = await shell.chooseFileToOpen('project');
      if (chosen === null) return cancelled();
      return importAndRemember(chosen);
    },
    'project:saveCopy': async ({ id, project }) => {
      // Only the name is suggested: the dialog opens where the user last saved, not in the library.
      const chosen = await shell.chooseFileToSave(basename(store.fileOf(id)), 'project');
      if (chosen === null) return cancelled();
      return wrote(await store.saveCopy(id, chosen, project));
    },
    'project:close': async ({ id }) => {
      await store.close(id);
      return ok({});
    },
    'project:resolveConflict': ({ id, choice, project }) => store.resolveConflict(id, choice, project),
    'project:recover': ({ id, accept }) => store.recover(id, accept),
    'forecast:exportTable': async ({ id, format, locale, headers, sheetName }) => {
      const loaded = await store.load(id);
      if (!loaded.ok) return loaded;
      const chosen = await shell.chooseFileToSave(`${store.fileOf(id).replace(/\.cpolicy$/, '')}-forecast.${format}`, format);
      if (chosen === null) return cancelled();
      return wrote(await writeTable(forecastToTable(loaded.value.project, headers), format, chosen, locale, sheetName));
    },
    'document:export': async ({ id, format, ...options }) => {
      const loaded = await store.load(id);
      if (!loaded.ok) return loaded;
      const base = store.fileOf(id).replace(/\.cpolicy$/, '');
      const first = format === 'docx' ? 'docx' : 'pdf';
      const chosen = await shell.chooseFileToSave(`${base}.${first}`, first);
      if (chosen === null) return cancelled();
      const targets: { format: ExportFormat; path: string }[] = [{ format: first, path: chosen }];
      if (format === 'both') {
        // The DOCX goes beside the PDF; if one is already there (perhaps edited in Word), ask first.
        let docx: string | null = pathForFormat(chosen, 'docx');
        if (await exists(docx)) docx = await shell.chooseFileToSave(docx, 'docx');
        if (docx === null) return cancelled();
        targets.push({ format: 'docx', path: docx });
      }
      const files = [];
      for (const target of targets) {
        const rendered = await renderer.render(loaded.value.project, { ...options, format: target.format });
        if (!rendered.ok) return rendered;
        const done = wrote(await writeExport(rendered.value, target.path));
        if (!done.ok) return done;
        files.push({ format: target.format, ...done.value });
      }
      return ok({ files });
    },
    'app:about': async () => {
      const read = (name: string) => readFile(join(shell.noticesDir, name), 'utf8').catch(() => '');
      const [licence, notices] = await Promise.all([read('LICENSE.txt'), read('THIRD_PARTY_NOTICES.txt')]);
      return ok({ version: shell.appVersion, licence, notices });
    },
    'app:takeOpenRequests': async () => {
      const paths = shell.takeOpenRequests();
      for (const path of paths) handedOver.add(path);
      return ok({ paths });
    },
    'project:openPath': async ({ path }) => {
      if (!handedOver.has(path)) return err(appError('invalidInput', `${path} was not handed to the app to open. Open it with File → Open.`, { file: path }));
      const inLibrary = store.idOfLibraryFile(path);
      if (inLibrary === null) return importAndRemember(path);
      const entries = await store.list();
      if (!entries.ok) return entries;
      const entry = entries.value.find((e) => e.id === inLibrary);
      return entry ? ok(entry) : err(appError('notFound', `The file ${path} does not exist. It may have been moved or deleted.`, { file: path, reason: 'fileMissing', params: { file: path } }));
    },
    'file:reveal': async ({ path, how }) => {
      if (!written.has(path)) return err(appError('invalidInput', `${path} is not a file the app wrote; only those can be opened from here.`, { file: path }));
      await shell.reveal(path, how);
      return ok({});
    },
    'forecast:importTable': async ({ id, locale }) => {
      const loaded = await store.load(id);
      if (!loaded.ok) return loaded;
      const chosen = await shell.chooseFileToOpen('table');
      if (chosen === null) return cancelled();
      const rows = await readTable(chosen);
      if (!rows.ok) return rows;
      const result = tableToLines(rows.value, loaded.value.project, locale);
      if (!result.ok) {
        const issues = result.problems.map((p) => ({ path: p.cell, message: p.message, key: `tableProblems.${p.key}`, params: p.params }));
        return err(appError('invalidInput', `The file was not imported: ${issues.length} cell${issues.length === 1 ? '' : 's'} to fix (first: ${issues[0]!.path}: ${issues[0]!.message}). Nothing was changed.`, { file: chosen, issues }));
      }
      return ok({ lines: result.lines, notes: result.notes });
    },
    'keyAccounts:readTable': async () => {
      const chosen = await shell.chooseFileToOpen('table');
      if (chosen === null) return cancelled();
      const rows = await readTable(chosen);
      if (!rows.ok) return rows;
      // A percentage cell is only a number here; the list has no percentages.
      const cells = rows.value.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.percent / 100 : cell)));
      if (cells.length > 20_000) return err(appError('invalidInput', `The file has ${cells.length} rows; the import reads at most 20,000. Keep the key accounts (at most 2,000) and import again.`));
      return ok({ file: basename(chosen), rows: cells.map((row) => row.slice(0, 200).map((cell) => (typeof cell === 'string' ? cell.slice(0, 5000) : cell))) });
    },
  };
}
