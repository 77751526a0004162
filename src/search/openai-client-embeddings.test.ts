import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { createSubmissionSearch } from './hybrid-search.js';
import { HashedSwedishEmbeddings } from './hashed-swedish-embeddings.js';
import { OpenAiClientEmbeddings, type EmbeddingsClient } from './openai-client-embeddings.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'openai-embeddings-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** A fake OpenAI client: answers embeddings.create with hashed vectors (out of order) and counts calls. */
function fakeClient(): { client: EmbeddingsClient; calls: Array<{ model: string; input: string[] }> } {
  const calls: Array<{ model: string; input: string[] }> = [];
  const local = new HashedSwedishEmbeddings({ dimension: 64 });
  const client = {
    embeddings: {
      create: async (body: { model: string; input: string[] }) => {
        calls.push(body);
        const data = body.input.map((text, index) => ({ object: 'embedding', index, embedding: local.embedText(text) }));
        return { object: 'list', model: body.model, data: data.reverse(), usage: { prompt_tokens: 0, total_tokens: 0 } };
      },
    },
  } as unknown as EmbeddingsClient;
  return { client, calls };
}

describe('OpenAiClientEmbeddings', () => {
  it('batches requests and keeps the order of the texts', async () => {
    const { client, calls } = fakeClient();
    const embeddings = new OpenAiClientEmbeddings({ client, model: 'text-embedding-3-small', batchSize: 2 });
    const vectors = await embeddings.embedDocuments(['klimat', 'demens', 'skola']);
    expect(calls.map((call) => call.input.length)).toEqual([2, 1]);
    expect(calls[0]?.model).toBe('text-embedding-3-small');
    expect(vectors[1]).toEqual(new HashedSwedishEmbeddings({ dimension: 64 }).embedText('demens'));
  });

  it('serves as the embedding of the submissions index, cached under its own key', async () => {
    const { client, calls } = fakeClient();
    const dataset = loadDataset(join(import.meta.dirname, '__fixtures__', 'data'));
    const embeddings = new OpenAiClientEmbeddings({ client, model: 'fake-model' });
    const search = await createSubmissionSearch({ dataset, embeddings, embeddingId: embeddings.id, cacheDir });
    expect(search.indexOrigin).toBe('built');
    const [hit] = await search.search('Perfare', { limit: 1 });
    expect(hit?.project).toBe('Perfare');
    const before = calls.length;
    const again = await createSubmissionSearch({ dataset, embeddings, embeddingId: embeddings.id, cacheDir });
    expect(again.indexOrigin).toBe('loaded');
    expect(calls.length - before).toBe(1);
  });
});
