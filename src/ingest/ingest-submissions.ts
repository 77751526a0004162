import { closeSync, existsSync, fstatSync, lstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ProjectFileSchema } from '../domain/project.js';
import { namndById } from '../domain/organisation.js';
import type { Submission } from '../domain/submission.js';
import { latestYear, yearData, type Dataset } from '../domain/dataset.js';
import { loadDataset, PROJECTS_FILE } from '../data/load-dataset.js';
import { withDatasetLock } from '../data/dataset-lock.js';
import { recoverDataFolder } from '../data/commit-journal.js';
import { writeFilesAtomically, type PlannedWrite } from '../data/write-dataset.js';
import { checkFileSize, MAX_SUBMISSION_BYTES } from './file-kind.js';
import { resolveIngestLimits, type IngestLimits } from './ingest-limits.js';
import { ParseSandbox } from './sandboxed-parse.js';
import type { ParsedFileResult } from './parse-worker.js';
import { implausibleYearMessage } from './plausible-year.js';
import { mergeSubmissionProjects, type MergeSummary, type ProjectFileJson } from './merge-projects.js';
import { SubmissionRejectedError, type Notice, type Problem } from './problem.js';
export { submissionStoredPath } from './stored-form.js';

/** A submission file already in memory. */
export interface IngestFileInput {
  /** The file's name as the user knows it (its extension decides how it is read). */
  fileName: string;
  bytes: Uint8Array;
}

export interface IngestOptions {
  /** The data folder (must exist). */
  dataDir: string;
  /** The submission files: paths to read, or files already in memory (e.g. uploaded in a chat). */
  files: Array<string | IngestFileInput>;
  /** Replace a förvaltning's existing submission for the same year instead of refusing it. */
  replace?: boolean;
  /** The clock, for the provenance note of new projects. */
  now?: () => Date;
  /** Called once per file after it is read and checked. */
  onFileChecked?: (result: { file: string; problems: number; projects: number; notices: Notice[] }) => void;
  /** A lock older than this (ms) is taken over. */
  staleLockAfterMs?: number;
  /** How long to wait for another ingest to finish before giving up (ms, default 10 s). */
  lockWaitMs?: number;
  /** The bounds each file is parsed within (INGEST_* settings); unset ones take the defaults. */
  limits?: Partial<IngestLimits>;
  /** Where files are parsed (worker threads); default: a sandbox for this run. */
  sandbox?: ParseSandbox;
}

export type IngestAction = 'added' | 'replaced' | 'unchanged';

export interface IngestedSubmission {
  /** The file name as given. */
  file: string;
  year: number;
  namnd: string;
  forvaltning: string;
  /** Where the submission is stored, relative to the data folder. */
  storedPath: string;
  action: IngestAction;
  projects: number;
  merge: MergeSummary;
}

export interface IngestReport {
  submissions: IngestedSubmission[];
  notices: Notice[];
  /** Files written or removed, relative to the data folder. */
  written: string[];
  removed: string[];
  /** The dataset as it is after the run. */
  dataset: Dataset;
  /** The year that became the latest year of the data in this run (questions without a year now mean it), or null. */
  newLatestYear: number | null;
}

const sameSubmission = (a: Submission, b: Submission): boolean => JSON.stringify({ ...a, file: '' }) === JSON.stringify({ ...b, file: '' });

function readProjectFile(dataDir: string, year: number): ProjectFileJson {
  const path = join(dataDir, String(year), PROJECTS_FILE);
  if (!existsSync(path)) return { year, projects: [] };
  return JSON.parse(readFileSync(path, 'utf8')) as ProjectFileJson;
}

/**
 * Reads, checks and adds submission files to the data folder — all of them or none.
 *
 * Every file is parsed in the sandbox (a worker thread per file, bounded in memory and time; see
 * sandboxed-parse.ts) and every problem in every file collected, before the data folder's lock is
 * taken. Then, under the lock, the submissions are planned against the data, merged into the
 * project lists and validated again. Only when nothing is wrong are the submissions stored as
 * Markdown (data/<year>/underlag/<förvaltning>.md) and the projects.json files updated as one
 * journalled commit (write-dataset.ts). Otherwise throws SubmissionRejectedError and leaves the
 * data folder exactly as it was.
 */
export async function ingestFiles(options: IngestOptions): Promise<IngestReport> {
  const dataDir = resolve(options.dataDir);
  loadDataset(dataDir);
  const limits = resolveIngestLimits(options.limits);
  const sandbox = options.sandbox ?? new ParseSandbox();
  const checked: CheckedFile[] = [];
  for (const input of options.files) {
    const result = await checkFile(input, sandbox, limits);
    checked.push(result);
    options.onFileChecked?.({ file: result.file, problems: result.problems.length, projects: result.accepted?.submission.projects.length ?? 0, notices: result.notices });
  }
  return withDatasetLock(dataDir, () => ingestLocked(dataDir, checked, options), { staleAfterMs: options.staleLockAfterMs, waitMs: options.lockWaitMs });
}

interface CheckedFile {
  file: string;
  problems: Problem[];
  notices: Notice[];
  /** The submission in the form it will be stored in, when the file is valid. */
  accepted: { submission: Submission; storedPath: string; text: string } | null;
}

interface PlannedSubmission {
  file: string;
  submission: Submission;
  storedPath: string;
  text: string;
  previous: Submission | null;
  action: IngestAction;
  merge: MergeSummary;
}

const problemFor = (file: string, message: string): Problem => ({ file, location: null, field: null, found: null, message });

/**
 * Reads a FILE argument within the size limit: opened once, its size taken from the open file (so a
 * file that grows, or a symlink swapped after the check, cannot be read past the limit), and at most
 * MAX_SUBMISSION_BYTES + 1 bytes read. A symlink is followed to its file; a device, FIFO or folder is refused.
 */
function readInputFile(path: string, file: string): { bytes: Uint8Array } | { problem: Problem } {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch {
    return { problem: problemFor(file, `finns inte eller kan inte läsas (${path}) — kontrollera sökvägen`) };
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { problem: problemFor(file, 'är ingen vanlig fil (en mapp, enhet eller kö) — ange själva underlagsfilen') };
    const sizeProblem = checkFileSize(file, stats.size);
    if (sizeProblem) return { problem: sizeProblem };
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_SUBMISSION_BYTES) + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) read = readSync(descriptor, buffer, length, buffer.length - length, length);
    const tooLarge = checkFileSize(file, length);
    if (tooLarge) return { problem: tooLarge };
    return { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(descriptor);
  }
}

/** Reads one file (or takes it from memory) and parses it in the sandbox: its problems, or its stored form. */
async function checkFile(input: string | IngestFileInput, sandbox: ParseSandbox, limits: IngestLimits): Promise<CheckedFile> {
  const file = basename(typeof input === 'string' ? input : input.fileName);
  let bytes: Uint8Array;
  if (typeof input !== 'string') {
    bytes = input.bytes;
  } else {
    const read = readInputFile(input, file);
    if ('problem' in read) return { file, problems: [read.problem], notices: [], accepted: null };
    bytes = read.bytes;
  }
  const result: ParsedFileResult = await sandbox.parse(file, bytes, limits);
  return { file, ...result };
}

/**
 * A planned write's path must stay a plain path inside the data folder: no folder on the way, and
 * not the file itself, may be a symbolic link (a link would make the ingest write outside the data
 * folder, or replace what the link points to).
 */
function symlinkProblem(dataDir: string, path: string): Problem | null {
  const inside = relative(dataDir, path);
  let current = dataDir;
  for (const part of inside.split(sep)) {
    current = join(current, part);
    try {
      if (lstatSync(current).isSymbolicLink()) return problemFor(relative(dataDir, current), 'är en symbolisk länk i datamappen — inläsningen skriver inte genom länkar; ersätt länken med en vanlig mapp eller fil');
    } catch {
      return null; // does not exist yet: it will be created as a plain folder or file
    }
  }
  return null;
}

/** One submission per förvaltning and year, within the run and against the data folder; identical content is "unchanged". */
function planSubmissions(checked: CheckedFile[], dataset: Dataset, options: { replace: boolean; today: Date }, problems: Problem[]): PlannedSubmission[] {
  const planned: PlannedSubmission[] = [];
  const seen = new Map<string, string>();
  const replace = options.replace;
  for (const { file, accepted } of checked) {
    if (!accepted) continue;
    const { submission } = accepted;
    const implausible = implausibleYearMessage(submission.year, dataset, options.today);
    if (implausible) {
      problems.push({ file, location: null, field: 'år', found: String(submission.year), message: implausible });
      continue;
    }
    const key = `${submission.year}/${submission.namnd}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ file, location: null, field: 'förvaltning', found: submission.forvaltning, message: `har redan ett underlag för ${submission.year} i denna körning (${earlier}) — skicka ett underlag per förvaltning och år` });
      continue;
    }
    seen.set(key, file);
    const previous = yearData(dataset, submission.year)?.submissions.find((existing) => existing.namnd === submission.namnd) ?? null;
    const merge: MergeSummary = { created: [], updated: [], left: [], removed: [] };
    if (previous && sameSubmission(previous, submission)) {
      planned.push({ file, ...accepted, previous, action: 'unchanged', merge });
    } else if (previous && !replace) {
      problems.push({
        file, location: null, field: 'förvaltning', found: submission.forvaltning,
        message: `har redan ett underlag för ${submission.year} (${previous.file}) — lägg till --replace för att ersätta det`,
      });
    } else {
      planned.push({ file, ...accepted, previous, action: previous ? 'replaced' : 'added', merge });
    }
  }
  return planned;
}

/** Merges the planned submissions' projects into their years' project lists and validates the result. */
function mergeYears(dataDir: string, planned: PlannedSubmission[], today: string, problems: Problem[]): Map<number, ProjectFileJson> {
  const projectFiles = new Map<number, ProjectFileJson>();
  for (const item of planned) {
    if (item.action === 'unchanged') continue;
    const year = item.submission.year;
    let projectFile = projectFiles.get(year);
    if (!projectFile) {
      try {
        projectFile = readProjectFile(dataDir, year);
      } catch (error) {
        problems.push(problemFor(`${year}/${PROJECTS_FILE}`, `kan inte läsas: ${(error as Error).message}`));
        continue;
      }
      projectFiles.set(year, projectFile);
    }
    item.merge = mergeSubmissionProjects(projectFile, item.submission, item.previous, `Från underlag ${item.file} (${today})`);
  }
  for (const [year, projectFile] of projectFiles) {
    const culprits = planned.filter((item) => item.submission.year === year && item.action !== 'unchanged').map((item) => item.file).join(', ');
    const result = ProjectFileSchema.safeParse(projectFile);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [, index] = issue.path;
        const project = typeof index === 'number' ? projectFile.projects[index] : undefined;
        problems.push({
          file: culprits,
          location: project ? `projektet ${String(project.name)} i ${year}/${PROJECTS_FILE}` : `${year}/${PROJECTS_FILE}`,
          field: issue.path.slice(2).join('.') || null,
          found: null,
          message: `${issue.message} — efter sammanslagning med årets övriga projekt`,
        });
      }
      continue;
    }
    const ids = new Set<string>();
    for (const project of result.data.projects) {
      if (ids.has(project.id)) problems.push({ file: culprits, location: `${year}/${PROJECTS_FILE}`, field: 'id', found: project.id, message: 'används av två projekt' });
      ids.add(project.id);
    }
  }
  return projectFiles;
}

async function ingestLocked(dataDir: string, checked: CheckedFile[], options: IngestOptions): Promise<IngestReport> {
  // A commit a crashed run left half done is finished first, and its stray temporary files removed.
  recoverDataFolder(dataDir);
  const dataset = loadDataset(dataDir);
  const problems = checked.flatMap((result) => result.problems);
  const notices = checked.flatMap((result) => result.notices);
  const now = (options.now ?? (() => new Date()))();
  const planned = planSubmissions(checked, dataset, { replace: options.replace ?? false, today: now }, problems);
  const projectFiles = mergeYears(dataDir, planned, now.toISOString().slice(0, 10), problems);

  const writes: PlannedWrite[] = [];
  const deletions: string[] = [];
  for (const item of planned) {
    if (item.action === 'unchanged') continue;
    writes.push({ path: join(dataDir, item.storedPath), content: item.text });
    if (item.previous && item.previous.file !== '' && item.previous.file !== item.storedPath) deletions.push(join(dataDir, item.previous.file));
  }
  for (const [year, projectFile] of projectFiles) {
    const path = join(dataDir, String(year), PROJECTS_FILE);
    const content = `${JSON.stringify(projectFile, null, 2)}\n`;
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) writes.push({ path, content });
  }
  for (const path of [...writes.map((write) => write.path), ...deletions]) {
    const linked = symlinkProblem(dataDir, path);
    if (linked && !problems.some((problem) => problem.file === linked.file)) problems.push(linked);
  }
  if (problems.length > 0) throw new SubmissionRejectedError(problems, notices);
  writeFilesAtomically(writes, deletions, { journalDir: dataDir });
  const before = latestYear(dataset)?.year ?? null;
  const after = loadDataset(dataDir);
  const latest = latestYear(after)?.year ?? null;

  return {
    submissions: planned.map((item) => ({
      file: item.file,
      year: item.submission.year,
      namnd: item.submission.namnd,
      forvaltning: namndById(item.submission.namnd).forvaltning,
      storedPath: item.action === 'unchanged' && item.previous ? item.previous.file : item.storedPath,
      action: item.action,
      projects: item.submission.projects.length,
      merge: item.merge,
    })),
    notices,
    written: writes.map((write) => relative(dataDir, write.path)),
    removed: deletions.map((path) => relative(dataDir, path)),
    dataset: after,
    newLatestYear: latest !== null && (before === null || latest > before) ? latest : null,
  };
}
