import type { Dataset } from '../domain/dataset.js';
import { resolveUnit, suggestUnit, type Namnd } from '../domain/organisation.js';
import type { Submission, SubmissionProject } from '../domain/submission.js';
import { foldText } from '../text/fold.js';
import { HashedSwedishEmbeddings, cosineSimilarity } from '../search/hashed-swedish-embeddings.js';
import { buildPassages, slug, type Passage } from '../search/passages.js';
import { SubwordLexicon, tokenize } from '../search/swedish-terms.js';
import { mentionsProject } from '../search/project-aliases.js';
import { checkDraft, type DraftSentence, type FlaggedItem, type SentenceSource } from './check-draft.js';
import { UnknownForvaltningError } from './draft-errors.js';
import { rewriteFirstPerson, type VoiceState } from './first-person.js';
import { countWords, splitSentences } from './sentences.js';

export const MIN_WORDS = 60;
export const MAX_WORDS = 160;
/** The drafter stops adding sentences once the paragraph is this long. */
const TARGET_WORDS = 115;

export interface DraftOptions {
  dataset: Dataset;
  /** A built search whose passages are reused for sources (optional; built from the dataset otherwise). */
  search?: { passages: readonly Passage[] };
  /** Any name or abbreviation of the förvaltning or its nämnd. */
  forvaltning: string;
  /** The report year; by default the latest year with submissions. */
  year?: number;
  /** Also draft last year's paragraph for comparison (default true). */
  compare?: boolean;
}

export interface Comparison {
  year: number;
  /** Last year's paragraph, or null when there is no submission for last year. */
  paragraph: string | null;
  newProjects: string[];
  /** Projects in last year's submission that this year's does not list. */
  droppedProjects: string[];
  note: string;
}

export interface DraftResult {
  status: 'drafted' | 'no-submission';
  mode: 'embedded' | 'model';
  namnd: string;
  forvaltning: string;
  year: number;
  paragraph: string;
  sentences: DraftSentence[];
  wordCount: number;
  flagged: FlaggedItem[];
  /** Remarks for the handläggare (a short submission, a missing name). */
  notes: string[];
  comparison?: Comparison;
  /** For status "no-submission": what exists instead. */
  available?: { yearsForForvaltning: number[]; forvaltningarForYear: string[] };
}

/** Resolves the förvaltning, or throws UnknownForvaltningError with a "menade du" suggestion. */
export function resolveForvaltning(text: string): Namnd {
  const resolved = resolveUnit(text);
  if (resolved) return resolved.namnd;
  throw new UnknownForvaltningError(text, suggestUnit(text)?.forvaltning ?? null);
}

export function defaultDraftYear(dataset: Dataset): number {
  return [...dataset.years].reverse().find((year) => year.submissions.length > 0)?.year ?? dataset.years.at(-1)?.year ?? new Date().getFullYear();
}

export function findSubmission(dataset: Dataset, namnd: string, year: number): Submission | null {
  return dataset.years.find((candidate) => candidate.year === year)?.submissions.find((submission) => submission.namnd === namnd) ?? null;
}

/** The result for a förvaltning without a submission: says so, and what exists instead. */
export function noSubmission(dataset: Dataset, namnd: Namnd, year: number, mode: DraftResult['mode']): DraftResult {
  const yearsForForvaltning = dataset.years.filter((candidate) => candidate.submissions.some((submission) => submission.namnd === namnd.id)).map((candidate) => candidate.year);
  const forvaltningarForYear = (dataset.years.find((candidate) => candidate.year === year)?.submissions ?? []).map((submission) => submission.forvaltning).sort((left, right) => left.localeCompare(right, 'sv'));
  const notes = [
    `Det finns inget underlag från ${namnd.forvaltning} för ${year}, så inget stycke kan skrivas.`,
    yearsForForvaltning.length > 0 ? `${namnd.forvaltning} har underlag för ${yearsForForvaltning.join(', ')}.` : `${namnd.forvaltning} har inget underlag något år.`,
    forvaltningarForYear.length > 0 ? `Underlag för ${year} finns från: ${forvaltningarForYear.join(', ')}.` : `Inga underlag alls finns för ${year}.`,
  ];
  return {
    status: 'no-submission', mode, namnd: namnd.id, forvaltning: namnd.forvaltning, year, paragraph: '', sentences: [], wordCount: 0,
    flagged: [], notes, available: { yearsForForvaltning, forvaltningarForYear },
  };
}

interface Candidate {
  text: string;
  sectionIndex: number;
  sentenceIndex: number;
  source: SentenceSource;
  words: number;
  score: number;
  vector: number[];
  namesProject: boolean;
}

const DISCLAIMER = /exempeldata|testdata|fiktiv|påhitta|exempelunderlag|inte verkliga/i;
const RESULT_CUE = /(ledde|lett|leder) till|resultera|bidr(og|agit|ar) till|medfört|möjliggjort|ökat|ökade|förbättra|utvecklat|implementer|sprids|spridits|används nu|tagit fram|tog fram|infört|etablerat|skapat|nya|fler/i;
/** Sentences about the table itself ("redovisar fyra projekt") rather than the work. */
const META = /redovisar (inga|\p{L}+ (eu-)?projekt)|i tabellen/iu;
/** Sentences that lean on the one before ("Det mindre …", "Projektet har …") and read oddly alone. */
const ANAPHORIC = /^(Dessa|Detta|Denna|Där|Dessutom|Även|Också|Projektet|Projekten|Arbetet|Nätverket|Utbytet|Ansökan)(?!\p{L})/u;
/** Sentences that cannot stand alone even when they name a project ("Det mindre, X, …"). */
const DEPENDENT = /^(Det|Den) (mindre|större|minsta|största|andra|första|senare|förra)(?!\p{L})/u;
const SECTION_WEIGHT: Record<string, number> = { 'internationellt-arbete': 1, verksamhetsutveckling: 1, projekt: 0.9, natverk: 0.7 };

/** The passage a sentence of a section comes from: the chunk that contains it. */
export function sourceOf(passages: readonly Passage[], submission: Submission, heading: string, sentence: string): SentenceSource {
  const section = heading || 'Inledning';
  const probe = sentence.slice(0, 40);
  const candidates = passages.filter((passage) => passage.file === submission.file && passage.kind === 'section' && passage.section === section);
  const passage = candidates.find((candidate) => candidate.text.includes(probe)) ?? candidates[0];
  return { file: submission.file, section, passageId: passage?.id ?? `${submission.file}#${slug(section)}` };
}

function projectPassageId(passages: readonly Passage[], submission: Submission, project: SubmissionProject): string {
  return passages.find((passage) => passage.file === submission.file && passage.project === project.name)?.id ?? `${submission.file}#projekt-${slug(project.name)}`;
}

/** The submission's projects, most paid first. */
function mainProjects(submission: Submission): SubmissionProject[] {
  return [...submission.projects].sort((left, right) => right.paidKr - left.paidKr);
}

/** "A", "A och B", "A, B och C". */
export function joinSwedish(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/** A sentence built from the project table only: which projects the förvaltning takes part in. */
function projectSentence(submission: Submission, projects: SubmissionProject[], passages: readonly Passage[]): DraftSentence {
  const named = projects.slice(0, 3);
  const owned = named.filter((project) => project.role === 'Projektägare');
  const list = joinSwedish(named.map((project) => `${project.name} (${project.programme})`));
  const text = owned.length === named.length
    ? `${submission.forvaltning} är projektägare för ${named.length === 1 ? 'projektet' : 'projekten'} ${list}.`
    : `${submission.forvaltning} deltar i ${named.length === 1 ? 'projektet' : 'projekten'} ${list}.`;
  return {
    text,
    sources: named.map((project) => ({ file: submission.file, section: 'Externfinansierade projekt', passageId: projectPassageId(passages, submission, project) })),
  };
}

function candidatesOf(submission: Submission, passages: readonly Passage[], embeddings: HashedSwedishEmbeddings): Candidate[] {
  const projectNames = submission.projects.map((project) => project.name);
  const candidates: Candidate[] = [];
  const firstTextSection = submission.sections.findIndex((section) => section.text.trim() !== '');
  submission.sections.forEach((section, sectionIndex) => {
    const weight = section.field ? SECTION_WEIGHT[section.field] ?? 0.6 : 0.6;
    splitSentences(section.text).forEach((text, sentenceIndex) => {
      const words = countWords(text);
      if (words < 5 || words > 60 || DISCLAIMER.test(text) || text.includes('@') || text.includes('|') || text.endsWith('?') || text.endsWith(':')) return;
      const namesProject = projectNames.some((name) => mentionsProject(text, name));
      let score = 0;
      if (namesProject) score += 0.3;
      if (/\d/.test(text)) score += 0.15;
      if (RESULT_CUE.test(text)) score += 0.15;
      if (words > 45) score -= 0.1;
      if (META.test(text)) score -= 0.5;
      if (ANAPHORIC.test(text) && !namesProject) score -= 0.2;
      if (DEPENDENT.test(text)) score -= 0.4;
      if (text.includes(submission.forvaltning) || /^(Vi|Vår förvaltning|Förvaltningen)(?!\p{L})/u.test(text)) score += 0.15;
      if (sentenceIndex === 0 && sectionIndex === firstTextSection) score += 0.1;
      candidates.push({
        text, sectionIndex, sentenceIndex, words, namesProject, score: score * weight, vector: embeddings.embedText(text),
        source: sourceOf(passages, submission, section.heading, text),
      });
    });
  });
  if (candidates.length === 0) return candidates;
  const centroid = new Array<number>(candidates[0]!.vector.length).fill(0);
  for (const candidate of candidates) candidate.vector.forEach((value, index) => (centroid[index] = (centroid[index] ?? 0) + value));
  for (const candidate of candidates) candidate.score += cosineSimilarity(candidate.vector, centroid);
  return candidates;
}

/** Picks central, informative, non-redundant sentences up to the target length (maximal marginal relevance). */
function selectSentences(candidates: Candidate[]): Candidate[] {
  const selected: Candidate[] = [];
  const remaining = [...candidates];
  let words = 0;
  while (remaining.length > 0 && words < TARGET_WORDS) {
    let bestIndex = -1;
    let bestValue = -Infinity;
    remaining.forEach((candidate, index) => {
      const redundancy = Math.max(0, ...selected.map((chosen) => cosineSimilarity(chosen.vector, candidate.vector)));
      const value = candidate.score - 0.7 * redundancy;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = index;
      }
    });
    const [best] = remaining.splice(bestIndex, 1);
    if (!best || words + best.words > MAX_WORDS - 12) continue;
    selected.push(best);
    words += best.words;
  }
  return selected.sort((left, right) => left.sectionIndex - right.sectionIndex || left.sentenceIndex - right.sentenceIndex);
}

/** The texts a draft of this submission may rest on: its passages and project rows. */
export function submissionSourceTexts(submission: Submission, passages: readonly Passage[]): string[] {
  const own = passages.filter((passage) => passage.file === submission.file).map((passage) => passage.text);
  return own.length > 0 ? own : [...submission.sections.map((section) => section.text), ...submission.projects.map((project) => `${project.name} ${project.programme} ${project.description}`)];
}

export function allowedNames(namnd: Namnd): string[] {
  return [namnd.forvaltning, namnd.namn, 'Malmö', 'Malmö stad', 'EU'];
}

/** Drafts one submission's paragraph extractively (no comparison). */
function extractiveParagraph(submission: Submission, namnd: Namnd, passages: readonly Passage[]): Omit<DraftResult, 'comparison'> {
  const words = new Set<string>();
  for (const section of submission.sections) for (const word of tokenize(section.text)) words.add(word);
  const embeddings = new HashedSwedishEmbeddings({ lexicon: new SubwordLexicon(words) });
  const chosen = selectSentences(candidatesOf(submission, passages, embeddings));
  const notes: string[] = [];
  const projects = mainProjects(submission);
  let drafted: DraftSentence[] = chosen.map((candidate) => ({ text: candidate.text, sources: [candidate.source] }));

  const namesAProject = chosen.some((candidate) => candidate.namesProject);
  const wordsSoFar = chosen.reduce((sum, candidate) => sum + candidate.words, 0);
  if (projects.length > 0 && !namesAProject) {
    const sentence = projectSentence(submission, projects, passages);
    while (drafted.length > 1 && wordsSoFar + countWords(sentence.text) > MAX_WORDS) drafted = drafted.slice(0, -1);
    drafted = [sentence, ...drafted];
  }

  const introducing = drafted.findIndex((sentence) => sentence.text.includes(submission.forvaltning) || /^(Vi|Vår förvaltning|Förvaltningen)(?!\p{L})/u.test(sentence.text));
  if (introducing > 0) drafted = [drafted[introducing]!, ...drafted.filter((_sentence, index) => index !== introducing)];

  const state: VoiceState = { forvaltning: submission.forvaltning, named: false };
  drafted = drafted.map((sentence) => ({ ...sentence, text: rewriteFirstPerson(sentence.text, state) }));
  if (!drafted.some((sentence) => sentence.text.includes(submission.forvaltning))) {
    const intro = projects.length > 0
      ? projectSentence(submission, projects, passages)
      : { text: `${submission.forvaltning} beskriver i sitt underlag för ${submission.year} följande internationella arbete.`, sources: [{ file: submission.file, section: 'Uppgifter', passageId: `${submission.file}#uppgifter` }] };
    drafted = [intro, ...drafted];
  }

  const checked = checkDraft(drafted, {
    sourceTexts: submissionSourceTexts(submission, passages),
    allowedNames: allowedNames(namnd),
    allowedNumbers: [String(submission.year)],
  });
  const paragraph = checked.sentences.map((sentence) => sentence.text).join(' ');
  const wordCount = countWords(paragraph);
  if (wordCount < MIN_WORDS) notes.push(`Underlaget räcker bara till ${wordCount} ord (målet är ${MIN_WORDS}–${MAX_WORDS}); komplettera gärna.`);
  return {
    status: 'drafted', mode: 'embedded', namnd: namnd.id, forvaltning: submission.forvaltning, year: submission.year,
    paragraph, sentences: checked.sentences, wordCount, flagged: checked.flagged, notes,
  };
}

/** Compares with last year: last year's paragraph (if a submission exists) and the change in projects. */
export function compareWithLastYear(dataset: Dataset, namnd: Namnd, submission: Submission, passages: readonly Passage[]): Comparison {
  const lastYear = submission.year - 1;
  const previous = findSubmission(dataset, namnd.id, lastYear);
  if (!previous) {
    const yearExists = dataset.years.some((candidate) => candidate.year === lastYear);
    return {
      year: lastYear, paragraph: null, newProjects: [], droppedProjects: [],
      note: yearExists ? `Inget underlag från ${namnd.forvaltning} för ${lastYear}; ingen jämförelse.` : `Inga underlag för ${lastYear} finns i datamappen; ingen jämförelse.`,
    };
  }
  const before = new Set(previous.projects.map((project) => foldText(project.name)));
  const now = new Set(submission.projects.map((project) => foldText(project.name)));
  const newProjects = submission.projects.filter((project) => !before.has(foldText(project.name))).map((project) => project.name);
  const droppedProjects = previous.projects.filter((project) => !now.has(foldText(project.name))).map((project) => project.name);
  const parts = [`Jämfört med ${lastYear}:`];
  parts.push(newProjects.length > 0 ? `nya projekt ${joinSwedish(newProjects)};` : 'inga nya projekt;');
  parts.push(droppedProjects.length > 0 ? `inte längre redovisade ${joinSwedish(droppedProjects)}.` : 'alla fjolårets projekt finns kvar.');
  return { year: lastYear, paragraph: extractiveParagraph(previous, namnd, passages).paragraph, newProjects, droppedProjects, note: parts.join(' ') };
}

/**
 * Drafts a förvaltning's paragraph for the report's "Exempel" section without a model: the most
 * central and informative sentences of its submission (naming projects, results, numbers), in the
 * submission's order, rewritten from first person to the förvaltning's name, 60–160 words, each
 * sentence with the passage it came from, then checked against the sources.
 */
export async function draftParagraph(options: DraftOptions): Promise<DraftResult> {
  const namnd = resolveForvaltning(options.forvaltning);
  const year = options.year ?? defaultDraftYear(options.dataset);
  const submission = findSubmission(options.dataset, namnd.id, year);
  if (!submission) return noSubmission(options.dataset, namnd, year, 'embedded');
  const passages = options.search?.passages ?? (await buildPassages(options.dataset));
  const result: DraftResult = extractiveParagraph(submission, namnd, passages);
  if (options.compare ?? true) result.comparison = compareWithLastYear(options.dataset, namnd, submission, passages);
  return result;
}
