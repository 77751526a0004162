/**
 * One thing wrong in an input file, with where it is and how to fix it.
 * Rendered as: `kultur.xlsx, Projekt rad 4, Utbetalt under året: "tjugo tusen" är inget belopp — skriv …`
 */
export interface Problem {
  /** The file name as the user gave it. */
  file: string;
  /** Where in the file: "rad 12", "Projekt rad 4", "framsidan (front matter)". */
  location: string | null;
  /** The field or column, in the user's words: "Utbetalt under året". */
  field: string | null;
  /** What was found, verbatim; null when nothing was there. */
  found: string | null;
  /** What is wrong and what is expected. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  const place = [problem.file, problem.location, problem.field].filter((part): part is string => Boolean(part)).join(', ');
  const found = problem.found !== null ? `"${problem.found}" ` : '';
  return `${place}: ${found}${problem.message}`;
}

/** Thrown when one or more input files are invalid; carries every problem found. */
export class SubmissionRejectedError extends Error {
  readonly problems: Problem[];
  /** Things worth knowing that were not errors (e.g. a PDF without a project table). */
  readonly notices: Notice[];
  constructor(problems: Problem[], notices: Notice[] = []) {
    super(`${problems.length} fel i underlaget:\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'SubmissionRejectedError';
    this.problems = problems;
    this.notices = notices;
  }
}

/** Something the user should know about a file that does not stop it from being ingested. */
export type Notice = Problem;
