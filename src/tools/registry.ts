import type { Tool, ToolDeps } from './tool.js';
import { CORE_TOOLS, runToolFrom, type ToolResult } from './core-tools.js';
import { findPartnersTool } from './find-partners.js';

export { describeZodError, InvalidToolInputError, type ToolResult } from './core-tools.js';
export { nearestNames, ToolErrorSchema, type ToolError, type ToolErrorCode } from './tool-error.js';

/** Every tool, in the order a model sees them. */
export const TOOLS: readonly Tool[] = [...CORE_TOOLS, findPartnersTool as Tool];

export function findTool(name: string): Tool | undefined {
  return TOOLS.find((tool) => tool.name === name);
}

/**
 * Runs a tool by name with untrusted arguments (from the interpreter or a model): validates them
 * with the tool's zod schema and returns {ok, output} or {ok: false, error} (a structured ToolError) — never throws for bad input.
 */
export function runTool(name: string, rawArgs: unknown, deps: ToolDeps): Promise<ToolResult> {
  return runToolFrom(TOOLS, name, rawArgs, deps);
}
