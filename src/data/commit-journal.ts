import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The journal of a multi-file commit (write-dataset.ts): written, durably, once every new file is
 * complete under its temporary name and before the first rename. With it, a run that dies halfway
 * through the renames is finished by the next start; without it, the run had not committed, and its
 * temporary files are removed. Either way the data is all old or all new.
 */
export const JOURNAL_FILE = '.ingest-journal.json';

const JournalSchema = z.object({
  renames: z.array(z.object({ temporary: z.string(), target: z.string() })),
  deletions: z.array(z.string()),
});
export type CommitJournal = z.infer<typeof JournalSchema>;

/** Temporary files of write-dataset.ts: ".<name>.<pid>.<8 hex>.tmp". */
export const TEMPORARY_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

function syncFolder(folder: string): void {
  try {
    const descriptor = openSync(folder, 'r');
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    // Not every platform lets a folder be synced; the rename is still atomic.
  }
}

/** Writes the journal under a temporary name, syncs it and renames it into place: it exists whole or not at all. */
export function writeJournal(dataDir: string, journal: CommitJournal, temporaryName: string): void {
  const relativeJournal: CommitJournal = {
    renames: journal.renames.map((item) => ({ temporary: relative(dataDir, item.temporary), target: relative(dataDir, item.target) })),
    deletions: journal.deletions.map((path) => relative(dataDir, path)),
  };
  const temporary = join(dataDir, temporaryName);
  const descriptor = openSync(temporary, 'wx');
  try {
    writeSync(descriptor, JSON.stringify(relativeJournal), null, 'utf8');
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, join(dataDir, JOURNAL_FILE));
  syncFolder(dataDir);
}

/** The commit journal in the data folder (paths made absolute), or null when there is none or it cannot be read. */
export function readJournal(dataDir: string): CommitJournal | null {
  const path = join(dataDir, JOURNAL_FILE);
  if (!existsSync(path)) return null;
  try {
    const journal = JournalSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    const inside = (file: string): string => {
      const absolute = resolve(dataDir, file);
      if (relative(dataDir, absolute).startsWith('..')) throw new Error(`${file} ligger utanför datamappen`);
      return absolute;
    };
    return { renames: journal.renames.map((item) => ({ temporary: inside(item.temporary), target: inside(item.target) })), deletions: journal.deletions.map(inside) };
  } catch {
    return null;
  }
}

const ignoreMissing = (work: () => void): void => {
  try {
    work();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
};

/** Finishes a journalled commit: the renames still to do, then the deletions, then the journal itself. Safe to repeat. */
export function finishCommit(dataDir: string, journal: CommitJournal): void {
  for (const { temporary, target } of journal.renames) if (existsSync(temporary)) renameSync(temporary, target);
  for (const path of journal.deletions) ignoreMissing(() => unlinkSync(path));
  syncFolder(dataDir);
  ignoreMissing(() => unlinkSync(join(dataDir, JOURNAL_FILE)));
}

/** Removes write-dataset's temporary files (and the folders only they were in) from the data folder, three levels down. */
function removeStrayTemporaryFiles(dataDir: string): string[] {
  const removed: string[] = [];
  const walk = (folder: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    let removedHere = false;
    for (const name of names) {
      const path = join(folder, name);
      let stats;
      try {
        stats = statSync(path);
      } catch {
        continue;
      }
      if (stats.isDirectory() && depth < 3 && !name.startsWith('.')) walk(path, depth + 1);
      else if (stats.isFile() && TEMPORARY_FILE.test(name)) {
        unlinkSync(path);
        removed.push(relative(dataDir, path));
        removedHere = true;
      }
    }
    // A folder a crashed run created for its files goes with them.
    if (removedHere && folder !== dataDir && readdirSync(folder).length === 0) {
      rmdirSync(folder);
      if (dirname(folder) !== dataDir && readdirSync(dirname(folder)).length === 0) rmdirSync(dirname(folder));
    }
  };
  walk(dataDir, 0);
  return removed;
}

/**
 * What a crashed run left behind is set right: a commit with a journal is finished (all new), and
 * temporary files of a commit that never got its journal are removed (all old). Call it holding
 * the data folder's lock (the ingest does, at its start). Returns what was done, for logs.
 */
export function recoverDataFolder(dataDir: string): { finished: boolean; removed: string[] } {
  const journal = readJournal(dataDir);
  if (journal) finishCommit(dataDir, journal);
  else ignoreMissing(() => unlinkSync(join(dataDir, JOURNAL_FILE)));
  return { finished: journal !== null, removed: removeStrayTemporaryFiles(dataDir) };
}

/** The data folder as a finished commit would leave it: targets read from their temporary files, deletions gone. */
export interface CommittedView {
  /** The file to read for `path` (its temporary file while the commit is unfinished). */
  source(path: string): string;
  exists(path: string): boolean;
  /** A folder's entries, with the commit's new files in it and its deletions left out. */
  list(folder: string): string[];
}

/** The view of a data folder with no unfinished commit: the files as they are. */
export const PLAIN_VIEW: CommittedView = { source: (path) => path, exists: existsSync, list: (folder) => readdirSync(folder) };

/** The view through an unfinished commit's journal, for a reader that may not finish it (another process holds the lock). */
export function journalView(journal: CommitJournal): CommittedView {
  const temporaryOf = new Map(journal.renames.map((item) => [item.target, item.temporary]));
  const deleted = new Set(journal.deletions.filter((path) => !temporaryOf.has(path)));
  return {
    source: (path) => {
      const temporary = temporaryOf.get(path);
      return temporary && existsSync(temporary) ? temporary : path;
    },
    exists: (path) => !deleted.has(path) && (temporaryOf.has(path) || existsSync(path)),
    list: (folder) => {
      const names = new Set(existsSync(folder) ? readdirSync(folder) : []);
      for (const target of temporaryOf.keys()) if (dirname(target) === folder) names.add(target.slice(folder.length + 1));
      for (const path of deleted) if (dirname(path) === folder) names.delete(path.slice(folder.length + 1));
      return [...names];
    },
  };
}
