import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import type { SubmissionPassage, ToolDeps } from '../tools/tool.js';
import { interpret } from './interpret.js';
import type { InterpreterContext } from './context.js';

function deps(): ToolDeps {
  const passage: SubmissionPassage = { id: 'p1', text: 'Ett avsnitt ur underlaget.', namnd: 'asn', forvaltning: 'Arbetsmarknads- och socialförvaltningen', year: 2024, section: 'Internationellt arbete under året', file: '2024/underlag/asf.md', score: 1 };
  return { dataset: sampleDataset(), searchSubmissions: { async search() { return [passage]; } } };
}

async function run(questions: string[]) {
  const recording = deps();
  let context: InterpreterContext | null = null;
  const answers = [];
  for (const question of questions) {
    const result = await interpret(question, context, recording);
    context = result.context;
    answers.push(result.answer);
  }
  return answers;
}

describe('a follow-up about "those" sums the previous list, with the same filters', () => {
  it.each([
    ['Vilka ESF-projekt har arbetsmarknads- och socialnämnden?', 'hur mycket fick de för dessa?', /sammanlagt ([\d ]+) kr/, 'Totalt'],
    ['Vilka ESF-projekt har arbetsmarknads- och socialnämnden?', 'vad fick de totalt för dem?', /sammanlagt ([\d ]+) kr/, 'Totalt'],
    ['Vilka Interreg-projekt har miljönämnden?', 'hur mycket pengar fick dessa?', /sammanlagt ([\d ]+) kr/, 'Totalt'],
    ['Which ESF projects does the labour market and social committee have?', 'how much did those get?', /SEK ([\d,]+) paid in total/, 'Total'],
    ['Which Interreg projects does the environment committee have?', 'what did those receive in total?', /SEK ([\d,]+) paid in total/, 'Total'],
  ])('"%s" then "%s"', async (first, second, listTotalWord, sumTotalWord) => {
    const [list, sum] = await run([first, second]);
    const listArgs = list!.toolCalls[0]!.args;
    expect(list!.toolCalls[0]!.tool).toBe('find_projects');
    const call = sum!.toolCalls[0]!;
    expect(call.tool).toBe('aggregate');
    expect(call.args).toMatchObject({ namnd: listArgs.namnd, groupBy: 'project' });
    expect(call.args.programme ?? call.args.family).toEqual(listArgs.programme ?? listArgs.family);
    // The list's own total is the sum the follow-up states.
    const listTotal = listTotalWord.exec(list!.answer)?.[1]?.trim();
    expect(listTotal).toBeTruthy();
    expect(sum!.answer).toContain(`${sumTotalWord} 2024:`);
    expect(sum!.answer).toContain(listTotal!);
  });
});
