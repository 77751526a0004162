import type { ToolDeps } from '../tools/tool.js';
import { CORE_TOOLS, ON_DEMAND_TOOL_NAMES, runToolFrom, type ToolResult } from '../tools/core-tools.js';

/** The names of every tool the interpreter may call (core and on-demand). */
export const INTERPRETER_TOOL_NAMES: ReadonlySet<string> = new Set([...CORE_TOOLS.map((tool) => tool.name), ...ON_DEMAND_TOOL_NAMES]);

/**
 * Runs a tool for the interpreter: core tools directly, the others by importing the full registry
 * on first use, so that a figure question never loads the search stemmer.
 */
export async function runToolOnDemand(name: string, args: unknown, deps: ToolDeps): Promise<ToolResult> {
  if (CORE_TOOLS.some((tool) => tool.name === name)) return runToolFrom(CORE_TOOLS, name, args, deps);
  const { runTool } = await import('../tools/registry.js');
  return runTool(name, args, deps);
}
