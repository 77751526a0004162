import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test-support/datasets.js';
import { runToolOnDemand } from './tool-runner.js';
import { composePart } from './compose.js';
import type { Plan } from './plan.js';

const deps = { dataset: sampleDataset() };

describe('the interpreter’s tool runner', () => {
  it('rejects a misspelt argument, naming the nearest valid one (core and on-demand tools)', async () => {
    const core = await runToolOnDemand('aggregate', { groupBy: 'namnd', sortby: 'projects', limt: 3 }, deps);
    expect(core.ok).toBe(false);
    if (core.ok) return;
    expect(core.error).toMatchObject({ code: 'unknown_argument', tool: 'aggregate', argument: 'sortby', suggestions: ['sortBy'] });
    expect(core.error.issues?.[1]).toMatchObject({ argument: 'limt', suggestions: ['limit'] });
    const onDemand = await runToolOnDemand('find_partners', { topic: 'klimat', limt: 3 }, deps);
    expect(!onDemand.ok && onDemand.error).toMatchObject({ code: 'unknown_argument', argument: 'limt', suggestions: ['limit'] });
  });

  it('offers "menade du" from the structured suggestions, not from the message text', async () => {
    const result = await runToolOnDemand('aggregate', { namnd: 'Idrottsnämnden' }, deps);
    expect(!result.ok && result.error.code).toBe('unknown_value');
    if (result.ok) return;
    expect(result.error.suggestions).toHaveLength(1);
    // The message is not read: a message without "menade du" still gives the suggestion.
    const suggested = { ...result, error: { ...result.error, message: 'något annat', suggestions: ['Kulturnämnden'] } };
    const plan = { calls: [], filter: {}, reply: null, subject: null, intent: { kind: 'sum', question: '' } } as unknown as Plan;
    const settings = { language: 'sv' as const, years: [2024], latestYear: 2024, yearInfo: { withProjects: [2024], publishedOnly: [] }, examples: [] };
    const part = composePart(plan, [{ tool: 'aggregate', args: {}, result: suggested }], settings);
    expect(part.text).toBe('Jag känner inte igen det namnet. Menade du Kulturnämnden?');
  });
});
