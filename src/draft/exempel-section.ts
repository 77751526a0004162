import type { Dataset } from '../domain/dataset.js';
import { namndById } from '../domain/organisation.js';
import type { DraftResult } from './draft-paragraph.js';

export const EXEMPEL_HEADING = 'Exempel från förvaltningarnas internationella arbete';

export interface ExempelSection {
  year: number;
  drafts: DraftResult[];
  /** Förvaltningar counted in the year's projects that sent no submission. */
  missing: string[];
  markdown: string;
}

/** Drafts one function per förvaltning: embedded or model, chosen by the caller. */
export type Drafter = (forvaltning: string, year: number) => Promise<DraftResult>;

/** The förvaltningar with a submission for the year, in alphabetical order. */
export function forvaltningarWithSubmission(dataset: Dataset, year: number): string[] {
  const submissions = dataset.years.find((candidate) => candidate.year === year)?.submissions ?? [];
  return submissions.map((submission) => submission.forvaltning).sort((left, right) => left.localeCompare(right, 'sv'));
}

/** The sources of one draft, numbered per sentence: "1. file#passage (avsnitt)". */
export function sourceLines(draft: DraftResult): string[] {
  return draft.sentences.map((sentence, index) => {
    const refs = sentence.sources.map((source) => `${source.passageId} (${source.section})`);
    return `${index + 1}. ${refs.length > 0 ? refs.join('; ') : 'ingen källa angiven'}`;
  });
}

/**
 * The whole "Exempel" section: one paragraph per förvaltning with a submission, then the sources
 * per sentence, what was removed by the checks, and which förvaltningar sent no submission.
 */
export async function draftExempelSection(dataset: Dataset, year: number, drafter: Drafter): Promise<ExempelSection> {
  const drafts: DraftResult[] = [];
  for (const forvaltning of forvaltningarWithSubmission(dataset, year)) drafts.push(await drafter(forvaltning, year));
  const yearData = dataset.years.find((candidate) => candidate.year === year);
  const submitted = new Set(yearData?.submissions.map((submission) => submission.namnd) ?? []);
  const counted = new Set((yearData?.projects ?? []).flatMap((project) => project.participations.map((participation) => participation.namnd)));
  const missing = [...counted].filter((namnd) => !submitted.has(namnd)).map((namnd) => namndById(namnd).forvaltning).sort((left, right) => left.localeCompare(right, 'sv'));

  const lines = [`## ${EXEMPEL_HEADING}`, ''];
  if (drafts.length === 0) lines.push(`*Inga underlag finns för ${year}.*`, '');
  for (const draft of drafts) lines.push(draft.paragraph, '');
  lines.push('---', '', `### Källor (utkast ${year}, kontrollera före publicering)`, '');
  for (const draft of drafts) {
    lines.push(`**${draft.forvaltning}** (${draft.wordCount} ord)`, '', ...sourceLines(draft), '');
    for (const item of draft.flagged) {
      lines.push(`> ${item.action === 'removed' ? 'Borttagen' : 'Flaggad'} mening: "${item.sentence}" — finns inte i underlaget: ${item.unsupported.map((entry) => entry.text).join(', ')}`, '');
    }
    for (const note of draft.notes) lines.push(`> ${note}`, '');
  }
  if (missing.length > 0) lines.push(`### Underlag saknas`, '', `Deltar i projekt ${year} men har inget underlag: ${missing.join(', ')}.`, '');
  return { year, drafts, missing, markdown: `${lines.join('\n').trimEnd()}\n` };
}
