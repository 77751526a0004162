import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadDataset } from './load-dataset.js';
import { yearData } from '../domain/dataset.js';
import { programmeFamily, PROGRAMME_FAMILIES } from '../domain/programmes.js';
import { isCounted, type Project } from '../domain/project.js';

const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/** The 2024 figures as printed in the staff report (tjänsteskrivelse KSAU 2025-04-28). */
const REPORT_PER_NAMND: Record<string, [projects: number, paidKr: number]> = {
  asn: [10, 25_660_000], fsn: [2, 917_000], gsn: [9, 5_900_000], gvn: [5, 3_813_000], ks: [4, 1_246_000],
  kn: [3, 424_000], mn: [25, 10_404_000], sbn: [1, 444_000], tn: [4, 1_660_000],
};
const REPORT_PER_GOAL = [19, 9, 34, 8, 7];
const REPORT_PER_FAMILY = { ESF: 29_239_146, Horisont: 9_239_146, Interreg: 635_342, Erasmus: 8_309_537, Övriga: 2_411_298 };

const dataset = loadDataset(DATA_DIR);
const year2024 = yearData(dataset, 2024);
const projects: Project[] = year2024?.projects ?? [];
const counted = projects.filter(isCounted);
const participations = counted.flatMap((project) => project.participations.map((participation) => ({ project, ...participation })));
const paidOf = (list: Array<{ paidKr: number }>): number => list.reduce((sum, item) => sum + item.paidKr, 0);

describe('shipped sample data 2024', () => {
  it('has 60 counted projects, 9 nämnder, 63 participations and 50 468 000 kr paid', () => {
    expect(counted).toHaveLength(60);
    expect(new Set(participations.map((participation) => participation.namnd)).size).toBe(9);
    expect(participations).toHaveLength(63);
    expect(paidOf(participations)).toBe(50_468_000);
  });

  it('reproduces the report per nämnd (projects and paid funds)', () => {
    for (const [namnd, [projectCount, paidKr]] of Object.entries(REPORT_PER_NAMND)) {
      const own = participations.filter((participation) => participation.namnd === namnd);
      expect({ namnd, projects: own.length, paidKr: paidOf(own) }).toEqual({ namnd, projects: projectCount, paidKr });
    }
  });

  it('reproduces the report per KF goal (77 links, every counted project has a goal)', () => {
    const perGoal = [1, 2, 3, 4, 5].map((goal) => counted.filter((project) => project.kfGoals.includes(goal as 1)).length);
    expect(perGoal).toEqual(REPORT_PER_GOAL);
    expect(counted.every((project) => project.kfGoals.length > 0)).toBe(true);
  });

  it('makes ESF, Horisont, Interreg and Erasmus exact and lets Övriga carry the 633 531 kr gap', () => {
    const printedTotal = Object.values(REPORT_PER_FAMILY).reduce((sum, value) => sum + value, 0);
    const gap = 50_468_000 - printedTotal;
    expect(gap).toBe(633_531);
    const perFamily = Object.fromEntries(PROGRAMME_FAMILIES.map((family) => [
      family, paidOf(participations.filter((participation) => programmeFamily(participation.project.programme) === family)),
    ]));
    expect(perFamily).toEqual({ ...REPORT_PER_FAMILY, Övriga: REPORT_PER_FAMILY.Övriga + gap });
  });

  it('keeps the shared projects the report describes', () => {
    const namnderOf = (name: RegExp): string[] => projects.find((project) => name.test(project.name))?.participations.map((p) => p.namnd).sort() ?? [];
    expect(namnderOf(/^Samverkan för barns rätt/)).toEqual(['asn', 'gsn']);
    expect(namnderOf(/^NetZeroCities/)).toEqual(['mn', 'sbn']);
    expect(namnderOf(/^STRIVE$/)).toEqual(['mn', 'tn']);
    const ulync = projects.find((project) => project.id === 'u-lync');
    expect(ulync?.participations).toEqual([]);
    expect(ulync?.collaborators).toEqual(['frn']);
  });

  it('marks every project as verified (with a source) or example data', () => {
    for (const project of projects) expect(project.provenance.note.length, project.id).toBeGreaterThan(20);
    const verified = projects.filter((project) => project.provenance.kind === 'verified').map((project) => project.id);
    expect(verified).toEqual(expect.arrayContaining(['samverkan-barns-ratt', 'malmokraften', 'u-lync', 'breddad-rekrytering', 'spegla-malmo', 'perfare', 'netzerocities', 'speak-up', 'strive', 'arcadia']));
    expect(projects.filter((project) => project.provenance.kind === 'example').every((project) => /exempeldata/i.test(project.provenance.note))).toBe(true);
  });

  it('spans budgets from a small Erasmus project to a big Horisont project', () => {
    const budgets = projects.map((project) => project.totalBudgetKr).filter((value): value is number => value !== null);
    expect(Math.min(...budgets)).toBe(70_000);
    expect(Math.max(...budgets)).toBe(220_000_000);
  });

  it('publishes the 2024 tables as printed and the 2023 totals', () => {
    const published = year2024?.published;
    expect(published?.totals).toEqual({ projects: 60, namnder: 9, paidKr: 50_500_000, paidApproximate: true });
    expect(Object.fromEntries(published?.perNamnd?.map((row) => [row.namnd, [row.projects, row.paidKr]]) ?? [])).toEqual(REPORT_PER_NAMND);
    expect(published?.perGoal?.map((row) => row.projects)).toEqual(REPORT_PER_GOAL);
    expect(Object.fromEntries(published?.perFamily?.map((row) => [row.family, row.paidKr]) ?? [])).toEqual(REPORT_PER_FAMILY);
    const published2023 = yearData(dataset, 2023)?.published;
    expect(published2023?.totals).toEqual({ projects: 54, namnder: 8, paidKr: 43_000_000, paidApproximate: true });
    expect(published2023?.perNamnd).toBeNull();
  });
});

describe('shipped submissions 2024', () => {
  const submissions = year2024?.submissions ?? [];

  it('has one submission per förvaltning the report mentions', () => {
    expect(submissions.map((submission) => submission.namnd).sort()).toEqual(
      [...Object.keys(REPORT_PER_NAMND), 'frn', 'fun', 'hvn'].sort(),
    );
  });

  it("lists exactly the förvaltning's participations in projects.json", () => {
    for (const submission of submissions) {
      const expected = participations
        .filter((participation) => participation.namnd === submission.namnd)
        .map(({ project, role, paidKr }) => ({
          name: project.name, programme: project.programme, role, paidKr, kfGoals: project.kfGoals,
          start: project.start, end: project.end, totalBudgetKr: project.totalBudgetKr, lead: project.lead, partners: project.partners,
        }));
      const actual = submission.projects.map(({ name, programme, role, paidKr, kfGoals, start, end, totalBudgetKr, lead, partners }) => ({
        name, programme, role, paidKr, kfGoals, start, end, totalBudgetKr, lead, partners,
      }));
      expect(actual, submission.file).toEqual(expected);
    }
  });

  it('has the four sections with 250–700 words of narrative', () => {
    for (const submission of submissions) {
      expect(submission.sections.map((section) => section.field), submission.file).toEqual(['internationellt-arbete', 'verksamhetsutveckling', 'natverk', 'projekt']);
      const words = submission.sections.map((section) => section.text).join(' ').split(/\s+/).filter((word) => word !== '').length;
      expect(words, submission.file).toBeGreaterThanOrEqual(250);
      expect(words, submission.file).toBeLessThanOrEqual(700);
      expect(submission.contact.email, submission.file).toMatch(/@malmo\.se$/);
    }
  });
});
