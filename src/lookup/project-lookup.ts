import type { Dataset } from '../domain/dataset.js';
import { latestProjectYear } from '../domain/dataset.js';
import { namndById, resolveUnit, type NamndId } from '../domain/organisation.js';
import { isCounted, type Project } from '../domain/project.js';
import { findPartners } from '../search/partner-finder.js';
import { resolveCountry } from '../tools/countries.js';
import { projectMatchScore } from '../tools/project-details.js';
import { matchesText, organisationMatches, projectPartners } from '../tools/project-query.js';
import { compactKey, foldText } from '../text/fold.js';
import { formatKronor } from '../text/swedish-number.js';
import { latestProjects, lookupFacts, type LookupFacts } from './lookup-facts.js';
import type { LookupItem } from './lookup-item.js';

/** The longest query read; longer text is cut here, before any matching. */
export const MAX_QUERY_LENGTH = 200;
/** The most results one lookup returns (Teams shows up to 25 search results). */
export const MAX_RESULTS = 25;

/** One ranked result: what it points at, a title and a one-line summary, and why it matched. */
export interface LookupHit {
  item: LookupItem;
  title: string;
  subtitle: string;
  score: number;
  why: string[];
}

export interface LookupResult {
  /** The query as it was read (trimmed, bounded); empty: the latest year's largest projects. */
  query: string;
  /** The year whose largest projects an empty query lists. */
  year: number | null;
  hits: LookupHit[];
}

/**
 * Looks projects, partner organisations and förvaltningar up from free text: what the Teams search
 * box (and anything else that wants a ranked list) calls. No Teams types here.
 */
export interface ProjectLookup {
  search(query: string, options?: { limit?: number }): Promise<LookupResult>;
  /** The facts for a chosen result, or null when the data no longer has it. */
  facts(item: LookupItem): LookupFacts | null;
}

/** The query as read: whitespace collapsed, at most MAX_QUERY_LENGTH characters. */
export function boundQuery(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : '';
  return text.slice(0, MAX_QUERY_LENGTH * 4).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** How much each kind of match weighs; a name match outranks a partner match, which outranks a topic. */
const WEIGHT = { name: 100, nameStep: 10, partner: 60, unit: 70, unitProject: 30, country: 40, topic: 50, text: 20, topicUnit: 45, topicPartner: 40, theme: 30 } as const;

const paidOf = (project: Project): number => project.participations.reduce((sum, participation) => sum + participation.paidKr, 0);

function period(project: Project): string {
  return project.start || project.end ? `${project.start?.slice(0, 4) ?? '?'}–${project.end?.slice(0, 4) ?? '?'}` : 'period saknas';
}

function projectSubtitle(project: Project, year: number): string {
  const units = project.participations.map((participation) => namndById(participation.namnd).forvaltning);
  const paid = isCounted(project) ? `${formatKronor(paidOf(project))} ${year}` : 'räknas inte i redovisningen';
  return [project.programme, units.join(', '), period(project), paid].filter((part) => part !== '').join(' · ');
}

interface Scored {
  hit: LookupHit;
  /** For ties: the larger paid amount first. */
  paidKr: number;
}

class Ranking {
  private readonly entries = new Map<string, Scored>();

  add(key: string, make: () => Omit<LookupHit, 'score' | 'why'>, score: number, why: string, paidKr = 0): void {
    const known = this.entries.get(key);
    if (known) {
      known.hit.score += score;
      if (!known.hit.why.includes(why)) known.hit.why.push(why);
      return;
    }
    this.entries.set(key, { hit: { ...make(), score, why: [why] }, paidKr });
  }

  ranked(limit: number): LookupHit[] {
    return [...this.entries.values()]
      .sort((left, right) => right.hit.score - left.hit.score || right.paidKr - left.paidKr || left.hit.title.localeCompare(right.hit.title, 'sv'))
      .slice(0, limit)
      .map((entry) => ({ ...entry.hit, score: Math.round(entry.hit.score * 100) / 100 }));
  }
}

/** The latest project year's counted projects, largest paid first. */
function largestProjects(dataset: Dataset, limit: number): LookupResult {
  const year = latestProjectYear(dataset);
  const projects = (year?.projects ?? []).filter(isCounted).sort((left, right) => paidOf(right) - paidOf(left) || left.name.localeCompare(right.name, 'sv'));
  return {
    query: '',
    year: year?.year ?? null,
    hits: projects.slice(0, limit).map((project) => ({
      item: { kind: 'project', year: year?.year ?? 0, projectId: project.id },
      title: project.name,
      subtitle: projectSubtitle(project, year?.year ?? 0),
      score: 0,
      why: [`bland de största projekten ${year?.year ?? ''}`.trim()],
    })),
  };
}

/**
 * Ranks projects, external partners and förvaltningar for a free-text query, on one scale:
 * - a project's name or acronym (typos tolerated), strongest;
 * - an external partner organisation or its city ("Köpenhamn" finds Københavns Kommune), which also
 *   lifts that partner's projects; a country lifts projects with a partner there;
 * - a nämnd or förvaltning by any of its names, which lifts its projects;
 * - the topic, ranked by the partner finder over submissions and project rows, and the projects'
 *   own text.
 * An empty query lists the latest year's largest projects.
 */
export async function lookupProjects(dataset: Dataset, rawQuery: unknown, options: { limit?: number } = {}): Promise<LookupResult> {
  const limit = Math.max(1, Math.min(MAX_RESULTS, Math.floor(options.limit ?? MAX_RESULTS)));
  const query = boundQuery(rawQuery);
  if (query === '') return largestProjects(dataset, limit);

  const ranking = new Ranking();
  const projects = latestProjects(dataset);
  const projectKey = (year: number, id: string): string => `project|${year}|${id}`;
  const addProject = (year: number, project: Project, score: number, why: string): void =>
    ranking.add(projectKey(year, project.id), () => ({ item: { kind: 'project', year, projectId: project.id }, title: project.name, subtitle: projectSubtitle(project, year) }), score, why, paidOf(project));

  const foldedQuery = foldText(query);
  const country = resolveCountry(query);
  const unit = resolveUnit(query);
  const partnerNames = new Map<string, { organisation: string; country: string | null; projects: Set<string> }>();
  for (const { year, project } of projects) {
    const nameScore = projectMatchScore(project, query);
    if (nameScore !== null) addProject(year, project, WEIGHT.name - WEIGHT.nameStep * nameScore, nameScore === 0 ? 'projektets namn' : 'liknar projektets namn');
    for (const partner of projectPartners(project)) {
      if (/^malm[oö] (stad|kommun)$/i.test(partner.organisation.trim()) || !organisationMatches(partner.organisation, query)) continue;
      addProject(year, project, WEIGHT.partner, `${partner.role === 'lead' ? 'projektägare' : 'partner'}: ${partner.organisation}`);
      const key = compactKey(partner.organisation);
      const known = partnerNames.get(key) ?? { organisation: partner.organisation, country: partner.country, projects: new Set<string>() };
      known.projects.add(project.id);
      partnerNames.set(key, known);
    }
    if (country && projectPartners(project).some((partner) => partner.country === country)) addProject(year, project, WEIGHT.country, `partner i ${country}`);
    if (unit && project.participations.some((participation) => participation.namnd === unit.namnd.id)) addProject(year, project, WEIGHT.unitProject, `${unit.namnd.forvaltning} deltar`);
    if (matchesText(project, query)) addProject(year, project, WEIGHT.text, 'projektets beskrivning');
    if (project.themes.some((theme) => foldText(theme) === foldedQuery)) addProject(year, project, WEIGHT.theme, 'projektets tema');
  }
  for (const [key, partner] of partnerNames) {
    ranking.add(`partner|${key}`, () => partnerHit(partner.organisation, partner.country, partner.projects.size), WEIGHT.partner + partner.projects.size, 'organisationens namn');
  }
  if (unit) ranking.add(`forvaltning|${unit.namnd.id}`, () => forvaltningHit(dataset, unit.namnd.id), WEIGHT.unit, 'förvaltningens namn');

  const topic = await findPartners(dataset, { topic: query, limit });
  const byName = new Map(projects.map((entry) => [`${entry.year}|${compactKey(entry.project.name)}`, entry]));
  for (const found of topic.projects) {
    const entry = byName.get(`${found.year}|${compactKey(found.name)}`);
    if (entry) addProject(entry.year, entry.project, WEIGHT.topic * found.score, found.why[0] ?? 'ämnet');
  }
  for (const found of topic.forvaltningar) {
    ranking.add(`forvaltning|${found.namnd}`, () => forvaltningHit(dataset, found.namnd), WEIGHT.topicUnit * found.score, found.why[0] ?? 'ämnet');
  }
  for (const found of topic.partners) {
    ranking.add(`partner|${compactKey(found.organisation)}`, () => partnerHit(found.organisation, found.country, found.projects.length), WEIGHT.topicPartner * found.score, found.why[0] ?? 'ämnet');
  }
  return { query, year: null, hits: ranking.ranked(limit) };
}

function partnerHit(organisation: string, country: string | null, projectCount: number): Omit<LookupHit, 'score' | 'why'> {
  return {
    item: { kind: 'partner', organisation },
    title: organisation,
    subtitle: [`Extern partner${country ? ` (${country})` : ''}`, `${projectCount} projekt med Malmö stad`].join(' · '),
  };
}

function forvaltningHit(dataset: Dataset, namnd: NamndId): Omit<LookupHit, 'score' | 'why'> {
  const facts = lookupFacts(dataset, { kind: 'forvaltning', namnd });
  const unit = namndById(namnd);
  const count = facts?.kind === 'forvaltning' ? facts.projects.length : 0;
  const year = facts?.kind === 'forvaltning' ? facts.year : null;
  return {
    item: { kind: 'forvaltning', namnd },
    title: unit.forvaltning,
    subtitle: [unit.namn, `${count} projekt${year ? ` ${year}` : ''}`, ...(facts?.kind === 'forvaltning' && facts.contact ? [`kontakt: ${facts.contact.name}`] : [])].join(' · '),
  };
}

/** A ProjectLookup over whatever dataset is current (a submission handed in swaps it). */
export function datasetProjectLookup(currentDataset: () => Dataset): ProjectLookup {
  return {
    search: (query, options) => lookupProjects(currentDataset(), query, options),
    facts: (item) => lookupFacts(currentDataset(), item),
  };
}
