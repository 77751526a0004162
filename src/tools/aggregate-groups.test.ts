import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { runTool } from './registry.js';
import { organisationKind } from '../search/organisation-kind.js';
import type { AggregateOutput } from './aggregate.js';
import type { FindProjectsOutput } from './find-projects.js';
import type { SubmissionSectionOutput } from './submission-section.js';
import type { ProjectDetailsOutput } from './project-details.js';

async function output<T>(name: string, args: Record<string, unknown>): Promise<T> {
  const result = await runTool(name, args, { dataset: sampleDataset() });
  if (!result.ok) throw new Error(result.error.message);
  return result.output as T;
}
const projects = () => (sampleDataset().years.find((year) => year.year === 2024)?.projects ?? []).filter((project) => project.participations.length > 0);

describe('aggregate by partner country and organisation', () => {
  it('counts distinct partner organisations per country, without the city, and can leave a country out', async () => {
    const result = await output<AggregateOutput>('aggregate', { groupBy: 'country', sortBy: 'partners', exclude: ['Sverige'] });
    expect(result.groups.some((group) => group.key === 'SE')).toBe(false);
    const denmark = result.groups.find((group) => group.key === 'DK');
    const expected = new Set(projects().flatMap((project) => [...(project.lead ? [project.lead] : []), ...project.partners]).filter((partner) => partner.country === 'DK').map((partner) => partner.organisation));
    expect(denmark?.partners).toBe(expected.size);
    const sorted = result.groups.map((group) => group.partners ?? 0);
    expect(sorted).toEqual([...sorted].sort((left, right) => right - left));
  });

  it('ranks organisations by projects and never lists Malmö stad as a partner', async () => {
    const result = await output<AggregateOutput>('aggregate', { groupBy: 'partner', sortBy: 'projects' });
    expect(result.groups.some((group) => /^Malmö stad/.test(group.label))).toBe(false);
    expect(result.groups[0]?.projects).toBeGreaterThanOrEqual(result.groups.at(-1)?.projects ?? 0);
  });
});

describe('aggregate ranges', () => {
  it('keeps both bounds of a range', async () => {
    const result = await output<AggregateOutput>('aggregate', { groupBy: 'project', threshold: [{ field: 'paidKr', op: 'gte', value: 300_000 }, { field: 'paidKr', op: 'lte', value: 500_000 }] });
    expect(result.groups.length).toBeGreaterThan(0);
    for (const group of result.groups) expect(group.paidKr).toBeGreaterThanOrEqual(300_000);
    for (const group of result.groups) expect(group.paidKr).toBeLessThanOrEqual(500_000);
  });
});

describe('lead country filter', () => {
  it('selects projects whose lead organisation is in the country, not any partner', async () => {
    const byLead = await output<FindProjectsOutput>('find_projects', { leadCountry: 'Spanien' });
    const byAny = await output<FindProjectsOutput>('find_projects', { country: 'ES' });
    expect(byLead.projects.map((project) => project.id).sort()).toEqual(projects().filter((project) => project.lead?.country === 'ES').map((project) => project.id).sort());
    expect(byAny.projects.length).toBeGreaterThan(byLead.projects.length);
  });
});

describe('organisation matching across languages', () => {
  it('finds "Københavns Kommune" from the Swedish and English names', async () => {
    for (const query of ['Köpenhamns kommun', 'Copenhagen Municipality']) {
      const result = await output<FindProjectsOutput>('find_projects', { partner: query });
      expect(result.projects.length).toBeGreaterThan(0);
      expect(result.projects.every((project) => [project.lead, ...project.partners].some((partner) => partner?.organisation === 'Københavns Kommune'))).toBe(true);
    }
  });
});

describe('submission_section', () => {
  it('reads a förvaltning\'s "Internationella nätverk" as written, with its source', async () => {
    const result = await output<SubmissionSectionOutput>('submission_section', { section: 'natverk', namnd: 'Miljöförvaltningen' });
    const submission = sampleDataset().years.flatMap((year) => year.submissions).find((candidate) => candidate.namnd === 'mn');
    expect(result.sections).toHaveLength(1);
    expect(result.sections[0]?.text).toBe(submission?.sections.find((section) => section.field === 'natverk')?.text.trim());
    expect(result.sources[0]?.ref.startsWith(submission?.file ?? '?')).toBe(true);
  });
});

describe('project_details for an unknown name', () => {
  it('suggests names that share a distinctive word', async () => {
    const result = await output<ProjectDetailsOutput>('project_details', { name: 'GreenCity Malmö' });
    expect(result.found).toBe(false);
    expect(result.candidates.some((name) => /^Green/.test(name))).toBe(true);
  });
});

describe('aggregate: partners of one kind', () => {
  it('keeps only partner organisations of the asked kind', async () => {
    const kept = await output<AggregateOutput>('aggregate', { groupBy: 'partner', organisationKind: 'universitet' });
    expect(kept.groups.length).toBeGreaterThan(0);
    for (const group of kept.groups) expect(organisationKind(group.label.replace(/ \([A-Z]{2}\)$/, ''))).toBe('universitet');
    const all = await output<AggregateOutput>('aggregate', { groupBy: 'partner' });
    expect(all.groups.length).toBeGreaterThan(kept.groups.length);
  });
});

describe('aggregate compares two groups itself', () => {
  it('returns the difference and ratio of two nämnder, as sorted, and the sum of the groups’ counts', async () => {
    const result = await output<AggregateOutput>('aggregate', { year: 2024, namnd: ['MN', 'TN'], groupBy: 'namnd' });
    const [first, second] = result.groups;
    expect(first && second).toBeTruthy();
    if (!first || !second || first.paidKr === null || second.paidKr === null) return;
    expect(result.comparison).toEqual({
      first: first.key, second: second.key,
      paidKrDifference: first.paidKr - second.paidKr,
      projectsDifference: (first.projects ?? 0) - (second.projects ?? 0),
      paidKrRatio: Math.round((first.paidKr / second.paidKr) * 10) / 10,
    });
    expect(result.groupProjectsSum).toBe((first.projects ?? 0) + (second.projects ?? 0));
    const three = await output<AggregateOutput>('aggregate', { year: 2024, groupBy: 'namnd', limit: 3 });
    expect(three.comparison).toBeUndefined();
  });
});

describe('project_details counts the external partners itself', () => {
  it('gives the number of external organisations and their countries, without the city', async () => {
    const project = projects().find((candidate) => candidate.partners.length >= 2);
    if (!project) throw new Error('no project with partners in the sample data');
    const result = await output<ProjectDetailsOutput>('project_details', { name: project.name, year: 2024 });
    const external = [...(project.lead ? [project.lead] : []), ...project.partners].filter((partner) => !/^malm[oö] (stad|kommun)$/i.test(partner.organisation));
    expect(result.project?.externalPartners).toEqual({
      organisations: external.length,
      countries: new Set(external.map((partner) => partner.country).filter(Boolean)).size,
    });
  });
});
