import { z } from 'zod';
import { namndById } from '../domain/organisation.js';
import { programmeFamily } from '../domain/programmes.js';
import type { Source, Tool, ToolOutput } from './tool.js';
import {
  ProjectFilterShape, availableYears, describeFilter, filterProjects, paidOf, projectsSource, publishedSource,
  YearInputSchema, type AvailableYears,
} from './project-query.js';

const { year: _year, ...filterShape } = ProjectFilterShape;

export const CompareYearsInput = z.object({
  years: z.array(YearInputSchema).min(1).max(30).optional().describe('Åren att jämföra; utelämnat: alla år i datan.'),
  ...filterShape,
  breakdown: z.enum(['none', 'namnd', 'family']).default('none')
    .describe('Dela upp per nämnd eller programfamilj (bara för år med projektdata).'),
}).strict();

export interface YearRow {
  year: number;
  /** projects: computed from the project list; published: only the report's totals exist; missing: no data. */
  basis: 'projects' | 'published' | 'missing';
  projects: number | null;
  namnder: number | null;
  paidKr: number | null;
  /** The published totals, when the year has a report. */
  published: { projects: number; namnder: number; paidKr: number; paidApproximate: boolean } | null;
  breakdown: Array<{ key: string; label: string; projects: number; paidKr: number }> | null;
}

export interface CompareYearsOutput extends ToolOutput {
  filter: Record<string, unknown>;
  rows: YearRow[];
  /** Change from each year to the next (figures the rows use; null where a value is missing). */
  changes: Array<{ from: number; to: number; projects: number | null; paidKr: number | null; paidPercent: number | null; /** Change in projects as a fraction of the first year's (0.25 = 25 % more). */ projectsPercent: number | null; namnder: number | null }>;
  availableYears: AvailableYears;
  notes: string[];
}

export const compareYearsTool: Tool<typeof CompareYearsInput, CompareYearsOutput> = {
  name: 'compare_years',
  description:
    'Jämför år: antal projekt, antal nämnder och utbetalda EU-medel per år, med förändringen. År som bara finns som ' +
    'publicerade totaler markeras (basis "published"); filter och uppdelning kräver projektdata.',
  input: CompareYearsInput,
  run(input, deps) {
    const { years: wanted, breakdown, ...filter } = input;
    const filtered = Object.values(filter).some((value) => value !== undefined);
    const years = wanted ? [...new Set(wanted)].sort() : deps.dataset.years.map((year) => year.year);
    const rows: YearRow[] = [];
    const sources: Source[] = [];
    const notes: string[] = [];
    for (const yearNumber of years) {
      const year = deps.dataset.years.find((candidate) => candidate.year === yearNumber);
      const published = year?.published ? { ...year.published.totals } : null;
      if (year?.projects) {
        const matches = filterProjects(year.projects, filter, yearNumber);
        const namnder = new Set(matches.flatMap((match) => match.participations.map((participation) => participation.namnd)));
        let rowBreakdown: YearRow['breakdown'] = null;
        if (breakdown !== 'none') {
          const buckets = new Map<string, { key: string; label: string; projects: number; paidKr: number }>();
          for (const match of matches) {
            if (breakdown === 'namnd') {
              for (const participation of match.participations) {
                const bucket = buckets.get(participation.namnd) ?? { key: participation.namnd, label: namndById(participation.namnd).namn, projects: 0, paidKr: 0 };
                bucket.projects += 1;
                bucket.paidKr += participation.paidKr;
                buckets.set(participation.namnd, bucket);
              }
            } else {
              const family = programmeFamily(match.project.programme);
              const bucket = buckets.get(family) ?? { key: family, label: family, projects: 0, paidKr: 0 };
              bucket.projects += 1;
              bucket.paidKr += paidOf(match);
              buckets.set(family, bucket);
            }
          }
          rowBreakdown = [...buckets.values()].sort((left, right) => right.paidKr - left.paidKr);
        }
        rows.push({
          year: yearNumber, basis: 'projects', projects: matches.length, namnder: namnder.size,
          paidKr: matches.reduce((sum, match) => sum + paidOf(match), 0), published: filtered ? null : published, breakdown: rowBreakdown,
        });
        sources.push(projectsSource(yearNumber));
        if (published && !filtered) sources.push(publishedSource(yearNumber, 'totals'));
      } else if (published) {
        rows.push({
          year: yearNumber, basis: 'published', projects: filtered ? null : published.projects, namnder: filtered ? null : published.namnder,
          paidKr: filtered ? null : published.paidKr, published, breakdown: null,
        });
        sources.push(publishedSource(yearNumber, 'totals'));
        notes.push(
          filtered || breakdown !== 'none'
            ? `${yearNumber} finns bara som publicerade totaler (ingen projektlista), så filter och uppdelning går inte att göra för ${yearNumber}.`
            : `${yearNumber} finns bara som publicerade totaler (ingen projektlista).`,
        );
      } else {
        rows.push({ year: yearNumber, basis: 'missing', projects: null, namnder: null, paidKr: null, published: null, breakdown: null });
        notes.push(`${yearNumber} finns inte i datan.`);
      }
    }
    const changes: CompareYearsOutput['changes'] = [];
    for (let index = 1; index < rows.length; index++) {
      const from = rows[index - 1];
      const to = rows[index];
      if (!from || !to) continue;
      const difference = (left: number | null, right: number | null): number | null => (left === null || right === null ? null : right - left);
      const paid = difference(from.paidKr, to.paidKr);
      const projects = difference(from.projects, to.projects);
      changes.push({
        from: from.year, to: to.year, projects, paidKr: paid,
        paidPercent: paid === null || !from.paidKr ? null : paid / from.paidKr,
        projectsPercent: projects === null || !from.projects ? null : projects / from.projects,
        namnder: difference(from.namnder, to.namnder),
      });
    }
    return {
      years: rows.filter((row) => row.basis !== 'missing').map((row) => row.year), sources, filter: describeFilter(filter),
      rows, changes, availableYears: availableYears(deps.dataset), notes,
    };
  },
};
