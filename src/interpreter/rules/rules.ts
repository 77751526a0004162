import type { Frame } from '../frame/frame.js';

/** A named way from a frame to tool calls; every rule can be listed (`RULES`) and shown by --explain. */
export interface RuleDescription {
  name: string;
  description: string;
}

/**
 * The rules that exist. While intents are migrated from the cascade (`recognise-intent.ts` +
 * `plan.ts`), the cascade is itself one named rule per intent kind: `cascade:<kind>`.
 */
export const RULES: readonly RuleDescription[] = [
  { name: 'cascade', description: 'The ordered recogniser (recognise-intent.ts) and planner (plan.ts); the rule name carries the intent kind, e.g. cascade:count.' },
];

/** The name --explain shows for a question the cascade answered. */
export const cascadeRuleName = (kind: string): string => `cascade:${kind}`;

/** What --explain prints for one part of a question. */
export interface ExplainPart {
  part: string;
  frame: Frame;
  rule: string;
  toolCalls: Array<{ tool: string; args: Record<string, unknown> }>;
  /** Words nothing explained: no entity, no cue word, no stop word. */
  unexplained: string[];
}
