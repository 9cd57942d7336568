import { parentPort } from 'node:worker_threads';
import { renderDocument } from './exportDocument';
import type { WorkerRequest, WorkerResponse } from './renderer';

// The export worker (see renderer.ts): lays documents out off the app's main thread, and hands
// the bytes back without copying them.

parentPort?.on('message', async ({ id, project, options }: WorkerRequest) => {
  let response: WorkerResponse;
  const transfer: ArrayBuffer[] = [];
  try {
    const result = await renderDocument(project, options);
    if (result.ok) {
      // A buffer of its own (not a slice of Node's shared pool), so it can be moved, not copied.
      const bytes = new Uint8Array(result.value.byteLength);
      bytes.set(result.value);
      transfer.push(bytes.buffer);
      response = { id, result: { ok: true, value: bytes } };
    } else response = { id, result };
  } catch (e) {
    response = { id, crashed: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(response, transfer);
});
