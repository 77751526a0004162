import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixtureDataset } from '../test-support/datasets.js';
import { runTool, TOOLS } from './registry.js';
import { nearestNames, objectKeysAt, ToolErrorSchema } from './tool-error.js';

const deps = { dataset: fixtureDataset() };

describe('nearestNames', () => {
  it('finds the valid name nearest a misspelling, case-insensitively, and nothing implausible', () => {
    const keys = ['year', 'namnd', 'groupBy', 'sortBy', 'limit', 'order', 'threshold'];
    expect(nearestNames('sortby', keys)[0]).toBe('sortBy');
    expect(nearestNames('limt', keys)[0]).toBe('limit');
    expect(nearestNames('treshold', keys)[0]).toBe('threshold');
    expect(nearestNames('yaer', keys)[0]).toBe('year');
    expect(nearestNames('planet', keys)).toEqual([]);
  });
});

describe('objectKeysAt', () => {
  it('reaches object keys through optional, unions and arrays', () => {
    const inner = z.object({ field: z.string(), op: z.string() }).strict();
    const schema = z.object({ threshold: z.union([inner, z.array(inner)]).optional() }).strict();
    expect(objectKeysAt(schema, [])).toEqual(['threshold']);
    expect(objectKeysAt(schema, ['threshold']).sort()).toEqual(['field', 'op']);
    expect(objectKeysAt(schema, ['threshold', 1]).sort()).toEqual(['field', 'op']);
  });
});

describe('strict tool schemas with structured errors', () => {
  it('rejects unknown arguments in every tool, naming the nearest valid one', async () => {
    for (const tool of TOOLS) {
      const result = await runTool(tool.name, { yaer: 2024 }, deps);
      expect(result.ok, tool.name).toBe(false);
      if (result.ok) continue;
      expect(ToolErrorSchema.safeParse(result.error).success).toBe(true);
      const unknown = [result.error, ...(result.error.issues ?? [])].find((issue) => issue.code === 'unknown_argument');
      const keys = Object.keys((tool.input as unknown as { shape: Record<string, unknown> }).shape);
      expect(unknown, tool.name).toMatchObject({ argument: 'yaer', suggestions: [keys.includes('year') ? 'year' : 'years'] });
    }
  });

  it('names each misspelt argument and its nearest valid name', async () => {
    const result = await runTool('aggregate', { sortby: 'projects', limt: 3 }, deps);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'unknown_argument', tool: 'aggregate', argument: 'sortby', suggestions: ['sortBy'] });
    expect(result.error.issues?.map((issue) => [issue.argument, issue.suggestions[0]])).toEqual([['sortby', 'sortBy'], ['limt', 'limit']]);
    expect(result.error.message).toContain('okänt argument "limt" — menade du "limit"?');
  });

  it('rejects unknown keys in nested objects (a threshold) with the nested valid names', async () => {
    const result = await runTool('aggregate', { groupBy: 'namnd', threshold: { feild: 'paidKr', op: 'gt', value: 1 } }, deps);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problems = [result.error, ...(result.error.issues ?? [])];
    expect(problems.find((problem) => problem.code === 'unknown_argument')).toMatchObject({ argument: 'threshold.feild', suggestions: ['field'] });
  });

  it('gives the nearest allowed value of an enum and of a named unit', async () => {
    const group = await runTool('aggregate', { groupBy: 'namd' }, deps);
    expect(!group.ok && group.error).toMatchObject({ code: 'unknown_value', argument: 'groupBy', suggestions: ['namnd'] });
    const programme = await runTool('find_projects', { programme: 'Erasmsu+' }, deps);
    expect(!programme.ok && programme.error).toMatchObject({ code: 'unknown_value', argument: 'programme' });
    expect(!programme.ok && programme.error.suggestions).toContain('Erasmus+');
    const tool = await runTool('agregate', {}, deps);
    expect(!tool.ok && tool.error).toMatchObject({ code: 'unknown_tool', suggestions: ['aggregate'] });
  });

  it('says which argument is missing', async () => {
    const result = await runTool('project_details', {}, deps);
    expect(!result.ok && result.error).toMatchObject({ code: 'missing_argument', argument: 'name' });
  });
});
