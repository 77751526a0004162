import { z } from 'zod';
import { distance } from 'fastest-levenshtein';
import type { Project } from '../domain/project.js';
import { compactKey, foldText } from '../text/fold.js';
import type { Tool, ToolOutput } from './tool.js';
import { YearInputSchema, projectSummary, projectsSource, type ProjectSummary } from './project-query.js';

export const ProjectDetailsInput = z.object({
  name: z.string().min(2).describe('Projektets namn eller akronym, gärna ungefärligt ("Malmökraften", "U-LYNC", "spegla malmö").'),
  year: YearInputSchema.optional().describe('Rapportår; utelämnat: det senaste året projektet finns.'),
}).strict();

export interface ProjectDetail extends ProjectSummary {
  year: number;
  description: string;
  themes: string[];
  totalBudgetKr: number | null;
  euRate: number | null;
  contact: string | null;
  counted: boolean;
  provenance: Project['provenance'];
  /** External partner organisations (lead included, the city itself not) and their distinct countries. */
  externalPartners: { organisations: number; countries: number };
}

/** The project's external partners counted here, so that an answer does not count them itself. */
function externalPartnerCounts(project: Project): ProjectDetail['externalPartners'] {
  const external = [...(project.lead ? [project.lead] : []), ...project.partners].filter((partner) => !/^malm[oö] (stad|kommun)$/i.test(partner.organisation.trim()));
  return { organisations: external.length, countries: new Set(external.map((partner) => partner.country).filter((country) => country)).size };
}

export interface ProjectDetailsOutput extends ToolOutput {
  found: boolean;
  query: string;
  project: ProjectDetail | null;
  /** Other years the same project appears in. */
  otherYears: number[];
  /** Close names when the match is not certain or nothing matched. */
  candidates: string[];
}

/** How well a project's name or acronym matches a query: 0 exact … larger is worse; null no match. */
export function projectMatchScore(project: Project, query: string): number | null {
  const wanted = compactKey(query);
  if (wanted.length < 2) return null;
  const keys = [compactKey(project.name), ...(project.acronym ? [compactKey(project.acronym)] : [])];
  if (keys.includes(wanted)) return 0;
  if (wanted.length >= 4 && keys.some((key) => key.includes(wanted))) return 1;
  if (keys.some((key) => key.length >= 4 && wanted.includes(key))) return 1.5;
  const best = Math.min(...keys.map((key) => distance(key, wanted)));
  const allowed = Math.min(3, Math.floor(wanted.length / 6));
  return best <= allowed ? 2 + best : null;
}

function detail(project: Project, year: number): ProjectDetail {
  return {
    ...projectSummary(project), year, description: project.description, themes: project.themes, totalBudgetKr: project.totalBudgetKr,
    euRate: project.euRate, contact: project.contact, counted: project.participations.length > 0, provenance: project.provenance,
    externalPartners: externalPartnerCounts(project),
  };
}

export const projectDetailsTool: Tool<typeof ProjectDetailsInput, ProjectDetailsOutput> = {
  name: 'project_details',
  description: 'Allt om ett projekt, sökt på namn eller akronym (tål stavfel): program, förvaltningar och roller, utbetalt, budget, period, partner, KF-mål, beskrivning.',
  input: ProjectDetailsInput,
  run(input, deps) {
    const scored: Array<{ project: Project; year: number; score: number }> = [];
    for (const year of deps.dataset.years) {
      if (!year.projects || (input.year !== undefined && year.year !== input.year)) continue;
      for (const project of year.projects) {
        const score = projectMatchScore(project, input.name);
        if (score !== null) scored.push({ project, year: year.year, score });
      }
    }
    scored.sort((left, right) => left.score - right.score || right.year - left.year);
    const best = scored[0];
    if (!best) return { found: false, query: input.name, project: null, otherYears: [], candidates: closestNames(deps.dataset.years.flatMap((year) => year.projects ?? []), input.name), years: [], sources: [] };
    const sameId = scored.filter((candidate) => candidate.project.id === best.project.id);
    const others = [...new Set(scored.filter((candidate) => candidate.project.id !== best.project.id && candidate.score <= best.score + 1).map((candidate) => candidate.project.name))];
    return {
      found: true,
      query: input.name,
      project: detail(best.project, best.year),
      otherYears: [...new Set(sameId.map((candidate) => candidate.year))].filter((year) => year !== best.year),
      candidates: others.slice(0, 5),
      years: [best.year],
      sources: [projectsSource(best.year)],
    };
  },
};

const COMMON_NAME_WORDS = new Set(['malmo', 'stad', 'staden', 'city', 'projekt', 'project', 'och', 'for', 'the', 'and', 'of', 'i', 'in']);

/** Names that share a distinctive word (or its first five letters) with a query that matched nothing: "GreenCity" → "GreenFin Cities …". */
export function closestNames(projects: readonly Project[], query: string, limit = 3): string[] {
  const wanted = foldText(query).split(' ').filter((word) => word.length >= 4 && !COMMON_NAME_WORDS.has(word));
  if (wanted.length === 0) return [];
  const scored = new Map<string, number>();
  for (const project of projects) {
    const words = foldText(`${project.name} ${project.acronym ?? ''}`).split(' ').filter((word) => word.length >= 4 && !COMMON_NAME_WORDS.has(word));
    let score = 0;
    for (const term of wanted) {
      if (words.some((word) => word === term || (word.length >= 6 && term.length >= 6 && distance(word, term) <= 2))) score += 2;
      else if (words.some((word) => word.slice(0, 5) === term.slice(0, 5) && term.length >= 5)) score += 1;
    }
    if (score > 0) scored.set(project.name, Math.max(scored.get(project.name) ?? 0, score));
  }
  return [...scored.entries()].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0], 'sv')).slice(0, limit).map(([name]) => name);
}
