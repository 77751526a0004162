import type { ConversationMemory } from '../assistant/answer.js';

type Turn = ConversationMemory['turns'][number];

/** A rough token estimate (four characters a token): enough to keep a budget, no tokenizer needed. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * The newest turns that fit in `budgetTokens`, oldest first. A leading assistant turn whose
 * question fell outside the budget is dropped, so the model never sees an answer without its question.
 */
export function recentTurns(turns: readonly Turn[], budgetTokens: number): Turn[] {
  const kept: Turn[] = [];
  let used = 0;
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const turn = turns[index]!;
    const cost = estimateTokens(turn.text) + 4;
    if (used + cost > budgetTokens) break;
    kept.unshift(turn);
    used += cost;
  }
  while (kept[0]?.role === 'assistant') kept.shift();
  return kept;
}

/** The memory after this turn: the question and answer appended, the turns trimmed to the budget. */
export function rememberTurn(memory: ConversationMemory, question: string, answer: string, budgetTokens: number): ConversationMemory {
  const turns: Turn[] = [...memory.turns, { role: 'user', text: question }, { role: 'assistant', text: answer }];
  return { ...memory, turns: recentTurns(turns, budgetTokens) };
}
