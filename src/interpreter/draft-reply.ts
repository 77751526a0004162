import type { Dataset } from '../domain/dataset.js';
import { namndById } from '../domain/organisation.js';
import type { Source } from '../tools/tool.js';
import type { ComposedPart } from './compose.js';
import { say, type Language } from './format.js';

/**
 * A draft of a förvaltning's "Exempel" paragraph, made by the extractive drafter (src/draft/),
 * imported only when asked for. Null when the drafter is not available.
 */
export async function draftReply(dataset: Dataset, namndId: string, year: number | undefined, language: Language): Promise<ComposedPart | null> {
  let drafter: typeof import('../draft/draft-paragraph.js');
  try {
    drafter = await import('../draft/draft-paragraph.js');
  } catch {
    return null;
  }
  const forvaltning = namndById(namndId).forvaltning;
  const result = await drafter.draftParagraph({ dataset, forvaltning, ...(year ? { year } : {}), compare: false });
  const command = `npm run draft -- --forvaltning "${forvaltning}" --year ${result.year}`;
  if (result.status !== 'drafted') {
    return {
      text: say(language, `Det finns inget underlag från ${forvaltning} för ${result.year}, så jag kan inte skriva något utkast.`, `There is no ${result.year} submission from ${forvaltning}, so I cannot draft a paragraph.`),
      year: result.year, tables: [], charts: [], sources: [], projectIds: null, projectName: null, organisation: null,
    };
  }
  const sources: Source[] = [];
  for (const sentence of result.sentences) {
    for (const source of sentence.sources) {
      const ref = `${source.file}#${source.passageId}`;
      if (!sources.some((existing) => existing.ref === ref)) sources.push({ title: `Underlag ${forvaltning} ${result.year}, ${source.section}`, ref });
    }
  }
  const flagged = result.flagged.length > 0
    ? say(language, `\n\nKontrollera: ${result.flagged.length} mening(ar) innehöll uppgifter som inte finns i underlaget.`, `\n\nCheck: ${result.flagged.length} sentence(s) had facts not found in the submission.`)
    : '';
  return {
    text: say(language,
      `Utkast till stycket om ${forvaltning} i avsnittet "Exempel" (${result.year}, ${result.wordCount} ord, meningar ur underlaget):\n\n${result.paragraph}${flagged}\n\nHela avsnittet och Word-fil: ${command}`,
      `Draft of the "Exempel" paragraph for ${forvaltning} (${result.year}, ${result.wordCount} words, sentences from the submission):\n\n${result.paragraph}${flagged}\n\nCommand line: ${command}`),
    year: result.year, tables: [], charts: [], sources, projectIds: null, projectName: null, organisation: null,
  };
}
