import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { isCounted } from '../domain/project.js';
import { converse } from '../test-support/converse.js';

async function ask(question: string) {
  const { answers, deps } = await converse([question]);
  return { answer: answers[0]!, queries: deps.queries };
}

const projects2024 = () => sampleDataset().years.find((year) => year.year === 2024)?.projects ?? [];

describe('"how many <people or things>" is a content question for the submission search', () => {
  it.each([
    ['How many young people from Malmö went to the youth conference in Reykjavík?', /unga/],
    ['How many people took part in the climate assembly?', /klimat/],
    ['Hur många ungdomar från Malmö åkte till ungdomskonferensen i Reykjavik?', /ungdom/],
    ['Hur många elever deltog i klimatarbetet på skolorna?', /elever/],
  ])('"%s" searches the submissions (English with Swedish words added)', async (question, expected) => {
    const { answer, queries } = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('search_submissions');
    expect(queries[0]?.query).toMatch(expected);
    expect(answer.answer).not.toMatch(/\b0 (projekt|projects)\b/);
  });

  it('still counts projects when projects are counted', async () => {
    const { answer } = await ask('How many projects did the environment committee have in 2024?');
    expect(answer.toolCalls[0]?.tool).toBe('aggregate');
  });
});

describe('a project that exists but is not counted in the report', () => {
  const uncounted = () => projects2024().filter((project) => !isCounted(project) && project.collaborators.length > 0 && project.partners.length + (project.lead ? 1 : 0) > 0);

  it('the sample data has one to test with', () => {
    expect(uncounted().length).toBeGreaterThan(0);
  });

  it.each([
    (partner: string) => `Hur många projekt har vi med ${partner}?`,
    (partner: string) => `How many projects do we have with ${partner}?`,
    (partner: string) => `Vilka projekt har vi med ${partner}?`,
    (partner: string) => `Which projects do we have with ${partner}?`,
  ])('a count or list filtered to its partner describes it, never as 0 (%#)', async (phrase) => {
    const project = uncounted()[0]!;
    const partner = (project.lead ?? project.partners[0])!.organisation;
    const { answer } = await ask(phrase(partner));
    expect(['aggregate', 'find_projects']).toContain(answer.toolCalls[0]?.tool);
    expect(answer.answer).toContain(project.name);
    expect(answer.answer).toMatch(/räknas inte i redovisningen|not counted in the report/);
    expect(answer.answer).not.toMatch(/\b0 (projekt|projects)\b/);
  });
});
