import { z } from 'zod';
import { namndById } from '../domain/organisation.js';
import { goalText } from '../domain/goals.js';
import type { PublishedReport } from '../domain/published.js';
import type { Source, Tool, ToolOutput } from './tool.js';
import { YearInputSchema, availableYears, publishedSource, type AvailableYears } from './project-query.js';

export const PublishedFiguresInput = z.object({
  year: YearInputSchema.optional().describe('Rapportår; utelämnat: senaste rapporten.'),
  table: z.enum(['all', 'totals', 'perNamnd', 'perFamily', 'perGoal']).default('all').describe('Vilken tabell i rapporten.'),
}).strict();

export interface PublishedFiguresOutput extends ToolOutput {
  available: boolean;
  year: number | null;
  source: string | null;
  totals: PublishedReport['totals'] | null;
  perNamnd: Array<{ namnd: string; namndName: string; projects: number; paidKr: number }> | null;
  perFamily: Array<{ family: string; paidKr: number }> | null;
  perGoal: Array<{ goal: number; text: string; projects: number }> | null;
  availableYears: AvailableYears;
}

export const publishedFiguresTool: Tool<typeof PublishedFiguresInput, PublishedFiguresOutput> = {
  name: 'published_figures',
  description: 'Siffrorna exakt som de står i årets publicerade rapport: totaler, tabell per nämnd, per programfamilj och per KF-mål.',
  input: PublishedFiguresInput,
  run(input, deps) {
    const withReport = deps.dataset.years.filter((year) => year.published !== null);
    const year = input.year === undefined ? withReport.at(-1) : withReport.find((candidate) => candidate.year === input.year);
    const published = year?.published;
    if (!published) {
      return {
        available: false, year: input.year ?? null, source: null, totals: null, perNamnd: null, perFamily: null, perGoal: null,
        availableYears: availableYears(deps.dataset), years: [], sources: [],
      };
    }
    const wants = (table: string): boolean => input.table === 'all' || input.table === table;
    const sources: Source[] = [];
    const take = <T>(table: 'totals' | 'perNamnd' | 'perFamily' | 'perGoal', value: T | null): T | null => {
      if (!wants(table) || value === null) return null;
      sources.push(publishedSource(published.year, table));
      return value;
    };
    return {
      available: true,
      year: published.year,
      source: published.source,
      totals: take('totals', published.totals),
      perNamnd: take('perNamnd', published.perNamnd?.map((row) => ({ namnd: row.namnd, namndName: namndById(row.namnd).namn, projects: row.projects, paidKr: row.paidKr })) ?? null),
      perFamily: take('perFamily', published.perFamily),
      perGoal: take('perGoal', published.perGoal?.map((row) => ({ goal: row.goal, text: goalText(row.goal), projects: row.projects })) ?? null),
      availableYears: availableYears(deps.dataset),
      years: [published.year],
      sources,
    };
  },
};
