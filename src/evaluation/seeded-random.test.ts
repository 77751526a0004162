import { describe, expect, it } from 'vitest';
import { seedOf, seededRandom } from './seeded-random.js';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const first = Array.from({ length: 5 }, seededRandom(42).next);
    const again = seededRandom(42);
    expect(Array.from({ length: 5 }, again.next)).toEqual(first);
    const other = seededRandom(43);
    expect(Array.from({ length: 5 }, other.next)).not.toEqual(first);
  });

  it('stays in range and samples distinct items', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) expect(random.below(3)).toBeLessThan(3);
    const picked = random.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(picked).size).toBe(3);
    expect(random.sample([1, 2], 5)).toHaveLength(2);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('derives stable seeds from text', () => {
    expect(seedOf('asn')).toBe(seedOf('asn'));
    expect(seedOf('asn')).not.toBe(seedOf('mn'));
    expect(seedOf('asn', 1)).not.toBe(seedOf('asn', 2));
  });
});
