import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../config/data-dir.js';
import { loadDataset } from '../../data/load-dataset.js';
import { buildPassages } from '../../search/passages.js';
import { DEFAULT_RETRIEVAL_SET, loadRetrievalSet, matchesTarget, runRetrievalBench } from './retrieval.js';

const FIXTURES = join(PROJECT_ROOT, 'src', 'search', '__fixtures__', 'data');
const workDir = mkdtempSync(join(tmpdir(), 'retrieval-bench-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('retrieval bench', () => {
  it('scores each mode over a labelled set and compares hnswlib with exact search', async () => {
    const setFile = join(workDir, 'set.json');
    writeFileSync(setFile, JSON.stringify({
      k: 5,
      queries: [
        { id: 'a', query: 'demens', kind: 'innehåll', relevant: [{ file: '2024/underlag/kulturforvaltningen.md', project: 'Perfare' }] },
        { id: 'b', query: 'Klimatrådslaget förslag', kind: 'namn', relevant: [{ file: '2024/underlag/miljoforvaltningen.md', contains: '34 förslag' }] },
        { id: 'c', query: 'kaffebryggare', kind: 'saknas', relevant: [{ file: '2024/underlag/fritidsforvaltningen.md', contains: 'finns inte i texten' }] },
      ],
    }));
    const lines: string[] = [];
    const report = await runRetrievalBench({ dataDir: FIXTURES, setFile, log: (line) => lines.push(line), atScale: false, compare: false, cacheDir: join(workDir, "cache") });
    expect(report.modes.map((mode) => mode.mode)).toEqual(['hybrid', 'hybrid-mix', 'vector', 'keyword']);
    const hybrid = report.modes[0]!;
    expect(hybrid.recallAtK).toBeCloseTo(2 / 3, 5);
    expect(hybrid.misses).toEqual(['c']);
    expect(report.unmatchedTargets).toEqual(['c: 2024/underlag/fritidsforvaltningen.md finns inte i texten']);
    expect(report.ann.recallAt10).toBeGreaterThan(0.9);
    expect(lines.join('\n')).toMatch(/\| hybrid \| 66\.7 % \|/);
  });
});

describe('eval/retrieval.json', () => {
  it('has at least 30 queries, each with a target', () => {
    const set = loadRetrievalSet(DEFAULT_RETRIEVAL_SET);
    expect(set.queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(set.queries.map((query) => query.id)).size).toBe(set.queries.length);
  });

  it.skipIf(!existsSync(join(PROJECT_ROOT, 'data', '2024', 'underlag')))('describes passages that exist in the shipped data', async () => {
    const set = loadRetrievalSet(DEFAULT_RETRIEVAL_SET);
    const passages = await buildPassages(loadDataset(join(PROJECT_ROOT, 'data')));
    const unmatched = set.queries.flatMap((query) => query.relevant.filter((target) => !passages.some((passage) => matchesTarget(passage, target))).map(() => query.id));
    expect(unmatched).toEqual([]);
  });
});
