import snowball from 'snowball-stemmers';
import type { HybridSubmissionSearch } from '../../search/hybrid-search.js';
import { indexedText, type Passage } from '../../search/passages.js';
import { STOP_WORDS } from '../../search/swedish-terms.js';

/** One engine of the side-by-side comparison: a question in, passages best first out. */
export interface RetrievalEngine {
  name: string;
  search(query: string, limit: number): Promise<Array<Pick<Passage, 'file' | 'text' | 'project'>>>;
}

/**
 * Orama 3.1 (a dev dependency of the benchmark only) over the same passages as this project:
 * BM25 with the Swedish snowball stemmer and Swedish stop words, or hybrid (BM25 + this project's
 * passage vectors). Loaded only when the benchmark runs.
 */
export async function oramaEngines(search: HybridSubmissionSearch): Promise<RetrievalEngine[]> {
  const { create, insertMultiple, search: oramaSearch } = await import('@orama/orama');
  const stemmer = snowball.newStemmer('swedish');
  const passages = [...search.passages];
  const vectors = await search.embeddings.embedDocuments(passages.map(indexedText));
  const dimension = vectors[0]?.length ?? 1;
  const database = create({
    schema: { text: 'string', embedding: `vector[${dimension}]` } as const,
    components: { tokenizer: { language: 'swedish', stemming: true, stemmer: (word: string) => stemmer.stem(word), stopWords: [...STOP_WORDS] } },
  });
  await insertMultiple(database, passages.map((passage, index) => ({ id: passage.id, text: indexedText(passage), embedding: vectors[index] ?? [] })));
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const toPassages = (hits: Array<{ id: string }>): Passage[] => hits.flatMap((hit) => byId.get(hit.id) ?? []);
  return [
    {
      name: 'Orama BM25 (svensk stemmer, stoppord)',
      async search(query, limit) {
        const result = await oramaSearch(database, { term: query, properties: ['text'], limit });
        return toPassages(result.hits);
      },
    },
    {
      name: 'Orama hybrid (projektets vektorer)',
      async search(query, limit) {
        const vector = await search.embeddings.embedQuery(query);
        const result = await oramaSearch(database, { mode: 'hybrid', term: query, properties: ['text'], vector: { value: vector, property: 'embedding' }, similarity: 0.05, limit });
        return toPassages(result.hits);
      },
    },
  ];
}
