import { describe, expect, it } from 'vitest';
import { KEPT_ANSWER_CHARS, KEPT_TURNS, rememberTurns } from './remembered-turns.js';

describe('rememberTurns', () => {
  it('appends the question and answer and keeps only the newest exchanges', () => {
    let turns: ReturnType<typeof rememberTurns> = [];
    for (let index = 1; index <= 10; index += 1) turns = rememberTurns(turns, `fråga ${index}`, `svar ${index}`);
    expect(turns).toHaveLength(KEPT_TURNS);
    expect(turns[0]).toEqual({ role: 'user', text: `fråga ${10 - KEPT_TURNS / 2 + 1}` });
    expect(turns.at(-1)).toEqual({ role: 'assistant', text: 'svar 10' });
  });

  it('shortens a long answer at a word boundary and marks the cut', () => {
    const long = Array.from({ length: 200 }, (_, index) => `ord${index}`).join(' ');
    const [, answer] = rememberTurns([], 'Vilka projekt finns?', long);
    expect(answer!.text.length).toBeLessThanOrEqual(KEPT_ANSWER_CHARS + 2);
    expect(answer!.text.endsWith(' …')).toBe(true);
    expect(long.startsWith(answer!.text.slice(0, -2))).toBe(true);
    expect(answer!.text.slice(0, -2)).toMatch(/ord\d+$/);
  });

  it('keeps a short answer and the question untouched', () => {
    const question = 'x'.repeat(KEPT_ANSWER_CHARS * 2);
    expect(rememberTurns([], question, 'Kort svar.')).toEqual([
      { role: 'user', text: question },
      { role: 'assistant', text: 'Kort svar.' },
    ]);
  });
});
