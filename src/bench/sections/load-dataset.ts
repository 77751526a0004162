import { loadDataset } from '../../data/load-dataset.js';
import { median, ms, percentile, type BenchContext, type BenchSection } from '../bench-context.js';

function timeLoads(dataDir: string, runs: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    loadDataset(dataDir);
    times.push(performance.now() - started);
  }
  return times;
}

/** loadDataset on the sample (target under 300 ms) and on the 20 times larger synthetic folder. */
export const loadDatasetSection: BenchSection = {
  id: 'load-dataset',
  title: 'Inläsning av datamappen (loadDataset: JSON, zod, Markdown-underlag)',
  async run(context: BenchContext): Promise<void> {
    const sample = timeLoads(context.dataDir, 7);
    const large = timeLoads(context.largeDataDir(), 3);
    context.log('| data | första ms | median ms | p95 ms |');
    context.log('|---|---|---|---|');
    context.log(`| exempeldata | ${ms(sample[0] ?? 0)} | ${ms(median(sample))} | ${ms(percentile(sample, 0.95))} |`);
    context.log(`| 20× större (syntetisk) | ${ms(large[0] ?? 0)} | ${ms(median(large))} | ${ms(percentile(large, 0.95))} |`);
    context.log('');
    context.log(`Mål: under 300 ms för exempeldatan — ${(sample[0] ?? Infinity) < 300 ? 'uppfyllt' : 'EJ uppfyllt'} (första inläsningen, kall).`);
  },
};
