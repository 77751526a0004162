import type { Dataset } from '../domain/dataset.js';
import { latestProjectYear } from '../domain/dataset.js';
import { namndById, type NamndId } from '../domain/organisation.js';
import { programmeFamily } from '../domain/programmes.js';
import { isCounted, type Project } from '../domain/project.js';
import { organisationKind, type OrganisationKind } from '../search/organisation-kind.js';
import { projectsSource } from '../tools/project-query.js';
import type { Source } from '../tools/tool.js';
import { compactKey } from '../text/fold.js';
import type { LookupItem } from './lookup-item.js';

/** One förvaltning's part in a project, with the funds paid to it in the project list's year. */
export interface NamndPart {
  namnd: NamndId;
  namndName: string;
  forvaltning: string;
  role: string;
  paidKr: number;
}

/** Everything a project card shows, straight from the project list of one year. */
export interface ProjectFacts {
  kind: 'project';
  year: number;
  id: string;
  name: string;
  acronym: string | null;
  programme: string;
  family: string;
  start: string | null;
  end: string | null;
  namnder: NamndPart[];
  /** Förvaltningar that only collaborate (named in the report, not counted). */
  collaborators: string[];
  /** Paid to the city's förvaltningar in `year`, whole kronor (the sum of `namnder`). */
  paidKr: number;
  counted: boolean;
  lead: { organisation: string; country: string | null } | null;
  partners: Array<{ organisation: string; country: string | null }>;
  contact: string | null;
  description: string;
  /** Where the figures come from. */
  source: Source;
  /** What is real and what is example data, as the project list says. */
  provenance: string;
}

/** A project in a partner's or förvaltning's list. */
export interface ProjectMention {
  year: number;
  id: string;
  name: string;
  programme: string;
}

export interface PartnerFacts {
  kind: 'partner';
  organisation: string;
  country: string | null;
  organisationKind: OrganisationKind;
  /** The projects it is lead or partner in, newest year first. */
  projects: Array<ProjectMention & { role: 'projektägare' | 'partner' }>;
  sources: Source[];
}

export interface ForvaltningFacts {
  kind: 'forvaltning';
  namnd: NamndId;
  namndName: string;
  forvaltning: string;
  /** The latest year with project data. */
  year: number | null;
  /** Counted projects that year, largest paid first. */
  projects: Array<ProjectMention & { role: string; paidKr: number }>;
  paidKr: number;
  /** The contact person the latest submission gives. */
  contact: { name: string; email: string | null; year: number; file: string } | null;
  sources: Source[];
}

export type LookupFacts = ProjectFacts | PartnerFacts | ForvaltningFacts;

/** Each project id once, in the latest year it appears in (the list's newest figures). */
export function latestProjects(dataset: Dataset): Array<{ year: number; project: Project }> {
  const seen = new Map<string, { year: number; project: Project }>();
  for (const year of dataset.years) {
    for (const project of year.projects ?? []) seen.set(project.id, { year: year.year, project });
  }
  return [...seen.values()];
}

export function projectFacts(project: Project, year: number): ProjectFacts {
  const namnder = project.participations.map((participation) => {
    const namnd = namndById(participation.namnd);
    return { namnd: namnd.id, namndName: namnd.namn, forvaltning: namnd.forvaltning, role: participation.role, paidKr: participation.paidKr };
  });
  return {
    kind: 'project', year, id: project.id, name: project.name, acronym: project.acronym, programme: project.programme,
    family: programmeFamily(project.programme), start: project.start, end: project.end, namnder,
    collaborators: project.collaborators.map((id) => namndById(id).forvaltning),
    paidKr: namnder.reduce((sum, part) => sum + part.paidKr, 0), counted: isCounted(project),
    lead: project.lead, partners: project.partners, contact: project.contact, description: project.description,
    source: projectsSource(year), provenance: project.provenance.note,
  };
}

const isCity = (organisation: string): boolean => /^malm[oö] (stad|kommun)$/i.test(organisation.trim());

function partnerFacts(dataset: Dataset, organisation: string): PartnerFacts | null {
  const key = compactKey(organisation);
  const projects: PartnerFacts['projects'] = [];
  let found: { organisation: string; country: string | null } | null = null;
  for (const { year, project } of latestProjects(dataset)) {
    const roles = [
      ...(project.lead ? [{ ...project.lead, role: 'projektägare' as const }] : []),
      ...project.partners.map((partner) => ({ ...partner, role: 'partner' as const })),
    ].filter((partner) => compactKey(partner.organisation) === key);
    const first = roles[0];
    if (!first) continue;
    found ??= first;
    projects.push({ year, id: project.id, name: project.name, programme: project.programme, role: first.role });
  }
  if (!found || isCity(found.organisation)) return null;
  projects.sort((left, right) => right.year - left.year || left.name.localeCompare(right.name, 'sv'));
  const years = [...new Set(projects.map((project) => project.year))];
  return {
    kind: 'partner', organisation: found.organisation, country: found.country, organisationKind: organisationKind(found.organisation),
    projects, sources: years.map((year) => projectsSource(year)),
  };
}

function forvaltningFacts(dataset: Dataset, namndId: NamndId): ForvaltningFacts {
  const namnd = namndById(namndId);
  const year = latestProjectYear(dataset);
  const projects: ForvaltningFacts['projects'] = [];
  for (const project of year?.projects ?? []) {
    const part = project.participations.find((participation) => participation.namnd === namndId);
    if (part) projects.push({ year: year?.year ?? 0, id: project.id, name: project.name, programme: project.programme, role: part.role, paidKr: part.paidKr });
  }
  projects.sort((left, right) => right.paidKr - left.paidKr || left.name.localeCompare(right.name, 'sv'));
  let contact: ForvaltningFacts['contact'] = null;
  for (const candidate of [...dataset.years].reverse()) {
    const submission = candidate.submissions.find((entry) => entry.namnd === namndId);
    if (submission) {
      contact = { name: submission.contact.name, email: submission.contact.email, year: submission.year, file: submission.file };
      break;
    }
  }
  const sources: Source[] = [...(year ? [projectsSource(year.year)] : []), ...(contact ? [{ title: `${namnd.forvaltning}s underlag ${contact.year}`, ref: contact.file }] : [])];
  return {
    kind: 'forvaltning', namnd: namnd.id, namndName: namnd.namn, forvaltning: namnd.forvaltning, year: year?.year ?? null,
    projects, paidKr: projects.reduce((sum, project) => sum + project.paidKr, 0), contact, sources,
  };
}

/** The facts behind a lookup item, or null when the data no longer has it (the item is stale). */
export function lookupFacts(dataset: Dataset, item: LookupItem): LookupFacts | null {
  switch (item.kind) {
    case 'project': {
      const project = dataset.years.find((year) => year.year === item.year)?.projects?.find((candidate) => candidate.id === item.projectId);
      return project ? projectFacts(project, item.year) : null;
    }
    case 'partner':
      return partnerFacts(dataset, item.organisation);
    case 'forvaltning':
      return forvaltningFacts(dataset, item.namnd);
  }
}
