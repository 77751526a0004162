import { describe, expect, it } from 'vitest';
import { fixtureDataset, sampleDataset } from '../test-support/datasets.js';
import { runTool, TOOLS } from './registry.js';
import type { AggregateOutput } from './aggregate.js';
import type { FindProjectsOutput } from './find-projects.js';
import type { CompareYearsOutput } from './compare-years.js';
import type { ProjectDetailsOutput } from './project-details.js';
import type { OrganisationLookupOutput } from './organisation-lookup.js';
import type { PublishedFiguresOutput } from './published-figures.js';

async function output<T>(name: string, args: unknown, dataset = sampleDataset()): Promise<T> {
  const result = await runTool(name, args, { dataset });
  if (!result.ok) throw new Error(result.error.message);
  return result.output as T;
}

describe('tool registry', () => {
  it('has unique snake_case names and JSON-serialisable outputs with years and sources', async () => {
    const names = TOOLS.map((tool) => tool.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(_[a-z]+)*$/);
    const result = await output<AggregateOutput>('aggregate', { groupBy: 'namnd' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.years).toEqual([2024]);
    expect(result.sources.map((source) => source.ref)).toContain('2024/projects.json');
  });

  it('rejects bad arguments with a Swedish message and a suggestion', async () => {
    const unknown = await runTool('aggregate', { namnd: 'Idrottsnämnden' }, { dataset: fixtureDataset() });
    expect(unknown).toMatchObject({ ok: false });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'unknown_value', tool: 'aggregate', argument: 'namnd' });
    expect(!unknown.ok && unknown.error.message).toMatch(/okänd nämnd "Idrottsnämnden" — menade du/);
    expect(!unknown.ok && unknown.error.suggestions.length).toBe(1);
    const badGroup = await runTool('aggregate', { groupBy: 'planet' }, { dataset: fixtureDataset() });
    expect(!badGroup.ok && badGroup.error.message).toMatch(/^Ogiltiga argument till aggregate: groupBy/);
    const missing = await runTool('no_such_tool', {}, { dataset: fixtureDataset() });
    expect(!missing.ok && missing.error).toMatchObject({ code: 'unknown_tool' });
    expect(!missing.ok && missing.error.message).toMatch(/Okänt verktyg/);
  });
});

describe('aggregate on the sample data', () => {
  it('reproduces the published per-nämnd figure for ASN: 10 projects, 25 660 000 kr', async () => {
    const result = await output<AggregateOutput>('aggregate', { namnd: 'ASN', year: 2024 });
    expect(result.total.projects).toBe(10);
    expect(result.total.paidKr).toBe(25_660_000);
    expect(result.publishedTotal).toMatchObject({ projects: 10, paidKr: 25_660_000 });
  });

  it('computes the year total and the number of nämnder', async () => {
    const result = await output<AggregateOutput>('aggregate', {});
    expect(result.total).toMatchObject({ projects: 60, namnder: 9 });
    expect(result.total.paidKr).toBe(50_468_000);
  });

  it('ranks nämnder by projects and keeps the top N', async () => {
    const result = await output<AggregateOutput>('aggregate', { groupBy: 'namnd', sortBy: 'projects', limit: 1 });
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]).toMatchObject({ key: 'mn', projects: 25 });
  });

  it('filters groups by a threshold', async () => {
    const result = await output<AggregateOutput>('aggregate', { groupBy: 'namnd', threshold: { field: 'paidKr', op: 'gt', value: 5_000_000 } });
    expect(result.groups.map((group) => group.key).sort()).toEqual(['asn', 'gsn', 'mn']);
  });

  it('shows published family figures beside the computed ones', async () => {
    const result = await output<AggregateOutput>('aggregate', { groupBy: 'family' });
    const esf = result.groups.find((group) => group.key === 'ESF');
    expect(esf?.paidKr).toBe(29_239_146);
    expect(esf?.published?.paidKr).toBe(29_239_146);
  });

  it('says plainly when a year has only published totals', async () => {
    const result = await output<AggregateOutput>('aggregate', { year: 2023, namnd: 'asn' });
    expect(result.available).toBe(false);
    expect(result.unavailable).toMatchObject({ reason: 'published-only', publishedTotals: { projects: 54, namnder: 8 } });
    const missing = await output<AggregateOutput>('aggregate', { year: 2019 });
    expect(missing.unavailable).toMatchObject({ reason: 'no-data', availableYears: { withProjects: [2024], publishedOnly: [2023] } });
  });
});

describe('the other tools on the sample data', () => {
  it('find_projects filters by nämnd, family and status', async () => {
    const result = await output<FindProjectsOutput>('find_projects', { namnd: 'Miljönämnden', family: 'Interreg' });
    expect(result.projects.map((project) => project.name).sort()).toEqual(['STRIVE', 'Speak Up']);
    const ended = await output<FindProjectsOutput>('find_projects', { status: 'ended' });
    expect(ended.projects.every((project) => project.end?.startsWith('2024'))).toBe(true);
  });

  it('find_projects keeps projects shared by several nämnder', async () => {
    const shared = await output<FindProjectsOutput>('find_projects', { minNamnder: 2 });
    expect(shared.count).toBeGreaterThan(0);
    expect(shared.projects.every((project) => project.forvaltningar.length >= 2)).toBe(true);
  });

  it('compare_years marks 2023 as published totals only', async () => {
    const result = await output<CompareYearsOutput>('compare_years', {});
    expect(result.rows.map((row) => [row.year, row.basis, row.projects])).toEqual([[2023, 'published', 54], [2024, 'projects', 60]]);
    expect(result.changes[0]).toMatchObject({ from: 2023, to: 2024, projects: 6 });
  });

  it('project_details finds a project by acronym and by a typo', async () => {
    const byAcronym = await output<ProjectDetailsOutput>('project_details', { name: 'u-lync' });
    expect(byAcronym.project?.lead?.organisation).toMatch(/Reykjav/);
    const typo = await output<ProjectDetailsOutput>('project_details', { name: 'Malmökrafen' });
    expect(typo.project?.name).toBe('Malmökraften');
    const none = await output<ProjectDetailsOutput>('project_details', { name: 'Blue Harbour Malmö' });
    expect(none.found).toBe(false);
  });

  it('organisation_lookup finds organisations and countries', async () => {
    const skive = await output<OrganisationLookupOutput>('organisation_lookup', { query: 'Skive Kommune' });
    expect(skive.organisations[0]?.projects.map((project) => project.name)).toContain('Speak Up');
    const denmark = await output<OrganisationLookupOutput>('organisation_lookup', { query: 'Danmark' });
    expect(denmark.country?.code).toBe('DK');
    expect(denmark.organisations.every((organisation) => organisation.country === 'DK')).toBe(true);
  });

  it('published_figures gives the report tables as printed', async () => {
    const result = await output<PublishedFiguresOutput>('published_figures', { year: 2024 });
    expect(result.perNamnd?.find((row) => row.namnd === 'asn')).toMatchObject({ projects: 10, paidKr: 25_660_000 });
    expect(result.totals?.projects).toBe(60);
  });
});
