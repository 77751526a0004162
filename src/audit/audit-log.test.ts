import { mkdtempSync, rmSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { StoreAuditLog } from './audit-log.js';
import { createPseudonymiser } from './pseudonymiser.js';
import { SqliteAuditStore } from './sqlite-audit-store.js';
import { openAuditLog } from './open-audit-log.js';

const DAY = 24 * 60 * 60 * 1000;

describe('StoreAuditLog on SQLite', () => {
  let dir: string;
  let now: Date;
  let log: StoreAuditLog;
  let dbPath: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'audit-'));
    dbPath = join(dir, 'audit.db');
    now = new Date('2026-06-01T12:00:00Z');
    log = new StoreAuditLog({ store: new SqliteAuditStore(dbPath), pseudonymiser: createPseudonymiser('test-secret-0123456789'), retentionDays: 30, now: () => now });
  });
  afterEach(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores pseudonyms, never the raw user or conversation id', async () => {
    const userId = '29:1-RAW-USER-ID-aad-8f3e';
    const conversationId = 'a:1RAW-CONVERSATION-ID';
    const record = await log.recordAnswer({
      userId,
      conversationId,
      conversationType: 'personal',
      question: 'Hur mycket fick ASN 2024? Svara till kalle.karlsson@malmo.se',
      toolCalls: [{ tool: 'sum_funding', args: { namnd: 'ASN', year: 2024, note: 'kalle.karlsson@malmo.se' } }],
      sources: [{ title: 'Projektlista 2024', ref: '2024/projects.json' }],
      mode: 'embedded',
      latencyMs: 12.6,
      outcome: 'answered',
      replyId: 'reply-1',
    });
    expect(record.user).toMatch(/^[0-9a-f]{32}$/);
    expect(record.latencyMs).toBe(13);
    await log.close();
    const raw = readFileSync(dbPath).toString('latin1') + readFileSync(`${dbPath}-wal`, { flag: 'a+' }).toString('latin1');
    expect(raw).not.toContain('RAW-USER-ID');
    expect(raw).not.toContain('RAW-CONVERSATION-ID');
    expect(raw).not.toContain('kalle.karlsson');
    const database = new Database(dbPath, { readonly: true });
    const row = database.prepare('SELECT * FROM answers').get() as Record<string, unknown>;
    database.close();
    expect(row.user).toBe(record.user);
    expect(row.question).toBe('Hur mycket fick ASN 2024? Svara till [e-post]');
    expect(JSON.parse(String(row.tool_calls))).toEqual([{ tool: 'sum_funding', args: { namnd: 'ASN', year: 2024, note: '[e-post]' } }]);
  });

  it('links feedback to its answer by reply id within the same conversation, latest wins', async () => {
    const base = { userId: 'u1', conversationType: 'personal', mode: 'embedded' as const, latencyMs: 5, outcome: 'answered' as const };
    const first = await log.recordAnswer({ ...base, conversationId: 'c1', question: 'Vilka Interreg-projekt finns?', replyId: 'r1' });
    const other = await log.recordAnswer({ ...base, conversationId: 'c2', question: 'Samma reply-id, annan konversation', replyId: 'r1' });
    const direct = await log.recordAnswer({ ...base, conversationId: 'c1', question: 'Utan reply-id', replyId: null });
    now = new Date(now.getTime() + 1000);
    await log.recordFeedback({ userId: 'u1', conversationId: 'c1', replyId: 'r1', reaction: 'dislike', text: 'fel' });
    now = new Date(now.getTime() + 1000);
    await log.recordFeedback({ userId: 'u1', conversationId: 'c1', replyId: 'r1', reaction: 'like', text: 'ändrade mig' });
    await log.recordFeedback({ userId: 'u1', conversationId: 'c1', answerId: direct.id, reaction: 'like' });
    const rows = await log.exportSince(new Date('2026-01-01T00:00:00Z'));
    const byId = new Map(rows.map((row) => [row.answer.id, row.feedback]));
    expect(byId.get(first.id)?.reaction).toBe('like');
    expect(byId.get(first.id)?.text).toBe('ändrade mig');
    expect(byId.get(other.id)).toBeNull();
    expect(byId.get(direct.id)?.reaction).toBe('like');
  });

  it('prunes records older than the retention period and keeps the rest', async () => {
    const event = { userId: 'u', conversationId: 'c', question: 'q', latencyMs: 1, outcome: 'answered' as const };
    await log.recordAnswer({ ...event, time: new Date(now.getTime() - 31 * DAY) });
    await log.recordFeedback({ userId: 'u', conversationId: 'c', reaction: 'like', time: new Date(now.getTime() - 40 * DAY) });
    const kept = await log.recordAnswer({ ...event, time: new Date(now.getTime() - 29 * DAY) });
    expect(await log.prune()).toBe(2);
    const rows = await log.exportSince(new Date(0));
    expect(rows.map((row) => row.answer.id)).toEqual([kept.id]);
  });

  it('exports only records since the given date, oldest first', async () => {
    const event = { userId: 'u', conversationId: 'c', latencyMs: 1, outcome: 'answered' as const };
    await log.recordAnswer({ ...event, question: 'gammal', time: new Date('2026-05-01T10:00:00Z') });
    await log.recordAnswer({ ...event, question: 'andra', time: new Date('2026-05-20T10:00:00Z') });
    await log.recordAnswer({ ...event, question: 'första', time: new Date('2026-05-10T10:00:00Z') });
    const rows = await log.exportSince(new Date('2026-05-05T00:00:00Z'));
    expect(rows.map((row) => row.answer.question)).toEqual(['första', 'andra']);
  });

  it('refuses a retention period that is not a positive whole number of days', () => {
    const store = new SqliteAuditStore(':memory:');
    expect(() => new StoreAuditLog({ store, pseudonymiser: createPseudonymiser('test-secret-0123456789'), retentionDays: 0 })).toThrow(RangeError);
  });
});

describe('SqliteAuditStore batching', () => {
  it('a turn never waits for or fails on a write: errors go to the handler, other records are kept', async () => {
    const errors: unknown[] = [];
    const store = new SqliteAuditStore(':memory:', (error) => errors.push(error));
    const log = new StoreAuditLog({ store, pseudonymiser: createPseudonymiser('test-secret-0123456789') });
    const record = await log.recordAnswer({ userId: 'u', conversationId: 'c', question: 'q', latencyMs: 1, outcome: 'answered' });
    // The same id twice breaks the primary key: the batch fails as a whole and is reported, never thrown.
    await store.appendAnswer(record);
    await store.appendAnswer(record);
    expect((await log.exportSince(new Date(0))).map((row) => row.answer.id)).toEqual([record.id]);
    expect(errors).toHaveLength(2);
    await log.recordAnswer({ userId: 'u', conversationId: 'c', question: 'efter felet', latencyMs: 1, outcome: 'answered' });
    expect((await log.exportSince(new Date(0))).map((row) => row.answer.question)).toEqual(['q', 'efter felet']);
    await log.close();
  });

  it('prunes at once when pruning is scheduled', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const log = new StoreAuditLog({ store: new SqliteAuditStore(':memory:'), pseudonymiser: createPseudonymiser('test-secret-0123456789'), retentionDays: 1, now: () => now });
    await log.recordAnswer({ userId: 'u', conversationId: 'c', question: 'gammal', latencyMs: 1, outcome: 'answered', time: new Date('2026-05-01T00:00:00Z') });
    const stop = log.schedulePruning(() => undefined, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    expect(await log.exportSince(new Date(0))).toEqual([]);
    await log.close();
  });
});

describe('openAuditLog', () => {
  it('creates a private key file beside the database when no secret is configured, and reuses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-open-'));
    try {
      const dbPath = join(dir, 'sub', 'audit.db');
      const first = await openAuditLog({ dbPath });
      const a = await first.auditLog.recordAnswer({ userId: 'u', conversationId: 'c', question: 'q', latencyMs: 1, outcome: 'answered' });
      await first.auditLog.close();
      expect(statSync(`${dbPath}.key`).mode & 0o077).toBe(0);
      const second = await openAuditLog({ dbPath, retentionDays: 10 });
      const b = await second.auditLog.recordAnswer({ userId: 'u', conversationId: 'c', question: 'q', latencyMs: 1, outcome: 'answered' });
      expect(b.user).toBe(a.user);
      expect(second.auditLog.retentionDays).toBe(10);
      expect(second.description).toContain('SQLite');
      await second.auditLog.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
