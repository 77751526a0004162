import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { createSubmissionSearch, fuseRankings, mixScores } from './hybrid-search.js';
import { HashedSwedishEmbeddings, cosineSimilarity } from './hashed-swedish-embeddings.js';
import { SubwordLexicon, splitCompound, stemWord } from './swedish-terms.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__', 'data');
let workDir: string;

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'search-test-'));
  cpSync(FIXTURES, join(workDir, 'data'), { recursive: true });
});
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

const cacheDir = (): string => join(workDir, 'cache');
const open = async () => createSubmissionSearch({ dataset: loadDataset(join(workDir, 'data')), cacheDir: cacheDir() });

describe('Swedish terms', () => {
  it('meets definite and plural forms in one stem', () => {
    expect(stemWord('projektet')).toBe(stemWord('projekten'));
    expect(stemWord('projekten')).toBe(stemWord('projekt'));
    expect(stemWord('skolan')).toBe(stemWord('skolor'));
  });

  it('splits compounds into known sub-words, dropping a linking s', () => {
    const lexicon = new SubwordLexicon(['rådslag']);
    expect(splitCompound('klimatrådslaget', lexicon)).toEqual(['klimat', 'rådslaget']);
    expect(splitCompound('demenssjukdom', new SubwordLexicon(['demens']))).toEqual(['demens', 'sjukdom']);
    expect(splitCompound('kaffekopp', lexicon)).toEqual([]);
  });
});

describe('HashedSwedishEmbeddings', () => {
  it('is deterministic, L2-normalised and has the configured dimension', async () => {
    const embeddings = new HashedSwedishEmbeddings({ dimension: 256 });
    const [first, second] = await embeddings.embedDocuments(['Projekten om klimat', 'Projekten om klimat']);
    expect(first).toHaveLength(256);
    expect(first).toEqual(second);
    expect(Math.sqrt(first!.reduce((sum, value) => sum + value * value, 0))).toBeCloseTo(1, 6);
  });

  it('puts inflected forms and compounds closer than unrelated text', async () => {
    const embeddings = new HashedSwedishEmbeddings({ lexicon: new SubwordLexicon(['demens']) });
    const query = await embeddings.embedQuery('demens');
    const related = await embeddings.embedQuery('scenkonst för personer med demenssjukdom');
    const unrelated = await embeddings.embedQuery('cykelbanor och kollektivtrafik i centrum');
    expect(cosineSimilarity(query, related)).toBeGreaterThan(cosineSimilarity(query, unrelated) + 0.1);
  });
});

describe('createSubmissionSearch', () => {
  it('finds content, exact names and rare words, with förvaltning, year, section and file', async () => {
    const search = await open();
    const [dementia] = await search.search('Finns det något projekt om demens?', { limit: 3 });
    expect(dementia?.forvaltning).toBe('Kulturförvaltningen');
    expect(dementia?.file).toBe('2024/underlag/kulturforvaltningen.md');

    const [council] = await search.search('Hur många förslag kom fram i Klimatrådslaget?', { year: 2024 });
    expect(council?.text).toContain('34 förslag');
    expect(council?.section).toBe('Internationellt arbete under året');
    expect(council?.year).toBe(2024);

    for (const rare of ['Mechelen', 'Reykjavik', 'U-LYNC', 'Consorzio Marche Spettacolo']) {
      const hits = await search.search(rare, { limit: 2 });
      expect(hits.some((hit) => hit.text.includes(rare)), rare).toBe(true);
    }
  });

  it('tolerates a typo and finds a project row as its own passage', async () => {
    const search = await open();
    const hits = await search.search('demenssjukdmo', { limit: 3, mode: 'keyword' });
    expect(hits[0]?.forvaltning).toBe('Kulturförvaltningen');
    const [project] = await search.search('Perfare', { limit: 1 });
    expect(project?.id).toContain('#projekt-perfare');
  });

  it('filters by year and by nämnd given as a name or abbreviation', async () => {
    const search = await open();
    const only2023 = await search.search('Speak Up', { year: 2023, limit: 10 });
    expect(only2023.length).toBeGreaterThan(0);
    expect(only2023.every((hit) => hit.year === 2023)).toBe(true);
    const culture = await search.search('Eurocities', { namnd: 'Kulturnämnden', limit: 10 });
    expect(culture.length).toBeGreaterThan(0);
    expect(culture.every((hit) => hit.namnd === 'kn')).toBe(true);
    const byAbbreviation = await search.search('klimat', { namnd: 'MN', limit: 10 });
    expect(byAbbreviation.every((hit) => hit.namnd === 'mn')).toBe(true);
  });

  it('reuses the saved index when nothing changed and rebuilds when the data changes', async () => {
    const first = await open();
    expect(first.indexOrigin).toBe('built');
    const second = await open();
    expect(second.indexOrigin).toBe('loaded');
    expect(second.indexDirectory).toBe(first.indexDirectory);

    appendFileSync(join(workDir, 'data', '2024', 'underlag', 'fritidsforvaltningen.md'), '\n## Övrigt\n\nVi besökte Tammerfors för en skejtparksstudie.\n');
    const third = await open();
    expect(third.indexOrigin).toBe('built');
    expect(third.indexDirectory).not.toBe(first.indexDirectory);
    const [hit] = await third.search('Tammerfors skejtpark', { limit: 1 });
    expect(hit?.forvaltning).toBe('Fritidsförvaltningen');
  });

  it('rebuilds a corrupted saved index instead of failing', async () => {
    const first = await open();
    const directory = first.indexDirectory!;
    writeFileSync(join(directory, 'hnswlib.index'), 'inte ett index');
    const second = await open();
    expect(second.indexOrigin).toBe('rebuilt-after-error');
    expect((await second.search('Perfare', { limit: 1 }))[0]?.project).toBe('Perfare');
    const third = await open();
    expect(third.indexOrigin).toBe('loaded');
    expect(readdirSync(cacheDir()).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('still searches when the cache folder cannot be written', async () => {
    writeFileSync(join(workDir, 'not-a-folder'), 'x');
    const search = await createSubmissionSearch({ dataset: loadDataset(join(workDir, 'data')), cacheDir: join(workDir, 'not-a-folder', 'index') });
    expect(search.indexOrigin).toBe('built');
    expect((await search.search('Perfare', { limit: 1 }))[0]?.project).toBe('Perfare');
  });

  it('gives the same vector results from a loaded index as from a fresh one', async () => {
    const built = await open();
    const loaded = await open();
    const query = 'naturbaserade lösningar för dagvatten';
    expect((await loaded.search(query, { mode: 'vector' })).map((hit) => hit.id)).toEqual(
      (await built.search(query, { mode: 'vector' })).map((hit) => hit.id),
    );
  });
});

describe('index cache', () => {
  it('keeps only the newest saved indexes when the data keeps changing', async () => {
    const file = join(workDir, 'data', '2024', 'underlag', 'fritidsforvaltningen.md');
    for (let version = 1; version <= 5; version++) {
      appendFileSync(file, `\nVersion ${version}.\n`);
      const search = await open();
      expect(search.indexOrigin).toBe('built');
      expect(readdirSync(cacheDir())).toContain(search.indexDirectory!.split(/[\\/]/).at(-1));
    }
    expect(readdirSync(cacheDir()).length).toBe(3);
  });
});

describe('mixScores', () => {
  it('keeps a passage far ahead in the keyword ranking first, even when the vectors prefer another', () => {
    const mixed = mixScores(
      [{ id: 'general', score: 0.22 }, { id: 'exact', score: 0.17 }],
      [{ id: 'exact', score: 14 }, { id: 'general', score: 2 }],
    );
    expect(mixed[0]?.id).toBe('exact');
  });
});

describe('fuseRankings', () => {
  it('ranks a passage found by both rankings above one found by only one', () => {
    const fused = fuseRankings(
      [{ id: 'a', score: 0.9 }, { id: 'b', score: 0.8 }],
      [{ id: 'b', score: 10 }, { id: 'c', score: 5 }],
    );
    expect(fused[0]?.id).toBe('b');
    expect(fuseRankings([{ id: 'a', score: 1 }], [{ id: 'a', score: 9 }])[0]?.score).toBeCloseTo(1, 10);
  });
});
