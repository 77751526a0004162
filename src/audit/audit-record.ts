import { z } from 'zod';

/** How a turn ended, as the audit log records it. */
export const AUDIT_OUTCOMES = ['answered', 'refused', 'rate-limited', 'busy', 'too-long', 'timeout', 'error'] as const;
export const AuditOutcomeSchema = z.enum(AUDIT_OUTCOMES);
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

export const AuditModeSchema = z.enum(['embedded', 'model']);

/**
 * One answered (or refused) question as it is stored: ids are pseudonyms, never the raw
 * Teams/AAD id or the user's name.
 */
export const AuditAnswerRecordSchema = z.object({
  id: z.string().min(1),
  /** ISO 8601, UTC. */
  time: z.string().datetime(),
  user: z.string(),
  conversation: z.string(),
  /** personal, groupChat, channel, cli, http … */
  conversationType: z.string().nullable(),
  question: z.string(),
  toolCalls: z.array(z.object({ tool: z.string(), args: z.record(z.unknown()) })),
  sources: z.array(z.object({ title: z.string(), ref: z.string() })),
  mode: AuditModeSchema.nullable(),
  latencyMs: z.number().int().nonnegative(),
  outcome: AuditOutcomeSchema,
  /** The id the client gave the reply (the Teams activity id), so feedback can be linked to it. */
  replyId: z.string().nullable(),
});
export type AuditAnswerRecord = z.infer<typeof AuditAnswerRecordSchema>;

export const FeedbackReactionSchema = z.enum(['like', 'dislike']);
export type FeedbackReaction = z.infer<typeof FeedbackReactionSchema>;

/** Feedback on an answer (thumbs up/down and an optional comment), linked to it by id or reply id. */
export const AuditFeedbackRecordSchema = z.object({
  id: z.string().min(1),
  time: z.string().datetime(),
  user: z.string(),
  conversation: z.string(),
  /** The audit id of the answer, when the client knows it. */
  answerId: z.string().nullable(),
  /** The reply id (Teams activity id) the feedback was given on. */
  replyId: z.string().nullable(),
  reaction: FeedbackReactionSchema.nullable(),
  text: z.string().nullable(),
});
export type AuditFeedbackRecord = z.infer<typeof AuditFeedbackRecordSchema>;

/** An answer with the latest feedback given on it: one row of the CSV export. */
export interface AuditExportRow {
  answer: AuditAnswerRecord;
  feedback: AuditFeedbackRecord | null;
}

/** Links each answer to the latest feedback on it (by answer id, or by reply id in the same conversation). */
export function joinFeedback(answers: AuditAnswerRecord[], feedback: AuditFeedbackRecord[]): AuditExportRow[] {
  const byAnswerId = new Map<string, AuditFeedbackRecord>();
  const byReply = new Map<string, AuditFeedbackRecord>();
  const later = (current: AuditFeedbackRecord | undefined, candidate: AuditFeedbackRecord): boolean =>
    current === undefined || candidate.time >= current.time;
  for (const record of feedback) {
    if (record.answerId !== null && later(byAnswerId.get(record.answerId), record)) byAnswerId.set(record.answerId, record);
    if (record.replyId !== null) {
      const key = `${record.conversation}\u0000${record.replyId}`;
      if (later(byReply.get(key), record)) byReply.set(key, record);
    }
  }
  return answers.map((answer) => {
    const direct = byAnswerId.get(answer.id);
    const viaReply = answer.replyId !== null ? byReply.get(`${answer.conversation}\u0000${answer.replyId}`) : undefined;
    const candidates = [direct, viaReply].filter((record): record is AuditFeedbackRecord => record !== undefined);
    candidates.sort((left, right) => (left.time < right.time ? 1 : -1));
    return { answer, feedback: candidates[0] ?? null };
  });
}
