import { limitText } from './limit-text.js';
import { checkQuestionLength, DEFAULT_MAX_QUESTION_LENGTH } from './question-length.js';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimitSettings } from './rate-limiter.js';
import { BusyError, DEFAULT_WORK_LIMITS, WorkLimiter, type WorkLimitSettings } from './work-limiter.js';
import { TurnTimeoutError, withTimeout } from './with-timeout.js';

export interface TurnGuardSettings {
  rate: RateLimitSettings;
  work: WorkLimitSettings;
  maxQuestionLength: number;
  /** How long a user waits for one answer before a polite timeout message (the model has its own timeout). */
  turnTimeoutMs: number;
}

export const DEFAULT_TURN_TIMEOUT_MS = 45_000;

export const DEFAULT_TURN_GUARD_SETTINGS: TurnGuardSettings = {
  rate: DEFAULT_RATE_LIMITS,
  work: DEFAULT_WORK_LIMITS,
  maxQuestionLength: DEFAULT_MAX_QUESTION_LENGTH,
  turnTimeoutMs: DEFAULT_TURN_TIMEOUT_MS,
};

export type RefusalOutcome = 'rate-limited' | 'busy' | 'too-long' | 'timeout' | 'error';

export type GuardedTurn<T> =
  | { kind: 'done'; value: T }
  | { kind: 'refused'; outcome: RefusalOutcome; message: string; error?: unknown };

/** Who asks, as keys for the rate limits (raw ids are fine: they stay in memory). */
export interface TurnKeys {
  user: string;
  conversation: string;
}

/**
 * Everything that stands between a question and the assistant, free of Teams: question length,
 * rate limits per user and conversation, a bound on turns in flight, a turn timeout, and a catch
 * so one failing turn only ever costs that turn. Every refusal comes with Swedish text to send.
 */
export class TurnGuard {
  readonly rateLimiter: RateLimiter;
  readonly workLimiter: WorkLimiter;

  constructor(
    readonly settings: TurnGuardSettings = DEFAULT_TURN_GUARD_SETTINGS,
    options: { now?: () => number } = {},
  ) {
    this.rateLimiter = new RateLimiter(settings.rate, options.now ? { now: options.now } : {});
    this.workLimiter = new WorkLimiter(settings.work);
  }

  /** The checks that cost nothing: length and rate. Null when the question may go ahead. */
  admit(keys: TurnKeys, question: string): { outcome: RefusalOutcome; message: string } | null {
    const length = checkQuestionLength(question, this.settings.maxQuestionLength);
    if (!length.ok) return { outcome: 'too-long', message: length.message };
    const rate = this.rateLimiter.check(keys);
    if (!rate.allowed) return { outcome: 'rate-limited', message: limitText.rateLimited(rate.retryAfterMs, rate.scope) };
    return null;
  }

  /** Runs one turn's work inside the limits. Never throws. */
  async run<T>(keys: TurnKeys, question: string, work: () => Promise<T>): Promise<GuardedTurn<T>> {
    const refused = this.admit(keys, question);
    if (refused) return { kind: 'refused', ...refused };
    return this.runAdmitted(work);
  }

  /** The in-flight bound, timeout and catch alone (for work that was admitted another way). */
  async runAdmitted<T>(work: () => Promise<T>): Promise<GuardedTurn<T>> {
    try {
      // The slot is held until the work really ends; the user gets the timeout message sooner.
      const value = await withTimeout(this.workLimiter.run(work), this.settings.turnTimeoutMs);
      return { kind: 'done', value };
    } catch (error) {
      if (error instanceof BusyError) {
        return { kind: 'refused', outcome: 'busy', message: error.reason === 'shutting-down' ? limitText.shuttingDown : limitText.busy, error };
      }
      if (error instanceof TurnTimeoutError) return { kind: 'refused', outcome: 'timeout', message: limitText.timeout, error };
      return { kind: 'refused', outcome: 'error', message: limitText.turnFailed, error };
    }
  }

  /** Refuses new turns and waits for the ones in flight (graceful shutdown). */
  drain(timeoutMs: number): Promise<boolean> {
    return this.workLimiter.drain(timeoutMs);
  }

  describe(): string {
    const { work, maxQuestionLength, turnTimeoutMs } = this.settings;
    return (
      `gränser: ${this.rateLimiter.describe()}; högst ${work.maxInFlight} svar samtidigt, ${work.maxQueued} i kö; ` +
      `frågor högst ${maxQuestionLength} tecken; tidsgräns ${Math.round(turnTimeoutMs / 1000)} s per svar`
    );
  }
}
