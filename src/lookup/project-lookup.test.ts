import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { InvalidLookupItemError, parseLookupItem } from './lookup-item.js';
import { lookupFacts } from './lookup-facts.js';
import { boundQuery, lookupProjects, MAX_QUERY_LENGTH, MAX_RESULTS } from './project-lookup.js';

const dataset = sampleDataset();

describe('lookupProjects (Teams-free)', () => {
  it('bounds the query before matching: whitespace collapsed, at most MAX_QUERY_LENGTH characters, non-text read as empty', () => {
    expect(boundQuery('  U-LYNC \n\t ')).toBe('U-LYNC');
    expect(boundQuery('a'.repeat(100_000))).toHaveLength(MAX_QUERY_LENGTH);
    for (const value of [undefined, null, 42, { query: 'x' }, ['x']]) expect(boundQuery(value)).toBe('');
  });

  it('answers a huge or odd query with at most MAX_RESULTS hits and every hit resolvable to facts', async () => {
    for (const query of ['klimat '.repeat(5_000), '%%%', 'ÅÄÖ åäö', '"); DROP TABLE', 'a']) {
      const result = await lookupProjects(dataset, query, { limit: 100 });
      expect(result.hits.length).toBeLessThanOrEqual(MAX_RESULTS);
      for (const hit of result.hits) expect(lookupFacts(dataset, hit.item), hit.title).not.toBeNull();
    }
  });

  it('gives a project\'s facts from the data: paid per nämnd adds up, the source is the year\'s project list', async () => {
    const [first] = (await lookupProjects(dataset, '')).hits;
    const facts = first ? lookupFacts(dataset, first.item) : null;
    expect(facts?.kind).toBe('project');
    if (facts?.kind !== 'project') return;
    expect(facts.paidKr).toBe(facts.namnder.reduce((sum, part) => sum + part.paidKr, 0));
    expect(facts.source.ref).toBe(`${facts.year}/projects.json`);
  });

  it('parses returned items strictly: unknown keys, kinds and nämnder are refused with a Swedish message', () => {
    expect(parseLookupItem({ kind: 'forvaltning', namnd: 'mn' })).toEqual({ kind: 'forvaltning', namnd: 'mn' });
    for (const value of [{ kind: 'forvaltning', namnd: 'mn', extra: 1 }, { kind: 'nämnd', namnd: 'mn' }, { kind: 'forvaltning', namnd: 'xx' }, { kind: 'project', year: 2024, projectId: '../etc' }]) {
      expect(() => parseLookupItem(value)).toThrow(InvalidLookupItemError);
    }
    expect(() => parseLookupItem({ kind: 'partner' })).toThrow(/Sök igen/);
  });
});
