import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { finishCommit, writeJournal } from './commit-journal.js';

/** One file to write: absolute path and full new content. */
export interface PlannedWrite {
  path: string;
  content: string;
}

/** Thrown when the new files could not be written; nothing in the data folder was changed. */
export class DatasetWriteError extends Error {
  readonly path: string;
  constructor(path: string, cause: unknown) {
    super(`Kunde inte skriva ${path}: ${(cause as Error).message ?? String(cause)} — inget i datamappen ändrades`);
    this.name = 'DatasetWriteError';
    this.path = path;
  }
}

/** The temporary name a file is written under before it is renamed into place (same folder, so rename is atomic). */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function writeDurably(path: string, content: string): void {
  const descriptor = openSync(path, 'wx');
  try {
    writeSync(descriptor, content, null, 'utf8');
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** The points of a commit a crash test stops at (write-dataset.test's child process). */
export type CommitStep = 'staged' | 'journal-written' | `renamed-${number}` | 'deleted' | 'committed';

export interface CommitOptions {
  /**
   * The data folder: with it, the commit is journalled there (commit-journal.ts) between staging and
   * renaming, so a crash in the renames is finished by the next start. Without it (one file), the
   * single rename is the commit.
   */
  journalDir?: string;
  /** Called after each step (tests kill the process there). */
  onStep?: (step: CommitStep) => void;
}

/**
 * Writes several files as one change: every file is first written in full to a temporary file
 * beside its target (folders are created as needed) and synced; then the journal naming every
 * rename and deletion is written; only then are the files renamed into place and the `deletions`
 * removed, and the journal last. If any temporary file cannot be written, the temporary files and
 * folders made so far are removed and DatasetWriteError is thrown, so a reader never sees a
 * half-written file and a failed write leaves the data as it was.
 */
export function writeFilesAtomically(writes: PlannedWrite[], deletions: string[] = [], options: CommitOptions = {}): void {
  const staged: Array<{ temporary: string; target: string }> = [];
  const createdFolders: string[] = [];
  const step = options.onStep ?? (() => undefined);
  try {
    for (const write of writes) {
      const folder = dirname(write.path);
      const created = mkdirSync(folder, { recursive: true });
      if (created) createdFolders.push(created);
      const temporary = temporaryPath(write.path);
      staged.push({ temporary, target: write.path });
      writeDurably(temporary, write.content);
    }
    step('staged');
    if (options.journalDir && staged.length + deletions.length > 1) {
      writeJournal(options.journalDir, { renames: staged, deletions }, basename(temporaryPath(join(options.journalDir, 'ingest-journal.json'))));
      step('journal-written');
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    for (const folder of createdFolders.reverse()) rmSync(folder, { recursive: true, force: true });
    throw new DatasetWriteError(staged.at(-1)?.target ?? '', error);
  }
  staged.forEach(({ temporary, target }, index) => {
    renameSync(temporary, target);
    step(`renamed-${index + 1}`);
  });
  for (const path of deletions) {
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  step('deleted');
  if (options.journalDir) finishCommit(options.journalDir, { renames: [], deletions: [] });
  step('committed');
}

/** Writes one file atomically (temporary file, then rename). */
export function writeFileAtomically(path: string, content: string): void {
  writeFilesAtomically([{ path, content }]);
}
