import type OpenAI from 'openai';
import { Embeddings } from '@langchain/core/embeddings';

/** The part of the OpenAI client embeddings need: OpenAI, Azure OpenAI or any OpenAI-compatible server. */
export type EmbeddingsClient = Pick<OpenAI, 'embeddings'>;

export interface OpenAiClientEmbeddingsOptions {
  client: EmbeddingsClient;
  /** The embedding model (or Azure deployment), e.g. "text-embedding-3-small". */
  model: string;
  /** Texts per request; 64 by default. */
  batchSize?: number;
}

/**
 * LangChain `Embeddings` over an injected OpenAI(-compatible) client, for when a model service is
 * configured: the client is created in the entry point, this class only calls `embeddings.create`.
 */
export class OpenAiClientEmbeddings extends Embeddings {
  private readonly client: EmbeddingsClient;
  readonly model: string;
  private readonly batchSize: number;

  constructor(options: OpenAiClientEmbeddingsOptions) {
    super({ maxRetries: 1 });
    this.client = options.client;
    this.model = options.model;
    this.batchSize = options.batchSize ?? 64;
  }

  /** Identifies the model in the index cache key. */
  get id(): string {
    return `openai:${this.model}`;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let start = 0; start < documents.length; start += this.batchSize) {
      const batch = documents.slice(start, start + this.batchSize).map((text) => (text.trim() === '' ? ' ' : text));
      const response = await this.caller.call(() => this.client.embeddings.create({ model: this.model, input: batch }));
      const ordered = [...response.data].sort((left, right) => left.index - right.index);
      if (ordered.length !== batch.length) throw new Error(`Inbäddningsmodellen gav ${ordered.length} vektorer för ${batch.length} texter`);
      vectors.push(...ordered.map((item) => item.embedding));
    }
    return vectors;
  }

  async embedQuery(document: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([document]);
    if (!vector) throw new Error('Inbäddningsmodellen gav ingen vektor');
    return vector;
  }
}
