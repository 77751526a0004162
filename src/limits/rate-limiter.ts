import { TokenBucketLimiter, type TokenBucketOptions } from './token-bucket.js';

export interface RateLimitSettings {
  perUser: { capacity: number; refillPerSecond: number };
  perConversation: { capacity: number; refillPerSecond: number };
}

/**
 * One person may ask 10 questions at once, then one every 3 seconds (20 a minute); a group chat or
 * channel, where many ask, 30 at once and one a second.
 */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  perUser: { capacity: 10, refillPerSecond: 1 / 3 },
  perConversation: { capacity: 30, refillPerSecond: 1 },
};

export type RateLimitVerdict = { allowed: true } | { allowed: false; scope: 'user' | 'conversation'; retryAfterMs: number };

/**
 * Rate limits per user and per conversation. A request must pass both; a token is taken from
 * either bucket only when both allow it, so a refused request costs nothing.
 */
export class RateLimiter {
  private readonly users: TokenBucketLimiter;
  private readonly conversations: TokenBucketLimiter;

  constructor(
    readonly settings: RateLimitSettings = DEFAULT_RATE_LIMITS,
    options: Pick<TokenBucketOptions, 'now' | 'maxKeys'> = {},
  ) {
    this.users = new TokenBucketLimiter({ ...settings.perUser, ...options });
    this.conversations = new TokenBucketLimiter({ ...settings.perConversation, ...options });
  }

  check(keys: { user: string; conversation: string }): RateLimitVerdict {
    const user = this.users.peek(keys.user);
    if (!user.allowed) return { allowed: false, scope: 'user', retryAfterMs: user.retryAfterMs };
    const conversation = this.conversations.peek(keys.conversation);
    if (!conversation.allowed) return { allowed: false, scope: 'conversation', retryAfterMs: conversation.retryAfterMs };
    this.users.take(keys.user);
    this.conversations.take(keys.conversation);
    return { allowed: true };
  }

  describe(): string {
    const { perUser, perConversation } = this.settings;
    const rate = (value: { capacity: number; refillPerSecond: number }): string =>
      `${value.capacity} direkt, sedan ${Math.round(value.refillPerSecond * 60 * 10) / 10}/min`;
    return `per användare ${rate(perUser)}; per konversation ${rate(perConversation)}`;
  }
}
