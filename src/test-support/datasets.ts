import { fileURLToPath } from 'node:url';
import { loadDataset } from '../data/load-dataset.js';
import type { Dataset } from '../domain/dataset.js';

/** The small fixture data folder beside this file: 2023 published totals, 2024 seven projects. */
export const FIXTURE_DATA_DIR = fileURLToPath(new URL('./fixture-data', import.meta.url));
/** The shipped sample data (data/ in the project root). */
export const SAMPLE_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

let fixture: Dataset | null = null;
let sample: Dataset | null = null;

export function fixtureDataset(): Dataset {
  fixture ??= loadDataset(FIXTURE_DATA_DIR);
  return fixture;
}

export function sampleDataset(): Dataset {
  sample ??= loadDataset(SAMPLE_DATA_DIR);
  return sample;
}
