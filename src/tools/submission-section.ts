import { z } from 'zod';
import { SECTION_FIELDS, SECTION_HEADINGS } from '../domain/submission.js';
import { passageRef } from '../search/passages.js';
import type { Source, Tool, ToolOutput } from './tool.js';
import { NamndInputSchema, YearInputSchema } from './project-query.js';

export const SubmissionSectionInput = z.object({
  section: z.enum(SECTION_FIELDS).describe(
    'Avsnittet i underlaget: "natverk" (Internationella nätverk), "internationellt-arbete" (Internationellt arbete under året), ' +
      '"verksamhetsutveckling" (Bidrag till verksamhetsutvecklingen) eller "projekt" (Externfinansierade projekt).',
  ),
  namnd: NamndInputSchema.optional().describe('Nämnd eller förvaltning: namn, förkortning eller id. Utelämnad: alla förvaltningar.'),
  year: YearInputSchema.optional().describe('Underlagens år; utelämnat: det senaste året med underlag.'),
}).strict();

export interface SubmissionSectionOutput extends ToolOutput {
  year: number | null;
  heading: string;
  sections: Array<{ namnd: string; forvaltning: string; heading: string; text: string; file: string; ref: string }>;
  /** Förvaltningar (of the filter) whose underlag has no such section or leaves it empty. */
  missing: string[];
}

/** The text of one section of the förvaltningar's underlag, as written: "Vilka nätverk deltar miljöförvaltningen i?". */
export const submissionSectionTool: Tool<typeof SubmissionSectionInput, SubmissionSectionOutput> = {
  name: 'submission_section',
  description:
    'Läser ett avsnitt ur förvaltningarnas underlag ordagrant, t.ex. "Internationella nätverk" för en förvaltning: ' +
    'för frågor som "Vilka nätverk deltar miljöförvaltningen i?". Citera texten och ange källan.',
  input: SubmissionSectionInput,
  run(input, deps) {
    const heading = SECTION_HEADINGS[input.section];
    const withSubmissions = deps.dataset.years.filter((year) => year.submissions.length > 0);
    const year = input.year === undefined ? withSubmissions.at(-1) : withSubmissions.find((candidate) => candidate.year === input.year);
    if (!year) return { year: input.year ?? null, heading, sections: [], missing: [], years: [], sources: [] };
    const sections: SubmissionSectionOutput['sections'] = [];
    const missing: string[] = [];
    for (const submission of year.submissions) {
      if (input.namnd !== undefined && submission.namnd !== input.namnd) continue;
      const section = submission.sections.find((candidate) => candidate.field === input.section);
      if (!section || section.text.trim() === '') { missing.push(submission.forvaltning); continue; }
      sections.push({
        namnd: submission.namnd, forvaltning: submission.forvaltning, heading: section.heading, text: section.text.trim(), file: submission.file,
        ref: passageRef({ file: submission.file, section: section.heading, project: null }),
      });
    }
    const sources: Source[] = sections.map((section) => ({ title: `${section.forvaltning} ${year.year}, ${section.heading}`, ref: section.ref }));
    return { year: year.year, heading, sections, missing, years: [year.year], sources };
  },
};
