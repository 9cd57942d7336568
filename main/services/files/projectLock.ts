import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Disk, FileIdentity } from './disk';

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
  /** When the owner last said it still has it open (by the owner's clock). */
  renewed: string;
  /** Which lock this is: one process may take, drop and take again the same file's lock. */
  nonce: string;
}

/** A lock not renewed for this long belongs to an app that is gone. */
export const STALE_LOCK_MS = 10 * 60 * 1000;
/** How often an open project's lock is renewed. */
export const LOCK_RENEW_MS = 2 * 60 * 1000;
/**
 * Machines sharing a folder may disagree on the time (on a Windows domain by less than this:
 * Kerberos refuses more). A lock is judged stale by its own time only when it is older than this
 * too; and otherwise once this app has seen it unchanged for STALE_LOCK_MS, so an owner's clock
 * that is ahead cannot keep a dead lock alive.
 */
export const CLOCK_SKEW_ALLOWANCE_MS = 5 * 60 * 1000;

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

const ownerFrom = (writer: Writer, now: Date): LockOwner => ({ ...writer, since: now.toISOString(), renewed: now.toISOString(), nonce: randomBytes(8).toString('hex') });
const sameProcess = (owner: LockOwner, writer: Writer) => owner.host === writer.host && owner.pid === writer.pid;

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

/** Lock files this process has seen, and since when unchanged (its own clock, whatever the owner's says). */
const seenUnchanged = new Map<string, { sha256: string; since: number }>();

function observedUnchangedMs(path: string, identity: FileIdentity, now: number): number {
  const seen = seenUnchanged.get(path);
  if (!seen || seen.sha256 !== identity.sha256) {
    seenUnchanged.set(path, { sha256: identity.sha256, since: now });
    return 0;
  }
  return now - seen.since;
}

export type LockOutcome = { kind: 'acquired'; lock: ProjectLock } | { kind: 'heldBy'; owner: LockOwner };

/** Whether the lock is still this one: yes, gone (deleted, or unreadable for now), or another app's. */
export type LockState = { kind: 'mine' } | { kind: 'gone' } | { kind: 'unreadable'; error: unknown } | { kind: 'other'; owner: LockOwner };

export class ProjectLock {
  private timer: ReturnType<typeof setInterval> | null = null;
  private renewing: Promise<void> | null = null;

  private constructor(
    private readonly disk: Disk,
    readonly path: string,
    private identity: FileIdentity,
    private owner: LockOwner,
    private readonly now: () => Date,
  ) {}

  /** Takes the lock of `file`, unless another live app holds it. */
  static async acquire(disk: Disk, file: string, writer: Writer, now: () => Date): Promise<LockOutcome> {
    const path = lockFileOf(file);
    for (let attempt = 0; attempt < 3; attempt++) {
      const owner = ownerFrom(writer, now());
      const created = await disk.createAtomically(path, JSON.stringify(owner));
      if (created !== 'exists') return { kind: 'acquired', lock: new ProjectLock(disk, path, created, owner, now) };
      let held: { owner: LockOwner | null; identity: FileIdentity };
      try {
        const { data, identity } = await disk.readWithIdentity(path);
        held = { owner: parse(data.toString('utf8')), identity };
      } catch {
        continue; // released meanwhile: try again
      }
      if (!isStale(held.owner, held.identity, path, writer, now())) return { kind: 'heldBy', owner: held.owner! };
      // Only one app can move the stale lock aside: the one that does creates its own.
      const aside = `${path}.${randomBytes(4).toString('hex')}.stale`;
      try {
        await disk.rename(path, aside);
      } catch {
        continue; // another app took it over first: look again
      }
      const moved = await disk.identityOf(aside).catch(() => null);
      if (moved && moved.sha256 !== held.identity.sha256) {
        // Renewed between our look and the move: its owner is alive after all. Put it back.
        await disk.rename(aside, path).catch(() => undefined);
        continue;
      }
      await disk.unlink(aside).catch(() => undefined);
    }
    const owner = await readOwner(disk, path);
    return { kind: 'heldBy', owner: owner ?? ownerFrom({ host: '?', pid: 0, user: '' }, now()) };
  }

  /** Keeps the lock alive while the project is open. */
  startRenewing() {
    this.timer ??= setInterval(() => void this.renew(), LOCK_RENEW_MS);
    this.timer.unref?.();
  }

  /** Whether the lock file still holds this lock. */
  async state(): Promise<LockState> {
    let text: string;
    try {
      text = await this.disk.readText(this.path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
      return { kind: 'unreadable', error: e };
    }
    const owner = parse(text);
    if (owner === null) return { kind: 'gone' };
    return owner.nonce === this.owner.nonce ? { kind: 'mine' } : { kind: 'other', owner };
  }

  renew(): Promise<void> {
    this.renewing ??= (async () => {
      try {
        const owner = { ...this.owner, renewed: this.now().toISOString() };
        this.identity = await this.disk.writeAtomically(this.path, JSON.stringify(owner), { expected: this.identity });
        this.owner = owner;
      } catch {
        // Taken over or unreachable: the next save finds out and says so.
      } finally {
        this.renewing = null;
      }
    })();
    return this.renewing;
  }

  /** Stops renewing without touching the file (another lock replaced this one). */
  abandon() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async release(): Promise<void> {
    this.abandon();
    await this.renewing; // a renewal landing after the unlink would bring the file back
    if ((await this.state()).kind === 'mine') await this.disk.unlink(this.path).catch(() => undefined);
  }

  /** At exit, when nothing can wait: the lock file goes if it is still this lock. */
  releaseNow(): void {
    this.abandon();
    try {
      const owner = parse(readFileSync(this.path, 'utf8'));
      if (owner?.nonce === this.owner.nonce) unlinkSync(this.path);
    } catch {
      // Already gone.
    }
  }
}

/** A lock nobody holds any more: unreadable, left by this very process, by a process no longer running here, or not renewed for long. */
function isStale(owner: LockOwner | null, identity: FileIdentity, path: string, writer: Writer, now: Date): boolean {
  if (owner === null || sameProcess(owner, writer)) return true;
  if (owner.host === writer.host && !alive(owner.pid)) return true;
  const age = now.getTime() - Date.parse(owner.renewed);
  if (Number.isNaN(age) || age > STALE_LOCK_MS + CLOCK_SKEW_ALLOWANCE_MS) return true;
  return observedUnchangedMs(path, identity, now.getTime()) > STALE_LOCK_MS;
}

function parse(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.host !== 'string' || typeof value.pid !== 'number' || typeof value.renewed !== 'string') return null;
    const since = typeof value.since === 'string' ? value.since : value.renewed;
    return { host: value.host, pid: value.pid, user: typeof value.user === 'string' ? value.user : '', since, renewed: value.renewed, nonce: typeof value.nonce === 'string' ? value.nonce : '' };
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
