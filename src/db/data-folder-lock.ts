/**
 * The embedded database is one process's alone: two processes on the same data folder would each
 * keep their own copy in memory and the last to write its pages wins, silently losing the other's
 * writes. Whoever opens the folder (the server or a command) takes `wayfinder.lock` in it: a file
 * made atomically with the owner's pid, host and command. A second opener is refused with an
 * error that names that pid. A lock whose process is gone (killed, crashed) is stale and taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'wayfinder.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  command: string;
  since: string;
}

export class DataFolderBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Wayfinder process (pid ${owner.pid}` +
        `${owner.hostname === os.hostname() ? '' : ` on ${owner.hostname}`}: ${owner.command}, since ${owner.since}). ` +
        `Nothing was changed. Stop that process first (for a server: Ctrl+C or kill ${owner.pid}), ` +
        'or, while the server runs, make the change through the web app or the API.',
    );
    this.name = 'DataFolderBusyError';
  }
}

export interface DataFolderLock {
  release(): void;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A pid reused by a program that is not Node (Linux tells us) cannot be a Wayfinder process.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node|wayfinder|tsx/.test(cmdline);
  } catch {
    return true;
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number') return undefined;
    return {
      pid: owner.pid,
      hostname: owner.hostname ?? 'unknown host',
      command: owner.command ?? 'wayfinder',
      since: owner.since ?? 'unknown',
    };
  } catch {
    return undefined;
  }
}

/** Takes the data folder's lock, or throws DataFolderBusyError naming the process that holds it. */
export function lockDataFolder(dataDir: string, command = commandLine()): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    command,
    since: new Date().toISOString(),
  };
  // Written whole to a file of our own, then linked into place: the lock never exists half-written.
  const draft = `${file}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(draft, `${JSON.stringify(me)}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        fs.linkSync(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      }
      const owner = readOwner(file);
      const stale =
        owner === undefined || (owner.hostname === me.hostname && !processAlive(owner.pid));
      if (!stale) throw new DataFolderBusyError(dataDir, owner);
      fs.rmSync(file, { force: true });
    }
  } finally {
    fs.rmSync(draft, { force: true });
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  process.on('exit', release);
  return { release };
}

function commandLine(): string {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--data'));
  return `wayfinder ${args.slice(0, 3).join(' ')}`.trim();
}
