import { runTool } from '../tools/registry.js';
import type { Source, ToolDeps, ToolOutput } from '../tools/tool.js';

/** One tool call the report rests on: what was asked and what came back. */
export interface TracedCall {
  tool: string;
  args: Record<string, unknown>;
  output: ToolOutput;
}

/** A tool the report needs answered with an error (bad data, a year that is missing). */
export class ReportToolError extends Error {
  constructor(
    readonly tool: string,
    readonly args: Record<string, unknown>,
    message: string,
  ) {
    super(`Redovisningen kunde inte räknas fram: ${message}`);
    this.name = 'ReportToolError';
  }
}

/**
 * Calls tools through the registry (the same validated path a model or the interpreter takes) and
 * keeps every call and result, so that the document's figures can be traced back to them.
 */
export class ToolTrace {
  readonly calls: TracedCall[] = [];

  constructor(private readonly deps: ToolDeps) {}

  async call<Output extends ToolOutput>(tool: string, args: Record<string, unknown>): Promise<Output> {
    const result = await runTool(tool, args, this.deps);
    if (!result.ok) throw new ReportToolError(tool, args, result.error.message);
    this.calls.push({ tool, args, output: result.output });
    return result.output as Output;
  }

  /** Every source the calls used, each once. */
  sources(): Source[] {
    const seen = new Map<string, Source>();
    for (const call of this.calls) for (const source of call.output.sources) seen.set(`${source.title}|${source.ref}`, source);
    return [...seen.values()];
  }
}

/** Every number anywhere in a tool output (nested objects and arrays included). */
export function numbersInOutput(value: unknown, found: Set<number> = new Set()): Set<number> {
  if (typeof value === 'number' && Number.isFinite(value)) found.add(value);
  else if (Array.isArray(value)) for (const item of value) numbersInOutput(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) numbersInOutput(item, found);
  else if (typeof value === 'string' && /^\d+$/.test(value)) found.add(Number(value));
  return found;
}
