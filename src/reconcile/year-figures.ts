import { ORGANISATION, type NamndId } from '../domain/organisation.js';
import { PROGRAMME_FAMILIES, programmeFamily, type ProgrammeFamily } from '../domain/programmes.js';
import { KF_GOALS } from '../domain/goals.js';
import { isCounted, type Project } from '../domain/project.js';

/** A year's report tables computed from its project-level data, in the shape of the published ones. */
export interface YearFigures {
  projects: number;
  namnder: number;
  paidKr: number;
  participations: number;
  perNamnd: Array<{ namnd: NamndId; projects: number; paidKr: number }>;
  perFamily: Array<{ family: ProgrammeFamily; projects: number; paidKr: number }>;
  perGoal: Array<{ goal: number; projects: number }>;
}

/**
 * Computes the report's tables the way the report counts: a project shared by several nämnder
 * counts once for each of them; paid funds are summed per participation; projects that are only
 * named (no participation) are not counted.
 */
export function computeYearFigures(allProjects: readonly Project[]): YearFigures {
  const projects = allProjects.filter(isCounted);
  const perNamnd = new Map<NamndId, { projects: number; paidKr: number }>();
  const perFamily = new Map<ProgrammeFamily, { projects: number; paidKr: number }>(
    PROGRAMME_FAMILIES.map((family) => [family, { projects: 0, paidKr: 0 }]),
  );
  const perGoal = new Map<number, number>(KF_GOALS.map((goal) => [goal.number, 0]));
  let paidKr = 0;
  let participations = 0;
  for (const project of projects) {
    const family = perFamily.get(programmeFamily(project.programme));
    if (family) family.projects += 1;
    for (const participation of project.participations) {
      const row = perNamnd.get(participation.namnd) ?? { projects: 0, paidKr: 0 };
      row.projects += 1;
      row.paidKr += participation.paidKr;
      perNamnd.set(participation.namnd, row);
      if (family) family.paidKr += participation.paidKr;
      paidKr += participation.paidKr;
      participations += 1;
    }
    for (const goal of project.kfGoals) perGoal.set(goal, (perGoal.get(goal) ?? 0) + 1);
  }
  const namndOrder = (id: NamndId): number => ORGANISATION.findIndex((namnd) => namnd.id === id);
  return {
    projects: projects.length,
    namnder: perNamnd.size,
    paidKr,
    participations,
    perNamnd: [...perNamnd.entries()]
      .map(([namnd, row]) => ({ namnd, ...row }))
      .sort((left, right) => namndOrder(left.namnd) - namndOrder(right.namnd)),
    perFamily: [...perFamily.entries()].map(([family, row]) => ({ family, ...row })),
    perGoal: [...perGoal.entries()].map(([goal, count]) => ({ goal, projects: count })),
  };
}
