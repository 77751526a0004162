import type { ChatCompletionTool } from 'openai/resources/chat/completions';
// openai 4.77 ships zod-to-json-schema for its `zodFunction` helper; that helper forces strict mode
// (every property required), which breaks optional tool arguments, so the converter is used directly.
import { zodToJsonSchema } from 'openai/_vendor/zod-to-json-schema/index.mjs';
import type { Tool } from '../tools/tool.js';

/** A tool whose input schema a model cannot be given as it is. */
export class ToolSchemaError extends Error {
  readonly toolName: string;
  constructor(toolName: string, message: string) {
    super(message);
    this.name = 'ToolSchemaError';
    this.toolName = toolName;
  }
}

/** The JSON paths of object schemas that allow properties they do not name (a zod object without `.strict()`). */
export function openObjectPaths(schema: unknown, path = '#'): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => openObjectPaths(item, `${path}/${index}`));
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const own = node['type'] === 'object' && node['additionalProperties'] !== false ? [path] : [];
  return [...own, ...Object.entries(node).flatMap(([key, value]) => openObjectPaths(value, `${path}/${key}`))];
}

/**
 * A tool's JSON schema for the model, generated from its zod input schema (never written by hand).
 * `removeAdditionalStrategy: 'strict'` makes the JSON schema say exactly what zod does: only a
 * `.strict()` object gets `additionalProperties: false`, and a tool with an open object is refused.
 */
export function toolParametersSchema(tool: Tool): Record<string, unknown> {
  const schema = zodToJsonSchema(tool.input, { $refStrategy: 'none', effectStrategy: 'input', removeAdditionalStrategy: 'strict' }) as Record<string, unknown>;
  const { $schema: _ignored, ...parameters } = schema;
  if (parameters['type'] !== 'object') {
    throw new ToolSchemaError(tool.name, `Verktyget ${tool.name} har ett indata-schema som inte är ett objekt; modellen kan bara anropa verktyg med objekt som indata.`);
  }
  const open = openObjectPaths(parameters);
  if (open.length > 0) {
    throw new ToolSchemaError(tool.name, `Verktyget ${tool.name} har objekt som tar emot okända argument (${open.join(', ')}); använd z.object(...).strict().`);
  }
  return parameters;
}

/** The function definitions sent to the model, one per tool. */
export function toolDefinitions(tools: readonly Tool[]): ChatCompletionTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: toolParametersSchema(tool) },
  }));
}
