import { z } from 'zod';
import { NamndIdSchema } from './organisation.js';
import { ProgrammeFamilySchema } from './programmes.js';
import { KfGoalNumberSchema } from './goals.js';
import { KronorSchema } from './money.js';

/**
 * data/<year>/published.json: a year's report tables exactly as printed, kept apart from the
 * project-level data so that validate can reconcile the two.
 */
export const PublishedReportSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** The document the figures were copied from. */
  source: z.string(),
  totals: z.object({
    projects: z.number().int().nonnegative(),
    namnder: z.number().int().nonnegative(),
    paidKr: KronorSchema,
    /** True when the report gives the total only roughly ("cirka 50,5 miljoner"). */
    paidApproximate: z.boolean(),
  }),
  perNamnd: z.array(z.object({ namnd: NamndIdSchema, projects: z.number().int().nonnegative(), paidKr: KronorSchema })).nullable().default(null),
  perFamily: z.array(z.object({ family: ProgrammeFamilySchema, paidKr: KronorSchema })).nullable().default(null),
  perGoal: z.array(z.object({ goal: KfGoalNumberSchema, projects: z.number().int().nonnegative() })).nullable().default(null),
});
export type PublishedReport = z.infer<typeof PublishedReportSchema>;
