import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { findPartnersTool } from './find-partners.js';
import { organisationKind } from '../search/organisation-kind.js';

const dataset = loadDataset(join(import.meta.dirname, '..', 'search', '__fixtures__', 'data'));
const run = async (args: Record<string, unknown>) => findPartnersTool.run(findPartnersTool.input.parse(args), { dataset });

describe('find_partners', () => {
  it('ranks the förvaltning that worked with the topic first, with its contact as given in the submission', async () => {
    const result = await run({ topic: 'demens' });
    expect(result.forvaltningar[0]?.forvaltning).toBe('Kulturförvaltningen');
    expect(result.forvaltningar[0]?.contact).toMatchObject({ name: 'Karl Kultur', email: 'karl.kultur@malmo.se' });
    expect(result.forvaltningar[0]?.why.join(' ')).toContain('Perfare');
    expect(result.projects[0]?.name).toBe('Perfare');
    expect(result.partners.map((partner) => partner.organisation)).toContain('Consorzio Marche Spettacolo');
    expect(result.partners.every((partner) => partner.why.length > 0)).toBe(true);
    expect(result.sources.some((source) => source.ref.startsWith('2024/underlag/kulturforvaltningen.md#'))).toBe(true);
    expect(result.forvaltningar.map((entry) => entry.forvaltning)).not.toContain('Fritidsförvaltningen');
    expect(result.partners.map((partner) => partner.organisation)).not.toContain('Malmö stad');
  });

  it('ranks projects by how much they are about the topic', async () => {
    const result = await run({ topic: 'klimatanpassning dagvatten' });
    expect(result.projects[0]?.name).toBe('ARCADIA');
    expect(result.projects[0]?.why.join(' ')).toMatch(/dagvatten/);
    expect(result.projects[0]!.score).toBeGreaterThanOrEqual(result.projects.at(-1)!.score);
  });

  it('narrows partners by country and by kind of organisation', async () => {
    const belgian = await run({ topic: 'klimat', country: 'Belgien' });
    expect(belgian.partners.map((partner) => partner.organisation)).toEqual(['Stad Mechelen']);
    expect(belgian.projects.every((project) => project.name === 'Speak Up')).toBe(true);

    const universities = await run({ topic: 'klimatanpassning', organisationKind: 'universitet' });
    expect(universities.partners.map((partner) => partner.organisation)).toEqual(['Lunds universitet']);

    const cities = await run({ topic: 'unga i nordiska städer', organisationKind: 'kommun' });
    expect(cities.partners.every((partner) => partner.kind === 'kommun')).toBe(true);
    expect(cities.partners.slice(0, 3).map((partner) => partner.organisation).sort()).toEqual(['Bergen kommune', 'Helsingin kaupunki', 'Reykjavíkurborg']);
  });

  it('narrows by programme or programme family', async () => {
    const horizon = await run({ topic: 'klimat', programme: 'Horizon Europe' });
    expect(horizon.projects.map((project) => project.name)).toEqual(['ARCADIA']);
    const interreg = await run({ topic: 'klimat', programme: 'Interreg' });
    expect(interreg.projects.every((project) => project.programme.startsWith('Interreg'))).toBe(true);
    expect(interreg.projects.length).toBeGreaterThan(0);
  });

  it('rejects an unknown country with a Swedish message', () => {
    const parsed = findPartnersTool.input.safeParse({ topic: 'klimat', country: 'Atlantis' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('okänt land');
  });
});

describe('organisationKind', () => {
  it('tells kinds apart from names in several languages', () => {
    expect(organisationKind('Skive Kommune')).toBe('kommun');
    expect(organisationKind('Stad Mechelen')).toBe('kommun');
    expect(organisationKind('Reykjavíkurborg')).toBe('kommun');
    expect(organisationKind('Hochschule Wismar')).toBe('universitet');
    expect(organisationKind('Sveriges lantbruksuniversitet')).toBe('universitet');
    expect(organisationKind('Försäkringskassan')).toBe('myndighet');
    expect(organisationKind('Altitude Meetings AB')).toBe('företag');
    expect(organisationKind('ICLEI Europe')).toBe('organisation');
  });
});
