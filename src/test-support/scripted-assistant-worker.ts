import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import type { AssistantWorkerData, WorkerReply, WorkerRequest } from '../assistant/assistant-worker.js';

/**
 * A stand-in for assistant-worker.ts in the pool's tests: it answers with its thread id and the
 * content hash of the dataset it holds, fails the question "fel", and stops the whole thread on
 * "krascha" (as a crash in native code would).
 */
if (!isMainThread && parentPort && (workerData as Partial<AssistantWorkerData> | null)?.assistantWorker) {
  const port = parentPort;
  let contentHash = (workerData as AssistantWorkerData).dataset.contentHash;
  port.on('message', (message: string | WorkerRequest) => {
    const request = typeof message === 'string' ? (JSON.parse(message) as WorkerRequest) : message;
    if (request.kind === 'dataset') {
      contentHash = request.dataset.contentHash;
      return;
    }
    if (request.kind === 'memory') {
      port.postMessage({ id: request.id, ok: true, heapUsedBytes: process.memoryUsage().heapUsed } satisfies WorkerReply);
      return;
    }
    if (request.question === 'krascha') process.exit(3);
    const reply: WorkerReply =
      request.question === 'fel'
        ? { id: request.id, ok: false, message: 'avsiktligt fel' }
        : {
            id: request.id,
            ok: true,
            answer: {
              question: request.question, answer: `${threadId} ${contentHash}`, mode: 'embedded', year: null, language: 'sv',
              toolCalls: [], sources: [], tables: [], charts: [], suggestions: [],
            },
            memory: request.memory,
          };
    // A little later, so that questions sent together are in flight together.
    setTimeout(() => port.postMessage(reply), 20);
  });
}
