import { produce, type Draft } from 'immer';
import type { ApiClient } from '../../shared/api/contract';
import type { Project } from '../../shared/project/schema';
import type { AppError } from '../../shared/result';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'error'; error: AppError }
  | { kind: 'readOnly' };

export interface SessionSnapshot {
  project: Project;
  save: SaveState;
  /** Bumped when the project changes other than through a form (undo, redo): forms reload. */
  externalRevision: number;
  canUndo: boolean;
  canRedo: boolean;
}

/** Edits to the same place within this time form one undo step (a burst of typing). */
export const UNDO_COALESCE_MS = 1000;
const UNDO_LIMIT = 200;

/** How long after the last edit the project is written (the user never presses Save). */
export const AUTOSAVE_DELAY_MS = 600;

/**
 * How long typing must pause before a form's edits reach the project: a keystroke then costs
 * one field's render, and the project-wide work (checks, completeness, the preview) runs once
 * per pause instead of once per key.
 */
export const EDIT_SETTLE_MS = 250;

/**
 * One open project in the UI: the current content, edits applied as immutable updates, and
 * autosave. A failed save keeps the edit in memory and is retried on the next edit or on demand.
 */
export class ProjectSession {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Form edits waiting for the typing to pause, by form; each writes the form's last accepted values. */
  private readonly deferred = new Map<string, () => void>();
  private deferredTimer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  /** Bumped by every edit, so a save that finishes after a newer edit does not mark it saved. */
  private revision = 0;
  /** The revision the file on disk has. */
  private savedRevision = 0;

  constructor(
    private readonly api: ApiClient,
    readonly id: string,
    project: Project,
    readOnly: boolean,
  ) {
    this.snapshot = { project, save: readOnly ? { kind: 'readOnly' } : { kind: 'saved' }, externalRevision: 0, canUndo: false, canRedo: false };
  }

  private past: Project[] = [];
  private future: Project[] = [];
  private lastEdit: { key: string; at: number } | null = null;

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Edits not yet on disk (waiting for the typing to pause, waiting, being written, or failed). */
  get hasPendingEdits(): boolean {
    const kind = this.snapshot.save.kind;
    return this.deferred.size > 0 || kind === 'unsaved' || kind === 'saving' || kind === 'error';
  }

  /**
   * Takes an edit that may wait until the typing pauses: `apply` runs once, EDIT_SETTLE_MS after
   * the last call with the same key, or at once when anything needs the current project (another
   * edit, undo, a flush before leaving, saving or exporting). The save state shows it as unsaved.
   */
  defer(key: string, apply: () => void): void {
    if (this.readOnly) return;
    this.deferred.set(key, apply);
    if (this.deferredTimer) clearTimeout(this.deferredTimer);
    this.deferredTimer = setTimeout(() => this.applyDeferred(), EDIT_SETTLE_MS);
    if (this.snapshot.save.kind === 'saved') this.set({ ...this.snapshot, save: { kind: 'unsaved' } });
  }

  /** Applies the edits waiting for a pause in the typing, now. */
  applyDeferred(): void {
    if (this.deferredTimer) clearTimeout(this.deferredTimer);
    this.deferredTimer = null;
    const pending = [...this.deferred.values()];
    this.deferred.clear();
    for (const apply of pending) apply();
    // Nothing changed after all (a letter typed and deleted): the project is as saved.
    if (pending.length > 0 && !this.timer && !this.inFlight && this.snapshot.save.kind === 'unsaved' && this.revision === this.savedRevision) this.set({ ...this.snapshot, save: { kind: 'saved' } });
  }

  get readOnly(): boolean {
    return this.snapshot.save.kind === 'readOnly' || this.held;
  }

  /** While held, edits are refused and nothing is saved (the file is being decided on elsewhere). */
  private held = false;

  /**
   * Holds edits and saves while `work` decides what the file becomes (loading another version,
   * keeping both): first the save in flight finishes, so none lands after the decision.
   */
  async holdWhile<T>(work: (project: Project) => Promise<T>): Promise<T> {
    this.applyDeferred();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.held = true;
    try {
      if (this.inFlight) await this.inFlight;
      return await work(this.snapshot.project);
    } finally {
      this.held = false;
    }
  }

  /**
   * Applies an edit and schedules the save. Edits with the same `undoKey` in quick succession
   * undo together, as one burst of typing does.
   */
  update(recipe: (draft: Draft<Project>) => void, undoKey = 'edit'): void {
    if (this.readOnly) return;
    // Edits waiting for a pause come first, in the order they were made.
    if (this.deferred.size > 0) this.applyDeferred();
    const project = produce(this.snapshot.project, recipe);
    if (project === this.snapshot.project) return;
    const now = Date.now();
    const coalesce = this.lastEdit?.key === undoKey && now - this.lastEdit.at < UNDO_COALESCE_MS;
    if (!coalesce) this.past = [...this.past, this.snapshot.project].slice(-UNDO_LIMIT);
    this.future = [];
    this.lastEdit = { key: undoKey, at: now };
    this.commit(project, false);
  }

  undo(): void {
    this.applyDeferred();
    const previous = this.past.at(-1);
    if (!previous || this.readOnly) return;
    this.past = this.past.slice(0, -1);
    this.future = [this.snapshot.project, ...this.future];
    this.lastEdit = null;
    this.commit(previous, true);
  }

  redo(): void {
    this.applyDeferred();
    const next = this.future[0];
    if (!next || this.readOnly) return;
    this.future = this.future.slice(1);
    this.past = [...this.past, this.snapshot.project];
    this.lastEdit = null;
    this.commit(next, true);
  }

  private commit(project: Project, external: boolean) {
    this.revision += 1;
    this.set({
      project,
      save: { kind: 'unsaved' },
      externalRevision: this.snapshot.externalRevision + (external ? 1 : 0),
      canUndo: this.past.length > 0,
      canRedo: this.future.length > 0,
    });
    this.schedule();
  }

  /** Writes pending edits now; resolves when the file on disk has them (or the save failed). */
  async flush(): Promise<void> {
    if (this.held) return;
    this.applyDeferred();
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.inFlight) await this.inFlight;
    if (this.snapshot.save.kind === 'unsaved' || this.snapshot.save.kind === 'error') await this.saveNow();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.deferredTimer) clearTimeout(this.deferredTimer);
    this.listeners.clear();
  }

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, AUTOSAVE_DELAY_MS);
  }

  private saveNow(): Promise<void> {
    const revision = this.revision;
    const project = this.snapshot.project;
    this.set({ ...this.snapshot, save: { kind: 'saving' } });
    this.inFlight = this.api['project:save']({ id: this.id, project }).then((result) => {
      this.inFlight = null;
      if (!result.ok) {
        this.set({ ...this.snapshot, save: { kind: 'error', error: result.error } });
        return;
      }
      this.savedRevision = revision;
      const saved = produce(this.snapshot.project, (draft) => {
        draft.meta.updatedAt = result.value.updatedAt;
      });
      // Keep undo history pointing at the same content; only the save stamp changed.
      this.set({ ...this.snapshot, project: saved, save: revision === this.revision ? { kind: 'saved' } : { kind: 'unsaved' } });
      if (revision !== this.revision && !this.timer) this.schedule();
    });
    return this.inFlight;
  }

  private set(next: SessionSnapshot) {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
