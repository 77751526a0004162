import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('computes a key once, null results included', () => {
    const cache = new BoundedCache<string, string | null>(10);
    let calls = 0;
    const lookup = (key: string): string | null => cache.get(key, () => (calls++, key === 'x' ? null : key.toUpperCase()));
    expect(lookup('a')).toBe('A');
    expect(lookup('a')).toBe('A');
    expect(lookup('x')).toBeNull();
    expect(lookup('x')).toBeNull();
    expect(calls).toBe(2);
  });

  it('never holds more than its capacity and forgets the oldest first', () => {
    const cache = new BoundedCache<number, number>(3);
    const computed: number[] = [];
    const lookup = (key: number): number => cache.get(key, () => (computed.push(key), key * 2));
    for (const key of [1, 2, 3, 4]) lookup(key);
    expect(cache.size).toBe(3);
    lookup(2);
    lookup(1);
    expect(computed).toEqual([1, 2, 3, 4, 1]);
  });

  it('refuses a capacity below one', () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
  });
});
