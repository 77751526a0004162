import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { createSubmissionSearch } from '../search/hybrid-search.js';
import { searchSubmissionsTool } from './search-submissions.js';

const dataset = loadDataset(join(import.meta.dirname, '..', 'search', '__fixtures__', 'data'));
const cacheDir = mkdtempSync(join(tmpdir(), 'search-tool-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('search_submissions', () => {
  it('answers a content question with passages and their sources', async () => {
    const searchSubmissions = await createSubmissionSearch({ dataset, cacheDir });
    const input = searchSubmissionsTool.input.parse({ query: 'Hur många förslag kom fram i Klimatrådslaget?', namnd: 'Miljönämnden', year: 2024, limit: 3 });
    expect(input.namnd).toBe('mn');
    const output = await searchSubmissionsTool.run(input, { dataset, searchSubmissions });
    expect(output.available).toBe(true);
    expect(output.years).toEqual([2024]);
    expect(output.passages[0]?.text).toContain('34 förslag');
    expect(output.sources[0]).toEqual({
      title: 'Miljöförvaltningen 2024, Internationellt arbete under året',
      ref: '2024/underlag/miljoforvaltningen.md#internationellt-arbete-under-aret',
    });
  });

  it('says the index is unavailable rather than inventing passages', async () => {
    const output = await searchSubmissionsTool.run(searchSubmissionsTool.input.parse({ query: 'demens' }), { dataset });
    expect(output).toMatchObject({ available: false, passages: [] });
  });

  it('rejects an unknown nämnd and an out-of-range limit', () => {
    expect(searchSubmissionsTool.input.safeParse({ query: 'x', namnd: 'Rymdnämnden' }).success).toBe(false);
    expect(searchSubmissionsTool.input.safeParse({ query: 'x', limit: 11 }).success).toBe(false);
  });
});
