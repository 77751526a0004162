import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { runTool } from './registry.js';
import type { AggregateOutput } from './aggregate.js';
import type { CompareYearsOutput } from './compare-years.js';
import type { FindProjectsOutput } from './find-projects.js';

/** The figures an answer states beside the totals (ranks, averages, shares, differences) come from the tools. */
async function output<T>(name: string, args: Record<string, unknown>): Promise<T> {
  const result = await runTool(name, args, { dataset: sampleDataset() });
  if (!result.ok) throw new Error(result.error.message);
  return result.output as T;
}
const projects2024 = () => (sampleDataset().years.find((year) => year.year === 2024)?.projects ?? []).filter((project) => project.participations.length > 0);

describe('aggregate: ranks and positions', () => {
  it('numbers every group by its place in the sort order, counted before the limit', async () => {
    const all = await output<AggregateOutput>('aggregate', { groupBy: 'namnd', sortBy: 'projects' });
    expect(all.groups.map((group) => group.rank)).toEqual(all.groups.map((_, index) => index + 1));
    const ascending = await output<AggregateOutput>('aggregate', { groupBy: 'namnd', sortBy: 'projects', order: 'asc', limit: 2 });
    expect(ascending.groups.map((group) => group.rank)).toEqual([1, 2]);
    expect(ascending.groups[0]?.key).toBe(all.groups.at(-1)?.key);
  });

  it('gives the group at a position and the one after a named group', async () => {
    const all = await output<AggregateOutput>('aggregate', { groupBy: 'programme', sortBy: 'paidKr' });
    const second = await output<AggregateOutput>('aggregate', { groupBy: 'programme', sortBy: 'paidKr', position: 2 });
    expect(second.atPosition?.key).toBe(all.groups[1]?.key);
    expect(second.atPosition?.rank).toBe(2);
    const third = await output<AggregateOutput>('aggregate', { groupBy: 'programme', sortBy: 'paidKr', position: 3, limit: 1 });
    expect(third.atPosition?.key).toBe(all.groups[2]?.key);
    const beyond = await output<AggregateOutput>('aggregate', { groupBy: 'programme', position: 100 });
    expect(beyond.atPosition).toBeNull();
    const first = all.groups[0]!;
    const after = await output<AggregateOutput>('aggregate', { groupBy: 'programme', sortBy: 'paidKr', after: first.label.toLowerCase() });
    expect(after.afterGroup?.of?.key).toBe(first.key);
    expect(after.afterGroup?.next?.key).toBe(all.groups[1]?.key);
    const last = await output<AggregateOutput>('aggregate', { groupBy: 'programme', sortBy: 'paidKr', after: all.groups.at(-1)!.key });
    expect(last.afterGroup?.next).toBeNull();
  });
});

describe('aggregate: averages, shares and the published difference', () => {
  it('gives the average per project and the share of the year, rounded as stated', async () => {
    const result = await output<AggregateOutput>('aggregate', { family: 'ESF' });
    expect(result.total.averagePaidKr).toBe(Math.round(result.total.paidKr / result.total.projects));
    expect(result.total.shareOfYear?.paidKr).toBeCloseTo(result.total.paidKr / (result.yearTotal?.paidKr ?? 1), 10);
    expect(result.total.shareOfYear?.projects).toBeCloseTo(result.total.projects / (result.yearTotal?.projects ?? 1), 10);
    const groups = await output<AggregateOutput>('aggregate', { groupBy: 'namnd' });
    for (const group of groups.groups) expect(group.averagePaidKr).toBe(group.projects ? Math.round((group.paidKr ?? 0) / group.projects) : null);
  });

  it('gives the project list minus the report, per group and for a total', async () => {
    const families = await output<AggregateOutput>('aggregate', { groupBy: 'family' });
    const withPublished = families.groups.filter((group) => group.published?.paidKr !== undefined);
    expect(withPublished.length).toBeGreaterThan(0);
    for (const group of withPublished) expect(group.publishedDifference?.paidKr).toBe((group.paidKr ?? 0) - (group.published?.paidKr ?? 0));
    const total = await output<AggregateOutput>('aggregate', {});
    const published = total.publishedTotal;
    expect(published?.difference?.paidKr).toBe(total.total.paidKr - (published?.paidKr ?? 0));
    expect(published?.difference?.projects).toBe(total.total.projects - (published?.projects ?? 0));
  });
});

describe('aggregate: two groups compared, one group against the rest', () => {
  it('compares the two named groups, larger first, whatever the order they are named in', async () => {
    const all = await output<AggregateOutput>('aggregate', { groupBy: 'family' });
    const [big, small] = [all.groups[0]!, all.groups[2]!];
    for (const names of [[big.key, small.key], [small.label, big.label.toUpperCase()]]) {
      const result = await output<AggregateOutput>('aggregate', { groupBy: 'family', compare: names });
      expect(result.comparison?.first).toBe(big.key);
      expect(result.comparison?.second).toBe(small.key);
      expect(result.comparison?.paidKrDifference).toBe((big.paidKr ?? 0) - (small.paidKr ?? 0));
    }
  });

  it('sets one nämnd against the sum of all the others', async () => {
    const all = await output<AggregateOutput>('aggregate', { groupBy: 'namnd' });
    const own = all.groups[0]!;
    const result = await output<AggregateOutput>('aggregate', { groupBy: 'namnd', focus: own.key });
    const rest = all.groups.slice(1);
    const restPaid = rest.reduce((sum, group) => sum + (group.paidKr ?? 0), 0);
    expect(result.focusVersusRest).toMatchObject({ key: own.key, rest: { groups: rest.length, paidKr: restPaid } });
    expect(result.focusVersusRest?.difference.paidKr).toBe((own.paidKr ?? 0) - restPaid);
    expect(result.focusVersusRest?.shareOfSum.paidKr).toBeCloseTo((own.paidKr ?? 0) / ((own.paidKr ?? 0) + restPaid), 10);
    expect((await output<AggregateOutput>('aggregate', { groupBy: 'namnd', focus: 'ingen sådan nämnd' })).focusVersusRest).toBeNull();
  });
});

describe('aggregate: one total against a second filter', () => {
  it('gives the second filter\'s total and the difference, for a family against a programme and two nämnder', async () => {
    for (const [left, right] of [[{ family: 'Interreg' }, { programme: 'Horisont Europa' }], [{ namnd: 'mn' }, { namnd: 'asn' }]] as const) {
      const one = await output<AggregateOutput>('aggregate', left);
      const other = await output<AggregateOutput>('aggregate', right);
      const result = await output<AggregateOutput>('aggregate', { ...left, versus: right });
      expect(result.versus?.total).toEqual({ projects: other.total.projects, paidKr: other.total.paidKr });
      expect(result.versus?.difference).toEqual({ projects: one.total.projects - other.total.projects, paidKr: one.total.paidKr - other.total.paidKr });
    }
  });

  it('rejects an unknown key inside versus, naming the nearest valid one', async () => {
    const result = await runTool('aggregate', { family: 'ESF', versus: { programe: 'Erasmus+' } }, { dataset: sampleDataset() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.error)).toContain('programme');
  });
});

describe('compare_years: changes in percent', () => {
  it('gives the change in projects and nämnder, and projects in percent of the first year', async () => {
    const result = await output<CompareYearsOutput>('compare_years', {});
    expect(result.changes.length).toBeGreaterThan(0);
    for (const change of result.changes) {
      const from = result.rows.find((row) => row.year === change.from)!;
      const to = result.rows.find((row) => row.year === change.to)!;
      if (from.projects === null || to.projects === null) continue;
      expect(change.projects).toBe(to.projects - from.projects);
      expect(change.projectsPercent).toBeCloseTo((to.projects - from.projects) / from.projects, 10);
      expect(change.namnder).toBe((to.namnder ?? 0) - (from.namnder ?? 0));
    }
  });
});

describe('find_projects: partner summary and exclusions', () => {
  it('counts external partners per country and organisation, without the city, and can leave countries out', async () => {
    const result = await output<FindProjectsOutput>('find_projects', { partnerSummary: true });
    const partners = projects2024().flatMap((project) => [...(project.lead ? [project.lead] : []), ...project.partners]).filter((partner) => !/^malmö stad$/i.test(partner.organisation));
    expect(result.partnerSummary?.organisationCount).toBe(new Set(partners.map((partner) => partner.organisation)).size);
    expect(result.partnerSummary?.countryCount).toBe(new Set(partners.map((partner) => partner.country ?? '?')).size);
    expect(result.partnerSummary?.organisations.some((entry) => /^malmö stad$/i.test(entry.organisation))).toBe(false);
    const abroad = await output<FindProjectsOutput>('find_projects', { partnerSummary: true, excludeCountries: ['Sverige'] });
    expect(abroad.partnerSummary?.countries.some((entry) => entry.country === 'SE')).toBe(false);
    expect(abroad.partnerSummary?.excludedCountries).toEqual(['SE']);
    expect((await output<FindProjectsOutput>('find_projects', {})).partnerSummary).toBeUndefined();
  });

  it('leaves named projects out and keeps only projects every named nämnd shares, with count and sum to match', async () => {
    const all = await output<FindProjectsOutput>('find_projects', {});
    const first = all.projects[0]!;
    const others = await output<FindProjectsOutput>('find_projects', { excludeProjectIds: [first.id] });
    expect(others.count).toBe(all.count - 1);
    expect(others.paidKr).toBe(all.paidKr - first.paidKr);
    const shared = projects2024().find((project) => new Set(project.participations.map((participation) => participation.namnd)).size >= 2)!;
    const namnder = [...new Set(shared.participations.map((participation) => participation.namnd))].slice(0, 2);
    const either = await output<FindProjectsOutput>('find_projects', { namnd: namnder });
    const both = await output<FindProjectsOutput>('find_projects', { namnd: namnder, everyNamnd: true });
    expect(both.projects.map((project) => project.id)).toContain(shared.id);
    expect(both.count).toBeLessThanOrEqual(either.count);
    for (const project of both.projects) expect(new Set(project.forvaltningar.map((unit) => unit.namnd))).toEqual(new Set(namnder));
  });
});
