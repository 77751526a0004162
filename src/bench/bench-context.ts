/** What every bench section receives: where the data is, and where to write its lines. */
export interface BenchContext {
  /** The sample data folder. */
  dataDir: string;
  /** The project root (dist/ and package.json live here). */
  projectRoot: string;
  /** A temporary folder the bench may write to (removed at the end). */
  workDir: string;
  /** The synthetic data folder 20 times larger, made once by the first section that needs it. */
  largeDataDir: () => string;
  log: (line: string) => void;
}

/** A section of `npm run bench`: a title and a function that measures and prints its table. */
export interface BenchSection {
  id: string;
  title: string;
  /** The section prints its own "## …" heading (sections written for their own command do). */
  printsOwnHeading?: boolean;
  run(context: BenchContext): Promise<void>;
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);

/** "12,3" — one decimal, Swedish comma. */
export const ms = (value: number, decimals = 1): string => value.toFixed(decimals).replace('.', ',');

/** Peak resident memory of this process so far, in MB. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
