import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Dataset } from '../domain/dataset.js';
import { resolveUnit, NAMND_IDS } from '../domain/organisation.js';
import type { SubmissionPassage, SubmissionSearch } from '../tools/tool.js';
import { buildPassages, indexedText, type Passage } from './passages.js';
import { KeywordIndex, type PassageFilter, type RankedId } from './keyword-index.js';
import { SubwordLexicon, tokenize } from './swedish-terms.js';
import { FeatureWeights, HashedSwedishEmbeddings } from './hashed-swedish-embeddings.js';
import { VectorIndex, type IndexOrigin } from './vector-index.js';
import { swedishEquivalents } from '../interpreter/glossary.js';
import { foldText } from '../text/fold.js';

/**
 * The question with the Swedish words of the domain glossary added for its English words
 * ("job seekers" → "arbetssökande"), so that an English question meets the Swedish submissions.
 * A Swedish question gains nothing (the glossary's keys are English words).
 */
export function withSwedishEquivalents(query: string): string {
  const words = foldText(query).split(' ').filter((word) => word !== '');
  const swedish = swedishEquivalents(words).filter((word) => !words.includes(foldText(word)));
  return swedish.length === 0 ? query : `${query} ${swedish.join(' ')}`;
}

/**
 * hybrid: reciprocal rank fusion of vector and keyword ranking (the default, best on eval/retrieval.json);
 * hybrid-mix: normalised score mix; or one ranking alone, for measuring.
 */
export type SearchMode = 'hybrid' | 'hybrid-mix' | 'vector' | 'keyword';

export interface SearchOptions {
  year?: number;
  /** A nämnd id ("mn") or any name or abbreviation of the nämnd or its förvaltning. */
  namnd?: string;
  limit?: number;
  /** Hybrid by default; vector or keyword alone for measuring. */
  mode?: SearchMode;
}

export interface CreateSubmissionSearchOptions {
  dataset: Dataset;
  /**
   * The embedding model; by default the embedded HashedSwedishEmbeddings (no download). Pass a
   * model's embeddings (OpenAiClientEmbeddings over the configured client, or any LangChain
   * Embeddings) when one is configured.
   */
  embeddings?: EmbeddingsInterface;
  /** Names a passed-in embedding model in the cache key; by default its `id` (e.g. "openai:text-embedding-3-small") or class and model. */
  embeddingId?: string;
  /** Where the HNSW index is saved; `<project root>/.cache/index` by default; null: never saved. */
  cacheDir?: string | null;
}

/** A passage found by a search, with its score (higher is better; comparable within one search). */
export type SearchHit = Passage & SubmissionPassage;

/** The submission search the tools use, with what the benchmark and the drafter need besides. */
export interface HybridSubmissionSearch extends SubmissionSearch {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  readonly passages: readonly Passage[];
  readonly embeddings: EmbeddingsInterface;
  readonly indexOrigin: IndexOrigin;
  readonly indexDirectory: string | null;
  passage(id: string): Passage | undefined;
  /** The k nearest passages to a vector in the HNSW index (no keyword ranking), for measuring. */
  nearest(vector: number[], k: number): Promise<Array<{ id: string; score: number }>>;
}

/** `<project root>/.cache/index`: this file sits two folders below the root in src/ and in dist/. */
export function defaultIndexCacheDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.cache', 'index');
}

/** A question asking which förvaltningar or nämnder (Swedish or English) does something: its answer is spread over several. */
const ASKS_FOR_UNITS = /\b(vilka|vilken|flera|olika)\s+(förvaltning|forvaltning|nämnd|namnd)\w*|\bwhich\s+(department|administration|committee|board|office)s?\b/i;

/** The best passage of each förvaltning first (in rank order), then the rest: for questions whose answer is spread over several. */
export function bestPerForvaltningFirst<T extends { id: string }>(ranked: T[], namndOf: (id: string) => string | undefined): T[] {
  const seen = new Set<string>();
  const first: T[] = [];
  const rest: T[] = [];
  for (const hit of ranked) {
    const namnd = namndOf(hit.id);
    if (namnd !== undefined && !seen.has(namnd)) {
      seen.add(namnd);
      first.push(hit);
    } else rest.push(hit);
  }
  return [...first, ...rest];
}

/** Reciprocal rank fusion constant: damps the weight of the very first ranks. */
const RRF_K = 20;
const CANDIDATES = 40;

/**
 * Fuses two rankings by their scores, each divided by its best score, then mixed: a passage that
 * the keyword ranking finds far ahead of the rest (an exact name, a rare word) stays first, and
 * one both rankings like rises above one only one of them likes.
 */
export function mixScores(vector: RankedId[], keyword: RankedId[], keywordWeight = 0.5): RankedId[] {
  const scores = new Map<string, number>();
  const vectorBest = Math.max(1e-9, ...vector.map((hit) => hit.score));
  const keywordBest = Math.max(1e-9, ...keyword.map((hit) => hit.score));
  for (const hit of vector) scores.set(hit.id, (scores.get(hit.id) ?? 0) + (1 - keywordWeight) * Math.max(0, hit.score / vectorBest));
  for (const hit of keyword) scores.set(hit.id, (scores.get(hit.id) ?? 0) + keywordWeight * (hit.score / keywordBest));
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((left, right) => right.score - left.score);
}

/**
 * Fuses two rankings by reciprocal rank; the keyword ranking weighs a little more. Scores are
 * scaled so that 1 means first in both rankings.
 */
export function fuseRankings(vector: RankedId[], keyword: RankedId[], keywordWeight = 1.2): RankedId[] {
  const scores = new Map<string, number>();
  const best = (1 + keywordWeight) / (RRF_K + 1);
  vector.forEach((hit, rank) => scores.set(hit.id, (scores.get(hit.id) ?? 0) + 1 / (RRF_K + rank + 1) / best));
  keyword.forEach((hit, rank) => scores.set(hit.id, (scores.get(hit.id) ?? 0) + keywordWeight / (RRF_K + rank + 1) / best));
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((left, right) => right.score - left.score);
}

function namndFilterId(namnd: string | undefined): string | undefined {
  if (!namnd) return undefined;
  if (NAMND_IDS.includes(namnd)) return namnd;
  return resolveUnit(namnd)?.namnd.id ?? namnd;
}

function lexiconOf(passages: Passage[]): SubwordLexicon {
  const words = new Set<string>();
  for (const passage of passages) for (const word of tokenize(indexedText(passage))) words.add(word);
  return new SubwordLexicon(words);
}

/**
 * Builds (or reads from the cache) the hybrid search over every submission in the dataset:
 * HNSW vector search and BM25-style keyword search over the same passages, fused by reciprocal rank.
 */
export async function createSubmissionSearch(options: CreateSubmissionSearchOptions): Promise<HybridSubmissionSearch> {
  const passages = await buildPassages(options.dataset);
  const lexicon = lexiconOf(passages);
  const embeddings = options.embeddings ?? new HashedSwedishEmbeddings({ lexicon, weights: FeatureWeights.fromTexts(passages.map(indexedText), lexicon) });
  const ownId = (embeddings as { id?: unknown }).id;
  const embeddingId =
    options.embeddingId ?? (typeof ownId === 'string' ? ownId : `${embeddings.constructor.name}:${String((embeddings as { model?: unknown }).model ?? '')}`);
  const dimension = embeddings instanceof HashedSwedishEmbeddings ? embeddings.dimension : (await embeddings.embedQuery('dimension')).length;
  const cacheDir = options.cacheDir === undefined ? defaultIndexCacheDir() : options.cacheDir;
  const vectorIndex = await VectorIndex.open({ passages, embeddings, embeddingId, dimension, contentHash: options.dataset.contentHash, cacheDir });
  const keywordIndex = new KeywordIndex(passages, lexicon);
  const byId = new Map(passages.map((passage) => [passage.id, passage]));

  async function rank(query: string, mode: SearchMode, filter: PassageFilter | undefined, limit: number): Promise<RankedId[]> {
    const candidates = Math.max(CANDIDATES, limit);
    const keyword = mode === 'vector' ? [] : keywordIndex.query(query, candidates, filter);
    if (mode === 'keyword') return keyword;
    const vector = await vectorIndex.query(await embeddings.embedQuery(query), candidates, filter);
    if (mode === 'vector') return vector;
    return mode === 'hybrid-mix' ? mixScores(vector, keyword) : fuseRankings(vector, keyword);
  }

  return {
    passages,
    embeddings,
    indexOrigin: vectorIndex.origin,
    indexDirectory: vectorIndex.directory,
    passage: (id) => byId.get(id),
    nearest: (vector, k) => vectorIndex.query(vector, k),
    async search(query, searchOptions = {}) {
      const limit = Math.max(1, Math.min(50, searchOptions.limit ?? 5));
      const namnd = namndFilterId(searchOptions.namnd);
      const { year } = searchOptions;
      const filter: PassageFilter | undefined =
        year !== undefined || namnd !== undefined
          ? (passage) => (year === undefined || passage.year === year) && (namnd === undefined || passage.namnd === namnd)
          : undefined;
      const fused = await rank(withSwedishEquivalents(query.slice(0, 500)), searchOptions.mode ?? 'hybrid', filter, limit);
      const ranked = ASKS_FOR_UNITS.test(query) && namnd === undefined ? [...bestPerForvaltningFirst(fused.slice(0, 20), (id) => byId.get(id)?.namnd), ...fused.slice(20)] : fused;
      return ranked.slice(0, limit).flatMap((hit) => {
        const passage = byId.get(hit.id);
        if (!passage) return [];
        return [{ ...passage, score: Math.round(hit.score * 10000) / 10000 }];
      });
    },
  };
}
