import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';

export type ModelFailureKind =
  | 'timeout'
  | 'rate-limit'
  | 'server-error'
  | 'unauthorized'
  | 'refused'
  | 'not-found'
  | 'unreachable'
  | 'too-many-rounds'
  | 'empty-answer'
  | 'ungrounded'
  | 'unknown';

const FALLBACK = 'den inbyggda tolken svarade i stället.';

/** One line per failure, shown to the user above the embedded interpreter's answer. */
const NOTICES: Record<ModelFailureKind, string> = {
  timeout: `Språkmodellen svarade inte i tid, så ${FALLBACK}`,
  'rate-limit': `Språkmodellen tar inte emot fler frågor just nu (för många anrop), så ${FALLBACK}`,
  'server-error': `Språkmodellens tjänst svarade med ett fel, så ${FALLBACK}`,
  unauthorized: `Språkmodellen nekade anropet (kontrollera nyckeln), så ${FALLBACK}`,
  refused: `Språkmodellen avvisade frågan, så ${FALLBACK}`,
  'not-found': `Språkmodellen eller dess deployment hittades inte (kontrollera namnet), så ${FALLBACK}`,
  unreachable: `Språkmodellen gick inte att nå, så ${FALLBACK}`,
  'too-many-rounds': `Språkmodellen blev inte klar inom det tillåtna antalet verktygsanrop, så ${FALLBACK}`,
  'empty-answer': `Språkmodellen gav inget svar, så ${FALLBACK}`,
  ungrounded: `Språkmodellens svar innehöll siffror som inte fanns i datan, så ${FALLBACK}`,
  unknown: `Språkmodellen gick inte att använda, så ${FALLBACK}`,
};

const FALLBACK_EN = 'so the built-in interpreter answered instead.';

/** The same notices for questions asked in English. */
const NOTICES_EN: Record<ModelFailureKind, string> = {
  timeout: `The language model did not answer in time, ${FALLBACK_EN}`,
  'rate-limit': `The language model is not taking more questions right now (too many requests), ${FALLBACK_EN}`,
  'server-error': `The language model service returned an error, ${FALLBACK_EN}`,
  unauthorized: `The language model refused the request (check the key), ${FALLBACK_EN}`,
  refused: `The language model rejected the question, ${FALLBACK_EN}`,
  'not-found': `The language model or its deployment was not found (check the name), ${FALLBACK_EN}`,
  unreachable: `The language model could not be reached, ${FALLBACK_EN}`,
  'too-many-rounds': `The language model did not finish within the allowed number of tool calls, ${FALLBACK_EN}`,
  'empty-answer': `The language model gave no answer, ${FALLBACK_EN}`,
  ungrounded: `The language model's answer contained figures that are not in the data, ${FALLBACK_EN}`,
  unknown: `The language model could not be used, ${FALLBACK_EN}`,
};

/** Why the model could not answer this turn; carries the cause for the log, never for the user. */
export class ModelFailure extends Error {
  readonly kind: ModelFailureKind;
  readonly status: number | null;
  /** How long the server asked us to wait (429 retry-after), when it said. */
  readonly retryAfterMs: number | null;
  constructor(kind: ModelFailureKind, detail: string, options: { status?: number | null; retryAfterMs?: number | null; cause?: unknown } = {}) {
    super(detail, { cause: options.cause });
    this.name = 'ModelFailure';
    this.kind = kind;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }

  /** The one-line notice for the user, in the question's language (Swedish by default). */
  notice(language: 'sv' | 'en' = 'sv'): string {
    return (language === 'en' ? NOTICES_EN : NOTICES)[this.kind];
  }
}

function header(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== 'object') return null;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/** retry-after-ms, or retry-after in seconds or as an HTTP date. */
export function retryAfterMs(headers: unknown, now: number = Date.now()): number | null {
  const milliseconds = header(headers, 'retry-after-ms');
  if (milliseconds !== null && Number.isFinite(Number(milliseconds))) return Math.max(0, Number(milliseconds));
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter === null) return null;
  if (/^\d+(\.\d+)?$/.test(retryAfter.trim())) return Math.max(0, Number(retryAfter) * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Turns whatever the openai client threw into a ModelFailure. */
export function toModelFailure(error: unknown): ModelFailure {
  if (error instanceof ModelFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) return new ModelFailure('timeout', message, { cause: error });
  if (error instanceof APIConnectionError) return new ModelFailure('unreachable', message, { cause: error });
  if (error instanceof RateLimitError) {
    return new ModelFailure('rate-limit', message, { status: 429, retryAfterMs: retryAfterMs(error.headers), cause: error });
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return new ModelFailure('unauthorized', message, { status: error.status, cause: error });
  }
  if (error instanceof NotFoundError) return new ModelFailure('not-found', message, { status: 404, cause: error });
  if (error instanceof BadRequestError) return new ModelFailure('refused', message, { status: 400, cause: error });
  if (error instanceof APIError) {
    const status = typeof error.status === 'number' ? error.status : null;
    return new ModelFailure(status !== null && status >= 500 ? 'server-error' : 'refused', message, { status, cause: error });
  }
  return new ModelFailure('unknown', message, { cause: error });
}
