import type { ZodError } from 'zod';
import type { Tool, ToolDeps, ToolOutput } from './tool.js';
import { findProjectsTool } from './find-projects.js';
import { aggregateTool } from './aggregate.js';
import { compareYearsTool } from './compare-years.js';
import { projectDetailsTool } from './project-details.js';
import { organisationLookupTool } from './organisation-lookup.js';
import { publishedFiguresTool } from './published-figures.js';
import { reconciliationTool } from './reconciliation.js';
import { searchSubmissionsTool } from './search-submissions.js';
import { findPartnersTool } from './find-partners.js';
import { contactPersonsTool } from './contact-persons.js';

/** Every tool, in the order a model sees them. */
export const TOOLS: readonly Tool[] = [
  findProjectsTool,
  aggregateTool,
  compareYearsTool,
  projectDetailsTool,
  organisationLookupTool,
  publishedFiguresTool,
  reconciliationTool,
  searchSubmissionsTool,
  findPartnersTool,
  contactPersonsTool,
] as Tool[];

export function findTool(name: string): Tool | undefined {
  return TOOLS.find((tool) => tool.name === name);
}

export type ToolResult = { ok: true; output: ToolOutput } | { ok: false; error: string };

/** Tool arguments that failed validation, with the tool and what was sent. */
export class InvalidToolInputError extends Error {
  readonly toolName: string;
  readonly toolInput: unknown;
  constructor(toolName: string, toolInput: unknown, message: string) {
    super(message);
    this.name = 'InvalidToolInputError';
    this.toolName = toolName;
    this.toolInput = toolInput;
  }
}

/** A zod error as one Swedish sentence per problem: "namnd: okänd nämnd "X" — menade du …?". */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.');
      const message = issue.code === 'invalid_type' && issue.received === 'undefined' ? 'saknas' : issue.message;
      return path ? `${path}: ${message}` : message;
    })
    .join('; ');
}

/**
 * Runs a tool by name with untrusted arguments (from the interpreter or a model): validates them
 * with the tool's zod schema and never throws for bad input.
 */
export async function runTool(name: string, rawArgs: unknown, deps: ToolDeps): Promise<ToolResult> {
  const tool = findTool(name);
  if (!tool) return { ok: false, error: `Okänt verktyg "${name}". Tillgängliga: ${TOOLS.map((candidate) => candidate.name).join(', ')}.` };
  const parsed = tool.input.safeParse(rawArgs ?? {});
  if (!parsed.success) return { ok: false, error: `Ogiltiga argument till ${name}: ${describeZodError(parsed.error)}` };
  try {
    return { ok: true, output: await tool.run(parsed.data, deps) };
  } catch (error) {
    return { ok: false, error: `Verktyget ${name} misslyckades: ${(error as Error).message}` };
  }
}
