import { hostname } from 'node:os';
import { join } from 'node:path';
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';

/** The lock file an ingest holds in the data folder while it reads and writes. */
export const LOCK_FILE = '.ingest.lock';

/** A lock older than this is taken to be left behind by a crashed run. */
export const DEFAULT_STALE_AFTER_MS = 10 * 60 * 1000;

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

/** Thrown when another ingest holds the data folder's lock. */
export class DatasetLockedError extends Error {
  readonly lockPath: string;
  readonly holder: LockHolder | null;
  constructor(lockPath: string, holder: LockHolder | null) {
    const who = holder ? ` (process ${holder.pid} på ${holder.host}, startad ${holder.startedAt})` : '';
    super(
      `Datamappen används av en annan inläsning just nu${who}. Vänta tills den är klar och försök igen. ` +
        `Om ingen inläsning pågår kan du ta bort låsfilen ${lockPath}.`,
    );
    this.name = 'DatasetLockedError';
    this.lockPath = lockPath;
    this.holder = holder;
  }
}

export interface DatasetLock {
  path: string;
  release(): void;
}

function readHolder(path: string): LockHolder | null {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.startedAt === 'string'
      ? { pid: data.pid, host: data.host, startedAt: data.startedAt }
      : null;
  } catch {
    return null;
  }
}

function processIsGone(holder: LockHolder | null): boolean {
  if (!holder || holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Takes the data folder's exclusive lock (a file created with "wx"). A lock left by a process that
 * no longer runs on this machine, or older than `staleAfterMs`, is taken over.
 * Throws DatasetLockedError when another run holds it.
 */
export function acquireDatasetLock(dataDir: string, options: { staleAfterMs?: number; now?: () => number } = {}): DatasetLock {
  const path = join(dataDir, LOCK_FILE);
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const now = options.now ?? Date.now;
  const holder: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date(now()).toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(holder), { flag: 'wx' });
      let released = false;
      return {
        path,
        release: () => {
          if (released) return;
          released = true;
          try {
            unlinkSync(path);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = readHolder(path);
      let age = 0;
      try {
        age = now() - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      if (attempt === 0 && (age > staleAfterMs || processIsGone(existing))) {
        try {
          unlinkSync(path);
        } catch {
          // another run removed it first; try again
        }
        continue;
      }
      throw new DatasetLockedError(path, existing);
    }
  }
  throw new DatasetLockedError(path, readHolder(path));
}

/**
 * Runs `work` holding the data folder's lock, and releases it afterwards whatever happens.
 * While another run holds the lock, waits up to `waitMs` (default 10 s), checking every 100 ms,
 * so that two ingests started together run one after the other; then gives up with DatasetLockedError.
 */
export async function withDatasetLock<T>(dataDir: string, work: () => Promise<T>, options: { staleAfterMs?: number; waitMs?: number } = {}): Promise<T> {
  const deadline = Date.now() + (options.waitMs ?? 10_000);
  let lock: DatasetLock;
  for (;;) {
    try {
      lock = acquireDatasetLock(dataDir, options);
      break;
    } catch (error) {
      if (!(error instanceof DatasetLockedError) || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    lock.release();
  }
}
