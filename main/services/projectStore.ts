import { copyFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import writeFileAtomic from 'write-file-atomic';
import type { LibraryEntry, OpenedProject } from '../../shared/api/contract';
import { newId } from '../../shared/project/blank';
import type { Project } from '../../shared/project/schema';
import { parseProjectText, projectIssues, serializeProject, type LoadedProject } from '../../shared/project/validate';
import { appError, err, ok, type AppError, type Result } from '../../shared/result';
import { fileAccessError } from './fileErrors';
import { slugify } from './slug';

export const PROJECT_EXTENSION = '.cpolicy';
const BACKUP_SUFFIX = '.bak';
export const TRASH_FOLDER = 'Trash';
export const DAMAGED_FOLDER = 'Damaged';

interface OpenSession {
  db: Low<Project>;
  readOnly: boolean;
}

export interface ProjectStoreOptions {
  libraryDir: string;
  now?: () => Date;
}

/**
 * The library: one JSON file per project in one folder, read and written through lowdb (atomic:
 * temp file + rename). A file that does not load is never written over: it is copied aside and
 * reported. The file as it was when first opened in this run of the app is kept as `<file>.bak`.
 */
export class ProjectStore {
  readonly libraryDir: string;
  private readonly now: () => Date;
  private readonly sessions = new Map<string, OpenSession>();

  constructor({ libraryDir, now = () => new Date() }: ProjectStoreOptions) {
    this.libraryDir = libraryDir;
    this.now = now;
  }

  /** The id of a project file that lies in the library folder itself, else null. */
  idOfLibraryFile(path: string): string | null {
    const file = resolve(path);
    return dirname(file) === resolve(this.libraryDir) && file.endsWith(PROJECT_EXTENSION) ? basename(file, PROJECT_EXTENSION) : null;
  }

  fileOf(id: string): string {
    return join(this.libraryDir, `${id}${PROJECT_EXTENSION}`);
  }

  backupOf(id: string): string {
    return `${this.fileOf(id)}${BACKUP_SUFFIX}`;
  }

  async list(): Promise<Result<LibraryEntry[]>> {
    await mkdir(this.libraryDir, { recursive: true });
    let names: string[];
    try {
      names = await readdir(this.libraryDir);
    } catch (e) {
      return err(fileAccessError(e, this.libraryDir, 'read'));
    }
    const ids = names.filter((n) => n.endsWith(PROJECT_EXTENSION) && !n.startsWith('.')).map((n) => n.slice(0, -PROJECT_EXTENSION.length));
    const entries = await Promise.all(ids.map((id) => this.entryFor(id)));
    return ok(entries.filter((e): e is LibraryEntry => e !== null));
  }

  async open(id: string): Promise<Result<OpenedProject>> {
    const loaded = await this.load(id);
    if (!loaded.ok) return loaded;
    const file = this.fileOf(id);
    if (!this.sessions.has(id)) {
      // First open in this run: keep the file as it was, so the whole session can be undone.
      if (!loaded.value.readOnly) await writeFileAtomic(this.backupOf(id), await readFile(file));
      const db = new Low<Project>(new DataFile<Project>(file, { parse: (text) => JSON.parse(text) as Project, stringify: serializeProject }), loaded.value.project);
      this.sessions.set(id, { db, readOnly: loaded.value.readOnly });
    }
    const session = this.sessions.get(id)!;
    session.db.data = loaded.value.project;
    session.readOnly = loaded.value.readOnly;
    return ok({
      id,
      project: loaded.value.project,
      readOnly: loaded.value.readOnly,
      migratedFrom: loaded.value.fromVersion < loaded.value.project.schemaVersion ? loaded.value.fromVersion : null,
      backupAvailable: await exists(this.backupOf(id)),
    });
  }

  async save(id: string, project: Project): Promise<Result<{ updatedAt: string }>> {
    const session = this.sessions.get(id);
    if (!session) {
      return err(appError('invalidInput', `The project "${id}" is not open. Open it before saving.`, { file: this.fileOf(id) }));
    }
    if (session.readOnly) {
      return err(appError('readOnly', 'This project was written by a newer version of the app and is open read-only. Update the app to edit it.', { file: this.fileOf(id) }));
    }
    const issues = projectIssues(project);
    if (issues.length > 0) {
      return err(appError('invalidProject', `The project was not saved: ${issues[0]!.path}: ${issues[0]!.message}`, { issues }));
    }
    const updatedAt = this.now().toISOString();
    session.db.data = { ...project, meta: { ...project.meta, updatedAt } };
    try {
      await session.db.write();
    } catch (e) {
      return err(fileAccessError(e, this.fileOf(id), 'write'));
    }
    return ok({ updatedAt });
  }

  /** Adds a project to the library under a new file named after its title. */
  async create(project: Project): Promise<Result<LibraryEntry>> {
    await mkdir(this.libraryDir, { recursive: true });
    const issues = projectIssues(project);
    if (issues.length > 0) return err(appError('invalidProject', `The project is not valid: ${issues[0]!.path}: ${issues[0]!.message}`, { issues }));
    const stem = slugify(project.meta.title) || 'commercial-policy';
    for (let attempt = 0; attempt < 1000; attempt++) {
      const id = attempt === 0 ? stem : `${stem}-${attempt + 1}`;
      try {
        // 'wx': never replace an existing file, even one that appeared since we listed the folder.
        await writeFile(this.fileOf(id), serializeProject(project), { flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
        return err(fileAccessError(e, this.fileOf(id), 'write'));
      }
      return ok((await this.entryFor(id))!);
    }
    return err(appError('alreadyExists', `Too many projects are named "${stem}". Choose another title.`));
  }

  async duplicate(id: string): Promise<Result<LibraryEntry>> {
    const loaded = await this.load(id);
    if (!loaded.ok) return loaded;
    const { project } = loaded.value;
    const stamp = this.now().toISOString();
    return this.create({
      ...project,
      id: newId(),
      meta: { ...project.meta, title: `${project.meta.title} (copy)`, createdAt: stamp, updatedAt: stamp },
    });
  }

  async rename(id: string, title: string): Promise<Result<LibraryEntry>> {
    const opened = await this.open(id);
    if (!opened.ok) return opened;
    const saved = await this.save(id, { ...opened.value.project, meta: { ...opened.value.project.meta, title } });
    if (!saved.ok) return saved;
    return ok((await this.entryFor(id))!);
  }

  /** Moves the project (and its backup) to the library's Trash folder; nothing is unlinked. */
  async trash(id: string): Promise<Result<{ trashedAs: string }>> {
    const file = this.fileOf(id);
    if (!(await exists(file))) return err(appError('notFound', `The project file ${file} does not exist.`, { file }));
    const trashDir = join(this.libraryDir, TRASH_FOLDER);
    await mkdir(trashDir, { recursive: true });
    const target = join(trashDir, `${id}-${timestampForFile(this.now())}${PROJECT_EXTENSION}`);
    try {
      await rename(file, target);
      if (await exists(this.backupOf(id))) await rename(this.backupOf(id), `${target}${BACKUP_SUFFIX}`);
    } catch (e) {
      return err(fileAccessError(e, file, 'write'));
    }
    this.sessions.delete(id);
    return ok({ trashedAs: target });
  }

  /** Puts the session backup back in place of the project file; the replaced file is kept aside. */
  async restoreBackup(id: string): Promise<Result<LibraryEntry>> {
    const backup = await readProjectFile(this.backupOf(id));
    if (!backup.ok) return backup;
    if (await exists(this.fileOf(id))) await this.keepAside(id);
    try {
      await writeFileAtomic(this.fileOf(id), backup.value.text);
    } catch (e) {
      return err(fileAccessError(e, this.fileOf(id), 'write'));
    }
    this.sessions.delete(id);
    return ok((await this.entryFor(id))!);
  }

  /** Copies a project file from anywhere into the library (migrating it if it is older). */
  async importFile(path: string): Promise<Result<LibraryEntry>> {
    const parsed = await readProjectFile(path);
    if (!parsed.ok) return parsed;
    if (parsed.value.readOnly) {
      return err(appError('newerVersion', `${path} was written by a newer version of the app. Update the app to import it.`, { file: path }));
    }
    return this.create({ ...parsed.value.project, id: newId() });
  }

  /** Writes the project, as last saved, to a file anywhere (atomically: a failure leaves no partial file). */
  async saveCopy(id: string, target: string): Promise<Result<{ path: string }>> {
    const loaded = await this.load(id);
    if (!loaded.ok) return loaded;
    try {
      await writeFileAtomic(target, serializeProject(loaded.value.project));
    } catch (e) {
      return err(fileAccessError(e, target, 'write'));
    }
    return ok({ path: target });
  }

  /** Reads and validates a project file without keeping it open. */
  async load(id: string): Promise<Result<LoadedProject>> {
    const parsed = await readProjectFile(this.fileOf(id));
    if (!parsed.ok && (parsed.error.code === 'corruptFile' || parsed.error.code === 'invalidProject')) {
      this.sessions.delete(id);
      const keptAs = await this.keepAside(id);
      return err(withKeptCopy(parsed.error, keptAs, await exists(this.backupOf(id))));
    }
    return parsed;
  }

  private async entryFor(id: string): Promise<LibraryEntry | null> {
    const file = this.fileOf(id);
    let text: string;
    let modified: Date;
    try {
      [text, modified] = await Promise.all([readFile(file, 'utf8'), stat(file).then((s) => s.mtime)]);
    } catch {
      return null; // gone since the folder was listed
    }
    const backupAvailable = await exists(this.backupOf(id));
    const parsed = parseProjectText(text, file);
    const fileName = basename(file);
    if (parsed.ok) {
      const { meta } = parsed.value.project;
      return { id, fileName, title: meta.title, companyName: meta.companyName, updatedAt: meta.updatedAt, state: parsed.value.readOnly ? 'readOnly' : 'ok', problem: null, backupAvailable };
    }
    return {
      id,
      fileName,
      title: id,
      companyName: '',
      updatedAt: modified.toISOString(),
      state: parsed.error.code === 'newerVersion' ? 'readOnly' : 'damaged',
      problem: parsed.error,
      backupAvailable,
    };
  }

  /** Copies an unreadable file to the Damaged folder once per version of it on disk. */
  private async keepAside(id: string): Promise<string | null> {
    const file = this.fileOf(id);
    try {
      const { mtime } = await stat(file);
      const dir = join(this.libraryDir, DAMAGED_FOLDER);
      await mkdir(dir, { recursive: true });
      const target = join(dir, `${id}-${timestampForFile(mtime)}${PROJECT_EXTENSION}`);
      if (!(await exists(target))) await copyFile(file, target);
      return target;
    } catch {
      return null;
    }
  }
}

/** Reads and validates a project file; the text comes along for callers that copy it as it is. */
async function readProjectFile(file: string): Promise<Result<LoadedProject & { text: string }>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return err(fileAccessError(e, file, 'read'));
  }
  const parsed = parseProjectText(text, file);
  return parsed.ok ? ok({ ...parsed.value, text }) : parsed;
}

function withKeptCopy(error: AppError, keptAs: string | null, backupAvailable: boolean): AppError {
  const parts = [error.message, 'The file has not been changed.'];
  if (keptAs) parts.push(`A copy is kept at ${keptAs}.`);
  if (backupAvailable) parts.push('You can restore the backup from when it was last opened.');
  return { ...error, message: parts.join(' ') };
}

const timestampForFile = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
