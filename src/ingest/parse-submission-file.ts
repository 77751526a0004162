import type { Submission } from '../domain/submission.js';
import { detectFileKind, type SubmissionFileKind } from './file-kind.js';
import { parseMarkdownSubmission } from './parse-markdown.js';
import type { Notice, Problem } from './problem.js';
import { buildSubmission, type RawSubmission } from './submission-builder.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './ingest-limits.js';
import { checkTextBounds } from './text-bounds.js';

export interface ParsedSubmissionFile {
  fileName: string;
  kind: SubmissionFileKind | null;
  /** The validated submission, or null when there are problems. */
  submission: Submission | null;
  problems: Problem[];
  notices: Notice[];
}

/**
 * Checks a file's kind against its content, parses it with the matching reader (Excel, Word and
 * PDF readers are loaded only when needed) and validates it, collecting every problem.
 * The submission's `file` is left empty: the ingester decides where it is stored. The limits bound
 * a PDF's pages and the text (rows, characters, word length) before the submission is built; the
 * package checks and the memory and time bounds are the sandbox's (sandboxed-parse.ts).
 */
export async function parseSubmissionFile(fileName: string, bytes: Uint8Array, limits: IngestLimits = DEFAULT_INGEST_LIMITS): Promise<ParsedSubmissionFile> {
  const detected = detectFileKind(fileName, bytes);
  if ('problem' in detected) return { fileName, kind: null, submission: null, problems: [detected.problem], notices: [] };
  const { kind } = detected;
  let parsed: { raw: RawSubmission | null; problems: Problem[]; notices: Notice[] };
  switch (kind) {
    case 'markdown':
      parsed = { ...parseMarkdownSubmission(new TextDecoder('utf-8').decode(bytes), fileName, ''), notices: [] };
      break;
    case 'excel':
      parsed = await (await import('./parse-excel.js')).parseExcelSubmission(bytes, fileName, '');
      break;
    case 'word':
      parsed = await (await import('./parse-word.js')).parseWordSubmission(bytes, fileName, '');
      break;
    case 'pdf':
      parsed = await (await import('./parse-pdf.js')).parsePdfSubmission(bytes, fileName, '', { maxPages: limits.maxPdfPages });
      break;
  }
  if (!parsed.raw) return { fileName, kind, submission: null, problems: parsed.problems, notices: parsed.notices };
  const bounds = checkTextBounds(parsed.raw, limits);
  if (bounds.length > 0) return { fileName, kind, submission: null, problems: [...parsed.problems, ...bounds], notices: parsed.notices };
  const built = buildSubmission(parsed.raw);
  const problems = [...parsed.problems, ...built.problems];
  return { fileName, kind, submission: problems.length === 0 ? built.submission : null, problems, notices: parsed.notices };
}
