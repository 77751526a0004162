import type { Dataset } from '../domain/dataset.js';
import { defaultDraftYear } from '../draft/draft-paragraph.js';
import { formatInteger } from '../text/swedish-number.js';
import type { BotReporter } from './report-card.js';

/** The report command over the data folder: the whole report (src/report/), loaded when first asked for. */
export function createDatasetReporter(currentDataset: () => Dataset): BotReporter {
  return {
    async report(year) {
      const { generateReport, reportFileName } = await import('../report/generate-report.js');
      const dataset = currentDataset();
      const reportYear = year ?? defaultDraftYear(dataset);
      const generated = await generateReport({ dataset, year: reportYear });
      const { current } = generated.figures;
      return {
        year: reportYear,
        fileName: reportFileName(reportYear),
        docx: generated.docx,
        summary: `${current.projects} EU-projekt, ${current.namnder} nämnder, ${formatInteger(current.paidKr)} kr utbetalt; ${generated.exempel.drafts.length} exempel; ${generated.check.checked} siffror kontrollerade mot verktygen.`,
        notes: generated.document.blocks.flatMap((block) => (block.kind === 'note' ? [block.text] : [])),
      };
    },
  };
}
