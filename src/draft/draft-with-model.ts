import type OpenAI from 'openai';
import { z } from 'zod';
import { buildPassages, type Passage } from '../search/passages.js';
import type { SubmissionPassage } from '../tools/tool.js';
import { checkDraft, type DraftSentence } from './check-draft.js';
import { DraftModelError } from './draft-errors.js';
import {
  MAX_WORDS, MIN_WORDS, allowedNames, compareWithLastYear, defaultDraftYear, findSubmission, noSubmission, resolveForvaltning,
  submissionSourceTexts, type DraftOptions, type DraftResult,
} from './draft-paragraph.js';
import { loadDraftPrompt, renderPrompt, type DraftPrompt } from './draft-prompt.js';
import { hasFirstPerson, rewriteFirstPerson } from './first-person.js';
import { countWords, splitSentences } from './sentences.js';

/** The part of the OpenAI client the drafter uses: any OpenAI-compatible server (Azure, Ollama, vLLM). */
export type DraftModelClient = Pick<OpenAI, 'chat'>;

export interface DraftWithModelOptions extends Omit<DraftOptions, 'search'> {
  client: DraftModelClient;
  model: string;
  /** The search, to retrieve the passages the model is given (and reuse its passages). */
  search?: {
    passages: readonly Passage[];
    search?(query: string, options?: { year?: number; namnd?: string; limit?: number }): Promise<SubmissionPassage[]>;
  };
  /** Passages retrieved by the caller; used as they are when given. */
  passages?: Passage[];
  /** Prompt and settings; read from prompts/draft/ when absent. */
  prompt?: DraftPrompt;
}

const ModelReplySchema = z.object({
  sentences: z.array(z.object({ text: z.string().min(1), sources: z.array(z.number().int()).default([]) })).min(1),
});

/** The model's reply as sentences with passage numbers; plain prose is split into sentences without sources. */
function parseReply(content: string): Array<{ text: string; sources: number[] }> {
  const json = content.replace(/^```(?:json)?\s*|\s*```$/g, '').trim();
  try {
    const parsed = ModelReplySchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data.sentences;
  } catch {
    // not JSON: treat as prose below
  }
  return splitSentences(content).map((text) => ({ text, sources: [] }));
}

/**
 * Drafts the paragraph with a model, grounded on the retrieved passages of the förvaltning's
 * submission (prompt in prompts/draft/), then applies the same checks as the embedded drafter:
 * third person, at most 160 words, every number and name present in the passages.
 */
export async function draftWithModel(options: DraftWithModelOptions): Promise<DraftResult> {
  const namnd = resolveForvaltning(options.forvaltning);
  const year = options.year ?? defaultDraftYear(options.dataset);
  const submission = findSubmission(options.dataset, namnd.id, year);
  if (!submission) return noSubmission(options.dataset, namnd, year, 'model');
  const prompt = options.prompt ?? (await loadDraftPrompt());
  const allPassages = options.search?.passages ?? (await buildPassages(options.dataset));
  let passages = options.passages;
  if (!passages) {
    const own = allPassages.filter((passage) => passage.file === submission.file);
    if (options.search?.search) {
      const found = await options.search.search(`${submission.forvaltning} ${prompt.config.retrieval.query}`, {
        year, namnd: namnd.id, limit: prompt.config.retrieval.max_passages,
      });
      const ids = new Set(found.map((passage) => passage.id));
      passages = [...own.filter((passage) => ids.has(passage.id)), ...own.filter((passage) => !ids.has(passage.id))];
    } else passages = own;
    passages = passages.slice(0, prompt.config.retrieval.max_passages);
  }
  const numbered = passages.map((passage, index) => `[${index + 1}] ${passage.section}${passage.project ? ` – ${passage.project}` : ''}: ${passage.text}`).join('\n\n');
  const content = renderPrompt(prompt.template, { forvaltning: submission.forvaltning, year: String(year), passages: numbered });
  const reply = await options.client.chat.completions.create({
    model: options.model,
    messages: [{ role: 'system', content }],
    temperature: prompt.config.completion.temperature,
    max_tokens: prompt.config.completion.max_tokens,
    ...(prompt.config.completion.response_format === 'json_object' ? { response_format: { type: 'json_object' as const } } : {}),
  });
  const text = reply.choices[0]?.message?.content ?? '';
  if (text.trim() === '') throw new DraftModelError('tomt svar');

  const state = { forvaltning: submission.forvaltning, named: false };
  const notes: string[] = [];
  let sentences: DraftSentence[] = parseReply(text).map((sentence) => ({
    text: rewriteFirstPerson(sentence.text.trim(), state),
    sources: sentence.sources.flatMap((number) => {
      const passage = passages[number - 1];
      return passage ? [{ file: passage.file, section: passage.section, passageId: passage.id }] : [];
    }),
  }));
  if (sentences.some((sentence) => hasFirstPerson(sentence.text))) notes.push('Modellens text innehöll första person som inte kunde skrivas om helt; läs igenom.');
  const checked = checkDraft(sentences, {
    sourceTexts: passages.length > 0 ? passages.map((passage) => passage.text) : submissionSourceTexts(submission, allPassages),
    allowedNames: allowedNames(namnd),
    allowedNumbers: [String(year)],
  });
  sentences = checked.sentences;
  while (sentences.length > 1 && countWords(sentences.map((sentence) => sentence.text).join(' ')) > MAX_WORDS) {
    sentences = sentences.slice(0, -1);
    if (!notes.includes('Stycket kortades till högst 160 ord.')) notes.push('Stycket kortades till högst 160 ord.');
  }
  const paragraph = sentences.map((sentence) => sentence.text).join(' ');
  const wordCount = countWords(paragraph);
  if (wordCount < MIN_WORDS) notes.push(`Stycket har bara ${wordCount} ord (målet är ${MIN_WORDS}–${MAX_WORDS}).`);
  if (!paragraph.includes(submission.forvaltning)) notes.push(`Stycket nämner inte ${submission.forvaltning} vid namn.`);
  const result: DraftResult = {
    status: 'drafted', mode: 'model', namnd: namnd.id, forvaltning: submission.forvaltning, year,
    paragraph, sentences, wordCount, flagged: checked.flagged, notes,
  };
  if (options.compare ?? true) result.comparison = compareWithLastYear(options.dataset, namnd, submission, allPassages);
  return result;
}
