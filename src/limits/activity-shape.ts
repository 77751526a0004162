import { z } from 'zod';
import { RequestRejectedError } from './request-body.js';

const id = z.string().min(1).max(1024);

/**
 * The least an incoming Bot Framework activity must have for the bot to handle it safely. Only
 * the fields the bot reads are checked; everything else passes through untouched. (A zod schema,
 * not the botbuilder type: this module stays free of Teams libraries.)
 */
export const IncomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    from: z.object({ id, name: z.string().max(1024).optional(), aadObjectId: z.string().max(256).optional() }).passthrough(),
    conversation: z.object({ id, conversationType: z.string().max(64).optional() }).passthrough(),
    recipient: z.object({ id }).passthrough().optional(),
    text: z.string().optional(),
    deliveryMode: z.string().max(64).optional(),
  })
  .passthrough();
export type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

/** The activity types the bot handles; anything else is acknowledged and ignored. */
export const HANDLED_ACTIVITY_TYPES: ReadonlySet<string> = new Set([
  'message',
  'conversationUpdate',
  'invoke',
  'installationUpdate',
  'messageReaction',
]);

/** Checks a parsed body; throws RequestRejectedError(400) naming the fields that are wrong. */
export function parseIncomingActivity(body: unknown): IncomingActivity {
  const parsed = IncomingActivitySchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(hela)'}: ${issue.message}`).join('; ');
  throw new RequestRejectedError(400, `Aktiviteten har fel form: ${fields}`);
}
