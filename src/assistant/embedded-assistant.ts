import type { Assistant, AssistantAnswer, ConversationMemory } from './answer.js';
import type { ToolDeps } from '../tools/tool.js';
import { interpret, type InterpretOptions } from '../interpreter/interpret.js';
import { readContext } from '../interpreter/context.js';

/** The default assistant: the deterministic Swedish/English interpreter over the typed tools. */
export class EmbeddedAssistant implements Assistant {
  readonly mode = 'embedded' as const;
  private readonly deps: ToolDeps;
  private readonly options: InterpretOptions;

  constructor(deps: ToolDeps, options: InterpretOptions = {}) {
    this.deps = deps;
    this.options = options;
  }

  async answer(question: string, memory: ConversationMemory): Promise<{ answer: AssistantAnswer; memory: ConversationMemory }> {
    let result;
    try {
      result = await interpret(question, readContext(memory.context), this.deps, this.options);
    } catch (error) {
      // A bug must not cost the user the conversation: say so plainly, keep the memory as it was.
      const answer: AssistantAnswer = {
        question, answer: `Något gick fel när frågan tolkades (${(error as Error).message}). Försök formulera om frågan.`, mode: 'embedded', year: null,
        language: 'sv', toolCalls: [], sources: [], tables: [], charts: [], suggestions: [], notice: 'Fel i den inbyggda tolken',
      };
      return { answer, memory };
    }
    const { answer, context } = result;
    // Follow-ups need only the context. The turns are the model's memory (model-assistant.ts adds to
    // them, also when this assistant answers in its place), so they pass through untouched: the
    // conversation state, copied several times per message, stays small.
    return { answer, memory: { context: context as unknown as Record<string, unknown> | null, turns: memory.turns } };
  }
}
