import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { renderTextTable } from '../text/render-table.js';
import type { AssistantAnswer } from '../assistant/answer.js';

/** One eval question and what a correct answer must contain (eval/README.md). */
export const EvalQuestionSchema = z.object({
  id: z.string(),
  category: z.string(),
  language: z.enum(['sv', 'en']),
  question: z.string(),
  followUpOf: z.string().nullable().default(null),
  expect: z.object({
    contains: z.array(z.string()).default([]),
    containsAny: z.array(z.string()).optional(),
    notContains: z.array(z.string()).optional(),
    tool: z.string().optional(),
  }),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;
export const EvalSetSchema = z.object({ version: z.literal(1), questions: z.array(EvalQuestionSchema) });

export function loadEvalSet(file: string): EvalQuestion[] {
  return EvalSetSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).questions;
}

/** The text a user sees: the answer and its tables. */
export function visibleText(answer: AssistantAnswer): string {
  return [answer.answer, ...answer.tables.map(renderTextTable)].join('\n');
}

/** Checks one answer against the question's expectations (plain substring checks, nothing else). */
export function checkAnswer(question: EvalQuestion, answer: AssistantAnswer): string[] {
  const text = visibleText(answer);
  const reasons: string[] = [];
  for (const wanted of question.expect.contains) if (!text.includes(wanted)) reasons.push(`saknar "${wanted}"`);
  if (question.expect.containsAny && question.expect.containsAny.length > 0 && !question.expect.containsAny.some((wanted) => text.includes(wanted))) {
    reasons.push(`saknar något av ${question.expect.containsAny.map((wanted) => `"${wanted}"`).join(', ')}`);
  }
  for (const unwanted of question.expect.notContains ?? []) if (text.includes(unwanted)) reasons.push(`innehåller "${unwanted}"`);
  if (question.expect.tool && !answer.toolCalls.some((call) => call.tool === question.expect.tool)) {
    reasons.push(`anropade inte ${question.expect.tool} (anropade ${answer.toolCalls.map((call) => call.tool).join(', ') || 'inget verktyg'})`);
  }
  return reasons;
}
