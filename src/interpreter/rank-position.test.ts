import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from './normalise.js';
import { readRankPosition } from './rank-position.js';

const read = (question: string) => readRankPosition(normaliseQuestion(question).text);

describe('readRankPosition', () => {
  it.each([
    ['Vilken nämnd har näst flest projekt?', 2],
    ['Vilket program är tredje störst i EU-medel?', 3],
    ['Vilken förvaltning fick näst mest pengar 2024?', 2],
    ['vem kom på fjärde plats i utbetalda medel', 4],
    ['Vilken nämnd ligger trea i antal projekt?', 3],
    ['Which committee has the second most projects?', 2],
    ['Which programme is the third largest by EU funding?', 3],
    ['which department came in fourth place for funding?', 4],
    ['What is the 2nd biggest programme?', 2],
    ['vilket program har 3:e flest projekt', 3],
  ])('"%s" asks for place %i', (question, position) => {
    expect(read(question)).toEqual({ position, after: false });
  });

  it.each([
    'Which programme comes after ESF?',
    'Vilket program kommer efter ESF?',
    'vilket program ligger närmast efter Erasmus i storlek',
    'Which committee is right after Miljönämnden?',
    'vad kommer efter Horisont på listan?',
  ])('"%s" asks for the group after a named one', (question) => {
    expect(read(question)).toEqual({ position: null, after: true });
  });

  it.each([
    'Vilka projekt pågår efter 2026?',
    'Vilka andra projekt har samma nämnd?',
    'Vilka projekt startade efter 2022?',
    'Vilken nämnd har flest projekt?',
    'Hur mycket fick nästa år?',
    'What about the second half of the year?',
    'Which projects end after 2027?',
  ])('"%s" asks for no place', (question) => {
    expect(read(question)).toEqual({ position: null, after: false });
  });
});

describe('places in a ranking are answered from aggregate\'s rank', async () => {
  const { createAssistant } = await import('../assistant/create-assistant.js');
  const { emptyMemory } = await import('../assistant/answer.js');
  const { sampleDataset } = await import('../test-support/datasets.js');
  const { runTool } = await import('../tools/registry.js');
  const { checkGrounding } = await import('../model/grounding-check.js');
  const dataset = sampleDataset();
  const assistant = createAssistant({ dataset });
  const ranking = async (groupBy: string, sortBy: string) => {
    const result = await runTool('aggregate', { groupBy, sortBy }, { dataset });
    if (!result.ok) throw new Error(result.error.message);
    return (result.output as unknown as { groups: Array<{ key: string; label: string; rank: number }> }).groups;
  };
  const grounded = async (question: string, answer: { answer: string; toolCalls: Array<{ tool: string; args: Record<string, unknown> }> }) => {
    const toolResults = [];
    for (const call of answer.toolCalls) {
      const result = await runTool(call.tool, call.args, { dataset });
      if (result.ok) toolResults.push(result.output);
    }
    return checkGrounding(answer.answer, { toolResults, question, toolArgs: answer.toolCalls.map((call) => call.args) }, { derived: false }).ungrounded;
  };

  it.each([
    ['Vilken nämnd har näst flest projekt?', 'namnd', 'projects', 2],
    ['Vilken nämnd har tredje flest projekt 2024?', 'namnd', 'projects', 3],
    ['Which committee has the second most projects?', 'namnd', 'projects', 2],
    ['Vilket program är tredje störst i EU-medel?', 'programme', 'paidKr', 3],
    ['Which programme is the third largest by EU funding?', 'programme', 'paidKr', 3],
    ['Vilken nämnd fick näst mest pengar?', 'namnd', 'paidKr', 2],
    ['which committee came in fourth place for EU funding?', 'namnd', 'paidKr', 4],
  ])('"%s"', async (question, groupBy, sortBy, position) => {
    const { answer } = await assistant.answer(question, emptyMemory());
    const call = answer.toolCalls.find((each) => each.tool === 'aggregate');
    expect(call?.args).toMatchObject({ groupBy, sortBy, position });
    const expected = (await ranking(groupBy, sortBy))[position - 1]!;
    expect(answer.answer).toContain(`${position}: ${expected.label}`);
    expect(await grounded(question, answer)).toEqual([]);
  });

  it.each([
    ['Which programme comes after ESF?', 'family', 'paidKr', 'ESF'],
    ['Vilket program kommer efter ESF?', 'family', 'paidKr', 'ESF'],
    ['vilket program ligger närmast efter Erasmus+ i storlek?', 'programme', 'paidKr', 'Erasmus+'],
    ['Vilken nämnd kommer efter Miljönämnden i antal projekt?', 'namnd', 'projects', 'mn'],
    ['Which committee comes right after ASN in funding?', 'namnd', 'paidKr', 'asn'],
  ])('"%s"', async (question, groupBy, sortBy, after) => {
    const { answer } = await assistant.answer(question, emptyMemory());
    const call = answer.toolCalls.find((each) => each.tool === 'aggregate');
    expect(call?.args).toMatchObject({ groupBy, sortBy, after });
    expect(call?.args.family ?? call?.args.namnd).toBeUndefined();
    const groups = await ranking(groupBy, sortBy);
    const index = groups.findIndex((group) => group.key === after || group.key.startsWith(after));
    const next = groups[index + 1];
    if (next) expect(answer.answer).toContain(next.label.replace(/^(\w+)$/, '$1'));
    expect(await grounded(question, answer)).toEqual([]);
  });
});
