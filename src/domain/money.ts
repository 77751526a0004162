import { z } from 'zod';

/** Whole kronor, never negative. */
export const KronorSchema = z
  .number({ invalid_type_error: 'ska vara ett belopp i hela kronor' })
  .int('ska vara hela kronor')
  .nonnegative('får inte vara negativt');

/** ISO date, YYYY-MM-DD, that is a real calendar date. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ett datum ÅÅÅÅ-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'är inget giltigt datum');
