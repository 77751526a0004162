import { z } from 'zod';
import { namndById } from '../domain/organisation.js';
import type { Tool, ToolOutput } from './tool.js';
import {
  ProjectFilterShape, collaboratingProjects, uncountedProjects, describeFilter, filterProjects, paidOf, projectSummary, projectYear, projectsSource,
  type ProjectSummary, type YearUnavailable,
} from './project-query.js';

export const FindProjectsInput = z.object({
  ...ProjectFilterShape,
  limit: z.number().int().min(1).max(500).optional().describe('Högst så många projekt i listan (standard: alla).'),
}).strict();

export interface FindProjectsOutput extends ToolOutput {
  available: boolean;
  year: number;
  filter: Record<string, unknown>;
  /** Number of matching projects (before limit). */
  count: number;
  /** Sum of paid funds of the matching participations. */
  paidKr: number;
  projects: ProjectSummary[];
  /** Projects in which a filtered nämnd only collaborates: named in the report, not counted. */
  collaborating: Array<{ id: string; name: string; programme: string }>;
  /** With no nämnd filter and no counted match: projects the report names but does not count (only collaborating förvaltningar). */
  uncounted?: Array<{ id: string; name: string; programme: string; collaborators: string[] }>;
  unavailable?: YearUnavailable;
}

export const findProjectsTool: Tool<typeof FindProjectsInput, FindProjectsOutput> = {
  name: 'find_projects',
  description:
    'Listar EU-projekt ett år med filter: nämnd/förvaltning, program eller programfamilj, KF-mål, roll, status ' +
    '(pågående/avslutade/startade), extern partner eller land, fritext. Ger antal, summa utbetalt och projektlistan.',
  input: FindProjectsInput,
  run(input, deps) {
    const { limit, ...filter } = input;
    const picked = projectYear(deps.dataset, filter.year);
    if ('available' in picked) {
      return {
        available: false, year: picked.year, years: [picked.year], sources: [], filter: describeFilter(filter),
        count: 0, paidKr: 0, projects: [], collaborating: [], unavailable: picked,
      };
    }
    const { year } = picked;
    const matches = filterProjects(year.projects, filter, year.year).sort((left, right) => paidOf(right) - paidOf(left));
    return {
      available: true,
      year: year.year,
      years: [year.year],
      sources: [projectsSource(year.year)],
      filter: describeFilter(filter),
      count: matches.length,
      paidKr: matches.reduce((sum, match) => sum + paidOf(match), 0),
      projects: matches.slice(0, limit ?? matches.length).map((match) => projectSummary(match.project, match.participations)),
      collaborating: collaboratingProjects(year.projects, filter).map((project) => ({ id: project.id, name: project.name, programme: project.programme })),
      ...(matches.length === 0 ? {
        uncounted: uncountedProjects(year.projects, filter, year.year)
          .map((project) => ({ id: project.id, name: project.name, programme: project.programme, collaborators: project.collaborators.map((id) => namndById(id).forvaltning) })),
      } : {}),
    };
  },
};
