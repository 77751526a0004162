import type { Dataset } from '../domain/dataset.js';

/**
 * The dataset a running service answers from, swapped as a whole when new submissions are ingested
 * (no restart). Readers take `current` at the start of their work and keep using that snapshot.
 */
export class DatasetHolder {
  private dataset: Dataset;
  private swaps = 0;

  constructor(dataset: Dataset) {
    this.dataset = dataset;
  }

  get current(): Dataset {
    return this.dataset;
  }

  /** How many times the dataset has been replaced since start. */
  get version(): number {
    return this.swaps;
  }

  replace(dataset: Dataset): void {
    this.dataset = dataset;
    this.swaps += 1;
  }
}
