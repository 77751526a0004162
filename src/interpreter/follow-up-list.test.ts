import { describe, expect, it } from 'vitest';
import { converse } from '../test-support/converse.js';

const run = async (questions: string[]) => (await converse(questions)).answers;


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
    // Asked for the total, the answer opens with it; otherwise it closes the per-project list.
    expect(sum!.answer).toMatch(new RegExp(`^(Sammanlagt|In total) |${sumTotalWord} 2024:`, 'm'));
    expect(sum!.answer).toContain(listTotal!);
  });
});
