import type { ZodError } from 'zod';
import type { Tool, ToolDeps, ToolOutput } from './tool.js';
import { toolErrorFromZod, toolFailedError, unknownToolError, type ToolError } from './tool-error.js';
import { findProjectsTool } from './find-projects.js';
import { aggregateTool } from './aggregate.js';
import { compareYearsTool } from './compare-years.js';
import { projectDetailsTool } from './project-details.js';
import { organisationLookupTool } from './organisation-lookup.js';
import { publishedFiguresTool } from './published-figures.js';
import { reconciliationTool } from './reconciliation.js';
import { searchSubmissionsTool } from './search-submissions.js';
import { contactPersonsTool } from './contact-persons.js';
import { submissionSectionTool } from './submission-section.js';

/**
 * The tools that load fast (no stemmer, no vector store at import): what the embedded interpreter
 * imports at start. The full list, with the heavier ones, is `TOOLS` in registry.ts.
 */
export const CORE_TOOLS: readonly Tool[] = [
  findProjectsTool,
  aggregateTool,
  compareYearsTool,
  projectDetailsTool,
  organisationLookupTool,
  publishedFiguresTool,
  reconciliationTool,
  searchSubmissionsTool,
  contactPersonsTool,
  submissionSectionTool,
] as Tool[];

/** Tools in the registry that are not core (their modules import a stemmer): loaded on first use. */
export const ON_DEMAND_TOOL_NAMES: readonly string[] = ['find_partners'];

/** A tool call's outcome: the output, or a structured error (code, argument, Swedish message, suggestions). */
export type ToolResult = { ok: true; output: ToolOutput } | { ok: false; error: ToolError };

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
 * Runs a tool from a list by name with untrusted arguments: validates them with the tool's zod
 * schema and never throws for bad input.
 */
export async function runToolFrom(tools: readonly Tool[], name: string, rawArgs: unknown, deps: ToolDeps): Promise<ToolResult> {
  const tool = tools.find((candidate) => candidate.name === name);
  if (!tool) return { ok: false, error: unknownToolError(name, tools.map((candidate) => candidate.name)) };
  const parsed = tool.input.safeParse(rawArgs ?? {});
  if (!parsed.success) return { ok: false, error: toolErrorFromZod(name, parsed.error, tool.input) };
  try {
    return { ok: true, output: await tool.run(parsed.data, deps) };
  } catch (error) {
    return { ok: false, error: toolFailedError(name, error) };
  }
}
