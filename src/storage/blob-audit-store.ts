import type { ContainerClient } from '@azure/storage-blob';
import type { AuditStore } from '../audit/audit-store.js';
import {
  AuditAnswerRecordSchema,
  AuditFeedbackRecordSchema,
  type AuditAnswerRecord,
  type AuditFeedbackRecord,
} from '../audit/audit-record.js';

type Kind = 'answers' | 'feedback';

const dayOf = (isoTime: string): string => isoTime.slice(0, 10);
const BLOB_NAME = /^(answers|feedback)\/(\d{4}-\d{2}-\d{2})\.jsonl$/;

/**
 * Audit records in Azure Blob Storage as JSON lines, one append blob per kind and UTC day
 * (`answers/2026-11-27.jsonl`, `feedback/2026-11-27.jsonl`). Appending a block is atomic, so
 * several bot instances can write to the same day's blob at once. Retention deletes whole days.
 */
export class BlobAuditStore implements AuditStore {
  private readonly created = new Set<string>();

  constructor(private readonly container: ContainerClient) {}

  private async append(kind: Kind, record: { time: string }): Promise<void> {
    const name = `${kind}/${dayOf(record.time)}.jsonl`;
    const blob = this.container.getAppendBlobClient(name);
    if (!this.created.has(name)) {
      await blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'application/x-ndjson; charset=utf-8' } });
      this.created.add(name);
    }
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    try {
      await blob.appendBlock(line, line.byteLength);
    } catch (error) {
      // Another instance pruned the day's blob after this one created it: create it again, once.
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
      this.created.delete(name);
      await blob.createIfNotExists();
      this.created.add(name);
      await blob.appendBlock(line, line.byteLength);
    }
  }

  appendAnswer(record: AuditAnswerRecord): Promise<void> {
    return this.append('answers', record);
  }

  appendFeedback(record: AuditFeedbackRecord): Promise<void> {
    return this.append('feedback', record);
  }

  private async days(kind: Kind): Promise<Array<{ name: string; day: string }>> {
    const found: Array<{ name: string; day: string }> = [];
    for await (const item of this.container.listBlobsFlat({ prefix: `${kind}/` })) {
      const match = BLOB_NAME.exec(item.name);
      if (match?.[2]) found.push({ name: item.name, day: match[2] });
    }
    return found.sort((left, right) => left.day.localeCompare(right.day));
  }

  private async readLines(name: string): Promise<unknown[]> {
    const buffer = await this.container.getBlobClient(name).downloadToBuffer();
    const records: unknown[] = [];
    for (const line of buffer.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        records.push(JSON.parse(line));
      } catch {
        // A torn line (a write cut off mid-block) is skipped; the rest of the day stays readable.
      }
    }
    return records;
  }

  async readSince(since: Date): Promise<{ answers: AuditAnswerRecord[]; feedback: AuditFeedbackRecord[] }> {
    const from = since.toISOString();
    const read = async <T extends { time: string; id: string }>(kind: Kind, parse: (value: unknown) => T | null): Promise<T[]> => {
      const records: T[] = [];
      for (const { name, day } of await this.days(kind)) {
        if (day < dayOf(from)) continue;
        for (const value of await this.readLines(name)) {
          const record = parse(value);
          if (record && record.time >= from) records.push(record);
        }
      }
      // A stable sort: records of the same millisecond keep the order they were appended in.
      return records.sort((left, right) => left.time.localeCompare(right.time));
    };
    return {
      answers: await read('answers', (value) => AuditAnswerRecordSchema.safeParse(value).data ?? null),
      feedback: await read('feedback', (value) => AuditFeedbackRecordSchema.safeParse(value).data ?? null),
    };
  }

  /** Deletes every day blob whose whole day lies before `before`; returns the number of records in them. */
  async deleteBefore(before: Date): Promise<number> {
    const cutoffDay = dayOf(before.toISOString());
    let removed = 0;
    for (const kind of ['answers', 'feedback'] as const) {
      for (const { name, day } of await this.days(kind)) {
        if (day >= cutoffDay) continue;
        removed += (await this.readLines(name)).length;
        await this.container.getBlobClient(name).deleteIfExists();
        this.created.delete(name);
      }
    }
    return removed;
  }

  async close(): Promise<void> {
    // Nothing to release: the HTTP client keeps no open handles between requests.
  }
}
