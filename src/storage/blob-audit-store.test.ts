import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobServiceClient } from '@azure/storage-blob';
import { startAzurite, type AzuriteProcess } from './azurite-process.js';
import { openAuditLog } from '../audit/open-audit-log.js';
import { StoreAuditLog } from '../audit/audit-log.js';
import { createPseudonymiser } from '../audit/pseudonymiser.js';
import { BlobAuditStore } from './blob-audit-store.js';
import { openContainer } from './blob-container.js';

const DAY = 24 * 60 * 60 * 1000;
let azurite: AzuriteProcess;

beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});

describe('audit log in Azure Blob Storage (Azurite)', () => {
  it('two instances append to the same day blobs; feedback links across them; the secret is shared', async () => {
    const first = await openAuditLog({ dbPath: 'unused.db', azureStorageConnectionString: azurite.connectionString });
    const second = await openAuditLog({ dbPath: 'unused.db', azureStorageConnectionString: azurite.connectionString });
    expect(first.description).toContain('Azure Blob Storage');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (index % 2 === 0 ? first : second).auditLog.recordAnswer({
          userId: 'RAW-USER-29:abc',
          conversationId: 'RAW-CONVERSATION',
          question: `Fråga ${index}`,
          latencyMs: index,
          outcome: 'answered',
          replyId: `reply-${index}`,
          mode: 'embedded',
        }),
      ),
    );
    expect(new Set(answers.map((answer) => answer.user)).size).toBe(1);
    await second.auditLog.recordFeedback({ userId: 'RAW-USER-29:abc', conversationId: 'RAW-CONVERSATION', replyId: 'reply-4', reaction: 'dislike', text: 'fel år' });
    const rows = await first.auditLog.exportSince(new Date(Date.now() - DAY));
    expect(rows).toHaveLength(20);
    expect(rows.find((row) => row.answer.replyId === 'reply-4')?.feedback?.text).toBe('fel år');
    expect(rows.filter((row) => row.feedback !== null)).toHaveLength(1);

    const container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('audit');
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    const day = new Date().toISOString().slice(0, 10);
    expect(names).toEqual(expect.arrayContaining([`answers/${day}.jsonl`, `feedback/${day}.jsonl`]));
    const raw = (await container.getBlobClient(`answers/${day}.jsonl`).downloadToBuffer()).toString('utf8');
    expect(raw.trim().split('\n')).toHaveLength(20);
    expect(raw).not.toContain('RAW-USER');
    expect(raw).not.toContain('RAW-CONVERSATION');
  }, 30_000);

  it('prunes whole days older than the retention period', async () => {
    const container = await openContainer(azurite.connectionString, 'audit-prune');
    const now = new Date('2026-06-15T12:00:00Z');
    const log = new StoreAuditLog({ store: new BlobAuditStore(container), pseudonymiser: createPseudonymiser('test-secret-0123456789'), retentionDays: 10, now: () => now });
    const event = { userId: 'u', conversationId: 'c', question: 'q', latencyMs: 1, outcome: 'answered' as const };
    await log.recordAnswer({ ...event, time: new Date(now.getTime() - 20 * DAY) });
    await log.recordAnswer({ ...event, time: new Date(now.getTime() - 20 * DAY + 1000) });
    await log.recordFeedback({ userId: 'u', conversationId: 'c', reaction: 'like', time: new Date(now.getTime() - 12 * DAY) });
    const kept = await log.recordAnswer({ ...event, time: new Date(now.getTime() - 2 * DAY) });
    expect(await log.prune()).toBe(3);
    const rows = await log.exportSince(new Date(0));
    expect(rows.map((row) => row.answer.id)).toEqual([kept.id]);
    // Writing to a day again after pruning works (the day blob is created anew).
    await log.recordAnswer({ ...event, time: new Date(now.getTime() - 20 * DAY) });
  }, 30_000);
});
