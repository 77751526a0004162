import type { z } from 'zod';
import type { Dataset } from '../domain/dataset.js';

/** A source an answer rests on: a data file, a table of the published report, a submission passage. */
export interface Source {
  title: string;
  /** Where to find it: a path relative to the data folder, with an anchor where useful. */
  ref: string;
}

/**
 * What every tool may use. Optional parts are added as the assistant grows
 * (the submissions index arrives with the search issue).
 */
export interface ToolDeps {
  dataset: Dataset;
  /** Search over indexed submission passages; absent until the index is built. */
  searchSubmissions?: SubmissionSearch;
}

export interface SubmissionPassage {
  /** Stable within one data version: "<file>#<section slug>-<n>" or "<file>#projekt-<name slug>". */
  id: string;
  text: string;
  namnd: string;
  forvaltning: string;
  year: number;
  /** The section heading the passage comes from ("Externfinansierade projekt" for project rows). */
  section: string;
  /** Path of the source file relative to the data folder. */
  file: string;
  score: number;
}

export interface SubmissionSearch {
  search(query: string, options?: { year?: number; namnd?: string; limit?: number }): Promise<SubmissionPassage[]>;
}

/**
 * A tool is one schema and one function. Its input schema is what a model's JSON schema is
 * generated from; its output is plain JSON (no Dates, Maps or class instances) and carries the
 * sources it used.
 */
export interface Tool<Input extends z.ZodTypeAny = z.ZodTypeAny, Output extends ToolOutput = ToolOutput> {
  name: string;
  description: string;
  input: Input;
  run(input: z.infer<Input>, deps: ToolDeps): Promise<Output> | Output;
}

export interface ToolOutput {
  /** The year(s) the result is about. */
  years: number[];
  sources: Source[];
}
