import { z } from 'zod';
import { NamndIdSchema } from './organisation.js';
import { KronorSchema, IsoDateSchema } from './money.js';
import { KfGoalNumberSchema } from './goals.js';

export const ROLES = ['Projektägare', 'Projektpart'] as const;
export const RoleSchema = z.enum(ROLES, { errorMap: () => ({ message: 'Roll ska vara Projektägare eller Projektpart' }) });
export type Role = z.infer<typeof RoleSchema>;

/** An external organisation and its country (ISO 3166 alpha-2, e.g. "DK"). */
export const PartnerSchema = z.object({
  organisation: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'landskod med två versaler, t.ex. DK').nullable(),
});
export type Partner = z.infer<typeof PartnerSchema>;

/** One förvaltning's part in a project in the file's year. */
export const ParticipationSchema = z.object({
  namnd: NamndIdSchema,
  role: RoleSchema,
  /** EU funds paid out to this förvaltning during the year of the file, whole kronor. */
  paidKr: KronorSchema,
});
export type Participation = z.infer<typeof ParticipationSchema>;

/** Where a project's facts come from: public sources, fictional example data, or an ingested submission. */
export const ProvenanceSchema = z.object({
  kind: z.enum(['verified', 'example', 'submission']),
  /** For verified facts the public source; for example data a note saying so; for a submission which file and when. */
  note: z.string(),
});

export const ProjectSchema = z
  .object({
    /** Stable slug, unique within a year, e.g. "u-lync". */
    id: z.string().regex(/^[a-z0-9-]+$/, 'id med små bokstäver, siffror och bindestreck'),
    name: z.string().min(1),
    acronym: z.string().nullable().default(null),
    /** A programme name from the programme list (PROGRAMME_NAMES). */
    programme: z.string().min(1),
    start: IsoDateSchema.nullable(),
    end: IsoDateSchema.nullable(),
    totalBudgetKr: KronorSchema.nullable(),
    /** EU co-financing rate, 0–1 (0.4 = 40 %). */
    euRate: z.number().min(0).max(1).nullable(),
    lead: PartnerSchema.nullable(),
    partners: z.array(PartnerSchema).default([]),
    description: z.string().default(''),
    themes: z.array(z.string()).default([]),
    kfGoals: z.array(KfGoalNumberSchema).default([]),
    /**
     * The förvaltningar counted in the report for this project, with role and paid funds.
     * Empty only for a project that the report names but does not count (collaborators only).
     */
    participations: z.array(ParticipationSchema),
    /** Förvaltningar that only collaborate: named in the report, not counted in its tables. */
    collaborators: z.array(NamndIdSchema).default([]),
    /** Contact person in the city, as given in a submission. */
    contact: z.string().nullable().default(null),
    provenance: ProvenanceSchema,
  })
  .superRefine((project, context) => {
    if (project.participations.length === 0 && project.collaborators.length === 0) {
      context.addIssue({ code: 'custom', path: ['participations'], message: 'minst ett deltagande (eller en samverkande förvaltning) behövs' });
    }
    if (project.start && project.end && project.end < project.start) {
      context.addIssue({ code: 'custom', path: ['end'], message: `slutdatum ${project.end} ligger före startdatum ${project.start}` });
    }
    const seen = new Set<string>();
    project.participations.forEach((participation, index) => {
      if (seen.has(participation.namnd)) {
        context.addIssue({ code: 'custom', path: ['participations', index, 'namnd'], message: `nämnden ${participation.namnd} står två gånger` });
      }
      seen.add(participation.namnd);
    });
    const paid = project.participations.reduce((sum, participation) => sum + participation.paidKr, 0);
    if (project.totalBudgetKr !== null && paid > project.totalBudgetKr) {
      context.addIssue({ code: 'custom', path: ['participations'], message: `utbetalt ${paid} kr är mer än total budget ${project.totalBudgetKr} kr` });
    }
  });
export type Project = z.infer<typeof ProjectSchema>;

/** Counted in the report's tables: has at least one participation. */
export const isCounted = (project: Project): boolean => project.participations.length > 0;

/** data/<year>/projects.json: the structured project list of one year. */
export const ProjectFileSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** A note on what is real and what is example data. */
  note: z.string().default(''),
  projects: z.array(ProjectSchema),
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;
