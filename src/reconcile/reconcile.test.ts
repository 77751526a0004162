import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/dataset.js';
import { ProjectSchema, type Project } from '../domain/project.js';
import { PublishedReportSchema } from '../domain/published.js';
import { reconcile } from './reconcile.js';
import { renderReconciliation } from './render-reconciliation.js';

const project = (id: string, programme: string, participations: Project['participations'], kfGoals: number[]): Project =>
  ProjectSchema.parse({
    id, name: id.toUpperCase(), programme, start: '2024-01-01', end: '2025-12-31', totalBudgetKr: 10_000_000, euRate: 0.5,
    lead: null, description: 'x', kfGoals, participations, provenance: { kind: 'example', note: 'test' },
  });

const projects = [
  project('a', 'ESF+', [{ namnd: 'asn', role: 'Projektägare', paidKr: 1_000_000 }, { namnd: 'gsn', role: 'Projektpart', paidKr: 200_000 }], [1, 4]),
  project('b', 'Erasmus+', [{ namnd: 'gsn', role: 'Projektägare', paidKr: 300_000 }], [1]),
  project('c', 'LIFE', [{ namnd: 'mn', role: 'Projektpart', paidKr: 500_000 }], [3]),
];

function dataset(published: unknown): Dataset {
  return {
    dir: '/data',
    contentHash: 'x',
    years: [
      { year: 2023, projects: null, published: PublishedReportSchema.parse({ year: 2023, source: 's', totals: { projects: 2, namnder: 1, paidKr: 1_000_000, paidApproximate: true } }), submissions: [] },
      { year: 2024, projects, published: PublishedReportSchema.parse(published), submissions: [] },
    ],
  };
}

const exact = {
  year: 2024, source: 'test',
  totals: { projects: 3, namnder: 3, paidKr: 2_000_000, paidApproximate: true },
  perNamnd: [{ namnd: 'asn', projects: 1, paidKr: 1_000_000 }, { namnd: 'gsn', projects: 2, paidKr: 500_000 }, { namnd: 'mn', projects: 1, paidKr: 500_000 }],
  perFamily: [{ family: 'ESF', paidKr: 1_200_000 }, { family: 'Erasmus', paidKr: 300_000 }, { family: 'Övriga', paidKr: 500_000 }],
  perGoal: [{ goal: 1, projects: 2 }, { goal: 3, projects: 1 }, { goal: 4, projects: 1 }],
};

describe('reconcile', () => {
  it('finds no difference when the project data reproduces every published figure', () => {
    const year = reconcile(dataset(exact)).years[1];
    expect(year?.differences).toEqual([]);
    expect(year?.publishedInternal).toEqual([]);
    expect(year?.computed?.participations).toBe(4);
    expect(year?.matched).toBe(3 + 6 + 3 + 3);
  });

  it('lists each difference with both figures and the gap, and a published table that disagrees with itself', () => {
    const printed = { ...exact, perFamily: [{ family: 'ESF', paidKr: 1_200_000 }, { family: 'Erasmus', paidKr: 300_000 }, { family: 'Övriga', paidKr: 366_469 }] };
    const year = reconcile(dataset(printed)).years[1];
    expect(year?.differences).toEqual([
      { table: 'perFamily', label: 'Övriga-projekt, utbetalt', published: 366_469, computed: 500_000, gap: 133_531, unit: 'kr' },
    ]);
    expect(year?.publishedInternal[0]).toMatchObject({ published: 2_000_000, computed: 1_866_469, gap: -133_531 });
    const text = renderReconciliation(reconcile(dataset(printed)));
    expect(text).toContain('publicerat 366 469 kr, i projektdata 500 000 kr (skillnad +133 531 kr)');
  });

  it('compares an approximate total at the precision it was printed with', () => {
    const year = reconcile(dataset({ ...exact, totals: { ...exact.totals, paidKr: 2_100_000 } })).years[1];
    expect(year?.differences).toContainEqual(expect.objectContaining({ table: 'totals', published: 2_100_000, computed: 2_000_000 }));
  });

  it('says a year known only by its published totals has nothing to reconcile, and lists missing submissions', () => {
    const report = reconcile(dataset(exact));
    expect(report.years[0]?.hasProjectData).toBe(false);
    expect(renderReconciliation(report)).toContain('Bara publicerade totalsiffror');
    expect(report.years[1]?.missingSubmissions.map((missing) => missing.namnd).sort()).toEqual(['asn', 'gsn', 'mn']);
  });
});
