import { compactKey, foldText } from '../text/fold.js';
import type { Partner } from '../domain/project.js';
import type { Submission, SubmissionProject } from '../domain/submission.js';

/**
 * A projects.json file as read from disk: kept as plain JSON so that fields this code does not
 * know about, and the file's note, survive a merge untouched.
 */
export interface ProjectFileJson {
  year: number;
  note?: string;
  projects: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

/** What merging one submission changed, by project name. */
export interface MergeSummary {
  created: string[];
  updated: string[];
  /** Projects this nämnd no longer takes part in (listed by its previous submission only). */
  left: string[];
  /** Projects removed because nobody took part in them any more. */
  removed: string[];
}

/** The keys a project is known by: its name, its acronym, and the parts of "Name (ACRONYM)" or "ACRONYM – Name". */
export function projectKeys(name: string, acronym: string | null = null): Set<string> {
  const keys = new Set<string>();
  const add = (text: string | null | undefined): void => {
    const key = text ? compactKey(text) : '';
    if (key.length >= 2) keys.add(key);
  };
  add(name);
  add(acronym);
  const parenthesised = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (parenthesised) {
    add(parenthesised[1]);
    add(parenthesised[2]);
  }
  const dashed = /^(\S+)\s+[–—-]\s+(.+)$/.exec(name);
  if (dashed) {
    add(dashed[1]);
    add(dashed[2]);
  }
  return keys;
}

/** A slug for ids and file names: "Arbetsmarknads- och socialförvaltningen" → "arbetsmarknads-och-socialforvaltningen". */
export function slugify(text: string, maxLength = 60): string {
  const slug = foldText(text).replace(/ /g, '-').slice(0, maxLength).replace(/-+$/, '');
  return slug === '' ? 'projekt' : slug;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The index of the project a submission row means: same name first, else a shared name/acronym key; -1 for none. */
export function findProjectIndex(projects: Array<Record<string, unknown>>, rowName: string): number {
  const rowKeys = projectKeys(rowName);
  const exact = projects.findIndex((project) => compactKey(text(project.name) ?? '') === compactKey(rowName));
  if (exact >= 0) return exact;
  return projects.findIndex((project) => {
    for (const key of projectKeys(text(project.name) ?? '', text(project.acronym))) if (rowKeys.has(key)) return true;
    return false;
  });
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function partnerJson(partner: Partner): Partner {
  return { organisation: partner.organisation, country: partner.country };
}

/** Fills the project-level fields the project does not have yet from a submission row. Returns whether anything changed. */
function fillMissing(project: Record<string, unknown>, row: SubmissionProject): boolean {
  const values: Record<string, unknown> = {
    programme: row.programme,
    start: row.start,
    end: row.end,
    totalBudgetKr: row.totalBudgetKr,
    lead: row.lead ? partnerJson(row.lead) : null,
    partners: row.partners.map(partnerJson),
    kfGoals: [...row.kfGoals],
    description: row.description,
  };
  let changed = false;
  for (const [field, value] of Object.entries(values)) {
    if (isEmpty(project[field]) && !isEmpty(value)) {
      project[field] = value;
      changed = true;
    }
  }
  return changed;
}

function uniqueId(base: string, projects: Array<Record<string, unknown>>): string {
  const taken = new Set(projects.map((project) => String(project.id)));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

/**
 * Merges a submission's project rows into its year's project list (in place on `file`):
 * each row is matched to an existing project by name or acronym; this nämnd's participation
 * (role, paid) is added or updated, and project-level fields the project lacks are filled from the
 * row. A row matching nothing becomes a new project with provenance "submission". Projects that
 * the nämnd's previous submission listed but this one does not lose this nämnd's participation;
 * a project left with no participant at all is removed.
 */
export function mergeSubmissionProjects(
  file: ProjectFileJson,
  submission: Submission,
  previous: Submission | null,
  provenanceNote: string,
): MergeSummary {
  const summary: MergeSummary = { created: [], updated: [], left: [], removed: [] };
  const namnd = submission.namnd;
  const touched = new Set<Record<string, unknown>>();

  for (const row of submission.projects) {
    const index = findProjectIndex(file.projects, row.name);
    if (index < 0) {
      const project: Record<string, unknown> = {
        id: uniqueId(slugify(row.name), file.projects),
        name: row.name,
        acronym: null,
        programme: row.programme,
        start: row.start,
        end: row.end,
        totalBudgetKr: row.totalBudgetKr,
        euRate: null,
        lead: row.lead ? partnerJson(row.lead) : null,
        partners: row.partners.map(partnerJson),
        description: row.description,
        themes: [],
        kfGoals: [...row.kfGoals],
        participations: [{ namnd, role: row.role, paidKr: row.paidKr }],
        collaborators: [],
        contact: submission.contact.name,
        provenance: { kind: 'submission', note: provenanceNote },
      };
      file.projects.push(project);
      touched.add(project);
      summary.created.push(row.name);
      continue;
    }
    const project = file.projects[index] as Record<string, unknown>;
    let changed = false;
    const participations = Array.isArray(project.participations) ? (project.participations as Array<Record<string, unknown>>) : [];
    const existing = participations.find((participation) => participation.namnd === namnd);
    if (existing) {
      if (existing.role !== row.role || existing.paidKr !== row.paidKr) {
        existing.role = row.role;
        existing.paidKr = row.paidKr;
        changed = true;
      }
    } else {
      participations.push({ namnd, role: row.role, paidKr: row.paidKr });
      changed = true;
    }
    project.participations = participations;
    if (Array.isArray(project.collaborators) && project.collaborators.includes(namnd)) {
      project.collaborators = project.collaborators.filter((collaborator) => collaborator !== namnd);
      changed = true;
    }
    if (fillMissing(project, row)) changed = true;
    touched.add(project);
    if (changed) summary.updated.push(String(project.name));
  }

  if (previous) {
    const stillListed = submission.projects.map((row) => projectKeys(row.name));
    for (const row of previous.projects) {
      const keys = projectKeys(row.name);
      if (stillListed.some((listed) => [...keys].some((key) => listed.has(key)))) continue;
      const index = findProjectIndex(file.projects, row.name);
      if (index < 0) continue;
      const project = file.projects[index] as Record<string, unknown>;
      if (touched.has(project)) continue;
      const participations = Array.isArray(project.participations) ? (project.participations as Array<Record<string, unknown>>) : [];
      const remaining = participations.filter((participation) => participation.namnd !== namnd);
      if (remaining.length === participations.length) continue;
      project.participations = remaining;
      summary.left.push(String(project.name));
      const collaborators = Array.isArray(project.collaborators) ? project.collaborators : [];
      if (remaining.length === 0 && collaborators.length === 0) {
        file.projects.splice(index, 1);
        summary.removed.push(String(project.name));
      }
    }
  }
  return summary;
}
