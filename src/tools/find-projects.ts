import { z } from 'zod';
import { namndById } from '../domain/organisation.js';
import type { Tool, ToolOutput } from './tool.js';
import { resolveCountry } from './countries.js';
import { partnerSummary, type PartnerSummary } from './partner-summary.js';
import {
  ProjectFilterShape, collaboratingProjects, uncountedProjects, describeFilter, filterProjects, paidOf, projectSummary, projectYear, projectsSource,
  type ProjectSummary, type YearUnavailable,
} from './project-query.js';

export const FindProjectsInput = z.object({
  ...ProjectFilterShape,
  limit: z.number().int().min(1).max(500).optional().describe('Högst så många projekt i listan (standard: alla).'),
  excludeProjectIds: z.array(z.string().min(1)).max(100).optional().describe('Projekt-id att lämna utanför (t.ex. "andra projekt än X").'),
  everyNamnd: z.boolean().optional().describe('Med flera nämnder: bara projekt som varje nämnd deltar i ("delar MN med TN?").'),
  partnerSummary: z.boolean().optional().describe('true: räkna de matchande projektens externa partner per land och per organisation (partnerSummary).'),
  excludeCountries: z.array(z.string().min(2)).max(20).optional().describe('Med partnerSummary: partnerländer att inte räkna, t.ex. ["SE"] för "utom Sverige".'),
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
  /** With partnerSummary: the external partners of the matching projects, per country and per organisation. */
  partnerSummary?: PartnerSummary;
}

export const findProjectsTool: Tool<typeof FindProjectsInput, FindProjectsOutput> = {
  name: 'find_projects',
  description:
    'Listar EU-projekt ett år med filter: nämnd/förvaltning, program eller programfamilj, KF-mål, roll, status ' +
    '(pågående/avslutade/startade), extern partner eller land, fritext. Ger antal, summa utbetalt och projektlistan.',
  input: FindProjectsInput,
  run(input, deps) {
    const { limit, excludeProjectIds, everyNamnd, partnerSummary: summarise, excludeCountries, ...filter } = input;
    const picked = projectYear(deps.dataset, filter.year);
    if ('available' in picked) {
      return {
        available: false, year: picked.year, years: [picked.year], sources: [], filter: describeFilter(filter),
        count: 0, paidKr: 0, projects: [], collaborating: [], unavailable: picked,
      };
    }
    const { year } = picked;
    const named = Array.isArray(filter.namnd) ? filter.namnd : [];
    const matches = filterProjects(year.projects, filter, year.year)
      .filter((match) => !excludeProjectIds?.includes(match.project.id))
      .filter((match) => !everyNamnd || named.every((namnd) => match.participations.some((participation) => participation.namnd === namnd)))
      .sort((left, right) => paidOf(right) - paidOf(left));
    const excluded = (excludeCountries ?? []).map((country) => resolveCountry(country) ?? country.toUpperCase());
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
      ...(summarise ? { partnerSummary: partnerSummary(matches.map((match) => match.project), excluded) } : {}),
      ...(matches.length === 0 ? {
        uncounted: uncountedProjects(year.projects, filter, year.year)
          .map((project) => ({ id: project.id, name: project.name, programme: project.programme, collaborators: project.collaborators.map((id) => namndById(id).forvaltning) })),
      } : {}),
    };
  },
};
