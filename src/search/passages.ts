import type { Dataset } from '../domain/dataset.js';
import type { Submission, SubmissionProject } from '../domain/submission.js';
import type { Partner, Project } from '../domain/project.js';
import { forvaltningName } from '../domain/organisation.js';
import { compactKey, foldText } from '../text/fold.js';
import { PROJECTS_FILE } from '../data/load-dataset.js';
import type { SubmissionPassage } from '../tools/tool.js';

/** A piece of a submission that is indexed and returned by search (a search hit adds its score). */
export interface Passage extends Omit<SubmissionPassage, 'score'> {
  kind: 'section' | 'project';
  /** The project's name for a project passage; null for free text. */
  project: string | null;
}

export interface PassageOptions {
  /** Largest passage in characters before the size splitter cuts it; 700 by default. */
  chunkSize?: number;
  chunkOverlap?: number;
}

/** Lower-case ASCII slug of a heading or name: "Internationella nätverk" → "internationella-natverk". */
export function slug(text: string): string {
  return foldText(text).replace(/ /g, '-') || 'avsnitt';
}

/** Where a passage is found, as a source reference: "<file>#<section slug>". */
export function passageRef(passage: Pick<Passage, 'file' | 'section' | 'project'>): string {
  return passage.project ? `${passage.file}#projekt-${slug(passage.project)}` : `${passage.file}#${slug(passage.section)}`;
}

export const PROJECT_SECTION = 'Externfinansierade projekt';

function partnerText(partner: Partner): string {
  return partner.country ? `${partner.organisation} (${partner.country})` : partner.organisation;
}

/** One project row as a sentence-like passage: name, programme, role, owner, partners, description, themes. */
export function projectRowText(project: SubmissionProject | Project, forvaltning: string, themes: readonly string[] = []): string {
  const parts = [`${project.name} (${project.programme}).`, `Förvaltning: ${forvaltning}.`];
  if ('role' in project) parts.push(`Roll: ${project.role}.`);
  if (project.lead) parts.push(`Projektägare: ${partnerText(project.lead)}.`);
  if (project.partners.length > 0) parts.push(`Partners: ${project.partners.map(partnerText).join('; ')}.`);
  if (project.description.trim() !== '') parts.push(project.description.trim());
  const allThemes = [...new Set([...('themes' in project ? project.themes : []), ...themes])];
  if (allThemes.length > 0) parts.push(`Teman: ${allThemes.join(', ')}.`);
  return parts.join(' ');
}

async function sectionPassages(submission: Submission, options: PassageOptions): Promise<Passage[]> {
  const { RecursiveCharacterTextSplitter } = await import('@langchain/textsplitters');
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: options.chunkSize ?? 700,
    chunkOverlap: options.chunkOverlap ?? 80,
    separators: ['\n\n', '\n', '. ', '; ', ', ', ' ', ''],
  });
  const passages: Passage[] = [];
  for (const section of submission.sections) {
    const text = section.text.trim();
    if (text === '') continue;
    const heading = section.heading || 'Inledning';
    const chunks = await splitter.splitText(text);
    chunks.forEach((chunk, index) => {
      passages.push({
        id: `${submission.file}#${slug(heading)}-${index + 1}`,
        text: chunk.trim(),
        namnd: submission.namnd,
        forvaltning: submission.forvaltning,
        year: submission.year,
        section: heading,
        file: submission.file,
        kind: 'section',
        project: null,
      });
    });
  }
  return passages;
}

/**
 * Splits every submission into passages: each section by itself, then by size with LangChain's
 * RecursiveCharacterTextSplitter; plus one passage per project row, and one per project of the
 * year's project list that no submission describes, so that every project can be found.
 */
export async function buildPassages(dataset: Dataset, options: PassageOptions = {}): Promise<Passage[]> {
  const passages: Passage[] = [];
  for (const year of dataset.years) {
    const described = new Set<string>();
    const listed = new Map((year.projects ?? []).map((project) => [compactKey(project.name), project]));
    for (const submission of year.submissions) {
      passages.push(...(await sectionPassages(submission, options)));
      for (const project of submission.projects) {
        described.add(compactKey(project.name));
        passages.push({
          id: `${submission.file}#projekt-${slug(project.name)}`,
          text: projectRowText(project, submission.forvaltning, listed.get(compactKey(project.name))?.themes ?? []),
          namnd: submission.namnd,
          forvaltning: submission.forvaltning,
          year: submission.year,
          section: PROJECT_SECTION,
          file: submission.file,
          kind: 'project',
          project: project.name,
        });
      }
    }
    for (const project of year.projects ?? []) {
      if (described.has(compactKey(project.name))) continue;
      const namnd = project.participations[0]?.namnd ?? project.collaborators[0];
      if (!namnd) continue;
      const forvaltning = forvaltningName(namnd);
      const file = `${year.year}/${PROJECTS_FILE}`;
      passages.push({
        id: `${file}#projekt-${slug(project.name)}`,
        text: projectRowText(project, forvaltning),
        namnd,
        forvaltning,
        year: year.year,
        section: PROJECT_SECTION,
        file,
        kind: 'project',
        project: project.name,
      });
    }
  }
  return dedupeIds(passages);
}

function dedupeIds(passages: Passage[]): Passage[] {
  const seen = new Map<string, number>();
  return passages.map((passage) => {
    const count = seen.get(passage.id) ?? 0;
    seen.set(passage.id, count + 1);
    return count === 0 ? passage : { ...passage, id: `${passage.id}-${count + 1}` };
  });
}

/** The text that is embedded and keyword-indexed: the passage with its förvaltning and section. */
export function indexedText(passage: Passage): string {
  return `${passage.forvaltning}. ${passage.section}. ${passage.text}`;
}
