import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../main/services/projectStore';
import { CURRENT_SCHEMA_VERSION } from '../../shared/project/schema';
import { parseProjectText } from '../../shared/project/validate';
import { killWhileSaving } from '../support/crashSafety';
import { fixturePath, templateProject } from '../support/projects';

let dir: string;
let store: ProjectStore;
const clock = { now: new Date('2026-11-28T10:00:00.000Z') };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-store-'));
  store = new ProjectStore({ libraryDir: dir, now: () => clock.now });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function addDuna(): Promise<string> {
  const created = await store.create(templateProject('duna-cargo'));
  if (!created.ok) throw new Error(created.error.message);
  return created.value.id;
}

describe('the project store', () => {
  it('creates a file named after the title and never overwrites an existing one', async () => {
    const first = await addDuna();
    const second = await addDuna();
    expect([first, second]).toEqual(['commercial-policy-of-duna-cargo-logisztika-kft-2027-2031', 'commercial-policy-of-duna-cargo-logisztika-kft-2027-2031-2']);
    const list = await store.list();
    expect(list.ok && list.value.map((e) => e.state)).toEqual(['ok', 'ok']);
  });

  it('keeps the file as it was when opened as a backup, while saves replace the file', async () => {
    const id = await addDuna();
    const original = await readFile(store.fileOf(id), 'utf8');
    const opened = await store.open(id);
    expect(opened.ok && opened.value.backupAvailable).toBe(true);
    const project = opened.ok ? opened.value.project : null!;
    clock.now = new Date('2026-11-28T11:00:00.000Z');
    const saved = await store.save(id, { ...project, meta: { ...project.meta, title: 'Edited' } });
    expect(saved).toEqual({ ok: true, value: { updatedAt: '2026-11-28T11:00:00.000Z' } });
    const onDisk = parseProjectText(await readFile(store.fileOf(id), 'utf8'));
    expect(onDisk.ok && onDisk.value.project.meta).toMatchObject({ title: 'Edited', updatedAt: '2026-11-28T11:00:00.000Z' });
    expect(await readFile(store.backupOf(id), 'utf8')).toBe(original);
    // Opening again in the same run does not replace the backup with edited content.
    await store.open(id);
    expect(await readFile(store.backupOf(id), 'utf8')).toBe(original);
    // No temporary files are left behind.
    expect((await readdir(dir)).filter((n) => n.includes('tmp'))).toEqual([]);
  });

  it('never writes over a file that is not valid JSON: reports it, keeps a copy aside, leaves it byte for byte', async () => {
    const id = await addDuna();
    const damaged = (await readFile(store.fileOf(id), 'utf8')).slice(0, 500);
    await writeFile(store.fileOf(id), damaged);
    const opened = await store.open(id);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.error).toMatchObject({ code: 'corruptFile', file: store.fileOf(id) });
    expect(!opened.ok && opened.error.message).toMatch(/not valid JSON.*has not been changed.*copy is kept at .*Damaged/s);
    expect(await readFile(store.fileOf(id), 'utf8')).toBe(damaged);
    const kept = await readdir(join(dir, 'Damaged'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, 'Damaged', kept[0]!), 'utf8')).toBe(damaged);
    const saved = await store.save(id, templateProject('duna-cargo'));
    expect(saved.ok).toBe(false);
    expect(await readFile(store.fileOf(id), 'utf8')).toBe(damaged);
    const list = await store.list();
    expect(list.ok && list.value[0]).toMatchObject({ state: 'damaged', problem: { code: 'corruptFile' } });
  });

  it('reports the field path of a schema-invalid file and can restore the session backup', async () => {
    const id = await addDuna();
    await store.open(id); // makes the backup
    const project = templateProject('duna-cargo') as unknown as { meta: { planStart: string } };
    project.meta.planStart = '2027-13';
    await writeFile(store.fileOf(id), JSON.stringify(project));
    const fresh = new ProjectStore({ libraryDir: dir }); // a later run of the app
    const opened = await fresh.open(id);
    expect(!opened.ok && opened.error.code).toBe('invalidProject');
    expect(!opened.ok && opened.error.issues?.[0]?.path).toBe('meta.planStart');
    expect(!opened.ok && opened.error.message).toMatch(/restore the backup/);
    const restored = await fresh.restoreBackup(id);
    expect(restored.ok && restored.value.state).toBe('ok');
    expect((await fresh.open(id)).ok).toBe(true);
  });

  it('opens a file from a newer app read-only and refuses to save it', async () => {
    const id = await addDuna();
    const newer = { ...templateProject('duna-cargo'), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    await writeFile(store.fileOf(id), JSON.stringify(newer));
    const opened = await store.open(id);
    expect(opened.ok && opened.value.readOnly).toBe(true);
    const before = await readFile(store.fileOf(id), 'utf8');
    const saved = await store.save(id, templateProject('duna-cargo'));
    expect(!saved.ok && saved.error.code).toBe('readOnly');
    expect(await readFile(store.fileOf(id), 'utf8')).toBe(before);
  });

  it('migrates an older file on opening and saves it in the current format', async () => {
    await writeFile(join(dir, 'legacy.cpolicy'), await readFile(fixturePath('project-v0.json')));
    const opened = await store.open('legacy');
    expect(opened.ok && opened.value.migratedFrom).toBe(0);
    if (!opened.ok) return;
    await store.save('legacy', opened.value.project);
    const onDisk = JSON.parse(await readFile(store.fileOf('legacy'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk.policy.goals.intro[0]).toEqual({ type: 'paragraph', text: 'Our goals for the next two years.' });
  });

  it('moves a deleted project to the Trash folder instead of unlinking it', async () => {
    const id = await addDuna();
    const content = await readFile(store.fileOf(id), 'utf8');
    const trashed = await store.trash(id);
    expect(trashed.ok).toBe(true);
    if (!trashed.ok) return;
    expect(trashed.value.trashedAs).toContain(join(dir, 'Trash'));
    expect(await readFile(trashed.value.trashedAs, 'utf8')).toBe(content);
    const list = await store.list();
    expect(list.ok && list.value).toEqual([]);
  });

  it('duplicates, renames, imports and saves a copy', async () => {
    const id = await addDuna();
    const copy = await store.duplicate(id);
    expect(copy.ok && copy.value.title).toBe('Commercial Policy of Duna Cargo Logisztika Kft. 2027–2031 (copy)');
    const renamed = await store.rename(id, 'Duna 2027');
    expect(renamed.ok && renamed.value).toMatchObject({ id, title: 'Duna 2027' });
    const outside = join(dir, 'elsewhere.cpolicy');
    expect(await store.saveCopy(id, outside)).toEqual({ ok: true, value: { path: outside } });
    const imported = await store.importFile(outside);
    expect(imported.ok && imported.value).toMatchObject({ id: 'duna-2027', title: 'Duna 2027' });
  });

  it('gives a clear message when a copy cannot be written, and leaves no partial file', async () => {
    const id = await addDuna();
    const missing = await store.saveCopy(id, join(dir, 'no-such-folder', 'x.cpolicy'));
    expect(!missing.ok && missing.error.message).toMatch(/folder .* does not exist/);
    const lockedDir = join(dir, 'locked');
    await mkdir(lockedDir);
    await chmod(lockedDir, 0o500);
    const locked = await store.saveCopy(id, join(lockedDir, 'x.cpolicy'));
    await chmod(lockedDir, 0o700);
    // Root ignores directory permissions; the assertion holds for everyone else.
    if (process.getuid?.() !== 0) expect(!locked.ok && locked.error.message).toMatch(/permission denied/);
    expect(await readdir(lockedDir)).toEqual(process.getuid?.() === 0 ? ['x.cpolicy'] : []);
  });
});

describe('a save interrupted by a killed process', () => {
  it('leaves a file that loads, holds one whole version, loses no acknowledged save, and no temporary file', async () => {
    const id = await addDuna();
    for (let round = 0; round < 12; round++) {
      // Wait for 1-4 saves to be done, then kill at a random moment of the next one.
      const outcome = await killWhileSaving(dir, id, 1 + (round % 4), 30);
      expect(outcome.problem).toBeNull();
      expect(outcome.tempsLeft).toEqual([]);
      expect(outcome.acknowledged).toBeGreaterThanOrEqual(round % 4);
    }
  }, 600_000);
});
