import { describe, expect, it } from 'vitest';
import { allowedEdits, isSmallTypo, isTransposition } from './typo.js';

describe('typo tolerance', () => {
  it('allows more edits for longer words', () => {
    expect([allowedEdits(4), allowedEdits(8), allowedEdits(14)]).toEqual([0, 1, 2]);
  });

  it('accepts a swap of neighbouring letters and small edits, not different words', () => {
    expect(isTransposition('erasmsu', 'erasmus')).toBe(true);
    expect(isSmallTypo('interrg', 'interreg')).toBe(true);
    expect(isSmallTypo('horisont', 'interreg')).toBe(false);
  });
});
