import { z } from 'zod';
import { distance } from 'fastest-levenshtein';
import type { Dataset, YearData } from '../domain/dataset.js';
import { latestProjectYear, yearData } from '../domain/dataset.js';
import { NAMND_IDS, namndById, resolveUnit, suggestUnit, type NamndId } from '../domain/organisation.js';
import { programmeFamily, resolveProgramme, resolveProgrammeFamily, PROGRAMME_FAMILIES, PROGRAMME_NAMES, type ProgrammeFamily } from '../domain/programmes.js';
import { isCounted, ROLES, type Project, type Role } from '../domain/project.js';
import { foldText } from '../text/fold.js';
import { organisationWords, writtenNameMatches } from '../text/organisation-name.js';
import { resolveCountry } from './countries.js';
import { nearestNames, type ToolIssueParams } from './tool-error.js';
import type { Source } from './tool.js';
import { BoundedCache } from '../util/bounded-cache.js';

/** A nämnd given by id ("asn"), name, förvaltning or abbreviation; resolved to its id. */
export const NamndInputSchema = z.string().min(1).transform((text, context) => {
  if (NAMND_IDS.includes(text)) return text;
  const resolved = resolveUnit(text);
  if (resolved) return resolved.namnd.id;
  const suggestion = suggestUnit(text);
  context.addIssue({
    code: 'custom', message: `okänd nämnd "${text}"${suggestion ? ` — menade du ${suggestion.namn}?` : ''}`,
    params: { code: 'unknown_value', suggestions: suggestion ? [suggestion.namn] : [] } satisfies ToolIssueParams,
  });
  return z.NEVER;
});

const ProgrammeInputSchema = z.string().min(1).transform((text, context) => {
  const programme = resolveProgramme(text);
  if (programme) return programme.name;
  const suggestions = nearestNames(text, PROGRAMME_NAMES);
  context.addIssue({
    code: 'custom', message: `okänt program "${text}"${suggestions.length > 0 ? ` — menade du ${suggestions.join(' eller ')}?` : ''}`,
    params: { code: 'unknown_value', suggestions } satisfies ToolIssueParams,
  });
  return z.NEVER;
});

const FamilyInputSchema = z.string().min(1).transform((text, context) => {
  const family = (PROGRAMME_FAMILIES as readonly string[]).includes(text) ? (text as ProgrammeFamily) : resolveProgrammeFamily(text);
  if (family) return family;
  context.addIssue({
    code: 'custom', message: `okänd programfamilj "${text}"; giltiga är ${PROGRAMME_FAMILIES.join(', ')}`,
    params: { code: 'unknown_value', suggestions: nearestNames(text, PROGRAMME_FAMILIES) } satisfies ToolIssueParams,
  });
  return z.NEVER;
});

const CountryInputSchema = z.string().min(1).transform((text, context) => {
  const code = resolveCountry(text);
  if (code) return code;
  context.addIssue({ code: 'custom', message: `okänt land "${text}" — ange t.ex. "DK" eller "Danmark"`, params: { code: 'unknown_value', suggestions: [] } satisfies ToolIssueParams });
  return z.NEVER;
});

export const YearInputSchema = z.number().int().min(2000).max(2100);

/** The filters every project tool shares. All optional; omitted year means the latest year with project data. */
export const ProjectFilterShape = {
  year: YearInputSchema.optional().describe('Rapportår, t.ex. 2024. Utelämnat: senaste året med projektdata.'),
  namnd: z.union([NamndInputSchema, z.array(NamndInputSchema).min(1)]).optional()
    .describe('Nämnd eller förvaltning: id ("asn"), namn eller förkortning ("ASN", "Miljöförvaltningen"). En eller flera.'),
  programme: ProgrammeInputSchema.optional().describe('EU-program, t.ex. "ESF+", "Horisont Europa", "Interreg Öresund-Kattegat-Skagerrak".'),
  family: FamilyInputSchema.optional().describe('Programfamilj som i rapportens tabell: ESF, Horisont, Interreg, Erasmus eller Övriga.'),
  goal: z.number().int().min(1).max(5).optional().describe('Kommunfullmäktigemål 1–5.'),
  role: z.enum(ROLES).optional().describe('Förvaltningens roll: Projektägare eller Projektpart.'),
  status: z.enum(['ongoing', 'ended', 'started']).optional()
    .describe('ongoing: pågår efter årets slut; ended: slutade under året; started: startade under året.'),
  endsAfter: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('Bara projekt som slutar efter detta datum (ÅÅÅÅ-MM-DD), t.ex. "2026-12-31" för "pågår efter 2026".'),
  endsBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('Bara projekt som slutar senast detta datum (ÅÅÅÅ-MM-DD); med endsAfter: "slutar 2025" = efter 2024-12-31, senast 2025-12-31.'),
  startsAfter: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('Bara projekt som startade efter detta datum (ÅÅÅÅ-MM-DD), t.ex. "2022-12-31" för "startade efter 2022".'),
  startsBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('Bara projekt som startade senast detta datum (ÅÅÅÅ-MM-DD), t.ex. "2022-12-31" för "startade före 2023"; med startsAfter: "startade 2023".'),
  minNamnder: z.number().int().min(2).max(20).optional().describe('Bara projekt som minst så många nämnder deltar i (2 = projekt som delas mellan nämnder).'),
  partner: z.string().min(2).optional().describe('Extern organisation eller stad som projektägare eller partner, t.ex. "Region Skåne".'),
  country: CountryInputSchema.optional().describe('Land för extern partner: landskod ("DK") eller namn ("Danmark").'),
  leadOrganisation: z.string().min(2).optional().describe('Projektets ledande organisation (projektägare/lead), t.ex. "Region Skåne".'),
  leadAbroad: z.boolean().optional().describe('true: bara projekt vars ledande organisation (projektägare/lead) finns utanför Sverige.'),
  leadCountry: CountryInputSchema.optional().describe('Land där projektets ledande organisation (projektägare/lead) finns: "ES" eller "Spanien".'),
  text: z.string().min(2).optional().describe('Fritext i projektnamn och beskrivning, t.ex. "klimat".'),
  projectIds: z.array(z.string()).optional().describe('Begränsa till dessa projekt-id (t.ex. från ett tidigare svar).'),
};
export const ProjectFilterSchema = z.object(ProjectFilterShape).strict();
export type ProjectFilter = z.infer<typeof ProjectFilterSchema>;

export const namndList = (value: ProjectFilter['namnd']): NamndId[] | null =>
  value === undefined ? null : Array.isArray(value) ? value : [value];

/** One förvaltning's part in a matching project. */
export interface MatchedParticipation {
  namnd: NamndId;
  role: Role;
  paidKr: number;
}

export interface MatchedProject {
  project: Project;
  /** The participations the filter selected (all of them when nämnd and role are not filtered). */
  participations: MatchedParticipation[];
}

export function projectsSource(year: number): Source {
  return { title: `Projektlista ${year}`, ref: `${year}/projects.json` };
}

const TABLE_TITLES: Record<string, string> = {
  totals: 'sammanfattning',
  perNamnd: 'tabell per nämnd',
  perFamily: 'tabell per program',
  perGoal: 'tabell per KF-mål',
};

export function publishedSource(year: number, table: 'totals' | 'perNamnd' | 'perFamily' | 'perGoal'): Source {
  return { title: `Redovisning av internationellt arbete ${year}, ${TABLE_TITLES[table]}`, ref: `${year}/published.json#${table}` };
}

/** Which years exist, and what is known about each. */
export interface AvailableYears {
  withProjects: number[];
  publishedOnly: number[];
}

export function availableYears(dataset: Dataset): AvailableYears {
  return {
    withProjects: dataset.years.filter((year) => year.projects !== null).map((year) => year.year),
    publishedOnly: dataset.years.filter((year) => year.projects === null && year.published !== null).map((year) => year.year),
  };
}

/** The answer when a year has no project-level data: what exists instead. */
export interface YearUnavailable {
  available: false;
  year: number;
  reason: 'no-data' | 'published-only';
  availableYears: AvailableYears;
  /** The published totals when the year is known only by them. */
  publishedTotals: { projects: number; namnder: number; paidKr: number; paidApproximate: boolean } | null;
}

/** Picks the year's project data, or explains why there is none. */
export function projectYear(dataset: Dataset, requested: number | undefined): { year: YearData & { projects: Project[] } } | YearUnavailable {
  const chosen = requested === undefined ? latestProjectYear(dataset) : yearData(dataset, requested);
  const year = requested ?? chosen?.year ?? 0;
  if (chosen && chosen.projects !== null) return { year: chosen as YearData & { projects: Project[] } };
  return {
    available: false,
    year,
    reason: chosen?.published ? 'published-only' : 'no-data',
    availableYears: availableYears(dataset),
    publishedTotals: chosen?.published ? { ...chosen.published.totals } : null,
  };
}

const STOP_WORDS = new Set(['och', 'i', 'av', 'for', 'med', 'om', 'pa', 'the', 'and', 'of', 'in', 'to', 'en', 'ett', 'som', 'till']);

/** Lower-cased words with common Swedish and English endings removed, for free-text matching. */
export function stemWords(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem);
}

export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(arnas|ernas|orna|arna|erna|ande|ende|ing|ingen|ens|ets|en|et|er|ar|or|na|s|e|a)$/, '');
}

/** A project's stemmed words, computed once per project object (the dataset's projects are not changed). */
const projectWords = new WeakMap<Project, string[]>();

function projectText(project: Project): string[] {
  const known = projectWords.get(project);
  if (known) return known;
  const words = stemWords([project.name, project.acronym ?? '', project.description, ...project.themes, project.programme].join(' '));
  projectWords.set(project, words);
  return words;
}

/** A query's stemmed terms, remembered: a filter asks for them once per project. */
const queryTerms = new BoundedCache<string, string[]>(5_000);
/** Per project, whether it has a word for a term (the fuzzy comparison is the costly part of a text filter). */
const termMatches = new WeakMap<Project, BoundedCache<string, boolean>>();

function projectHasTerm(project: Project, term: string): boolean {
  let known = termMatches.get(project);
  if (!known) termMatches.set(project, (known = new BoundedCache(2_000)));
  return known.get(term, () => projectText(project).some((word) => word.startsWith(term) || (term.length >= 6 && distance(word, term) <= 1)));
}

export function matchesText(project: Project, query: string): boolean {
  const terms = queryTerms.get(query, () => stemWords(query));
  return terms.length > 0 && terms.every((term) => projectHasTerm(project, term));
}

/** Whether an external organisation name matches a query: contained, word-prefixed or within a small typo. */
export function organisationMatches(organisation: string, query: string): boolean {
  const name = foldText(organisation);
  const wanted = foldText(query);
  if (wanted.length < 2) return false;
  if (name === wanted || name.includes(wanted)) return true;
  // Across languages and inflection: "Köpenhamns kommun" is "Københavns Kommune".
  if (writtenNameMatches(organisationWords(query), organisationWords(organisation))) return true;
  const words = name.split(' ');
  const wantedWords = wanted.split(' ');
  if (wantedWords.every((term) => words.some((word) => word.startsWith(term) && term.length >= 3))) return true;
  const allowed = Math.min(2, Math.floor(wanted.length / 6));
  return allowed > 0 && (distance(name, wanted) <= allowed || words.some((word) => word.length >= 5 && distance(word, wanted) <= allowed));
}

export function projectPartners(project: Project): Array<{ organisation: string; country: string | null; role: 'lead' | 'partner' }> {
  return [
    ...(project.lead ? [{ ...project.lead, role: 'lead' as const }] : []),
    ...project.partners.map((partner) => ({ ...partner, role: 'partner' as const })),
  ];
}

function statusMatches(project: Project, status: NonNullable<ProjectFilter['status']>, year: number): boolean {
  const yearEnd = `${year}-12-31`;
  const yearStart = `${year}-01-01`;
  if (status === 'ended') return project.end !== null && project.end >= yearStart && project.end <= yearEnd;
  if (status === 'started') return project.start !== null && project.start >= yearStart && project.start <= yearEnd;
  return (project.end === null || project.end > yearEnd) && (project.start === null || project.start <= yearEnd);
}

/**
 * Applies a filter to one year's projects. Only counted projects (those with a participation)
 * match; nämnd and role select participations, everything else selects projects.
 */
export function filterProjects(projects: readonly Project[], filter: ProjectFilter, year: number): MatchedProject[] {
  const namnder = namndList(filter.namnd);
  const matched: MatchedProject[] = [];
  for (const project of projects) {
    if (!isCounted(project)) continue;
    if (!projectMatches(project, filter, year)) continue;
    const participations = project.participations.filter(
      (participation) => (!namnder || namnder.includes(participation.namnd)) && (!filter.role || participation.role === filter.role),
    );
    if (participations.length === 0) continue;
    matched.push({ project, participations });
  }
  return matched;
}

/** The project-level part of a filter (everything but nämnd and role). */
function projectMatches(project: Project, filter: ProjectFilter, year: number): boolean {
  if (filter.projectIds && !filter.projectIds.includes(project.id)) return false;
  if (filter.programme && project.programme !== filter.programme) return false;
  if (filter.family && programmeFamily(project.programme) !== filter.family) return false;
  if (filter.goal && !project.kfGoals.includes(filter.goal as 1)) return false;
  if (filter.status && !statusMatches(project, filter.status, year)) return false;
  if (filter.endsAfter && (project.end === null || project.end <= filter.endsAfter)) return false;
  if (filter.endsBefore && (project.end === null || project.end > filter.endsBefore)) return false;
  if (filter.leadAbroad && !(project.lead && project.lead.country && project.lead.country !== 'SE')) return false;
  if (filter.startsAfter && (project.start === null || project.start <= filter.startsAfter)) return false;
  if (filter.startsBefore && (project.start === null || project.start > filter.startsBefore)) return false;
  if (filter.minNamnder && project.participations.length < filter.minNamnder) return false;
  if (filter.partner) {
    const query = filter.partner;
    if (!projectPartners(project).some((partner) => organisationMatches(partner.organisation, query))) return false;
  }
  if (filter.country && !projectPartners(project).some((partner) => partner.country === filter.country)) return false;
  if (filter.leadCountry && project.lead?.country !== filter.leadCountry) return false;
  if (filter.leadOrganisation && !(project.lead && organisationMatches(project.lead.organisation, filter.leadOrganisation))) return false;
  if (filter.text && !matchesText(project, filter.text)) return false;
  return true;
}

/**
 * Projects the report names but does not count (no participation, only collaborating förvaltningar) that match
 * the filter's project-level conditions: with no nämnd filter, given a year, so that a zero can say they exist.
 */
export function uncountedProjects(projects: readonly Project[], filter: ProjectFilter, year: number): Project[] {
  if (namndList(filter.namnd) || filter.role) return [];
  return projects.filter((project) => !isCounted(project) && projectMatches(project, filter, year));
}

/** Projects in which a filtered nämnd only collaborates (named in the report, not counted). */
export function collaboratingProjects(projects: readonly Project[], filter: ProjectFilter): Project[] {
  const namnder = namndList(filter.namnd);
  if (!namnder) return [];
  return projects.filter(
    (project) =>
      project.collaborators.some((id) => namnder.includes(id)) &&
      !project.participations.some((participation) => namnder.includes(participation.namnd)),
  );
}

export const paidOf = (match: MatchedProject): number => match.participations.reduce((sum, participation) => sum + participation.paidKr, 0);

/** A plain-JSON summary of a project for tool outputs. */
export function projectSummary(project: Project, participations: readonly MatchedParticipation[] = project.participations) {
  return {
    id: project.id,
    name: project.name,
    acronym: project.acronym,
    programme: project.programme,
    family: programmeFamily(project.programme),
    start: project.start,
    end: project.end,
    kfGoals: project.kfGoals,
    forvaltningar: participations.map((participation) => ({
      namnd: participation.namnd,
      namndName: namndById(participation.namnd).namn,
      forvaltning: namndById(participation.namnd).forvaltning,
      role: participation.role,
      paidKr: participation.paidKr,
    })),
    collaborators: project.collaborators.map((id) => namndById(id).forvaltning),
    paidKr: participations.reduce((sum, participation) => sum + participation.paidKr, 0),
    lead: project.lead,
    partners: project.partners,
  };
}
export type ProjectSummary = ReturnType<typeof projectSummary>;

/** The filter in words, for outputs: what was asked, resolved to the data's names. */
export function describeFilter(filter: ProjectFilter): Record<string, unknown> {
  const described: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === 'namnd') described.namnd = (namndList(value as ProjectFilter['namnd']) ?? []).map((id) => namndById(id).namn);
    else described[key] = value;
  }
  return described;
}
