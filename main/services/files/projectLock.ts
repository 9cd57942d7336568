import { readFileSync, unlinkSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DiskError, type Disk, type FileIdentity } from './disk';

/**
 * Who is editing a project file: a lock file beside it (".<name>.lock") that says which machine,
 * process and person have it open, and since when. It is renewed while the project is open, so a
 * second app (on this machine, or on another one sharing the folder) opens the project read-only
 * and says who has it; a lock whose process is gone, or that nobody renewed for a while (a crash
 * on another machine), is taken over.
 */

export interface LockOwner {
  host: string;
  pid: number;
  user: string;
  /** When the owner opened the project. */
  since: string;
  /** When the owner last said it still has it open. */
  renewed: string;
}

/** A lock not renewed for this long belongs to an app that is gone. */
export const STALE_LOCK_MS = 10 * 60 * 1000;
/** How often an open project's lock is renewed. */
export const LOCK_RENEW_MS = 2 * 60 * 1000;

export const lockFileOf = (file: string) => join(dirname(file), `.${basename(file)}.lock`);

/** Which app this is: the machine, the process and the person running it. */
export interface Writer {
  host: string;
  pid: number;
  user: string;
}

export function thisWriter(): Writer {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No user name on this system: the machine and process still say who it is.
  }
  return { host: hostname(), pid: process.pid, user };
}

const ownerFrom = (writer: Writer, now: Date): LockOwner => ({ ...writer, since: now.toISOString(), renewed: now.toISOString() });
const sameWriter = (owner: LockOwner, writer: Writer) => owner.host === writer.host && owner.pid === writer.pid;

/** Whether a process on this machine is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // Running, but someone else's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type LockOutcome = { kind: 'acquired'; lock: ProjectLock } | { kind: 'heldBy'; owner: LockOwner };

export class ProjectLock {
  private timer: ReturnType<typeof setInterval> | null = null;

  private constructor(
    private readonly disk: Disk,
    readonly path: string,
    private identity: FileIdentity,
    private owner: LockOwner,
    private readonly writer: Writer,
    private readonly now: () => Date,
  ) {}

  /** Takes the lock of `file`, unless another live app holds it. */
  static async acquire(disk: Disk, file: string, writer: Writer, now: () => Date): Promise<LockOutcome> {
    const path = lockFileOf(file);
    for (let attempt = 0; attempt < 3; attempt++) {
      const owner = ownerFrom(writer, now());
      const created = await disk.createAtomically(path, JSON.stringify(owner));
      if (created !== 'exists') return { kind: 'acquired', lock: new ProjectLock(disk, path, created, owner, writer, now) };
      let held: { owner: LockOwner | null; identity: FileIdentity };
      try {
        const { data, identity } = await disk.readWithIdentity(path);
        held = { owner: parse(data.toString('utf8')), identity };
      } catch {
        continue; // released meanwhile: try again
      }
      const current = held.owner;
      const stale =
        current === null ||
        sameWriter(current, writer) ||
        (current.host === writer.host && !alive(current.pid)) ||
        now().getTime() - Date.parse(current.renewed) > STALE_LOCK_MS;
      if (!stale) return { kind: 'heldBy', owner: current };
      // Take it over only if nobody else did meanwhile.
      try {
        const identity = await disk.writeAtomically(path, JSON.stringify(owner), { expected: held.identity });
        return { kind: 'acquired', lock: new ProjectLock(disk, path, identity, owner, writer, now) };
      } catch (e) {
        if (!(e instanceof DiskError)) throw e;
      }
    }
    return { kind: 'heldBy', owner: (await readOwner(disk, path)) ?? ownerFrom({ host: '?', pid: 0, user: '' }, now()) };
  }

  /** Keeps the lock alive while the project is open. */
  startRenewing() {
    this.timer ??= setInterval(() => void this.renew(), LOCK_RENEW_MS);
    this.timer.unref?.();
  }

  /** Whether the lock is still this app's (another app may have taken a lock it thought stale). */
  async stillMine(): Promise<boolean> {
    const owner = await readOwner(this.disk, this.path);
    return owner !== null && sameWriter(owner, this.writer);
  }

  async renew(): Promise<void> {
    try {
      this.owner = { ...this.owner, renewed: this.now().toISOString() };
      this.identity = await this.disk.writeAtomically(this.path, JSON.stringify(this.owner), { expected: this.identity });
    } catch {
      // Taken over or unreachable: the next save finds out and says so.
    }
  }

  async release(): Promise<void> {
    this.stopRenewing();
    if (await this.stillMine()) await this.disk.unlink(this.path).catch(() => undefined);
  }

  /** At exit, when nothing can wait: the lock file goes if it is still this app's. */
  releaseNow(): void {
    this.stopRenewing();
    try {
      const owner = parse(readFileSync(this.path, 'utf8'));
      if (owner && sameWriter(owner, this.writer)) unlinkSync(this.path);
    } catch {
      // Already gone.
    }
  }

  private stopRenewing() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

function parse(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    return typeof value.host === 'string' && typeof value.pid === 'number' && typeof value.renewed === 'string'
      ? { host: value.host, pid: value.pid, user: typeof value.user === 'string' ? value.user : '', since: typeof value.since === 'string' ? value.since : value.renewed, renewed: value.renewed }
      : null;
  } catch {
    return null;
  }
}

async function readOwner(disk: Disk, path: string): Promise<LockOwner | null> {
  try {
    return parse(await disk.readText(path));
  } catch {
    return null;
  }
}
