import type { Dataset } from '../domain/dataset.js';
import type { SubmissionPassage, SubmissionSearch } from '../tools/tool.js';

/**
 * The submission search, built on first use: the hybrid index (LangChain, HNSW) is imported and
 * built (or read from its cache) only when a question needs it, so that answering a figure
 * question never loads it.
 */
export function lazySubmissionSearch(dataset: Dataset, options: { cacheDir?: string | null } = {}): SubmissionSearch {
  let ready: Promise<SubmissionSearch> | null = null;
  const load = async (): Promise<SubmissionSearch> => {
    const { createSubmissionSearch } = await import('../search/hybrid-search.js');
    return createSubmissionSearch({ dataset, ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}) });
  };
  return {
    async search(query, searchOptions): Promise<SubmissionPassage[]> {
      ready ??= load();
      try {
        return await (await ready).search(query, searchOptions);
      } catch (error) {
        ready = null;
        throw error;
      }
    },
  };
}
