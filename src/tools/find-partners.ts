import { z } from 'zod';
import type { Tool, ToolOutput } from './tool.js';
import { YearInputSchema } from './project-query.js';
import { resolveCountry } from './countries.js';
import { PROGRAMME_FAMILIES, PROGRAMME_NAMES, resolveProgramme, resolveProgrammeFamily, type ProgrammeFamily } from '../domain/programmes.js';
import { nearestNames, type ToolIssueParams } from './tool-error.js';
import { findPartners, type PartnerResult } from '../search/partner-finder.js';
import { ORGANISATION_KINDS } from '../search/organisation-kind.js';

/** A programme ("Horisont Europa", "Interreg ÖKS") or a whole family ("Interreg", "Horisont"). */
type ProgrammeChoice = { kind: 'family'; family: ProgrammeFamily } | { kind: 'programme'; programme: string };

const ProgrammeOrFamilySchema = z.string().trim().min(1).transform((text, context): ProgrammeChoice => {
  const family = (PROGRAMME_FAMILIES as readonly string[]).includes(text) ? (text as ProgrammeFamily) : resolveProgrammeFamily(text);
  if (family && family !== 'Övriga') return { kind: 'family', family };
  const programme = resolveProgramme(text);
  if (programme) return { kind: 'programme', programme: programme.name };
  const suggestions = nearestNames(text, [...PROGRAMME_NAMES, ...PROGRAMME_FAMILIES]);
  context.addIssue({
    code: 'custom', message: `okänt program "${text}" — ${suggestions.length > 0 ? `menade du ${suggestions.join(' eller ')}?` : 'ange t.ex. "Horisont Europa", "Interreg" eller "ESF+"'}`,
    params: { code: 'unknown_value', suggestions } satisfies ToolIssueParams,
  });
  return z.NEVER;
});

const CountrySchema = z.string().trim().min(1).transform((text, context) => {
  const code = resolveCountry(text);
  if (code) return code;
  context.addIssue({ code: 'custom', message: `okänt land "${text}" — ange t.ex. "DK" eller "Danmark"`, params: { code: 'unknown_value', suggestions: [] } satisfies ToolIssueParams });
  return z.NEVER;
});

export const FindPartnersInput = z.object({
  topic: z.string().trim().min(1).max(300).describe('Ämnet, t.ex. "klimatanpassning", "demens", "ungas delaktighet".'),
  programme: ProgrammeOrFamilySchema.optional().describe('EU-program eller programfamilj, t.ex. "Horisont Europa" eller "Interreg".'),
  country: CountrySchema.optional().describe('Land där den externa partnern finns: "Danmark" eller "DK".'),
  organisationKind: z.enum(ORGANISATION_KINDS).optional().describe('Slags extern organisation: kommun, universitet, myndighet, företag eller organisation.'),
  year: YearInputSchema.optional().describe('Bara detta år; utelämnat: alla år.'),
  limit: z.number().int().min(1).max(20).optional().describe('Högst så många i varje lista (standard 10).'),
}).strict();

export interface FindPartnersOutput extends ToolOutput, PartnerResult {
  topic: string;
  filters: Record<string, string | number>;
}

export const findPartnersTool: Tool<typeof FindPartnersInput, FindPartnersOutput> = {
  name: 'find_partners',
  description:
    'Vem i staden har arbetat med ett ämne? Ger förvaltningar med kontaktperson (som den anges i underlagen), projekt och ' +
    'externa partner (organisation, land), rangordnade efter relevans och med skälet till träffen. Kan avgränsas till program, ' +
    'land och slags organisation (kommun, universitet, myndighet, företag, organisation).',
  input: FindPartnersInput,
  async run(input, deps) {
    const result = await findPartners(deps.dataset, {
      topic: input.topic,
      programme: input.programme?.kind === 'programme' ? input.programme.programme : undefined,
      programmeFamily: input.programme?.kind === 'family' ? input.programme.family : undefined,
      country: input.country,
      organisationKind: input.organisationKind,
      year: input.year,
      limit: input.limit,
    });
    const filters: Record<string, string | number> = {};
    if (input.programme) filters.programme = input.programme.kind === 'programme' ? input.programme.programme : input.programme.family;
    if (input.country) filters.country = input.country;
    if (input.organisationKind) filters.organisationKind = input.organisationKind;
    if (input.year) filters.year = input.year;
    return { topic: input.topic, filters, ...result };
  },
};
