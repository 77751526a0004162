import type OpenAI from 'openai';
import type { Assistant } from '../assistant/answer.js';
import type { ModelConfig } from '../config/env.js';
import { TOOLS, runTool } from '../tools/registry.js';
import type { ToolDeps } from '../tools/tool.js';
import { DEFAULT_CHAT_PROMPT_DIR, loadChatPrompt } from './chat-prompt.js';
import { ModelAssistant } from './model-assistant.js';
import type { ModelLogger } from './model-logger.js';
import { createOpenAiClient } from './openai-client.js';

export interface ModelAssistantOptions {
  model: ModelConfig;
  toolDeps: ToolDeps;
  /** The embedded assistant: answers whenever the model cannot. */
  fallback: Assistant;
  /** Default: a client built from `model`. */
  client?: OpenAI;
  /** Default: prompts/chat in the project root. */
  promptDir?: string;
  /** Default: one JSON line per answer on stderr. */
  logger?: ModelLogger;
}

/**
 * The model mode wired with every tool of the registry. Import this module lazily
 * (`await import('../model/create-model-assistant.js')`) so that the embedded path never loads `openai`.
 */
export function createModelAssistant(options: ModelAssistantOptions): ModelAssistant {
  return new ModelAssistant({
    client: options.client ?? createOpenAiClient(options.model),
    model: options.model,
    tools: TOOLS,
    runTool,
    toolDeps: options.toolDeps,
    fallback: options.fallback,
    prompt: loadChatPrompt(options.promptDir ?? DEFAULT_CHAT_PROMPT_DIR),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
