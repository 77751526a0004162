import { describe, expect, it } from 'vitest';
import { SAMPLE_DATA_DIR } from '../test-support/datasets.js';
import { atPosition, isCityItself, latestProjectYear, loadOracleFacts, ranked } from './oracle.js';

// Hand-checked against the published 2024 report (reference/tjansteskrivelse-internationellt-arbete-2024.txt
// and data/2024/published.json): 60 projects, 9 nämnder, the per-nämnd table, the families and the goals.
describe('the oracle reproduces the published 2024 figures', () => {
  const facts = loadOracleFacts(SAMPLE_DATA_DIR);
  const unit = (id: string) => facts.units.find((candidate) => candidate.namnd.id === id);

  it('defaults to the latest year with a project list', () => {
    expect(latestProjectYear(SAMPLE_DATA_DIR)).toBe(2024);
    expect(facts.year).toBe(2024);
  });

  it('counts 60 projects in 9 nämnder and 50 468 000 kr, U-LYNC named but not counted', () => {
    expect(facts.totals).toEqual({ projects: 60, namnder: 9, paidKr: 50_468_000 });
    expect(facts.allProjects.some((project) => project.id === 'u-lync' && !project.counted)).toBe(true);
    expect(facts.projects.some((project) => project.id === 'u-lync')).toBe(false);
  });

  it('gives the per-nämnd table: ASN 10 projects and 25 660 000 kr, MN 25 and 10 404 000, SBN 1 and 444 000', () => {
    expect([unit('asn')?.projects.length, unit('asn')?.paidKr]).toEqual([10, 25_660_000]);
    expect([unit('mn')?.projects.length, unit('mn')?.paidKr]).toEqual([25, 10_404_000]);
    expect([unit('sbn')?.projects.length, unit('sbn')?.paidKr]).toEqual([1, 444_000]);
    expect(unit('kn')?.paidKr).toBe(424_000);
    // Shared projects count once per nämnd: 63 participations for 60 projects.
    expect(facts.units.reduce((sum, entry) => sum + entry.projects.length, 0)).toBe(63);
  });

  it('gives the families and the goals as in the report (Övriga absorbs the tables\' gap)', () => {
    const family = (name: string) => facts.families.find((candidate) => candidate.key === name)?.paidKr;
    expect(family('ESF')).toBe(29_239_146);
    expect(family('Interreg')).toBe(635_342);
    expect(family('Övriga')).toBe(3_044_829);
    expect(facts.goals.map((goal) => [Number(goal.key), goal.projects.length])).toEqual([[1, 19], [2, 9], [3, 34], [4, 8], [5, 7]]);
  });

  it('leaves Malmö stad out of the partners and ranks without ties', () => {
    expect(isCityItself('Malmö stad')).toBe(true);
    expect(facts.partners.some((partner) => isCityItself(partner.key))).toBe(false);
    expect(facts.partners.find((partner) => partner.key === 'Region Skåne')?.projects).toHaveLength(5);
    expect(ranked(facts.units, 'paid')[0]?.namnd.id).toBe('asn');
    expect(ranked(facts.units, 'projects')[0]?.namnd.id).toBe('mn');
    // TN and KS both have 4 projects: neither is fifth.
    expect(atPosition(facts.units, 'projects', 5)).toBeNull();
    expect(atPosition(facts.units, 'projects', 2)?.namnd.id).toBe('asn');
  });
});
