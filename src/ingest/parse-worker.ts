import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Submission } from '../domain/submission.js';
import { detectFileKind } from './file-kind.js';
import type { IngestLimits } from './ingest-limits.js';
import { parseSubmissionFile } from './parse-submission-file.js';
import type { Notice, Problem } from './problem.js';
import { storedForm, submissionStoredPath } from './stored-form.js';
import { checkZipContents } from './zip-package-check.js';

/**
 * The parse worker (sandboxed-parse.ts starts one per file): reads one submission file within the
 * limits, builds and validates it, and renders the form it will be stored in. Everything a hostile
 * file can make expensive (unpacking, XML, PDF streams, rendering) happens here, in a thread with a
 * bounded heap and a wall clock, so that it can only end this thread.
 */

export interface ParseWorkerData {
  parseWorker: true;
  fileName: string;
  bytes: Uint8Array;
  limits: IngestLimits;
}

/** What one file came to: its problems and notices, and the submission as it will be stored when it is valid. */
export interface ParsedFileResult {
  problems: Problem[];
  notices: Notice[];
  accepted: { submission: Submission; storedPath: string; text: string } | null;
}

/** Parses one file completely (also usable on the calling thread, e.g. in tests of the parsers). */
export async function parseFileCompletely(fileName: string, bytes: Uint8Array, limits: IngestLimits): Promise<ParsedFileResult> {
  const detected = detectFileKind(fileName, bytes);
  if ('kind' in detected && (detected.kind === 'word' || detected.kind === 'excel')) {
    const packageProblem = checkZipContents(fileName, bytes, limits);
    if (packageProblem) return { problems: [packageProblem], notices: [], accepted: null };
  }
  const parsed = await parseSubmissionFile(fileName, bytes, limits);
  if (!parsed.submission) return { problems: parsed.problems, notices: parsed.notices, accepted: null };
  const storedPath = submissionStoredPath(parsed.submission.year, parsed.submission.forvaltning);
  const stored = storedForm(parsed.submission, storedPath);
  if (!stored.submission) {
    const problems = stored.problems.map((problem) => ({ ...problem, file: fileName, message: `kan inte sparas som Markdown utan att ändras: ${problem.message}` }));
    return { problems, notices: parsed.notices, accepted: null };
  }
  return { problems: [], notices: parsed.notices, accepted: { submission: stored.submission, storedPath, text: stored.text } };
}

const data = workerData as ParseWorkerData | undefined;
if (!isMainThread && data?.parseWorker) {
  parseFileCompletely(data.fileName, data.bytes, data.limits).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) => parentPort?.postMessage({ ok: false, message: (error as Error).message ?? String(error) }),
  );
}
