import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { ProjectFileSchema } from '../domain/project.js';
import { namndById } from '../domain/organisation.js';
import type { Submission } from '../domain/submission.js';
import { yearData, type Dataset } from '../domain/dataset.js';
import { loadDataset, PROJECTS_FILE, SUBMISSIONS_FOLDER } from '../data/load-dataset.js';
import { withDatasetLock } from '../data/dataset-lock.js';
import { writeFilesAtomically, type PlannedWrite } from '../data/write-dataset.js';
import { checkFileSize } from './file-kind.js';
import { parseSubmissionFile } from './parse-submission-file.js';
import { parseMarkdownSubmission } from './parse-markdown.js';
import { buildSubmission } from './submission-builder.js';
import { renderSubmissionMarkdown } from './render-markdown.js';
import { mergeSubmissionProjects, slugify, type MergeSummary, type ProjectFileJson } from './merge-projects.js';
import { SubmissionRejectedError, type Notice, type Problem } from './problem.js';

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
}

/** Where a förvaltning's submission for a year is stored, relative to the data folder. */
export function submissionStoredPath(year: number, forvaltning: string): string {
  return `${year}/${SUBMISSIONS_FOLDER}/${slugify(forvaltning, 80)}.md`;
}

/** A submission as written to and read back from Markdown: what the data folder will hold. */
function storedForm(submission: Submission, storedPath: string): { text: string; submission: Submission | null; problems: Problem[] } {
  const text = renderSubmissionMarkdown({ ...submission, file: storedPath });
  const { raw, problems } = parseMarkdownSubmission(text, storedPath, storedPath);
  if (!raw) return { text, submission: null, problems };
  const built = buildSubmission(raw);
  return { text, submission: built.submission, problems: [...problems, ...built.problems] };
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
 * Every file is parsed and validated and every problem in every file collected; the merged
 * project lists are validated again. Only when nothing is wrong are the submissions stored as
 * Markdown (data/<year>/underlag/<förvaltning>.md) and the projects.json files updated, each by
 * writing a temporary file and renaming it, under the data folder's lock. Otherwise throws
 * SubmissionRejectedError and leaves the data folder exactly as it was.
 */
export async function ingestFiles(options: IngestOptions): Promise<IngestReport> {
  const dataDir = resolve(options.dataDir);
  loadDataset(dataDir);
  return withDatasetLock(dataDir, () => ingestLocked(dataDir, options), { staleAfterMs: options.staleLockAfterMs, waitMs: options.lockWaitMs });
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

/** Reads one file (or takes it from memory), checks its kind and content, and builds its stored form. */
async function checkFile(input: string | IngestFileInput): Promise<CheckedFile> {
  const file = basename(typeof input === 'string' ? input : input.fileName);
  let bytes: Uint8Array;
  if (typeof input !== 'string') {
    bytes = input.bytes;
  } else {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      return { file, problems: [problemFor(file, `finns inte (${input}) — kontrollera sökvägen`)], notices: [], accepted: null };
    }
    if (!stats.isFile()) return { file, problems: [problemFor(file, 'är ingen fil')], notices: [], accepted: null };
    // The size is checked before reading, so a huge file is never read into memory.
    const sizeProblem = checkFileSize(file, stats.size);
    if (sizeProblem) return { file, problems: [sizeProblem], notices: [], accepted: null };
    bytes = readFileSync(input);
  }
  const parsed = await parseSubmissionFile(file, bytes);
  if (!parsed.submission) return { file, problems: parsed.problems, notices: parsed.notices, accepted: null };
  const storedPath = submissionStoredPath(parsed.submission.year, parsed.submission.forvaltning);
  const stored = storedForm(parsed.submission, storedPath);
  if (!stored.submission) {
    const problems = stored.problems.map((problem) => ({ ...problem, file, message: `kan inte sparas som Markdown utan att ändras: ${problem.message}` }));
    return { file, problems, notices: parsed.notices, accepted: null };
  }
  return { file, problems: [], notices: parsed.notices, accepted: { submission: stored.submission, storedPath, text: stored.text } };
}

/** One submission per förvaltning and year, within the run and against the data folder; identical content is "unchanged". */
function planSubmissions(checked: CheckedFile[], dataset: Dataset, replace: boolean, problems: Problem[]): PlannedSubmission[] {
  const planned: PlannedSubmission[] = [];
  const seen = new Map<string, string>();
  for (const { file, accepted } of checked) {
    if (!accepted) continue;
    const { submission } = accepted;
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

async function ingestLocked(dataDir: string, options: IngestOptions): Promise<IngestReport> {
  const dataset = loadDataset(dataDir);
  const checked: CheckedFile[] = [];
  for (const input of options.files) {
    const result = await checkFile(input);
    checked.push(result);
    options.onFileChecked?.({ file: result.file, problems: result.problems.length, projects: result.accepted?.submission.projects.length ?? 0, notices: result.notices });
  }
  const problems = checked.flatMap((result) => result.problems);
  const notices = checked.flatMap((result) => result.notices);
  const planned = planSubmissions(checked, dataset, options.replace ?? false, problems);
  const today = (options.now ?? (() => new Date()))().toISOString().slice(0, 10);
  const projectFiles = mergeYears(dataDir, planned, today, problems);
  if (problems.length > 0) throw new SubmissionRejectedError(problems, notices);

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
  writeFilesAtomically(writes, deletions);

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
    dataset: loadDataset(dataDir),
  };
}
