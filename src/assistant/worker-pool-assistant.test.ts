import { afterEach, describe, expect, it } from 'vitest';
import { DatasetHolder } from '../data/dataset-holder.js';
import { fixtureDataset, sampleDataset } from '../test-support/datasets.js';
import { emptyMemory, type ConversationMemory } from './answer.js';
import { createAssistant } from './create-assistant.js';
import { AssistantWorkerError, WorkerPoolAssistant } from './worker-pool-assistant.js';

const SCRIPTED = new URL('../test-support/scripted-assistant-worker.ts', import.meta.url);

const pools: WorkerPoolAssistant[] = [];
function pool(options: ConstructorParameters<typeof WorkerPoolAssistant>[0]): WorkerPoolAssistant {
  const created = new WorkerPoolAssistant(options);
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

describe('WorkerPoolAssistant with the real interpreter', () => {
  it('answers a conversation exactly as the embedded assistant on the bot thread does, follow-ups included', async () => {
    const dataset = sampleDataset();
    const inThread = createAssistant({ dataset });
    const inWorkers = pool({ holder: new DatasetHolder(dataset), size: 2 });
    let threadMemory: ConversationMemory = emptyMemory();
    let workerMemory: ConversationMemory = emptyMemory();
    for (const question of ['Hur mycket fick ASN 2024?', 'och 2023?', 'Vilka Interreg-projekt finns?', 'hur mycket fick de totalt?']) {
      const expected = await inThread.answer(question, threadMemory);
      const actual = await inWorkers.answer(question, workerMemory);
      expect(actual.answer).toEqual(expected.answer);
      expect(actual.memory).toEqual(expected.memory);
      threadMemory = expected.memory;
      workerMemory = actual.memory;
    }
    // Each worker reports the heap it holds after a full collection (the load test's memory figures).
    const heaps = await inWorkers.heapUsedBytes();
    expect(heaps).toHaveLength(2);
    for (const bytes of heaps) expect(bytes).toBeGreaterThan(1_000_000);
  }, 30_000);

  it('answers from a swapped dataset (a submission handed in) from the next question on', async () => {
    const holder = new DatasetHolder(sampleDataset());
    const inWorkers = pool({ holder, size: 1 });
    const question = 'Hur många EU-projekt hade Malmö 2024?';
    const before = await inWorkers.answer(question, emptyMemory());
    expect(before.answer.answer).toBe((await createAssistant({ dataset: sampleDataset() }).answer(question, emptyMemory())).answer.answer);
    holder.replace(fixtureDataset());
    const after = await inWorkers.answer(question, emptyMemory());
    expect(after.answer.answer).toBe((await createAssistant({ dataset: fixtureDataset() }).answer(question, emptyMemory())).answer.answer);
    expect(after.answer.answer).not.toBe(before.answer.answer);
  }, 30_000);
});

describe('WorkerPoolAssistant (scripted workers)', () => {
  it('spreads questions in flight over its workers, none on the calling thread', async () => {
    const inWorkers = pool({ holder: new DatasetHolder(fixtureDataset()), size: 2, entry: SCRIPTED });
    const answers = await Promise.all(['a', 'b', 'c', 'd'].map((question) => inWorkers.answer(question, emptyMemory())));
    const threads = new Set(answers.map((result) => result.answer.answer.split(' ')[0]));
    expect(threads.size).toBe(2);
    expect(threads.has('0')).toBe(false);
  }, 30_000);

  it('passes a failed question on as AssistantWorkerError and keeps answering', async () => {
    const inWorkers = pool({ holder: new DatasetHolder(fixtureDataset()), size: 1, entry: SCRIPTED });
    await expect(inWorkers.answer('fel', emptyMemory())).rejects.toThrow(AssistantWorkerError);
    await expect(inWorkers.answer('hej', emptyMemory())).resolves.toMatchObject({ answer: { answer: expect.stringContaining(fixtureDataset().contentHash) } });
  }, 30_000);

  it('replaces a worker that stops: its question fails, the next ones are answered, with the current dataset', async () => {
    const holder = new DatasetHolder(fixtureDataset());
    const inWorkers = pool({ holder, size: 1, entry: SCRIPTED });
    const first = await inWorkers.answer('hej', emptyMemory());
    await expect(inWorkers.answer('krascha', emptyMemory())).rejects.toThrow(/avslutades \(kod 3\)/);
    holder.replace(sampleDataset());
    const after = await inWorkers.answer('hej igen', emptyMemory());
    expect(after.answer.answer.split(' ')[0]).not.toBe(first.answer.answer.split(' ')[0]);
    expect(after.answer.answer).toContain(sampleDataset().contentHash);
    expect(inWorkers.size).toBe(1);
  }, 30_000);

  it('gives up, with a clear error instead of a hang or endless restarts, when its workers cannot start', async () => {
    const missing = new URL('../test-support/no-such-worker.js', import.meta.url);
    const inWorkers = pool({ holder: new DatasetHolder(fixtureDataset()), size: 1, entry: missing });
    await expect(inWorkers.answer('hej', emptyMemory())).rejects.toThrow(AssistantWorkerError);
    await expect.poll(() => inWorkers.size, { timeout: 10_000 }).toBe(0);
    await expect(inWorkers.answer('hej', emptyMemory())).rejects.toThrow(/kan inte starta/);
  }, 30_000);

  it('refuses questions once closed', async () => {
    const inWorkers = pool({ holder: new DatasetHolder(fixtureDataset()), size: 1, entry: SCRIPTED });
    const pending = expect(inWorkers.answer('hej', emptyMemory())).rejects.toThrow(AssistantWorkerError);
    await inWorkers.close();
    await pending;
    await expect(inWorkers.answer('hej', emptyMemory())).rejects.toThrow(/stängda/);
  }, 30_000);
});
