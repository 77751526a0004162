import { randomUUID } from 'node:crypto';
import type { AuditStore } from './audit-store.js';
import type { Pseudonymiser } from './pseudonymiser.js';
import { redactPersonalData, truncate } from './redact.js';
import {
  joinFeedback,
  type AuditAnswerRecord,
  type AuditExportRow,
  type AuditFeedbackRecord,
  type AuditOutcome,
  type FeedbackReaction,
} from './audit-record.js';

/** What a client reports about one turn; raw ids go in, only pseudonyms are stored. */
export interface AnswerEvent {
  userId: string;
  conversationId: string;
  conversationType?: string | null;
  question: string;
  toolCalls?: Array<{ tool: string; args: Record<string, unknown> }>;
  sources?: Array<{ title: string; ref: string }>;
  mode?: 'embedded' | 'model' | null;
  latencyMs: number;
  outcome: AuditOutcome;
  replyId?: string | null;
  time?: Date;
}

export interface FeedbackEvent {
  userId: string;
  conversationId: string;
  answerId?: string | null;
  replyId?: string | null;
  reaction?: FeedbackReaction | null;
  text?: string | null;
  time?: Date;
}

/** The audit trail every client writes to: the bot, the HTTP endpoint, the CLI. */
export interface AuditLog {
  recordAnswer(event: AnswerEvent): Promise<AuditAnswerRecord>;
  recordFeedback(event: FeedbackEvent): Promise<AuditFeedbackRecord>;
  /** Answers since a date with the latest feedback on each, oldest first. */
  exportSince(since: Date): Promise<AuditExportRow[]>;
  /** Removes records older than the retention period; returns how many went. */
  prune(): Promise<number>;
  close(): Promise<void>;
}

export const DEFAULT_RETENTION_DAYS = 365;
export const MAX_AUDIT_QUESTION_LENGTH = 4000;
export const MAX_AUDIT_FEEDBACK_LENGTH = 2000;
const MAX_TOOL_ARGS_JSON = 2000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface AuditLogOptions {
  store: AuditStore;
  pseudonymiser: Pseudonymiser;
  retentionDays?: number;
  now?: () => Date;
}

/** Redacts string values in tool arguments (a model may copy the question into them) and bounds their size. */
function boundArgs(args: Record<string, unknown>): Record<string, unknown> {
  const redacted = JSON.parse(
    JSON.stringify(args, (_key, value: unknown) => (typeof value === 'string' ? redactPersonalData(value) : value)) ?? '{}',
  ) as Record<string, unknown>;
  const json = JSON.stringify(redacted);
  return json.length <= MAX_TOOL_ARGS_JSON ? redacted : { truncated: truncate(json, MAX_TOOL_ARGS_JSON) };
}

/**
 * Keeps only what the log needs: pseudonyms instead of ids, questions and comments without
 * e-mail addresses or personnummer and bounded in length, no names at all.
 */
export class StoreAuditLog implements AuditLog {
  private readonly store: AuditStore;
  private readonly pseudonymiser: Pseudonymiser;
  private readonly now: () => Date;
  readonly retentionDays: number;

  constructor(options: AuditLogOptions) {
    this.store = options.store;
    this.pseudonymiser = options.pseudonymiser;
    this.now = options.now ?? (() => new Date());
    this.retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    if (!Number.isInteger(this.retentionDays) || this.retentionDays < 1) {
      throw new RangeError(`Lagringstiden för granskningsloggen måste vara ett heltal ≥ 1 dagar (fick ${this.retentionDays}).`);
    }
  }

  async recordAnswer(event: AnswerEvent): Promise<AuditAnswerRecord> {
    const record: AuditAnswerRecord = {
      id: randomUUID(),
      time: (event.time ?? this.now()).toISOString(),
      user: this.pseudonymiser.pseudonym('user', event.userId),
      conversation: this.pseudonymiser.pseudonym('conversation', event.conversationId),
      conversationType: event.conversationType ?? null,
      question: truncate(redactPersonalData(event.question), MAX_AUDIT_QUESTION_LENGTH),
      toolCalls: (event.toolCalls ?? []).map((call) => ({ tool: call.tool, args: boundArgs(call.args) })),
      sources: (event.sources ?? []).map((source) => ({ title: source.title, ref: source.ref })),
      mode: event.mode ?? null,
      latencyMs: Math.max(0, Math.round(event.latencyMs)),
      outcome: event.outcome,
      replyId: event.replyId ?? null,
    };
    await this.store.appendAnswer(record);
    return record;
  }

  async recordFeedback(event: FeedbackEvent): Promise<AuditFeedbackRecord> {
    const text = event.text?.trim() ? truncate(redactPersonalData(event.text.trim()), MAX_AUDIT_FEEDBACK_LENGTH) : null;
    const record: AuditFeedbackRecord = {
      id: randomUUID(),
      time: (event.time ?? this.now()).toISOString(),
      user: this.pseudonymiser.pseudonym('user', event.userId),
      conversation: this.pseudonymiser.pseudonym('conversation', event.conversationId),
      answerId: event.answerId ?? null,
      replyId: event.replyId ?? null,
      reaction: event.reaction ?? null,
      text,
    };
    await this.store.appendFeedback(record);
    return record;
  }

  async exportSince(since: Date): Promise<AuditExportRow[]> {
    const { answers, feedback } = await this.store.readSince(since);
    return joinFeedback(answers, feedback);
  }

  /** The oldest time a record may have and still be kept. */
  retentionCutoff(): Date {
    return new Date(this.now().getTime() - this.retentionDays * DAY_MS);
  }

  async prune(): Promise<number> {
    return this.store.deleteBefore(this.retentionCutoff());
  }

  /**
   * Prunes now and then every `intervalMs` (default daily); the timer does not keep the process
   * alive. Errors go to `onError`. Returns a function that stops it.
   */
  schedulePruning(onError: (error: unknown) => void, intervalMs = DAY_MS): () => void {
    const run = (): void => {
      this.prune().catch(onError);
    };
    run();
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
