import type { Assistant, AssistantAnswer, ConversationMemory } from './answer.js';
import type { ToolDeps } from '../tools/tool.js';
import { interpret, type InterpretOptions } from '../interpreter/interpret.js';
import { readContext } from '../interpreter/context.js';

/** How many turns the memory keeps (the interpreter itself needs only its context). */
const KEPT_TURNS = 20;

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
    const { answer, context } = await interpret(question, readContext(memory.context), this.deps, this.options);
    const turns = [...memory.turns, { role: 'user' as const, text: question }, { role: 'assistant' as const, text: answer.answer }].slice(-KEPT_TURNS);
    return { answer, memory: { context: context as unknown as Record<string, unknown> | null, turns } };
  }
}
