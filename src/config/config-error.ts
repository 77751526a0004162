/** One environment variable that is wrong, and what to do about it. */
export interface ConfigIssue {
  /** The environment variable, e.g. "AZURE_OPENAI_ENDPOINT". */
  variable: string;
  /** Swedish text: what is wrong and how to fix it. */
  message: string;
}

/** Thrown at start when the environment is misconfigured; lists every problem, not only the first. */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    super(
      `Inställningarna är felaktiga (${issues.length} fel):\n` +
        issues.map((issue) => `  - ${issue.variable}: ${issue.message}`).join('\n'),
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}
