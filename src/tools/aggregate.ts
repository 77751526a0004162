import { z } from 'zod';
import type { Dataset } from '../domain/dataset.js';
import { namndById } from '../domain/organisation.js';
import { PROGRAMME_FAMILIES, programmeFamily } from '../domain/programmes.js';
import { KF_GOALS, goalText } from '../domain/goals.js';
import type { Source, Tool, ToolOutput } from './tool.js';
import { foldText } from '../text/fold.js';
import { countryName, resolveCountry } from './countries.js';
import { ORGANISATION_KINDS, organisationKind } from '../search/organisation-kind.js';
import type { Project } from '../domain/project.js';
import {
  ProjectFilterShape, collaboratingProjects, uncountedProjects, projectPartners, describeFilter, filterProjects, namndList, paidOf, projectYear, projectsSource, publishedSource,
  type MatchedProject, type ProjectFilter, type YearUnavailable,
} from './project-query.js';

const ThresholdSchema = z.object({
  field: z.enum(['paidKr', 'projects', 'totalBudgetKr', 'partners', 'countries']),
  op: z.enum(['gt', 'gte', 'lt', 'lte', 'eq']),
  value: z.number().nonnegative(),
}).strict();

const { year: _versusYear, ...versusShape } = ProjectFilterShape;

export const AggregateInput = z.object({
  ...ProjectFilterShape,
  groupBy: z.enum(['none', 'namnd', 'family', 'programme', 'goal', 'project', 'year', 'country', 'partner']).default('none')
    .describe('Gruppera per nämnd, programfamilj, program, KF-mål, projekt, år, partnerland (country) eller extern partnerorganisation (partner); none ger bara totalen.'),
  sortBy: z.enum(['paidKr', 'projects', 'totalBudgetKr', 'partners', 'countries']).default('paidKr')
    .describe('Sortera grupperna efter utbetalt belopp, antal projekt, (vid groupBy "project") projektets totala budget, (vid groupBy "country" eller "project") antal externa partnerorganisationer eller (vid groupBy "project") antal partnerländer.'),
  organisationKind: z.enum(ORGANISATION_KINDS).optional()
    .describe('Vid groupBy "partner" eller "country": bara externa organisationer av detta slag (kommun, universitet, myndighet, företag, organisation).'),
  exclude: z.array(z.string().min(1)).optional()
    .describe('Grupper att utelämna, t.ex. ["SE"] för att rangordna länder utom Sverige (landskod, nämnd-id eller gruppens namn).'),
  order: z.enum(['desc', 'asc']).optional()
    .describe('desc: störst först (flest/mest); asc: minst först (färst/minst). Utelämnat: störst först, men per år i årsordning.'),
  limit: z.number().int().min(1).max(100).optional().describe('Bara de N första grupperna efter sortering (topp N).'),
  threshold: z
    .union([ThresholdSchema, z.array(ThresholdSchema).min(1).max(2)])
    .optional()
    .describe('Behåll bara grupper över/under ett värde, t.ex. {field:"paidKr", op:"gt", value:5000000}; två villkor för ett intervall ("mellan 300 000 och 500 000 kr").'),
  compare: z.array(z.string().min(1)).length(2).optional()
    .describe('Två grupper att jämföra (nyckel eller namn, t.ex. ["ESF", "Horisont"]): ger skillnad och kvot i comparison.'),
  focus: z.string().min(1).optional()
    .describe('En grupp att ställa mot summan av alla andra (t.ex. nämnd-id "asn"): ger focusVersusRest med skillnad och andel.'),
  versus: z.object(versusShape).strict().optional()
    .describe('Ett andra filter att jämföra totalen med (t.ex. {programme:"Horisont Europa"} mot family "Interreg"): ger versus med dess total och skillnaden.'),
  position: z.number().int().min(1).max(100).optional()
    .describe('Gruppen på denna plats i sorteringen (2 = näst flest/näst störst): ger atPosition.'),
  after: z.string().min(1).optional()
    .describe('Gruppen som kommer närmast efter denna grupp i sorteringen ("vilket program kommer efter ESF?"): ger afterGroup.'),
}).strict();
export type AggregateArgs = z.infer<typeof AggregateInput>;

export interface AggregateGroup {
  key: string;
  label: string;
  projects: number | null;
  paidKr: number | null;
  /** Share of the year's total paid funds (0–1). */
  shareOfPaid: number | null;
  /** Share of the year's projects (0–1). */
  shareOfProjects: number | null;
  /** The published report's figure for this group, when it has one. */
  published?: { projects?: number; paidKr?: number; approximate?: boolean };
  /** The project's total budget (only when grouped by project). */
  totalBudgetKr?: number | null;
  /** Distinct external partner organisations (when grouped by country or project). */
  partners?: number;
  /** Distinct countries of the external partners (when grouped by project). */
  countries?: number;
  /** Where the figure comes from: the project list or (for years without one) the published totals. */
  basis: 'projects' | 'published';
  /** The group's place in the sort order (1 = first), counted before limit. */
  rank?: number;
  /** Paid funds per project, rounded to whole kronor (null without projects). */
  averagePaidKr?: number | null;
  /** The project list's figure minus the published one, when the group has a published figure. */
  publishedDifference?: { projects?: number; paidKr?: number; /** The approximate published sum agrees after rounding to 100 000 kr. */ agrees: boolean };
}

/** One group set against the sum of all the others of its grouping. */
export interface FocusVersusRest {
  key: string;
  label: string;
  projects: number;
  paidKr: number;
  rest: { groups: number; projects: number; paidKr: number };
  /** focus − rest. */
  difference: { projects: number; paidKr: number };
  /** focus / (focus + rest), 0–1 (null when both are zero). */
  shareOfSum: { projects: number | null; paidKr: number | null };
}

export interface AggregateOutput extends ToolOutput {
  available: boolean;
  year: number | null;
  filter: Record<string, unknown>;
  groupBy: AggregateArgs['groupBy'];
  /** Matching projects (each counted once) and the sum of their matching participations. */
  total: {
    projects: number; paidKr: number; namnder?: number; /** The nämnder taking part (ids), with namnder. */ namndIds?: string[];
    /** Paid funds per project, rounded to whole kronor (null without projects). */ averagePaidKr?: number | null;
    /** The total's share of the whole year (0–1). */ shareOfYear?: { projects: number | null; paidKr: number | null };
  };
  /** The whole year, unfiltered. */
  yearTotal: { projects: number; paidKr: number } | null;
  /** The published figure for the filtered total, when the report has one (per nämnd, family or goal, or the year's total). */
  publishedTotal?: {
    projects?: number; paidKr?: number; approximate: boolean; source: Source;
    /** The project list's total minus the published figure; agrees: equal (an approximate sum after rounding to 100 000 kr). */
    difference?: { projects?: number; paidKr?: number; agrees: { projects?: boolean; paidKr?: boolean } };
  };
  groups: AggregateGroup[];
  /** With exactly two groups (two nämnder, programmes …), or the two groups named in compare: the first against the second, as sorted. */
  comparison?: GroupComparison;
  /** With focus: that group against the sum of all the others. */
  focusVersusRest?: FocusVersusRest | null;
  /** With versus: the total for the second filter (same year) and this total minus it. */
  versus?: { filter: Record<string, unknown>; total: { projects: number; paidKr: number }; difference: { projects: number; paidKr: number } };
  /** With position: the group at that place in the sort order (null when there are fewer groups). */
  atPosition?: AggregateGroup | null;
  /** With after: the named group and the one right after it in the sort order. */
  afterGroup?: { of: AggregateGroup | null; next: AggregateGroup | null };
  /** Sum of the groups' project counts (a project shared by two nämnder counts once per nämnd). */
  groupProjectsSum?: number;
  /** Number of groups before limit. */
  groupCount: number;
  unavailable?: YearUnavailable;
  /** Projects in which a filtered nämnd only collaborates (named in the report, not counted). */
  collaborating?: Array<{ id: string; name: string; programme: string }>;
  /** With no nämnd filter and no counted match: projects the report names but does not count (only collaborating förvaltningar). */
  uncounted?: Array<{ id: string; name: string; programme: string; collaborators: string[] }>;
  notes: string[];
}

export interface GroupComparison {
  first: string;
  second: string;
  /** first − second, in kronor and in projects. */
  paidKrDifference: number | null;
  projectsDifference: number | null;
  /** first / second, rounded to one decimal (null when the second has nothing). */
  paidKrRatio: number | null;
}

/** The two groups' difference and ratio, computed here so that no answer computes them itself. */
export function compareTwoGroups(groups: readonly AggregateGroup[]): GroupComparison | undefined {
  const [first, second] = groups;
  if (groups.length !== 2 || !first || !second) return undefined;
  const minus = (left: number | null, right: number | null): number | null => (left === null || right === null ? null : left - right);
  const ratio = first.paidKr !== null && second.paidKr ? Math.round((first.paidKr / second.paidKr) * 10) / 10 : null;
  return {
    first: first.key, second: second.key, paidKrDifference: minus(first.paidKr, second.paidKr),
    projectsDifference: minus(first.projects, second.projects), paidKrRatio: ratio,
  };
}

const matchesGroup = (group: AggregateGroup, name: string): boolean => {
  const folded = foldText(name);
  return foldText(group.key) === folded || foldText(group.label) === folded || resolveCountry(name) === group.key;
};

/** A group by key or name, exact first, then as the start of its name ("Horisont" for "Horisont Europa"). */
export function findGroup(groups: readonly AggregateGroup[], name: string): AggregateGroup | undefined {
  const folded = foldText(name);
  return groups.find((group) => matchesGroup(group, name)) ?? groups.find((group) => foldText(group.label).startsWith(folded));
}

const round = (value: number): number => Math.round(value);
const averageOf = (paidKr: number | null, projects: number | null): number | null => (paidKr === null || !projects ? null : round(paidKr / projects));
const ratioOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const roundsTo = (computed: number, published: number, approximate: boolean | undefined): boolean =>
  computed === published || (approximate === true && Math.round(computed / 100_000) * 100_000 === published);

/** The figures worked out from a sorted grouping: ranks, averages, differences from the report. */
function annotate(groups: AggregateGroup[]): void {
  groups.forEach((group, index) => {
    group.rank = index + 1;
    group.averagePaidKr = averageOf(group.paidKr, group.projects);
    if (group.published) {
      const difference: NonNullable<AggregateGroup['publishedDifference']> = { agrees: true };
      if (group.published.paidKr !== undefined && group.paidKr !== null) {
        difference.paidKr = group.paidKr - group.published.paidKr;
        difference.agrees = roundsTo(group.paidKr, group.published.paidKr, group.published.approximate);
      } else if (group.published.projects !== undefined && group.projects !== null) {
        difference.projects = group.projects - group.published.projects;
        difference.agrees = difference.projects === 0;
      }
      group.publishedDifference = difference;
    }
  });
}

function focusVersusRest(groups: readonly AggregateGroup[], name: string): FocusVersusRest | null {
  const own = findGroup(groups, name);
  if (!own) return null;
  const others = groups.filter((group) => group !== own);
  const rest = { groups: others.length, projects: others.reduce((sum, group) => sum + (group.projects ?? 0), 0), paidKr: others.reduce((sum, group) => sum + (group.paidKr ?? 0), 0) };
  const projects = own.projects ?? 0;
  const paidKr = own.paidKr ?? 0;
  return {
    key: own.key, label: own.label, projects, paidKr, rest,
    difference: { projects: projects - rest.projects, paidKr: paidKr - rest.paidKr },
    shareOfSum: { projects: ratioOf(projects, projects + rest.projects), paidKr: ratioOf(paidKr, paidKr + rest.paidKr) },
  };
}

/** The outputs asked for by compare, focus, position and after, from the sorted groups (before limit). */
function positions(sorted: readonly AggregateGroup[], args: AggregateArgs): Partial<AggregateOutput> {
  const out: Partial<AggregateOutput> = {};
  if (args.compare) {
    const picked = args.compare.map((name) => findGroup(sorted, name));
    const [left, right] = picked;
    if (left && right && left !== right) out.comparison = compareTwoGroups([left, right].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)));
  }
  if (args.focus) out.focusVersusRest = focusVersusRest(sorted, args.focus);
  if (args.position !== undefined) out.atPosition = sorted[args.position - 1] ?? null;
  if (args.after) {
    const of = findGroup(sorted, args.after) ?? null;
    out.afterGroup = { of, next: of?.rank !== undefined ? sorted[of.rank] ?? null : null };
  }
  return out;
}

function versusTotal(projects: readonly Project[], filter: ProjectFilter, year: number, total: { projects: number; paidKr: number }): NonNullable<AggregateOutput['versus']> {
  const matches = filterProjects(projects, filter, year);
  const other = { projects: matches.length, paidKr: matches.reduce((sum, match) => sum + paidOf(match), 0) };
  const { year: _year, ...described } = filter;
  return { filter: describeFilter(described), total: other, difference: { projects: total.projects - other.projects, paidKr: total.paidKr - other.paidKr } };
}

interface Bucket { key: string; label: string; projects: Set<string>; paidKr: number; totalBudgetKr?: number | null; organisations?: Set<string>; countries?: Set<string> }

function bucketsFor(matches: readonly MatchedProject[], groupBy: AggregateArgs['groupBy'], country?: string, kind?: AggregateArgs['organisationKind']): Bucket[] {
  const buckets = new Map<string, Bucket>();
  const add = (key: string, label: string, projectId: string, paid: number): void => {
    const bucket = buckets.get(key) ?? { key, label, projects: new Set<string>(), paidKr: 0 };
    bucket.projects.add(projectId);
    bucket.paidKr += paid;
    buckets.set(key, bucket);
  };
  for (const match of matches) {
    const { project } = match;
    if (groupBy === 'namnd') {
      for (const participation of match.participations) add(participation.namnd, namndById(participation.namnd).namn, project.id, participation.paidKr);
    } else if (groupBy === 'family') {
      const family = programmeFamily(project.programme);
      add(family, family, project.id, paidOf(match));
    } else if (groupBy === 'programme') {
      add(project.programme, project.programme, project.id, paidOf(match));
    } else if (groupBy === 'goal') {
      for (const goal of project.kfGoals) add(String(goal), `${goal}. ${goalText(goal)}`, project.id, paidOf(match));
    } else if (groupBy === 'country' || groupBy === 'partner') {
      // Each project counts once per country (or organisation), however many of its partners are there; the city itself is not a partner.
      const seen = new Set<string>();
      for (const partner of projectPartners(project)) {
        if (isTheCity(partner.organisation)) continue;
        // "Hur många partner har vi i Italien?": only the partners in the filtered country.
        if (country && groupBy === 'partner' && partner.country !== country) continue;
        // "Vilka universitet samarbetar vi med?": only partners of that kind.
        if (kind && organisationKind(partner.organisation) !== kind) continue;
        const key = groupBy === 'country' ? partner.country ?? '?' : foldText(partner.organisation);
        const label = groupBy === 'country' ? (partner.country ? countryName(partner.country) : 'Okänt land') : `${partner.organisation}${partner.country ? ` (${partner.country})` : ''}`;
        if (!seen.has(key)) { add(key, label, project.id, paidOf(match)); seen.add(key); }
        const bucket = buckets.get(key);
        if (bucket && groupBy === 'country') (bucket.organisations ??= new Set<string>()).add(foldText(partner.organisation));
      }
    } else if (groupBy === 'project') {
      add(project.id, project.acronym && project.acronym !== project.name ? `${project.name} (${project.acronym})` : project.name, project.id, paidOf(match));
      const bucket = buckets.get(project.id);
      if (bucket) {
        bucket.totalBudgetKr = project.totalBudgetKr;
        const { organisations, countries } = ownPartners(project);
        bucket.organisations = organisations;
        bucket.countries = countries;
      }
    } else {
      add('total', 'Totalt', project.id, paidOf(match));
    }
  }
  return [...buckets.values()];
}

/** A project's external partners (lead included, the city itself not) and their countries, counted once per project object. */
const partnersOfProject = new WeakMap<Project, { organisations: Set<string>; countries: Set<string> }>();

function ownPartners(project: Project): { organisations: Set<string>; countries: Set<string> } {
  const known = partnersOfProject.get(project);
  if (known) return known;
  const counted = { organisations: new Set<string>(), countries: new Set<string>() };
  for (const partner of projectPartners(project)) {
    if (isTheCity(partner.organisation)) continue;
    counted.organisations.add(foldText(partner.organisation));
    if (partner.country) counted.countries.add(partner.country);
  }
  partnersOfProject.set(project, counted);
  return counted;
}

/** The threshold(s) as a list: one condition, or two for a range. */
export function thresholdList(threshold: AggregateArgs['threshold']): Array<z.infer<typeof ThresholdSchema>> {
  return threshold === undefined ? [] : Array.isArray(threshold) ? threshold : [threshold];
}

/** The city itself appears among partners ("Malmö stad"); it is not an external partner. */
const isTheCity = (organisation: string): boolean => /^malm[oö] (stad|kommun)$|^city of malm[oö]$/i.test(organisation.trim());

const compare = (op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq', left: number, right: number): boolean =>
  op === 'gt' ? left > right : op === 'gte' ? left >= right : op === 'lt' ? left < right : op === 'lte' ? left <= right : left === right;

/** Which published figure matches a filter: the year's total, or one row of a table. */
function publishedFor(dataset: Dataset, year: number, filter: ProjectFilter): AggregateOutput['publishedTotal'] {
  const published = dataset.years.find((candidate) => candidate.year === year)?.published;
  if (!published) return undefined;
  const { year: _year, namnd, family, goal, ...rest } = filter;
  if (Object.values(rest).some((value) => value !== undefined)) return undefined;
  const namnder = namndList(namnd);
  const set = [namnder, family, goal].filter((value) => value !== undefined && value !== null).length;
  if (set === 0) return { projects: published.totals.projects, paidKr: published.totals.paidKr, approximate: published.totals.paidApproximate, source: publishedSource(year, 'totals') };
  if (set > 1) return undefined;
  if (namnder && namnder.length === 1 && published.perNamnd) {
    const row = published.perNamnd.find((candidate) => candidate.namnd === namnder[0]);
    return row ? { projects: row.projects, paidKr: row.paidKr, approximate: false, source: publishedSource(year, 'perNamnd') } : undefined;
  }
  if (family && published.perFamily) {
    const row = published.perFamily.find((candidate) => candidate.family === family);
    return row ? { paidKr: row.paidKr, approximate: false, source: publishedSource(year, 'perFamily') } : undefined;
  }
  if (goal && published.perGoal) {
    const row = published.perGoal.find((candidate) => candidate.goal === goal);
    return row ? { projects: row.projects, approximate: false, source: publishedSource(year, 'perGoal') } : undefined;
  }
  return undefined;
}

function withDifference(published: AggregateOutput['publishedTotal'], total: { projects: number; paidKr: number }): AggregateOutput['publishedTotal'] {
  if (!published) return undefined;
  const difference: NonNullable<NonNullable<AggregateOutput['publishedTotal']>['difference']> = { agrees: {} };
  if (published.paidKr !== undefined) {
    difference.paidKr = total.paidKr - published.paidKr;
    difference.agrees.paidKr = roundsTo(total.paidKr, published.paidKr, published.approximate);
  }
  if (published.projects !== undefined) {
    difference.projects = total.projects - published.projects;
    difference.agrees.projects = difference.projects === 0;
  }
  return { ...published, difference };
}

function attachPublished(dataset: Dataset, year: number, groups: AggregateGroup[], groupBy: AggregateArgs['groupBy'], filter: ProjectFilter, sources: Source[]): void {
  const published = dataset.years.find((candidate) => candidate.year === year)?.published;
  if (!published) return;
  const { year: _year, ...rest } = filter;
  if (Object.values(rest).some((value) => value !== undefined)) return;
  if (groupBy === 'namnd' && published.perNamnd) {
    for (const group of groups) {
      const row = published.perNamnd.find((candidate) => candidate.namnd === group.key);
      if (row) group.published = { projects: row.projects, paidKr: row.paidKr };
    }
    sources.push(publishedSource(year, 'perNamnd'));
  } else if (groupBy === 'family' && published.perFamily) {
    for (const group of groups) {
      const row = published.perFamily.find((candidate) => candidate.family === group.key);
      if (row) group.published = { paidKr: row.paidKr };
    }
    sources.push(publishedSource(year, 'perFamily'));
  } else if (groupBy === 'goal' && published.perGoal) {
    for (const group of groups) {
      const row = published.perGoal.find((candidate) => String(candidate.goal) === group.key);
      if (row) group.published = { projects: row.projects };
    }
    sources.push(publishedSource(year, 'perGoal'));
  }
}

function sortAndCut(groups: AggregateGroup[], args: AggregateArgs): { groups: AggregateGroup[]; groupCount: number; sorted: AggregateGroup[] } {
  let kept = groups;
  if (args.exclude?.length) {
    const excluded = args.exclude.map((value) => foldText(value));
    const codes = args.exclude.map((value) => resolveCountry(value)).filter((code): code is string => code !== null);
    kept = kept.filter((group) => !excluded.includes(foldText(group.key)) && !excluded.includes(foldText(group.label)) && !codes.includes(group.key));
  }
  for (const { field, op, value } of thresholdList(args.threshold)) {
    kept = kept.filter((group) => group[field] !== null && group[field] !== undefined && compare(op, group[field] ?? 0, value));
  }
  const direction = args.order === 'asc' ? 1 : -1;
  kept = [...kept].sort((left, right) => {
    const primary = ((left[args.sortBy] ?? 0) - (right[args.sortBy] ?? 0)) * direction;
    if (primary !== 0) return primary;
    const other = args.sortBy === 'paidKr' ? 'projects' : 'paidKr';
    return ((left[other] ?? 0) - (right[other] ?? 0)) * direction || left.label.localeCompare(right.label, 'sv');
  });
  annotate(kept);
  return { groups: args.limit ? kept.slice(0, args.limit) : kept, groupCount: kept.length, sorted: kept };
}

/** Aggregates over every year of the data: project-level where it exists, published totals otherwise. */
function aggregateByYear(dataset: Dataset, args: AggregateArgs): AggregateOutput {
  const { groupBy: _groupBy, sortBy: _sortBy, order: _order, limit: _limit, threshold: _threshold, exclude: _exclude, compare: _compare, focus: _focus, position: _position, after: _after, organisationKind: _kind, versus: _versus, ...filter } = args;
  const filtered = Object.entries(filter).some(([key, value]) => key !== 'year' && value !== undefined);
  const groups: AggregateGroup[] = [];
  const sources: Source[] = [];
  const notes: string[] = [];
  for (const year of dataset.years) {
    if (year.projects) {
      const matches = filterProjects(year.projects, { ...filter, year: year.year }, year.year);
      groups.push({
        key: String(year.year), label: String(year.year), projects: matches.length, paidKr: matches.reduce((sum, match) => sum + paidOf(match), 0),
        shareOfPaid: null, shareOfProjects: null, basis: 'projects',
        ...(year.published && !filtered ? { published: { projects: year.published.totals.projects, paidKr: year.published.totals.paidKr, approximate: year.published.totals.paidApproximate } } : {}),
      });
      sources.push(projectsSource(year.year));
    } else if (year.published) {
      if (filtered) notes.push(`${year.year} finns bara som publicerade totaler; filtret kan inte tillämpas på det året.`);
      groups.push({
        key: String(year.year), label: String(year.year),
        projects: filtered ? null : year.published.totals.projects, paidKr: filtered ? null : year.published.totals.paidKr,
        shareOfPaid: null, shareOfProjects: null, basis: 'published',
        published: { projects: year.published.totals.projects, paidKr: year.published.totals.paidKr, approximate: year.published.totals.paidApproximate },
      });
      sources.push(publishedSource(year.year, 'totals'));
    }
  }
  // Years stay in calendar order unless a ranking is asked for (an order, a top N or a threshold).
  const ordered = args.limit || args.threshold || _order ? sortAndCut(groups, args) : (annotate(groups), { groups, groupCount: groups.length, sorted: groups });
  return {
    available: groups.length > 0, year: null, years: groups.map((group) => Number(group.key)), sources, filter: describeFilter(filter), groupBy: 'year',
    total: {
      projects: groups.reduce((sum, group) => sum + (group.projects ?? 0), 0),
      paidKr: groups.reduce((sum, group) => sum + (group.paidKr ?? 0), 0),
    },
    yearTotal: null, groups: ordered.groups, groupCount: ordered.groupCount, notes, ...positions(ordered.sorted, args),
  };
}

export const aggregateTool: Tool<typeof AggregateInput, AggregateOutput> = {
  name: 'aggregate',
  description:
    'Räknar projekt och summerar utbetalda EU-medel ett år, med samma filter som find_projects, grupperat per nämnd, ' +
    'programfamilj, program, KF-mål, projekt eller år. Kan rangordna (flest/minst, topp N), filtrera med tröskel ' +
    '("mer än 5 miljoner") och ger andelar av årets total samt rapportens publicerade siffra när en sådan finns.',
  input: AggregateInput,
  run(args, deps) {
    if (args.groupBy === 'year') return aggregateByYear(deps.dataset, args);
    const { groupBy, sortBy: _sortBy, order: _order, limit: _limit, threshold: _threshold, exclude: _exclude, organisationKind: kind, compare: _compare, focus: _focus, position: _position, after: _after, versus, ...filter } = args;
    const picked = projectYear(deps.dataset, filter.year);
    if ('available' in picked) {
      return {
        available: false, year: picked.year, years: [picked.year], sources: [], filter: describeFilter(filter), groupBy,
        total: { projects: 0, paidKr: 0 }, yearTotal: null, groups: [], groupCount: 0, unavailable: picked, notes: [],
      };
    }
    const { year } = picked;
    const everything = filterProjects(year.projects, {}, year.year);
    const yearTotal = { projects: everything.length, paidKr: everything.reduce((sum, match) => sum + paidOf(match), 0) };
    const matches = filterProjects(year.projects, filter, year.year);
    const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
    let groups: AggregateGroup[] = bucketsFor(matches, groupBy, filter.country, kind).map((bucket) => ({
      key: bucket.key, label: bucket.label, projects: bucket.projects.size, paidKr: bucket.paidKr,
      ...(bucket.organisations ? { partners: bucket.organisations.size } : {}),
      ...(bucket.countries ? { countries: bucket.countries.size } : {}),
      shareOfPaid: share(bucket.paidKr, yearTotal.paidKr), shareOfProjects: share(bucket.projects.size, yearTotal.projects), basis: 'projects',
      ...(bucket.totalBudgetKr !== undefined ? { totalBudgetKr: bucket.totalBudgetKr } : {}),
    }));
    if (groupBy === 'family' && !args.threshold) {
      for (const family of PROGRAMME_FAMILIES) {
        if (!groups.some((group) => group.key === family)) groups.push({ key: family, label: family, projects: 0, paidKr: 0, shareOfPaid: 0, shareOfProjects: 0, basis: 'projects' });
      }
    }
    if (groupBy === 'goal' && !args.threshold) {
      for (const goal of KF_GOALS) {
        if (!groups.some((group) => group.key === String(goal.number))) groups.push({ key: String(goal.number), label: `${goal.number}. ${goal.text}`, projects: 0, paidKr: 0, shareOfPaid: 0, shareOfProjects: 0, basis: 'projects' });
      }
    }
    const sources: Source[] = [projectsSource(year.year)];
    attachPublished(deps.dataset, year.year, groups, groupBy, filter, sources);
    const cut = sortAndCut(groups, args);
    groups = cut.groups;
    const total = { projects: matches.length, paidKr: matches.reduce((sum, match) => sum + paidOf(match), 0) };
    const publishedTotal = groupBy === 'none' || groupBy === 'project' ? withDifference(publishedFor(deps.dataset, year.year, filter), total) : undefined;
    if (publishedTotal) sources.push(publishedTotal.source);
    const notes: string[] = [];
    if (groupBy === 'namnd') notes.push('Ett projekt som flera nämnder deltar i räknas en gång per nämnd, som i rapportens tabell.');
    if (groupBy === 'goal') notes.push('Ett projekt kan bidra till flera KF-mål och räknas då under varje mål.');
    if (groupBy === 'country' || groupBy === 'partner') notes.push('Partner räknas som projektägare eller partner i projektlistan; Malmö stad själv räknas inte. Ett projekt räknas en gång per land eller organisation.');
    const namndIds = [...new Set(matches.flatMap((match) => match.participations.map((participation) => participation.namnd)))].sort();
    return {
      available: true, year: year.year, years: [year.year], sources, filter: describeFilter(filter), groupBy,
      total: {
        ...total, namnder: namndIds.length, namndIds, averagePaidKr: averageOf(total.paidKr, total.projects),
        shareOfYear: { projects: ratioOf(total.projects, yearTotal.projects), paidKr: ratioOf(total.paidKr, yearTotal.paidKr) },
      },
      yearTotal, ...(publishedTotal ? { publishedTotal } : {}), groups, groupCount: cut.groupCount, notes,
      ...(groups.length === 2 ? { comparison: compareTwoGroups(groups) } : {}),
      ...positions(cut.sorted, args),
      ...(versus ? { versus: versusTotal(year.projects, { ...versus, year: year.year }, year.year, total) } : {}),
      ...(groupBy !== 'none' ? { groupProjectsSum: groups.reduce((sum, group) => sum + (group.projects ?? 0), 0) } : {}),
      collaborating: collaboratingProjects(year.projects, filter).map((project) => ({ id: project.id, name: project.name, programme: project.programme })),
      ...(matches.length === 0 ? {
        uncounted: uncountedProjects(year.projects, filter, year.year)
          .map((project) => ({ id: project.id, name: project.name, programme: project.programme, collaborators: project.collaborators.map((id) => namndById(id).forvaltning) })),
      } : {}),
    };
  },
};
