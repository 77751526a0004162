import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/dataset.js';
import { fixtureDataset } from '../test-support/datasets.js';
import { lexiconFor } from './lexicon.js';
import { correctHeadNoun, linkEntities } from './link-entities.js';
import { normaliseQuestion } from './normalise.js';

const link = (question: string, dataset: Dataset = fixtureDataset()) => linkEntities(normaliseQuestion(question), lexiconFor(dataset));

describe('linkEntities: nämnder and förvaltningar', () => {
  it('finds full names in any inflection', () => {
    expect(link('Hur mycket fick arbetsmarknads- och socialnämndens projekt?').units.map((unit) => unit.id)).toEqual(['asn']);
    expect(link('Vilka projekt har Fastighets- och gatukontoret?').units.map((unit) => unit.id)).toEqual(['tn']);
  });

  it('tolerates a typo in the head noun and in the name', () => {
    expect(correctHeadNoun('forskolenamden')).toBe('forskolenamnden');
    expect(link('hur mycket fick miljöförvaltnigen').units.map((unit) => unit.id)).toEqual(['mn']);
  });

  it('reads abbreviations in capitals, and lower case when unambiguous', () => {
    expect(link('Hur mycket fick ASN?').units.map((unit) => unit.id)).toEqual(['asn']);
    expect(link('antal projekt gyvf').units.map((unit) => unit.id)).toEqual(['gvn']);
    expect(link('är det fri entré?').units).toEqual([]);
  });

  it('suggests the closest nämnd for an unknown one', () => {
    const entities = link('Hur många projekt har Idrottsnämnden?');
    expect(entities.units).toEqual([]);
    expect(entities.unknownUnits[0]?.text).toBe('Idrottsnämnden');
    expect(entities.unknownUnits[0]?.suggestion).toBeTruthy();
  });

  it('does not take the generic word "nämnd" for an unknown one', () => {
    expect(link('Vilken nämnd har flest projekt?').unknownUnits).toEqual([]);
  });

  it('reads English names before a head word', () => {
    expect(link('How much did the environment committee get?').units.map((unit) => unit.id)).toEqual(['mn']);
  });
});

describe('linkEntities: programmes, goals, years, amounts', () => {
  it('finds families and programmes by common spellings', () => {
    expect(link('Vilka Interregprojekt finns?').families).toEqual(['Interreg']);
    expect(link('Hur mycket kom från Horizon Europe?').programmes).toEqual(['Horisont Europa']);
    expect(link('Lista projekten inom Horisont 2020').programmes).toEqual(['Horisont 2020']);
    expect(link('Lista projekten inom Horisont 2020').years).toEqual([]);
  });

  it('finds KF goals by number and by their words', () => {
    expect(link('Hur många projekt bidrar till KF-mål 3?').goals).toEqual([3]);
    expect(link('projekt för en grön stad').goals).toEqual([3]);
    expect(link('målet om goda uppväxtvillkor').goals).toEqual([1]);
  });

  it('reads relative years against the latest report year in the data, not the calendar', () => {
    expect(link('Hur många projekt i fjol?').years).toEqual([2023]);
    expect(link('senaste redovisningen').years).toEqual([2024]);
  });

  it('reads amounts in kronor, thousands and millions', () => {
    expect(link('mer än 5 miljoner').amounts).toEqual([5_000_000]);
    expect(link('under 500 000 kr').amounts).toEqual([500_000]);
    expect(link('över 1,5 mnkr').amounts).toEqual([1_500_000]);
    expect(link('under en miljon').amounts).toEqual([1_000_000]);
  });
});

describe('linkEntities: names from the data', () => {
  it('finds projects by name, acronym and a small typo', () => {
    expect(link('Berätta om Malmökraften').projects[0]?.id).toBe('malmokraften');
    expect(link('Berätta om U-LYNC').projects[0]?.id).toBe('u-lync');
    expect(link('Vad handlar Perfrae om?').projects[0]?.id).toBe('perfare');
    expect(link('Vad är Malmökrafen?').projects[0]?.id).toBe('malmokraften');
  });

  it('finds partner organisations, cities and countries', () => {
    expect(link('Vilka projekt har Region Skåne som partner?').organisations).toEqual(['Region Skåne']);
    expect(link('Samarbetar någon med Reykjavík?').organisations[0]).toBe('Reykjavík School and Leisure Division');
    expect(link('Vilka projekt har danska partner?').countries).toEqual(['DK']);
  });

  it('understands a project added to the data at once, with no code change', () => {
    const base = fixtureDataset();
    const year = base.years.find((candidate) => candidate.year === 2024);
    if (!year?.projects) throw new Error('fixture 2024 saknas');
    const added = {
      ...year.projects[0]!, id: 'blue-lagoon', name: 'Blue Lagoon Öresund', acronym: 'BLÖ',
      lead: { organisation: 'Helsingør Kommune', country: 'DK' }, partners: [],
    };
    const dataset: Dataset = { ...base, years: base.years.map((candidate) => (candidate === year ? { ...year, projects: [...year.projects!, added] } : candidate)) };
    expect(link('Berätta om Blue Lagoon Öresund', dataset).projects[0]?.id).toBe('blue-lagoon');
    expect(link('Vilka projekt har Helsingør Kommune som partner?', dataset).organisations).toEqual(['Helsingør Kommune']);
  });
});
