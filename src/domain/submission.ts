import { z } from 'zod';
import { NamndIdSchema } from './organisation.js';
import { KronorSchema, IsoDateSchema } from './money.js';
import { KfGoalNumberSchema } from './goals.js';
import { PartnerSchema, RoleSchema } from './project.js';

/** The sections a submission is asked for, and the headings that map to them. */
export const SECTION_FIELDS = ['internationellt-arbete', 'verksamhetsutveckling', 'natverk', 'projekt'] as const;
export const SectionFieldSchema = z.enum(SECTION_FIELDS);
export type SectionField = z.infer<typeof SectionFieldSchema>;

export const SECTION_HEADINGS: Record<SectionField, string> = {
  'internationellt-arbete': 'Internationellt arbete under året',
  verksamhetsutveckling: 'Bidrag till verksamhetsutvecklingen',
  natverk: 'Internationella nätverk',
  projekt: 'Externfinansierade projekt',
};

export const SubmissionSectionSchema = z.object({
  heading: z.string(),
  /** The known field the heading maps to; null for other headings, which are kept as they are. */
  field: SectionFieldSchema.nullable(),
  text: z.string(),
});
export type SubmissionSection = z.infer<typeof SubmissionSectionSchema>;

/** One row of a submission's project table. */
export const SubmissionProjectSchema = z
  .object({
    name: z.string().min(1),
    /** Canonical programme name (resolved from what the nämnd wrote). */
    programme: z.string().min(1),
    role: RoleSchema,
    /** The project owner organisation (column "Projektägare"). */
    lead: PartnerSchema.nullable(),
    partners: z.array(PartnerSchema),
    start: IsoDateSchema.nullable(),
    end: IsoDateSchema.nullable(),
    totalBudgetKr: KronorSchema.nullable(),
    paidKr: KronorSchema,
    kfGoals: z.array(KfGoalNumberSchema),
    description: z.string(),
  })
  .superRefine((row, context) => {
    if (row.start && row.end && row.end < row.start) {
      context.addIssue({ code: 'custom', path: ['end'], message: `slutdatum ${row.end} ligger före startdatum ${row.start}` });
    }
    if (row.totalBudgetKr !== null && row.paidKr > row.totalBudgetKr) {
      context.addIssue({ code: 'custom', path: ['paidKr'], message: `utbetalt ${row.paidKr} kr är mer än total budget ${row.totalBudgetKr} kr` });
    }
  });
export type SubmissionProject = z.infer<typeof SubmissionProjectSchema>;

/** A förvaltning's underlag for one year. */
export const SubmissionSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  namnd: NamndIdSchema,
  forvaltning: z.string().min(1),
  contact: z.object({ name: z.string().min(1), email: z.string().email().nullable() }),
  sections: z.array(SubmissionSectionSchema),
  projects: z.array(SubmissionProjectSchema),
  /** Path of the file relative to the data folder, e.g. "2024/underlag/miljoforvaltningen.md". */
  file: z.string(),
});
export type Submission = z.infer<typeof SubmissionSchema>;
