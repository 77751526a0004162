import { emptyMemory, type Assistant, type AssistantAnswer, type ConversationMemory } from '../assistant/answer.js';
import { checkAnswer, type EvalQuestion } from './eval-question.js';

export interface EvalResult<Question extends EvalQuestion = EvalQuestion> {
  question: Question;
  passed: boolean;
  reasons: string[];
  answer: AssistantAnswer;
  latencyMs: number;
}

/** Runs every question through the assistant; a follow-up continues its parent's conversation memory. */
export async function runEval<Question extends EvalQuestion>(
  assistant: Assistant,
  questions: readonly Question[],
  onProgress?: (done: number, total: number) => void,
): Promise<Array<EvalResult<Question>>> {
  const memories = new Map<string, ConversationMemory>();
  const results: Array<EvalResult<Question>> = [];
  for (const question of questions) {
    const memory = question.followUpOf ? memories.get(question.followUpOf) ?? emptyMemory() : emptyMemory();
    const started = performance.now();
    const { answer, memory: next } = await assistant.answer(question.question, memory);
    const latencyMs = performance.now() - started;
    memories.set(question.id, next);
    const reasons = checkAnswer(question, answer);
    results.push({ question, passed: reasons.length === 0, reasons, answer, latencyMs });
    onProgress?.(results.length, questions.length);
  }
  return results;
}

export interface CategorySummary { category: string; passed: number; total: number; accuracy: number }

export function summarise(results: readonly EvalResult[]): { overall: number; passed: number; total: number; perCategory: CategorySummary[] } {
  const categories = new Map<string, { passed: number; total: number }>();
  for (const result of results) {
    const entry = categories.get(result.question.category) ?? { passed: 0, total: 0 };
    entry.total += 1;
    if (result.passed) entry.passed += 1;
    categories.set(result.question.category, entry);
  }
  const passed = results.filter((result) => result.passed).length;
  return {
    overall: results.length > 0 ? passed / results.length : 0, passed, total: results.length,
    perCategory: [...categories.entries()].map(([category, entry]) => ({ category, ...entry, accuracy: entry.passed / entry.total })),
  };
}
