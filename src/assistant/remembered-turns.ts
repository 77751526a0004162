import type { ConversationMemory } from './answer.js';

type Turn = ConversationMemory['turns'][number];

/** How many turns (questions and answers) the embedded assistant keeps: three exchanges. */
export const KEPT_TURNS = 6;
/** The longest answer text kept; a longer one is cut at a word with "…". */
export const KEPT_ANSWER_CHARS = 400;

function shortened(text: string): string {
  if (text.length <= KEPT_ANSWER_CHARS) return text;
  const cut = text.slice(0, KEPT_ANSWER_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > KEPT_ANSWER_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()} …`;
}

/**
 * The turns to remember after a question and its answer: the newest exchanges, with long answers
 * shortened. The embedded interpreter follows up from its context alone; these turns are what a
 * model would see if one answers later in the conversation (it re-reads the figures with its tools),
 * so they only need the gist. Every turn is stored in the conversation state and copied several times
 * per message (read, change check, write), so a short memory keeps each message cheap.
 */
export function rememberTurns(turns: readonly Turn[], question: string, answer: string): Turn[] {
  return [...turns, { role: 'user' as const, text: question }, { role: 'assistant' as const, text: shortened(answer) }].slice(-KEPT_TURNS);
}
