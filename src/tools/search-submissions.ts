import { z } from 'zod';
import type { Source, SubmissionPassage, Tool, ToolOutput } from './tool.js';
import { NamndInputSchema, YearInputSchema } from './project-query.js';
import { passageRef, PROJECT_SECTION } from '../search/passages.js';

export const SearchSubmissionsInput = z.object({
  query: z.string().trim().min(1).max(500).describe('Vad som söks, med egna ord: "projekt om demens", "Klimatrådslaget förslag".'),
  year: YearInputSchema.optional().describe('Bara underlag från detta år, t.ex. 2024.'),
  namnd: NamndInputSchema.optional().describe('Bara en nämnds/förvaltnings underlag: namn eller förkortning ("Miljöförvaltningen", "ASN").'),
  limit: z.number().int().min(1).max(10).optional().describe('Högst så många avsnitt (1–10, standard 5).'),
}).strict();

export interface SearchSubmissionsOutput extends ToolOutput {
  /** False when no submissions index is available. */
  available: boolean;
  query: string;
  passages: Array<SubmissionPassage & { ref: string }>;
}

/** "Kulturförvaltningen 2024, Internationellt arbete under året". */
export function passageTitle(passage: Pick<SubmissionPassage, 'forvaltning' | 'year' | 'section'> & { project?: string | null }): string {
  const section = passage.project ? `${PROJECT_SECTION}: ${passage.project}` : passage.section;
  return `${passage.forvaltning} ${passage.year}, ${section}`;
}

export const searchSubmissionsTool: Tool<typeof SearchSubmissionsInput, SearchSubmissionsOutput> = {
  name: 'search_submissions',
  description:
    'Söker i förvaltningarnas underlag (fritext och projektrader) och ger de mest relevanta avsnitten med förvaltning, år, ' +
    'avsnitt och fil. För frågor om innehåll: "Finns det något projekt om demens?", "Hur många förslag kom fram i Klimatrådslaget?". ' +
    'Citera avsnittet och ange källan.',
  input: SearchSubmissionsInput,
  async run(input, deps) {
    if (!deps.searchSubmissions) return { available: false, query: input.query, years: input.year ? [input.year] : [], sources: [], passages: [] };
    const found = await deps.searchSubmissions.search(input.query, { year: input.year, namnd: input.namnd, limit: input.limit ?? 5 });
    const passages = found.map((passage) => {
      const project = (passage as SubmissionPassage & { project?: string | null }).project ?? null;
      return { ...passage, ref: passageRef({ file: passage.file, section: passage.section, project }) };
    });
    const sources: Source[] = [];
    for (const passage of passages) {
      if (!sources.some((source) => source.ref === passage.ref)) sources.push({ title: passageTitle(passage), ref: passage.ref });
    }
    const years = [...new Set(passages.map((passage) => passage.year))].sort();
    return { available: true, query: input.query, years, sources, passages };
  },
};
