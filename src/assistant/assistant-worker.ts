import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Dataset } from '../domain/dataset.js';
import type { Assistant, AssistantAnswer, ConversationMemory } from './answer.js';
import { createAssistant } from './create-assistant.js';
import { lazySubmissionSearch } from './lazy-submission-search.js';

/**
 * One worker thread of the answer pool (worker-pool-assistant.ts): it holds its own copy of the
 * dataset and answers questions with the embedded interpreter, so that interpreting runs on another
 * core than the bot's HTTP and Teams work. Questions and answers travel as JSON text (cheaper to pass
 * between threads than the structured clone of the same nested objects); a dataset as an object.
 */

export type WorkerRequest =
  | { kind: 'answer'; id: number; question: string; memory: ConversationMemory }
  /** The data changed (a submission was handed in): answer from this dataset from now on. */
  | { kind: 'dataset'; dataset: Dataset }
  /** How much memory the worker holds after a full garbage collection (the load test's memory figures). */
  | { kind: 'memory'; id: number };

export type WorkerReply =
  | { id: number; ok: true; answer: AssistantAnswer; memory: ConversationMemory }
  | { id: number; ok: true; heapUsedBytes: number }
  | { id: number; ok: false; message: string };

/** The worker's heap in use after a full collection (gc is reached the way the load test reaches it on the main thread). */
function heapUsedAfterCollection(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

export interface AssistantWorkerData {
  assistantWorker: true;
  dataset: Dataset;
}

function build(dataset: Dataset): Assistant {
  return createAssistant({ dataset, searchSubmissions: lazySubmissionSearch(dataset) });
}

if (!isMainThread && parentPort && (workerData as Partial<AssistantWorkerData> | null)?.assistantWorker) {
  const port = parentPort;
  let assistant = build((workerData as AssistantWorkerData).dataset);
  port.on('message', (message: string | WorkerRequest) => {
    const request = typeof message === 'string' ? (JSON.parse(message) as WorkerRequest) : message;
    if (request.kind === 'dataset') {
      assistant = build(request.dataset);
      return;
    }
    if (request.kind === 'memory') {
      port.postMessage(JSON.stringify({ id: request.id, ok: true, heapUsedBytes: heapUsedAfterCollection() } satisfies WorkerReply));
      return;
    }
    assistant.answer(request.question, request.memory).then(
      (result) => port.postMessage(JSON.stringify({ id: request.id, ok: true, answer: result.answer, memory: result.memory } satisfies WorkerReply)),
      (error: unknown) => port.postMessage(JSON.stringify({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply)),
    );
  });
}
