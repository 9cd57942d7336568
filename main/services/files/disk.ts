import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The file operations the library needs, done as real disks and shared folders require: a save
 * goes to a temporary file of its own (unique per writer), flushed to the disk, renamed over the
 * file, and the folder flushed, so a crash or power cut leaves the old version or the new one.
 * A save can say which version of the file it expects to replace: if the file changed meanwhile
 * (another program, a sync tool, a second writer), nothing is written. A symbolic link is written
 * through to its target, never replaced; a file marked read-only is never replaced.
 *
 * One class, so tests can stand in for a full disk or a read-only folder by overriding a method.
 */

/** What a version of a file is: its size, when it was written, and what it holds. */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export class DiskError extends Error {
  constructor(
    readonly kind: 'changed' | 'missing' | 'readOnly',
    readonly path: string,
  ) {
    super(`${kind}: ${path}`);
  }
}

/** As many links as the systems follow before they give up (Linux: 40; macOS: 32). */
const MAX_LINK_HOPS = 32;
/** Windows refuses a rename for a moment while an antivirus, indexer or sync tool has the file open. */
const RENAME_RETRY_MS = [10, 20, 40, 80, 160, 320, 640, 1000];
const TRANSIENT_RENAME_ERRORS = ['EPERM', 'EACCES', 'EBUSY'];

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export const sameFile = (a: FileIdentity | null, b: FileIdentity | null) => (a === null || b === null ? a === b : a.size === b.size && a.sha256 === b.sha256);

/** Temporary files a writer leaves beside `file`: ".<name>.<writer>.tmp". */
export const tempNamePattern = (file: string) => new RegExp(`^\\.${basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[\\w-]+\\.tmp$`);

export class Disk {
  async readWithIdentity(path: string): Promise<{ data: Buffer; identity: FileIdentity }> {
    const data = await fs.readFile(path);
    const { mtimeMs } = await fs.stat(path);
    return { data, identity: { size: data.length, mtimeMs, sha256: sha256(data) } };
  }

  /** The file's identity now, or null if it is not there. */
  async identityOf(path: string): Promise<FileIdentity | null> {
    try {
      return (await this.readWithIdentity(path)).identity;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  /**
   * Where writing `path` really writes: a symbolic link's target, followed link by link (so a
   * link whose target is gone still names that target, and is never replaced by a file).
   */
  async resolveTarget(path: string): Promise<string> {
    let current = path;
    for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
      let isLink: boolean;
      try {
        isLink = (await fs.lstat(current)).isSymbolicLink();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return current;
        throw e;
      }
      if (!isLink) return current;
      current = resolve(dirname(current), await fs.readlink(current));
    }
    throw Object.assign(new Error(`Too many levels of symbolic links: ${path}`), { code: 'ELOOP' });
  }

  /** Marked read-only (by its attributes, not by who runs the app: an administrator's save respects the mark too). */
  async isMarkedReadOnly(path: string): Promise<boolean> {
    try {
      return ((await fs.stat(path)).mode & 0o222) === 0;
    } catch {
      return false;
    }
  }

  /** Whether files can be created in a folder (a read-only drive or folder, or one without permission, cannot). */
  async canWriteIn(dir: string): Promise<boolean> {
    const probe = join(dir, `.write-probe.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await (await fs.open(probe, 'wx')).close();
      await fs.unlink(probe);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Writes `data` to `path` atomically and durably. With `expected`, only if the file is still
   * that version (null: only if there is no file): else a DiskError "changed" or "missing".
   */
  async writeAtomically(path: string, data: Buffer | string, options: { expected?: FileIdentity | null } = {}): Promise<FileIdentity> {
    const target = await this.resolveTarget(path);
    if (await this.isMarkedReadOnly(target)) throw new DiskError('readOnly', path);
    if (options.expected !== undefined) {
      const current = await this.identityOf(target);
      if (current === null && options.expected !== null) throw new DiskError('missing', path);
      if (!sameFile(current, options.expected)) throw new DiskError('changed', path);
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
      await this.writeDurably(temp, bytes);
      // The new version keeps the permissions the file had (a private file stays private, a shared one shared).
      const mode = await fs.stat(target).then((s) => s.mode & 0o7777, () => null);
      if (mode !== null) await fs.chmod(temp, mode).catch(() => undefined);
      await this.renameRetrying(temp, target);
    } catch (e) {
      await fs.unlink(temp).catch(() => undefined);
      throw e;
    }
    await this.syncFolder(dirname(target));
    const { mtimeMs } = await fs.stat(target);
    return { size: bytes.length, mtimeMs, sha256: sha256(bytes) };
  }

  /** Renames, retrying for a moment while another program holds the target (Windows). */
  protected async renameRetrying(from: string, to: string): Promise<void> {
    for (const wait of [...RENAME_RETRY_MS, null]) {
      try {
        return await fs.rename(from, to);
      } catch (e) {
        if (wait === null || !TRANSIENT_RENAME_ERRORS.includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
        await new Promise((done) => setTimeout(done, wait));
      }
    }
  }

  /**
   * Creates `path` with `data`, atomically, only if there is no such file: the content is complete
   * before the name appears (a full disk leaves no empty file behind).
   */
  async createAtomically(path: string, data: Buffer | string): Promise<FileIdentity | 'exists'> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
      await this.writeDurably(temp, bytes);
      try {
        // A hard link fails if the name is taken: no file is ever replaced.
        await this.hardLink(temp, path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
        // Drives without hard links (FAT and exFAT, where Windows says EISDIR; some network
        // shares): take the name exclusively with an empty file, then rename the content over it.
        await (await fs.open(path, 'wx')).close();
        try {
          await this.renameRetrying(temp, path);
        } catch (renameError) {
          await fs.unlink(path).catch(() => undefined); // our empty placeholder
          throw renameError;
        }
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
      throw e;
    } finally {
      await fs.unlink(temp).catch(() => undefined);
    }
    await this.syncFolder(dirname(path));
    const { mtimeMs } = await fs.stat(path);
    return { size: bytes.length, mtimeMs, sha256: sha256(bytes) };
  }

  /** A second name for a file; fails if the name is taken (and on drives without hard links). */
  protected hardLink(existing: string, newName: string): Promise<void> {
    return fs.link(existing, newName);
  }

  /** The data written and flushed to the disk under a new name. */
  protected async writeDurably(path: string, data: Buffer): Promise<void> {
    const handle = await fs.open(path, 'wx', 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** The folder's entry for a renamed file flushed to the disk (where the system allows: not on Windows). */
  protected async syncFolder(dir: string): Promise<void> {
    try {
      const handle = await fs.open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Folders cannot be opened for flushing on Windows; its rename is durable on NTFS.
    }
  }

  /** Temporary files left beside `file` by a writer that did not finish (a crash, a power cut). */
  async leftoverTemps(file: string): Promise<{ path: string; mtimeMs: number }[]> {
    const dir = dirname(file);
    const pattern = tempNamePattern(file);
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return [];
    }
    const found = await Promise.all(
      names
        .filter((name) => pattern.test(name))
        .map(async (name) => {
          try {
            return { path: join(dir, name), mtimeMs: (await fs.stat(join(dir, name))).mtimeMs };
          } catch {
            return null;
          }
        }),
    );
    return found.filter((f): f is { path: string; mtimeMs: number } => f !== null).sort((a, b) => b.mtimeMs - a.mtimeMs);
  }

  readFile = (path: string) => fs.readFile(path);
  readText = (path: string) => fs.readFile(path, 'utf8');
  stat = (path: string) => fs.stat(path);
  lstat = (path: string) => fs.lstat(path);
  readdir = (path: string) => fs.readdir(path);
  mkdir = (path: string) => fs.mkdir(path, { recursive: true }).then(() => undefined);
  rename = (from: string, to: string) => fs.rename(from, to);
  unlink = (path: string) => fs.unlink(path);
  copyFile = (from: string, to: string) => fs.copyFile(from, to);

  async exists(path: string): Promise<boolean> {
    try {
      await fs.stat(path);
      return true;
    } catch {
      return false;
    }
  }
}

/** The real disk, for writers that need nothing else (exports, tables, the command line). */
export const disk = new Disk();
