import { describe, expect, it } from 'vitest';
import { TurnGuard } from './turn-guard.js';

const settings = (overrides: Partial<ConstructorParameters<typeof TurnGuard>[0]> = {}) => ({
  rate: { perUser: { capacity: 100, refillPerSecond: 100 }, perConversation: { capacity: 100, refillPerSecond: 100 } },
  work: { maxInFlight: 2, maxQueued: 10, queueTimeoutMs: 5000 },
  maxQuestionLength: 50,
  turnTimeoutMs: 1000,
  ...overrides,
});

describe('TurnGuard', () => {
  it('runs admitted work and returns its value', async () => {
    const guard = new TurnGuard(settings());
    await expect(guard.run({ user: 'u', conversation: 'c' }, 'Hur mycket fick ASN 2024?', async () => 42)).resolves.toEqual({ kind: 'done', value: 42 });
  });

  it('turns a crash in the work into a polite refusal instead of throwing', async () => {
    const guard = new TurnGuard(settings());
    const result = await guard.run({ user: 'u', conversation: 'c' }, 'fråga', async () => {
      throw new TypeError('cannot read properties of undefined');
    });
    expect(result).toMatchObject({ kind: 'refused', outcome: 'error' });
    expect(result.kind === 'refused' && result.message).toMatch(/Något gick fel/);
  });

  it('refuses a too long question before doing any work', async () => {
    const guard = new TurnGuard(settings());
    let called = false;
    const result = await guard.run({ user: 'u', conversation: 'c' }, 'x'.repeat(51), async () => (called = true));
    expect(result).toMatchObject({ kind: 'refused', outcome: 'too-long' });
    expect(called).toBe(false);
  });

  it('rate-limits one user without affecting another', async () => {
    const guard = new TurnGuard(settings({ rate: { perUser: { capacity: 1, refillPerSecond: 0.01 }, perConversation: { capacity: 100, refillPerSecond: 1 } } }));
    expect((await guard.run({ user: 'a', conversation: 'c1' }, 'q', async () => 1)).kind).toBe('done');
    const refused = await guard.run({ user: 'a', conversation: 'c2' }, 'q', async () => 1);
    expect(refused).toMatchObject({ kind: 'refused', outcome: 'rate-limited' });
    expect(refused.kind === 'refused' && refused.message).toMatch(/vänta en stund/);
    expect((await guard.run({ user: 'b', conversation: 'c1' }, 'q', async () => 1)).kind).toBe('done');
  });

  it('a slow turn times out for its user while others are still answered, and keeps its slot until it ends', async () => {
    const guard = new TurnGuard(settings({ turnTimeoutMs: 50, work: { maxInFlight: 2, maxQueued: 0, queueTimeoutMs: 10 } }));
    let releaseSlow!: () => void;
    const slow = guard.run({ user: 'slow', conversation: 's' }, 'q', () => new Promise<string>((resolve) => (releaseSlow = () => resolve('late'))));
    const fast = await guard.run({ user: 'fast', conversation: 'f' }, 'q', async () => 'fast');
    expect(fast).toEqual({ kind: 'done', value: 'fast' });
    expect(await slow).toMatchObject({ kind: 'refused', outcome: 'timeout' });
    expect(guard.workLimiter.inFlight).toBe(1);
    releaseSlow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(guard.workLimiter.inFlight).toBe(0);
  });

  it('answers "upptagen" when every slot and the queue are taken', async () => {
    const guard = new TurnGuard(settings({ work: { maxInFlight: 1, maxQueued: 0, queueTimeoutMs: 10 } }));
    let release!: () => void;
    const first = guard.run({ user: 'a', conversation: 'a' }, 'q', () => new Promise<void>((resolve) => (release = resolve)));
    const second = await guard.run({ user: 'b', conversation: 'b' }, 'q', async () => undefined);
    expect(second).toMatchObject({ kind: 'refused', outcome: 'busy' });
    expect(second.kind === 'refused' && second.message).toMatch(/upptagen/);
    release();
    await first;
  });
});
