import { z } from 'zod';
import { NamndIdSchema } from '../domain/organisation.js';

/**
 * What a lookup result points at: a project of one year, an external partner organisation, or a
 * förvaltning. It travels to the client and back (a Teams search result's tap value comes back in
 * `composeExtension/selectItem`), so it is parsed strictly on its way in.
 */
export const LookupItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('project'), year: z.number().int().min(2000).max(2100), projectId: z.string().regex(/^[a-z0-9-]{1,200}$/) }).strict(),
  z.object({ kind: z.literal('partner'), organisation: z.string().trim().min(1).max(300) }).strict(),
  z.object({ kind: z.literal('forvaltning'), namnd: NamndIdSchema }).strict(),
]);
export type LookupItem = z.infer<typeof LookupItemSchema>;

/** Thrown when a returned item is not one the lookup made (a forged or stale value). */
export class InvalidLookupItemError extends Error {
  override readonly name = 'InvalidLookupItemError';
  constructor(readonly issues: string) {
    super(`Okänt sökresultat: ${issues}. Sök igen och välj ett resultat i listan.`);
  }
}

export function parseLookupItem(value: unknown): LookupItem {
  const parsed = LookupItemSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidLookupItemError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(hela)'}: ${issue.message}`).join('; '));
}
