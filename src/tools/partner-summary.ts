import type { Project } from '../domain/project.js';

/** The external partners of a set of projects, counted per country and per organisation. */
export interface PartnerSummary {
  /** Distinct countries (a partner without a country counts under "?"). */
  countryCount: number;
  /** Distinct external organisations. */
  organisationCount: number;
  /** Most projects first. */
  countries: Array<{ country: string; projects: number; projectNames: string[] }>;
  organisations: Array<{ organisation: string; country: string | null; projects: number; projectNames: string[] }>;
  /** The countries left out of the count (codes). */
  excludedCountries: string[];
}

/** The city itself appears among partners; it is not an external partner. */
const isTheCity = (organisation: string): boolean => /^malm[oö] (stad|kommun)$|^city of malm[oö]$/i.test(organisation.trim());

/** Counts the projects' lead organisations and partners (the city left out), once per project each. */
export function partnerSummary(projects: readonly Project[], excludedCountries: readonly string[] = []): PartnerSummary {
  const byCountry = new Map<string, Set<string>>();
  const byOrganisation = new Map<string, { country: string | null; projects: Set<string> }>();
  for (const project of projects) {
    for (const partner of [...(project.lead ? [project.lead] : []), ...project.partners]) {
      if (isTheCity(partner.organisation)) continue;
      if (partner.country && excludedCountries.includes(partner.country)) continue;
      const country = partner.country ?? '?';
      byCountry.set(country, (byCountry.get(country) ?? new Set<string>()).add(project.name));
      const entry = byOrganisation.get(partner.organisation) ?? { country: partner.country, projects: new Set<string>() };
      entry.projects.add(project.name);
      byOrganisation.set(partner.organisation, entry);
    }
  }
  const countries = [...byCountry.entries()]
    .map(([country, names]) => ({ country, projects: names.size, projectNames: [...names] }))
    .sort((left, right) => right.projects - left.projects);
  const organisations = [...byOrganisation.entries()]
    .map(([organisation, entry]) => ({ organisation, country: entry.country, projects: entry.projects.size, projectNames: [...entry.projects] }))
    .sort((left, right) => right.projects - left.projects);
  return { countryCount: countries.length, organisationCount: organisations.length, countries, organisations, excludedCountries: [...excludedCountries] };
}
