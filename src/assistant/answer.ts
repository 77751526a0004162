import type { Source } from '../tools/tool.js';
import type { ExplainPart } from '../interpreter/rules/rules.js';

/** A table in an answer: rendered as Markdown in the terminal and as an Adaptive Card in Teams. */
export interface AnswerTable {
  title: string;
  columns: Array<{ key: string; label: string; align?: 'left' | 'right' }>;
  rows: Array<Record<string, string>>;
}

/** A bar chart of one series, e.g. paid funds per nämnd. */
export interface AnswerChart {
  title: string;
  xLabel: string;
  yLabel: string;
  bars: Array<{ label: string; value: number }>;
}

export interface ToolCallRecord {
  tool: string;
  args: Record<string, unknown>;
}

/** Everything one turn of the assistant produces; free of Teams and terminal specifics. */
export interface AssistantAnswer {
  question: string;
  /** The answer as Markdown-light text (paragraphs, "- " lists); tables also go in `tables`. */
  answer: string;
  mode: 'embedded' | 'model';
  /** The report year the answer is about; null when none applies (help, out of scope). */
  year: number | null;
  language: 'sv' | 'en';
  toolCalls: ToolCallRecord[];
  sources: Source[];
  tables: AnswerTable[];
  charts: AnswerChart[];
  /** A one-line notice, e.g. that the model failed and the embedded interpreter answered. */
  notice?: string;
  /** Follow-up suggestions a client may show as buttons. */
  suggestions: string[];
  /** How the embedded interpreter reached the answer, part by part (`ask --explain`). */
  explain?: ExplainPart[];
  /** Token use when a model answered. */
  usage?: { promptTokens: number; completionTokens: number; totalTokens: number; latencyMs: number };
}

/**
 * What a conversation remembers between turns: JSON-serialisable so the bot can keep it in its
 * conversation state storage.
 */
export interface ConversationMemory {
  /** The interpreter's context for follow-ups ("och 2023?", "hur mycket fick de?"). */
  context: Record<string, unknown> | null;
  /** Recent turns, for the model's memory. */
  turns: Array<{ role: 'user' | 'assistant'; text: string }>;
}

export const emptyMemory = (): ConversationMemory => ({ context: null, turns: [] });

/** The one entry point every client (CLI, HTTP, Teams) calls. */
export interface Assistant {
  answer(question: string, memory: ConversationMemory): Promise<{ answer: AssistantAnswer; memory: ConversationMemory }>;
}
