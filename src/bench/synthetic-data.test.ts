import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load-dataset.js';
import { FIXTURE_DATA_DIR } from '../test-support/datasets.js';
import { writeSyntheticData } from './synthetic-data.js';
import { median, percentile } from './bench-context.js';

const workDir = mkdtempSync(join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('synthetic bench data', () => {
  it('writes N loadable years ending with the latest, each with its own project names', () => {
    const target = join(workDir, 'data');
    const written = writeSyntheticData(FIXTURE_DATA_DIR, target, 5);
    expect(written.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    const dataset = loadDataset(target);
    expect(dataset.years.map((year) => year.projects?.length)).toEqual([7, 7, 7, 7, 7]);
    const names = new Set(dataset.years.flatMap((year) => year.projects?.map((project) => project.name) ?? []));
    expect(names.size).toBe(35);
  });
});

describe('percentiles', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 0.95)).toBe(95);
    expect(median([3, 1, 2])).toBe(2);
  });
});
