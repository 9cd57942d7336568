import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, EDIT_SETTLE_MS, ProjectSession } from '../../renderer/project/projectSession';
import type { ApiClient } from '../../shared/api/contract';
import type { Project } from '../../shared/project/schema';
import { templateProject } from '../support/projects';

function fakeApi(results: ('ok' | 'fail')[]) {
  const saved: Project[] = [];
  const save = vi.fn(async ({ project }: { project: Project }) => {
    const outcome = results.shift() ?? 'ok';
    if (outcome === 'fail') return { ok: false as const, error: { code: 'fileAccess' as const, message: 'Cannot save x: the disk is full.' } };
    saved.push(project);
    return { ok: true as const, value: { updatedAt: '2026-11-28T12:00:00.000Z' } };
  });
  return { api: { 'project:save': save } as unknown as ApiClient, save, saved };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves once, shortly after the last of several quick edits', async () => {
    const { api, save, saved } = fakeApi([]);
    const session = new ProjectSession(api, 'p', templateProject('duna-cargo'), false);
    for (const title of ['D', 'Du', 'Dun', 'Duna']) {
      session.update((d) => {
        d.meta.title = title;
      });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(session.getSnapshot().save.kind).toBe('unsaved');
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledOnce();
    expect(saved[0]!.meta.title).toBe('Duna');
    expect(session.getSnapshot().save.kind).toBe('saved');
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(1000);
  });

  it('applies a form’s typing once it pauses, shows it as unsaved meanwhile, and applies it at once when the project is needed', async () => {
    const { api, saved } = fakeApi([]);
    const session = new ProjectSession(api, 'p', templateProject('duna-cargo'), false);
    const renders = vi.fn();
    session.subscribe(renders);
    const typed = (title: string) => () =>
      session.update((d) => {
        d.meta.title = title;
      }, 'details');
    // Keys 100 ms apart: the project does not change while the typing goes on.
    for (const title of ['D', 'Du', 'Dun', 'Duna']) {
      session.defer('details', typed(title));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(session.getSnapshot().project.meta.title).not.toBe('Duna');
    expect(session.getSnapshot().save.kind).toBe('unsaved');
    expect(session.hasPendingEdits).toBe(true);
    expect(renders).toHaveBeenCalledOnce(); // only "unsaved" was announced
    await vi.advanceTimersByTimeAsync(EDIT_SETTLE_MS);
    expect(session.getSnapshot().project.meta.title).toBe('Duna');
    // Typing again, then leaving at once: the flush takes the last keys to the disk.
    session.defer('details', typed('Duna C'));
    await session.flush();
    expect(saved.at(-1)!.meta.title).toBe('Duna C');
    expect(session.hasPendingEdits).toBe(false);
    // A letter typed and deleted again changes nothing: the state returns to saved.
    session.defer('details', () => undefined);
    expect(session.getSnapshot().save.kind).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(EDIT_SETTLE_MS);
    expect(session.getSnapshot().save.kind).toBe('saved');
  });

  it('puts waiting typing before an edit made elsewhere, and before an undo', async () => {
    const { api } = fakeApi([]);
    const session = new ProjectSession(api, 'p', templateProject('duna-cargo'), false);
    session.defer('details', () => session.update((d) => void (d.meta.title = 'Typed'), 'details'));
    session.update((d) => void (d.meta.companyName = 'Other Kft.'), 'grid');
    expect(session.getSnapshot().project.meta).toMatchObject({ title: 'Typed', companyName: 'Other Kft.' });
    session.defer('details', () => session.update((d) => void (d.meta.title = 'Typed again'), 'details'));
    session.undo();
    expect(session.getSnapshot().project.meta.title).toBe('Typed');
  });

  it('keeps a failed edit in memory, shows the error, and saves it on retry', async () => {
    const { api, saved } = fakeApi(['fail']);
    const session = new ProjectSession(api, 'p', templateProject('duna-cargo'), false);
    session.update((d) => {
      d.meta.companyName = 'Duna Cargo Zrt.';
    });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(session.getSnapshot().save).toEqual({ kind: 'error', error: { code: 'fileAccess', message: 'Cannot save x: the disk is full.' } });
    expect(session.getSnapshot().project.meta.companyName).toBe('Duna Cargo Zrt.');
    await session.flush();
    expect(saved.map((p) => p.meta.companyName)).toEqual(['Duna Cargo Zrt.']);
    expect(session.getSnapshot().save.kind).toBe('saved');
  });

  it('does not mark an edit made during a save as saved', async () => {
    const { api, saved } = fakeApi([]);
    const session = new ProjectSession(api, 'p', templateProject('duna-cargo'), false);
    session.update((d) => {
      d.meta.title = 'First';
    });
    const flushing = session.flush();
    session.update((d) => {
      d.meta.title = 'Second';
    });
    await flushing;
    expect(session.getSnapshot().save.kind).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(saved.map((p) => p.meta.title)).toEqual(['First', 'Second']);
    expect(session.getSnapshot().save.kind).toBe('saved');
  });

  it('writes nothing for an edit that changes nothing, and nothing when read-only', async () => {
    const { api, save } = fakeApi([]);
    const project = templateProject('duna-cargo');
    const session = new ProjectSession(api, 'p', project, false);
    session.update((d) => {
      d.meta.title = project.meta.title;
    });
    const readOnly = new ProjectSession(api, 'q', project, true);
    readOnly.update((d) => {
      d.meta.title = 'Changed';
    });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(save).not.toHaveBeenCalled();
    expect(readOnly.getSnapshot()).toMatchObject({ save: { kind: 'readOnly' }, project: { meta: { title: project.meta.title } } });
  });
});

describe('undo and redo', () => {
  it('undo a burst of typing as one step, and redo it', async () => {
    const { api } = fakeApi([]);
    const original = templateProject('duna-cargo');
    const session = new ProjectSession(api, 'p', original, false);
    for (const title of ['N', 'Ne', 'New']) {
      session.update((d) => {
        d.meta.title = title;
      }, 'details');
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(session.getSnapshot().canUndo).toBe(true);
    session.undo();
    expect(session.getSnapshot().project.meta.title).toBe(original.meta.title);
    expect(session.getSnapshot()).toMatchObject({ canUndo: false, canRedo: true, externalRevision: 1 });
    session.redo();
    expect(session.getSnapshot().project.meta.title).toBe('New');
    expect(session.getSnapshot().externalRevision).toBe(2);
  });

  it('keep separate steps for edits in different places or after a pause', async () => {
    const { api } = fakeApi([]);
    const session = new ProjectSession(api, 'p', templateProject('duna-cargo'), false);
    session.update((d) => {
      d.meta.title = 'A';
    }, 'details');
    session.update((d) => {
      d.policy.goals.items[0]!.horizon = '2030';
    }, 'goals');
    await vi.advanceTimersByTimeAsync(1500);
    session.update((d) => {
      d.policy.goals.items[0]!.owner = 'Someone';
    }, 'goals');
    session.undo();
    expect(session.getSnapshot().project.policy.goals.items[0]).toMatchObject({ horizon: '2030', owner: 'Kovács Éva' });
    session.undo();
    expect(session.getSnapshot().project.policy.goals.items[0]!.horizon).toBe('End of 2027');
    expect(session.getSnapshot().project.meta.title).toBe('A');
  });

  it('save what an undo brings back, and forget the redo after a new edit', async () => {
    const { api, saved } = fakeApi([]);
    const session = new ProjectSession(api, 'p', templateProject('duna-cargo'), false);
    session.update((d) => {
      d.meta.title = 'Changed';
    });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    session.undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(saved.map((p) => p.meta.title)).toEqual(['Changed', 'Commercial Policy of Duna Cargo Logisztika Kft. 2027–2031']);
    session.update((d) => {
      d.meta.companyName = 'X';
    });
    expect(session.getSnapshot().canRedo).toBe(false);
    expect(session.hasPendingEdits).toBe(true);
  });
});
