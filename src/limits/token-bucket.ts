/** The answer of a rate limiter: go ahead, or wait about `retryAfterMs`. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface TokenBucketOptions {
  /** How many requests may come at once (the bucket's size). */
  capacity: number;
  /** How many requests per second are added back. */
  refillPerSecond: number;
  /** At most this many keys are remembered; the least recently used is forgotten first. */
  maxKeys?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per key (a user, a conversation): `capacity` requests at once, then
 * `refillPerSecond` on average. Memory is bounded by `maxKeys`; a forgotten key starts full,
 * which only ever errs on the side of letting a user in.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: TokenBucketOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) {
      throw new RangeError(`En hastighetsgräns behöver capacity ≥ 1 och refillPerSecond > 0 (fick ${options.capacity}, ${options.refillPerSecond}).`);
    }
    this.capacity = options.capacity;
    this.refillPerMs = options.refillPerSecond / 1000;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  private refreshed(key: string): Bucket {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    // Re-insert so the map's order is least recently used first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
    return bucket;
  }

  /** Would a request for `key` pass now? Takes nothing. */
  peek(key: string): RateDecision {
    const bucket = this.refreshed(key);
    return bucket.tokens >= 1 ? { allowed: true } : { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / this.refillPerMs) };
  }

  /** Takes one token for `key` when there is one. */
  take(key: string): RateDecision {
    const decision = this.peek(key);
    if (decision.allowed) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.tokens -= 1;
    }
    return decision;
  }

  /** How many keys are remembered (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }
}
