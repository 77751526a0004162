import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AuditStore } from './audit-store.js';
import { AuditAnswerRecordSchema, AuditFeedbackRecordSchema, type AuditAnswerRecord, type AuditFeedbackRecord } from './audit-record.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY,
  time TEXT NOT NULL,
  user TEXT NOT NULL,
  conversation TEXT NOT NULL,
  conversation_type TEXT,
  question TEXT NOT NULL,
  tool_calls TEXT NOT NULL,
  sources TEXT NOT NULL,
  mode TEXT,
  latency_ms INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  reply_id TEXT
);
CREATE INDEX IF NOT EXISTS answers_time ON answers(time);
CREATE INDEX IF NOT EXISTS answers_reply ON answers(conversation, reply_id);
CREATE TABLE IF NOT EXISTS feedback (
  id TEXT PRIMARY KEY,
  time TEXT NOT NULL,
  user TEXT NOT NULL,
  conversation TEXT NOT NULL,
  answer_id TEXT,
  reply_id TEXT,
  reaction TEXT,
  text TEXT
);
CREATE INDEX IF NOT EXISTS feedback_time ON feedback(time);
`;

interface AnswerRow {
  id: string;
  time: string;
  user: string;
  conversation: string;
  conversation_type: string | null;
  question: string;
  tool_calls: string;
  sources: string;
  mode: string | null;
  latency_ms: number;
  outcome: string;
  reply_id: string | null;
}

interface FeedbackRow {
  id: string;
  time: string;
  user: string;
  conversation: string;
  answer_id: string | null;
  reply_id: string | null;
  reaction: string | null;
  text: string | null;
}

/** How long records wait to be written together in one transaction. */
export const FLUSH_DELAY_MS = 20;

/**
 * The audit log in an embedded SQLite database (better-sqlite3, WAL mode). Appends are queued and
 * written together, one transaction per `FLUSH_DELAY_MS`, so a turn never waits for the disk; every
 * read, prune and close writes the queue first.
 */
export class SqliteAuditStore implements AuditStore {
  private readonly database: Database.Database;
  private readonly insertAnswer: Database.Statement;
  private readonly insertFeedback: Database.Statement;
  private pending: Array<() => void> = [];
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly path: string,
    private readonly onWriteError: (error: unknown) => void = (error) => process.stderr.write(`granskningsloggen kunde inte skrivas: ${(error as Error).message}\n`),
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.database = new Database(path);
    this.database.pragma('journal_mode = WAL');
    // In WAL mode NORMAL never corrupts the file; a power cut may lose the last few records, not an fsync per turn.
    this.database.pragma('synchronous = NORMAL');
    this.database.pragma('busy_timeout = 5000');
    this.database.exec(SCHEMA);
    this.insertAnswer = this.database.prepare(
      `INSERT INTO answers (id, time, user, conversation, conversation_type, question, tool_calls, sources, mode, latency_ms, outcome, reply_id)
       VALUES (@id, @time, @user, @conversation, @conversation_type, @question, @tool_calls, @sources, @mode, @latency_ms, @outcome, @reply_id)`,
    );
    this.insertFeedback = this.database.prepare(
      `INSERT INTO feedback (id, time, user, conversation, answer_id, reply_id, reaction, text)
       VALUES (@id, @time, @user, @conversation, @answer_id, @reply_id, @reaction, @text)`,
    );
  }

  private enqueue(write: () => void): void {
    this.pending.push(write);
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_DELAY_MS);
  }

  /** Writes every queued record in one transaction. */
  flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const writes = this.pending;
    this.pending = [];
    if (writes.length === 0 || !this.database.open) return;
    try {
      this.database.transaction(() => {
        for (const write of writes) write();
      })();
    } catch {
      // One bad record must not cost the others: write them one by one, reporting each failure.
      for (const write of writes) {
        try {
          write();
        } catch (error) {
          this.onWriteError(error);
        }
      }
    }
  }

  async appendAnswer(record: AuditAnswerRecord): Promise<void> {
    const row = {
      id: record.id,
      time: record.time,
      user: record.user,
      conversation: record.conversation,
      conversation_type: record.conversationType,
      question: record.question,
      tool_calls: JSON.stringify(record.toolCalls),
      sources: JSON.stringify(record.sources),
      mode: record.mode,
      latency_ms: record.latencyMs,
      outcome: record.outcome,
      reply_id: record.replyId,
    };
    this.enqueue(() => this.insertAnswer.run(row));
  }

  async appendFeedback(record: AuditFeedbackRecord): Promise<void> {
    const row = {
      id: record.id,
      time: record.time,
      user: record.user,
      conversation: record.conversation,
      answer_id: record.answerId,
      reply_id: record.replyId,
      reaction: record.reaction,
      text: record.text,
    };
    this.enqueue(() => this.insertFeedback.run(row));
  }

  async readSince(since: Date): Promise<{ answers: AuditAnswerRecord[]; feedback: AuditFeedbackRecord[] }> {
    this.flush();
    const from = since.toISOString();
    const answerRows = this.database.prepare('SELECT * FROM answers WHERE time >= ? ORDER BY time, rowid').all(from) as AnswerRow[];
    const feedbackRows = this.database.prepare('SELECT * FROM feedback WHERE time >= ? ORDER BY time, rowid').all(from) as FeedbackRow[];
    return {
      answers: answerRows.map((row) =>
        AuditAnswerRecordSchema.parse({
          id: row.id,
          time: row.time,
          user: row.user,
          conversation: row.conversation,
          conversationType: row.conversation_type,
          question: row.question,
          toolCalls: JSON.parse(row.tool_calls),
          sources: JSON.parse(row.sources),
          mode: row.mode,
          latencyMs: row.latency_ms,
          outcome: row.outcome,
          replyId: row.reply_id,
        }),
      ),
      feedback: feedbackRows.map((row) =>
        AuditFeedbackRecordSchema.parse({
          id: row.id,
          time: row.time,
          user: row.user,
          conversation: row.conversation,
          answerId: row.answer_id,
          replyId: row.reply_id,
          reaction: row.reaction,
          text: row.text,
        }),
      ),
    };
  }

  async deleteBefore(before: Date): Promise<number> {
    this.flush();
    const cutoff = before.toISOString();
    const remove = this.database.transaction(() => {
      const answers = this.database.prepare('DELETE FROM answers WHERE time < ?').run(cutoff).changes;
      const feedback = this.database.prepare('DELETE FROM feedback WHERE time < ?').run(cutoff).changes;
      return answers + feedback;
    });
    return remove();
  }

  async close(): Promise<void> {
    this.flush();
    if (this.database.open) this.database.close();
  }
}
