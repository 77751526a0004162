import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DatasetHolder } from '../data/dataset-holder.js';
import type { Assistant, AssistantAnswer, ConversationMemory } from './answer.js';
import type { AssistantWorkerData, WorkerReply, WorkerRequest } from './assistant-worker.js';

/** Raised when a worker thread fails a question or stops while answering it. */
export class AssistantWorkerError extends Error {
  override readonly name = 'AssistantWorkerError';
}

interface Waiting {
  resolve(result: { answer: AssistantAnswer; memory: ConversationMemory } | number): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  waiting: Map<number, Waiting>;
  /** The holder's version this worker answers from. */
  datasetVersion: number;
  /** Whether the worker has answered at all (a worker that dies before that may never start). */
  answered: boolean;
}

/** Workers in a row that stop before answering anything: then the pool gives up instead of restarting forever. */
export const MAX_FAILED_STARTS = 3;

/** The worker's module beside this one: .js when built, .ts when run from the sources (tsx, vitest). */
export const ASSISTANT_WORKER_ENTRY = new URL(`./assistant-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function spawnWorker(entry: URL, data: AssistantWorkerData): Worker {
  if (extname(fileURLToPath(entry)) !== '.ts') return new Worker(entry, { workerData: data });
  // From the sources the worker needs tsx's loader, registered before the module is imported.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: data });
}

/**
 * The embedded assistant in a pool of worker threads. The bot's event loop then only parses requests,
 * keeps conversation state and sends replies, while the interpreter works on the other cores: under
 * load, turns are answered in parallel, and a slow question does not hold up other users' messages.
 * Each question goes to the worker with the fewest waiting; a swapped dataset (a submission handed
 * in) reaches a worker before its next question. A worker that stops is replaced; the questions it
 * was answering fail with AssistantWorkerError (the bot says that something went wrong).
 */
export class WorkerPoolAssistant implements Assistant {
  private readonly holder: DatasetHolder;
  private readonly entry: URL;
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  private failedStarts = 0;
  /** Why the pool gave up (its workers keep stopping before they answer), or null. */
  private broken: string | null = null;

  /** `entry`: the worker module (default assistant-worker); it receives AssistantWorkerData and WorkerRequests. */
  constructor(options: { holder: DatasetHolder; size: number; entry?: URL }) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`a pool needs at least one worker (got ${options.size})`);
    this.holder = options.holder;
    this.entry = options.entry ?? ASSISTANT_WORKER_ENTRY;
    for (let index = 0; index < options.size; index += 1) this.slots.push(this.start());
  }

  get size(): number {
    return this.slots.length;
  }

  private start(): Slot {
    const slot: Slot = {
      worker: spawnWorker(this.entry, { assistantWorker: true, dataset: this.holder.current }),
      waiting: new Map(),
      datasetVersion: this.holder.version,
      answered: false,
    };
    // An idle pool does not keep the process alive; a question in progress does.
    slot.worker.unref();
    slot.worker.on('message', (message: string | WorkerReply) => {
      const reply = typeof message === 'string' ? (JSON.parse(message) as WorkerReply) : message;
      slot.answered = true;
      this.failedStarts = 0;
      const waiting = slot.waiting.get(reply.id);
      if (!waiting) return;
      slot.waiting.delete(reply.id);
      if (slot.waiting.size === 0) slot.worker.unref();
      if (!reply.ok) waiting.reject(new AssistantWorkerError(reply.message));
      else if ('heapUsedBytes' in reply) waiting.resolve(reply.heapUsedBytes);
      else waiting.resolve({ answer: reply.answer, memory: reply.memory });
    });
    const fail = (reason: string): void => {
      const index = this.slots.indexOf(slot);
      if (!slot.answered) this.failedStarts += 1;
      if (this.failedStarts >= MAX_FAILED_STARTS) this.broken ??= reason;
      // Questions still waiting here cannot be answered by another worker either when the pool gives up.
      const waiting = [...slot.waiting.values()];
      slot.waiting.clear();
      for (const entry of waiting) entry.reject(new AssistantWorkerError(reason));
      if (index < 0 || this.closed) return;
      if (this.broken) {
        // Give up: the other workers are stopped too, and every question from now on fails at once.
        this.slots.splice(index, 1);
        this.rejectAll(`svarstrådarna kan inte starta: ${this.broken}`);
        for (const other of this.slots.splice(0)) void other.worker.terminate();
      } else {
        this.slots[index] = this.start();
      }
    };
    slot.worker.on('error', (error) => fail(`svarstråden föll: ${error.message}`));
    slot.worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(`svarstråden avslutades (kod ${code})`);
    });
    return slot;
  }

  private rejectAll(reason: string): void {
    for (const slot of this.slots) {
      for (const entry of slot.waiting.values()) entry.reject(new AssistantWorkerError(reason));
      slot.waiting.clear();
    }
  }

  answer(question: string, memory: ConversationMemory): Promise<{ answer: AssistantAnswer; memory: ConversationMemory }> {
    if (this.closed) return Promise.reject(new AssistantWorkerError('svarstrådarna är stängda'));
    if (this.broken || this.slots.length === 0) return Promise.reject(new AssistantWorkerError(`svarstrådarna kan inte starta: ${this.broken ?? 'inga trådar'}`));
    let slot = this.slots[0]!;
    for (const candidate of this.slots) if (candidate.waiting.size < slot.waiting.size) slot = candidate;
    if (slot.datasetVersion !== this.holder.version) {
      slot.worker.postMessage({ kind: 'dataset', dataset: this.holder.current } satisfies WorkerRequest);
      slot.datasetVersion = this.holder.version;
    }
    return this.send<{ answer: AssistantAnswer; memory: ConversationMemory }>(slot, (id) => ({ kind: 'answer', id, question, memory }));
  }

  /** The heap every worker holds after a full garbage collection, in bytes (for memory figures, not for every turn). */
  heapUsedBytes(): Promise<number[]> {
    return Promise.all(this.slots.map((slot) => this.send<number>(slot, (id) => ({ kind: 'memory', id }))));
  }

  /** Sends a request with a fresh id to one worker; the worker keeps the process alive while it owes a reply. */
  private send<T>(slot: Slot, request: (id: number) => WorkerRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      slot.waiting.set(id, { resolve: resolve as Waiting['resolve'], reject });
      if (slot.waiting.size === 1) slot.worker.ref();
      slot.worker.postMessage(JSON.stringify(request(id)));
    });
  }

  /** Stops every worker; questions still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      for (const entry of slot.waiting.values()) entry.reject(new AssistantWorkerError('svarstrådarna stängdes'));
      slot.waiting.clear();
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
