/**
 * A memo for a pure lookup: remembers up to `capacity` results and forgets the oldest first. The
 * interpreter looks up every short span of every question against names (programmes, units, projects,
 * organisations); people reuse the same words, so most spans were seen before.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer (got ${capacity})`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The remembered result for `key`, or `compute()` remembered (null and undefined results too). */
  get(key: K, compute: () => V): V {
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return value;
  }
}
