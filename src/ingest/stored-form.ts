import type { Submission } from '../domain/submission.js';
import { parseMarkdownSubmission } from './parse-markdown.js';
import { buildSubmission } from './submission-builder.js';
import { renderSubmissionMarkdown } from './render-markdown.js';
import { slugify } from './merge-projects.js';
import type { Problem } from './problem.js';
import { SUBMISSIONS_FOLDER } from '../data/load-dataset.js';


/** Where a förvaltning's submission for a year is stored, relative to the data folder. */
export function submissionStoredPath(year: number, forvaltning: string): string {
  return `${year}/${SUBMISSIONS_FOLDER}/${slugify(forvaltning, 80)}.md`;
}

/** A submission as written to and read back from Markdown: what the data folder will hold. */
export function storedForm(submission: Submission, storedPath: string): { text: string; submission: Submission | null; problems: Problem[] } {
  const text = renderSubmissionMarkdown({ ...submission, file: storedPath });
  const { raw, problems } = parseMarkdownSubmission(text, storedPath, storedPath);
  if (!raw) return { text, submission: null, problems };
  const built = buildSubmission(raw);
  return { text, submission: built.submission, problems: [...problems, ...built.problems] };
}
