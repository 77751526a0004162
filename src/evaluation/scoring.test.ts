import { describe, expect, it } from 'vitest';
import type { AssistantAnswer } from '../assistant/answer.js';
import type { GeneratedQuestion } from './generate.js';
import type { EvalResult } from './run-eval.js';
import { expectedText, renderScore, scoreSuite } from './scoring.js';

const question = (id: string, category: string, style: GeneratedQuestion['style'], contains: string[]): GeneratedQuestion => ({
  id, category, style, language: 'sv', question: `fråga ${id}`, followUpOf: null, expect: { contains }, measure: 'count', entityKind: 'unit', entity: 'asn',
});
const answer = (text: string): AssistantAnswer => ({ question: '', answer: text, mode: 'embedded', year: 2024, language: 'sv', toolCalls: [], sources: [], tables: [], charts: [], suggestions: [] });
const result = (item: GeneratedQuestion, passed: boolean, text = 'svar'): EvalResult<GeneratedQuestion> => ({ question: item, passed, reasons: [], answer: answer(text), latencyMs: 1 });

describe('scoreSuite', () => {
  const results = [
    result(question('g1', 'unit/count', 'formal', ['10 projekt']), true),
    result(question('g2', 'unit/count', 'typo', ['10 projekt']), false, '\nStaden hade 60 projekt.\nMer text'),
    result(question('g3', 'unit/sum', 'typo', ['25 660 000']), false),
    result(question('g4', 'unit/sum', 'formal', ['25 660 000']), false),
  ];

  it('scores per category and per style', () => {
    const score = scoreSuite(results);
    expect(score).toMatchObject({ passed: 1, total: 4, accuracy: 0.25 });
    expect(score.perCategory).toEqual([
      { key: 'unit/count', passed: 1, total: 2, accuracy: 0.5 },
      { key: 'unit/sum', passed: 0, total: 2, accuracy: 0 },
    ]);
    expect(score.perStyle.find((row) => row.key === 'typo')).toMatchObject({ passed: 0, total: 2 });
  });

  it('keeps a few failures per category with the expected value and the answer\'s first line', () => {
    const score = scoreSuite(results, 1);
    expect(score.examples['unit/count']).toEqual([{ id: 'g2', question: 'fråga g2', style: 'typo', expected: '"10 projekt"', firstLine: 'Staden hade 60 projekt.' }]);
    expect(score.examples['unit/sum']).toHaveLength(1);
    const text = renderScore(score, 'Rubrik');
    expect(text).toContain('unit/sum');
    expect(text).toContain('väntat: "10 projekt"');
    expect(text).toContain('Totalt: 1 av 4 rätt (25,0 %)');
  });

  it('shortens long expectations', () => {
    const long = { ...question('g5', 'unit/list', 'formal', ['a', 'b', 'c', 'd']), expect: { contains: ['a', 'b', 'c', 'd'], containsAny: ['x', 'y'] } };
    expect(expectedText(long)).toBe('"a", "b", "c" (+2)');
  });
});
