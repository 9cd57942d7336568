import { chmod, lstat, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../main/services/export/exportDocument';
import { Disk } from '../../main/services/files/disk';
import { CLOCK_SKEW_ALLOWANCE_MS, lockFileOf, STALE_LOCK_MS, type Writer } from '../../main/services/files/projectLock';
import { ProjectStore } from '../../main/services/projectStore';
import type { Project } from '../../shared/project/schema';
import { parseProjectText, serializeProject } from '../../shared/project/validate';
import { templateProject } from '../support/projects';

// The store on the disks users have: read-only folders, full disks, shared folders with a second
// app, sync tools changing files, links, files marked read-only. Failures are injected through
// the store's Disk where the test machine cannot produce them (tests may run as root, for whom
// folder permissions mean nothing).

let dir: string;
let store: ProjectStore;
const clock = { now: new Date('2026-12-01T10:00:00.000Z') };
const here: Writer = { host: 'this-pc', pid: process.pid, user: 'anna' };
const elsewhere: Writer = { host: 'other-pc', pid: 4242, user: 'bela' };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-disks-'));
  clock.now = new Date('2026-12-01T10:00:00.000Z');
  store = new ProjectStore({ libraryDir: dir, now: () => clock.now, writer: here });
});
afterEach(async () => {
  store.releaseAllNow();
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function addDuna(into = store): Promise<string> {
  const created = await into.create(templateProject('duna-cargo'));
  if (!created.ok) throw new Error(created.error.message);
  return created.value.id;
}

const retitled = (project: Project, title: string): Project => ({ ...project, meta: { ...project.meta, title } });
const titleOnDisk = async (file: string) => {
  const parsed = parseProjectText(await readFile(file, 'utf8'));
  return parsed.ok ? parsed.value.project.meta.title : `unreadable: ${parsed.error.message}`;
};
const tempsIn = async (folder: string) => (await readdir(folder)).filter((name) => name.endsWith('.tmp'));

async function openForEditing(id: string, into = store): Promise<Project> {
  const opened = await into.open(id);
  if (!opened.ok) throw new Error(opened.error.message);
  expect(opened.value.readOnly).toBe(false);
  return opened.value.project;
}

const errnoError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** A disk whose library folder is on a read-only drive. */
class ReadOnlyDrive extends Disk {
  override canWriteIn = async () => false;
  protected override writeDurably = async () => {
    throw errnoError('EROFS');
  };
  override mkdir = async () => undefined;
}

/** A disk that fills up under `folder`: a write there gets part-way, then fails. */
class FullDisk extends Disk {
  constructor(private readonly folder: string) {
    super();
  }
  protected override async writeDurably(path: string, data: Buffer): Promise<void> {
    if (!path.startsWith(this.folder)) return super.writeDurably(path, data);
    await writeFile(path, data.subarray(0, 100));
    throw errnoError('ENOSPC');
  }
}

describe('a read-only library folder', () => {
  it('opens projects read-only, says why, and never reports an internal error', async () => {
    const id = await addDuna();
    const onReadOnlyDrive = new ProjectStore({ libraryDir: dir, disk: new ReadOnlyDrive(), writer: here });
    const listed = await onReadOnlyDrive.list();
    expect(listed.ok && listed.value.map((e) => e.state)).toEqual(['ok']);
    const opened = await onReadOnlyDrive.open(id);
    expect(opened.ok && opened.value).toMatchObject({ readOnly: true, readOnlyReason: 'folderReadOnly' });
    const saved = await onReadOnlyDrive.save(id, templateProject('duna-cargo'));
    expect(!saved.ok && saved.error).toMatchObject({ code: 'readOnly', reason: 'folderReadOnly' });
    const created = await onReadOnlyDrive.create(templateProject('duna-cargo'));
    expect(!created.ok && created.error).toMatchObject({ code: 'fileAccess', reason: 'readOnlyDrive' });
    expect(!created.ok && created.error.message).toMatch(/drive is read-only\. Choose another place/);
  });
});

describe('a full disk', () => {
  it('creates no file at all when a new project does not fit', async () => {
    const full = new ProjectStore({ libraryDir: dir, disk: new FullDisk(dir), writer: here });
    const created = await full.create(templateProject('duna-cargo'));
    expect(!created.ok && created.error).toMatchObject({ code: 'fileAccess', reason: 'diskFull' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the file as it was when saves fail, and "Save a copy" elsewhere writes the unsaved edits', async () => {
    const id = await addDuna();
    const before = await readFile(store.fileOf(id), 'utf8');
    const full = new ProjectStore({ libraryDir: dir, disk: new FullDisk(dir), writer: here });
    const project = await openForEditing(id, full); // the backup cannot be written: opening still works
    const edited = retitled(project, 'Edited while the disk was full');
    const saved = await full.save(id, edited);
    expect(!saved.ok && saved.error).toMatchObject({ code: 'fileAccess', reason: 'diskFull', file: store.fileOf(id) });
    expect(await readFile(store.fileOf(id), 'utf8')).toBe(before);
    expect(await tempsIn(dir)).toEqual([]);

    const elsewhereDir = await mkdtemp(join(tmpdir(), 'cpb-usb-'));
    const copy = await full.saveCopy(id, join(elsewhereDir, 'rescued.cpolicy'), edited);
    expect(copy.ok).toBe(true);
    expect(await titleOnDisk(join(elsewhereDir, 'rescued.cpolicy'))).toBe('Edited while the disk was full');
    // Without the edits, a copy is the project as last saved.
    await full.saveCopy(id, join(elsewhereDir, 'saved.cpolicy'));
    expect(await titleOnDisk(join(elsewhereDir, 'saved.cpolicy'))).toBe(project.meta.title);
    await rm(elsewhereDir, { recursive: true, force: true });
  });
});

describe('a second app on the same file', () => {
  it('opens it read-only there, says who has it and since when, and lets it edit once the first closes', async () => {
    const id = await addDuna();
    await openForEditing(id);
    const second = new ProjectStore({ libraryDir: dir, writer: elsewhere, now: () => clock.now });
    const opened = await second.open(id);
    expect(opened.ok && opened.value).toMatchObject({ readOnly: true, readOnlyReason: 'lockedByOther', lockedBy: { host: 'this-pc', user: 'anna', since: '2026-12-01T10:00:00.000Z' } });
    const saved = await second.save(id, retitled(templateProject('duna-cargo'), 'Second'));
    expect(!saved.ok && saved.error).toMatchObject({ code: 'readOnly', reason: 'lockedByOther' });
    expect(await second.trash(id)).toMatchObject({ ok: false, error: { reason: 'lockedByOther' } });
    await second.close(id);

    await store.close(id);
    const again = await second.open(id);
    expect(again.ok && again.value.readOnly).toBe(false);
    expect(await second.save(id, retitled(templateProject('duna-cargo'), 'Second'))).toMatchObject({ ok: true });
    second.releaseAllNow();
  });

  it('takes over a lock left by an app that is gone: a dead process here, or one not renewed for long', async () => {
    const id = await addDuna();
    const lock = lockFileOf(store.fileOf(id));
    const stamp = clock.now.toISOString();
    await writeFile(lock, JSON.stringify({ host: 'this-pc', pid: 2 ** 22 + 7, user: 'anna', since: stamp, renewed: stamp }));
    expect((await store.open(id)).ok && JSON.parse(await readFile(lock, 'utf8')).pid).toBe(process.pid);
    await store.close(id);

    // Another machine's lock, renewed by its clock ten minutes ago: clocks may differ by minutes, so it is still theirs…
    await writeFile(lock, JSON.stringify({ host: 'other-pc', pid: 1, user: 'bela', since: stamp, renewed: stamp }));
    clock.now = new Date(clock.now.getTime() + STALE_LOCK_MS + 1000);
    expect(await store.open(id)).toMatchObject({ ok: true, value: { readOnlyReason: 'lockedByOther' } });
    await store.close(id);
    // …until it is older than that allowance too.
    clock.now = new Date(clock.now.getTime() + CLOCK_SKEW_ALLOWANCE_MS);
    expect(await store.open(id)).toMatchObject({ ok: true, value: { readOnly: false } });
  });

  it('takes over a dead lock whose owner\u2019s clock is ahead, once it has stayed unchanged for ten minutes here', async () => {
    const id = await addDuna();
    const lock = lockFileOf(store.fileOf(id));
    const tomorrow = new Date(clock.now.getTime() + 24 * 3600_000).toISOString();
    await writeFile(lock, JSON.stringify({ host: 'other-pc', pid: 1, user: 'bela', since: tomorrow, renewed: tomorrow }));
    expect(await store.open(id)).toMatchObject({ ok: true, value: { readOnlyReason: 'lockedByOther' } });
    await store.close(id);
    clock.now = new Date(clock.now.getTime() + STALE_LOCK_MS + 1000);
    expect(await store.open(id)).toMatchObject({ ok: true, value: { readOnly: false } });
  });

  it('takes the lock again when it was deleted while the project was open, and saves', async () => {
    const id = await addDuna();
    const project = await openForEditing(id);
    await rm(lockFileOf(store.fileOf(id)));
    expect(await store.save(id, retitled(project, 'Lock deleted meanwhile'))).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(lockFileOf(store.fileOf(id)), 'utf8'))).toMatchObject({ host: 'this-pc', pid: process.pid });
  });

  it('stops saving when another app took the lock over, instead of both writing', async () => {
    const id = await addDuna();
    const project = await openForEditing(id);
    const stamp = clock.now.toISOString();
    await writeFile(lockFileOf(store.fileOf(id)), JSON.stringify({ host: 'other-pc', pid: 1, user: 'bela', since: stamp, renewed: stamp }));
    const saved = await store.save(id, retitled(project, 'Mine'));
    expect(!saved.ok && saved.error).toMatchObject({ code: 'readOnly', reason: 'lockedByOther' });
    expect(await titleOnDisk(store.fileOf(id))).toBe(project.meta.title);
  });

  it('keeps one screen\u2019s lock while another screen of the same app closes the project', async () => {
    const id = await addDuna();
    const project = await openForEditing(id);
    await openForEditing(id);
    await store.close(id);
    expect(await store.save(id, retitled(project, 'Still open'))).toMatchObject({ ok: true });
    await store.close(id);
    expect(await readdir(dir)).not.toContain(`.${id}.cpolicy.lock`);
  });
});

describe('a file changed or deleted by another program while open', () => {
  it('is never written over: the save says so, and the user loads theirs or keeps both', async () => {
    const id = await addDuna();
    const project = await openForEditing(id);
    const theirs = serializeProject(retitled(project, 'Changed by OneDrive'));
    await writeFile(store.fileOf(id), theirs);

    const saved = await store.save(id, retitled(project, 'Mine'));
    expect(!saved.ok && saved.error).toMatchObject({ code: 'conflict', reason: 'changedOnDisk' });
    expect(await readFile(store.fileOf(id), 'utf8')).toBe(theirs);

    const reloaded = await store.resolveConflict(id, 'reload', retitled(project, 'Mine'));
    expect(reloaded.ok && reloaded.value.opened.project.meta.title).toBe('Changed by OneDrive');
    expect(await readFile(store.fileOf(id), 'utf8')).toBe(theirs);

    await writeFile(store.fileOf(id), serializeProject(retitled(project, 'Changed again')));
    expect(await store.save(id, retitled(project, 'Mine'))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const both = await store.resolveConflict(id, 'keepBoth', retitled(project, 'Mine'));
    expect(both.ok && both.value.opened.project.meta.title).toBe('Mine');
    expect(await titleOnDisk(store.fileOf(id))).toBe('Mine');
    expect(both.ok && both.value.copy?.title).toBe('Changed again (2026-12-01, changed elsewhere)');
    // Saving goes on as usual afterwards.
    expect(await store.save(id, retitled(project, 'Mine, later'))).toMatchObject({ ok: true });
  });

  it('is not silently recreated when deleted: the user saves it again or saves a copy', async () => {
    const id = await addDuna();
    const project = await openForEditing(id);
    await rm(store.fileOf(id));
    const saved = await store.save(id, retitled(project, 'Mine'));
    expect(!saved.ok && saved.error).toMatchObject({ code: 'conflict', reason: 'deletedOnDisk' });
    expect(await readdir(dir)).not.toContain(`${id}.cpolicy`);
    const again = await store.resolveConflict(id, 'saveAgain', retitled(project, 'Mine'));
    expect(again.ok).toBe(true);
    expect(await titleOnDisk(store.fileOf(id))).toBe('Mine');
  });
});

describe('links', () => {
  it('writes a linked project through to its target and leaves the link in place', async () => {
    const realDir = await mkdtemp(join(tmpdir(), 'cpb-real-'));
    const real = join(realDir, 'duna.cpolicy');
    await writeFile(real, serializeProject(templateProject('duna-cargo')));
    await symlink(real, join(dir, 'duna.cpolicy'));
    const project = await openForEditing('duna');
    expect(await store.save('duna', retitled(project, 'Through the link'))).toMatchObject({ ok: true });
    expect((await lstat(join(dir, 'duna.cpolicy'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'duna.cpolicy'))).toBe(real);
    expect(await titleOnDisk(real)).toBe('Through the link');
    await rm(realDir, { recursive: true, force: true });
  });

  it('never follows a backup that is a link', async () => {
    const id = await addDuna();
    const victim = join(await mkdtemp(join(tmpdir(), 'cpb-victim-')), 'important.txt');
    await writeFile(victim, 'not yours');
    await symlink(victim, store.backupOf(id));
    await openForEditing(id);
    expect(await readFile(victim, 'utf8')).toBe('not yours');
    expect((await lstat(store.backupOf(id))).isSymbolicLink()).toBe(false);
    expect(await titleOnDisk(store.backupOf(id))).toBe(templateProject('duna-cargo').meta.title);
  });
});

describe('more links', () => {
  it('writes through a link whose target was deleted, recreating the target, never replacing the link', async () => {
    const realDir = await mkdtemp(join(tmpdir(), 'cpb-real-'));
    const real = join(realDir, 'duna.cpolicy');
    await writeFile(real, serializeProject(templateProject('duna-cargo')));
    await symlink(real, join(dir, 'duna.cpolicy'));
    const project = await openForEditing('duna');
    await rm(real);
    expect(await store.save('duna', retitled(project, 'Mine'))).toMatchObject({ ok: false, error: { reason: 'deletedOnDisk' } });
    expect((await store.resolveConflict('duna', 'saveAgain', retitled(project, 'Mine'))).ok).toBe(true);
    expect((await lstat(join(dir, 'duna.cpolicy'))).isSymbolicLink()).toBe(true);
    expect(await titleOnDisk(real)).toBe('Mine');
    await rm(realDir, { recursive: true, force: true });
  });

  it('does not restore a backup that is a link', async () => {
    const id = await addDuna();
    const elsewhereFile = join(await mkdtemp(join(tmpdir(), 'cpb-planted-')), 'planted.cpolicy');
    await writeFile(elsewhereFile, serializeProject(retitled(templateProject('duna-cargo'), 'Planted')));
    await symlink(elsewhereFile, store.backupOf(id));
    expect(await store.restoreBackup(id)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await titleOnDisk(store.fileOf(id))).toBe(templateProject('duna-cargo').meta.title);
  });
});

describe('copies, permissions and drives without hard links', () => {
  it('never lets "Save a copy" replace a policy in the library, its own file above all', async () => {
    const id = await addDuna();
    const other = await addDuna();
    const before = await readFile(store.fileOf(id), 'utf8');
    for (const target of [store.fileOf(id), store.fileOf(other)]) {
      const copy = await store.saveCopy(id, target, retitled(templateProject('duna-cargo'), 'Copy'));
      expect(!copy.ok && copy.error).toMatchObject({ reason: 'targetInLibrary' });
    }
    expect(await readFile(store.fileOf(id), 'utf8')).toBe(before);
  });

  it('keeps the permissions the file had', async () => {
    const id = await addDuna();
    await chmod(store.fileOf(id), 0o600);
    const project = await openForEditing(id);
    expect(await store.save(id, retitled(project, 'Private'))).toMatchObject({ ok: true });
    expect((await stat(store.fileOf(id))).mode & 0o777).toBe(0o600);
  });

  it('creates projects and locks on a drive without hard links (FAT, exFAT), never replacing a file', async () => {
    class FatDrive extends Disk {
      protected override hardLink = async () => {
        throw errnoError('EISDIR'); // what Windows reports for a hard link on FAT
      };
    }
    const fat = new ProjectStore({ libraryDir: dir, disk: new FatDrive(), writer: here });
    const first = await fat.create(templateProject('duna-cargo'));
    const second = await fat.create(templateProject('duna-cargo'));
    expect(first.ok && second.ok && [first.value.id, second.value.id]).toEqual(['commercial-policy-of-duna-cargo-logisztika-kft-2027-2031', 'commercial-policy-of-duna-cargo-logisztika-kft-2027-2031-2']);
    const id = first.ok ? first.value.id : '';
    await openForEditing(id, fat);
    const second_app = new ProjectStore({ libraryDir: dir, disk: new FatDrive(), writer: elsewhere });
    expect(await second_app.open(id)).toMatchObject({ ok: true, value: { readOnlyReason: 'lockedByOther' } });
    expect(await tempsIn(dir)).toEqual([]);
    fat.releaseAllNow();
  });
});

describe('files marked read-only', () => {
  it('opens a read-only project read-only, and never replaces it', async () => {
    const id = await addDuna();
    await chmod(store.fileOf(id), 0o444);
    const before = await readFile(store.fileOf(id), 'utf8');
    const opened = await store.open(id);
    expect(opened.ok && opened.value).toMatchObject({ readOnly: true, readOnlyReason: 'fileReadOnly' });
    expect(await store.save(id, templateProject('duna-cargo'))).toMatchObject({ ok: false, error: { code: 'readOnly', reason: 'fileReadOnly' } });
    expect(await readFile(store.fileOf(id), 'utf8')).toBe(before);
  });

  it('refuses to replace a read-only export or copy, and says what to do', async () => {
    const id = await addDuna();
    const signedOff = join(dir, 'signed-off.pdf');
    await writeFile(signedOff, '%PDF-1.7 signed');
    await chmod(signedOff, 0o444);
    const exported = await writeExport(Buffer.from('%PDF-1.7 new'), signedOff);
    expect(!exported.ok && exported.error).toMatchObject({ code: 'readOnly', reason: 'fileReadOnly', file: signedOff });
    expect(!exported.ok && exported.error.message).toMatch(/marked read-only, so it was not replaced\. Remove the mark .* or choose another name/);
    expect(await readFile(signedOff, 'utf8')).toBe('%PDF-1.7 signed');

    const archive = await mkdtemp(join(tmpdir(), 'cpb-archive-'));
    const copy = join(archive, 'archive.cpolicy');
    await writeFile(copy, 'kept');
    await chmod(copy, 0o444);
    expect(await store.saveCopy(id, copy)).toMatchObject({ ok: false, error: { reason: 'fileReadOnly' } });
    expect(await readFile(copy, 'utf8')).toBe('kept');
    await rm(archive, { recursive: true, force: true });
  });
});

describe('backups and leftovers', () => {
  it('keeps the last three versions, one per run of the app', async () => {
    const id = await addDuna();
    for (const title of ['Run 1', 'Run 2', 'Run 3', 'Run 4']) {
      const run = new ProjectStore({ libraryDir: dir, writer: here });
      const project = await openForEditing(id, run);
      await openForEditing(id, run); // opening again in the same run keeps that run's backup
      expect(await run.save(id, retitled(project, title))).toMatchObject({ ok: true });
      run.releaseAllNow();
    }
    expect(await titleOnDisk(store.fileOf(id))).toBe('Run 4');
    expect([await titleOnDisk(store.backupOf(id, 0)), await titleOnDisk(store.backupOf(id, 1)), await titleOnDisk(store.backupOf(id, 2))]).toEqual(['Run 3', 'Run 2', 'Run 1']);
  });

  it('offers back a newer version a crashed save left behind, and cleans up what it does not offer', async () => {
    const id = await addDuna();
    const file = store.fileOf(id);
    const newer = join(dir, `.${id}.cpolicy.9999-aaaa.tmp`);
    const older = join(dir, `.${id}.cpolicy.9998-bbbb.tmp`);
    const torn = join(dir, `.${id}.cpolicy.9997-cccc.tmp`);
    await writeFile(newer, serializeProject(retitled(templateProject('duna-cargo'), 'Left by a crash')));
    await writeFile(older, serializeProject(retitled(templateProject('duna-cargo'), 'Older')));
    await writeFile(torn, '{"schemaVersion":');
    const later = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000); // whole seconds: every file system keeps them
    await utimes(newer, later, later);
    await utimes(torn, later, later);
    await utimes(older, new Date(0), new Date(0));

    const opened = await store.open(id);
    expect(opened.ok && opened.value.recovery).toEqual({ savedAt: later.toISOString() });
    const recovered = await store.recover(id, true);
    expect(recovered.ok && recovered.value).toMatchObject({ recovery: null, project: { meta: { title: 'Left by a crash' } } });
    expect(await titleOnDisk(file)).toBe('Left by a crash');
    expect(await tempsIn(dir)).toEqual([]);
  });

  it('throws a leftover away when the user says so', async () => {
    const id = await addDuna();
    const before = await readFile(store.fileOf(id), 'utf8');
    const newer = join(dir, `.${id}.cpolicy.9999-aaaa.tmp`);
    await writeFile(newer, serializeProject(retitled(templateProject('duna-cargo'), 'Left by a crash')));
    const later = new Date(Date.now() + 60_000);
    await utimes(newer, later, later);
    expect((await store.open(id)).ok).toBe(true);
    expect(await store.recover(id, false)).toMatchObject({ ok: true, value: { recovery: null } });
    expect(await readFile(store.fileOf(id), 'utf8')).toBe(before);
    expect(await tempsIn(dir)).toEqual([]);
  });

  it('gives each write a temporary file of its own, named after the process', async () => {
    const names: string[] = [];
    class Watching extends Disk {
      protected override writeDurably(path: string, data: Buffer) {
        names.push(path);
        return super.writeDurably(path, data);
      }
    }
    const watched = new Watching();
    const file = join(dir, 'shared.cpolicy');
    await Promise.all(['one', 'two', 'three'].map((text) => watched.writeAtomically(file, text)));
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(new RegExp(`/\\.shared\\.cpolicy\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    expect(['one', 'two', 'three']).toContain(await readFile(file, 'utf8'));
    expect(await tempsIn(dir)).toEqual([]);
  });
});
