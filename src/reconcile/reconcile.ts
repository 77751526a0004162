import type { Dataset, YearData } from '../domain/dataset.js';
import { namndById, type NamndId } from '../domain/organisation.js';
import { isCounted, type Project } from '../domain/project.js';
import { SECTION_FIELDS, SECTION_HEADINGS } from '../domain/submission.js';
import { compactKey } from '../text/fold.js';
import { computeYearFigures, type YearFigures } from './year-figures.js';

export type FigureTable = 'totals' | 'perNamnd' | 'perFamily' | 'perGoal';

/** A published figure that the project-level data does not reproduce. */
export interface FigureDifference {
  table: FigureTable;
  /** What the figure is about, in Swedish: "Miljönämnden, utbetalt", "Övriga projekt, utbetalt". */
  label: string;
  published: number;
  computed: number;
  /** computed − published. */
  gap: number;
  unit: 'kr' | 'projekt' | 'nämnder';
}

export interface MissingSubmission {
  namnd: NamndId;
  forvaltning: string;
  reason: string;
}

export interface MissingField {
  /** "2024/projects.json" or the submission file. */
  file: string;
  /** The project or section concerned. */
  item: string;
  field: string;
}

/** A submission's project table that disagrees with the year's project list. */
export interface SubmissionMismatch {
  file: string;
  project: string;
  message: string;
}

export interface YearReconciliation {
  year: number;
  hasProjectData: boolean;
  hasPublished: boolean;
  computed: YearFigures | null;
  /** Figures that match the published tables (so the reader sees what was checked). */
  matched: number;
  differences: FigureDifference[];
  /** Sums the report printed that disagree with each other (e.g. per nämnd vs per programme). */
  publishedInternal: FigureDifference[];
  missingSubmissions: MissingSubmission[];
  missingFields: MissingField[];
  submissionMismatches: SubmissionMismatch[];
}

export interface ReconciliationReport {
  dataDir: string;
  years: YearReconciliation[];
}

const FAMILY_LABEL = (family: string): string => `${family}-projekt`;

/** Rounds to the precision of an approximate total like "cirka 50,5 miljoner" (one decimal of millions). */
const roundToTenthMillion = (value: number): number => Math.round(value / 100_000) * 100_000;

function compareFigures(year: YearData, computed: YearFigures): { matched: number; differences: FigureDifference[]; internal: FigureDifference[] } {
  const published = year.published;
  const differences: FigureDifference[] = [];
  const internal: FigureDifference[] = [];
  let matched = 0;
  const check = (table: FigureTable, label: string, publishedValue: number, computedValue: number, unit: FigureDifference['unit']): void => {
    if (publishedValue === computedValue) matched += 1;
    else differences.push({ table, label, published: publishedValue, computed: computedValue, gap: computedValue - publishedValue, unit });
  };
  if (!published) return { matched, differences, internal };

  check('totals', 'Antal EU-projekt', published.totals.projects, computed.projects, 'projekt');
  check('totals', 'Antal nämnder med EU-projekt', published.totals.namnder, computed.namnder, 'nämnder');
  const computedTotal = published.totals.paidApproximate ? roundToTenthMillion(computed.paidKr) : computed.paidKr;
  check('totals', published.totals.paidApproximate ? 'Utbetalda EU-medel totalt (avrundat)' : 'Utbetalda EU-medel totalt', published.totals.paidKr, computedTotal, 'kr');

  if (published.perNamnd) {
    const ids = new Set<NamndId>([...published.perNamnd.map((row) => row.namnd), ...computed.perNamnd.map((row) => row.namnd)]);
    for (const id of ids) {
      const printed = published.perNamnd.find((row) => row.namnd === id) ?? { projects: 0, paidKr: 0 };
      const mine = computed.perNamnd.find((row) => row.namnd === id) ?? { projects: 0, paidKr: 0 };
      const name = namndById(id).namn;
      check('perNamnd', `${name}, antal projekt`, printed.projects, mine.projects, 'projekt');
      check('perNamnd', `${name}, utbetalt`, printed.paidKr, mine.paidKr, 'kr');
    }
  }
  if (published.perFamily) {
    for (const printed of published.perFamily) {
      const mine = computed.perFamily.find((row) => row.family === printed.family)?.paidKr ?? 0;
      check('perFamily', `${FAMILY_LABEL(printed.family)}, utbetalt`, printed.paidKr, mine, 'kr');
    }
  }
  if (published.perGoal) {
    for (const printed of published.perGoal) {
      const mine = computed.perGoal.find((row) => row.goal === printed.goal)?.projects ?? 0;
      check('perGoal', `KF-mål ${printed.goal}, antal projekt`, printed.projects, mine, 'projekt');
    }
  }
  if (published.perNamnd && published.perFamily) {
    const byNamnd = published.perNamnd.reduce((sum, row) => sum + row.paidKr, 0);
    const byFamily = published.perFamily.reduce((sum, row) => sum + row.paidKr, 0);
    if (byNamnd !== byFamily) {
      internal.push({ table: 'perFamily', label: 'Summa per program jämfört med summa per nämnd (i den publicerade rapporten)', published: byNamnd, computed: byFamily, gap: byFamily - byNamnd, unit: 'kr' });
    }
  }
  return { matched, differences, internal };
}

function findMissingFields(year: YearData): MissingField[] {
  const missing: MissingField[] = [];
  const file = `${year.year}/projects.json`;
  for (const project of year.projects ?? []) {
    const absent: Array<[boolean, string]> = [
      [project.start === null, 'start'], [project.end === null, 'slut'], [project.totalBudgetKr === null, 'total budget'],
      [project.euRate === null, 'EU-finansieringsgrad'], [project.lead === null, 'projektägare (lead)'],
      [project.description.trim() === '', 'beskrivning'], [isCounted(project) && project.kfGoals.length === 0, 'KF-mål'],
    ];
    for (const [isMissing, field] of absent) if (isMissing) missing.push({ file, item: project.name, field });
  }
  for (const submission of year.submissions) {
    for (const field of SECTION_FIELDS) {
      const section = submission.sections.find((candidate) => candidate.field === field);
      const empty = !section || (section.text.trim() === '' && !(field === 'projekt' && submission.projects.length > 0));
      if (empty) missing.push({ file: submission.file, item: submission.forvaltning, field: `avsnittet "${SECTION_HEADINGS[field]}"` });
    }
    if (submission.contact.email === null) missing.push({ file: submission.file, item: submission.forvaltning, field: 'e-post' });
  }
  return missing;
}

function findMissingSubmissions(year: YearData): MissingSubmission[] {
  const submitted = new Set(year.submissions.map((submission) => submission.namnd));
  const expected = new Map<NamndId, string>();
  for (const project of year.projects ?? []) {
    for (const participation of project.participations) expected.set(participation.namnd, 'deltar i EU-projekt');
    for (const collaborator of project.collaborators) if (!expected.has(collaborator)) expected.set(collaborator, 'samverkar i EU-projekt');
  }
  return [...expected.entries()]
    .filter(([namnd]) => !submitted.has(namnd))
    .map(([namnd, reason]) => ({ namnd, forvaltning: namndById(namnd).forvaltning, reason: `${reason} ${year.year} men har inget underlag` }));
}

function projectKeyIndex(projects: readonly Project[]): Map<string, Project> {
  const index = new Map<string, Project>();
  for (const project of projects) {
    index.set(compactKey(project.name), project);
    if (project.acronym) index.set(compactKey(project.acronym), project);
  }
  return index;
}

function findSubmissionMismatches(year: YearData): SubmissionMismatch[] {
  if (!year.projects) return [];
  const mismatches: SubmissionMismatch[] = [];
  const index = projectKeyIndex(year.projects);
  for (const submission of year.submissions) {
    const listed = new Set<string>();
    for (const row of submission.projects) {
      const project = index.get(compactKey(row.name));
      if (!project) {
        mismatches.push({ file: submission.file, project: row.name, message: 'finns inte i årets projektlista' });
        continue;
      }
      listed.add(project.id);
      const participation = project.participations.find((candidate) => candidate.namnd === submission.namnd);
      if (!participation) {
        mismatches.push({ file: submission.file, project: row.name, message: `projektlistan har inget deltagande för ${submission.forvaltning}` });
        continue;
      }
      if (participation.paidKr !== row.paidKr) {
        mismatches.push({ file: submission.file, project: row.name, message: `utbetalt ${row.paidKr} kr i underlaget men ${participation.paidKr} kr i projektlistan` });
      }
      if (participation.role !== row.role) {
        mismatches.push({ file: submission.file, project: row.name, message: `roll ${row.role} i underlaget men ${participation.role} i projektlistan` });
      }
    }
    for (const project of year.projects) {
      if (project.participations.some((candidate) => candidate.namnd === submission.namnd) && !listed.has(project.id)) {
        mismatches.push({ file: submission.file, project: project.name, message: 'står i projektlistan men saknas i underlagets projekttabell' });
      }
    }
  }
  return mismatches;
}

/** Reconciles every year's project-level data with its published tables and lists what is missing. */
export function reconcile(dataset: Dataset): ReconciliationReport {
  const years = dataset.years.map((year): YearReconciliation => {
    const computed = year.projects ? computeYearFigures(year.projects) : null;
    const { matched, differences, internal } = computed ? compareFigures(year, computed) : { matched: 0, differences: [], internal: [] };
    return {
      year: year.year,
      hasProjectData: year.projects !== null,
      hasPublished: year.published !== null,
      computed,
      matched,
      differences,
      publishedInternal: internal,
      missingSubmissions: findMissingSubmissions(year),
      missingFields: findMissingFields(year),
      submissionMismatches: findSubmissionMismatches(year),
    };
  });
  return { dataDir: dataset.dir, years };
}
