import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ProjectStore } from '../../main/services/projectStore';
import { parseProjectText } from '../../shared/project/validate';
import { REPO_ROOT } from './paths';

/** What one kill left behind. */
export interface KillOutcome {
  /** The last save the killed process had been told was done (-1: none). */
  acknowledged: number;
  /** The version in the file afterwards (-1: the version before the loop started). */
  onDisk: number;
  /** Why the file is not acceptable, or null. */
  problem: string | null;
  /** Temporary files beside the project after the next open dealt with them (should be none). */
  tempsLeft: string[];
  /** Whether the next open offered a leftover version back. */
  offeredRecovery: boolean;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a process that saves a project over and over (tests/support/saveLoop.ts), waits until it
 * has finished `saves` saves, lets it run on for a random moment into the next one, kills it, and
 * checks what is on disk: a file that loads, with title and body of one version, holding the last
 * acknowledged save or the one after it; then opens it as the next run of the app would, which
 * must account for every temporary file (offered back, or removed).
 */
export async function killWhileSaving(libraryDir: string, id: string, saves: number, jitterMs: number): Promise<KillOutcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tests/support/saveLoop.ts'), libraryDir, id], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let acknowledged = -1;
  const enough = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^saved (\d+)$/.exec(line);
      if (!match) return;
      acknowledged = Number(match[1]);
      if (acknowledged + 1 >= saves) resolve();
    });
    void exited.then(() => resolve());
  });
  await enough;
  if (child.exitCode !== null) throw new Error(`The saving process stopped by itself: ${stderr}`);
  // A random moment into the next save (only where it lands varies; nothing waits on time).
  await pause(Math.random() * jitterMs);
  const lastAcknowledged = acknowledged;
  child.kill('SIGKILL');
  await exited;

  const file = join(libraryDir, `${id}.cpolicy`);
  const outcome: KillOutcome = { acknowledged: lastAcknowledged, onDisk: -1, problem: null, tempsLeft: [], offeredRecovery: false };
  const loaded = parseProjectText(await readFile(file, 'utf8'));
  if (!loaded.ok) return { ...outcome, problem: `the file does not load: ${loaded.error.message}` };
  const { title } = loaded.value.project.meta;
  const match = /^([AB]) (\d+)$/.exec(title);
  if (match) {
    outcome.onDisk = Number(match[2]);
    const goals = loaded.value.project.policy.goals.items.length;
    if ((match[1] === 'B') !== (goals === 100)) outcome.problem = `title ${title} with ${goals} goals: two versions mixed`;
  }
  if (outcome.problem === null && !(outcome.onDisk === lastAcknowledged || outcome.onDisk === lastAcknowledged + 1)) {
    outcome.problem = `save ${lastAcknowledged} was acknowledged, but the file holds ${outcome.onDisk < 0 ? 'the version before' : `save ${outcome.onDisk}`}`;
  }
  // The next run of the app: every leftover is offered back (then declined here) or removed.
  const nextRun = new ProjectStore({ libraryDir });
  const opened = await nextRun.open(id);
  if (!opened.ok) return { ...outcome, problem: outcome.problem ?? `the next open failed: ${opened.error.message}` };
  if (opened.value.recovery) {
    outcome.offeredRecovery = true;
    await nextRun.recover(id, false);
  }
  await nextRun.close(id);
  outcome.tempsLeft = (await readdir(libraryDir)).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'));
  return outcome;
}
