import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import type { SubmissionPassage, ToolDeps } from '../tools/tool.js';
import { interpret } from './interpret.js';

function deps(): ToolDeps & { queries: Array<{ query: string; namnd?: string }> } {
  const queries: Array<{ query: string; namnd?: string }> = [];
  const passage: SubmissionPassage = { id: 'p1', text: 'Metoden testades i Rosengård och Lindängen under hösten.', namnd: 'mn', forvaltning: 'Miljöförvaltningen', year: 2024, section: 'Internationellt arbete under året', file: '2024/underlag/miljo.md', score: 1 };
  return { dataset: sampleDataset(), queries, searchSubmissions: { async search(query, options) { queries.push({ query, ...(options?.namnd ? { namnd: options.namnd } : {}) }); return [passage]; } } };
}
async function ask(question: string) {
  const recording = deps();
  const result = await interpret(question, null, recording);
  return { answer: result.answer, queries: recording.queries };
}

describe('"where / in which <places> did <förvaltning> test …" is a content question for that förvaltning', () => {
  it.each([
    ['In which neighbourhoods did the environment department test the new method?', 'mn'],
    ['Var har miljöförvaltningen testat nya metoder?', 'mn'],
    ['I vilka stadsdelar har fastighets- och gatukontoret provat skyfallslösningar?', 'tn'],
    ['Where did the culture department try out new formats?', 'kn'],
    ['På vilka skolor har grundskoleförvaltningen testat arbetssättet?', 'gsn'],
  ])('"%s" searches the submissions filtered to the förvaltning', async (question, namnd) => {
    const { answer, queries } = await ask(question);
    expect(answer.toolCalls[0]?.tool).toBe('search_submissions');
    expect(queries[0]?.namnd).toBe(namnd);
    expect(answer.answer).toContain('Rosengård');
  });

  it.each([
    'I vilka länder har miljöförvaltningen partner?',
    'In which programmes does the environment department have projects?',
  ])('"%s" (a data dimension) is not a content search', async (question) => {
    const { answer } = await ask(question);
    expect(answer.toolCalls[0]?.tool).not.toBe('search_submissions');
  });
});
