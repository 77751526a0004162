import { describe, expect, it } from 'vitest';
import { converse, recordingDeps } from '../test-support/converse.js';

async function ask(question: string) {
  const { answers, deps } = await converse([question], recordingDeps('Metoden testades i Rosengård och Lindängen under hösten.'));
  return { answer: answers[0]!, queries: deps.queries };
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
