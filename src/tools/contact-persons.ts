import { z } from 'zod';
import type { Source, Tool, ToolOutput } from './tool.js';
import { NamndInputSchema, YearInputSchema } from './project-query.js';

export const ContactPersonsInput = z.object({
  namnd: NamndInputSchema.optional().describe('Nämnd eller förvaltning: namn, förkortning eller id. Utelämnad: alla förvaltningar.'),
  year: YearInputSchema.optional().describe('Underlagens år; utelämnat: det senaste året med underlag.'),
}).strict();

export interface ContactPersonsOutput extends ToolOutput {
  year: number | null;
  contacts: Array<{ namnd: string; forvaltning: string; name: string; email: string | null; file: string }>;
}

export const contactPersonsTool: Tool<typeof ContactPersonsInput, ContactPersonsOutput> = {
  name: 'contact_persons',
  description: 'Kontaktperson och e-post för en förvaltnings internationella arbete, som de står i förvaltningens underlag.',
  input: ContactPersonsInput,
  run(input, deps) {
    const withSubmissions = deps.dataset.years.filter((year) => year.submissions.length > 0);
    const year = input.year === undefined ? withSubmissions.at(-1) : withSubmissions.find((candidate) => candidate.year === input.year);
    if (!year) return { year: input.year ?? null, contacts: [], years: [], sources: [] };
    const contacts = year.submissions
      .filter((submission) => input.namnd === undefined || submission.namnd === input.namnd)
      .map((submission) => ({ namnd: submission.namnd, forvaltning: submission.forvaltning, name: submission.contact.name, email: submission.contact.email, file: submission.file }));
    const sources: Source[] = contacts.map((contact) => ({ title: `Underlag ${contact.forvaltning} ${year.year}`, ref: contact.file }));
    return { year: year.year, contacts, years: [year.year], sources };
  },
};
