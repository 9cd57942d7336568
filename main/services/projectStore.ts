import { basename, dirname, join, resolve } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { LibraryEntry, OpenedProject, ReadOnlyReason } from '../../shared/api/contract';
import { newId } from '../../shared/project/blank';
import type { Project } from '../../shared/project/schema';
import { MAX_PROJECT_FILE_BYTES, parseProjectText, projectIssues, serializeProject, tooBigMessage, type LoadedProject } from '../../shared/project/validate';
import { appError, err, ok, type AppError, type Result } from '../../shared/result';
import { Disk, type FileIdentity } from './files/disk';
import { ProjectLock, thisWriter, type LockOwner, type Writer } from './files/projectLock';
import { fileAccessError } from './fileErrors';
import { slugify } from './slug';

export const PROJECT_EXTENSION = '.cpolicy';
const BACKUP_SUFFIXES = ['.bak', '.bak2', '.bak3'] as const;
export const TRASH_FOLDER = 'Trash';
export const DAMAGED_FOLDER = 'Damaged';

/** The project file as lowdb reads and writes it: through the library's disk, only over the version this session read. */
class ProjectFile implements Adapter<Project> {
  constructor(
    private readonly disk: Disk,
    readonly path: string,
    public identity: FileIdentity | null,
  ) {}

  async read(): Promise<Project | null> {
    const { data, identity } = await this.disk.readWithIdentity(this.path);
    const parsed = parseProjectText(data.toString('utf8'), this.path);
    if (!parsed.ok) return null;
    this.identity = identity;
    return parsed.value.project;
  }

  async write(project: Project): Promise<void> {
    this.identity = await this.disk.writeAtomically(this.path, serializeProject(project), { expected: this.identity });
  }
}

interface OpenSession {
  db: Low<Project>;
  file: ProjectFile;
  readOnly: { reason: ReadOnlyReason; lockedBy?: LockOwner } | null;
  lock: ProjectLock | null;
  /** A newer, complete version a writer left behind (a crash between writing and renaming). */
  recovery: { path: string; savedAt: string; text: string } | null;
  /** How many screens have it open: the lock goes when the last one closes. */
  holders: number;
}

export interface ProjectStoreOptions {
  libraryDir: string;
  now?: () => Date;
  /** The file operations (tests stand in a full disk or a read-only folder). */
  disk?: Disk;
  /** Who this app is, for the lock files (tests play a second app). */
  writer?: Writer;
}

const READ_ONLY_MESSAGES: Record<ReadOnlyReason, string> = {
  newerVersion: 'This project was written by a newer version of the app and is open read-only. Update the app to edit it.',
  fileReadOnly: 'This project file is marked read-only, so it is open read-only. Remove the mark (in the file\u2019s properties) to edit it, or save a copy.',
  folderReadOnly: 'The library folder cannot be written to (a read-only drive or folder, or no permission), so the project is open read-only. Save a copy elsewhere to keep your changes.',
  lockedByOther: 'This project is open in another copy of the app, so it is open read-only here. Close it there to edit it here.',
};

/**
 * The library: one JSON file per project in one folder, read and written through lowdb with our
 * own adapter (see files/disk: a temporary file per writer, flushed, renamed, the folder flushed;
 * a file changed by another program is never written over). A project open for editing is locked
 * against a second app; a file that does not load is never written over: it is copied aside and
 * reported. The last three versions as first opened in a run are kept as `<file>.bak`, `.bak2`,
 * `.bak3`.
 */
export class ProjectStore {
  readonly libraryDir: string;
  private readonly now: () => Date;
  private readonly disk: Disk;
  private readonly writer: Writer;
  private readonly sessions = new Map<string, OpenSession>();
  /** Projects whose backups were rotated in this run (once per run, so the backups span sessions). */
  private readonly backedUp = new Set<string>();
  /** The work in progress on each project: calls on one project run one after another (a save never crosses a reload). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor({ libraryDir, now = () => new Date(), disk = new Disk(), writer = thisWriter() }: ProjectStoreOptions) {
    this.libraryDir = libraryDir;
    this.now = now;
    this.disk = disk;
    this.writer = writer;
  }

  /** The id of a project file that lies in the library folder itself, else null. */
  idOfLibraryFile(path: string): string | null {
    const file = resolve(path);
    return dirname(file) === resolve(this.libraryDir) && file.endsWith(PROJECT_EXTENSION) ? basename(file, PROJECT_EXTENSION) : null;
  }

  fileOf(id: string): string {
    return join(this.libraryDir, `${id}${PROJECT_EXTENSION}`);
  }

  backupOf(id: string, generation = 0): string {
    return `${this.fileOf(id)}${BACKUP_SUFFIXES[generation]}`;
  }

  async list(): Promise<Result<LibraryEntry[]>> {
    await this.disk.mkdir(this.libraryDir).catch(() => undefined);
    let names: string[];
    try {
      names = await this.disk.readdir(this.libraryDir);
    } catch (e) {
      return err(fileAccessError(e, this.libraryDir, 'read'));
    }
    const ids = names.filter((n) => n.endsWith(PROJECT_EXTENSION) && !n.startsWith('.')).map((n) => n.slice(0, -PROJECT_EXTENSION.length));
    const entries = await Promise.all(ids.map((id) => this.entryFor(id)));
    return ok(entries.filter((e): e is LibraryEntry => e !== null));
  }

  /** Runs `work` on project `id` after the calls on it before. */
  private serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }

  /** Opens a project for editing (read-only when it cannot be edited here); each open is paired with a close. */
  open(id: string): Promise<Result<OpenedProject>> {
    return this.serial(id, () => this.openNow(id, true));
  }

  private async openNow(id: string, countHolder: boolean): Promise<Result<OpenedProject>> {
    const file = this.fileOf(id);
    const read = await this.readProject(file);
    if (!read.ok) {
      if (read.error.code === 'corruptFile' || read.error.code === 'invalidProject') {
        await this.forget(id);
        const keptAs = await this.keepAside(id);
        return err(withKeptCopy(read.error, keptAs, await this.disk.exists(this.backupOf(id))));
      }
      return read;
    }
    const { loaded, identity } = read.value;
    let session = this.sessions.get(id);
    if (!session) {
      const readOnly = await this.readOnlyReason(file, loaded);
      let lock: ProjectLock | null = null;
      let lockedBy: LockOwner | undefined;
      if (readOnly === null) {
        const outcome = await ProjectLock.acquire(this.disk, file, this.writer, this.now).catch(() => null);
        if (outcome?.kind === 'acquired') {
          lock = outcome.lock;
          lock.startRenewing();
        } else if (outcome?.kind === 'heldBy') lockedBy = outcome.owner;
      }
      const reason: ReadOnlyReason | null = readOnly ?? (lockedBy ? 'lockedByOther' : null);
      // First open in this run, for editing: keep the file as it was (three generations), so the whole run can be undone.
      if (reason === null && !this.backedUp.has(id)) {
        this.backedUp.add(id);
        await this.rotateBackups(id).catch(() => undefined);
      }
      const projectFile = new ProjectFile(this.disk, file, identity);
      session = {
        db: new Low<Project>(projectFile, loaded.project),
        file: projectFile,
        readOnly: reason === null ? null : { reason, ...(lockedBy ? { lockedBy } : {}) },
        lock,
        recovery: reason === null ? await this.findRecovery(file, identity) : null,
        holders: 0,
      };
      this.sessions.set(id, session);
    } else {
      session.file.identity = identity;
    }
    if (countHolder) session.holders += 1;
    session.db.data = loaded.project;
    return ok(await this.openedView(id, session, loaded));
  }

  save(id: string, project: Project): Promise<Result<{ updatedAt: string }>> {
    return this.serial(id, () => this.saveNow(id, project));
  }

  private async saveNow(id: string, project: Project): Promise<Result<{ updatedAt: string }>> {
    const session = this.sessions.get(id);
    const file = this.fileOf(id);
    if (!session) return err(appError('invalidInput', `The project "${id}" is not open. Open it before saving.`, { file }));
    const refused = await this.refusedWrite(id, session);
    if (refused) return err(refused);
    const issues = projectIssues(project);
    if (issues.length > 0) return err(appError('invalidProject', `The project was not saved: ${issues[0]!.path}: ${issues[0]!.message}`, { issues }));
    const updatedAt = this.now().toISOString();
    session.db.data = { ...project, meta: { ...project.meta, updatedAt } };
    try {
      await session.db.write();
    } catch (e) {
      return err(fileAccessError(e, file, 'write'));
    }
    return ok({ updatedAt });
  }

  /**
   * After a save found the file changed or gone, the user chooses: load the file's version
   * (dropping the edits here), keep both (the file's version becomes a project of its own, and
   * the edits are written here), or write the edits again where the file was.
   */
  resolveConflict(id: string, choice: 'reload' | 'keepBoth' | 'saveAgain', project: Project): Promise<Result<{ opened: OpenedProject; copy: LibraryEntry | null }>> {
    return this.serial(id, () => this.resolveConflictNow(id, choice, project));
  }

  private async resolveConflictNow(id: string, choice: 'reload' | 'keepBoth' | 'saveAgain', project: Project): Promise<Result<{ opened: OpenedProject; copy: LibraryEntry | null }>> {
    const session = this.sessions.get(id);
    const file = this.fileOf(id);
    if (!session) return err(appError('invalidInput', `The project "${id}" is not open.`, { file }));
    let copy: LibraryEntry | null = null;
    if (choice !== 'reload') {
      const refused = await this.refusedWrite(id, session);
      if (refused) return err(refused);
      const issues = projectIssues(project);
      if (issues.length > 0) return err(appError('invalidProject', `The project was not saved: ${issues[0]!.path}: ${issues[0]!.message}`, { issues }));
      const theirs = choice === 'keepBoth' ? await this.readProject(file) : null;
      let replacing: FileIdentity | null | undefined;
      if (theirs?.ok) {
        // Exactly the version kept as a copy is replaced: a change after that is a new conflict.
        replacing = theirs.value.identity;
        const other = theirs.value.loaded.project;
        const created = await this.create({ ...other, id: newId(), meta: { ...other.meta, title: `${other.meta.title} (${this.now().toISOString().slice(0, 10)}, changed elsewhere)` } });
        if (!created.ok) return created;
        copy = created.value;
      } else if (theirs && (theirs.error.code === 'corruptFile' || theirs.error.code === 'invalidProject')) {
        await this.keepAside(id);
      }
      try {
        replacing ??= await this.disk.identityOf(await this.disk.resolveTarget(file));
        const stamped = { ...project, meta: { ...project.meta, updatedAt: this.now().toISOString() } };
        session.file.identity = await this.disk.writeAtomically(file, serializeProject(stamped), { expected: replacing });
      } catch (e) {
        return err(fileAccessError(e, file, 'write'));
      }
    }
    const opened = await this.openNow(id, false);
    return opened.ok ? ok({ opened: opened.value, copy }) : opened;
  }

  /** Takes the newer version a writer left behind (or throws it away), and opens the project again. */
  recover(id: string, accept: boolean): Promise<Result<OpenedProject>> {
    return this.serial(id, () => this.recoverNow(id, accept));
  }

  private async recoverNow(id: string, accept: boolean): Promise<Result<OpenedProject>> {
    const session = this.sessions.get(id);
    const found = session?.recovery;
    if (!session || !found) return err(appError('notFound', 'There is nothing to recover for this project.', { file: this.fileOf(id) }));
    if (accept) {
      const refused = await this.refusedWrite(id, session);
      if (refused) return err(refused);
      try {
        session.file.identity = await this.disk.writeAtomically(this.fileOf(id), found.text, { expected: session.file.identity });
      } catch (e) {
        return err(fileAccessError(e, this.fileOf(id), 'write'));
      }
    }
    await this.removeLeftovers(this.fileOf(id));
    session.recovery = null;
    return this.openNow(id, false);
  }

  /** A screen is done with a project: when it was the last, the lock goes, so another app may edit it. */
  close(id: string): Promise<void> {
    return this.serial(id, () => this.closeNow(id));
  }

  private async closeNow(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    session.holders -= 1;
    if (session.holders <= 0) await this.forget(id);
  }

  /**
   * Why the project may not be written now, or null. Before each write the lock is checked: still
   * this app's; gone (deleted, or never taken) and taken again; or now another app's, and the
   * project turns read-only here.
   */
  private async refusedWrite(id: string, session: OpenSession): Promise<AppError | null> {
    const file = this.fileOf(id);
    if (session.readOnly) return appError('readOnly', READ_ONLY_MESSAGES[session.readOnly.reason], { file, reason: session.readOnly.reason });
    const state = session.lock ? await session.lock.state() : ({ kind: 'gone' } as const);
    if (state.kind === 'mine') return null;
    // The lock file cannot be read just now (a network share hiccup): a retry may work.
    if (state.kind === 'unreadable') return fileAccessError(state.error, file, 'write');
    let owner: LockOwner;
    if (state.kind === 'gone') {
      const outcome = await ProjectLock.acquire(this.disk, file, this.writer, this.now).catch(() => null);
      if (outcome === null) return null; // this folder takes no lock files: write as the app did on opening
      if (outcome.kind === 'acquired') {
        session.lock?.abandon();
        session.lock = outcome.lock;
        outcome.lock.startRenewing();
        return null;
      }
      owner = outcome.owner;
    } else {
      owner = state.owner;
    }
    session.lock?.abandon();
    session.lock = null;
    session.readOnly = { reason: 'lockedByOther', lockedBy: owner };
    return appError('readOnly', READ_ONLY_MESSAGES.lockedByOther, { file, reason: 'lockedByOther' });
  }

  /** Drops the project's session and lock whoever holds it (it is going to the trash, or cannot be read). */
  private async forget(id: string): Promise<void> {
    const session = this.sessions.get(id);
    this.sessions.delete(id);
    await session?.lock?.release();
  }

  /** At exit: every lock this app holds goes, at once. */
  releaseAllNow(): void {
    for (const session of this.sessions.values()) session.lock?.releaseNow();
    this.sessions.clear();
  }

  /** Adds a project to the library under a new file named after its title (atomically: never an empty or half file). */
  async create(project: Project): Promise<Result<LibraryEntry>> {
    await this.disk.mkdir(this.libraryDir).catch(() => undefined);
    const issues = projectIssues(project);
    if (issues.length > 0) return err(appError('invalidProject', `The project is not valid: ${issues[0]!.path}: ${issues[0]!.message}`, { issues }));
    const stem = slugify(project.meta.title) || 'commercial-policy';
    for (let attempt = 0; attempt < 1000; attempt++) {
      const id = attempt === 0 ? stem : `${stem}-${attempt + 1}`;
      let created: FileIdentity | 'exists';
      try {
        created = await this.disk.createAtomically(this.fileOf(id), serializeProject(project));
      } catch (e) {
        return err(fileAccessError(e, this.fileOf(id), 'write'));
      }
      if (created === 'exists') continue;
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

  rename(id: string, title: string): Promise<Result<LibraryEntry>> {
    return this.serial(id, async () => {
      const opened = await this.openNow(id, true);
      if (!opened.ok) return opened;
      const saved = await this.saveNow(id, { ...opened.value.project, meta: { ...opened.value.project.meta, title } });
      await this.closeNow(id);
      if (!saved.ok) return saved;
      return ok((await this.entryFor(id))!);
    });
  }

  /** Moves the project (and its backups) to the library's Trash folder; nothing is unlinked. */
  trash(id: string): Promise<Result<{ trashedAs: string }>> {
    const file = this.fileOf(id);
    return this.serial(id, async () => {
      if (!(await this.disk.exists(file))) return err(appError('notFound', `The project file ${file} does not exist.`, { file }));
      return this.withLockOf(id, async () => {
        const trashDir = join(this.libraryDir, TRASH_FOLDER);
        const target = join(trashDir, `${id}-${timestampForFile(this.now())}${PROJECT_EXTENSION}`);
        try {
          await this.disk.mkdir(trashDir);
          await this.disk.rename(file, target);
          for (const [i, suffix] of BACKUP_SUFFIXES.entries()) if (await this.disk.exists(this.backupOf(id, i))) await this.disk.rename(this.backupOf(id, i), `${target}${suffix}`);
        } catch (e) {
          return err(fileAccessError(e, file, 'write'));
        }
        return ok({ trashedAs: target });
      });
    });
  }

  /** Puts the latest backup back in place of the project file; the replaced file is kept aside. */
  restoreBackup(id: string): Promise<Result<LibraryEntry>> {
    const backupFile = this.backupOf(id);
    return this.serial(id, async () => {
      if (await this.disk.lstat(backupFile).then((s) => s.isSymbolicLink(), () => false)) {
        return err(appError('notFound', `${backupFile} is a link, not a backup the app made; it is not restored.`, { file: backupFile }));
      }
      const backup = await this.readProject(backupFile);
      if (!backup.ok) return backup;
      return this.withLockOf(id, async () => {
        if (await this.disk.exists(this.fileOf(id))) await this.keepAside(id);
        try {
          await this.disk.writeAtomically(this.fileOf(id), backup.value.text);
        } catch (e) {
          return err(fileAccessError(e, this.fileOf(id), 'write'));
        }
        return ok((await this.entryFor(id))!);
      });
    });
  }

  /** Copies a project file from anywhere into the library (migrating it if it is older). */
  async importFile(path: string): Promise<Result<LibraryEntry>> {
    const parsed = await this.readProject(path);
    if (!parsed.ok) return parsed;
    if (parsed.value.loaded.readOnly) {
      return err(appError('newerVersion', `${path} was written by a newer version of the app. Update the app to import it.`, { file: path }));
    }
    return this.create({ ...parsed.value.loaded.project, id: newId() });
  }

  /**
   * Writes a project to a file anywhere: the edits as they are in the app (given), even when they
   * could not be saved to the library (a full disk), or else the project as last saved.
   */
  async saveCopy(id: string, target: string, edits?: Project): Promise<Result<{ path: string }>> {
    // A copy never replaces a policy in the library (the project's own file above all: that
    // would write over a version changed elsewhere, or one another app is editing).
    let resolved: string;
    try {
      resolved = await this.disk.resolveTarget(target);
    } catch (e) {
      return err(fileAccessError(e, target, 'write'));
    }
    if (this.idOfLibraryFile(resolved) !== null && (await this.disk.exists(resolved))) {
      return err(appError('alreadyExists', `${target} is a policy in the library; a copy does not replace it. Choose another name or folder.`, { file: target, reason: 'targetInLibrary', params: { file: target } }));
    }
    let project = edits;
    if (project) {
      const issues = projectIssues(project);
      if (issues.length > 0) return err(appError('invalidProject', `The copy was not written: ${issues[0]!.path}: ${issues[0]!.message}`, { issues }));
    } else {
      const loaded = await this.load(id);
      if (!loaded.ok) return loaded;
      project = loaded.value.project;
    }
    try {
      await this.disk.writeAtomically(target, serializeProject(project));
    } catch (e) {
      return err(fileAccessError(e, target, 'write'));
    }
    return ok({ path: target });
  }

  /** Reads and validates a project file without keeping it open. */
  async load(id: string): Promise<Result<LoadedProject>> {
    const read = await this.readProject(this.fileOf(id));
    if (!read.ok && (read.error.code === 'corruptFile' || read.error.code === 'invalidProject')) {
      const keptAs = await this.keepAside(id);
      return err(withKeptCopy(read.error, keptAs, await this.disk.exists(this.backupOf(id))));
    }
    return read.ok ? ok(read.value.loaded) : read;
  }

  private async openedView(id: string, session: OpenSession, loaded: LoadedProject): Promise<OpenedProject> {
    const lockedBy = session.readOnly?.lockedBy;
    return {
      id,
      project: loaded.project,
      readOnly: session.readOnly !== null,
      readOnlyReason: session.readOnly?.reason ?? null,
      lockedBy: lockedBy ? { host: lockedBy.host, user: lockedBy.user, since: lockedBy.since } : null,
      recovery: session.recovery ? { savedAt: session.recovery.savedAt } : null,
      migratedFrom: loaded.fromVersion < loaded.project.schemaVersion ? loaded.fromVersion : null,
      backupAvailable: await this.disk.exists(this.backupOf(id)),
    };
  }

  /** Why the project cannot be edited here, if it cannot. */
  private async readOnlyReason(file: string, loaded: LoadedProject): Promise<ReadOnlyReason | null> {
    if (loaded.readOnly) return 'newerVersion';
    if (await this.disk.isMarkedReadOnly(await this.disk.resolveTarget(file))) return 'fileReadOnly';
    if (!(await this.disk.canWriteIn(this.libraryDir))) return 'folderReadOnly';
    return null;
  }

  /**
   * Runs `work` (which moves or replaces the file) holding the project's lock, so no other app
   * opens it meanwhile; refuses when another app has it open. The project is closed here after.
   */
  private async withLockOf<T>(id: string, work: () => Promise<Result<T>>): Promise<Result<T>> {
    const own = this.sessions.get(id)?.lock;
    let taken: ProjectLock | null = null;
    if (!own) {
      const outcome = await ProjectLock.acquire(this.disk, this.fileOf(id), this.writer, this.now).catch(() => null);
      if (outcome?.kind === 'heldBy') {
        const who = [outcome.owner.user, outcome.owner.host].filter(Boolean).join(' on ');
        return err(appError('readOnly', `The project is open in another copy of the app${who ? ` (${who})` : ''}. Close it there first.`, { file: this.fileOf(id), reason: 'lockedByOther' }));
      }
      taken = outcome?.lock ?? null;
    }
    try {
      return await work();
    } finally {
      await this.forget(id);
      await taken?.release();
    }
  }

  /** The backups move down a generation (the oldest goes); the file as it is now becomes the latest. A backup that is a link is never followed. */
  private async rotateBackups(id: string): Promise<void> {
    for (let i = 0; i < BACKUP_SUFFIXES.length; i++) {
      const path = this.backupOf(id, i);
      try {
        if ((await this.disk.lstat(path)).isSymbolicLink()) await this.disk.unlink(path);
      } catch {
        // Not there.
      }
    }
    const oldest = this.backupOf(id, BACKUP_SUFFIXES.length - 1);
    if (await this.disk.exists(oldest)) await this.disk.unlink(oldest);
    for (let i = BACKUP_SUFFIXES.length - 2; i >= 0; i--) {
      if (await this.disk.exists(this.backupOf(id, i))) await this.disk.rename(this.backupOf(id, i), this.backupOf(id, i + 1));
    }
    await this.disk.writeAtomically(this.backupOf(id), await this.disk.readFile(this.fileOf(id)));
  }

  /** A leftover temporary file newer than the file and holding a valid project is offered back; others are removed. */
  private async findRecovery(file: string, identity: FileIdentity): Promise<OpenSession['recovery']> {
    const leftovers = await this.disk.leftoverTemps(file);
    for (const leftover of leftovers) {
      if (leftover.mtimeMs <= identity.mtimeMs) continue;
      try {
        const text = await this.disk.readText(leftover.path);
        if (parseProjectText(text).ok && text !== (await this.disk.readText(file))) return { path: leftover.path, savedAt: new Date(leftover.mtimeMs).toISOString(), text };
      } catch {
        // Unreadable: not worth offering.
      }
    }
    await this.removeLeftovers(file);
    return null;
  }

  private async removeLeftovers(file: string) {
    for (const leftover of await this.disk.leftoverTemps(file)) await this.disk.unlink(leftover.path).catch(() => undefined);
  }

  /** Reads and validates a project file (refusing one far too big before reading it), with the version read. */
  private async readProject(file: string): Promise<Result<{ loaded: LoadedProject; identity: FileIdentity; text: string }>> {
    let data: Buffer;
    let identity: FileIdentity;
    try {
      const { size } = await this.disk.stat(file);
      if (size > MAX_PROJECT_FILE_BYTES) return err(appError('invalidProject', tooBigMessage(file, size), { file }));
      ({ data, identity } = await this.disk.readWithIdentity(file));
    } catch (e) {
      return err(fileAccessError(e, file, 'read'));
    }
    const text = data.toString('utf8');
    const parsed = parseProjectText(text, file);
    return parsed.ok ? ok({ loaded: parsed.value, identity, text }) : parsed;
  }

  private async entryFor(id: string): Promise<LibraryEntry | null> {
    const file = this.fileOf(id);
    let modified: Date;
    try {
      modified = (await this.disk.stat(file)).mtime;
    } catch {
      return null; // gone since the folder was listed
    }
    const backupAvailable = await this.disk.exists(this.backupOf(id));
    const parsed = await this.readProject(file);
    const fileName = basename(file);
    if (parsed.ok) {
      const { meta } = parsed.value.loaded.project;
      return { id, fileName, title: meta.title, companyName: meta.companyName, updatedAt: meta.updatedAt, state: parsed.value.loaded.readOnly ? 'readOnly' : 'ok', problem: null, backupAvailable };
    }
    if (parsed.error.code === 'notFound') return null;
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
      const { mtime } = await this.disk.stat(file);
      const dir = join(this.libraryDir, DAMAGED_FOLDER);
      await this.disk.mkdir(dir);
      const target = join(dir, `${id}-${timestampForFile(mtime)}${PROJECT_EXTENSION}`);
      if (!(await this.disk.exists(target))) await this.disk.copyFile(file, target);
      return target;
    } catch {
      return null;
    }
  }
}

function withKeptCopy(error: AppError, keptAs: string | null, backupAvailable: boolean): AppError {
  const parts = [error.message, 'The file has not been changed.'];
  if (keptAs) parts.push(`A copy is kept at ${keptAs}.`);
  if (backupAvailable) parts.push('You can restore the backup from when it was last opened.');
  return { ...error, message: parts.join(' ') };
}

const timestampForFile = (date: Date) => date.toISOString().replace(/[:.]/g, '-');
