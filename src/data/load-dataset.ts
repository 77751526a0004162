import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ZodError } from 'zod';
import { ProjectFileSchema, type Project } from '../domain/project.js';
import { PublishedReportSchema, type PublishedReport } from '../domain/published.js';
import type { Submission } from '../domain/submission.js';
import type { Dataset, YearData } from '../domain/dataset.js';
import { DataLoadError, type DataIssue } from './data-load-error.js';
import { parseMarkdownSubmission } from '../ingest/parse-markdown.js';
import { buildSubmission } from '../ingest/submission-builder.js';
import { formatProblem } from '../ingest/problem.js';
import { journalView, PLAIN_VIEW, readJournal, recoverDataFolder, type CommittedView } from './commit-journal.js';
import { acquireDatasetLock } from './dataset-lock.js';

export const PROJECTS_FILE = 'projects.json';
export const PUBLISHED_FILE = 'published.json';
export const SUBMISSIONS_FOLDER = 'underlag';

/** Names a zod path the way a handläggare can find it: "projects[3] (Perfare).participations[0].paidKr". */
function describePath(path: ReadonlyArray<string | number>, data: unknown): string {
  let node: unknown = data;
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      node = Array.isArray(node) ? node[key] : undefined;
      const name = node && typeof node === 'object' && 'name' in node ? String((node as { name: unknown }).name) : null;
      parts.push(`[${key}]${name ? ` (${name})` : ''}`);
    } else {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
      parts.push(parts.length === 0 ? key : `.${key}`);
    }
  }
  return parts.join('');
}

function zodIssues(file: string, error: ZodError, data: unknown): DataIssue[] {
  return error.issues.map((issue) => ({ file, field: describePath(issue.path, data) || null, message: issue.message }));
}

function readJson(path: string, file: string, issues: DataIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    issues.push({ file, field: null, message: `är ingen giltig JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/**
 * How to read the data folder when a crashed or running ingest left a commit journal: finish the
 * commit when its lock can be taken (the writer is gone), else read through the journal, so that a
 * reader always sees the data all old (no journal) or all new (journal), never half of a commit.
 */
function settledView(dir: string): CommittedView {
  const journal = readJournal(dir);
  if (!journal) return PLAIN_VIEW;
  try {
    const lock = acquireDatasetLock(dir);
    try {
      recoverDataFolder(dir);
    } finally {
      lock.release();
    }
    return PLAIN_VIEW;
  } catch {
    // Locked by a live ingest, or a read-only folder: read what the commit makes.
    return journalView(journal);
  }
}

/**
 * Loads the whole data folder: data/<year>/projects.json, published.json and underlag/*.md.
 * Throws DataLoadError listing every problem in every file (never only the first).
 */
export function loadDataset(dataDir: string): Dataset {
  const dir = resolve(dataDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DataLoadError([{ file: dir, field: null, message: 'datamappen finns inte — ange en befintlig mapp med --data eller DATA_DIR' }]);
  }
  const view = settledView(dir);
  const issues: DataIssue[] = [];
  const hash = createHash('sha256');
  const years: YearData[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir).filter((name) => /^\d{4}$/.test(name)).sort();
  } catch (error) {
    throw new DataLoadError([{ file: dir, field: null, message: `datamappen kan inte läsas: ${(error as Error).message}` }]);
  }
  for (const folder of entries) {
    const year = Number(folder);
    const yearDir = join(dir, folder);
    if (!statSync(yearDir).isDirectory()) continue;
    let projects: Project[] | null = null;
    let published: PublishedReport | null = null;
    const submissions: Submission[] = [];

    const projectsPath = join(yearDir, PROJECTS_FILE);
    if (view.exists(projectsPath)) {
      const file = relative(dir, projectsPath);
      const data = readJson(view.source(projectsPath), file, issues);
      hash.update(file).update(JSON.stringify(data ?? null));
      if (data !== undefined) {
        const parsed = ProjectFileSchema.safeParse(data);
        if (!parsed.success) issues.push(...zodIssues(file, parsed.error, data));
        else if (parsed.data.year !== year) issues.push({ file, field: 'year', message: `är ${parsed.data.year} men filen ligger i mappen ${folder}` });
        else {
          projects = parsed.data.projects;
          const ids = new Set<string>();
          projects.forEach((project, index) => {
            if (ids.has(project.id)) issues.push({ file, field: `projects[${index}] (${project.name}).id`, message: `id "${project.id}" används av två projekt` });
            ids.add(project.id);
          });
        }
      }
    }

    const publishedPath = join(yearDir, PUBLISHED_FILE);
    if (view.exists(publishedPath)) {
      const file = relative(dir, publishedPath);
      const data = readJson(view.source(publishedPath), file, issues);
      hash.update(file).update(JSON.stringify(data ?? null));
      if (data !== undefined) {
        const parsed = PublishedReportSchema.safeParse(data);
        if (!parsed.success) issues.push(...zodIssues(file, parsed.error, data));
        else published = parsed.data;
      }
    }

    const submissionsDir = join(yearDir, SUBMISSIONS_FOLDER);
    if (existsSync(submissionsDir)) {
      for (const name of view.list(submissionsDir).filter((entry) => entry.endsWith('.md')).sort()) {
        const file = relative(dir, join(submissionsDir, name));
        const text = readFileSync(view.source(join(submissionsDir, name)), 'utf8');
        hash.update(file).update(text);
        const { raw, problems } = parseMarkdownSubmission(text, file, file);
        const built = raw ? buildSubmission(raw) : { submission: null, problems: [] };
        const allProblems = [...problems, ...built.problems];
        for (const problem of allProblems) issues.push({ file, field: problem.field, message: formatProblem({ ...problem, file: '' }).replace(/^[:,\s]+/, '') });
        if (built.submission) {
          if (built.submission.year !== year) issues.push({ file, field: 'år', message: `är ${built.submission.year} men filen ligger i mappen ${folder}` });
          else submissions.push(built.submission);
        }
      }
    }
    if (projects !== null || published !== null || submissions.length > 0) years.push({ year, projects, published, submissions });
  }
  if (issues.length > 0) throw new DataLoadError(issues);
  return { dir, years, contentHash: hash.digest('hex') };
}
