import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits at sentence ends but not at abbreviations or decimals', () => {
    expect(splitSentences('Vi deltog bl.a. i U-LYNC. Budgeten var 50,5 mnkr. Nästa år t.ex. Reykjavik! Sedan 2025 fortsätter det.')).toEqual([
      'Vi deltog bl.a. i U-LYNC.',
      'Budgeten var 50,5 mnkr.',
      'Nästa år t.ex. Reykjavik!',
      'Sedan 2025 fortsätter det.',
    ]);
  });

  it('treats list items and paragraphs as sentences', () => {
    expect(splitSentences('Inledning här\n\n- första punkten\n- andra punkten')).toEqual(['Inledning här', 'första punkten', 'andra punkten']);
  });
});

describe('countWords', () => {
  it('counts a number with digit groups once', () => {
    expect(countWords('Totalt 1 200 000 kr till 14 skolor.')).toBe(6);
  });
});
