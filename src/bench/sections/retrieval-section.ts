import type { BenchContext, BenchSection } from '../bench-context.js';

/** The search engineer's retrieval measurements (recall@5, MRR, hnswlib vs exact), loaded only when run. */
export const retrievalSection: BenchSection = {
  id: 'retrieval',
  title: 'Sökning i underlagen',
  printsOwnHeading: true,
  async run(context: BenchContext): Promise<void> {
    const { runRetrievalBench } = await import('./retrieval.js');
    await runRetrievalBench({ log: context.log, cacheDir: null });
  },
};
