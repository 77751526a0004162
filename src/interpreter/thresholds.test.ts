import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from './normalise.js';
import { readRange, readThresholds } from './recognise-intent.js';
import { swedishEquivalents } from './glossary.js';

const folded = (question: string): string => normaliseQuestion(question).text;

describe('readRange', () => {
  it.each([
    ['mellan 300 000 och 500 000 kr', [300_000, 500_000]],
    ['between 1 and 3 million', [1_000_000, 3_000_000]],
    ['från 2 till 4 miljoner kronor', [2_000_000, 4_000_000]],
    ['between 500,000 and 1,000,000 SEK', [500_000, 1_000_000]],
  ])('"%s"', (text, expected) => {
    expect(readRange(folded(text))).toEqual(expected);
  });

  it('is not a range between two years', () => {
    expect(readRange(folded('mellan 2023 och 2024'))).toBeNull();
  });
});

describe('readThresholds', () => {
  it('reads each bound with its operator and unit', () => {
    expect(readThresholds(folded('över 1 miljon men under 3 miljoner'))).toEqual([{ op: 'gt', value: 1_000_000, unit: 'kr' }, { op: 'lt', value: 3_000_000, unit: 'kr' }]);
    expect(readThresholds(folded('fler än 3 projekt'))).toEqual([{ op: 'gt', value: 3, unit: 'projects' }]);
    expect(readThresholds(folded('at most 250 000 kr'))).toEqual([{ op: 'lte', value: 250_000, unit: 'kr' }]);
  });

  it('does not take a year or a bare small number for an amount', () => {
    expect(readThresholds(folded('under 2024'))).toEqual([]);
    // A count of committees is read as such (a filter on shared projects), never as an amount.
    expect(readThresholds(folded('more than one committee'))).toEqual([{ op: 'gt', value: 1, unit: 'namnder' }]);
  });
});

describe('swedishEquivalents', () => {
  it('translates phrases before words', () => {
    expect(swedishEquivalents(['citizen', 'participation', 'in', 'the', 'climate', 'transition'])).toEqual(expect.arrayContaining(['medborgardelaktighet', 'klimatomställning']));
    expect(swedishEquivalents(['school', 'exchange'])).toEqual(expect.arrayContaining(['skola', 'utbyte']));
    expect(swedishEquivalents(['weather'])).toEqual([]);
  });
});
