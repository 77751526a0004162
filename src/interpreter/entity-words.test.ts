import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { converse } from '../test-support/converse.js';

const run = (questions: string[]) => converse(questions);

const ask = async (question: string) => (await run([question])).answers[0]!;

const projects2024 = () => sampleDataset().years.find((year) => year.year === 2024)?.projects ?? [];

describe('words that describe a linked goal, nämnd or programme are not a free-text filter', () => {
  it.each([
    ['Antal projekt som bidrar till KF-målet om goda uppväxtvillkor för barn och unga?', 1],
    ['Hur många projekt finns under målet om goda uppväxtvillkor?', 1],
    ['How many projects contribute to the council goal on good conditions for children to grow up?', 1],
    ['Hur många projekt hör till kommunfullmäktiges mål om en grön stad som leder klimatomställningen?', 3],
    ['How many projects work towards the goal of an attractive city for jobs and business?', 2],
  ])('"%s" counts the goal\'s projects with no text filter', async (question, goal) => {
    const answer = await ask(question);
    const call = answer.toolCalls[0];
    expect(call).toMatchObject({ tool: 'aggregate', args: { goal } });
    expect(call?.args).not.toHaveProperty('text');
    expect(call?.args).not.toHaveProperty('partner');
    const expected = projects2024().filter((project) => project.participations.length > 0 && project.kfGoals.includes(goal)).length;
    expect(expected).toBeGreaterThan(0);
    expect(answer.answer).toContain(String(expected));
  });

  it('keeps a real topic beside a goal', async () => {
    const answer = await ask('Hur många projekt inom KF-mål 1 handlar om idrott?');
    expect(answer.toolCalls[0]?.args).toMatchObject({ goal: 1, text: 'idrott' });
  });
});

describe('a zero caused only by the free-text word', () => {
  it.each([
    ['Hur många projekt inom KF-mål 1 handlar om zeppelinare?', /Inget projekt .* nämner "zeppelinare"/],
    ['Antal projekt under mål 3 som rör zeppelinare', /Inget projekt .* nämner "zeppelinare"/],
    ['How many projects under goal 1 are about zeppelins?', /No project .* mentions "zeppelins"/],
  ])('"%s" says no project mentions the word, not "0 projekt" as a fact', async (question, expected) => {
    const answer = await ask(question);
    expect(answer.toolCalls[0]?.args).toHaveProperty('text');
    expect(answer.answer).toMatch(expected);
    expect(answer.answer).not.toMatch(/\b0 (projekt|projects)\b/);
  });

  it('a word some project uses still counts', async () => {
    const answer = await ask('Hur många projekt inom KF-mål 1 handlar om cirkus?');
    expect(answer.answer).toMatch(/fanns [1-9]\d* projekt/);
    expect(answer.answer).not.toMatch(/Inget projekt/);
  });
});
