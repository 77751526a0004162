import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectFileSchema, type Project } from '../domain/project.js';
import { ORGANISATION, type Namnd } from '../domain/organisation.js';
import { programmeFamily, type ProgrammeFamily } from '../domain/programmes.js';

/**
 * The expected answers, computed straight from `data/<year>/projects.json` and the submissions'
 * front matter: it never calls the tools or the interpreter it is there to check. Counting follows
 * data/README.md: a project is counted when it has a participation; the amounts are "Utbetalt under
 * året"; a project shared by two nämnder counts once per nämnd and once in the city's total.
 */
export interface OracleProject {
  id: string;
  name: string;
  acronym: string | null;
  programme: string;
  family: ProgrammeFamily;
  paidKr: number;
  units: Array<{ namnd: string; role: string; paidKr: number }>;
  lead: { organisation: string; country: string | null } | null;
  /** Lead and partners that are not Malmö stad itself, lead first, each organisation once. */
  externalPartners: Array<{ organisation: string; country: string | null }>;
  contact: string | null;
  totalBudgetKr: number | null;
  start: string | null;
  end: string | null;
  kfGoals: number[];
  counted: boolean;
}

export interface OracleGroup { key: string; projects: OracleProject[]; paidKr: number }

export interface OracleFacts {
  year: number;
  /** Every project of the year, counted or not. */
  allProjects: OracleProject[];
  /** The projects the report counts. */
  projects: OracleProject[];
  units: Array<OracleGroup & { namnd: Namnd; contacts: string[] }>;
  programmes: OracleGroup[];
  families: OracleGroup[];
  goals: OracleGroup[];
  /** Countries of external partners (not Sweden), with the counted projects that have one there. */
  countries: Array<OracleGroup & { alsoUncounted: boolean }>;
  /** External partner organisations with the counted projects they are in. */
  partners: Array<OracleGroup & { country: string | null; alsoUncounted: boolean }>;
  totals: { projects: number; paidKr: number; namnder: number };
}

/** "Malmö stad" is the city itself, not a partner of it. */
export const isCityItself = (organisation: string): boolean => organisation.trim().toLowerCase() === 'malmö stad';

/** The latest year in the data folder that has a project list. */
export function latestProjectYear(dataDir: string): number {
  const years = readdirSync(dataDir)
    .filter((entry) => /^\d{4}$/.test(entry) && existsSync(join(dataDir, entry, 'projects.json')))
    .map(Number);
  if (years.length === 0) throw new Error(`Ingen projektlista (projects.json) i ${dataDir}`);
  return Math.max(...years);
}

function toOracleProject(project: Project): OracleProject {
  const external: OracleProject['externalPartners'] = [];
  for (const partner of [...(project.lead ? [project.lead] : []), ...project.partners]) {
    if (isCityItself(partner.organisation) || external.some((known) => known.organisation === partner.organisation)) continue;
    external.push({ organisation: partner.organisation, country: partner.country });
  }
  return {
    id: project.id, name: project.name, acronym: project.acronym, programme: project.programme,
    family: programmeFamily(project.programme),
    paidKr: project.participations.reduce((sum, participation) => sum + participation.paidKr, 0),
    units: project.participations.map((participation) => ({ namnd: participation.namnd, role: participation.role, paidKr: participation.paidKr })),
    lead: project.lead, externalPartners: external, contact: project.contact, totalBudgetKr: project.totalBudgetKr,
    start: project.start, end: project.end, kfGoals: [...project.kfGoals], counted: project.participations.length > 0,
  };
}

const group = (key: string, projects: OracleProject[], paid: (project: OracleProject) => number = (project) => project.paidKr): OracleGroup => ({
  key, projects, paidKr: projects.reduce((sum, project) => sum + paid(project), 0),
});

/** Submission contact persons per förvaltning name, from the front matter of data/<year>/underlag/*.md. */
function submissionContacts(dataDir: string, year: number): Map<string, string> {
  const folder = join(dataDir, String(year), 'underlag');
  const contacts = new Map<string, string>();
  if (!existsSync(folder)) return contacts;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
    const text = readFileSync(join(folder, file), 'utf8');
    const forvaltning = /^förvaltning:\s*(.+)$/m.exec(text)?.[1]?.trim();
    const contact = /^kontaktperson:\s*(.+)$/m.exec(text)?.[1]?.trim();
    if (forvaltning && contact) contacts.set(forvaltning, contact);
  }
  return contacts;
}

function byKey<Item>(items: readonly Item[], keysOf: (item: Item) => readonly string[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) for (const key of new Set(keysOf(item))) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

export function loadOracleFacts(dataDir: string, year: number = latestProjectYear(dataDir)): OracleFacts {
  const file = ProjectFileSchema.parse(JSON.parse(readFileSync(join(dataDir, String(year), 'projects.json'), 'utf8')));
  const allProjects = file.projects.map(toOracleProject);
  const projects = allProjects.filter((project) => project.counted);
  const contacts = submissionContacts(dataDir, year);
  const units = ORGANISATION.flatMap((namnd) => {
    const own = projects.filter((project) => project.units.some((unit) => unit.namnd === namnd.id));
    if (own.length === 0) return [];
    const paidOf = (project: OracleProject): number => project.units.filter((unit) => unit.namnd === namnd.id).reduce((sum, unit) => sum + unit.paidKr, 0);
    // The förvaltning's own contact person (its submission); without a submission, its projects' contacts.
    const submitted = contacts.get(namnd.forvaltning);
    const named = submitted ? [submitted] : [...new Set(own.map((project) => project.contact).filter((contact): contact is string => contact !== null))];
    return [{ ...group(namnd.id, own, paidOf), namnd, contacts: named }];
  });
  const countryOf = (project: OracleProject): string[] => project.externalPartners.map((partner) => partner.country).filter((country): country is string => country !== null && country !== 'SE');
  const uncounted = allProjects.filter((project) => !project.counted);
  const countries = [...byKey(projects, countryOf)].map(([code, members]) => ({ ...group(code, members), alsoUncounted: uncounted.some((project) => countryOf(project).includes(code)) }));
  const partners = [...byKey(projects, (project) => project.externalPartners.map((partner) => partner.organisation))].map(([organisation, members]) => ({
    ...group(organisation, members),
    country: members[0]?.externalPartners.find((partner) => partner.organisation === organisation)?.country ?? null,
    alsoUncounted: uncounted.some((project) => project.externalPartners.some((partner) => partner.organisation === organisation)),
  }));
  return {
    year, allProjects, projects, units,
    programmes: [...byKey(projects, (project) => [project.programme])].map(([key, members]) => group(key, members)),
    families: [...byKey(projects, (project) => [project.family])].map(([key, members]) => group(key, members)),
    goals: [...byKey(projects, (project) => project.kfGoals.map(String))].map(([key, members]) => group(key, members)).sort((left, right) => Number(left.key) - Number(right.key)),
    countries, partners,
    totals: { projects: projects.length, paidKr: projects.reduce((sum, project) => sum + project.paidKr, 0), namnder: units.length },
  };
}

/** Groups from most to least by a measure; null when the first two tie (no single answer). */
export function ranked<Group extends OracleGroup>(groups: readonly Group[], measure: 'projects' | 'paid', order: 'desc' | 'asc' = 'desc'): Group[] {
  const value = (item: Group): number => (measure === 'projects' ? item.projects.length : item.paidKr);
  return [...groups].sort((left, right) => (order === 'desc' ? value(right) - value(left) : value(left) - value(right)));
}

/** The group at a 1-based position, or null when it ties with a neighbour (the position is not defined). */
export function atPosition<Group extends OracleGroup>(groups: readonly Group[], measure: 'projects' | 'paid', position: number, order: 'desc' | 'asc' = 'desc'): Group | null {
  const sorted = ranked(groups, measure, order);
  const value = (item: Group | undefined): number | undefined => (item === undefined ? undefined : measure === 'projects' ? item.projects.length : item.paidKr);
  const here = sorted[position - 1];
  if (!here) return null;
  if (value(sorted[position - 2]) === value(here) || value(sorted[position]) === value(here)) return null;
  return here;
}
