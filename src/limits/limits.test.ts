import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from './token-bucket.js';
import { RateLimiter } from './rate-limiter.js';
import { BusyError, WorkLimiter } from './work-limiter.js';
import { checkQuestionLength } from './question-length.js';
import { TurnTimeoutError, withTimeout } from './with-timeout.js';
import { limitText } from './limit-text.js';

describe('TokenBucketLimiter', () => {
  it('lets a burst of `capacity` through, then refills at the given rate', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 2, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('anna').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('anna');
    expect(refused).toEqual({ allowed: false, retryAfterMs: 500 });
    expect(limiter.take('bertil').allowed).toBe(true);
    now = 499;
    expect(limiter.take('anna').allowed).toBe(false);
    now = 500;
    expect(limiter.take('anna').allowed).toBe(true);
    now = 100_000;
    expect([1, 2, 3, 4].map(() => limiter.take('anna').allowed)).toEqual([true, true, true, false]);
  });

  it('forgets the least recently used keys beyond maxKeys', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.001, maxKeys: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.size).toBe(2);
    // "a" was forgotten and starts full again; "c" is still remembered as empty.
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('limits per user and per conversation, and a refusal costs no token', () => {
    let now = 0;
    const limiter = new RateLimiter(
      { perUser: { capacity: 2, refillPerSecond: 1 }, perConversation: { capacity: 3, refillPerSecond: 1 } },
      { now: () => now },
    );
    expect(limiter.check({ user: 'anna', conversation: 'kanal' }).allowed).toBe(true);
    expect(limiter.check({ user: 'anna', conversation: 'kanal' }).allowed).toBe(true);
    expect(limiter.check({ user: 'anna', conversation: 'kanal' })).toMatchObject({ allowed: false, scope: 'user' });
    expect(limiter.check({ user: 'bertil', conversation: 'kanal' }).allowed).toBe(true);
    expect(limiter.check({ user: 'cecilia', conversation: 'kanal' })).toMatchObject({ allowed: false, scope: 'conversation' });
    // Cecilia's refused request took nothing from her own bucket.
    expect(limiter.check({ user: 'cecilia', conversation: 'egen' }).allowed).toBe(true);
    expect(limiter.check({ user: 'cecilia', conversation: 'egen' }).allowed).toBe(true);
    now = 1000;
    expect(limiter.check({ user: 'anna', conversation: 'kanal' }).allowed).toBe(true);
  });

  it('gives a friendly Swedish message telling the user to wait', () => {
    expect(limitText.rateLimited(2500, 'user')).toMatch(/vänta en stund/);
    expect(limitText.rateLimited(2500, 'user')).toContain('3 sekunder');
  });
});

describe('WorkLimiter', () => {
  const deferred = () => {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  };

  it('never runs more than maxInFlight at once and refuses beyond the queue', async () => {
    const limiter = new WorkLimiter({ maxInFlight: 2, maxQueued: 1, queueTimeoutMs: 10_000 });
    let running = 0;
    let peak = 0;
    const gates = [deferred(), deferred(), deferred()];
    const tasks = gates.map((gate) =>
      limiter.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await gate.promise;
        running--;
      }),
    );
    await expect(limiter.run(async () => undefined)).rejects.toMatchObject({ reason: 'queue-full' });
    expect(limiter.inFlight).toBe(2);
    expect(limiter.queued).toBe(1);
    for (const gate of gates) gate.resolve();
    await Promise.all(tasks);
    expect(peak).toBe(2);
    expect(limiter.inFlight).toBe(0);
  });

  it('refuses a request that waited too long in the queue', async () => {
    const limiter = new WorkLimiter({ maxInFlight: 1, maxQueued: 5, queueTimeoutMs: 20 });
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    await expect(limiter.run(async () => 'late')).rejects.toBeInstanceOf(BusyError);
    gate.resolve();
    await first;
    await expect(limiter.run(async () => 'now')).resolves.toBe('now');
  });

  it('releases the slot when the work throws', async () => {
    const limiter = new WorkLimiter({ maxInFlight: 1, maxQueued: 0, queueTimeoutMs: 10 });
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'ok')).resolves.toBe('ok');
  });

  it('drain waits for work in flight and then refuses new work', async () => {
    const limiter = new WorkLimiter({ maxInFlight: 2, maxQueued: 2, queueTimeoutMs: 1000 });
    const gate = deferred();
    let finished = false;
    const task = limiter.run(async () => {
      await gate.promise;
      finished = true;
    });
    const drained = limiter.drain(5000);
    await expect(limiter.run(async () => undefined)).rejects.toMatchObject({ reason: 'shutting-down' });
    setTimeout(gate.resolve, 20);
    expect(await drained).toBe(true);
    expect(finished).toBe(true);
    await task;
  });

  it('drain gives up after its timeout', async () => {
    const limiter = new WorkLimiter({ maxInFlight: 1, maxQueued: 0, queueTimeoutMs: 10 });
    const gate = deferred();
    const task = limiter.run(() => gate.promise);
    expect(await limiter.drain(20)).toBe(false);
    gate.resolve();
    await task;
  });
});

describe('question length and timeout', () => {
  it('accepts a question at the limit and refuses one over it with a Swedish message', () => {
    expect(checkQuestionLength('å'.repeat(10), 10)).toEqual({ ok: true });
    const verdict = checkQuestionLength('å'.repeat(11), 10);
    expect(verdict).toMatchObject({ ok: false, length: 11, max: 10 });
    expect(verdict.ok ? '' : verdict.message).toMatch(/Frågan är för lång \(11 tecken, högst 10\)/);
  });

  it('withTimeout rejects a slow promise and passes a fast one', async () => {
    await expect(withTimeout(new Promise((resolve) => setTimeout(resolve, 200)), 10)).rejects.toBeInstanceOf(TurnTimeoutError);
    await expect(withTimeout(Promise.resolve(7), 50)).resolves.toBe(7);
  });
});
