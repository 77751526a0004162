import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openAuditLog } from '../audit/open-audit-log.js';
import { loadConfig } from '../config/env.js';
import { resolveDataDir } from '../config/data-dir.js';
import { runClient, runClientInWorker, type ClientResult } from './load-client.js';
import { TurnGuard, type TurnGuardSettings } from '../limits/turn-guard.js';
import { silentLogger } from '../bot/bot-logger.js';
import { startBotService } from '../bot/bot-service.js';
import { isEntryPoint } from '../cli/is-entry-point.js';

/**
 * `npm run load`: a bounded load test of the bot on loopback. It starts the bot in this process on
 * a free port (local mode, no auth, the embedded interpreter over the real data folder, the SQLite
 * audit log in a temporary folder), then runs many conversations at once, each sending a fixed number
 * of messages one after the other with deliveryMode "expectReplies" so the answers come back in the
 * HTTP response. It prints throughput, latency percentiles, errors and memory, and stops itself.
 * A warm-up run comes first (untimed); in the measured run each conversation also sends a few ramp
 * messages before and after its measured ones, so the figures describe all conversations running at
 * once (the ramp's own latencies are printed apart, and its errors count).
 */

export interface LoadOptions {
  dataDir: string;
  conversations: number;
  messagesPerConversation: number;
  /** Conversations run once this many messages each before measuring (JIT, caches). */
  warmupMessages: number;
  /**
   * …and go on sending until the warm-up has lasted this long: the JIT compiler keeps making the bot
   * faster for several seconds under load, and a service is measured as it runs, warm. Default 5 s.
   */
  warmupMs?: number;
  /**
   * In the measured run, each conversation sends this many unmeasured messages before and after its
   * measured ones, so every measured message meets all conversations at once (steady state); default 3.
   */
  rampMessages?: number;
  /**
   * Mean pause between a conversation's messages (a person reading the answer), with ±50 % jitter;
   * conversations start spread over one such pause. 0: each sends its next message at once (saturation).
   */
  thinkMs: number;
  /** Run the load generator in a worker thread, so it does not share the bot's event loop. */
  clientInWorker: boolean;
  /** Answer worker threads (ANSWER_WORKERS); absent: the bot's default for this machine. */
  answerWorkers?: number;
}

export interface MemorySample {
  rssMb: number;
  heapUsedMb: number;
  /** The answer worker threads' heaps after a full collection, together. */
  answerWorkersHeapMb: number;
}

export interface LoadReport {
  conversations: number;
  messagesPerConversation: number;
  thinkMs: number;
  requests: number;
  errors: number;
  /** What went wrong, counted by kind (HTTP status, refusal text, connection error). */
  errorKinds: Record<string, number>;
  durationMs: number;
  throughputPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  memoryBefore: MemorySample;
  memoryAfter: MemorySample;
  limits: string;
  /** How the bot answers: in worker threads or on its own thread. */
  answering: string;
  /** How late the bot's event loop ran during the measured run (blocking work, GC, a busy machine). */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  /** Share of the measured run the bot's event loop was busy (1: saturated, the bottleneck). */
  eventLoopUtilisation: number;
  /** CPU time of the whole process (bot, answer workers and the load generator) per request. */
  cpuMsPerRequest: number;
  /** The untimed warm-up run before the measured one. */
  warmup: { requests: number; seconds: number };
  /** The unmeasured ramp messages (all conversations starting at once, then finishing one by one). */
  ramp: { requests: number; p50: number; p95: number; max: number };
}

export const DEFAULT_RAMP_MESSAGES = 3;
export const DEFAULT_WARMUP_MS = 5000;

/** Limits for the load test, set explicitly: the rate limits must not refuse its scripted users. */
export function loadTestLimits(options: Pick<LoadOptions, 'conversations' | 'messagesPerConversation' | 'warmupMessages' | 'rampMessages'>): TurnGuardSettings {
  const perConversation = options.messagesPerConversation + options.warmupMessages + 2 * (options.rampMessages ?? DEFAULT_RAMP_MESSAGES) + 5;
  // The scripted conversations send as fast as the answers come (a timed warm-up has no fixed count),
  // so the buckets refill faster than for people; the rate limits have tests of their own.
  return {
    rate: {
      perUser: { capacity: perConversation, refillPerSecond: 100 },
      perConversation: { capacity: perConversation, refillPerSecond: 100 },
    },
    // As in production: a bounded number of turns at once, the rest wait briefly in the queue.
    work: { maxInFlight: 32, maxQueued: Math.max(256, options.conversations), queueTimeoutMs: 30_000 },
    maxQuestionLength: 1000,
    turnTimeoutMs: 45_000,
  };
}

/** The sampling timer's interval; the histogram holds whole intervals, so lateness is what exceeds it. */
const LOOP_RESOLUTION_MS = 5;
const lateness = (nanoseconds: number): number => Math.max(0, Math.round((nanoseconds / 1e6 - LOOP_RESOLUTION_MS) * 10) / 10);

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
  gc?.();
}

const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 102.4) / 10;

async function memory(workerHeaps: () => Promise<number[]>): Promise<MemorySample> {
  collectGarbage();
  const usage = process.memoryUsage();
  const workers = (await workerHeaps()).reduce((sum, bytes) => sum + bytes, 0);
  return { rssMb: megabytes(usage.rss), heapUsedMb: megabytes(usage.heapUsed), answerWorkersHeapMb: megabytes(workers) };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 10) / 10;
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const workDir = mkdtempSync(join(tmpdir(), 'load-'));
  const config = loadConfig(options.answerWorkers === undefined ? {} : { ANSWER_WORKERS: String(options.answerWorkers) });
  const { auditLog } = await openAuditLog({ dbPath: join(workDir, 'audit.db'), secret: 'load-test-secret-0123456789' });
  const turnGuard = new TurnGuard(loadTestLimits(options));
  // The assistant and drafter are built by the bot's own entry point, exactly as `npm run bot` does.
  const service = await startBotService({ config, dataDir: options.dataDir, port: 0, logger: silentLogger, auditLog, turnGuard });
  const client = options.clientInWorker ? runClientInWorker : runClient;
  const port = service.server.port;
  try {
    const warmupMs = options.warmupMs ?? DEFAULT_WARMUP_MS;
    const warmupStarted = performance.now();
    const warmup: ClientResult = { latencies: [], rampLatencies: [], errorKinds: {}, durationMs: 0 };
    const warmUp = async (messages: number, minDurationMs: number, seed: number): Promise<void> => {
      if (messages === 0 && minDurationMs === 0) return;
      const result = await client({ port, conversations: options.conversations, messages, offset: 0, thinkMs: 0, seed, minDurationMs });
      warmup.latencies.push(...result.latencies);
      warmup.rampLatencies.push(...result.rampLatencies);
      for (const [kind, count] of Object.entries(result.errorKinds)) warmup.errorKinds[kind] = (warmup.errorKinds[kind] ?? 0) + count;
    };
    // The memory is sampled after a full garbage collection, which also throws away some of what the JIT
    // compiler learnt: the warm-up goes on for a while after the sample, so the measured run starts warm.
    const settleMs = Math.min(2000, warmupMs / 2);
    await warmUp(options.warmupMessages, warmupMs - settleMs, 1);
    const memoryBefore = await memory(() => service.answerWorkersHeapBytes());
    await warmUp(settleMs > 0 ? 1 : 0, settleMs, 3);
    const warmupSeconds = Math.round((performance.now() - warmupStarted) / 100) / 10;
    const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    loopDelay.enable();
    const loopBefore = performance.eventLoopUtilization();
    const cpuBefore = process.cpuUsage();
    const run = await client({
      port, conversations: options.conversations, messages: options.messagesPerConversation, offset: options.warmupMessages,
      thinkMs: options.thinkMs, seed: 2, rampMessages: options.rampMessages ?? DEFAULT_RAMP_MESSAGES,
    });
    loopDelay.disable();
    const loopUse = performance.eventLoopUtilization(loopBefore).utilization;
    const cpu = process.cpuUsage(cpuBefore);
    const memoryAfter = await memory(() => service.answerWorkersHeapBytes());
    const sorted = [...run.latencies].sort((left, right) => left - right);
    const rampSorted = [...run.rampLatencies].sort((left, right) => left - right);
    // An error during the warm-up is an error all the same.
    const errorKinds = { ...run.errorKinds };
    for (const [kind, count] of Object.entries(warmup.errorKinds)) errorKinds[kind] = (errorKinds[kind] ?? 0) + count;
    const errors = Object.values(errorKinds).reduce((sum, count) => sum + count, 0);
    return {
      conversations: options.conversations,
      messagesPerConversation: options.messagesPerConversation,
      thinkMs: options.thinkMs,
      requests: run.latencies.length,
      errors,
      errorKinds,
      // The messages beyond each conversation's fixed count come back as "ramp": all of them are warm-up here.
      warmup: { requests: warmup.latencies.length + warmup.rampLatencies.length, seconds: warmupSeconds },
      durationMs: Math.round(run.durationMs),
      throughputPerSecond: Math.round((run.latencies.length / run.durationMs) * 1000 * 10) / 10,
      latencyMs: {
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        p99: percentile(sorted, 0.99),
        max: percentile(sorted, 1),
        mean: Math.round((sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)) * 10) / 10,
      },
      memoryBefore,
      memoryAfter,
      limits: turnGuard.describe(),
      answering: service.answering,
      eventLoopDelayMs: {
        p50: lateness(loopDelay.percentile(50)),
        p99: lateness(loopDelay.percentile(99)),
        max: lateness(loopDelay.max),
      },
      eventLoopUtilisation: Math.round(loopUse * 100) / 100,
      cpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, run.latencies.length + run.rampLatencies.length)) * 100) / 100,
      ramp: { requests: rampSorted.length, p50: percentile(rampSorted, 0.5), p95: percentile(rampSorted, 0.95), max: percentile(rampSorted, 1) },
    };
  } finally {
    await service.close();
    await auditLog.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

export const P95_TARGET_MS = 200;
export const DEFAULT_THINK_MS = 2000;
/** Messages per conversation: at a person's pace, and at saturation (where they take a few seconds). */
export const DEFAULT_MESSAGES = 10;
export const DEFAULT_SATURATION_MESSAGES = 50;

export function renderLoadReport(report: LoadReport): string {
  const heapGrowth = Math.round((report.memoryAfter.heapUsedMb - report.memoryBefore.heapUsedMb) * 10) / 10;
  const workerGrowth = Math.round((report.memoryAfter.answerWorkersHeapMb - report.memoryBefore.answerWorkersHeapMb) * 10) / 10;
  const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value}`;
  const errors = Object.entries(report.errorKinds).map(([kind, count]) => `${kind}: ${count}`).join(', ');
  return [
    `Lasttest: ${report.conversations} samtidiga konversationer × ${report.messagesPerConversation} meddelanden = ${report.requests} anrop (expectReplies, lokalt läge, inbyggd tolk)`,
    report.thinkMs > 0
      ? `Betänketid mellan meddelandena i en konversation: ${report.thinkMs} ms ± 50 % (en människa läser svaret); konversationerna startar utspridda över den tiden`
      : 'Ingen betänketid: varje konversation skickar nästa meddelande så fort svaret kommit (mättnad)',
    `Gränser under testet: ${report.limits}`,
    `Svaren: ${report.answering}`,
    `Tid: ${(report.durationMs / 1000).toFixed(1)} s · genomströmning: ${report.throughputPerSecond} anrop/s`,
    `Svarstid (ms): p50 ${report.latencyMs.p50} · p95 ${report.latencyMs.p95} · p99 ${report.latencyMs.p99} · max ${report.latencyMs.max} · medel ${report.latencyMs.mean}`,
    `Fel: ${report.errors}${errors ? ` (${errors})` : ''} (alla anrop, uppvärmning och upprampning medräknade)`,
    `Uppvärmning före mätningen: ${report.warmup.requests} anrop på ${report.warmup.seconds} s (ej i måtten)`,
    `Upprampning, ej i måtten ovan: ${report.ramp.requests} anrop före och efter de mätta, så att alla konversationer är igång medan det mäts: p50 ${report.ramp.p50} · p95 ${report.ramp.p95} · max ${report.ramp.max} ms`,
    `Händelseslingans fördröjning i boten (ms): p50 ${report.eventLoopDelayMs.p50} · p99 ${report.eventLoopDelayMs.p99} · max ${report.eventLoopDelayMs.max} · upptagen ${Math.round(report.eventLoopUtilisation * 100)} % av tiden`,
    `Processorns tid per anrop (bot, svarstrådar och lastgenerator): ${report.cpuMsPerRequest} ms`,
    `Minne före: RSS ${report.memoryBefore.rssMb} MB, heap ${report.memoryBefore.heapUsedMb} MB, svarstrådar ${report.memoryBefore.answerWorkersHeapMb} MB · efter: RSS ${report.memoryAfter.rssMb} MB, heap ${report.memoryAfter.heapUsedMb} MB, svarstrådar ${report.memoryAfter.answerWorkersHeapMb} MB (heap ${signed(heapGrowth)} MB, svarstrådar ${signed(workerGrowth)} MB; heap och svarstrådar efter skräpsamling, RSS = hela processen med lastgeneratorn)`,
    `Mål (0 fel, p95 < ${P95_TARGET_MS} ms): ${report.errors === 0 && report.latencyMs.p95 < P95_TARGET_MS ? 'uppnått' : 'EJ uppnått'}`,
  ].join('\n');
}

const USAGE = 'Användning: npm run load -- [--data MAPP] [--conversations 200] [--messages 10 (50 med --think-ms 0)] [--think-ms 2000] [--warmup 2] [--warmup-s 5] [--ramp 3] [--answer-workers N] [--in-process] [--json]';

/** Exit 0 when the target is met, 1 when not, 2 on a usage error. */
export async function main(argv: string[]): Promise<number> {
  let values: { data?: string; conversations?: string; messages?: string; warmup?: string; 'warmup-s'?: string; ramp?: string; 'think-ms'?: string; 'answer-workers'?: string; 'in-process'?: boolean; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        conversations: { type: 'string' },
        messages: { type: 'string' },
        warmup: { type: 'string' },
        'warmup-s': { type: 'string' },
        ramp: { type: 'string' },
        'think-ms': { type: 'string' },
        'answer-workers': { type: 'string' },
        'in-process': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const count = (value: string | undefined, fallback: number, max: number): number | null => {
    if (value === undefined) return fallback;
    return /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= max ? Number(value) : null;
  };
  const conversations = count(values.conversations, 200, 2000);
  // Without pauses ten messages each are over in about a second: too short for a p95 that means anything.
  const messagesPerConversation = count(values.messages, values['think-ms'] === '0' ? DEFAULT_SATURATION_MESSAGES : DEFAULT_MESSAGES, 1000);
  const warmupMessages = values.warmup === '0' ? 0 : count(values.warmup, 2, 100);
  const thinkMs = values['think-ms'] === '0' ? 0 : count(values['think-ms'], DEFAULT_THINK_MS, 60_000);
  const answerWorkers = values['answer-workers'] === undefined ? undefined : values['answer-workers'] === '0' ? 0 : count(values['answer-workers'], 1, 16);
  const rampMessages = values.ramp === '0' ? 0 : count(values.ramp, DEFAULT_RAMP_MESSAGES, 100);
  const warmupSeconds = values['warmup-s'] === '0' ? 0 : count(values['warmup-s'], DEFAULT_WARMUP_MS / 1000, 120);
  if (conversations === null || messagesPerConversation === null || warmupMessages === null || warmupSeconds === null || rampMessages === null || thinkMs === null || answerWorkers === null) {
    process.stderr.write(`--conversations (1–2000), --messages (1–1000), --warmup (0–100), --warmup-s (0–120), --ramp (0–100), --think-ms (0–60000) och --answer-workers (0–16) ska vara heltal.\n${USAGE}\n`);
    return 2;
  }
  const report = await runLoad({
    dataDir: resolveDataDir(values.data),
    conversations,
    messagesPerConversation,
    warmupMessages,
    warmupMs: warmupSeconds * 1000,
    rampMessages,
    thinkMs,
    clientInWorker: !values['in-process'],
    ...(answerWorkers !== undefined ? { answerWorkers } : {}),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderLoadReport(report)}\n`);
  return report.errors === 0 && report.latencyMs.p95 < P95_TARGET_MS ? 0 : 1;
}

if (isEntryPoint(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
