import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTestLimits, renderLoadReport, runLoad } from './load.js';

const DATA_DIR = resolve(import.meta.dirname, '..', '..', 'data');

describe('npm run load (small run)', () => {
  it('runs concurrent conversations against the real bot and data with zero errors, and reports figures', async () => {
    const report = await runLoad({ dataDir: DATA_DIR, conversations: 20, messagesPerConversation: 3, warmupMessages: 1, warmupMs: 300, rampMessages: 1, thinkMs: 0, clientInWorker: false });
    expect(report.requests).toBe(60);
    // One ramp message before and one after the measured ones, per conversation, timed apart.
    expect(report.ramp.requests).toBe(40);
    // The warm-up went on for its time, every conversation sending at least its one message.
    expect(report.warmup.requests).toBeGreaterThanOrEqual(20);
    expect(report.warmup.seconds).toBeGreaterThanOrEqual(0.3);
    expect(report.ramp.p50).toBeGreaterThan(0);
    expect(report.cpuMsPerRequest).toBeGreaterThan(0);
    expect(report.eventLoopUtilisation).toBeGreaterThan(0);
    expect(report.eventLoopUtilisation).toBeLessThanOrEqual(1);
    expect(report.answering).toMatch(/arbetstråd|egen tråd/);
    expect(report.errorKinds).toEqual({});
    expect(report.errors).toBe(0);
    expect(report.latencyMs.p50).toBeGreaterThan(0);
    expect(report.latencyMs.p50).toBeLessThanOrEqual(report.latencyMs.p95);
    expect(report.latencyMs.p95).toBeLessThanOrEqual(report.latencyMs.p99);
    expect(report.throughputPerSecond).toBeGreaterThan(0);
    expect(report.memoryAfter.heapUsedMb).toBeGreaterThan(0);
    // The bot answers in worker threads by default; their heaps are part of the memory figures.
    expect(report.answering).toMatch(/arbetstråd/);
    expect(report.memoryAfter.answerWorkersHeapMb).toBeGreaterThan(1);
    const text = renderLoadReport(report);
    expect(text).toMatch(/p95/);
    expect(text).toMatch(/Gränser under testet/);
  }, 60_000);

  it('sets rate limits that let every scripted message through', () => {
    const limits = loadTestLimits({ conversations: 200, messagesPerConversation: 10, warmupMessages: 2, rampMessages: 3 });
    expect(limits.rate.perUser.capacity).toBeGreaterThanOrEqual(18);
    expect(limits.rate.perConversation.capacity).toBeGreaterThanOrEqual(18);
    expect(limits.work.maxQueued + limits.work.maxInFlight).toBeGreaterThanOrEqual(200);
  });
});
