import { Embeddings } from '@langchain/core/embeddings';
import { foldText } from '../text/fold.js';
import { SubwordLexicon, fnv1a, splitCompound, stemWord, tokenize, STOP_WORDS } from './swedish-terms.js';

const WORD_WEIGHT = 1;
const COMPOUND_PART_WEIGHT = 0.7;
const NGRAM_WEIGHT = 0.25;

/** The features of a text with their base weight and count: stems, compound parts, character 4-grams. */
export function textFeatures(text: string, lexicon: SubwordLexicon): Map<string, { count: number; weight: number }> {
  const features = new Map<string, { count: number; weight: number }>();
  const add = (feature: string, weight: number): void => {
    const seen = features.get(feature);
    if (seen) {
      seen.count++;
      seen.weight = Math.max(seen.weight, weight);
    } else features.set(feature, { count: 1, weight });
  };
  for (const word of tokenize(text)) {
    if (STOP_WORDS.has(word)) continue;
    add(`w:${stemWord(word)}`, WORD_WEIGHT);
    for (const part of splitCompound(word, lexicon)) add(`w:${stemWord(part)}`, COMPOUND_PART_WEIGHT);
    const folded = `_${foldText(word).replace(/ /g, '')}_`;
    if (folded.length >= 6) {
      for (let start = 0; start + 4 <= folded.length; start++) add(`g:${folded.slice(start, start + 4)}`, NGRAM_WEIGHT);
    }
  }
  return features;
}

/**
 * Inverse document frequencies of features in a corpus: common words ("projekt", "Malmö") weigh
 * little, rare ones ("demens", "schaktmassor") much. Features the corpus never has weigh nothing.
 */
export class FeatureWeights {
  private constructor(private readonly idf: Map<string, number>, private readonly unseen: number, readonly fingerprint: string) {}

  static fromTexts(texts: readonly string[], lexicon: SubwordLexicon): FeatureWeights {
    const frequencies = new Map<string, number>();
    for (const text of texts) for (const feature of textFeatures(text, lexicon).keys()) frequencies.set(feature, (frequencies.get(feature) ?? 0) + 1);
    const documents = texts.length;
    const idf = new Map<string, number>();
    let hash = 0x811c9dc5;
    for (const [feature, frequency] of [...frequencies.entries()].sort(([left], [right]) => (left < right ? -1 : 1))) {
      idf.set(feature, Math.log((1 + documents) / (1 + frequency)) + 1);
      hash = fnv1a(`${feature}=${frequency}`, hash);
    }
    return new FeatureWeights(idf, 0, `${documents}-${(hash >>> 0).toString(16)}`);
  }

  weight(feature: string): number {
    return this.idf.get(feature) ?? this.unseen;
  }
}

export interface HashedSwedishEmbeddingsOptions {
  /** Vector length; 512 by default. */
  dimension?: number;
  /** Sub-words compounds may be split into (e.g. built from the indexed texts). */
  lexicon?: SubwordLexicon;
  /** Corpus feature weights (TF-IDF); without them every feature weighs the same. */
  weights?: FeatureWeights;
}

/**
 * An embedding that needs no model and no download: hashed TF-IDF over Swedish words. Every word is
 * stemmed and hashed into a fixed-size vector (feature hashing with a sign bit), long compounds also
 * add their known sub-words, and character 4-grams of each word add tolerance to inflection and
 * typos. Features are weighted by log term frequency and, given corpus weights, by inverse document
 * frequency (features the corpus never has weigh nothing: they cannot match); the vector is L2-normalised, so cosine similarity is a dot product. Deterministic.
 */
export class HashedSwedishEmbeddings extends Embeddings {
  readonly dimension: number;
  readonly lexicon: SubwordLexicon;
  readonly weights: FeatureWeights | null;

  constructor(options: HashedSwedishEmbeddingsOptions = {}) {
    super({});
    this.dimension = options.dimension ?? 512;
    this.lexicon = options.lexicon ?? new SubwordLexicon();
    this.weights = options.weights ?? null;
  }

  /** Identifies the embedding (with its lexicon and weights) in the index cache key. */
  get id(): string {
    return `hashed-swedish-v2-${this.dimension}-${this.lexicon.fingerprint()}-${this.weights?.fingerprint ?? 'tf'}`;
  }

  embedText(text: string): number[] {
    const vector = new Array<number>(this.dimension).fill(0);
    for (const [feature, { count, weight }] of textFeatures(text, this.lexicon)) {
      const slot = fnv1a(feature) % this.dimension;
      const sign = (fnv1a(feature, 0x9747b28c) & 1) === 0 ? 1 : -1;
      const idf = this.weights ? this.weights.weight(feature) : 1;
      vector[slot] = (vector[slot] ?? 0) + sign * weight * idf * (1 + Math.log(count));
    }
    const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
    return norm === 0 ? vector : vector.map((value) => value / norm);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => this.embedText(document));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
  }
}

/** Cosine similarity of two vectors (plain dot product divided by norms). */
export function cosineSimilarity(left: number[], right: number[]): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index++) {
    const a = left[index] ?? 0;
    const b = right[index] ?? 0;
    dot += a * b;
    leftNorm += a * a;
    rightNorm += b * b;
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}
