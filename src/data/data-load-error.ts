/** One reason the data folder could not be loaded: which file, which field, what is wrong. */
export interface DataIssue {
  file: string;
  field: string | null;
  message: string;
}

/** Thrown when the data folder is missing, unreadable or holds invalid files. */
export class DataLoadError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(
      `Datamappen kunde inte läsas (${issues.length} fel):\n` +
        issues.map((issue) => `  - ${issue.file}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`).join('\n'),
    );
    this.name = 'DataLoadError';
    this.issues = issues;
  }
}
