import { Worker } from 'node:worker_threads';
import type { Project } from '../../../shared/project/schema';
import { appError, err, type Result } from '../../../shared/result';
import { renderDocument, type ExportOptions } from './exportDocument';

/**
 * Where documents are laid out. The command line does it in its own process; the desktop app in
 * a worker thread, so the main process (and with it every window and autosave) never waits on a
 * layout, and an export that runs away is stopped with a message instead of freezing the app.
 */
export interface DocumentRenderer {
  render(project: Project, options: ExportOptions): Promise<Result<Buffer>>;
  close(): Promise<void>;
}

export interface WorkerLimits {
  /** The worker's heap; beyond it the export stops with a message. */
  memoryMb: number;
  /** An export that takes longer is stopped. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: WorkerLimits = { memoryMb: 1536, timeoutMs: 120_000 };

/** Renders in this process (the CLI, tests). */
export function inProcessRenderer(): DocumentRenderer {
  return {
    render: (project, options) => renderDocument(project, options),
    close: async () => undefined,
  };
}

export interface WorkerRequest {
  id: number;
  project: Project;
  options: ExportOptions;
}

export type WorkerResponse = { id: number; result: Result<Uint8Array> } | { id: number; crashed: string };

/**
 * Renders in a worker thread that stays warm between exports (fonts parsed, words shaped) and is
 * replaced when it fails: one export at a time, each bounded in memory and time.
 */
export function workerRenderer(script: string | URL, limits: WorkerLimits = DEFAULT_LIMITS): DocumentRenderer {
  let worker: Worker | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;

  const start = () => {
    const created = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
    // An idle worker does not keep the app (or a test) alive.
    created.unref();
    return created;
  };

  const stop = async () => {
    const current = worker;
    worker = null;
    await current?.terminate();
  };

  const once = (project: Project, options: ExportOptions) =>
    new Promise<Result<Buffer>>((resolve) => {
      worker ??= start();
      const current = worker;
      const id = nextId++;
      const finish = (result: Result<Buffer>, replace: boolean) => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        if (replace) void stop();
        resolve(result);
      };
      const onMessage = (message: WorkerResponse) => {
        if (message.id !== id) return;
        if ('crashed' in message) return finish(err(appError('internal', `The export failed: ${message.crashed}. Please report this.`)), false);
        finish(message.result.ok ? { ok: true, value: Buffer.from(message.result.value.buffer, message.result.value.byteOffset, message.result.value.byteLength) } : message.result, false);
      };
      const onError = (error: Error & { code?: string }) =>
        finish(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? err(appError('internal', 'The export needed more memory than the app allows and was stopped. Export fewer chapters at a time, or shorten the longest texts.', { reason: 'exportTooLarge' }))
            : err(appError('internal', `The export failed: ${error.message}. Please report this.`)),
          true,
        );
      const onExit = (code: number) => finish(err(appError('internal', `The export stopped unexpectedly (code ${code}). Please try again.`)), true);
      const timer = setTimeout(
        () => finish(err(appError('internal', `The export took longer than ${Math.round(limits.timeoutMs / 1000)} seconds and was stopped. Export fewer chapters at a time, or shorten the longest texts.`, { reason: 'exportTooLong' })), true),
        limits.timeoutMs,
      );
      current.on('message', onMessage);
      current.on('error', onError);
      current.on('exit', onExit);
      current.ref();
      current.postMessage({ id, project, options } satisfies WorkerRequest);
    }).finally(() => worker?.unref());

  return {
    render(project, options) {
      const run = queue.then(() => once(project, options));
      queue = run.catch(() => undefined);
      return run;
    },
    close: stop,
  };
}
