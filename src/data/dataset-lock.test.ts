import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireDatasetLock, DatasetLockedError, LOCK_FILE, withDatasetLock } from './dataset-lock.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'dataset-lock-'));

describe('dataset lock', () => {
  test('a second lock on the same folder is refused with a Swedish message until the first is released', () => {
    const dir = folder();
    const first = acquireDatasetLock(dir);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    expect(() => acquireDatasetLock(dir)).toThrow(DatasetLockedError);
    expect(() => acquireDatasetLock(dir)).toThrow(/Datamappen används av en annan inläsning just nu \(process \d+/);
    first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireDatasetLock(dir).release();
  });

  test('a stale lock (older than the limit) is taken over', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: 'en-annan-dator', startedAt: '2020-01-01T00:00:00Z' }));
    const old = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    const lock = acquireDatasetLock(dir, { staleAfterMs: 10 * 60 * 1000 });
    lock.release();
  });

  test('a fresh lock from another machine is respected', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'en-annan-dator', startedAt: new Date().toISOString() }));
    expect(() => acquireDatasetLock(dir)).toThrow(DatasetLockedError);
  });

  test('a lock left by a process that no longer runs on this machine is taken over', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: new Date().toISOString() }));
    acquireDatasetLock(dir).release();
  });

  test('withDatasetLock releases the lock when the work fails', async () => {
    const dir = folder();
    await expect(withDatasetLock(dir, async () => Promise.reject(new Error('fel')))).rejects.toThrow('fel');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
