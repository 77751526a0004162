import type { SubmissionPassage, ToolDeps } from '../tools/tool.js';
import { interpret } from '../interpreter/interpret.js';
import type { InterpreterContext } from '../interpreter/context.js';
import type { AssistantAnswer } from '../assistant/answer.js';
import { sampleDataset } from './datasets.js';

export type RecordingDeps = ToolDeps & { queries: Array<{ query: string; namnd?: string }> };

/**
 * The sample data with a search that records what it was asked and returns one passage per call:
 * for tests where routing, not ranking, is under test.
 */
export function recordingDeps(passageText = 'Ett avsnitt ur underlaget.'): RecordingDeps {
  const queries: RecordingDeps['queries'] = [];
  const passage: SubmissionPassage = {
    id: 'p1', text: passageText, namnd: 'mn', forvaltning: 'Miljöförvaltningen', year: 2024,
    section: 'Internationellt arbete under året', file: '2024/underlag/miljoforvaltningen.md', score: 1,
  };
  return {
    dataset: sampleDataset(),
    queries,
    searchSubmissions: { async search(query, options) { queries.push({ query, ...(options?.namnd ? { namnd: options.namnd } : {}) }); return [passage]; } },
  };
}

/** Asks the questions in order in one conversation (follow-ups keep the interpreter's context). */
export async function converse(questions: string[], deps: RecordingDeps = recordingDeps()): Promise<{ answers: AssistantAnswer[]; deps: RecordingDeps }> {
  let context: InterpreterContext | null = null;
  const answers: AssistantAnswer[] = [];
  for (const question of questions) {
    const result = await interpret(question, context, deps);
    context = result.context;
    answers.push(result.answer);
  }
  return { answers, deps };
}
