import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, parseDay } from './audit.js';
import { openAuditLog } from '../audit/open-audit-log.js';

describe('npm run audit', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports answers since the date to a CSV file that quotes questions properly', async () => {
    const dbPath = join(dir, 'audit.db');
    const { auditLog } = await openAuditLog({ dbPath });
    await auditLog.recordAnswer({ userId: 'u1', conversationId: 'c1', question: 'före', latencyMs: 3, outcome: 'answered', time: new Date('2026-03-31T23:59:59Z') });
    const kept = await auditLog.recordAnswer({
      userId: 'u1',
      conversationId: 'c1',
      question: 'Vilka "Interreg"-projekt, och\nhur många?',
      latencyMs: 7,
      outcome: 'answered',
      mode: 'embedded',
      replyId: 'r',
      time: new Date('2026-04-01T00:00:00Z'),
    });
    await auditLog.recordFeedback({ userId: 'u1', conversationId: 'c1', replyId: 'r', reaction: 'like', time: new Date('2026-04-01T00:01:00Z') });
    await auditLog.close();

    const out = join(dir, 'export.csv');
    expect(await main(['--since', '2026-04-01', '--out', out, '--db', dbPath], {})).toBe(0);
    const csv = readFileSync(out, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]?.split(',')).toContain('fraga');
    expect(csv).toContain(kept.id);
    expect(csv).toContain('"Vilka ""Interreg""-projekt, och\nhur många?"');
    expect(csv).not.toContain('före');
    expect(csv).toMatch(/,like,/);
  });

  it('refuses a date that does not exist and a missing --out with exit code 2', async () => {
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(await main(['--since', '2026-02-30', '--out', join(dir, 'x.csv')], {})).toBe(2);
    expect(await main(['--since', '2026-02-01'], {})).toBe(2);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });

  it('says so when there is no audit log at the path, without creating one (exit 1)', async () => {
    const missing = join(dir, 'finns-inte', 'audit.db');
    expect(await main(['--since', '2026-01-01', '--out', join(dir, 'x.csv'), '--db', missing], {})).toBe(1);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });

  it('reports a wrong AUDIT_RETENTION_DAYS as a configuration error (exit 1)', async () => {
    expect(await main(['--since', '2026-01-01', '--out', join(dir, 'x.csv')], { AUDIT_RETENTION_DAYS: 'ett år' })).toBe(1);
  });
});
