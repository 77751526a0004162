import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { indexedText, type Passage } from './passages.js';
import type { PassageFilter, RankedId } from './keyword-index.js';

/** Raised when a saved index cannot be used (missing, changed on disk, or unreadable). */
export class IndexCacheError extends Error {
  constructor(readonly directory: string, reason: string) {
    super(`Sparat sökindex i ${directory} kan inte användas: ${reason}`);
    this.name = 'IndexCacheError';
  }
}

const MANIFEST = 'manifest.json';
const INDEX_FILES = ['hnswlib.index', 'docstore.json', 'args.json'] as const;
/** Saved indexes kept in the cache folder (the newest); older ones are removed after a rebuild. */
const KEEP_INDEXES = 3;
/** Bumped whenever the passage splitting or the saved layout changes. */
export const INDEX_FORMAT_VERSION = 'passages-v1';

interface Manifest {
  key: string;
  embeddingId: string;
  dimension: number;
  passageCount: number;
  checksums: Record<string, string>;
}

export interface VectorIndexOptions {
  passages: Passage[];
  embeddings: EmbeddingsInterface;
  /** Names the embedding (model and settings); part of the cache key. */
  embeddingId: string;
  dimension: number;
  /** What the passages were built from, e.g. the dataset's content hash. */
  contentHash: string;
  /** Folder holding one sub-folder per cache key; no caching when null. */
  cacheDir: string | null;
}

/** How the index came to be: built now, or read from the cache. */
export type IndexOrigin = 'built' | 'loaded' | 'rebuilt-after-error';

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The cache key: changes when the data, the embedding or the index format does. */
export function indexCacheKey(options: Pick<VectorIndexOptions, 'contentHash' | 'embeddingId' | 'dimension'>): string {
  return sha256(`${INDEX_FORMAT_VERSION}\n${options.contentHash}\n${options.embeddingId}\n${options.dimension}`).slice(0, 32);
}

/**
 * Approximate nearest-neighbour search over passage embeddings with LangChain's HNSWLib
 * (hnswlib-node, cosine space), saved under `<cacheDir>/<key>/` and reused while the key matches.
 * A saved index whose files changed or cannot be read is rebuilt.
 */
export class VectorIndex {
  private constructor(
    /** Null when there are no passages to index. */
    private readonly store: HNSWLib | null,
    private readonly byId: Map<string, Passage>,
    readonly origin: IndexOrigin,
    readonly directory: string | null,
  ) {}

  static async open(options: VectorIndexOptions): Promise<VectorIndex> {
    const byId = new Map(options.passages.map((passage) => [passage.id, passage]));
    const directory = options.cacheDir ? join(options.cacheDir, indexCacheKey(options)) : null;
    let origin: IndexOrigin = 'built';
    if (options.passages.length === 0) return new VectorIndex(null, byId, 'built', null);
    if (directory && existsSync(directory)) {
      try {
        const store = await loadStore(directory, options);
        return new VectorIndex(store, byId, 'loaded', directory);
      } catch {
        origin = 'rebuilt-after-error';
        await rm(directory, { recursive: true, force: true });
      }
    }
    const store = await buildStore(options);
    if (directory && options.cacheDir) {
      try {
        await saveStore(store, directory, options);
        await pruneOldIndexes(options.cacheDir, KEEP_INDEXES, directory);
      } catch {
        // A cache folder that cannot be written only costs a rebuild next time: search works from memory.
      }
    }
    return new VectorIndex(store, byId, origin, directory);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The k passages nearest to a query vector, best first; score is cosine similarity. */
  async query(vector: number[], k: number, filter?: PassageFilter): Promise<RankedId[]> {
    if (!this.store) return [];
    const count = this.store.index.getCurrentCount();
    const wanted = Math.min(k, count);
    if (wanted === 0) return [];
    this.store.index.setEf(Math.max(64, wanted * 2));
    const results = await this.store.similaritySearchVectorWithScore(
      vector,
      wanted,
      filter
        ? (document) => {
            const passage = this.byId.get(String(document.metadata.id));
            return passage ? filter(passage) : false;
          }
        : undefined,
    );
    return results.map(([document, distance]) => ({ id: String(document.metadata.id), score: 1 - distance }));
  }
}

/** Removes all but the `keep` newest saved indexes (folders with a manifest) from the cache folder; never `current`. */
export async function pruneOldIndexes(cacheDir: string, keep: number, current: string): Promise<string[]> {
  const entries = await readdir(cacheDir, { withFileTypes: true }).catch(() => []);
  const saved: Array<{ path: string; modified: number }> = [];
  for (const entry of entries) {
    const path = join(cacheDir, entry.name);
    if (!entry.isDirectory() || entry.name.includes('.tmp-') || path === current) continue;
    const manifest = await stat(join(path, MANIFEST)).catch(() => null);
    if (manifest) saved.push({ path, modified: manifest.mtimeMs });
  }
  const old = saved.sort((left, right) => right.modified - left.modified).slice(Math.max(0, keep - 1)).map((entry) => entry.path);
  await Promise.all(old.map((path) => rm(path, { recursive: true, force: true })));
  return old;
}

async function buildStore(options: VectorIndexOptions): Promise<HNSWLib> {
  const [{ HNSWLib }, { Document }] = await Promise.all([
    import('@langchain/community/vectorstores/hnswlib'),
    import('@langchain/core/documents'),
  ]);
  const store = new HNSWLib(options.embeddings as never, { space: 'cosine', numDimensions: options.dimension });
  const documents = options.passages.map((passage) => new Document({ pageContent: indexedText(passage), metadata: { id: passage.id } }));
  const vectors = await options.embeddings.embedDocuments(documents.map((document) => document.pageContent));
  await store.addVectors(vectors, documents);
  return store;
}

async function saveStore(store: HNSWLib, directory: string, options: VectorIndexOptions): Promise<void> {
  const temporary = `${directory}.tmp-${process.pid}-${Date.now()}`;
  await store.save(temporary);
  const checksums: Record<string, string> = {};
  for (const name of INDEX_FILES) checksums[name] = sha256(await readFile(join(temporary, name)));
  const manifest: Manifest = {
    key: indexCacheKey(options),
    embeddingId: options.embeddingId,
    dimension: options.dimension,
    passageCount: options.passages.length,
    checksums,
  };
  await writeFile(join(temporary, MANIFEST), JSON.stringify(manifest, null, 2));
  await rm(directory, { recursive: true, force: true });
  await mkdir(join(directory, '..'), { recursive: true });
  try {
    await rename(temporary, directory);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    // Another process saved the same index at the same moment: theirs is as good as ours.
    if (!existsSync(join(directory, MANIFEST))) throw error;
  }
}

async function loadStore(directory: string, options: VectorIndexOptions): Promise<HNSWLib> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(directory, MANIFEST), 'utf8')) as Manifest;
  } catch (error) {
    throw new IndexCacheError(directory, `manifest saknas eller är trasig (${(error as Error).message})`);
  }
  if (manifest.key !== indexCacheKey(options) || manifest.passageCount !== options.passages.length) {
    throw new IndexCacheError(directory, 'indexet byggdes av andra data');
  }
  for (const name of INDEX_FILES) {
    const path = join(directory, name);
    if (!existsSync(path)) throw new IndexCacheError(directory, `${name} saknas`);
    if (sha256(await readFile(path)) !== manifest.checksums[name]) throw new IndexCacheError(directory, `${name} har ändrats`);
  }
  const { HNSWLib } = await import('@langchain/community/vectorstores/hnswlib');
  const store = await HNSWLib.load(directory, options.embeddings as never);
  if (options.passages.length > 0 && store.index.getCurrentCount() !== options.passages.length) {
    throw new IndexCacheError(directory, 'fel antal passager');
  }
  return store;
}
