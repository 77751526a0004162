import { loadDataset } from '../../data/load-dataset.js';
import { defaultDraftYear } from '../../draft/draft-paragraph.js';
import { generateReport } from '../../report/generate-report.js';
import { median, ms, type BenchContext, type BenchSection } from '../bench-context.js';

/** The whole yearly report (figures, Exempel with the embedded drafter, charts, Word and Excel): target under 3 s. */
export const reportSection: BenchSection = {
  id: 'report',
  title: 'Hela redovisningen (npm run report: siffror, exempel med inbyggd utkastskrivare, diagram, Word och Excel)',
  async run(context: BenchContext): Promise<void> {
    const dataset = loadDataset(context.dataDir);
    const year = defaultDraftYear(dataset);
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const report = await generateReport({ dataset, year, xlsx: true });
      times.push(performance.now() - started);
      size = report.docx.byteLength;
    }
    context.log('| år | första ms (kall) | median ms (3 körningar) | Word-filens storlek |');
    context.log('|---|---|---|---|');
    context.log(`| ${year} | ${ms(times[0] ?? 0)} | ${ms(median(times))} | ${Math.round(size / 1024)} kB |`);
    context.log('');
    context.log(`Mål: under 3 000 ms — ${(times[0] ?? Infinity) < 3000 ? 'uppfyllt' : 'EJ uppfyllt'} (första körningen, kall).`);
  },
};
