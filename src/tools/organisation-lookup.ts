import { z } from 'zod';
import { namndById } from '../domain/organisation.js';
import { isCounted } from '../domain/project.js';
import type { Source, Tool, ToolOutput } from './tool.js';
import { countryName, resolveCountry } from './countries.js';
import { YearInputSchema, organisationMatches, projectPartners, projectsSource } from './project-query.js';

export const OrganisationLookupInput = z.object({
  query: z.string().min(2).describe('Extern organisation, stad eller land, t.ex. "Region Skåne", "Reykjavik", "Danmark" eller "DK".'),
  year: YearInputSchema.optional().describe('Bara detta år; utelämnat: alla år med projektdata.'),
}).strict();

export interface OrganisationLookupOutput extends ToolOutput {
  query: string;
  /** Set when the query is a country: every partner from that country. */
  country: { code: string; name: string } | null;
  organisations: Array<{
    organisation: string;
    country: string | null;
    projects: Array<{ id: string; name: string; year: number; programme: string; partnerRole: 'lead' | 'partner'; forvaltningar: string[]; contact?: string | null }>;
  }>;
  /** The city's förvaltningar that work with the matches. */
  forvaltningar: string[];
  projectCount: number;
}

export const organisationLookupTool: Tool<typeof OrganisationLookupInput, OrganisationLookupOutput> = {
  name: 'organisation_lookup',
  description: 'Vilka projekt och förvaltningar en extern organisation, stad eller ett land förekommer i (som projektägare eller partner).',
  input: OrganisationLookupInput,
  run(input, deps) {
    const code = resolveCountry(input.query);
    const organisations = new Map<string, OrganisationLookupOutput['organisations'][number]>();
    const forvaltningar = new Set<string>();
    const projectIds = new Set<string>();
    const years = new Set<number>();
    const sources: Source[] = [];
    for (const year of deps.dataset.years) {
      if (!year.projects || (input.year !== undefined && year.year !== input.year)) continue;
      let used = false;
      for (const project of year.projects) {
        const units = [...project.participations.map((participation) => participation.namnd), ...project.collaborators].map((id) => namndById(id).forvaltning);
        for (const partner of projectPartners(project)) {
          const matches = code ? partner.country === code : organisationMatches(partner.organisation, input.query);
          if (!matches) continue;
          const key = `${partner.organisation}|${partner.country ?? ''}`;
          const entry = organisations.get(key) ?? { organisation: partner.organisation, country: partner.country, projects: [] };
          if (!entry.projects.some((existing) => existing.id === project.id && existing.year === year.year)) {
            entry.projects.push({ id: project.id, name: project.name, year: year.year, programme: project.programme, partnerRole: partner.role, forvaltningar: [...new Set(units)], contact: project.contact ?? null });
          }
          organisations.set(key, entry);
          for (const unit of units) forvaltningar.add(unit);
          if (isCounted(project) || project.collaborators.length > 0) projectIds.add(`${year.year}:${project.id}`);
          used = true;
          years.add(year.year);
        }
      }
      if (used) sources.push(projectsSource(year.year));
    }
    return {
      query: input.query,
      country: code ? { code, name: countryName(code) } : null,
      organisations: [...organisations.values()].sort((left, right) => right.projects.length - left.projects.length || left.organisation.localeCompare(right.organisation, 'sv')),
      forvaltningar: [...forvaltningar].sort((left, right) => left.localeCompare(right, 'sv')),
      projectCount: projectIds.size,
      years: [...years].sort(),
      sources,
    };
  },
};
