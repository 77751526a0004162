import type { ChatCompletionTool } from 'openai/resources/chat/completions';
// openai 4.77 ships zod-to-json-schema for its `zodFunction` helper; that helper forces strict mode
// (every property required), which breaks optional tool arguments, so the converter is used directly.
import { zodToJsonSchema } from 'openai/_vendor/zod-to-json-schema/index.mjs';
import type { Tool } from '../tools/tool.js';

/** A tool's JSON schema for the model, generated from its zod input schema (never written by hand). */
export function toolParametersSchema(tool: Tool): Record<string, unknown> {
  const schema = zodToJsonSchema(tool.input, { $refStrategy: 'none', effectStrategy: 'input' }) as Record<string, unknown>;
  const { $schema: _ignored, ...parameters } = schema;
  if (parameters['type'] !== 'object') {
    throw new Error(`Verktyget ${tool.name} har ett indata-schema som inte är ett objekt; modellen kan bara anropa verktyg med objekt som indata.`);
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
