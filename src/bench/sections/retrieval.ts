import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT, resolveDataDir } from '../../config/data-dir.js';
import { loadDataset } from '../../data/load-dataset.js';
import { createSubmissionSearch, type HybridSubmissionSearch, type SearchMode } from '../../search/hybrid-search.js';
import { cosineSimilarity } from '../../search/hashed-swedish-embeddings.js';
import { indexedText, type Passage } from '../../search/passages.js';
import { isEntryPoint } from '../../cli/is-entry-point.js';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { oramaEngines, type RetrievalEngine } from './retrieval-orama.js';
import { percentile } from '../bench-context.js';

const TargetSchema = z.object({ file: z.string(), contains: z.string().optional(), project: z.string().optional() });
const RetrievalSetSchema = z.object({
  description: z.string().default(''),
  dataDir: z.string().default('data'),
  k: z.number().int().min(1).default(5),
  queries: z.array(z.object({ id: z.string(), query: z.string().min(1), kind: z.string().default(''), language: z.enum(['sv', 'en']).optional(), relevant: z.array(TargetSchema).min(1) })).min(1),
});
export type RetrievalSet = z.infer<typeof RetrievalSetSchema>;
type Target = z.infer<typeof TargetSchema>;

export const DEFAULT_RETRIEVAL_SET = join(PROJECT_ROOT, 'eval', 'retrieval.json');
export const MODES: readonly SearchMode[] = ['hybrid', 'hybrid-mix', 'vector', 'keyword'];

export function loadRetrievalSet(file = DEFAULT_RETRIEVAL_SET): RetrievalSet {
  return RetrievalSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Whether a passage is what a target describes: same file, and the project row or a passage containing the text. */
export function matchesTarget(passage: Pick<Passage, 'file' | 'text' | 'project'>, target: Target): boolean {
  if (passage.file !== target.file) return false;
  if (target.project !== undefined && passage.project !== target.project) return false;
  if (target.contains !== undefined && !passage.text.includes(target.contains)) return false;
  return true;
}

export interface ModeScore {
  mode: SearchMode;
  /** Mean share of each query's relevant targets found in the top k. */
  recallAtK: number;
  /** Mean reciprocal rank of the first relevant passage (within the top 10). */
  mrr: number;
  /** Recall@k per kind of query ("namn", "stavfel", …). */
  byKind: Record<string, number>;
  misses: string[];
  msPerQuery: number;
}

/** recall@k and MRR of one search mode over the labelled set. */
export async function scoreMode(search: HybridSubmissionSearch, set: RetrievalSet, mode: SearchMode): Promise<ModeScore> {
  let recallSum = 0;
  let reciprocalSum = 0;
  const kinds = new Map<string, { sum: number; count: number }>();
  const misses: string[] = [];
  const started = performance.now();
  for (const query of set.queries) {
    const hits = await search.search(query.query, { mode, limit: 10 });
    const top = hits.slice(0, set.k);
    const found = query.relevant.filter((target) => top.some((hit) => matchesTarget(hit, target))).length;
    const recall = found / query.relevant.length;
    const firstRank = hits.findIndex((hit) => query.relevant.some((target) => matchesTarget(hit, target)));
    recallSum += recall;
    reciprocalSum += firstRank >= 0 ? 1 / (firstRank + 1) : 0;
    const kind = kinds.get(query.kind) ?? { sum: 0, count: 0 };
    kinds.set(query.kind, { sum: kind.sum + recall, count: kind.count + 1 });
    if (recall < 1) misses.push(query.id);
  }
  const elapsed = performance.now() - started;
  const byKind: Record<string, number> = {};
  for (const [kind, { sum, count }] of kinds) byKind[kind] = sum / count;
  return { mode, recallAtK: recallSum / set.queries.length, mrr: reciprocalSum / set.queries.length, byKind, misses, msPerQuery: elapsed / set.queries.length };
}

export interface AnnComparison {
  passages: number;
  /** Mean share of the exact top 10 that HNSW also returns. */
  recallAt10: number;
  hnswMsPerQuery: number;
  exactMsPerQuery: number;
  /** exact time / HNSW time: above 1 means HNSW is faster. */
  speedRatio: number;
}

function exactTopK(vectors: number[][], ids: string[], query: number[], k: number): string[] {
  return vectors
    .map((vector, index) => ({ id: ids[index]!, score: cosineSimilarity(vector, query) }))
    .sort((left, right) => right.score - left.score)
    .slice(0, k)
    .map((hit) => hit.id);
}

/** HNSW (hnswlib via LangChain) against exact cosine search over the same passage vectors. */
export async function compareWithExact(search: HybridSubmissionSearch, set: RetrievalSet, repetitions = 20): Promise<AnnComparison> {
  const passages = [...search.passages];
  const ids = passages.map((passage) => passage.id);
  const vectors = await search.embeddings.embedDocuments(passages.map(indexedText));
  const queries = await Promise.all(set.queries.map((query) => search.embeddings.embedQuery(query.query)));
  let overlap = 0;
  for (const query of queries) {
    const exact = exactTopK(vectors, ids, query, 10);
    const approximate = (await search.nearest(query, 10)).map((hit) => hit.id);
    overlap += exact.filter((id) => approximate.includes(id)).length / Math.max(1, exact.length);
  }
  const time = async (work: (query: number[]) => unknown): Promise<number> => {
    const started = performance.now();
    for (let round = 0; round < repetitions; round++) for (const query of queries) await work(query);
    return (performance.now() - started) / (repetitions * queries.length);
  };
  const hnswMs = await time((query) => search.nearest(query, 10));
  const exactMs = await time((query) => exactTopK(vectors, ids, query, 10));
  return { passages: passages.length, recallAt10: overlap / queries.length, hnswMsPerQuery: hnswMs, exactMsPerQuery: exactMs, speedRatio: exactMs / hnswMs };
}

/**
 * The same comparison at a larger scale, with raw hnswlib-node and no LangChain docstore:
 * `size` vectors made from the real passage vectors plus noise (so neighbourhoods look like real ones).
 */
export async function compareAtScale(search: HybridSubmissionSearch, set: RetrievalSet, size = 10_000): Promise<AnnComparison> {
  const { default: hnswlib } = await import('hnswlib-node');
  const base = await search.embeddings.embedDocuments(search.passages.map(indexedText));
  const dimension = base[0]?.length ?? 0;
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const vectors: number[][] = [];
  for (let index = 0; index < size; index++) {
    const source = base[index % base.length]!;
    const noisy = source.map((value) => value + (random() - 0.5) * 0.08);
    const norm = Math.sqrt(noisy.reduce((sum, value) => sum + value * value, 0)) || 1;
    vectors.push(noisy.map((value) => value / norm));
  }
  const ids = vectors.map((_vector, index) => String(index));
  const index = new hnswlib.HierarchicalNSW('cosine', dimension);
  index.initIndex(size, 16, 200, 100);
  vectors.forEach((vector, label) => index.addPoint(vector, label));
  index.setEf(64);
  const queries = await Promise.all(set.queries.map((query) => search.embeddings.embedQuery(query.query)));
  let overlap = 0;
  for (const query of queries) {
    const exact = exactTopK(vectors, ids, query, 10);
    const approximate = index.searchKnn(query, 10).neighbors.map(String);
    overlap += exact.filter((id) => approximate.includes(id)).length / 10;
  }
  const time = (work: (query: number[]) => unknown, repetitions: number): number => {
    const started = performance.now();
    for (let round = 0; round < repetitions; round++) for (const query of queries) work(query);
    return (performance.now() - started) / (repetitions * queries.length);
  };
  const hnswMs = time((query) => index.searchKnn(query, 10), 20);
  const exactMs = time((query) => exactTopK(vectors, ids, query, 10), 2);
  return { passages: size, recallAt10: overlap / queries.length, hnswMsPerQuery: hnswMs, exactMsPerQuery: exactMs, speedRatio: exactMs / hnswMs };
}

/** The labelled sets compared side by side: the project's own, the blind dev set, the blind test set. */
export const COMPARED_SETS: ReadonlyArray<{ label: string; file: string }> = [
  { label: 'eval/retrieval.json', file: DEFAULT_RETRIEVAL_SET },
  { label: 'blind dev (40)', file: join(PROJECT_ROOT, 'eval', 'retrieval-dev.json') },
  { label: 'blind test (100)', file: join(PROJECT_ROOT, 'eval', 'retrieval-blind.json') },
];

const isEnglish = (query: RetrievalSet['queries'][number]): boolean => query.language === 'en' || /^(engelska|english|en)$/i.test(query.kind);

export interface EngineScore {
  engine: string;
  set: string;
  recallAt5: number;
  mrrAt5: number;
  /** Recall@5 of the English questions; null when the set has none. */
  englishRecallAt5: number | null;
}

/** recall@5, MRR@5 (first relevant passage within the top 5) and English recall@5 of one engine over one set. */
export async function scoreEngine(engine: RetrievalEngine, set: RetrievalSet, label: string): Promise<EngineScore> {
  let recall = 0;
  let reciprocal = 0;
  let english = 0;
  let englishCount = 0;
  for (const query of set.queries) {
    const top = (await engine.search(query.query, 5)).slice(0, 5);
    const share = query.relevant.filter((target) => top.some((hit) => matchesTarget(hit, target))).length / query.relevant.length;
    const first = top.findIndex((hit) => query.relevant.some((target) => matchesTarget(hit, target)));
    recall += share;
    reciprocal += first >= 0 ? 1 / (first + 1) : 0;
    if (isEnglish(query)) {
      english += share;
      englishCount++;
    }
  }
  const count = set.queries.length;
  return { engine: engine.name, set: label, recallAt5: recall / count, mrrAt5: reciprocal / count, englishRecallAt5: englishCount > 0 ? english / englishCount : null };
}

function projectEngines(search: HybridSubmissionSearch): RetrievalEngine[] {
  const engine = (name: string, mode: SearchMode): RetrievalEngine => ({ name, search: (query, limit) => search.search(query, { mode, limit }) });
  return [engine('detta projekt, hybrid (standard)', 'hybrid'), engine('detta projekt, bara nyckelord', 'keyword'), engine('detta projekt, bara vektor', 'vector')];
}

/** Every engine over every labelled set that exists, printed as one table (rows: engines; columns: sets × figures). */
export async function compareEngines(search: HybridSubmissionSearch, log: (line: string) => void, sets = COMPARED_SETS): Promise<EngineScore[]> {
  const present = sets.filter((set) => existsSync(set.file)).map((set) => ({ label: set.label, set: loadRetrievalSet(set.file) }));
  const engines = [...projectEngines(search), ...(await oramaEngines(search))];
  const scores: EngineScore[] = [];
  for (const engine of engines) for (const { label, set } of present) scores.push(await scoreEngine(engine, set, label));
  log(`| motor | ${present.map(({ label }) => `${label}: recall@5 | MRR@5 | engelska recall@5`).join(' | ')} |`);
  log(`|---|${present.map(() => '---|---|---').join('|')}|`);
  for (const engine of engines) {
    const cells = present.map(({ label }) => {
      const score = scores.find((entry) => entry.engine === engine.name && entry.set === label)!;
      return `${percent(score.recallAt5)} | ${score.mrrAt5.toFixed(3)} | ${score.englishRecallAt5 === null ? '–' : percent(score.englishRecallAt5)}`;
    });
    log(`| ${engine.name} | ${cells.join(' | ')} |`);
  }
  return scores;
}

/** In-process latency of the default search over the questions of the sets: p50 and p95 in ms (after one warm-up round). */
export async function searchLatency(search: HybridSubmissionSearch, questions: readonly string[]): Promise<{ p50: number; p95: number }> {
  for (const question of questions) await search.search(question);
  const times: number[] = [];
  for (const question of questions) {
    const started = performance.now();
    await search.search(question);
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** Time to build the search and the median time of a question, for a data folder. */
async function questionTimes(dataDir: string, questions: readonly string[]): Promise<{ buildMs: number; questionMs: number }> {
  const started = performance.now();
  const search = await createSubmissionSearch({ dataset: loadDataset(dataDir), cacheDir: null });
  const buildMs = performance.now() - started;
  const times: number[] = [];
  for (const question of questions) {
    const begin = performance.now();
    await search.search(question);
    times.push(performance.now() - begin);
  }
  return { buildMs, questionMs: percentile(times, 0.5) };
}

/**
 * Issue 14's figure: a search question after a submission with one huge unbroken word (0.3 MB) or a
 * 3 MB paragraph of ordinary words, against the same question before it. A copy of the data folder is used.
 */
export async function longTokenFigures(dataDir: string, questions: readonly string[], log: (line: string) => void): Promise<void> {
  const words = ['skolan', 'fritid', 'miljöarbete', 'ungdomar', 'klimatet', 'samverkan'];
  const cases: Array<[string, string]> = [
    ['ett ord på 0,3 MB', 'x'.repeat(300_000)],
    ['ett stycke på 3 MB vanliga ord', Array.from({ length: 340_000 }, (_, index) => `${words[index % words.length]}${index % 97}`).join(' ')],
  ];
  const before = await questionTimes(dataDir, questions);
  log('| underlag | bygga sökningen ms | fråga ms (median) |');
  log('|---|---|---|');
  log(`| som levererat | ${before.buildMs.toFixed(0)} | ${before.questionMs.toFixed(2)} |`);
  for (const [label, filler] of cases) {
    const copy = mkdtempSync(join(tmpdir(), 'long-token-'));
    try {
      cpSync(dataDir, copy, { recursive: true });
      const year = readdirSync(copy).filter((name) => /^\d{4}$/.test(name)).sort().at(-1) ?? '';
      const folder = join(copy, year, 'underlag');
      const file = readdirSync(folder).find((name) => name.endsWith('.md'));
      if (!file) continue;
      const path = join(folder, file);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n\n## Övrigt\n\n${filler}\n`);
      const after = await questionTimes(copy, questions);
      log(`| med ${label} | ${after.buildMs.toFixed(0)} | ${after.questionMs.toFixed(2)} |`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
}

export interface RetrievalBenchReport {
  queries: number;
  passages: number;
  unmatchedTargets: string[];
  modes: ModeScore[];
  ann: AnnComparison;
  annAtScale: AnnComparison | null;
}

export interface RetrievalBenchOptions {
  /** The data folder; by default the retrieval set's dataDir (resolved like --data). */
  dataDir?: string;
  setFile?: string;
  /** Where output goes; console.log by default. */
  log?: (line: string) => void;
  /** Also measure at 10 000 synthetic vectors (default true). */
  atScale?: boolean;
  cacheDir?: string | null;
  /** Also compare every engine over every labelled set (default true). */
  compare?: boolean;
}

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

/**
 * `npm run bench` section "Sökning i underlagen": recall@5 and MRR for hybrid, vector only and
 * keyword only over eval/retrieval.json, and hnswlib against exact cosine search (recall@10, speed).
 */
export async function runRetrievalBench(options: RetrievalBenchOptions = {}): Promise<RetrievalBenchReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const set = loadRetrievalSet(options.setFile);
  const dataDir = options.dataDir ?? (set.dataDir ? resolve(PROJECT_ROOT, set.dataDir) : resolveDataDir(undefined));
  const dataset = loadDataset(dataDir);
  const search = await createSubmissionSearch({ dataset, ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}) });
  const unmatchedTargets = set.queries.flatMap((query) =>
    query.relevant.filter((target) => !search.passages.some((passage) => matchesTarget(passage, target))).map((target) => `${query.id}: ${target.file} ${target.contains ?? target.project ?? ''}`),
  );
  const modes: ModeScore[] = [];
  for (const mode of MODES) modes.push(await scoreMode(search, set, mode));
  const ann = await compareWithExact(search, set);
  const annAtScale = options.atScale === false ? null : await compareAtScale(search, set);

  log(`## Sökning i underlagen (${set.queries.length} märkta frågor, ${search.passages.length} avsnitt, k = ${set.k})`);
  log('');
  log(`| sökning | recall@${set.k} | MRR | ms/fråga | missar |`);
  log('|---|---|---|---|---|');
  for (const score of modes) log(`| ${score.mode} | ${percent(score.recallAtK)} | ${score.mrr.toFixed(3)} | ${score.msPerQuery.toFixed(2)} | ${score.misses.join(' ') || '–'} |`);
  log('');
  const kinds = Object.keys(modes[0]?.byKind ?? {});
  log(`| recall@${set.k} per frågetyp | ${modes.map((score) => score.mode).join(' | ')} |`);
  log(`|---|${modes.map(() => '---').join('|')}|`);
  for (const kind of kinds) log(`| ${kind} | ${modes.map((score) => percent(score.byKind[kind] ?? 0)).join(' | ')} |`);
  log('');
  log('| hnswlib mot exakt cosinus | vektorer | recall@10 | hnsw ms/fråga | exakt ms/fråga | hastighet (exakt/hnsw) |');
  log('|---|---|---|---|---|---|');
  log(`| underlagen (LangChain HNSWLib) | ${ann.passages} | ${percent(ann.recallAt10)} | ${ann.hnswMsPerQuery.toFixed(3)} | ${ann.exactMsPerQuery.toFixed(3)} | ${ann.speedRatio.toFixed(2)}× |`);
  if (annAtScale) {
    log(`| syntetiskt (hnswlib-node) | ${annAtScale.passages} | ${percent(annAtScale.recallAt10)} | ${annAtScale.hnswMsPerQuery.toFixed(3)} | ${annAtScale.exactMsPerQuery.toFixed(3)} | ${annAtScale.speedRatio.toFixed(1)}× |`);
  }
  if (options.compare !== false) {
    log('');
    log('### Sida vid sida: samma avsnitt, samma frågor (blinda mängder skrivna av någon som inte justerat sökningen)');
    log('');
    await compareEngines(search, log);
    const questions = COMPARED_SETS.filter((entry) => existsSync(entry.file)).flatMap((entry) => loadRetrievalSet(entry.file).queries.map((query) => query.query));
    const latency = await searchLatency(search, questions);
    log('');
    log(`Sökning i processen, standardläget, ${questions.length} frågor: p50 ${latency.p50.toFixed(2)} ms, p95 ${latency.p95.toFixed(2)} ms.`);
    log('');
    log('### En sökfråga efter ett underlag med en jättelång token (issue 14)');
    log('');
    await longTokenFigures(dataDir, questions.slice(0, 40), log);
  }
  if (unmatchedTargets.length > 0) log(`\nVarning: ${unmatchedTargets.length} mål i ${set.queries.length} frågor motsvarar inget avsnitt: ${unmatchedTargets.join('; ')}`);
  return { queries: set.queries.length, passages: search.passages.length, unmatchedTargets, modes, ann, annAtScale };
}

/** `node dist/bench/sections/retrieval.js` runs this section alone. */
if (isEntryPoint(import.meta.url)) await runRetrievalBench();
