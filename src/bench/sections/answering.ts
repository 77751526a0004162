import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../data/load-dataset.js';
import { createAssistant } from '../../assistant/create-assistant.js';
import { lazySubmissionSearch } from '../../assistant/lazy-submission-search.js';
import { loadEvalSet, runEval, summarise, type EvalQuestion } from '../../cli/eval.js';
import { ms, peakRssMb, percentile, type BenchContext, type BenchSection } from '../bench-context.js';

interface Measured { label: string; loadMs: number; projects: number; p50: number; p95: number; max: number; accuracy: number | null; rssMb: number }

async function measure(label: string, dataDir: string, questions: readonly EvalQuestion[], cacheDir: string, withAccuracy: boolean): Promise<Measured> {
  const started = performance.now();
  const dataset = loadDataset(dataDir);
  const loadMs = performance.now() - started;
  const assistant = createAssistant({ dataset, searchSubmissions: lazySubmissionSearch(dataset, { cacheDir }) });
  await runEval(assistant, questions); // warm: name lexicon, search index, JIT
  const results = await runEval(assistant, questions);
  const latencies = results.map((result) => result.latencyMs);
  return {
    label, loadMs,
    projects: dataset.years.reduce((sum, year) => sum + (year.projects?.length ?? 0), 0),
    p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: Math.max(...latencies),
    accuracy: withAccuracy ? summarise(results).overall : null,
    rssMb: peakRssMb(),
  };
}

/** Per-question latency in process over the eval set, on the sample data and on data 20 times larger. */
export const answeringSection: BenchSection = {
  id: 'answering',
  title: 'Svarstid per fråga i processen (eval-frågorna, uppvärmd)',
  async run(context: BenchContext): Promise<void> {
    const file = join(context.projectRoot, 'eval', 'questions.json');
    if (!existsSync(file)) { context.log('eval/questions.json saknas — avsnittet hoppas över.'); return; }
    const questions = loadEvalSet(file);
    const rows = [
      await measure('exempeldata', context.dataDir, questions, join(context.workDir, 'index-sample'), true),
      await measure('20× större (syntetisk)', context.largeDataDir(), questions, join(context.workDir, 'index-large'), false),
    ];
    context.log(`${questions.length} frågor, följdfrågor i samma samtal; mätt andra varvet (första bygger namnregister och sökindex).`);
    context.log('');
    context.log('| data | projekt | loadDataset ms | p50 ms | p95 ms | max ms | rätt | topp-RSS MB |');
    context.log('|---|---|---|---|---|---|---|---|');
    for (const row of rows) {
      context.log(`| ${row.label} | ${row.projects} | ${ms(row.loadMs)} | ${ms(row.p50, 2)} | ${ms(row.p95, 2)} | ${ms(row.max, 1)} | ${row.accuracy === null ? '–' : `${ms(row.accuracy * 100)} %`} | ${ms(row.rssMb, 0)} |`);
    }
    context.log('');
    context.log(`Mål: p95 under 50 ms på exempeldatan — ${rows[0] && rows[0].p95 < 50 ? 'uppfyllt' : 'EJ uppfyllt'}.`);
  },
};
