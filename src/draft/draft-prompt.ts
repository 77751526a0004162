import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config/data-dir.js';

export const DraftPromptConfigSchema = z.object({
  description: z.string().default(''),
  completion: z.object({
    temperature: z.number().min(0).max(2).default(0.2),
    max_tokens: z.number().int().min(50).max(4000).default(700),
    response_format: z.enum(['json_object', 'text']).default('json_object'),
  }),
  retrieval: z.object({
    max_passages: z.number().int().min(1).max(50).default(12),
    query: z.string().default('internationellt arbete projekt resultat'),
  }).default({}),
});
export type DraftPromptConfig = z.infer<typeof DraftPromptConfigSchema>;

export interface DraftPrompt {
  template: string;
  config: DraftPromptConfig;
}

/** `prompts/draft/` in the project root. */
export const DRAFT_PROMPT_DIR = join(PROJECT_ROOT, 'prompts', 'draft');

/** Reads prompts/draft/skprompt.txt and config.json (validated). */
export async function loadDraftPrompt(directory = DRAFT_PROMPT_DIR): Promise<DraftPrompt> {
  const [template, configText] = await Promise.all([
    readFile(join(directory, 'skprompt.txt'), 'utf8'),
    readFile(join(directory, 'config.json'), 'utf8'),
  ]);
  return { template, config: DraftPromptConfigSchema.parse(JSON.parse(configText)) };
}

/** Fills {{name}} placeholders; an unknown placeholder is left as it is. */
export function renderPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => values[name] ?? match);
}
