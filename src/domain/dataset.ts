import type { Project } from './project.js';
import type { PublishedReport } from './published.js';
import type { Submission } from './submission.js';

/** Everything known about one report year. */
export interface YearData {
  year: number;
  /** The structured project list; null when the year is known only by its published totals. */
  projects: Project[] | null;
  published: PublishedReport | null;
  submissions: Submission[];
}

/** The loaded data folder: every year, newest last. */
export interface Dataset {
  /** Absolute path of the data folder. */
  dir: string;
  years: YearData[];
  /** A hash of every data file's content: changes whenever the data does. */
  contentHash: string;
}

export function latestYear(dataset: Dataset): YearData | null {
  return dataset.years.at(-1) ?? null;
}

/** The latest year that has project-level data. */
export function latestProjectYear(dataset: Dataset): YearData | null {
  return [...dataset.years].reverse().find((year) => year.projects !== null) ?? null;
}

export function yearData(dataset: Dataset, year: number): YearData | null {
  return dataset.years.find((candidate) => candidate.year === year) ?? null;
}
