import { createHmac } from 'node:crypto';

/**
 * Turns a user or conversation id into a stable pseudonym: HMAC-SHA256 keyed with a secret
 * that never leaves the service. The same id always gives the same pseudonym (so one user's
 * questions can be counted and linked to their feedback), but the id cannot be recovered from
 * the log without the secret. The kind ("user", "conversation") is part of the message, so a
 * user id and a conversation id that happen to be equal give different pseudonyms.
 */
export interface Pseudonymiser {
  pseudonym(kind: 'user' | 'conversation', id: string): string;
}

/** Raised when the secret is too short to protect the ids it keys. */
export class WeakPseudonymSecretError extends Error {
  constructor(readonly length: number) {
    super(`Hemligheten för pseudonymisering är för kort (${length} tecken, minst 16 krävs).`);
    this.name = 'WeakPseudonymSecretError';
  }
}

export const MIN_SECRET_LENGTH = 16;

/** 32 hex characters (128 bits) of the HMAC: collision-free at any realistic number of users. */
const PSEUDONYM_HEX_LENGTH = 32;

/** How many recent pseudonyms are remembered: an HMAC per message is a measurable cost under load. */
export const PSEUDONYM_CACHE_SIZE = 10_000;

export function createPseudonymiser(secret: string): Pseudonymiser {
  if (secret.length < MIN_SECRET_LENGTH) throw new WeakPseudonymSecretError(secret.length);
  // Kept in memory only (the ids are in the conversation state anyway); the oldest entry goes first.
  const recent = new Map<string, string>();
  return {
    pseudonym(kind, id) {
      const message = `${kind}\u0000${id}`;
      const known = recent.get(message);
      if (known !== undefined) return known;
      const pseudonym = createHmac('sha256', secret).update(message).digest('hex').slice(0, PSEUDONYM_HEX_LENGTH);
      if (recent.size >= PSEUDONYM_CACHE_SIZE) recent.delete(recent.keys().next().value as string);
      recent.set(message, pseudonym);
      return pseudonym;
    },
  };
}
