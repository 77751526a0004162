import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config/data-dir.js';

/** prompts/chat/: the system prompt, the grounding correction and the settings of the model loop. */
export const DEFAULT_CHAT_PROMPT_DIR = resolve(PROJECT_ROOT, 'prompts', 'chat');

const PromptConfigSchema = z.object({
  schema: z.number().optional(),
  description: z.string().optional(),
  type: z.literal('completion').optional(),
  completion: z
    .object({
      /** Leave out for models that accept only their default temperature (o-series reasoning models). */
      temperature: z.number().min(0).max(2).optional(),
      max_tokens: z.number().int().positive().default(800),
      max_input_tokens: z.number().int().positive().default(12_000),
    })
    .default({}),
  tools: z
    .object({
      max_rounds: z.number().int().min(1).max(10).default(4),
      max_result_chars: z.number().int().min(500).default(12_000),
    })
    .default({}),
  memory: z.object({ max_tokens: z.number().int().min(0).default(1_500) }).default({}),
});

export interface ChatPrompt {
  system: string;
  /** The correction request after a failed grounding check; `{{ungrounded}}` is replaced by the numbers. */
  correction: string;
  temperature: number | undefined;
  maxTokens: number;
  maxToolRounds: number;
  /** Tool results longer than this are cut before they reach the model (the grounding check sees them whole). */
  maxToolResultChars: number;
  /** Token budget of the earlier turns sent along for follow-up questions. */
  memoryTokens: number;
}

/** A prompt folder that is missing a file or has an invalid config.json. */
export class PromptLoadError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`Promptfilen ${file} ${problem}`);
    this.name = 'PromptLoadError';
    this.file = file;
  }
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new PromptLoadError(file, `kan inte läsas: ${(error as Error).message}`);
  }
}

export function loadChatPrompt(dir: string = DEFAULT_CHAT_PROMPT_DIR): ChatPrompt {
  const configFile = join(dir, 'config.json');
  let rawConfig: unknown;
  try {
    rawConfig = JSON.parse(read(configFile));
  } catch (error) {
    if (error instanceof PromptLoadError) throw error;
    throw new PromptLoadError(configFile, `är ingen giltig JSON: ${(error as Error).message}`);
  }
  const parsed = PromptConfigSchema.safeParse(rawConfig);
  if (!parsed.success) {
    throw new PromptLoadError(configFile, `är felaktig: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  const config = parsed.data;
  return {
    system: read(join(dir, 'skprompt.txt')),
    correction: read(join(dir, 'correction.txt')),
    temperature: config.completion.temperature,
    maxTokens: config.completion.max_tokens,
    maxToolRounds: config.tools.max_rounds,
    maxToolResultChars: config.tools.max_result_chars,
    memoryTokens: config.memory.max_tokens,
  };
}
