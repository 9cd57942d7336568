import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerRenderer, type DocumentRenderer } from '../../main/services/export/renderer';
import { REPO_ROOT } from '../support/paths';
import { stressProject } from '../support/stressProject';
import { templateProject } from '../support/projects';

// The desktop app lays documents out in a worker thread: the built worker (out/main), as the app
// runs it. Its main thread stays free, and an export that runs away is stopped with a message.

const script = join(REPO_ROOT, 'out', 'main', 'exportWorker.js');
let dir: string;
const renderers: DocumentRenderer[] = [];
const renderer = (limits?: Parameters<typeof workerRenderer>[1]) => {
  const made = workerRenderer(script, limits);
  renderers.push(made);
  return made;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cpb-worker-'));
});
afterAll(async () => {
  await Promise.all(renderers.map((r) => r.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('the export worker', () => {
  it('renders PDF and DOCX, while the main thread keeps running', async () => {
    const worker = renderer();
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const pdf = await worker.render(stressProject(), { format: 'pdf', draft: false, paper: 'A4' });
    clearInterval(timer);
    expect(pdf.ok).toBe(true);
    if (!pdf.ok) return;
    // The layout took hundreds of milliseconds; timers on this thread fired all along.
    expect(ticks).toBeGreaterThan(5);
    await writeFile(join(dir, 'stress.pdf'), pdf.value);
    expect(execFileSync('pdfinfo', [join(dir, 'stress.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+\d{2}/);
    const docx = await worker.render(templateProject('duna-cargo'), { format: 'docx', draft: false, paper: 'A4' });
    expect(docx.ok && docx.value.subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('stops an export that takes too long, says so, and works again for the next one', async () => {
    const worker = renderer({ memoryMb: 1536, timeoutMs: 1 });
    const stopped = await worker.render(templateProject('duna-cargo'), { format: 'pdf', draft: false, paper: 'A4' });
    expect(!stopped.ok && stopped.error).toMatchObject({ reason: 'exportTooLong' });
    expect(!stopped.ok && stopped.error.message).toMatch(/took longer than 0 seconds and was stopped/);
  }, 120_000);

  it('stops an export that needs more memory than allowed, and the next export gets a fresh worker', async () => {
    const worker = renderer({ memoryMb: 8, timeoutMs: 120_000 });
    const stopped = await worker.render(stressProject(), { format: 'pdf', draft: false, paper: 'A4' });
    expect(!stopped.ok && stopped.error.reason).toBe('exportTooLarge');
    const roomy = renderer();
    expect((await roomy.render(templateProject('blank'), { format: 'pdf', draft: false, paper: 'A4' })).ok).toBe(true);
  }, 120_000);
});
