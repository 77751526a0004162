import type { AuditAnswerRecord, AuditFeedbackRecord } from './audit-record.js';

/**
 * Where audit records are kept: an embedded SQLite file on one machine, Azure Blob Storage when
 * several instances share them. Records arrive already pseudonymised and bounded.
 */
export interface AuditStore {
  appendAnswer(record: AuditAnswerRecord): Promise<void>;
  appendFeedback(record: AuditFeedbackRecord): Promise<void>;
  /** Answers and feedback with `time >= since`, oldest first. */
  readSince(since: Date): Promise<{ answers: AuditAnswerRecord[]; feedback: AuditFeedbackRecord[] }>;
  /** Deletes records older than `before`; returns how many were removed (a store may count whole files). */
  deleteBefore(before: Date): Promise<number>;
  close(): Promise<void>;
}
