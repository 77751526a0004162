import type { Assistant, AssistantAnswer, ConversationMemory } from '../assistant/answer.js';
import type { ModelConfig } from '../config/env.js';
import type { ToolDeps } from '../tools/tool.js';
import type { ModelAssistantOptions } from './create-model-assistant.js';
import type { ModelLogger } from './model-logger.js';

/**
 * The model assistant behind a synchronous constructor: `openai` and the model loop are imported at
 * the first question, so building the assistant (and every embedded-only command) stays fast.
 * If the model code cannot even be loaded, the embedded assistant answers, saying so.
 */
export class LazyModelAssistant implements Assistant {
  readonly mode = 'model' as const;
  private readonly options: ModelAssistantOptions;
  private loading: Promise<Assistant> | null = null;

  constructor(options: { model: ModelConfig; toolDeps: ToolDeps; fallback: Assistant; logger?: ModelLogger; promptDir?: string }) {
    this.options = options;
  }

  private load(): Promise<Assistant> {
    this.loading ??= import('./create-model-assistant.js').then(({ createModelAssistant }) => createModelAssistant(this.options));
    return this.loading;
  }

  async answer(question: string, memory: ConversationMemory): Promise<{ answer: AssistantAnswer; memory: ConversationMemory }> {
    let assistant: Assistant;
    try {
      assistant = await this.load();
    } catch (error) {
      this.loading = null;
      process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), event: 'model-load-failed', detail: (error as Error).message })}\n`);
      const fallback = await this.options.fallback.answer(question, memory);
      const notice = ['Språkmodellen kunde inte startas, så den inbyggda tolken svarade i stället.', fallback.answer.notice].filter(Boolean).join(' ');
      return { ...fallback, answer: { ...fallback.answer, notice } };
    }
    return assistant.answer(question, memory);
  }
}
