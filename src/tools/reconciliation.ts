import { z } from 'zod';
import { reconcile, type YearReconciliation } from '../reconcile/reconcile.js';
import type { Source, Tool, ToolOutput } from './tool.js';
import { YearInputSchema, projectsSource, publishedSource } from './project-query.js';

export const ReconciliationInput = z.object({
  year: YearInputSchema.optional().describe('Rapportår; utelämnat: alla år.'),
}).strict();

export interface ReconciliationOutput extends ToolOutput {
  years: number[];
  reconciliations: YearReconciliation[];
}

export const reconciliationTool: Tool<typeof ReconciliationInput, ReconciliationOutput> = {
  name: 'reconciliation',
  description:
    'Avstämning (validate): projektlistans summor jämförda med rapportens publicerade tabeller, skillnader inom rapporten ' +
    '(per nämnd mot per program), saknade underlag och fält.',
  input: ReconciliationInput,
  run(input, deps) {
    const report = reconcile(deps.dataset);
    const reconciliations = report.years.filter((year) => input.year === undefined || year.year === input.year);
    const sources: Source[] = [];
    for (const year of reconciliations) {
      if (year.hasProjectData) sources.push(projectsSource(year.year));
      if (year.hasPublished) sources.push(publishedSource(year.year, 'totals'));
    }
    return { years: reconciliations.map((year) => year.year), reconciliations, sources };
  },
};
