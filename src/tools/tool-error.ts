import { z, type ZodError, type ZodIssue, type ZodTypeAny } from 'zod';

/** What went wrong with a tool call, as a code a caller (model, interpreter, MCP client) can act on. */
export const TOOL_ERROR_CODES = ['unknown_tool', 'unknown_argument', 'missing_argument', 'invalid_argument', 'unknown_value', 'tool_failed'] as const;
export type ToolErrorCode = (typeof TOOL_ERROR_CODES)[number];

/**
 * A structured tool error: plain JSON, sent as is to a model as the tool result. `message` is Swedish
 * and complete on its own; `suggestions` are the nearest valid names (arguments, values or tools),
 * best first, so that a caller can offer "menade du …" without reading the message.
 */
export interface ToolError {
  code: ToolErrorCode;
  tool: string;
  /** The offending argument as a dotted path ("threshold.field"), when there is one. */
  argument?: string;
  message: string;
  suggestions: string[];
  /** Every problem when there were several (the first is repeated above). */
  issues?: Array<Omit<ToolError, 'tool' | 'issues'>>;
}

export const ToolErrorSchema = z.object({
  code: z.enum(TOOL_ERROR_CODES),
  tool: z.string(),
  argument: z.string().optional(),
  message: z.string(),
  suggestions: z.array(z.string()),
}).passthrough();

/** Params a schema's custom issue may carry so the error gets its code and suggestions. */
export interface ToolIssueParams {
  code?: ToolErrorCode;
  suggestions?: string[];
}

/** Edit distance where swapping two neighbouring letters ("yaer" → "year") counts as one edit. */
export function editDistance(left: string, right: string): number {
  const rows: number[][] = Array.from({ length: left.length + 1 }, (_, index) => [index]);
  for (let column = 1; column <= right.length; column++) rows[0]![column] = column;
  for (let row = 1; row <= left.length; row++) {
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let best = Math.min(rows[row - 1]![column]! + 1, rows[row]![column - 1]! + 1, rows[row - 1]![column - 1]! + cost);
      if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1]) best = Math.min(best, rows[row - 2]![column - 2]! + 1);
      rows[row]![column] = best;
    }
  }
  return rows[left.length]![right.length]!;
}

/** The candidates nearest to a misspelt name (case-insensitive edit distance), best first; only plausible ones. */
export function nearestNames(wanted: string, candidates: readonly string[], max = 3): string[] {
  const folded = wanted.toLowerCase();
  const limit = Math.max(2, Math.ceil(folded.length / 2));
  return candidates
    .map((candidate) => {
      const lower = candidate.toLowerCase();
      const contains = folded.length >= 3 && (lower.includes(folded) || folded.includes(lower));
      return { candidate, score: contains ? Math.min(1, editDistance(folded, lower)) : editDistance(folded, lower) };
    })
    .filter((scored) => scored.score <= limit)
    .sort((left, right) => left.score - right.score || left.candidate.localeCompare(right.candidate))
    .slice(0, max)
    .map((scored) => scored.candidate);
}

/** The object schema's keys at a path inside a schema (through optional, default, effects, unions and arrays). */
export function objectKeysAt(schema: ZodTypeAny, path: ReadonlyArray<string | number>): string[] {
  const found = new Set<string>();
  const visit = (node: ZodTypeAny, rest: ReadonlyArray<string | number>): void => {
    const def = node._def as Record<string, unknown>;
    if (node instanceof z.ZodOptional || node instanceof z.ZodNullable || node instanceof z.ZodDefault) return visit(def.innerType as ZodTypeAny, rest);
    if (node instanceof z.ZodEffects) return visit(def.schema as ZodTypeAny, rest);
    if (node instanceof z.ZodUnion) return (def.options as ZodTypeAny[]).forEach((option) => visit(option, rest));
    if (node instanceof z.ZodArray) return visit(def.type as ZodTypeAny, typeof rest[0] === 'number' ? rest.slice(1) : rest);
    if (!(node instanceof z.ZodObject)) return;
    const shape = node.shape as Record<string, ZodTypeAny>;
    if (rest.length === 0) return Object.keys(shape).forEach((key) => found.add(key));
    const child = shape[String(rest[0])];
    if (child) visit(child, rest.slice(1));
  };
  visit(schema, path);
  return [...found];
}

const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(' eller ');

function unknownKeyProblems(issue: ZodIssue & { code: 'unrecognized_keys' }, schema: ZodTypeAny): Array<Omit<ToolError, 'tool' | 'issues'>> {
  const valid = objectKeysAt(schema, issue.path);
  const where = issue.path.length > 0 ? ` i "${issue.path.join('.')}"` : '';
  return issue.keys.map((key) => {
    const suggestions = nearestNames(key, valid);
    const hint = suggestions.length > 0 ? ` — menade du ${quoted(suggestions)}?` : ` Giltiga argument${where}: ${valid.join(', ')}.`;
    return { code: 'unknown_argument' as const, argument: [...issue.path, key].join('.'), message: `okänt argument "${key}"${where}${hint}`, suggestions };
  });
}

/**
 * A value that fits no branch of a union (one threshold or a list of them): the problems of the
 * branch whose shape it has, so that a misspelt key inside is named like any other.
 */
function unionProblems(issue: ZodIssue & { code: 'invalid_union' }, schema: ZodTypeAny): Array<Omit<ToolError, 'tool' | 'issues'>> | null {
  const wrongShape = (issues: readonly ZodIssue[]): boolean =>
    issues.every((inner) => inner.code === 'invalid_type' && inner.path.length === issue.path.length);
  const branch = issue.unionErrors.map((error) => error.issues).find((issues) => issues.length > 0 && !wrongShape(issues));
  return branch ? branch.flatMap((inner) => issueProblems(inner, schema)) : null;
}

/** One zod issue as a structured problem. */
function issueProblems(issue: ZodIssue, schema: ZodTypeAny): Array<Omit<ToolError, 'tool' | 'issues'>> {
  if (issue.code === 'unrecognized_keys') return unknownKeyProblems(issue, schema);
  if (issue.code === 'invalid_union') {
    const problems = unionProblems(issue, schema);
    if (problems) return problems;
  }
  const argument = issue.path.join('.') || undefined;
  const at = argument ? `${argument}: ` : '';
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return [{ code: 'missing_argument', ...(argument ? { argument } : {}), message: `${at}saknas`, suggestions: [] }];
  }
  if (issue.code === 'invalid_enum_value') {
    const options = issue.options.map(String);
    const suggestions = nearestNames(String(issue.received), options);
    const hint = suggestions.length > 0 ? ` — menade du ${quoted(suggestions)}?` : '';
    return [{ code: 'unknown_value', ...(argument ? { argument } : {}), message: `${at}okänt värde "${String(issue.received)}"${hint} Giltiga: ${options.join(', ')}.`, suggestions }];
  }
  if (issue.code === 'custom') {
    const params = (issue.params ?? {}) as ToolIssueParams;
    return [{ code: params.code ?? 'invalid_argument', ...(argument ? { argument } : {}), message: `${at}${issue.message}`, suggestions: params.suggestions ?? [] }];
  }
  return [{ code: 'invalid_argument', ...(argument ? { argument } : {}), message: `${at}${issue.message}`, suggestions: [] }];
}

/** A zod error on a tool's input as one structured tool error (the first problem leads; all are listed). */
export function toolErrorFromZod(tool: string, error: ZodError, schema: ZodTypeAny): ToolError {
  const problems = error.issues.flatMap((issue) => issueProblems(issue, schema));
  const first = problems[0] ?? { code: 'invalid_argument' as const, message: 'ogiltiga argument', suggestions: [] };
  return {
    ...first,
    tool,
    message: `Ogiltiga argument till ${tool}: ${problems.map((problem) => problem.message).join('; ')}`,
    ...(problems.length > 1 ? { issues: problems } : {}),
  };
}

/** A call to a tool that does not exist. */
export function unknownToolError(name: string, known: readonly string[]): ToolError {
  const suggestions = nearestNames(name, known);
  const hint = suggestions.length > 0 ? ` Menade du ${quoted(suggestions)}?` : '';
  return { code: 'unknown_tool', tool: name, message: `Okänt verktyg "${name}".${hint} Tillgängliga: ${known.join(', ')}.`, suggestions };
}

/** A tool that threw while running (valid arguments). */
export function toolFailedError(name: string, error: unknown): ToolError {
  return { code: 'tool_failed', tool: name, message: `Verktyget ${name} misslyckades: ${error instanceof Error ? error.message : String(error)}`, suggestions: [] };
}
