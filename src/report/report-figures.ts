import { PROGRAMME_FAMILIES } from '../domain/programmes.js';
import type { AggregateGroup, AggregateOutput } from '../tools/aggregate.js';
import type { CompareYearsOutput, YearRow } from '../tools/compare-years.js';
import type { FindProjectsOutput } from '../tools/find-projects.js';
import type { ProjectSummary } from '../tools/project-query.js';
import type { ReconciliationOutput } from '../tools/reconciliation.js';
import type { YearReconciliation } from '../reconcile/reconcile.js';
import type { ToolTrace } from './tool-trace.js';

/** The year asked for has no project list to compute the report from. */
export class ReportYearError extends Error {
  constructor(
    readonly year: number,
    readonly yearsWithProjects: number[],
  ) {
    super(
      `Det finns ingen projektlista för ${year}, så redovisningen kan inte räknas fram. ` +
        (yearsWithProjects.length > 0 ? `År med projektlista: ${yearsWithProjects.join(', ')}.` : 'Datamappen har ingen projektlista alls.'),
    );
    this.name = 'ReportYearError';
  }
}

export interface YearTotals {
  year: number;
  projects: number;
  namnder: number;
  paidKr: number;
  /** The figure exists only as the published "cirka" total. */
  approximate: boolean;
}

export interface GroupRow {
  key: string;
  label: string;
  projects: number;
  paidKr: number;
  published?: { projects?: number; paidKr?: number };
}

export interface BudgetExtreme {
  name: string;
  family: string | null;
  totalBudgetKr: number;
}

/** Everything the report's figure sections and tables show, each taken from a tool result. */
export interface ReportFigures {
  year: number;
  current: YearTotals;
  previous: YearTotals | null;
  /** compare_years' change from the previous year (null without one). */
  change: { projects: number | null; paidKr: number | null } | null;
  perGoal: GroupRow[];
  perNamnd: GroupRow[];
  perFamily: GroupRow[];
  /** Programme families by paid funds, largest first (aggregate's own order). */
  familiesBySize: GroupRow[];
  budgetRange: { smallest: BudgetExtreme; largest: BudgetExtreme } | null;
  /** Every year of the data with totals (for the year-over-year chart), oldest first. */
  yearSeries: YearTotals[];
  /** Number of distinct programmes the year's projects are funded from. */
  programmes: number;
  projects: ProjectSummary[];
  reconciliation: YearReconciliation | null;
}

const toRow = (group: AggregateGroup): GroupRow => ({
  key: group.key, label: group.label, projects: group.projects ?? 0, paidKr: group.paidKr ?? 0,
  ...(group.published ? { published: group.published } : {}),
});

function totalsOf(row: YearRow | undefined): YearTotals | null {
  if (!row || row.basis === 'missing' || row.projects === null || row.namnder === null || row.paidKr === null) return null;
  return { year: row.year, projects: row.projects, namnder: row.namnder, paidKr: row.paidKr, approximate: row.basis === 'published' && (row.published?.paidApproximate ?? false) };
}

async function budgetExtreme(trace: ToolTrace, year: number, order: 'asc' | 'desc', projects: ProjectSummary[]): Promise<BudgetExtreme | null> {
  const result = await trace.call<AggregateOutput>('aggregate', {
    year, groupBy: 'project', sortBy: 'totalBudgetKr', order, limit: 1, threshold: { field: 'totalBudgetKr', op: 'gt', value: 0 },
  });
  const group = result.groups[0];
  if (!group || group.totalBudgetKr === null || group.totalBudgetKr === undefined) return null;
  const project = projects.find((candidate) => candidate.id === group.key);
  return { name: project?.name ?? group.label, family: project?.family ?? null, totalBudgetKr: group.totalBudgetKr };
}

/** Calls the tools for every figure of the year's report. */
export async function collectReportFigures(trace: ToolTrace, year: number): Promise<ReportFigures> {
  const overall = await trace.call<AggregateOutput>('aggregate', { year, groupBy: 'none' });
  if (!overall.available) throw new ReportYearError(year, overall.unavailable?.availableYears.withProjects ?? []);
  const compared = await trace.call<CompareYearsOutput>('compare_years', { years: [year - 1, year] });
  const current = totalsOf(compared.rows.find((row) => row.year === year));
  if (!current) throw new ReportYearError(year, compared.availableYears.withProjects);
  const previous = totalsOf(compared.rows.find((row) => row.year === year - 1));
  const allYears = await trace.call<CompareYearsOutput>('compare_years', {});
  const change = compared.changes.find((entry) => entry.from === year - 1 && entry.to === year) ?? null;

  const byGoal = await trace.call<AggregateOutput>('aggregate', { year, groupBy: 'goal' });
  const byNamnd = await trace.call<AggregateOutput>('aggregate', { year, groupBy: 'namnd' });
  const byFamily = await trace.call<AggregateOutput>('aggregate', { year, groupBy: 'family', sortBy: 'paidKr', order: 'desc' });
  const byProgramme = await trace.call<AggregateOutput>('aggregate', { year, groupBy: 'programme' });
  const listed = await trace.call<FindProjectsOutput>('find_projects', { year });
  const reconciled = await trace.call<ReconciliationOutput>('reconciliation', { year });
  const smallest = await budgetExtreme(trace, year, 'asc', listed.projects);
  const largest = await budgetExtreme(trace, year, 'desc', listed.projects);

  const familyOrder = (key: string): number => (PROGRAMME_FAMILIES as readonly string[]).indexOf(key);
  return {
    year,
    current,
    previous,
    change: change ? { projects: change.projects, paidKr: change.paidKr } : null,
    perGoal: byGoal.groups.map(toRow).sort((left, right) => Number(left.key) - Number(right.key)),
    perNamnd: byNamnd.groups.map(toRow).sort((left, right) => left.label.localeCompare(right.label, 'sv')),
    perFamily: byFamily.groups.map(toRow).sort((left, right) => familyOrder(left.key) - familyOrder(right.key)),
    familiesBySize: byFamily.groups.map(toRow),
    budgetRange: smallest && largest ? { smallest, largest } : null,
    yearSeries: allYears.rows.map(totalsOf).filter((row): row is YearTotals => row !== null && row.year <= year),
    programmes: byProgramme.groupCount,
    projects: listed.projects,
    reconciliation: reconciled.reconciliations.find((entry) => entry.year === year) ?? null,
  };
}
